### Gränssnittstexter för standardtemat: svenska.

## Sidans ram
skip-to-content = Hoppa till innehållet
language-switcher = Språk
footer-published = Publicerad med privsite.
policy-navigation = Den här policyn
nav-current = Gällande policy
nav-history = Versionshistorik
nav-processors = Mottagare

## Meddelanden
notice-past-title = Tidigare version.
notice-past = Den här versionen gällde från { $from } till och med { $until }.
notice-read-current = Läs den gällande versionen.
notice-upcoming-title = Kommande version.
notice-upcoming = Den här versionen börjar gälla { $date }. Till dess gäller den nuvarande versionen.
notice-new-version-title = En ny version är på väg.
notice-new-version = En uppdaterad policy börjar gälla { $date }.
notice-read-upcoming = Läs den nya versionen.
notice-stale-title = Den här översättningen är inte uppdaterad.
notice-stale = Sedan { $since } har versionen på { $reference } ändrats, men översättningen har ännu inte uppdaterats.
notice-read-reference = Läs versionen på { $reference }.
no-revision-in-force = Ingen version av policyn gäller ännu.

## Policyn
in-force-from = Gäller från { $date }
takes-effect = Börjar gälla { $date }
all-versions = Alla versioner
what-changed = Vad som ändrats
contents = Innehåll
purposes-heading = Ändamål och rättslig grund
processors-heading = Mottagare av personuppgifter
processors-caption = Personuppgiftsbiträden och andra mottagare av personuppgifter från { $company }
processors-more = Mottagare över tid
legal-basis-label = Rättslig grund:
legitimate-interest-label = Berättigat intresse som eftersträvas:
version-footer = Det här är versionen som gäller från { $date }.
permalink = Permanent länk till den här versionen

## Personuppgiftsansvarig
controller-heading = Personuppgiftsansvarig
controller-name = Namn
controller-org-number = Organisationsnummer
controller-address = Adress
controller-email = E-post
controller-phone = Telefon
controller-website = Webbplats
controller-dpo = Dataskyddsombud
controller-authority = Tillsynsmyndighet
not-stated = Anges inte i policyn

## Tabellen över biträden
processor-name = Mottagare
processor-purpose = Ändamål
processor-data = Personuppgifter
processor-since = Sedan
processor-removed-on = Inte längre angiven från
processor-headquarters = Etablerad i { $country }
outside-eea = utanför EES
safeguard-missing = Ingen angiven

## Historik
history-title = Versionshistorik
history-intro = { $count ->
    [one] Policyn har en version.
   *[other] Policyn har { $count } versioner, den senaste först.
}
status-current = Gällande
status-past = Tidigare version
status-upcoming = Kommande

## Sidan om biträden
processors-title = Mottagare av personuppgifter
processors-intro = { $count ->
    [0] Den version som gäller från { $date } räknar inte upp några mottagare.
    [one] Den version som gäller från { $date } anger en mottagare av personuppgifter.
   *[other] Den version som gäller från { $date } anger { $count } mottagare av personuppgifter.
}
processors-upcoming-heading = Kommande ändringar
processors-removed-heading = Mottagare som inte längre anges
processors-removed-caption = Mottagare som tidigare versioner angav men som den gällande versionen inte anger

## Webbplatsens sidor
index-intro = Integritetspolicyer, var och en med de versioner som den här webbplatsen har.
company-choose-language = Välj språk:
not-found-title = Sidan finns inte
not-found-text = Det finns ingen sida på den här adressen. Policyn kan ha flyttats, eller så är länken felskriven.
not-found-home = Till alla integritetspolicyer

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Var uppgifterna behandlas och skyddsåtgärd
location-within-eea = Inom EES
region-eu = Europeiska unionen
region-eea = Europeiska ekonomiska samarbetsområdet
processor-formerly = Tidigare: { $names }
processor-since-date = Sedan { $date }
group-purpose = Ändamål: { $purpose }
role-processor = Personuppgiftsbiträde
role-controller = Självständigt personuppgiftsansvarig
role-joint-controller = Gemensamt personuppgiftsansvarig
role-affiliate = Koncernbolag
processors-in-prose = Den version som gäller från { $date } beskriver mottagarna i text i stället för i en tabell:
translation-notice-title = Översättning.
translation-notice = Den här texten är en översättning från { $language } som gjorts för den här webbplatsen; företaget publicerade texten på { $language }.
translation-read-original = Läs originalet ({ $language }).
print-address = Permanent adress till den här versionen:
print-address-page = Sidans adress:

## The site's voice, apart from the company's.
translation-notice-company = Den här texten är företagets egen översättning från { $language }.
archived-notice-title = Arkiverad kopia.
archived-notice = Det här är texten så som den publicerades { $date }, sparad som dokumentation. Det påstås inte att den gäller i dag.
status-archived = Arkiverad kopia
date-note-label = Datum valt av den här webbplatsen:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Rättat efter publicering:
summary-by-site = Sammanfattning skriven för den här webbplatsen:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Rubriker och etiketter på den här sidan är på engelska: de har ännu inte översatts till den här policyns språk.
