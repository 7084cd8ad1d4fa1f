### Kas pasikeitė: palyginimo puslapiai, pakeitimų žurnalai ir sklaidos kanalai (lietuvių kalba).

diff-title = { $date } pakeitimai
diff-compared = Palyginta su versija, galiojusia nuo { $old }
diff-read-old = Ankstesnė versija
diff-read-new = Ši versija
diff-summary-heading = Santrauka
diff-legend = Tekste pažymėta:
diff-legend-inserted = pridėta
diff-legend-deleted = pašalinta
diff-coarse = Kai kurie pakeitimai buvo per dideli, kad būtų galima juos pažymėti žodis po žodžio: jie rodomi kaip visos pašalintos ir pridėtos ištraukos.
diff-policy-title = Politikos pavadinimas
diff-intro = Įvadas
diff-status-unchanged = nepakeista
diff-status-added = nauja
diff-status-removed = pašalinta
diff-status-changed = pakeista
# What a diff page says of a section beyond its words.
diff-note-moved = Šis skirsnis yra naujoje vietoje.
diff-note-was = Anksčiau – skirsnis „{ $title }“.
diff-note-split-from = Atskirtas nuo skirsnio „{ $title }“.
diff-note-promoted = Anksčiau – skirsnio „{ $title }“ poskirsnis, dabar atskiras skirsnis.
diff-note-split-into = Dalis šio skirsnio dabar yra skirsnis „{ $title }“.
diff-note-merged-from = Dabar apima skirsnio „{ $title }“ tekstą.
diff-note-merged-into = Sujungtas su skirsniu „{ $title }“.
diff-note-demoted-into = Dabar – skirsnio „{ $title }“ poskirsnis.
# Ekrano skaitytuvai juos perskaito prieš kiekvieną pakeitimą ir po jo.
diff-inserted = pridėta
diff-deleted = pašalinta
diff-end = {""}

diff-count-none = Nei tekstas, nei gavėjai nepasikeitė.
diff-count-processors-added = { $count ->
    [one] pridėtas { $count } gavėjas
    [few] pridėti { $count } gavėjai
    [many] pridėta { $count } gavėjo
   *[other] pridėta { $count } gavėjų
}
diff-count-processors-removed = { $count ->
    [one] nebenurodomas { $count } gavėjas
    [few] nebenurodomi { $count } gavėjai
    [many] nebenurodoma { $count } gavėjo
   *[other] nebenurodoma { $count } gavėjų
}
diff-count-processors-changed = { $count ->
    [one] pakeistas { $count } gavėjas
    [few] pakeisti { $count } gavėjai
    [many] pakeista { $count } gavėjo
   *[other] pakeista { $count } gavėjų
}
diff-count-sections-added = { $count ->
    [one] pridėtas { $count } skyrius
    [few] pridėti { $count } skyriai
    [many] pridėta { $count } skyriaus
   *[other] pridėta { $count } skyrių
}
diff-count-sections-removed = { $count ->
    [one] pašalintas { $count } skyrius
    [few] pašalinti { $count } skyriai
    [many] pašalinta { $count } skyriaus
   *[other] pašalinta { $count } skyrių
}
diff-count-sections-changed = { $count ->
    [one] pakeistas { $count } skyrius
    [few] pakeisti { $count } skyriai
    [many] pakeista { $count } skyriaus
   *[other] pakeista { $count } skyrių
}
diff-count-purposes-added = { $count ->
    [one] pridėtas { $count } tikslas
    [few] pridėti { $count } tikslai
    [many] pridėta { $count } tikslo
   *[other] pridėta { $count } tikslų
}
diff-count-purposes-removed = { $count ->
    [one] pašalintas { $count } tikslas
    [few] pašalinti { $count } tikslai
    [many] pašalinta { $count } tikslo
   *[other] pašalinta { $count } tikslų
}
diff-count-purposes-changed = { $count ->
    [one] pakeistas { $count } tikslas
    [few] pakeisti { $count } tikslai
    [many] pakeista { $count } tikslo
   *[other] pakeista { $count } tikslų
}
diff-count-title-changed = pakeistas pavadinimas
diff-count-intro-changed = pakeistas įvadas

diff-processor-added = Pridėtas gavėjas { $name }. { $details }
diff-processor-where = Duomenys tvarkomi šiose valstybėse: { $countries }.
diff-processor-safeguard = Perdavimo apsaugos priemonė: { $safeguard }.
diff-processor-removed = { $name } nebenurodomas kaip gavėjas.
diff-processor-safeguard-changed = { $name }: perdavimo apsaugos priemonė pakeista iš „{ $old }“ į „{ $new }“.
diff-processor-headquarters-changed = { $name }: dabartinė buveinė: { $new } (anksčiau: { $old }).
diff-processor-purpose-changed = { $name }: tikslas pakeistas iš „{ $old }“ į „{ $new }“.
diff-processor-data-changed = { $name }: teikiami asmens duomenys pakeisti iš „{ $old }“ į „{ $new }“.
safeguard-none = nenurodyta

