### Vaiketeema kasutajaliidese tekstid: eesti keel.
### Veebisait võib iga teate asendada oma failides locales/et/*.ftl. Seal saab määrata ka
### `site-title`, et tõlkida site.toml-is antud pealkiri.
### Kuupäevad, kuude nimetused ja keelte nimetused tulevad Unicode CLDR-ist.
### Kuupäev on nimetavas käändes („25. mai 2018“), seepärast eelneb sellele „kuupäeval“,
### „alates kuupäevast“ või koolon, mitte käändelõpp.

## Kuupäevad: Unicode CLDR-ist (siin teateid ei ole)

## Lehe raam
skip-to-content = Mine sisu juurde
language-switcher = Keel
footer-published = Avaldatud privsite’iga.
policy-navigation = See privaatsuspoliitika
nav-current = Kehtiv privaatsuspoliitika
nav-history = Versioonide ajalugu
nav-processors = Vastuvõtjad

## Teated
notice-past-title = Varasem versioon.
notice-past = See versioon kehtis ajavahemikul { $from } – { $until } (kaasa arvatud).
notice-read-current = Loe kehtivat versiooni.
notice-upcoming-title = Tulevane versioon.
notice-upcoming = See versioon jõustub kuupäeval { $date }. Seni kehtib praegune versioon.
notice-new-version-title = Tulemas on uus versioon.
notice-new-version = Uuendatud privaatsuspoliitika jõustub kuupäeval { $date }.
notice-read-upcoming = Loe uut versiooni.
notice-stale-title = See tõlge ei ole ajakohane.
notice-stale = Versiooni { $reference } keeles on alates kuupäevast { $since } muudetud, kuid seda tõlget ei ole veel ajakohastatud.
notice-read-reference = Loe versiooni { $reference } keeles.
no-revision-in-force = Selle privaatsuspoliitika ükski versioon ei ole veel jõus.

## Privaatsuspoliitika
in-force-from = Kehtib alates kuupäevast { $date }
takes-effect = Jõustumise kuupäev: { $date }
all-versions = Kõik versioonid
what-changed = Mis muutus
contents = Sisukord
purposes-heading = Eesmärgid ja õiguslikud alused
processors-heading = Isikuandmete vastuvõtjad
processors-caption = { $company }: volitatud töötlejad ja muud isikuandmete vastuvõtjad
processors-more = Vastuvõtjad aja jooksul
legal-basis-label = { $count ->
    [one] Õiguslik alus:
   *[other] Õiguslikud alused:
}
legitimate-interest-label = Taotletav õigustatud huvi:
version-footer = See on versioon, mis kehtib alates kuupäevast { $date }.
permalink = Püsilink sellele versioonile

## Vastutav töötleja
controller-heading = Vastutav töötleja
controller-name = Nimi
controller-org-number = Registrikood
controller-address = Aadress
controller-email = E-post
controller-phone = Telefon
controller-website = Veebisait
controller-dpo = Andmekaitseametnik
controller-authority = Järelevalveasutus
not-stated = Selles privaatsuspoliitikas ei ole märgitud

## Vastuvõtjate tabel
processor-name = Vastuvõtja
processor-purpose = Eesmärk
processor-data = Isikuandmed
processor-since = Alates
processor-removed-on = Ei ole loetletud alates
processor-headquarters = Asukoht: { $country }
outside-eea = väljaspool EMP-d
safeguard-missing = Ei ole märgitud

## Ajalugu
history-title = Versioonide ajalugu
history-intro = { $count ->
    [one] Sellel privaatsuspoliitikal on üks versioon.
   *[other] Sellel privaatsuspoliitikal on { $count } versiooni, uusim eespool.
}
status-current = Kehtiv
status-past = Varasem versioon
status-upcoming = Tulevane

## Volitatud töötlejate leht
processors-title = Isikuandmete vastuvõtjad
processors-intro = { $count ->
    [0] Alates kuupäevast { $date } kehtiv versioon ei loetle ühtegi vastuvõtjat.
    [one] Alates kuupäevast { $date } kehtiv versioon nimetab ühe isikuandmete vastuvõtja.
   *[other] Alates kuupäevast { $date } kehtiv versioon nimetab { $count } isikuandmete vastuvõtjat.
}
processors-upcoming-heading = Eelseisvad muudatused
processors-removed-heading = Vastuvõtjad, keda enam ei loetleta
processors-removed-caption = Vastuvõtjad, keda nimetasid varasemad versioonid, kuid kehtiv versioon ei nimeta

## Saidi lehed
index-intro = Privaatsuspoliitikad koos versioonidega, mis sellel saidil on olemas.
company-choose-language = Vali keel:
not-found-title = Lehte ei leitud
not-found-text = Sellel aadressil ei ole lehte. Privaatsuspoliitika võib olla teise kohta viidud või on lingis trükiviga.
not-found-home = Kõik privaatsuspoliitikad

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Töötlemise koht ja kaitsemeede
location-within-eea = EMP-s
region-eu = Euroopa Liit
region-eea = Euroopa Majanduspiirkond
processor-formerly = Varem: { $names }
processor-since-date = Alates kuupäevast { $date }
group-purpose = Eesmärk: { $purpose }
# IKÜM art 4 punkt 8 ja art 28: „volitatud töötleja“
role-processor = Volitatud töötleja
# IKÜM art 4 punkt 7: „vastutav töötleja“; siin selline, kes üksi määrab eesmärgid ja vahendid
role-controller = Iseseisev vastutav töötleja
# IKÜM art 26: „kaasvastutavad töötlejad“
role-joint-controller = Kaasvastutav töötleja
# IKÜM art 4 punkt 19: „kontsern“
role-affiliate = Sama kontserni ettevõtja
processors-in-prose = Alates kuupäevast { $date } kehtiv versioon kirjeldab vastuvõtjaid tekstis, mitte tabelis:
translation-notice-title = Tõlge.
translation-notice = See tekst on selle saidi jaoks tehtud tõlge. Originaali keel: { $language }; selles keeles teksti avaldas ettevõte.
translation-read-original = Loe originaali ({ $language }).
print-address = Selle versiooni püsiaadress:
print-address-page = Selle lehe aadress:

## The site's voice, apart from the company's.
translation-notice-company = See tekst on ettevõtte enda tõlge. Originaali keel: { $language }.
archived-notice-title = Arhiivikoopia.
archived-notice = See on tekst sellisena, nagu see avaldati kuupäeval { $date }, säilitatud dokumendina. Ei väideta, et see kehtib täna.
status-archived = Arhiivikoopia
date-note-label = Selle saidi valitud kuupäev:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Parandatud pärast avaldamist:
summary-by-site = Selle saidi jaoks kirjutatud kokkuvõte:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Selle lehe pealkirjad ja sildid on inglise keeles: neid ei ole veel selle põhimõtete dokumendi keelde tõlgitud.
