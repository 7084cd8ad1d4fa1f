## Ett företags dokument vid sidan av integritetspolicyn

documents-nav-label = Dokument från { $company }
# Där ett dokument inte finns på läsarens språk: det språk det öppnas på.
document-in-language = (på { $language })
document-kind-privacy = Integritetspolicy
document-kind-subprocessors = Underbiträden
document-kind-cookies = Cookiedeklaration
document-kind-dpa = Personuppgiftsbiträdesavtal
document-kind-terms = Villkor
document-kind-other = Dokument
company-documents-heading = Dokument
# Före en länk till företagets förteckning över underbiträden, när en information anger sina mottagare där.
processors-listed-in = Mottagarna anges i:
# Den första länken i ett dokuments navigering (policyns lyder ”Gällande policy”).
nav-current-document = Gällande version

## Cookies och liknande lagring

nav-cookies = Cookies
cookies-title = Cookies och liknande lagring
cookies-heading = Cookies och liknande lagring
cookies-intro = { $count ->
    [one] Från och med { $date } anges en cookie eller liknande lagringsteknik.
   *[other] Från och med { $date } anges { $count } cookies och liknande lagringstekniker.
}
cookies-none = Den här versionen anger inga cookies.
cookies-caption = Cookies och liknande lagring som { $company } använder
cookies-upcoming-heading = Kommande ändringar
cookie-name = Namn
cookie-purpose = Ändamål
cookie-duration = Lagringstid
cookie-provider = Placeras av
cookie-category-necessary = Strikt nödvändiga
cookie-category-preferences = Inställningar
cookie-category-statistics = Statistik
cookie-category-marketing = Marknadsföring
cookie-category-unstated = Kategori anges inte
cookie-category-necessary-description = Lagring som är strikt nödvändig för en tjänst som du begär kräver inget samtycke (artikel 5.3 i direktivet om integritet och elektronisk kommunikation).
cookie-category-consent-description = Kräver ditt samtycke innan de placeras (artikel 5.3 i direktivet om integritet och elektronisk kommunikation).
cookie-party-first = första part
cookie-party-third = tredje part
cookie-type-cookie = cookie
cookie-type-local-storage = lokal lagring
cookie-type-session-storage = sessionslagring
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
duration-session = tills webbläsaren stängs
duration-years = { $count ->
    [one] { $count } år
   *[other] { $count } år
}
duration-months = { $count ->
    [one] { $count } månad
   *[other] { $count } månader
}
duration-weeks = { $count ->
    [one] { $count } vecka
   *[other] { $count } veckor
}
duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}
duration-hours = { $count ->
    [one] { $count } timme
   *[other] { $count } timmar
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minuter
}
duration-seconds = { $count ->
    [one] { $count } sekund
   *[other] { $count } sekunder
}

## Ändringar av cookies, återgivna som fakta

diff-cookies-heading = Cookies
diff-count-cookies-added = { $count ->
    [one] en cookie tillagd
   *[other] { $count } cookies tillagda
}
diff-count-cookies-removed = { $count ->
    [one] en cookie borttagen
   *[other] { $count } cookies borttagna
}
diff-count-cookies-changed = { $count ->
    [one] en cookie ändrad
   *[other] { $count } cookies ändrade
}
change-cookie-added = Ny cookie { $name } ({ $category }), placeras av { $provider }, lagringstid: { $duration }.
change-cookie-added-unstated-provider = Ny cookie { $name } ({ $category }), lagringstid: { $duration }; vem som placerar den anges inte.
change-cookie-removed = { $name } används inte längre.
change-cookie-provider = { $name } placeras nu av { $new } (tidigare: { $old }).
change-cookie-category = { $name } hör nu till kategorin ”{ $new }” (tidigare: ”{ $old }”).
change-cookie-duration = Lagringstid för { $name }: nu { $new } (tidigare: { $old }).
change-cookie-party = { $name } är nu en cookie från { $new } (tidigare: { $old }).
change-cookie-purpose = Ändamålet med { $name } är nu: { $new } (tidigare: { $old }).
change-cookie-countries = { $name } behandlas nu i { $new } (tidigare: { $old }).
change-cookie-safeguard = Skyddsåtgärden vid överföring för { $name } är nu ”{ $new }” (tidigare: ”{ $old }”).
reason-cookie-added = cookien { $name } ({ $category }) har lagts till
reason-cookie-needs-consent = cookien { $name } hör nu till kategorin ”{ $category }” och kräver samtycke
reason-cookie-kept-longer = lagringstiden för cookien { $name } har förlängts från ”{ $old }” till ”{ $new }”
reason-cookie-country-outside-eea = cookien { $name } behandlas nu i { $country }, utanför EES

## Meddelanden om ändring av ett annat dokument än integritetspolicyn

notice-email-subject-document = { $company }: ”{ $document }” ändras { $date }
notice-email-intro-document = { $company } ändrar ”{ $document }”. Den nya versionen börjar gälla { $date }.
