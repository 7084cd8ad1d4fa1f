### Texty rozhraní výchozího motivu: čeština.
### Web může kteroukoli zprávu nahradit ve vlastních souborech locales/cs/*.ftl. Tam lze
### definovat `site-title` a přeložit tak název ze site.toml.
### Data, názvy měsíců a názvy jazyků pocházejí z Unicode CLDR.

## Data: z Unicode CLDR (zde žádné zprávy)

## Rámec stránky
skip-to-content = Přejít k obsahu
language-switcher = Jazyk
footer-published = Zveřejněno pomocí privsite.
policy-navigation = Tyto zásady
nav-current = Platné zásady
nav-history = Historie verzí
nav-processors = Příjemci

## Upozornění
notice-past-title = Dřívější verze.
notice-past = Tato verze platila od { $from } do { $until } včetně.
notice-read-current = Přečtěte si platnou verzi.
notice-upcoming-title = Připravovaná verze.
notice-upcoming = Tato verze nabývá účinnosti dne { $date }. Do té doby platí stávající verze.
notice-new-version-title = Připravuje se nová verze.
notice-new-version = Aktualizované zásady nabývají účinnosti dne { $date }.
notice-read-upcoming = Přečtěte si novou verzi.
notice-stale-title = Tento překlad není aktuální.
notice-stale = Referenční jazyková verze ({ $reference }) se od { $since } změnila a tento překlad zatím nebyl aktualizován.
notice-read-reference = Přečtěte si referenční jazykovou verzi ({ $reference }).
no-revision-in-force = Zatím neplatí žádná verze těchto zásad.

## Zásady
in-force-from = Platí od { $date }
takes-effect = Nabývá účinnosti dne { $date }
all-versions = Všechny verze
what-changed = Co se změnilo
contents = Obsah
purposes-heading = Účely a právní základy
processors-heading = Příjemci osobních údajů
processors-caption = { $company }: zpracovatelé a další příjemci osobních údajů
processors-more = Příjemci v průběhu času
legal-basis-label = { $count ->
    [one] Právní základ:
    [few] Právní základy:
    [many] Právní základy:
   *[other] Právní základy:
}
legitimate-interest-label = Sledovaný oprávněný zájem:
version-footer = Toto je verze platná od { $date }.
permalink = Trvalý odkaz na tuto verzi

## Správce
controller-heading = Správce
controller-name = Název
controller-org-number = Identifikační číslo
controller-address = Adresa
controller-email = E-mail
controller-phone = Telefon
controller-website = Webové stránky
controller-dpo = Pověřenec pro ochranu osobních údajů
controller-authority = Dozorový úřad
not-stated = V těchto zásadách neuvedeno

## Tabulka příjemců
processor-name = Příjemce
processor-purpose = Účel
processor-data = Osobní údaje
processor-since = Od
processor-removed-on = Neuveden ode dne
processor-headquarters = Sídlo: { $country }
outside-eea = mimo EHP
safeguard-missing = Neuvedena

## Historie
history-title = Historie verzí
history-intro = { $count ->
    [one] Tyto zásady mají jednu verzi.
    [few] Tyto zásady mají { $count } verze, od nejnovější.
    [many] Tyto zásady mají { $count } verze, od nejnovější.
   *[other] Tyto zásady mají { $count } verzí, od nejnovější.
}
status-current = Platná
status-past = Dřívější verze
status-upcoming = Připravovaná

## Stránka zpracovatelů
processors-title = Příjemci osobních údajů
processors-intro = { $count ->
    [0] Verze platná od { $date } nevyjmenovává žádné příjemce.
    [one] Verze platná od { $date } uvádí jednoho příjemce osobních údajů.
    [few] Verze platná od { $date } uvádí { $count } příjemce osobních údajů.
    [many] Verze platná od { $date } uvádí { $count } příjemce osobních údajů.
   *[other] Verze platná od { $date } uvádí { $count } příjemců osobních údajů.
}
processors-upcoming-heading = Připravované změny
processors-removed-heading = Příjemci, kteří již nejsou uvedeni
processors-removed-caption = Příjemci, které uváděly dřívější verze, ale platná verze je neuvádí

## Stránky webu
index-intro = Zásady ochrany osobních údajů, každé s verzemi, které má tento web k dispozici.
company-choose-language = Zvolte jazyk:
not-found-title = Stránka nenalezena
not-found-text = Na této adrese žádná stránka není. Zásady se mohly přesunout, nebo je v odkazu překlep.
not-found-home = Přejít na všechny zásady ochrany osobních údajů

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Místo zpracování a záruka
location-within-eea = V rámci EHP
region-eu = Evropská unie
region-eea = Evropský hospodářský prostor
processor-formerly = Dříve: { $names }
processor-since-date = Od { $date }
group-purpose = Účel: { $purpose }
# Čl. 4 bod 8 a čl. 28 GDPR: „zpracovatel“
role-processor = Zpracovatel
# Čl. 4 bod 7 GDPR: „správce“; zde takový, který sám určuje účely a prostředky
role-controller = Samostatný správce
# Čl. 26 GDPR: „společní správci“
role-joint-controller = Společný správce
# Čl. 4 bod 19 GDPR: „skupina podniků“
role-affiliate = Podnik ze stejné skupiny podniků
processors-in-prose = Verze platná od { $date } popisuje příjemce v textu, nikoli v tabulce:
translation-notice-title = Překlad.
translation-notice = Tento text je překlad pořízený pro tento web. Původní jazyk: { $language }; text v tomto jazyce zveřejnila společnost.
translation-read-original = Přečíst originál ({ $language }).
print-address = Trvalá adresa této verze:
print-address-page = Adresa této stránky:

## The site's voice, apart from the company's.
translation-notice-company = Tento text je vlastní překlad společnosti. Původní jazyk: { $language }.
archived-notice-title = Archivní kopie.
archived-notice = Toto je text v podobě, v jaké byl zveřejněn dne { $date }, uchovaný jako záznam. Netvrdí se, že dnes platí.
status-archived = Archivní kopie
date-note-label = Datum zvolené tímto webem:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Opraveno po zveřejnění:
summary-by-site = Shrnutí napsané pro tento web:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Nadpisy a popisky na této stránce jsou v angličtině: do jazyka těchto zásad zatím nebyly přeloženy.
