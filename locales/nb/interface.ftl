### Grensesnittekster for standardtemaet: norsk bokmål.
### Et nettsted kan overstyre hvilken som helst tekst i sine egne locales/nb/*.ftl. Definer
### `site-title` der for å oversette tittelen fra site.toml.

## Datoer: format, månedsnavn og språknavn hentes fra Unicode CLDR (ICU4X)

## Sideramme
skip-to-content = Gå til innholdet
language-switcher = Språk
footer-published = Publisert med privsite.
policy-navigation = Denne erklæringen
nav-current = Gjeldende erklæring
nav-history = Versjonshistorikk
nav-processors = Mottakere

## Meldinger
notice-past-title = Tidligere versjon.
notice-past = Denne versjonen gjaldt fra { $from } til og med { $until }.
notice-read-current = Les den gjeldende versjonen.
notice-upcoming-title = Kommende versjon.
notice-upcoming = Denne versjonen trer i kraft { $date }. Inntil da gjelder den nåværende versjonen.
notice-new-version-title = En ny versjon er på vei.
notice-new-version = En oppdatert personvernerklæring trer i kraft { $date }.
notice-read-upcoming = Les den nye versjonen.
notice-stale-title = Denne oversettelsen er ikke oppdatert.
notice-stale = Versjonen på { $reference } er endret siden { $since }, men denne oversettelsen er ennå ikke oppdatert.
notice-read-reference = Les versjonen på { $reference }.
no-revision-in-force = Ingen versjon av denne personvernerklæringen gjelder ennå.

## Erklæringen
in-force-from = Gjelder fra { $date }
takes-effect = Trer i kraft { $date }
all-versions = Alle versjoner
what-changed = Hva er endret
contents = Innhold
purposes-heading = Formål og behandlingsgrunnlag
processors-heading = Mottakere av personopplysninger
processors-caption = Databehandlere og andre mottakere av personopplysninger fra { $company }
processors-more = Mottakere over tid
legal-basis-label = { $count ->
    [one] Behandlingsgrunnlag:
   *[other] Behandlingsgrunnlag:
}
legitimate-interest-label = Berettiget interesse som forfølges:
version-footer = Dette er versjonen som gjelder fra { $date }.
permalink = Permanent lenke til denne versjonen

## Behandlingsansvarlig
controller-heading = Behandlingsansvarlig
controller-name = Navn
controller-org-number = Organisasjonsnummer
controller-address = Adresse
controller-email = E-post
controller-phone = Telefon
controller-website = Nettsted
controller-dpo = Personvernombud
controller-authority = Tilsynsmyndighet
not-stated = Ikke oppgitt i denne erklæringen

## Tabellen over databehandlere
processor-name = Mottaker
processor-purpose = Formål
processor-data = Personopplysninger
processor-since = Siden
processor-removed-on = Ikke lenger oppgitt fra
processor-headquarters = Etablert i { $country }
outside-eea = utenfor EØS
safeguard-missing = Ikke oppgitt

## Historikk
history-title = Versjonshistorikk
history-intro = { $count ->
    [one] Denne personvernerklæringen har én versjon.
   *[other] Denne personvernerklæringen har { $count } versjoner, den nyeste først.
}
status-current = Gjeldende
status-past = Tidligere versjon
status-upcoming = Kommende

## Siden om databehandlere
processors-title = Mottakere av personopplysninger
processors-intro = { $count ->
    [0] Versjonen som gjelder fra { $date }, lister ingen mottakere.
    [one] Versjonen som gjelder fra { $date }, oppgir én mottaker av personopplysninger.
   *[other] Versjonen som gjelder fra { $date }, oppgir { $count } mottakere av personopplysninger.
}
processors-upcoming-heading = Kommende endringer
processors-removed-heading = Mottakere som ikke lenger oppgis
processors-removed-caption = Mottakere som tidligere versjoner oppga, men som den gjeldende versjonen ikke oppgir

## Nettstedets sider
index-intro = Personvernerklæringer, hver med de versjonene dette nettstedet har.
company-choose-language = Velg språk:
not-found-title = Siden finnes ikke
not-found-text = Det finnes ingen side på denne adressen. Erklæringen kan ha blitt flyttet, eller lenken kan være feilskrevet.
not-found-home = Til alle personvernerklæringer

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Behandlingssted og overføringsgrunnlag
location-within-eea = Innenfor EØS
region-eu = Den europeiske union
region-eea = Det europeiske økonomiske samarbeidsområdet
processor-formerly = Tidligere: { $names }
processor-since-date = Siden { $date }
group-purpose = Formål: { $purpose }
# Personvernforordningen art. 4 nr. 8 og art. 28: «databehandler»
role-processor = Databehandler
# Art. 4 nr. 7: «behandlingsansvarlig»; her en som alene bestemmer formål og midler
role-controller = Selvstendig behandlingsansvarlig
# Art. 26: «felles behandlingsansvarlige»
role-joint-controller = Felles behandlingsansvarlig
# Art. 4 nr. 19: «konsern»
role-affiliate = Selskap i samme konsern
processors-in-prose = Versjonen som gjelder fra { $date }, beskriver mottakerne i tekst i stedet for i en tabell:
translation-notice-title = Oversettelse.
translation-notice = Denne teksten er en oversettelse fra { $language } laget for dette nettstedet; selskapet publiserte teksten på { $language }.
translation-read-original = Les originalen ({ $language }).
print-address = Permanent adresse til denne versjonen:
print-address-page = Adressen til denne siden:

## The site's voice, apart from the company's.
translation-notice-company = Denne teksten er selskapets egen oversettelse fra { $language }.
archived-notice-title = Arkivert kopi.
archived-notice = Dette er teksten slik den ble publisert { $date }, bevart som dokumentasjon. Det hevdes ikke at den gjelder i dag.
status-archived = Arkivert kopi
date-note-label = Dato valgt av dette nettstedet:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Rettet etter publisering:
summary-by-site = Sammendrag skrevet for dette nettstedet:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Overskrifter og etiketter på denne siden er på engelsk: de er ennå ikke oversatt til språket i denne erklæringen.
