## En virksomheds dokumenter ud over privatlivspolitikken

documents-nav-label = Dokumenter fra { $company }
# Hvor et dokument ikke findes på læserens sprog: det sprog, det åbner på.
document-in-language = (på { $language })
document-kind-privacy = Privatlivspolitik
document-kind-subprocessors = Underdatabehandlere
document-kind-cookies = Cookieerklæring
document-kind-dpa = Databehandleraftale
document-kind-terms = Vilkår
document-kind-other = Dokument
company-documents-heading = Dokumenter
# Før et link til virksomhedens liste over underdatabehandlere, når en erklæring angiver sine modtagere dér.
processors-listed-in = Modtagerne fremgår af:
# Det første link i et dokuments navigation (politikkens lyder »Gældende politik«).
nav-current-document = Gældende version

## Cookies og lignende lagring

nav-cookies = Cookies
cookies-title = Cookies og lignende lagring
cookies-heading = Cookies og lignende lagring
cookies-intro = { $count ->
    [one] Fra den { $date } er der oplyst én cookie eller lignende lagringsteknologi.
   *[other] Fra den { $date } er der oplyst { $count } cookies og lignende lagringsteknologier.
}
cookies-none = Denne version oplyser ingen cookies.
cookies-caption = Cookies og lignende lagring hos { $company }
cookies-upcoming-heading = Kommende ændringer
cookie-name = Navn
cookie-purpose = Formål
cookie-duration = Opbevaringsperiode
cookie-provider = Sættes af
cookie-category-necessary = Strengt nødvendige
cookie-category-preferences = Præferencer
cookie-category-statistics = Statistik
cookie-category-marketing = Marketing
cookie-category-unstated = Kategori ikke oplyst
cookie-category-necessary-description = Lagring, der er strengt nødvendig for en tjeneste, du beder om, kræver ikke samtykke (e-databeskyttelsesdirektivets artikel 5, stk. 3).
cookie-category-consent-description = Kræver dit samtykke, før de sættes (e-databeskyttelsesdirektivets artikel 5, stk. 3).
cookie-party-first = førstepart
cookie-party-third = tredjepart
cookie-type-cookie = cookie
cookie-type-local-storage = lokal lagring
cookie-type-session-storage = sessionslagring
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
duration-session = indtil browseren lukkes
duration-years = { $count ->
    [one] { $count } år
   *[other] { $count } år
}
duration-months = { $count ->
    [one] { $count } måned
   *[other] { $count } måneder
}
duration-weeks = { $count ->
    [one] { $count } uge
   *[other] { $count } uger
}
duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dage
}
duration-hours = { $count ->
    [one] { $count } time
   *[other] { $count } timer
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutter
}
duration-seconds = { $count ->
    [one] { $count } sekund
   *[other] { $count } sekunder
}

## Ændringer af cookies, gengivet som fakta

diff-cookies-heading = Cookies
diff-count-cookies-added = { $count ->
    [one] én cookie tilføjet
   *[other] { $count } cookies tilføjet
}
diff-count-cookies-removed = { $count ->
    [one] én cookie fjernet
   *[other] { $count } cookies fjernet
}
diff-count-cookies-changed = { $count ->
    [one] én cookie ændret
   *[other] { $count } cookies ændret
}
change-cookie-added = Ny cookie { $name } ({ $category }) fra { $provider }, opbevaringsperiode: { $duration }.
change-cookie-added-unstated-provider = Ny cookie { $name } ({ $category }), opbevaringsperiode: { $duration }; det er ikke oplyst, hvem der sætter den.
change-cookie-removed = { $name } bruges ikke længere.
change-cookie-provider = { $name } sættes nu af { $new } (før: { $old }).
change-cookie-category = { $name } hører nu til kategorien »{ $new }« (før: »{ $old }«).
change-cookie-duration = Opbevaringsperiode for { $name }: nu { $new } (før: { $old }).
change-cookie-party = { $name } er nu en cookie fra { $new } (før: { $old }).
change-cookie-purpose = Formålet med { $name } er nu: { $new } (før: { $old }).
change-cookie-countries = { $name } behandles nu i { $new } (før: { $old }).
change-cookie-safeguard = Overførselsgrundlaget for { $name } er nu »{ $new }« (før: »{ $old }«).
reason-cookie-added = cookien { $name } ({ $category }) er tilføjet
reason-cookie-needs-consent = cookien { $name } hører nu til kategorien »{ $category }« og kræver samtykke
reason-cookie-kept-longer = opbevaringsperioden for cookien { $name } er forlænget fra »{ $old }« til »{ $new }«
reason-cookie-country-outside-eea = cookien { $name } behandles nu i { $country }, uden for EØS

## Meddelelser om ændring af et andet dokument end privatlivspolitikken

notice-email-subject-document = { $company }: »{ $document }« ændres den { $date }
notice-email-intro-document = { $company } ændrer »{ $document }«. Den nye version træder i kraft den { $date }.
