## Drugi dokumenti podjetja poleg politike zasebnosti

documents-nav-label = { $company }: dokumenti
# Če dokument ni v bralčevem jeziku: jezik, v katerem se odpre.
document-in-language = (jezik: { $language })
document-kind-privacy = Politika zasebnosti
# GDPR, drugi in četrti odstavek 28. člena: „drugi obdelovalec“
document-kind-subprocessors = Podobdelovalci
document-kind-cookies = Izjava o piškotkih
document-kind-dpa = Pogodba o obdelavi osebnih podatkov
document-kind-terms = Pogoji uporabe
document-kind-other = Dokument
company-documents-heading = Dokumenti
# Pred povezavo na seznam podobdelovalcev družbe, kadar obvestilo tam navaja svoje uporabnike.
processors-listed-in = Uporabniki so navedeni v dokumentu:
# Prva povezava v navigaciji dokumenta (pri politiki se glasi „Veljavna politika“).
nav-current-document = Veljavna različica

## Piškotki in podobne tehnologije shranjevanja

nav-cookies = Piškotki
cookies-title = Piškotki in podobne tehnologije shranjevanja
cookies-heading = Piškotki in podobne tehnologije shranjevanja
cookies-intro = { $count ->
    [one] Različica, ki je začela veljati na dan { $date }, navaja { $count } piškotek ali podobno tehnologijo shranjevanja.
    [two] Različica, ki je začela veljati na dan { $date }, navaja { $count } piškotka in podobne tehnologije shranjevanja.
    [few] Različica, ki je začela veljati na dan { $date }, navaja { $count } piškotke in podobne tehnologije shranjevanja.
   *[other] Različica, ki je začela veljati na dan { $date }, navaja { $count } piškotkov in podobnih tehnologij shranjevanja.
}
cookies-none = Ta različica ne navaja nobenega piškotka.
cookies-caption = Piškotki in podobne tehnologije shranjevanja, ki jih uporablja { $company }
cookies-upcoming-heading = Prihodnje spremembe
cookie-name = Ime
cookie-purpose = Namen
cookie-duration = Obdobje hrambe
cookie-provider = Ponudnik
cookie-category-necessary = Nujno potrebni
cookie-category-preferences = Nastavitve
cookie-category-statistics = Statistika
cookie-category-marketing = Trženje
cookie-category-unstated = Kategorija ni navedena
cookie-category-necessary-description = Za shranjevanje, ki je nujno potrebno za storitev, ki jo zahtevate, se privolitev ne zahteva (tretji odstavek 5. člena Direktive o zasebnosti in elektronskih komunikacijah).
cookie-category-consent-description = Pred nastavitvijo je potrebna vaša privolitev (tretji odstavek 5. člena Direktive o zasebnosti in elektronskih komunikacijah).
# Za imenom ponudnika v oklepaju in v change-cookie-party (prej: …; zdaj: …).
cookie-party-first = prva stran
cookie-party-third = tretja stran
cookie-type-cookie = piškotek
cookie-type-local-storage = lokalna shramba
cookie-type-session-storage = shramba seje
cookie-type-pixel = piksel
cookie-type-indexeddb = IndexedDB
# Samostojno v tabeli in za „obdobje hrambe:“.
duration-session = do zaprtja brskalnika
duration-years = { $count ->
    [one] { $count } leto
    [two] { $count } leti
    [few] { $count } leta
   *[other] { $count } let
}
duration-months = { $count ->
    [one] { $count } mesec
    [two] { $count } meseca
    [few] { $count } meseci
   *[other] { $count } mesecev
}
duration-weeks = { $count ->
    [one] { $count } teden
    [two] { $count } tedna
    [few] { $count } tedni
   *[other] { $count } tednov
}
duration-days = { $count ->
    [one] { $count } dan
    [two] { $count } dneva
    [few] { $count } dnevi
   *[other] { $count } dni
}
duration-hours = { $count ->
    [one] { $count } ura
    [two] { $count } uri
    [few] { $count } ure
   *[other] { $count } ur
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [two] { $count } minuti
    [few] { $count } minute
   *[other] { $count } minut
}
duration-seconds = { $count ->
    [one] { $count } sekunda
    [two] { $count } sekundi
    [few] { $count } sekunde
   *[other] { $count } sekund
}

## Spremembe piškotkov, navedene kot dejstva

diff-cookies-heading = Piškotki
diff-count-cookies-added = { $count ->
    [one] dodan { $count } piškotek
    [two] dodana { $count } piškotka
    [few] dodani { $count } piškotki
   *[other] dodanih { $count } piškotkov
}
diff-count-cookies-removed = { $count ->
    [one] odstranjen { $count } piškotek
    [two] odstranjena { $count } piškotka
    [few] odstranjeni { $count } piškotki
   *[other] odstranjenih { $count } piškotkov
}
diff-count-cookies-changed = { $count ->
    [one] spremenjen { $count } piškotek
    [two] spremenjena { $count } piškotka
    [few] spremenjeni { $count } piškotki
   *[other] spremenjenih { $count } piškotkov
}
change-cookie-added = Nov piškotek { $name } ({ $category }), ponudnik: { $provider }; obdobje hrambe: { $duration }.
change-cookie-added-unstated-provider = Nov piškotek { $name } ({ $category }); obdobje hrambe: { $duration }; ni navedeno, kdo ga nastavi.
change-cookie-removed = Piškotek { $name } se ne uporablja več.
change-cookie-provider = { $name }: sprememba ponudnika (prej: { $old }; zdaj: { $new }).
change-cookie-category = { $name }: sprememba kategorije (prej: { $old }; zdaj: { $new }).
change-cookie-duration = { $name }: sprememba obdobja hrambe (prej: { $old }; zdaj: { $new }).
change-cookie-party = { $name }: sprememba strani, ki nastavi piškotek (prej: { $old }; zdaj: { $new }).
change-cookie-purpose = Namen piškotka { $name } se zdaj glasi: „{ $new }“ (prej: „{ $old }“).
change-cookie-countries = { $name }: sprememba kraja obdelave (prej: { $old }; zdaj: { $new }).
change-cookie-safeguard = { $name }: zaščitni ukrep pri prenosu se je spremenil iz „{ $old }“ v „{ $new }“.
reason-cookie-added = dodan piškotek { $name } ({ $category })
reason-cookie-needs-consent = piškotek { $name } je zdaj v kategoriji „{ $category }“ in zahteva privolitev
reason-cookie-kept-longer = piškotek { $name } se zdaj hrani dlje (prej: { $old }; zdaj: { $new })
reason-cookie-country-outside-eea = piškotek { $name } se zdaj obdeluje zunaj EGP ({ $country })

## Obvestila o spremembi dokumenta, ki ni politika zasebnosti

notice-email-subject-document = { $company }: dokument „{ $document }“ se spremeni na dan { $date }
notice-email-intro-document = { $company } spreminja dokument „{ $document }“. Nova različica začne veljati na dan { $date }.
