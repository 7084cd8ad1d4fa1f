### Numatytosios temos sąsajos tekstai: lietuvių kalba.
### Svetainė gali pakeisti bet kurį tekstą savo failuose locales/lt/*.ftl. Ten apibrėžę
### `site-title`, išversite pavadinimą iš failo site.toml.

## Datos: formatas, mėnesių pavadinimai ir kalbos pavadinimas imami iš Unicode CLDR (ICU4X)

## Puslapio rėmas
skip-to-content = Pereiti prie turinio
language-switcher = Kalba
footer-published = Paskelbta naudojant privsite.
policy-navigation = Ši politika
nav-current = Galiojanti politika
nav-history = Versijų istorija
nav-processors = Gavėjai

## Pranešimai
notice-past-title = Ankstesnė versija.
notice-past = Ši versija galiojo nuo { $from } iki { $until } imtinai.
notice-read-current = Skaityti galiojančią versiją.
notice-upcoming-title = Būsima versija.
notice-upcoming = Ši versija įsigalioja { $date } Iki tol taikoma dabartinė versija.
notice-new-version-title = Netrukus įsigalios nauja versija.
notice-new-version = Atnaujinta politika įsigalioja { $date }
notice-read-upcoming = Skaityti naująją versiją.
notice-stale-title = Šis vertimas nėra atnaujintas.
notice-stale = Nuo { $since } originali versija (kalba: { $reference }) buvo pakeista, o šis vertimas dar neatnaujintas.
notice-read-reference = Skaityti originalią versiją (kalba: { $reference }).
no-revision-in-force = Dar negalioja nė viena šios politikos versija.

## Politika
in-force-from = Galioja nuo { $date }
takes-effect = Įsigalioja { $date }
all-versions = Visos versijos
what-changed = Kas pasikeitė
contents = Turinys
purposes-heading = Tikslai ir teisiniai pagrindai
processors-heading = Asmens duomenų gavėjai
processors-caption = Duomenų tvarkytojai ir kiti asmens duomenų gavėjai, kuriems duomenis teikia { $company }
processors-more = Gavėjų istorija
legal-basis-label = { $count ->
    [one] Teisinis pagrindas:
    [few] Teisiniai pagrindai:
    [many] Teisiniai pagrindai:
   *[other] Teisiniai pagrindai:
}
legitimate-interest-label = Siekiamas teisėtas interesas:
version-footer = Tai versija, galiojanti nuo { $date }
permalink = Nuolatinė nuoroda į šią versiją

## Duomenų valdytojas
controller-heading = Duomenų valdytojas
controller-name = Pavadinimas
controller-org-number = Juridinio asmens kodas
controller-address = Adresas
controller-email = El. paštas
controller-phone = Telefonas
controller-website = Interneto svetainė
controller-dpo = Duomenų apsaugos pareigūnas
controller-authority = Priežiūros institucija
not-stated = Šioje politikoje nenurodyta

## Duomenų tvarkytojų lentelė
processor-name = Gavėjas
processor-purpose = Tikslas
processor-data = Asmens duomenys
processor-since = Nuo
processor-removed-on = Nebenurodomas nuo
processor-headquarters = Buveinė: { $country }
outside-eea = už EEE ribų
safeguard-missing = Nenurodyta

## Istorija
history-title = Versijų istorija
history-intro = { $count ->
    [1] Ši politika turi { $count } versiją.
    [one] Ši politika turi { $count } versiją, naujausia pirmoji.
    [few] Ši politika turi { $count } versijas, naujausia pirmoji.
    [many] Ši politika turi { $count } versijos, naujausia pirmoji.
   *[other] Ši politika turi { $count } versijų, naujausia pirmoji.
}
status-current = Galioja
status-past = Ankstesnė versija
status-upcoming = Būsima

## Duomenų tvarkytojų puslapis
processors-title = Asmens duomenų gavėjai
processors-intro = { $count ->
    [0] Nuo { $date } galiojančioje versijoje gavėjai neišvardyti.
    [one] Nuo { $date } galiojančioje versijoje nurodytas { $count } asmens duomenų gavėjas.
    [few] Nuo { $date } galiojančioje versijoje nurodyti { $count } asmens duomenų gavėjai.
    [many] Nuo { $date } galiojančioje versijoje nurodyta { $count } asmens duomenų gavėjo.
   *[other] Nuo { $date } galiojančioje versijoje nurodyta { $count } asmens duomenų gavėjų.
}
processors-upcoming-heading = Būsimi pakeitimai
processors-removed-heading = Nebenurodomi gavėjai
processors-removed-caption = Gavėjai, nurodyti ankstesnėse versijose, bet nenurodyti galiojančioje versijoje

## Svetainės puslapiai
index-intro = Privatumo politikos su versijomis, kurias saugo ši svetainė.
company-choose-language = Pasirinkite kalbą:
not-found-title = Puslapis nerastas
not-found-text = Šiuo adresu puslapio nėra. Gali būti, kad politika perkelta arba nuoroda parašyta su klaida.
not-found-home = Eiti į visų privatumo politikų sąrašą

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Tvarkymo vieta ir apsaugos priemonė
location-within-eea = EEE viduje
region-eu = Europos Sąjunga
region-eea = Europos ekonominė erdvė
processor-formerly = Anksčiau: { $names }
processor-since-date = Nuo { $date }
group-purpose = Tikslas: { $purpose }
# BDAR 4 straipsnio 8 punktas ir 28 straipsnis: „duomenų tvarkytojas“
role-processor = Duomenų tvarkytojas
# BDAR 4 straipsnio 7 punktas: „duomenų valdytojas“; čia tas, kuris pats nustato tikslus ir priemones
role-controller = Savarankiškas duomenų valdytojas
# BDAR 26 straipsnis: „bendri duomenų valdytojai“
role-joint-controller = Bendras duomenų valdytojas
# BDAR 4 straipsnio 19 punktas: „įmonių grupė“
role-affiliate = Tos pačios įmonių grupės įmonė
processors-in-prose = Nuo { $date } galiojančioje versijoje gavėjai aprašyti tekstu, o ne lentelėje:
translation-notice-title = Vertimas.
translation-notice = Šis tekstas yra vertimas, parengtas šiai svetainei; įmonė paskelbė originalų tekstą. Originalo kalba: { $language }.
translation-read-original = Skaityti originalą ({ $language }).
print-address = Nuolatinis šios versijos adresas:
print-address-page = Šio puslapio adresas:

## The site's voice, apart from the company's.
translation-notice-company = Šis tekstas yra pačios įmonės parengtas vertimas. Originalo kalba: { $language }.
archived-notice-title = Archyvinė kopija.
archived-notice = Tai tekstas, koks buvo paskelbtas { $date }; jis saugomas kaip įrašas. Netvirtinama, kad jis galioja šiandien.
status-archived = Archyvinė kopija
date-note-label = Šios svetainės pasirinkta data:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Pataisyta po paskelbimo:
summary-by-site = Šiai svetainei parašyta santrauka:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Šio puslapio antraštės ir užrašai yra anglų kalba: jie dar neišversti į šios politikos kalbą.
