## Et selskaps dokumenter ved siden av personvernerklæringen

documents-nav-label = Dokumenter fra { $company }
# Der et dokument ikke finnes på leserens språk: språket det åpnes på.
document-in-language = (på { $language })
document-kind-privacy = Personvernerklæring
document-kind-subprocessors = Underdatabehandlere
document-kind-cookies = Erklæring om informasjonskapsler
document-kind-dpa = Databehandleravtale
document-kind-terms = Vilkår
document-kind-other = Dokument
company-documents-heading = Dokumenter
# Før en lenke til virksomhetens liste over underdatabehandlere, når en erklæring oppgir mottakerne sine der.
processors-listed-in = Mottakerne er oppført i:
# Den første lenken i et dokuments navigasjon (erklæringens lyder «Gjeldende erklæring»).
nav-current-document = Gjeldende versjon

## Informasjonskapsler og lignende lagring

nav-cookies = Informasjonskapsler
cookies-title = Informasjonskapsler og lignende lagring
cookies-heading = Informasjonskapsler og lignende lagring
cookies-intro = { $count ->
    [one] Fra { $date } er én informasjonskapsel eller lignende lagringsteknologi oppgitt.
   *[other] Fra { $date } er { $count } informasjonskapsler og lignende lagringsteknologier oppgitt.
}
cookies-none = Denne versjonen oppgir ingen informasjonskapsler.
cookies-caption = Informasjonskapsler og lignende lagring hos { $company }
cookies-upcoming-heading = Kommende endringer
cookie-name = Navn
cookie-purpose = Formål
cookie-duration = Lagringstid
cookie-provider = Settes av
cookie-category-necessary = Strengt nødvendige
cookie-category-preferences = Preferanser
cookie-category-statistics = Statistikk
cookie-category-marketing = Markedsføring
cookie-category-unstated = Kategori ikke oppgitt
cookie-category-necessary-description = Lagring som er strengt nødvendig for en tjeneste du ber om, krever ikke samtykke (ePrivacy-direktivet art. 5 nr. 3).
cookie-category-consent-description = Krever ditt samtykke før de settes (ePrivacy-direktivet art. 5 nr. 3).
cookie-party-first = førstepart
cookie-party-third = tredjepart
cookie-type-cookie = informasjonskapsel
cookie-type-local-storage = lokal lagring
cookie-type-session-storage = øktlagring
cookie-type-pixel = piksel
cookie-type-indexeddb = IndexedDB
duration-session = til nettleseren lukkes
duration-years = { $count ->
    [one] { $count } år
   *[other] { $count } år
}
duration-months = { $count ->
    [one] { $count } måned
   *[other] { $count } måneder
}
duration-weeks = { $count ->
    [one] { $count } uke
   *[other] { $count } uker
}
duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dager
}
duration-hours = { $count ->
    [one] { $count } time
   *[other] { $count } timer
}
duration-minutes = { $count ->
    [one] { $count } minutt
   *[other] { $count } minutter
}
duration-seconds = { $count ->
    [one] { $count } sekund
   *[other] { $count } sekunder
}

## Endringer i informasjonskapsler, gjengitt som fakta

diff-cookies-heading = Informasjonskapsler
diff-count-cookies-added = { $count ->
    [one] én informasjonskapsel lagt til
   *[other] { $count } informasjonskapsler lagt til
}
diff-count-cookies-removed = { $count ->
    [one] én informasjonskapsel fjernet
   *[other] { $count } informasjonskapsler fjernet
}
diff-count-cookies-changed = { $count ->
    [one] én informasjonskapsel endret
   *[other] { $count } informasjonskapsler endret
}
change-cookie-added = Ny informasjonskapsel { $name } ({ $category }) fra { $provider }, lagringstid: { $duration }.
change-cookie-added-unstated-provider = Ny informasjonskapsel { $name } ({ $category }), lagringstid: { $duration }; det er ikke oppgitt hvem som setter den.
change-cookie-removed = { $name } brukes ikke lenger.
change-cookie-provider = { $name } settes nå av { $new } (før: { $old }).
change-cookie-category = { $name } hører nå til kategorien «{ $new }» (før: «{ $old }»).
change-cookie-duration = Lagringstid for { $name }: nå { $new } (før: { $old }).
change-cookie-party = { $name } er nå en informasjonskapsel fra { $new } (før: { $old }).
change-cookie-purpose = Formålet med { $name } er nå: { $new } (før: { $old }).
change-cookie-countries = { $name } behandles nå i { $new } (før: { $old }).
change-cookie-safeguard = Overføringsgrunnlaget for { $name } er nå «{ $new }» (før: «{ $old }»).
reason-cookie-added = informasjonskapselen { $name } ({ $category }) er lagt til
reason-cookie-needs-consent = informasjonskapselen { $name } hører nå til kategorien «{ $category }» og krever samtykke
reason-cookie-kept-longer = lagringstiden for informasjonskapselen { $name } er forlenget fra «{ $old }» til «{ $new }»
reason-cookie-country-outside-eea = informasjonskapselen { $name } behandles nå i { $country }, utenfor EØS

## Varsler om endring av et annet dokument enn personvernerklæringen

notice-email-subject-document = { $company }: «{ $document }» endres { $date }
notice-email-intro-document = { $company } endrer «{ $document }». Den nye versjonen trer i kraft { $date }.
