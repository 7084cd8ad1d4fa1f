### Mesajele interfeței temei implicite: română.
### Un site poate înlocui orice mesaj în propriile fișiere locales/ro/*.ftl. Definiți acolo
### `site-title` pentru a traduce titlul din site.toml.

## Date calendaristice: formatul, denumirile lunilor și numele limbii provin din Unicode CLDR (ICU4X)

## Cadrul paginii
skip-to-content = Salt la conținut
language-switcher = Limba
footer-published = Publicat cu privsite.
policy-navigation = Această politică
nav-current = Politica în vigoare
nav-history = Istoricul versiunilor
nav-processors = Destinatari

## Notificări
notice-past-title = Versiune anterioară.
notice-past = Această versiune a fost în vigoare de la { $from } până la { $until } inclusiv.
notice-read-current = Citiți versiunea în vigoare.
notice-upcoming-title = Versiune viitoare.
notice-upcoming = Această versiune intră în vigoare la data de { $date }. Până atunci se aplică versiunea actuală.
notice-new-version-title = Urmează o versiune nouă.
notice-new-version = O versiune actualizată a politicii intră în vigoare la data de { $date }.
notice-read-upcoming = Citiți noua versiune.
notice-stale-title = Această traducere nu este actualizată.
notice-stale = Din { $since }, versiunea în { $reference } a fost modificată, iar această traducere nu a fost încă actualizată.
notice-read-reference = Citiți versiunea în { $reference }.
no-revision-in-force = Nicio versiune a acestei politici nu este încă în vigoare.

## Politica
in-force-from = În vigoare de la { $date }
takes-effect = Intră în vigoare la data de { $date }
all-versions = Toate versiunile
what-changed = Ce s-a modificat
contents = Cuprins
purposes-heading = Scopuri și temeiuri juridice
processors-heading = Destinatarii datelor cu caracter personal
processors-caption = Persoane împuternicite de operator și alți destinatari ai datelor cu caracter personal comunicate de { $company }
processors-more = Destinatarii de-a lungul timpului
legal-basis-label = { $count ->
    [one] Temei juridic:
    [few] Temeiuri juridice:
   *[other] Temeiuri juridice:
}
legitimate-interest-label = Interesul legitim urmărit:
version-footer = Aceasta este versiunea în vigoare de la { $date }.
permalink = Link permanent către această versiune

## Operator
controller-heading = Operator
controller-name = Denumire
controller-org-number = Cod unic de înregistrare
controller-address = Adresă
controller-email = E-mail
controller-phone = Telefon
controller-website = Site web
controller-dpo = Responsabil cu protecția datelor
controller-authority = Autoritate de supraveghere
not-stated = Nu este precizat în această politică

## Tabelul persoanelor împuternicite
processor-name = Destinatar
processor-purpose = Scop
processor-data = Date cu caracter personal
processor-since = De la
processor-removed-on = Nu mai este menționat de la
processor-headquarters = Sediul: { $country }
outside-eea = în afara SEE
safeguard-missing = Nu este precizată

## Istoric
history-title = Istoricul versiunilor
history-intro = { $count ->
    [one] Această politică are o singură versiune.
    [few] Această politică are { $count } versiuni, începând cu cea mai recentă.
   *[other] Această politică are { $count } de versiuni, începând cu cea mai recentă.
}
status-current = În vigoare
status-past = Versiune anterioară
status-upcoming = Viitoare

## Pagina persoanelor împuternicite
processors-title = Destinatarii datelor cu caracter personal
processors-intro = { $count ->
    [0] Versiunea în vigoare de la { $date } nu enumeră niciun destinatar.
    [one] Versiunea în vigoare de la { $date } menționează un destinatar al datelor cu caracter personal.
    [few] Versiunea în vigoare de la { $date } menționează { $count } destinatari ai datelor cu caracter personal.
   *[other] Versiunea în vigoare de la { $date } menționează { $count } de destinatari ai datelor cu caracter personal.
}
processors-upcoming-heading = Modificări viitoare
processors-removed-heading = Destinatari care nu mai sunt menționați
processors-removed-caption = Destinatari menționați în versiunile anterioare, dar nu și în versiunea în vigoare

## Paginile site-ului
index-intro = Politici de confidențialitate, fiecare cu versiunile pe care le păstrează acest site.
company-choose-language = Alegeți o limbă:
not-found-title = Pagina nu a fost găsită
not-found-text = Nu există nicio pagină la această adresă. Este posibil ca politica să fi fost mutată sau ca linkul să conțină o greșeală.
not-found-home = Accesați toate politicile de confidențialitate

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Locul prelucrării și garanția
location-within-eea = În SEE
region-eu = Uniunea Europeană
region-eea = Spațiul Economic European
processor-formerly = Anterior: { $names }
processor-since-date = De la { $date }
group-purpose = Scop: { $purpose }
# RGPD art. 4 punctul 8 și art. 28: „persoană împuternicită de operator”
role-processor = Persoană împuternicită de operator
# RGPD art. 4 punctul 7: „operator”; aici unul care stabilește singur scopurile și mijloacele
role-controller = Operator independent
# RGPD art. 26: „operatori asociați”
role-joint-controller = Operator asociat
# RGPD art. 4 punctul 19: „grup de întreprinderi”
role-affiliate = Întreprindere din același grup de întreprinderi
processors-in-prose = Versiunea în vigoare de la { $date } își descrie destinatarii în text, nu într-un tabel:
translation-notice-title = Traducere.
translation-notice = Acest text este o traducere din limba { $language }, realizată pentru acest site; compania a publicat textul în limba { $language }.
translation-read-original = Citiți originalul ({ $language }).
print-address = Adresa permanentă a acestei versiuni:
print-address-page = Adresa acestei pagini:

## The site's voice, apart from the company's.
translation-notice-company = Acest text este traducerea realizată chiar de companie din limba { $language }.
archived-notice-title = Copie arhivată.
archived-notice = Acesta este textul așa cum a fost publicat la data de { $date }, păstrat ca evidență. Nu se afirmă că ar fi în vigoare astăzi.
status-archived = Copie arhivată
date-note-label = Dată aleasă de acest site:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Corectat după publicare:
summary-by-site = Rezumat scris pentru acest site:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Titlurile și etichetele acestei pagini sunt în engleză: nu au fost încă traduse în limba acestei politici.
