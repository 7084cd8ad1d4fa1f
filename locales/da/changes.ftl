### Hvad er ændret: sammenligningssider, ændringslogge og feeds (dansk).

diff-title = Ændringer pr. { $date }
diff-compared = Sammenlignet med den version, der gjaldt fra den { $old }.
diff-read-old = Tidligere version
diff-read-new = Denne version
diff-summary-heading = Resumé
diff-legend = Markeret i teksten:
diff-legend-inserted = tilføjet
diff-legend-deleted = fjernet
diff-coarse = Nogle ændringer var for store til at blive markeret ord for ord: de vises som hele afsnit, der er fjernet og tilføjet.
diff-policy-title = Politikkens titel
diff-intro = Indledning
diff-status-unchanged = uændret
diff-status-added = ny
diff-status-removed = fjernet
diff-status-changed = ændret
# What a diff page says of a section beyond its words.
diff-note-moved = Dette afsnit står et nyt sted.
diff-note-was = Tidligere afsnittet »{ $title }«.
diff-note-split-from = Udskilt fra afsnittet »{ $title }«.
diff-note-promoted = Tidligere et underafsnit af »{ $title }«, nu et selvstændigt afsnit.
diff-note-split-into = En del af dette afsnit er nu afsnittet »{ $title }«.
diff-note-merged-from = Indeholder nu teksten fra afsnittet »{ $title }«.
diff-note-merged-into = Lagt sammen med afsnittet »{ $title }«.
diff-note-demoted-into = Nu et underafsnit af afsnittet »{ $title }«.
# Læses op af skærmlæsere omkring hver ændring.
diff-inserted = tilføjet
diff-deleted = fjernet
diff-end = {""}

diff-count-none = Ingen ændringer i teksten eller blandt modtagerne.
diff-count-processors-added = { $count ->
    [one] én modtager tilføjet
   *[other] { $count } modtagere tilføjet
}
diff-count-processors-removed = { $count ->
    [one] én modtager ikke længere nævnt
   *[other] { $count } modtagere ikke længere nævnt
}
diff-count-processors-changed = { $count ->
    [one] én modtager ændret
   *[other] { $count } modtagere ændret
}
diff-count-sections-added = { $count ->
    [one] ét afsnit tilføjet
   *[other] { $count } afsnit tilføjet
}
diff-count-sections-removed = { $count ->
    [one] ét afsnit fjernet
   *[other] { $count } afsnit fjernet
}
diff-count-sections-changed = { $count ->
    [one] ét afsnit ændret
   *[other] { $count } afsnit ændret
}
diff-count-purposes-added = { $count ->
    [one] ét formål tilføjet
   *[other] { $count } formål tilføjet
}
diff-count-purposes-removed = { $count ->
    [one] ét formål fjernet
   *[other] { $count } formål fjernet
}
diff-count-purposes-changed = { $count ->
    [one] ét formål ændret
   *[other] { $count } formål ændret
}
diff-count-title-changed = titlen er ændret
diff-count-intro-changed = indledningen er ændret

diff-processor-added = { $name } er tilføjet som modtager. { $details }
diff-processor-where = Behandler oplysninger i: { $countries }.
diff-processor-safeguard = Overførselsgrundlag: { $safeguard }.
diff-processor-removed = { $name } er ikke længere nævnt som modtager.
diff-processor-safeguard-changed = { $name }: overførselsgrundlaget er ændret fra »{ $old }« til »{ $new }«.
diff-processor-headquarters-changed = { $name }: nu etableret i { $new } (før: { $old }).
diff-processor-purpose-changed = { $name }: formålet er ændret fra »{ $old }« til »{ $new }«.
diff-processor-data-changed = { $name }: de personoplysninger, der videregives, er ændret fra »{ $old }« til »{ $new }«.
safeguard-none = ikke oplyst

