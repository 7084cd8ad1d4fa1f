### Interfaceteksten van het standaardthema: Nederlands.
### Een site kan elke tekst vervangen in haar eigen locales/nl/*.ftl. Definieer daar
### `site-title` om de titel uit site.toml te vertalen.

## Datums: notatie, maandnamen en taalnaam komen uit Unicode CLDR (ICU4X)

## Paginakader
skip-to-content = Naar de inhoud
language-switcher = Taal
footer-published = Gepubliceerd met privsite.
policy-navigation = Deze privacyverklaring
nav-current = Geldende versie
nav-history = Versiegeschiedenis
nav-processors = Ontvangers

## Meldingen
notice-past-title = Eerdere versie.
notice-past = Deze versie gold van { $from } tot en met { $until }.
notice-read-current = Lees de geldende versie.
notice-upcoming-title = Toekomstige versie.
notice-upcoming = Deze versie treedt in werking op { $date }. Tot die datum blijft de huidige versie van toepassing.
notice-new-version-title = Er komt een nieuwe versie.
notice-new-version = Op { $date } treedt een bijgewerkte privacyverklaring in werking.
notice-read-upcoming = Lees de nieuwe versie.
notice-stale-title = Deze vertaling is niet actueel.
notice-stale = Sinds { $since } is de oorspronkelijke versie ({ $reference }) gewijzigd en deze vertaling is nog niet bijgewerkt.
notice-read-reference = Lees de oorspronkelijke versie ({ $reference }).
no-revision-in-force = Er geldt nog geen versie van deze privacyverklaring.

## De privacyverklaring
in-force-from = Geldig vanaf { $date }
takes-effect = Treedt in werking op { $date }
all-versions = Alle versies
what-changed = Wat is er gewijzigd
contents = Inhoud
purposes-heading = Doeleinden en rechtsgronden
processors-heading = Ontvangers van persoonsgegevens
processors-caption = Verwerkers en andere ontvangers van persoonsgegevens van { $company }
processors-more = Ontvangers door de tijd heen
legal-basis-label = { $count ->
    [one] Rechtsgrond:
   *[other] Rechtsgronden:
}
legitimate-interest-label = Nagestreefd gerechtvaardigd belang:
version-footer = Dit is de versie die geldt vanaf { $date }.
permalink = Vaste link naar deze versie

## Verwerkingsverantwoordelijke
controller-heading = Verwerkingsverantwoordelijke
controller-name = Naam
controller-org-number = KvK-nummer of ondernemingsnummer
controller-address = Adres
controller-email = E-mail
controller-phone = Telefoon
controller-website = Website
controller-dpo = Functionaris voor gegevensbescherming
controller-authority = Toezichthoudende autoriteit
not-stated = Niet vermeld in deze privacyverklaring

## Tabel van verwerkers
processor-name = Ontvanger
processor-purpose = Doel
processor-data = Persoonsgegevens
processor-since = Sinds
processor-removed-on = Niet meer vermeld vanaf
processor-headquarters = Land van vestiging: { $country }
outside-eea = buiten de EER
safeguard-missing = Geen vermeld

## Geschiedenis
history-title = Versiegeschiedenis
history-intro = { $count ->
    [one] Deze privacyverklaring heeft één versie.
   *[other] Deze privacyverklaring heeft { $count } versies, de nieuwste eerst.
}
status-current = Geldend
status-past = Eerdere versie
status-upcoming = Toekomstig

## Pagina over verwerkers
processors-title = Ontvangers van persoonsgegevens
processors-intro = { $count ->
    [0] De versie die geldt vanaf { $date } vermeldt geen ontvangers.
    [one] De versie die geldt vanaf { $date } noemt één ontvanger van persoonsgegevens.
   *[other] De versie die geldt vanaf { $date } noemt { $count } ontvangers van persoonsgegevens.
}
processors-upcoming-heading = Komende wijzigingen
processors-removed-heading = Ontvangers die niet meer worden vermeld
processors-removed-caption = Ontvangers die eerdere versies noemden en de geldende versie niet

## Pagina's van de site
index-intro = Privacyverklaringen, elk met de versies die deze website bewaart.
company-choose-language = Kies een taal:
not-found-title = Pagina niet gevonden
not-found-text = Op dit adres staat geen pagina. De privacyverklaring is misschien verplaatst, of de link bevat een typefout.
not-found-home = Naar alle privacyverklaringen

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Plaats van verwerking en waarborg
location-within-eea = Binnen de EER
region-eu = Europese Unie
region-eea = Europese Economische Ruimte
processor-formerly = Voorheen: { $names }
processor-since-date = Sinds { $date }
group-purpose = Doel: { $purpose }
# AVG art. 4 punt 8 en art. 28: "verwerker"
role-processor = Verwerker
# AVG art. 4 punt 7: "verwerkingsverantwoordelijke"; hier een die alleen doel en middelen bepaalt
role-controller = Zelfstandige verwerkingsverantwoordelijke
# AVG art. 26: "gezamenlijke verwerkingsverantwoordelijken"
role-joint-controller = Gezamenlijke verwerkingsverantwoordelijke
# AVG art. 4 punt 19: "concern"
role-affiliate = Onderneming van hetzelfde concern
processors-in-prose = De versie die geldt vanaf { $date } beschrijft de ontvangers in tekst in plaats van in een tabel:
translation-notice-title = Vertaling.
translation-notice = Deze tekst is een vertaling uit het { $language }, gemaakt voor deze website; het bedrijf publiceerde de tekst in het { $language }.
translation-read-original = Lees het origineel ({ $language }).
print-address = Vast adres van deze versie:
print-address-page = Adres van deze pagina:

## The site's voice, apart from the company's.
translation-notice-company = Deze tekst is een eigen vertaling van het bedrijf uit het { $language }.
archived-notice-title = Gearchiveerde kopie.
archived-notice = Dit is de tekst zoals die op { $date } werd gepubliceerd, bewaard ter vastlegging. Er wordt niet beweerd dat deze tekst vandaag geldt.
status-archived = Gearchiveerde kopie
date-note-label = Datum gekozen door deze website:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Na publicatie gecorrigeerd:
summary-by-site = Samenvatting geschreven voor deze website:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = De koppen en labels op deze pagina zijn in het Engels: ze zijn nog niet vertaald in de taal van dit beleid.
