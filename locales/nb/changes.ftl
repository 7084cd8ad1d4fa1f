### Hva er endret: sammenligningssider, endringslogger og nyhetsstrømmer (norsk bokmål).

diff-title = Endringer { $date }
diff-compared = Sammenlignet med versjonen som gjaldt fra { $old }.
diff-read-old = Tidligere versjon
diff-read-new = Denne versjonen
diff-summary-heading = Sammendrag
diff-legend = Markert i teksten:
diff-legend-inserted = lagt til
diff-legend-deleted = fjernet
diff-coarse = Noen endringer var for store til å markeres ord for ord: de vises som hele avsnitt som er fjernet og lagt til.
diff-policy-title = Erklæringens tittel
diff-intro = Innledning
diff-status-unchanged = uendret
diff-status-added = ny
diff-status-removed = fjernet
diff-status-changed = endret
# What a diff page says of a section beyond its words.
diff-note-moved = Denne delen står et nytt sted.
diff-note-was = Tidligere delen «{ $title }».
diff-note-split-from = Skilt ut fra delen «{ $title }».
diff-note-promoted = Tidligere en underdel av «{ $title }», nå en egen del.
diff-note-split-into = En del av denne delen er nå delen «{ $title }».
diff-note-merged-from = Inneholder nå teksten fra delen «{ $title }».
diff-note-merged-into = Slått sammen med delen «{ $title }».
diff-note-demoted-into = Nå en underdel av delen «{ $title }».
# Leses opp av skjermlesere rundt hver endring.
diff-inserted = lagt til
diff-deleted = fjernet
diff-end = {""}

diff-count-none = Ingen endringer i teksten eller blant mottakerne.
diff-count-processors-added = { $count ->
    [one] én mottaker lagt til
   *[other] { $count } mottakere lagt til
}
diff-count-processors-removed = { $count ->
    [one] én mottaker ikke lenger oppgitt
   *[other] { $count } mottakere ikke lenger oppgitt
}
diff-count-processors-changed = { $count ->
    [one] én mottaker endret
   *[other] { $count } mottakere endret
}
diff-count-sections-added = { $count ->
    [one] ett avsnitt lagt til
   *[other] { $count } avsnitt lagt til
}
diff-count-sections-removed = { $count ->
    [one] ett avsnitt fjernet
   *[other] { $count } avsnitt fjernet
}
diff-count-sections-changed = { $count ->
    [one] ett avsnitt endret
   *[other] { $count } avsnitt endret
}
diff-count-purposes-added = { $count ->
    [one] ett formål lagt til
   *[other] { $count } formål lagt til
}
diff-count-purposes-removed = { $count ->
    [one] ett formål fjernet
   *[other] { $count } formål fjernet
}
diff-count-purposes-changed = { $count ->
    [one] ett formål endret
   *[other] { $count } formål endret
}
diff-count-title-changed = tittelen endret
diff-count-intro-changed = innledningen endret

diff-processor-added = { $name } er lagt til som mottaker. { $details }
diff-processor-where = Opplysningene behandles i { $countries }.
diff-processor-safeguard = Overføringsgrunnlag: { $safeguard }.
diff-processor-removed = { $name } er ikke lenger oppgitt som mottaker.
diff-processor-safeguard-changed = { $name }: overføringsgrunnlaget er endret fra { $old } til { $new }.
diff-processor-headquarters-changed = { $name }: nå etablert i { $new } (før: { $old }).
diff-processor-purpose-changed = { $name }: formålet er endret fra «{ $old }» til «{ $new }».
diff-processor-data-changed = { $name }: personopplysningene som deles, er endret fra «{ $old }» til «{ $new }».
safeguard-none = ikke oppgitt

