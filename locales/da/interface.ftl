### Brugerfladetekster til standardtemaet: dansk.
### Et websted kan erstatte enhver meddelelse i sine egne locales/da/*.ftl. Definér
### `site-title` dér for at oversætte titlen fra site.toml.
### Datoer, månedsnavne og sprognavne kommer fra Unicode CLDR.

## Datoer: fra Unicode CLDR (ingen meddelelser her)

## Sidens ramme
skip-to-content = Gå til indholdet
language-switcher = Sprog
footer-published = Offentliggjort med privsite.
policy-navigation = Denne politik
nav-current = Gældende politik
nav-history = Versionshistorik
nav-processors = Modtagere

## Meddelelser
notice-past-title = Tidligere version.
notice-past = Denne version gjaldt fra den { $from } til og med den { $until }.
notice-read-current = Læs den gældende version.
notice-upcoming-title = Kommende version.
notice-upcoming = Denne version træder i kraft den { $date }. Indtil da gælder den nuværende version.
notice-new-version-title = En ny version er på vej.
notice-new-version = En opdateret politik træder i kraft den { $date }.
notice-read-upcoming = Læs den nye version.
notice-stale-title = Denne oversættelse er ikke opdateret.
notice-stale = Versionen på { $reference } er ændret siden den { $since }, men denne oversættelse er endnu ikke opdateret.
notice-read-reference = Læs versionen på { $reference }.
no-revision-in-force = Der er endnu ingen gældende version af denne politik.

## Politikken
in-force-from = Gældende fra den { $date }
takes-effect = Træder i kraft den { $date }
all-versions = Alle versioner
what-changed = Hvad er ændret
contents = Indhold
purposes-heading = Formål og retsgrundlag
processors-heading = Modtagere af personoplysninger
processors-caption = Databehandlere og andre modtagere af personoplysninger fra { $company }
processors-more = Modtagere over tid
legal-basis-label = { $count ->
    [one] Retsgrundlag:
   *[other] Retsgrundlag:
}
legitimate-interest-label = Legitim interesse, der forfølges:
version-footer = Dette er den version, der gælder fra den { $date }.
permalink = Permanent link til denne version

## Dataansvarlig
controller-heading = Dataansvarlig
controller-name = Navn
controller-org-number = Registreringsnummer
controller-address = Adresse
controller-email = E-mail
controller-phone = Telefon
controller-website = Websted
controller-dpo = Databeskyttelsesrådgiver
controller-authority = Tilsynsmyndighed
not-stated = Ikke oplyst i denne politik

## Tabel over modtagere
processor-name = Modtager
processor-purpose = Formål
processor-data = Personoplysninger
processor-since = Siden
processor-removed-on = Ikke nævnt fra
processor-headquarters = Etableret i { $country }
outside-eea = uden for EØS
safeguard-missing = Ikke oplyst

## Versionshistorik
history-title = Versionshistorik
history-intro = { $count ->
    [one] Denne politik har én version.
   *[other] Denne politik har { $count } versioner, nyeste først.
}
status-current = Gældende
status-past = Tidligere version
status-upcoming = Kommende

## Side om databehandlere
processors-title = Modtagere af personoplysninger
processors-intro = { $count ->
    [0] Den version, der gælder fra den { $date }, angiver ingen modtagere.
    [one] Den version, der gælder fra den { $date }, nævner én modtager af personoplysninger.
   *[other] Den version, der gælder fra den { $date }, nævner { $count } modtagere af personoplysninger.
}
processors-upcoming-heading = Kommende ændringer
processors-removed-heading = Modtagere, der ikke længere er nævnt
processors-removed-caption = Modtagere, som tidligere versioner nævnte, og som den gældende version ikke nævner

## Webstedets sider
index-intro = Privatlivspolitikker, hver med de versioner, som dette websted har.
company-choose-language = Vælg sprog:
not-found-title = Siden blev ikke fundet
not-found-text = Der er ingen side på denne adresse. Politikken kan være flyttet, eller linket kan være skrevet forkert.
not-found-home = Gå til alle privatlivspolitikker

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Behandlingssted og overførselsgrundlag
location-within-eea = Inden for EØS
region-eu = Den Europæiske Union
region-eea = Det Europæiske Økonomiske Samarbejdsområde
processor-formerly = Tidligere: { $names }
processor-since-date = Siden den { $date }
group-purpose = Formål: { $purpose }
# Artikel 4, nr. 8, og artikel 28: »databehandler«
role-processor = Databehandler
# Artikel 4, nr. 7: »dataansvarlig«; her en, der alene fastlægger formål og hjælpemidler
role-controller = Selvstændig dataansvarlig
# Artikel 26: »fælles dataansvarlige«
role-joint-controller = Fælles dataansvarlig
# Artikel 4, nr. 19: »koncern«
role-affiliate = Selskab i samme koncern
processors-in-prose = Den version, der gælder fra den { $date }, beskriver modtagerne i teksten i stedet for i en tabel:
translation-notice-title = Oversættelse.
translation-notice = Denne tekst er en oversættelse, der er lavet til dette websted. Originalsprog: { $language }; virksomheden har offentliggjort teksten på dette sprog.
translation-read-original = Læs originalen ({ $language }).
print-address = Permanent adresse for denne version:
print-address-page = Denne sides adresse:

## The site's voice, apart from the company's.
translation-notice-company = Denne tekst er virksomhedens egen oversættelse. Originalsprog: { $language }.
archived-notice-title = Arkiveret kopi.
archived-notice = Dette er teksten, som den blev offentliggjort den { $date }, gemt som dokumentation. Det påstås ikke, at den gælder i dag.
status-archived = Arkiveret kopi
date-note-label = Dato valgt af dette websted:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Rettet efter offentliggørelsen:
summary-by-site = Resumé skrevet til dette websted:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Overskrifter og etiketter på denne side er på engelsk: de er endnu ikke oversat til denne politiks sprog.