processors-log-heading = Ændringslog
exports-label = Maskinlæsbare formater:
feed-subscribe = Atom-feed
feed-title = { $company }: ændringer i privatlivspolitikken
site-feed-title = Alle ændringer i privatlivspolitikkerne
subscribe-heading = Følg ændringer
subscribe-feed = Nye versioner annonceres i feedet:
subscribe-email-label = E-mailadresse
subscribe-button = Abonnér
feed-entry-title = Ny version gældende fra den { $date }
feed-entry-upcoming = Ny version træder i kraft den { $date }
feed-read-policy = Læs politikken

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = ikke oplyst
diff-processor-where-unstated = Det er ikke oplyst, hvor oplysningerne behandles.
diff-processor-renamed = { $old } hedder nu { $new }.
diff-processor-role-changed = { $name }: rollen er ændret fra { $old } til { $new }.
diff-processor-countries-changed = { $name }: behandlingsstedet er ændret fra { $old } til { $new }.

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Varslet den { $announced } · træder i kraft den { $date }
notice-objection-deadline = Kunder kan gøre indsigelse mod denne ændring indtil den { $deadline }.
notice-class-material = Væsentlig ændring
notice-class-editorial = Redaktionel ændring
notice-reference-upcoming = Referenceteksten ({ $language }) har en ny version, der træder i kraft den { $date }; denne oversættelse indeholder den endnu ikke.
notice-email-subject = { $company }: vores privatlivspolitik ændres den { $date }
notice-email-intro = { $company } ændrer sin privatlivspolitik. Den nye version træder i kraft den { $date }.
notice-email-added = Tilføjede modtagere
notice-email-removed = Fjernede modtagere
notice-email-renamed = Omdøbte modtagere
notice-email-changed = Ændrede modtagere
notice-email-col-name = Modtager
notice-email-col-location = Hvor oplysningerne behandles
notice-email-col-safeguard = Overførselsgrundlag
notice-email-objection = Du kan gøre indsigelse mod denne ændring indtil den { $deadline }.
notice-email-objection-contact = Skriv til { $contact } for at gøre indsigelse.
notice-email-diff = Hvad der er ændret, ord for ord:
notice-email-policy = Den nye version:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Type ændring
notice-facts-announced = Varslet
notice-facts-effective = Træder i kraft
notice-facts-deadline = Indsigelse indtil
notice-facts-object = Sådan gør du indsigelse
notice-facts-changes = Berørte modtagere

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Klassificeret af dette websted ud fra forskellene mellem de to versioner: { $reasons }.
notice-class-computed-none = Klassificeret af dette websted: forskellene mellem de to versioner ændrer ingen modtager, overførsel, formål, retsgrundlag eller opbevaringsperiode.
notice-class-declared = Fastsat af redaktørerne af dette websted, ikke beregnet ud fra forskellene.
notice-object-write = Skriv til { $email }
notice-object-page = Virksomhedens side for indsigelser
notice-email-objection-page = Brug { $contact } for at gøre indsigelse
notice-email-col-purpose = Formål
notice-email-col-data = Oplysninger
diff-processor-purpose = Formål: { $purpose }.
diff-processor-data = Oplysninger: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = modtageren { $name } er tilføjet
reason-country-outside-eea = { $name } behandler nu oplysninger uden for EØS: { $country }
reason-safeguard-weakened = overførselsgrundlaget for { $name } er ændret fra »{ $old }« til »{ $new }«
reason-purpose-added = formålet »{ $purpose }« er tilføjet
reason-legal-basis-changed = retsgrundlaget for formålet »{ $purpose }« er ændret
reason-retention-changed = afsnittet om, hvor længe oplysninger opbevares, er ændret
reason-section-changed = afsnittet { $section } om modtagere, overførsler eller formål er ændret
reason-table-row-added = en tabel i afsnittet »{ $section }« har en ny række: { $row }
reason-table-row-changed = en tabelrække i afsnittet »{ $section }« lyder nu: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Tilføjede { $names }
import-summary-removed = Fjernede { $names }
import-summary-renamed = { $old } hedder nu { $new }
import-summary-places-first = { $name } behandler oplysninger i { $places }
import-summary-places-added = { $name } behandler nu også oplysninger i { $places }
import-summary-places-removed = { $name } behandler ikke længere oplysninger i { $places }
import-summary-places-changed = { $name } behandler nu oplysninger i { $places } i stedet for { $old }
import-summary-purpose = { $name } har et nyt formål
import-summary-section-added = Nyt afsnit { $title }
import-summary-section-removed = Afsnittet { $title } er fjernet
import-summary-reworded = Omformulerede { $titles }
import-summary-intro = Omformulerede indledningen
import-summary-quoted = »{ $title }«

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Rettelse: { $subject }
notice-email-correction-intro = Denne meddelelse retter en meddelelse om den samme ændring, som vi sendte tidligere: teksten er blevet ændret siden. Læs venligst denne meddelelse i stedet.
