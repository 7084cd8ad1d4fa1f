### Besedila vmesnika privzete teme: slovenščina.
### Spletno mesto lahko katero koli besedilo nadomesti v lastnih datotekah locales/sl/*.ftl.
### Če tam določite `site-title`, se prevede naslov iz datoteke site.toml.

## Datumi: zapis, imena mesecev in ime jezika so iz Unicode CLDR (ICU4X)

## Okvir strani
skip-to-content = Preskoči na vsebino
language-switcher = Jezik
footer-published = Objavljeno z orodjem privsite.
policy-navigation = Ta politika
nav-current = Veljavna politika
nav-history = Zgodovina različic
nav-processors = Uporabniki

## Obvestila
notice-past-title = Prejšnja različica.
notice-past = Ta različica je veljala v obdobju { $from } – { $until } (vključno).
notice-read-current = Preberite veljavno različico.
notice-upcoming-title = Prihodnja različica.
notice-upcoming = Ta različica začne veljati na dan { $date }. Do takrat velja sedanja različica.
notice-new-version-title = Prihaja nova različica.
notice-new-version = Posodobljena politika začne veljati na dan { $date }.
notice-read-upcoming = Preberite novo različico.
notice-stale-title = Ta prevod ni posodobljen.
notice-stale = Izvirna različica (jezik: { $reference }) je bila spremenjena (datum spremembe: { $since }), ta prevod pa še ni bil posodobljen.
notice-read-reference = Preberite izvirno različico (jezik: { $reference }).
no-revision-in-force = Nobena različica te politike še ne velja.

## Politika
in-force-from = Začetek veljavnosti: { $date }
takes-effect = Začne veljati na dan { $date }
all-versions = Vse različice
what-changed = Kaj se je spremenilo
contents = Vsebina
purposes-heading = Nameni in pravne podlage
processors-heading = Uporabniki osebnih podatkov
processors-caption = Obdelovalci in drugi uporabniki osebnih podatkov, ki jih posreduje { $company }
processors-more = Uporabniki skozi čas
legal-basis-label = { $count ->
    [one] Pravna podlaga:
    [two] Pravni podlagi:
    [few] Pravne podlage:
   *[other] Pravne podlage:
}
legitimate-interest-label = Zakoniti interes, za katerega si prizadevamo:
version-footer = To je različica, ki je začela veljati na dan { $date }.
permalink = Stalna povezava do te različice

## Upravljavec
controller-heading = Upravljavec
controller-name = Ime
controller-org-number = Matična številka
controller-address = Naslov
controller-email = E-pošta
controller-phone = Telefon
controller-website = Spletno mesto
controller-dpo = Pooblaščena oseba za varstvo podatkov
controller-authority = Nadzorni organ
not-stated = V tej politiki ni navedeno

## Preglednica obdelovalcev
processor-name = Uporabnik
processor-purpose = Namen
processor-data = Osebni podatki
processor-since = Od
processor-removed-on = Ni več naveden od
processor-headquarters = Sedež: { $country }
outside-eea = zunaj EGP
safeguard-missing = Ni naveden

## Zgodovina
history-title = Zgodovina različic
history-intro = { $count ->
    [1] Ta politika ima { $count } različico.
    [one] Ta politika ima { $count } različico, najnovejša je prva.
    [two] Ta politika ima { $count } različici, najnovejša je prva.
    [few] Ta politika ima { $count } različice, najnovejša je prva.
   *[other] Ta politika ima { $count } različic, najnovejša je prva.
}
status-current = Velja
status-past = Prejšnja različica
status-upcoming = Prihodnja

## Stran o obdelovalcih
processors-title = Uporabniki osebnih podatkov
processors-intro = { $count ->
    [0] Različica, ki je začela veljati na dan { $date }, ne našteva nobenega uporabnika.
    [one] Različica, ki je začela veljati na dan { $date }, navaja { $count } uporabnika osebnih podatkov.
    [two] Različica, ki je začela veljati na dan { $date }, navaja { $count } uporabnika osebnih podatkov.
    [few] Različica, ki je začela veljati na dan { $date }, navaja { $count } uporabnike osebnih podatkov.
   *[other] Različica, ki je začela veljati na dan { $date }, navaja { $count } uporabnikov osebnih podatkov.
}
processors-upcoming-heading = Prihodnje spremembe
processors-removed-heading = Uporabniki, ki niso več navedeni
processors-removed-caption = Uporabniki, ki so jih navajale prejšnje različice, veljavna različica pa ne

## Strani spletnega mesta
index-intro = Politike zasebnosti, vsaka z različicami, ki jih hrani to spletno mesto.
company-choose-language = Izberite jezik:
not-found-title = Strani ni mogoče najti
not-found-text = Na tem naslovu ni nobene strani. Politika je bila morda premaknjena ali pa je povezava napačno zapisana.
not-found-home = Na seznam vseh politik zasebnosti

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Kraj obdelave in zaščitni ukrep
location-within-eea = Znotraj EGP
region-eu = Evropska unija
region-eea = Evropski gospodarski prostor
processor-formerly = Prej: { $names }
processor-since-date = Od { $date }
group-purpose = Namen: { $purpose }
# GDPR, točka 8 člena 4 in člen 28: „obdelovalec“
role-processor = Obdelovalec
# GDPR, točka 7 člena 4: „upravljavec“; tu tisti, ki sam določa namene in sredstva
role-controller = Samostojni upravljavec
# GDPR, člen 26: „skupni upravljavci“
role-joint-controller = Skupni upravljavec
# GDPR, točka 19 člena 4: „skupina podjetij“
role-affiliate = Podjetje iz iste skupine podjetij
processors-in-prose = Različica, ki je začela veljati na dan { $date }, uporabnike opisuje v besedilu in ne v tabeli:
translation-notice-title = Prevod.
translation-notice = To besedilo je prevod, pripravljen za to spletno mesto; podjetje je objavilo izvirno besedilo. Izvirni jezik: { $language }.
translation-read-original = Preberite izvirnik ({ $language }).
print-address = Stalni naslov te različice:
print-address-page = Naslov te strani:

## The site's voice, apart from the company's.
translation-notice-company = To besedilo je lasten prevod podjetja. Izvirni jezik: { $language }.
archived-notice-title = Arhivska kopija.
archived-notice = To je besedilo, kot je bilo objavljeno dne { $date }, shranjeno kot zapis. Ne trdimo, da danes velja.
status-archived = Arhivska kopija
date-note-label = Datum, ki ga je izbralo to spletno mesto:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Popravljeno po objavi:
summary-by-site = Povzetek, napisan za to spletno mesto:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Naslovi in oznake na tej strani so v angleščini: v jezik tega pravilnika še niso prevedeni.
