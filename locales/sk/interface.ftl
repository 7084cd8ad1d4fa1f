### Texty rozhrania predvolenej témy: slovenčina.
### Stránka môže ktorýkoľvek text nahradiť vo vlastných súboroch locales/sk/*.ftl. Ak tam
### definujete `site-title`, preloží sa názov zo súboru site.toml.

## Dátumy: formát, názvy mesiacov a názov jazyka pochádzajú z Unicode CLDR (ICU4X)

## Rámec stránky
skip-to-content = Prejsť na obsah
language-switcher = Jazyk
footer-published = Zverejnené pomocou nástroja privsite.
policy-navigation = Tieto zásady
nav-current = Platné zásady
nav-history = História verzií
nav-processors = Príjemcovia

## Oznámenia
notice-past-title = Staršia verzia.
notice-past = Táto verzia platila od { $from } do { $until } vrátane.
notice-read-current = Prečítajte si platnú verziu.
notice-upcoming-title = Budúca verzia.
notice-upcoming = Táto verzia nadobúda účinnosť dňa { $date }. Dovtedy platí súčasná verzia.
notice-new-version-title = Pripravuje sa nová verzia.
notice-new-version = Aktualizované zásady nadobúdajú účinnosť dňa { $date }.
notice-read-upcoming = Prečítajte si novú verziu.
notice-stale-title = Tento preklad nie je aktuálny.
notice-stale = Od { $since } sa pôvodná verzia (jazyk: { $reference }) zmenila a tento preklad ešte nebol aktualizovaný.
notice-read-reference = Prečítajte si pôvodnú verziu (jazyk: { $reference }).
no-revision-in-force = Zatiaľ neplatí žiadna verzia týchto zásad.

## Zásady
in-force-from = Platí od { $date }
takes-effect = Účinnosť od { $date }
all-versions = Všetky verzie
what-changed = Čo sa zmenilo
contents = Obsah
purposes-heading = Účely a právne základy spracúvania
processors-heading = Príjemcovia osobných údajov
processors-caption = Sprostredkovatelia a ďalší príjemcovia osobných údajov od prevádzkovateľa { $company }
processors-more = Príjemcovia v priebehu času
legal-basis-label = { $count ->
    [one] Právny základ:
    [few] Právne základy:
    [many] Právne základy:
   *[other] Právne základy:
}
legitimate-interest-label = Sledovaný oprávnený záujem:
version-footer = Toto je verzia platná od { $date }.
permalink = Trvalý odkaz na túto verziu

## Prevádzkovateľ
controller-heading = Prevádzkovateľ
controller-name = Názov
controller-org-number = IČO
controller-address = Adresa
controller-email = E-mail
controller-phone = Telefón
controller-website = Webové sídlo
controller-dpo = Zodpovedná osoba
controller-authority = Dozorný orgán
not-stated = V týchto zásadách sa neuvádza

## Tabuľka sprostredkovateľov
processor-name = Príjemca
processor-purpose = Účel
processor-data = Osobné údaje
processor-since = Od
processor-removed-on = Neuvádza sa od
processor-headquarters = Sídlo: { $country }
outside-eea = mimo EHP
safeguard-missing = Neuvádza sa

## História
history-title = História verzií
history-intro = { $count ->
    [one] Tieto zásady majú jednu verziu.
    [few] Tieto zásady majú { $count } verzie, od najnovšej.
    [many] Tieto zásady majú { $count } verzie, od najnovšej.
   *[other] Tieto zásady majú { $count } verzií, od najnovšej.
}
status-current = Platná
status-past = Staršia verzia
status-upcoming = Budúca

## Stránka o sprostredkovateľoch
processors-title = Príjemcovia osobných údajov
processors-intro = { $count ->
    [0] Verzia platná od { $date } nevymenúva žiadnych príjemcov.
    [one] Verzia platná od { $date } uvádza jedného príjemcu osobných údajov.
    [few] Verzia platná od { $date } uvádza { $count } príjemcov osobných údajov.
    [many] Verzia platná od { $date } uvádza { $count } príjemcu osobných údajov.
   *[other] Verzia platná od { $date } uvádza { $count } príjemcov osobných údajov.
}
processors-upcoming-heading = Pripravované zmeny
processors-removed-heading = Príjemcovia, ktorí sa už neuvádzajú
processors-removed-caption = Príjemcovia, ktorých uvádzali staršie verzie, ale platná verzia ich neuvádza

## Stránky webu
index-intro = Zásady ochrany osobných údajov, každé s verziami, ktoré má toto webové sídlo k dispozícii.
company-choose-language = Vyberte jazyk:
not-found-title = Stránka sa nenašla
not-found-text = Na tejto adrese sa nenachádza žiadna stránka. Zásady mohli byť presunuté alebo je odkaz chybný.
not-found-home = Prejsť na všetky zásady ochrany osobných údajov

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Miesto spracúvania a záruka
location-within-eea = V rámci EHP
region-eu = Európska únia
region-eea = Európsky hospodársky priestor
processor-formerly = Predtým: { $names }
processor-since-date = Od { $date }
group-purpose = Účel: { $purpose }
# Čl. 4 bod 8 a čl. 28 GDPR: „sprostredkovateľ“
role-processor = Sprostredkovateľ
# Čl. 4 bod 7 GDPR: „prevádzkovateľ“; tu taký, ktorý sám určuje účely a prostriedky
role-controller = Samostatný prevádzkovateľ
# Čl. 26 GDPR: „spoloční prevádzkovatelia“
role-joint-controller = Spoločný prevádzkovateľ
# Čl. 4 bod 19 GDPR: „skupina podnikov“
role-affiliate = Podnik z tej istej skupiny podnikov
processors-in-prose = Verzia platná od { $date } opisuje príjemcov v texte, nie v tabuľke:
translation-notice-title = Preklad.
translation-notice = Tento text je preklad vyhotovený pre toto webové sídlo; spoločnosť zverejnila pôvodný text. Pôvodný jazyk: { $language }.
translation-read-original = Prečítať originál ({ $language }).
print-address = Trvalá adresa tejto verzie:
print-address-page = Adresa tejto stránky:

## The site's voice, apart from the company's.
translation-notice-company = Tento text je vlastný preklad spoločnosti. Pôvodný jazyk: { $language }.
archived-notice-title = Archivovaná kópia.
archived-notice = Toto je text v podobe, v akej bol zverejnený { $date }, uchovaný ako záznam. Netvrdí sa, že dnes platí.
status-archived = Archivovaná kópia
date-note-label = Dátum zvolený týmto webovým sídlom:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Opravené po zverejnení:
summary-by-site = Zhrnutie napísané pre toto webové sídlo:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Nadpisy a popisy na tejto stránke sú v angličtine: do jazyka týchto zásad ešte neboli preložené.