processors-log-heading = Endringslogg
exports-label = Maskinlesbart:
feed-subscribe = Atom-strøm
feed-title = { $company }: endringer i personvernerklæringen
site-feed-title = Alle endringer i personvernerklæringene
subscribe-heading = Følg endringer
subscribe-feed = Nye versjoner kunngjøres i strømmen:
subscribe-email-label = E-postadresse
subscribe-button = Abonner
feed-entry-title = Ny versjon gjelder fra { $date }
feed-entry-upcoming = Ny versjon trer i kraft { $date }
feed-read-policy = Les personvernerklæringen

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = ikke oppgitt
diff-processor-where-unstated = Det er ikke oppgitt hvor opplysningene behandles.
diff-processor-renamed = { $old } heter nå { $new }.
diff-processor-role-changed = { $name }: rollen er endret fra { $old } til { $new }.
diff-processor-countries-changed = { $name }: behandlingsstedet er endret fra { $old } til { $new }.

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Varslet { $announced } · trer i kraft { $date }
notice-objection-deadline = Kunder kan protestere mot denne endringen til og med { $deadline }.
notice-class-material = Vesentlig endring
notice-class-editorial = Redaksjonell endring
notice-reference-upcoming = Referanseteksten ({ $language }) har en ny versjon som trer i kraft { $date }; denne oversettelsen har den ikke ennå.
notice-email-subject = { $company }: personvernerklæringen vår endres { $date }
notice-email-intro = { $company } endrer personvernerklæringen sin. Den nye versjonen trer i kraft { $date }.
notice-email-added = Mottakere som er lagt til
notice-email-removed = Mottakere som er fjernet
notice-email-renamed = Mottakere med nytt navn
notice-email-changed = Endrede mottakere
notice-email-col-name = Mottaker
notice-email-col-location = Hvor opplysningene behandles
notice-email-col-safeguard = Overføringsgrunnlag
notice-email-objection = Du kan protestere mot denne endringen til og med { $deadline }.
notice-email-objection-contact = Skriv til { $contact } for å protestere.
notice-email-diff = Hva som er endret, ord for ord:
notice-email-policy = Den nye versjonen:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Type endring
notice-facts-announced = Varslet
notice-facts-effective = Trer i kraft
notice-facts-deadline = Protester til og med
notice-facts-object = Slik protesterer du
notice-facts-changes = Mottakere som berøres

notice-class-computed = Klassifisert av dette nettstedet ut fra forskjellene mellom de to versjonene: { $reasons }.
notice-class-computed-none = Klassifisert av dette nettstedet: forskjellene mellom de to versjonene endrer ingen mottaker, overføring, formål, behandlingsgrunnlag eller lagringstid.
notice-class-declared = Fastsatt av redaktørene av dette nettstedet, ikke beregnet ut fra forskjellene.
notice-object-write = Skriv til { $email }
notice-object-page = Selskapets side for protester
notice-email-objection-page = Bruk { $contact } for å protestere
notice-email-col-purpose = Formål
notice-email-col-data = Opplysninger
diff-processor-purpose = Formål: { $purpose }.
diff-processor-data = Opplysninger: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = mottakeren { $name } er lagt til
reason-country-outside-eea = { $name } behandler nå opplysninger i { $country }, utenfor EØS
reason-safeguard-weakened = overføringsgrunnlaget for { $name } er endret fra { $old } til { $new }
reason-purpose-added = formålet { $purpose } er lagt til
reason-legal-basis-changed = behandlingsgrunnlaget for formålet { $purpose } er endret
reason-retention-changed = avsnittet om hvor lenge opplysningene lagres, er endret
reason-section-changed = avsnittet { $section } om mottakere, overføringer eller formål er endret
reason-table-row-added = en tabell i avsnittet { $section } har fått en ny rad: { $row }
reason-table-row-changed = en tabellrad i avsnittet { $section } lyder nå: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = La til { $names }
import-summary-removed = Fjernet { $names }
import-summary-renamed = { $old } heter nå { $new }
import-summary-places-first = { $name } behandler opplysninger i { $places }
import-summary-places-added = { $name } behandler nå også opplysninger i { $places }
import-summary-places-removed = { $name } behandler ikke lenger opplysninger i { $places }
import-summary-places-changed = { $name } behandler nå opplysninger i { $places } i stedet for { $old }
import-summary-purpose = { $name } har et nytt formål
import-summary-section-added = Nytt avsnitt { $title }
import-summary-section-removed = Avsnittet { $title } er fjernet
import-summary-reworded = Omformulerte { $titles }
import-summary-intro = Omformulerte innledningen
import-summary-quoted = «{ $title }»

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Rettelse: { $subject }
notice-email-correction-intro = Dette varselet retter et varsel om den samme endringen som vi sendte tidligere: teksten er endret siden. Les dette varselet i stedet.
