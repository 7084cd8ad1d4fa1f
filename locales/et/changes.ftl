### Mis muutus: võrdluslehed, muudatuste logid ja voog (eesti keel).

diff-title = Muudatused alates kuupäevast { $date }
diff-compared = Võrreldud versiooniga, mis kehtis alates kuupäevast { $old }.
diff-read-old = Varasem versioon
diff-read-new = See versioon
diff-summary-heading = Kokkuvõte
diff-legend = Tekstis märgitud:
diff-legend-inserted = lisatud
diff-legend-deleted = eemaldatud
diff-coarse = Mõned muudatused olid sõnahaaval märkimiseks liiga suured: need on näidatud tervete eemaldatud ja lisatud lõikudena.
diff-policy-title = Privaatsuspoliitika pealkiri
diff-intro = Sissejuhatus
diff-status-unchanged = muutmata
diff-status-added = uus
diff-status-removed = eemaldatud
diff-status-changed = muudetud
# What a diff page says of a section beyond its words.
diff-note-moved = See jaotis on uues kohas.
diff-note-was = Varem jaotis „{ $title }“.
diff-note-split-from = Eraldatud jaotisest „{ $title }“.
diff-note-promoted = Varem jaotise „{ $title }“ alajaotis, nüüd eraldi jaotis.
diff-note-split-into = Osa sellest jaotisest on nüüd jaotis „{ $title }“.
diff-note-merged-from = Sisaldab nüüd jaotise „{ $title }“ teksti.
diff-note-merged-into = Liidetud jaotisega „{ $title }“.
diff-note-demoted-into = Nüüd jaotise „{ $title }“ alajaotis.
# Ekraanilugejad loevad selle ette iga muudatuse ümber.
diff-inserted = lisatud
diff-deleted = eemaldatud
diff-end = {""}

diff-count-none = Tekstis ega vastuvõtjates muudatusi ei ole.
diff-count-processors-added = { $count ->
    [one] lisatud üks vastuvõtja
   *[other] lisatud { $count } vastuvõtjat
}
diff-count-processors-removed = { $count ->
    [one] üks vastuvõtja ei ole enam loetletud
   *[other] { $count } vastuvõtjat ei ole enam loetletud
}
diff-count-processors-changed = { $count ->
    [one] muudetud ühe vastuvõtja andmeid
   *[other] muudetud { $count } vastuvõtja andmeid
}
diff-count-sections-added = { $count ->
    [one] lisatud üks jaotis
   *[other] lisatud { $count } jaotist
}
diff-count-sections-removed = { $count ->
    [one] eemaldatud üks jaotis
   *[other] eemaldatud { $count } jaotist
}
diff-count-sections-changed = { $count ->
    [one] muudetud üht jaotist
   *[other] muudetud { $count } jaotist
}
diff-count-purposes-added = { $count ->
    [one] lisatud üks eesmärk
   *[other] lisatud { $count } eesmärki
}
diff-count-purposes-removed = { $count ->
    [one] eemaldatud üks eesmärk
   *[other] eemaldatud { $count } eesmärki
}
diff-count-purposes-changed = { $count ->
    [one] muudetud üht eesmärki
   *[other] muudetud { $count } eesmärki
}
diff-count-title-changed = pealkiri on muudetud
diff-count-intro-changed = sissejuhatus on muudetud

diff-processor-added = Uus vastuvõtja: { $name }. { $details }
diff-processor-where = Andmeid töödeldakse järgmistes riikides: { $countries }.
diff-processor-safeguard = Edastamise kaitsemeede: { $safeguard }.
diff-processor-removed = { $name } ei ole enam vastuvõtjana loetletud.
diff-processor-safeguard-changed = { $name }: edastamise kaitsemeede muutus („{ $old }“ → „{ $new }“).
diff-processor-headquarters-changed = { $name }: uus asukoht: { $new } (varem: { $old }).
diff-processor-purpose-changed = { $name }: eesmärk muutus („{ $old }“ → „{ $new }“).
diff-processor-data-changed = { $name }: jagatavad isikuandmed muutusid („{ $old }“ → „{ $new }“).
safeguard-none = ei ole märgitud

