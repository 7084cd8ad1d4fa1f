## Ettevõtte muud dokumendid privaatsuspoliitika kõrval

documents-nav-label = { $company }: dokumendid
# Kui dokumenti ei ole lugeja keeles: keel, milles see avaneb.
document-in-language = (keel: { $language })
document-kind-privacy = Privaatsuspoliitika
document-kind-subprocessors = Alamtöötlejad
document-kind-cookies = Küpsiste teave
document-kind-dpa = Andmetöötlusleping
document-kind-terms = Tingimused
document-kind-other = Dokument
company-documents-heading = Dokumendid
# Enne linki ettevõtte alamtöötlejate loetelule, kui teade loetleb oma vastuvõtjad seal.
processors-listed-in = Vastuvõtjad on loetletud dokumendis:
# Dokumendi navigeerimise esimene link (privaatsuspoliitikal on see „Kehtiv privaatsuspoliitika“).
nav-current-document = Kehtiv versioon

## Küpsised ja sarnased salvestustehnoloogiad

nav-cookies = Küpsised
cookies-title = Küpsised ja sarnased salvestustehnoloogiad
cookies-heading = Küpsised ja sarnased salvestustehnoloogiad
cookies-intro = { $count ->
    [one] Alates kuupäevast { $date } on märgitud üks küpsis või sarnane salvestustehnoloogia.
   *[other] Alates kuupäevast { $date } on märgitud { $count } küpsist ja sarnast salvestustehnoloogiat.
}
cookies-none = Selles versioonis ei ole märgitud ühtegi küpsist.
cookies-caption = { $company }: küpsised ja sarnased salvestustehnoloogiad
cookies-upcoming-heading = Eelseisvad muudatused
cookie-name = Nimi
cookie-purpose = Eesmärk
cookie-duration = Säilitusaeg
cookie-provider = Paigaldaja
cookie-category-necessary = Rangelt vajalikud
cookie-category-preferences = Eelistused
cookie-category-statistics = Statistika
cookie-category-marketing = Turundus
cookie-category-unstated = Kategooria ei ole märgitud
cookie-category-necessary-description = Teie soovitud teenuse jaoks rangelt vajalik salvestamine ei vaja nõusolekut (eraelu puutumatuse ja elektroonilise side direktiivi art 5 lg 3).
cookie-category-consent-description = Enne paigaldamist on vaja teie nõusolekut (eraelu puutumatuse ja elektroonilise side direktiivi art 5 lg 3).
cookie-party-first = esimene osapool
cookie-party-third = kolmas osapool
cookie-type-cookie = küpsis
cookie-type-local-storage = kohalik salvestusruum
cookie-type-session-storage = seansi salvestusruum
cookie-type-pixel = piksel
cookie-type-indexeddb = IndexedDB
duration-session = kuni brauseri sulgemiseni
duration-years = { $count ->
    [one] { $count } aasta
   *[other] { $count } aastat
}
duration-months = { $count ->
    [one] { $count } kuu
   *[other] { $count } kuud
}
duration-weeks = { $count ->
    [one] { $count } nädal
   *[other] { $count } nädalat
}
duration-days = { $count ->
    [one] { $count } päev
   *[other] { $count } päeva
}
duration-hours = { $count ->
    [one] { $count } tund
   *[other] { $count } tundi
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutit
}
duration-seconds = { $count ->
    [one] { $count } sekund
   *[other] { $count } sekundit
}

## Küpsiste muudatused faktidena

diff-cookies-heading = Küpsised
diff-count-cookies-added = { $count ->
    [one] lisatud üks küpsis
   *[other] lisatud { $count } küpsist
}
diff-count-cookies-removed = { $count ->
    [one] eemaldatud üks küpsis
   *[other] eemaldatud { $count } küpsist
}
diff-count-cookies-changed = { $count ->
    [one] muudetud ühe küpsise andmeid
   *[other] muudetud { $count } küpsise andmeid
}
change-cookie-added = Uus küpsis { $name } ({ $category }), paigaldaja { $provider }, säilitusaeg: { $duration }.
change-cookie-added-unstated-provider = Uus küpsis { $name } ({ $category }), säilitusaeg: { $duration }; paigaldaja ei ole märgitud.
change-cookie-removed = { $name } ei ole enam kasutusel.
change-cookie-provider = { $name }: paigaldaja muutus ({ $old } → { $new }).
change-cookie-category = { $name }: kategooria muutus („{ $old }“ → „{ $new }“).
change-cookie-duration = { $name }: säilitusaeg muutus ({ $old } → { $new }).
change-cookie-party = { $name }: küpsise paigaldav osapool muutus ({ $old } → { $new }).
change-cookie-purpose = { $name }: eesmärk on nüüd: { $new } (varem: { $old }).
change-cookie-countries = { $name }: töötlemise koht muutus ({ $old } → { $new }).
change-cookie-safeguard = { $name }: edastamise kaitsemeede muutus („{ $old }“ → „{ $new }“).
reason-cookie-added = lisatud küpsis { $name } ({ $category })
reason-cookie-needs-consent = küpsis { $name } kuulub nüüd kategooriasse „{ $category }“ ja vajab nõusolekut
reason-cookie-kept-longer = küpsise { $name } säilitusaeg pikenes („{ $old }“ → „{ $new }“)
reason-cookie-country-outside-eea = küpsist { $name } töödeldakse nüüd väljaspool EMP-d: { $country }

## Teated muu dokumendi kui privaatsuspoliitika muutmise kohta

notice-email-subject-document = { $company }: „{ $document }“ muudatus (jõustumise kuupäev: { $date })
notice-email-intro-document = { $company } muudab dokumenti „{ $document }“. Uue versiooni jõustumise kuupäev: { $date }.
