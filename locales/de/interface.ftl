### Oberflächentexte des Standardthemas: Deutsch.
### Eine Website kann jede Meldung in ihrer eigenen locales/de/*.ftl überschreiben. Dort
### lässt sich `site-title` festlegen, um den Titel aus site.toml zu übersetzen.
### Datumsangaben, Monatsnamen und Sprachnamen stammen aus Unicode CLDR.

## Datumsangaben: aus Unicode CLDR (hier keine Meldungen)

## Seitenrahmen
skip-to-content = Zum Inhalt springen
language-switcher = Sprache
footer-published = Veröffentlicht mit privsite.
policy-navigation = Diese Datenschutzerklärung
nav-current = Geltende Fassung
nav-history = Versionsverlauf
nav-processors = Empfänger

## Hinweise
notice-past-title = Frühere Fassung.
notice-past = Diese Fassung galt vom { $from } bis einschließlich { $until }.
notice-read-current = Zur geltenden Fassung.
notice-upcoming-title = Künftige Fassung.
notice-upcoming = Diese Fassung gilt ab dem { $date }. Bis dahin gilt die aktuelle Fassung.
notice-new-version-title = Eine neue Fassung tritt bald in Kraft.
notice-new-version = Eine aktualisierte Datenschutzerklärung gilt ab dem { $date }.
notice-read-upcoming = Zur neuen Fassung.
notice-stale-title = Diese Übersetzung ist nicht aktuell.
notice-stale = Seit dem { $since } wurde die Fassung auf { $reference } geändert; diese Übersetzung ist noch nicht angepasst.
notice-read-reference = Zur Fassung auf { $reference }.
no-revision-in-force = Von dieser Datenschutzerklärung ist noch keine Fassung in Kraft.

## Die Datenschutzerklärung
in-force-from = Gültig ab { $date }
takes-effect = Gilt ab { $date }
all-versions = Alle Fassungen
what-changed = Was sich geändert hat
contents = Inhalt
purposes-heading = Zwecke und Rechtsgrundlagen
processors-heading = Empfänger personenbezogener Daten
processors-caption = Auftragsverarbeiter und andere Empfänger personenbezogener Daten von { $company }
processors-more = Empfänger im Zeitverlauf
legal-basis-label = { $count ->
    [one] Rechtsgrundlage:
   *[other] Rechtsgrundlagen:
}
legitimate-interest-label = Verfolgtes berechtigtes Interesse:
version-footer = Dies ist die ab { $date } geltende Fassung.
permalink = Dauerhafter Link zu dieser Fassung

## Verantwortlicher
controller-heading = Verantwortlicher
controller-name = Name
controller-org-number = Registernummer
controller-address = Anschrift
controller-email = E-Mail
controller-phone = Telefon
controller-website = Website
controller-dpo = Datenschutzbeauftragter
controller-authority = Aufsichtsbehörde
not-stated = In dieser Datenschutzerklärung nicht angegeben

## Tabelle der Empfänger
processor-name = Empfänger
processor-purpose = Zweck
processor-data = Personenbezogene Daten
processor-since = Seit
processor-removed-on = Nicht mehr aufgeführt ab
processor-headquarters = Niedergelassen in: { $country }
outside-eea = außerhalb des EWR
safeguard-missing = Keine angegeben

## Versionsverlauf
history-title = Versionsverlauf
history-intro = { $count ->
    [one] Von dieser Datenschutzerklärung gibt es eine Fassung.
   *[other] Von dieser Datenschutzerklärung gibt es { $count } Fassungen, die neueste zuerst.
}
status-current = In Kraft
status-past = Frühere Fassung
status-upcoming = Künftig

## Seite der Auftragsverarbeiter
processors-title = Empfänger personenbezogener Daten
processors-intro = { $count ->
    [0] Die ab { $date } geltende Fassung führt keine Empfänger auf.
    [one] Die ab { $date } geltende Fassung nennt einen Empfänger personenbezogener Daten.
   *[other] Die ab { $date } geltende Fassung nennt { $count } Empfänger personenbezogener Daten.
}
processors-upcoming-heading = Bevorstehende Änderungen
processors-removed-heading = Nicht mehr aufgeführte Empfänger
processors-removed-caption = Empfänger, die frühere Fassungen nannten, die geltende Fassung aber nicht

## Seiten der Website
index-intro = Datenschutzerklärungen, jeweils mit den Fassungen, die dieser Website vorliegen.
company-choose-language = Sprache wählen:
not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es keine Seite. Die Datenschutzerklärung ist möglicherweise umgezogen, oder der Link enthält einen Tippfehler.
not-found-home = Zu allen Datenschutzerklärungen

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Ort der Verarbeitung und Garantie
location-within-eea = Innerhalb des EWR
region-eu = Europäische Union
region-eea = Europäischer Wirtschaftsraum
processor-formerly = Früher: { $names }
processor-since-date = Seit { $date }
group-purpose = Zweck: { $purpose }
# Art. 4 Nr. 8 und Art. 28 DSGVO: „Auftragsverarbeiter“
role-processor = Auftragsverarbeiter
# Art. 4 Nr. 7 DSGVO: „Verantwortlicher“; hier einer, der allein über Zwecke und Mittel entscheidet
role-controller = Eigenständiger Verantwortlicher
# Art. 26 DSGVO: „gemeinsam Verantwortliche“
role-joint-controller = Gemeinsam Verantwortlicher
# Art. 4 Nr. 19 DSGVO: „Unternehmensgruppe“
role-affiliate = Unternehmen derselben Unternehmensgruppe
processors-in-prose = Die ab { $date } geltende Fassung beschreibt ihre Empfänger im Text statt in einer Tabelle:
translation-notice-title = Übersetzung.
translation-notice = Dieser Text ist eine für diese Website angefertigte Übersetzung. Originalsprache: { $language }; veröffentlicht hat das Unternehmen den Text in dieser Sprache.
translation-read-original = Original lesen ({ $language }).
print-address = Dauerhafte Adresse dieser Fassung:
print-address-page = Adresse dieser Seite:

## The site's voice, apart from the company's.
translation-notice-company = Dieser Text ist eine Übersetzung des Unternehmens selbst. Originalsprache: { $language }.
archived-notice-title = Archivkopie.
archived-notice = Dies ist der Text, wie er am { $date } veröffentlicht wurde, aufbewahrt als Beleg. Es wird nicht behauptet, dass er heute gilt.
status-archived = Archivkopie
date-note-label = Von dieser Website gewähltes Datum:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Nach der Veröffentlichung berichtigt:
summary-by-site = Für diese Website verfasste Zusammenfassung:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Überschriften und Beschriftungen dieser Seite sind auf Englisch: Sie wurden noch nicht in die Sprache dieser Datenschutzerklärung übersetzt.
