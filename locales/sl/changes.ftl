### Kaj se je spremenilo: strani s primerjavo, dnevniki sprememb in viri (slovenščina).

diff-title = Spremembe na dan { $date }
diff-compared = V primerjavi z različico, ki je začela veljati na dan { $old }.
diff-read-old = Prejšnja različica
diff-read-new = Ta različica
diff-summary-heading = Povzetek
diff-legend = Označeno v besedilu:
diff-legend-inserted = dodano
diff-legend-deleted = odstranjeno
diff-coarse = Nekatere spremembe so bile prevelike, da bi jih označili besedo za besedo: prikazane so kot celi odstranjeni in dodani odlomki.
diff-policy-title = Naslov politike
diff-intro = Uvod
diff-status-unchanged = nespremenjeno
diff-status-added = novo
diff-status-removed = odstranjeno
diff-status-changed = spremenjeno
# What a diff page says of a section beyond its words.
diff-note-moved = Ta razdelek je na novem mestu.
diff-note-was = Prej razdelek „{ $title }“.
diff-note-split-from = Izločen iz razdelka „{ $title }“.
diff-note-promoted = Prej podrazdelek razdelka „{ $title }“, zdaj samostojen razdelek.
diff-note-split-into = Del tega razdelka je zdaj razdelek „{ $title }“.
diff-note-merged-from = Zdaj vključuje besedilo razdelka „{ $title }“.
diff-note-merged-into = Združen z razdelkom „{ $title }“.
diff-note-demoted-into = Zdaj podrazdelek razdelka „{ $title }“.
# Bralniki zaslona jih preberejo pred vsako spremembo in za njo.
diff-inserted = dodano
diff-deleted = odstranjeno
diff-end = {""}

diff-count-none = Brez sprememb v besedilu ali pri uporabnikih.
diff-count-processors-added = { $count ->
    [one] dodan { $count } uporabnik
    [two] dodana { $count } uporabnika
    [few] dodani { $count } uporabniki
   *[other] dodanih { $count } uporabnikov
}
diff-count-processors-removed = { $count ->
    [one] { $count } uporabnik ni več naveden
    [two] { $count } uporabnika nista več navedena
    [few] { $count } uporabniki niso več navedeni
   *[other] { $count } uporabnikov ni več navedenih
}
diff-count-processors-changed = { $count ->
    [one] spremenjen { $count } uporabnik
    [two] spremenjena { $count } uporabnika
    [few] spremenjeni { $count } uporabniki
   *[other] spremenjenih { $count } uporabnikov
}
diff-count-sections-added = { $count ->
    [one] dodan { $count } razdelek
    [two] dodana { $count } razdelka
    [few] dodani { $count } razdelki
   *[other] dodanih { $count } razdelkov
}
diff-count-sections-removed = { $count ->
    [one] odstranjen { $count } razdelek
    [two] odstranjena { $count } razdelka
    [few] odstranjeni { $count } razdelki
   *[other] odstranjenih { $count } razdelkov
}
diff-count-sections-changed = { $count ->
    [one] spremenjen { $count } razdelek
    [two] spremenjena { $count } razdelka
    [few] spremenjeni { $count } razdelki
   *[other] spremenjenih { $count } razdelkov
}
diff-count-purposes-added = { $count ->
    [one] dodan { $count } namen
    [two] dodana { $count } namena
    [few] dodani { $count } nameni
   *[other] dodanih { $count } namenov
}
diff-count-purposes-removed = { $count ->
    [one] odstranjen { $count } namen
    [two] odstranjena { $count } namena
    [few] odstranjeni { $count } nameni
   *[other] odstranjenih { $count } namenov
}
diff-count-purposes-changed = { $count ->
    [one] spremenjen { $count } namen
    [two] spremenjena { $count } namena
    [few] spremenjeni { $count } nameni
   *[other] spremenjenih { $count } namenov
}
diff-count-title-changed = spremenjen naslov
diff-count-intro-changed = spremenjen uvod

diff-processor-added = Uporabnik { $name } je bil dodan. { $details }
diff-processor-where = Podatke obdeluje v teh državah: { $countries }.
diff-processor-safeguard = Zaščitni ukrep pri prenosu: { $safeguard }.
diff-processor-removed = { $name } ni več naveden kot uporabnik.
diff-processor-safeguard-changed = { $name }: zaščitni ukrep pri prenosu se je spremenil iz „{ $old }“ v „{ $new }“.
diff-processor-headquarters-changed = { $name }: nov sedež: { $new } (prej: { $old }).
diff-processor-purpose-changed = { $name }: namen se je spremenil iz „{ $old }“ v „{ $new }“.
diff-processor-data-changed = { $name }: osebni podatki, ki se posredujejo, so se spremenili iz „{ $old }“ v „{ $new }“.
safeguard-none = ni naveden