processors-log-heading = Pakeitimų žurnalas
exports-label = Kompiuterio skaitomu formatu:
feed-subscribe = Atom sklaidos kanalas
feed-title = { $company }: privatumo politikos pakeitimai
site-feed-title = Visi privatumo politikų pakeitimai
subscribe-heading = Pakeitimų sekimas
subscribe-feed = Apie naujas versijas skelbiama sklaidos kanale:
subscribe-email-label = El. pašto adresas
subscribe-button = Prenumeruoti
feed-entry-title = Nauja versija, galiojanti nuo { $date }
feed-entry-upcoming = Nauja versija, įsigaliosianti { $date }
feed-read-policy = Skaityti politiką

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = nenurodyta
diff-processor-where-unstated = Kur tvarkomi duomenys, nenurodyta.
diff-processor-renamed = { $old } dabar vadinasi { $new }.
diff-processor-role-changed = { $name }: pakeistas vaidmuo (anksčiau: { $old }; dabar: { $new }).
diff-processor-countries-changed = { $name }: pakeista duomenų tvarkymo vieta (anksčiau: { $old }; dabar: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Paskelbta: { $announced } · įsigalioja: { $date }
notice-objection-deadline = Klientai gali pateikti prieštaravimą dėl šio pakeitimo iki { $deadline }
notice-class-material = Esminis pakeitimas
notice-class-editorial = Redakcinis pakeitimas
notice-reference-upcoming = Pamatinis tekstas ({ $language }) turi naują versiją, įsigaliosiančią { $date }; šiame vertime jos dar nėra.
notice-email-subject = { $company }: mūsų privatumo politika keičiasi { $date }
notice-email-intro = { $company } keičia savo privatumo politiką. Nauja versija įsigalioja { $date }
notice-email-added = Pridėti gavėjai
notice-email-removed = Pašalinti gavėjai
notice-email-renamed = Pervadinti gavėjai
notice-email-changed = Pakeisti gavėjai
notice-email-col-name = Gavėjas
notice-email-col-location = Kur tvarkomi duomenys
notice-email-col-safeguard = Perdavimo apsaugos priemonė
notice-email-objection = Galite pateikti prieštaravimą dėl šio pakeitimo iki { $deadline }
notice-email-objection-contact = Norėdami pateikti prieštaravimą, rašykite: { $contact }.
notice-email-diff = Kas pasikeitė, žodis po žodžio:
notice-email-policy = Nauja versija:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Pakeitimo rūšis
notice-facts-announced = Paskelbta
notice-facts-effective = Įsigalioja
notice-facts-deadline = Prieštaravimų terminas
notice-facts-object = Kaip pateikti prieštaravimą
notice-facts-changes = Gavėjai, kuriuos paliečia pakeitimas

notice-class-computed = Šios svetainės klasifikacija pagal abiejų versijų skirtumus: { $reasons }.
notice-class-computed-none = Šios svetainės klasifikacija: abiejų versijų skirtumai nekeičia nė vieno gavėjo, perdavimo, tikslo, teisinio pagrindo ar saugojimo laikotarpio.
notice-class-declared = Pakeitimo rūšį nustatė šios svetainės redaktoriai; ji neapskaičiuota pagal skirtumus.
notice-object-write = Rašykite: { $email }
notice-object-page = Įmonės prieštaravimų puslapis
notice-email-objection-page = Norėdami pateikti prieštaravimą, naudokitės: { $contact }
notice-email-col-purpose = Tikslas
notice-email-col-data = Duomenys
diff-processor-purpose = Tikslas: { $purpose }.
diff-processor-data = Duomenys: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = pridėtas gavėjas { $name }
reason-country-outside-eea = { $name } dabar tvarko duomenis už EEE ribų ({ $country })
reason-safeguard-weakened = gavėjo { $name } perdavimo apsaugos priemonė pakeista iš „{ $old }“ į „{ $new }“
reason-purpose-added = pridėtas tikslas { $purpose }
reason-legal-basis-changed = pakeistas tikslo { $purpose } teisinis pagrindas
reason-retention-changed = pakeistas skyrius apie tai, kiek laiko saugomi duomenys
reason-section-changed = pakeistas skyrius { $section } apie gavėjus, perdavimą ar tikslus
reason-table-row-added = skyriaus { $section } lentelėje yra nauja eilutė: { $row }
reason-table-row-changed = skyriaus { $section } lentelės eilutė dabar tokia: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Pridėta: { $names }
import-summary-removed = Pašalinta: { $names }
import-summary-renamed = { $old } dabar vadinasi { $new }
import-summary-places-first = { $name } – tvarkymo vietos: { $places }
import-summary-places-added = { $name } – naujos tvarkymo vietos: { $places }
import-summary-places-removed = { $name } – nebenurodomos tvarkymo vietos: { $places }
import-summary-places-changed = { $name } – tvarkymo vietos: { $places } (anksčiau: { $old })
import-summary-purpose = { $name }: naujas tikslas
import-summary-section-added = Naujas skirsnis { $title }
import-summary-section-removed = Pašalintas skirsnis { $title }
import-summary-reworded = Perrašyta: { $titles }
import-summary-intro = Perrašyta įžanga
import-summary-quoted = „{ $title }“

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Pataisymas: { $subject }
notice-email-correction-intro = Šis pranešimas pataiso anksčiau mūsų išsiųstą pranešimą apie tą patį pakeitimą: nuo to laiko tekstas buvo pakeistas. Prašome vietoj jo perskaityti šį pranešimą.