processors-log-heading = Muudatuste logi
exports-label = Masinloetavalt:
feed-subscribe = Atom-voog
feed-title = { $company }: privaatsuspoliitika muudatused
site-feed-title = Kõigi privaatsuspoliitikate muudatused
subscribe-heading = Muudatuste jälgimine
subscribe-feed = Uutest versioonidest teatatakse voos:
subscribe-email-label = E-posti aadress
subscribe-button = Telli
feed-entry-title = Uus versioon, kehtib alates kuupäevast { $date }
feed-entry-upcoming = Uus versioon, jõustumise kuupäev: { $date }
feed-read-policy = Loe privaatsuspoliitikat

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = ei ole märgitud
diff-processor-where-unstated = Ei ole märgitud, kus andmeid töödeldakse.
diff-processor-renamed = { $old } uus nimi: { $new }.
diff-processor-role-changed = { $name }: roll muutus ({ $old } → { $new }).
diff-processor-countries-changed = { $name }: töötlemise koht muutus ({ $old } → { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Teatatud: { $announced } · jõustumise kuupäev: { $date }
notice-objection-deadline = Klientide vastuväidete esitamise tähtaeg selle muudatuse kohta: { $deadline }.
notice-class-material = Oluline muudatus
notice-class-editorial = Toimetuslik muudatus
notice-reference-upcoming = Lähtetekstil ({ $language }) on uus versioon (jõustumise kuupäev: { $date }); see tõlge seda veel ei sisalda.
notice-email-subject = { $company }: meie privaatsuspoliitika muudatus (jõustumise kuupäev: { $date })
notice-email-intro = { $company } muudab oma privaatsuspoliitikat. Uue versiooni jõustumise kuupäev: { $date }.
notice-email-added = Lisatud vastuvõtjad
notice-email-removed = Eemaldatud vastuvõtjad
notice-email-renamed = Ümbernimetatud vastuvõtjad
notice-email-changed = Muudetud vastuvõtjad
notice-email-col-name = Vastuvõtja
notice-email-col-location = Kus andmeid töödeldakse
notice-email-col-safeguard = Edastamise kaitsemeede
notice-email-objection = Teil on võimalik esitada selle muudatuse kohta vastuväide. Tähtaeg: { $deadline }.
notice-email-objection-contact = Vastuväite esitamiseks kirjutage: { $contact }.
notice-email-diff = Mis muutus, sõnahaaval:
notice-email-policy = Uus versioon:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Muudatuse liik
notice-facts-announced = Teatatud
notice-facts-effective = Jõustub
notice-facts-deadline = Vastuväidete tähtaeg
notice-facts-object = Kuidas vastuväidet esitada
notice-facts-changes = Muutuvad vastuvõtjad

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Liigitanud see sait kahe versiooni erinevuste põhjal: { $reasons }.
notice-class-computed-none = Liigitanud see sait: kahe versiooni erinevused ei muuda ühtki vastuvõtjat, edastamist, eesmärki, õiguslikku alust ega säilitamisaega.
notice-class-declared = Määranud selle saidi toimetajad, mitte arvutatud erinevuste põhjal.
notice-object-write = Kirjutage: { $email }
notice-object-page = Ettevõtte vastuväidete leht
notice-email-objection-page = Vastuväite esitamiseks kasutage: { $contact }
notice-email-col-purpose = Eesmärk
notice-email-col-data = Andmed
diff-processor-purpose = Eesmärk: { $purpose }.
diff-processor-data = Andmed: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = lisatud vastuvõtja { $name }
reason-country-outside-eea = { $name } töötleb nüüd andmeid väljaspool EMP-d: { $country }
reason-safeguard-weakened = vastuvõtja { $name } edastamise kaitsemeede muutus („{ $old }“ → „{ $new }“)
reason-purpose-added = lisatud eesmärk „{ $purpose }“
reason-legal-basis-changed = eesmärgi „{ $purpose }“ õiguslik alus muutus
reason-retention-changed = andmete säilitamise aja jaotis muutus
reason-section-changed = vastuvõtjate, edastamise või eesmärkide jaotis { $section } muutus
reason-table-row-added = jaotise „{ $section }“ tabelis on uus rida: { $row }
reason-table-row-changed = jaotise „{ $section }“ tabeli rida on nüüd: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Lisatud: { $names }
import-summary-removed = Eemaldatud: { $names }
import-summary-renamed = { $old } on nüüd { $new }
import-summary-places-first = { $name } – töötlemise kohad: { $places }
import-summary-places-added = { $name } – uued töötlemise kohad: { $places }
import-summary-places-removed = { $name } – töötlemise kohad, mida enam ei nimetata: { $places }
import-summary-places-changed = { $name } – töötlemise kohad: { $places } (varem: { $old })
import-summary-purpose = { $name }: uus eesmärk
import-summary-section-added = Uus jaotis { $title }
import-summary-section-removed = Eemaldatud jaotis { $title }
import-summary-reworded = Ümber sõnastatud: { $titles }
import-summary-intro = Sissejuhatus ümber sõnastatud
import-summary-quoted = „{ $title }“

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Parandus: { $subject }
notice-email-correction-intro = See teade parandab meie varem saadetud teadet sama muudatuse kohta: teksti on pärast seda muudetud. Palun lugege selle asemel käesolevat teadet.
