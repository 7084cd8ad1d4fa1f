### Noklusējuma motīva saskarnes teksti: latviešu valoda.
### Vietne var aizstāt jebkuru tekstu savos failos locales/lv/*.ftl. Ja tur definējat
### `site-title`, tiek tulkots nosaukums no faila site.toml.

## Datumi: formāts, mēnešu nosaukumi un valodas nosaukums tiek ņemti no Unicode CLDR (ICU4X).
## CLDR datumi ir nominatīvā ("2018. gada 25. maijs"), tāpēc teikumi veidoti ar "datums:".

## Lapas ietvars
skip-to-content = Pāriet uz saturu
language-switcher = Valoda
footer-published = Publicēts ar privsite.
policy-navigation = Šī politika
nav-current = Spēkā esošā politika
nav-history = Versiju vēsture
nav-processors = Saņēmēji

## Paziņojumi
notice-past-title = Iepriekšējā versija.
notice-past = Šī versija bija spēkā laikposmā { $from } – { $until } (ieskaitot).
notice-read-current = Lasīt spēkā esošo versiju.
notice-upcoming-title = Nākamā versija.
notice-upcoming = Šīs versijas spēkā stāšanās datums ir { $date }. Līdz tam ir spēkā pašreizējā versija.
notice-new-version-title = Drīzumā būs jauna versija.
notice-new-version = Atjauninātās politikas spēkā stāšanās datums ir { $date }.
notice-read-upcoming = Lasīt jauno versiju.
notice-stale-title = Šis tulkojums nav aktuāls.
notice-stale = Oriģinālā versija (valoda: { $reference }) ir mainīta (izmaiņu datums: { $since }), bet šis tulkojums vēl nav atjaunināts.
notice-read-reference = Lasīt oriģinālo versiju (valoda: { $reference }).
no-revision-in-force = Neviena šīs politikas versija vēl nav stājusies spēkā.

## Politika
in-force-from = Spēkā stāšanās datums: { $date }
takes-effect = Stāsies spēkā: { $date }
all-versions = Visas versijas
what-changed = Kas mainījies
contents = Saturs
purposes-heading = Nolūki un juridiskie pamati
processors-heading = Personas datu saņēmēji
processors-caption = Apstrādātāji un citi personas datu saņēmēji, kuriem datus nodod { $company }
processors-more = Saņēmēju vēsture
legal-basis-label = { $count ->
    [zero] Juridiskie pamati:
    [one] Juridiskais pamats:
   *[other] Juridiskie pamati:
}
legitimate-interest-label = Leģitīmās intereses, kuras tiek ievērotas:
version-footer = Šīs versijas spēkā stāšanās datums ir { $date }.
permalink = Pastāvīgā saite uz šo versiju

## Pārzinis
controller-heading = Pārzinis
controller-name = Nosaukums
controller-org-number = Reģistrācijas numurs
controller-address = Adrese
controller-email = E-pasts
controller-phone = Tālrunis
controller-website = Tīmekļvietne
controller-dpo = Datu aizsardzības speciālists
controller-authority = Uzraudzības iestāde
not-stated = Šajā politikā nav norādīts

## Apstrādātāju tabula
processor-name = Saņēmējs
processor-purpose = Nolūks
processor-data = Personas dati
processor-since = Kopš
processor-removed-on = Vairs nav norādīts kopš
processor-headquarters = Juridiskā adrese: { $country }
outside-eea = ārpus EEZ
safeguard-missing = Nav norādīta

## Vēsture
history-title = Versiju vēsture
history-intro = { $count ->
    [zero] Šai politikai ir { $count } versijas, sākot ar jaunāko.
    [1] Šai politikai ir { $count } versija.
    [one] Šai politikai ir { $count } versija, sākot ar jaunāko.
   *[other] Šai politikai ir { $count } versijas, sākot ar jaunāko.
}
status-current = Spēkā
status-past = Iepriekšējā versija
status-upcoming = Nākamā

## Apstrādātāju lapa
processors-title = Personas datu saņēmēji
processors-intro = { $count ->
    [0] Versijā, kuras spēkā stāšanās datums ir { $date }, nav uzskaitīts neviens saņēmējs.
    [zero] Versijā, kuras spēkā stāšanās datums ir { $date }, ir norādīti { $count } personas datu saņēmēji.
    [one] Versijā, kuras spēkā stāšanās datums ir { $date }, ir norādīts { $count } personas datu saņēmējs.
   *[other] Versijā, kuras spēkā stāšanās datums ir { $date }, ir norādīti { $count } personas datu saņēmēji.
}
processors-upcoming-heading = Gaidāmās izmaiņas
processors-removed-heading = Saņēmēji, kas vairs nav norādīti
processors-removed-caption = Saņēmēji, kas norādīti iepriekšējās versijās, bet nav norādīti spēkā esošajā versijā

## Vietnes lapas
index-intro = Privātuma politikas, katra ar versijām, kas glabājas šajā vietnē.
company-choose-language = Izvēlieties valodu:
not-found-title = Lapa nav atrasta
not-found-text = Šajā adresē nav nevienas lapas. Iespējams, politika ir pārvietota vai saitē ir kļūda.
not-found-home = Uz visām privātuma politikām

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Apstrādes vieta un garantija
location-within-eea = EEZ ietvaros
region-eu = Eiropas Savienība
region-eea = Eiropas Ekonomikas zona
processor-formerly = Agrāk: { $names }
processor-since-date = Kopš { $date }
group-purpose = Nolūks: { $purpose }
# VDAR 4. panta 8. punkts un 28. pants: "apstrādātājs"
role-processor = Apstrādātājs
# VDAR 4. panta 7. punkts: "pārzinis"; šeit tāds, kas pats nosaka nolūkus un līdzekļus
role-controller = Neatkarīgs pārzinis
# VDAR 26. pants: "kopīgi pārziņi"
role-joint-controller = Kopīgs pārzinis
# VDAR 4. panta 19. punkts: "uzņēmumu grupa"
role-affiliate = Tās pašas uzņēmumu grupas uzņēmums
processors-in-prose = Versijā, kuras spēkā stāšanās datums ir { $date }, saņēmēji aprakstīti tekstā, nevis tabulā:
translation-notice-title = Tulkojums.
translation-notice = Šis teksts ir tulkojums, kas sagatavots šai vietnei; uzņēmums publicēja oriģinālo tekstu. Oriģināla valoda: { $language }.
translation-read-original = Lasīt oriģinālu ({ $language }).
print-address = Šīs versijas pastāvīgā adrese:
print-address-page = Šīs lapas adrese:

## The site's voice, apart from the company's.
translation-notice-company = Šis teksts ir paša uzņēmuma tulkojums. Oriģināla valoda: { $language }.
archived-notice-title = Arhivēta kopija.
archived-notice = Šis ir teksts tādā veidā, kādā tas tika publicēts { $date }, saglabāts kā ieraksts. Netiek apgalvots, ka tas šodien ir spēkā.
status-archived = Arhivēta kopija
date-note-label = Šīs vietnes izvēlēts datums:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Labojums pēc publicēšanas:
summary-by-site = Šai vietnei rakstīts kopsavilkums:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Šīs lapas virsraksti un uzraksti ir angļu valodā: tie vēl nav tulkoti šīs politikas valodā.