processors-log-heading = Dnevnik sprememb
exports-label = Strojno berljivo:
feed-subscribe = Vir Atom
feed-title = { $company }: spremembe politike zasebnosti
site-feed-title = Vse spremembe politik zasebnosti
subscribe-heading = Spremljanje sprememb
subscribe-feed = Nove različice so objavljene v viru:
subscribe-email-label = E-poštni naslov
subscribe-button = Naroči se
feed-entry-title = Nova različica, ki je začela veljati na dan { $date }
feed-entry-upcoming = Nova različica, ki začne veljati na dan { $date }
feed-read-policy = Preberite politiko

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = ni navedeno
diff-processor-where-unstated = Kje se podatki obdelujejo, ni navedeno.
diff-processor-renamed = { $old } se zdaj imenuje { $new }.
diff-processor-role-changed = { $name }: sprememba vloge (prej: { $old }; zdaj: { $new }).
diff-processor-countries-changed = { $name }: sprememba kraja obdelave (prej: { $old }; zdaj: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Objavljeno: { $announced } · začne veljati: { $date }
notice-objection-deadline = Rok za ugovor strank zoper to spremembo: { $deadline }.
notice-class-material = Bistvena sprememba
notice-class-editorial = Uredniška sprememba
notice-reference-upcoming = Referenčno besedilo ({ $language }) ima novo različico, ki začne veljati na dan { $date }; ta prevod je še nima.
notice-email-subject = { $company }: naša politika zasebnosti se spremeni na dan { $date }
notice-email-intro = { $company } spreminja svojo politiko zasebnosti. Nova različica začne veljati na dan { $date }.
notice-email-added = Dodani uporabniki
notice-email-removed = Odstranjeni uporabniki
notice-email-renamed = Preimenovani uporabniki
notice-email-changed = Spremenjeni uporabniki
notice-email-col-name = Uporabnik
notice-email-col-location = Kje se podatki obdelujejo
notice-email-col-safeguard = Zaščitni ukrep pri prenosu
notice-email-objection = Tej spremembi lahko ugovarjate. Rok: { $deadline }.
notice-email-objection-contact = Ugovor lahko pošljete na: { $contact }.
notice-email-diff = Kaj se je spremenilo, besedo za besedo:
notice-email-policy = Nova različica:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Vrsta spremembe
notice-facts-announced = Objavljeno
notice-facts-effective = Začne veljati
notice-facts-deadline = Rok za ugovor
notice-facts-object = Kako ugovarjati
notice-facts-changes = Uporabniki, ki jih sprememba zadeva

notice-class-computed = Razvrstitev tega spletnega mesta na podlagi razlik med različicama: { $reasons }.
notice-class-computed-none = Razvrstitev tega spletnega mesta: razlike med različicama ne spreminjajo nobenega uporabnika, prenosa, namena, pravne podlage ali obdobja hrambe.
notice-class-declared = Vrsto spremembe so določili uredniki tega spletnega mesta; ni izračunana iz razlik.
notice-object-write = Pišite na { $email }
notice-object-page = Stran podjetja za ugovore
notice-email-objection-page = Ugovor lahko vložite prek: { $contact }
notice-email-col-purpose = Namen
notice-email-col-data = Podatki
diff-processor-purpose = Namen: { $purpose }.
diff-processor-data = Podatki: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = dodan uporabnik { $name }
reason-country-outside-eea = { $name } zdaj obdeluje podatke zunaj EGP ({ $country })
reason-safeguard-weakened = zaščitni ukrep pri prenosu k uporabniku { $name } se je spremenil iz „{ $old }“ v „{ $new }“
reason-purpose-added = dodan namen { $purpose }
reason-legal-basis-changed = spremenila se je pravna podlaga namena { $purpose }
reason-retention-changed = spremenil se je razdelek o tem, kako dolgo se podatki hranijo
reason-section-changed = spremenil se je razdelek { $section } o uporabnikih, prenosih ali namenih
reason-table-row-added = tabela v razdelku { $section } ima novo vrstico: { $row }
reason-table-row-changed = vrstica tabele v razdelku { $section } se zdaj glasi: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Dodano: { $names }
import-summary-removed = Odstranjeno: { $names }
import-summary-renamed = { $old } se zdaj imenuje { $new }
import-summary-places-first = { $name } – kraji obdelave: { $places }
import-summary-places-added = { $name } – novi kraji obdelave: { $places }
import-summary-places-removed = { $name } – kraji obdelave, ki niso več navedeni: { $places }
import-summary-places-changed = { $name } – kraji obdelave: { $places } (prej: { $old })
import-summary-purpose = { $name }: nov namen
import-summary-section-added = Nov razdelek { $title }
import-summary-section-removed = Odstranjen razdelek { $title }
import-summary-reworded = Preoblikovano: { $titles }
import-summary-intro = Preoblikovan uvod
import-summary-quoted = „{ $title }“

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Popravek: { $subject }
notice-email-correction-intro = To obvestilo popravlja obvestilo o isti spremembi, ki smo ga poslali prej: besedilo je bilo medtem spremenjeno. Prosimo, da namesto njega preberete to obvestilo.
