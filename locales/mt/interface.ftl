### Messaġġi tal-interfaċċja tat-tema awtomatika: Malti.
### Sit jista’ jibdel kwalunkwe messaġġ fil-fajls tiegħu stess locales/mt/*.ftl. Iddefinixxi
### `site-title` hemmhekk biex tittraduċi t-titlu minn site.toml.

## Dati: il-format, l-ismijiet tax-xhur u l-isem tal-lingwa ġejjin minn Unicode CLDR (ICU4X).
## Id-dati ta’ CLDR jiġu mingħajr artiklu ("25 ta’ Mejju 2018"), għalhekk jintużaw wara "data:".

## Qafas tal-paġna
skip-to-content = Aqbeż għall-kontenut
language-switcher = Lingwa
footer-published = Ippubblikat bi privsite.
policy-navigation = Din il-politika
nav-current = Il-politika fis-seħħ
nav-history = L-istorja tal-verżjonijiet
nav-processors = Riċevituri

## Avviżi
notice-past-title = Verżjoni preċedenti.
notice-past = Din il-verżjoni kienet fis-seħħ għall-perjodu { $from } – { $until } (inkluż).
notice-read-current = Aqra l-verżjoni fis-seħħ.
notice-upcoming-title = Verżjoni li ġejja.
notice-upcoming = Data tad-dħul fis-seħħ ta’ din il-verżjoni: { $date }. Sa dakinhar tapplika l-verżjoni attwali.
notice-new-version-title = Ġejja verżjoni ġdida.
notice-new-version = Se tidħol fis-seħħ politika aġġornata (data: { $date }).
notice-read-upcoming = Aqra l-verżjoni l-ġdida.
notice-stale-title = Din it-traduzzjoni mhijiex aġġornata.
notice-stale = Il-verżjoni oriġinali ({ $reference }) inbidlet (data tal-bidla: { $since }), iżda din it-traduzzjoni għadha ma ġietx aġġornata.
notice-read-reference = Aqra l-verżjoni oriġinali ({ $reference }).
no-revision-in-force = L-ebda verżjoni ta’ din il-politika għadha mhi fis-seħħ.

## Il-politika
in-force-from = Data tad-dħul fis-seħħ: { $date }
takes-effect = Tidħol fis-seħħ: { $date }
all-versions = Il-verżjonijiet kollha
what-changed = X’inbidel
contents = Werrej
purposes-heading = Skopijiet u bażijiet legali
processors-heading = Riċevituri tad-data personali
processors-caption = Proċessuri u riċevituri oħra tad-data personali minn { $company }
processors-more = Ir-riċevituri matul iż-żmien
legal-basis-label = { $count ->
    [one] Bażi legali:
    [two] Bażijiet legali:
    [few] Bażijiet legali:
    [many] Bażijiet legali:
   *[other] Bażijiet legali:
}
legitimate-interest-label = Interess leġittimu segwit:
version-footer = Din hija l-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }).
permalink = Link permanenti għal din il-verżjoni

## Kontrollur
controller-heading = Kontrollur
controller-name = Isem
controller-org-number = Numru tar-reġistrazzjoni
controller-address = Indirizz
controller-email = Posta elettronika
controller-phone = Telefon
controller-website = Sit web
controller-dpo = Uffiċjal tal-protezzjoni tad-data
controller-authority = Awtorità superviżorja
not-stated = Mhux imsemmi f’din il-politika

## Tabella tal-proċessuri
processor-name = Riċevitur
processor-purpose = Skop
processor-data = Data personali
processor-since = Minn
processor-removed-on = Mhux elenkat minn
processor-headquarters = Pajjiż tal-istabbiliment: { $country }
outside-eea = barra miż-ŻEE
safeguard-missing = Xejn imsemmi

## Storja
history-title = L-istorja tal-verżjonijiet
history-intro = { $count ->
    [one] Din il-politika għandha verżjoni waħda.
    [two] Din il-politika għandha { $count } verżjonijiet, l-aktar reċenti l-ewwel.
    [few] Din il-politika għandha { $count } verżjonijiet, l-aktar reċenti l-ewwel.
    [many] Din il-politika għandha { $count } verżjoni, l-aktar reċenti l-ewwel.
   *[other] Din il-politika għandha { $count } verżjoni, l-aktar reċenti l-ewwel.
}
status-current = Fis-seħħ
status-past = Verżjoni preċedenti
status-upcoming = Li ġejja

## Paġna tal-proċessuri
processors-title = Riċevituri tad-data personali
processors-intro = { $count ->
    [0] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) ma telenka l-ebda riċevitur.
    [one] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) issemmi riċevitur wieħed tad-data personali.
    [two] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) issemmi { $count } riċevituri tad-data personali.
    [few] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) issemmi { $count } riċevituri tad-data personali.
    [many] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) issemmi { $count } riċevitur tad-data personali.
   *[other] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) issemmi { $count } riċevitur tad-data personali.
}
processors-upcoming-heading = Bidliet li ġejjin
processors-removed-heading = Riċevituri li m’għadhomx elenkati
processors-removed-caption = Riċevituri msemmija f’verżjonijiet preċedenti u mhux fil-verżjoni fis-seħħ

## Paġni tas-sit
index-intro = Politiki tal-privatezza, kull waħda bil-verżjonijiet li jżomm dan is-sit.
company-choose-language = Agħżel lingwa:
not-found-title = Il-paġna ma nstabitx
not-found-text = M’hemm l-ebda paġna f’dan l-indirizz. Il-politika setgħet ġiet imċaqalqa, jew il-link jista’ jkun miktub ħażin.
not-found-home = Mur għall-politiki tal-privatezza kollha

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Post tal-ipproċessar u salvagwardja
location-within-eea = Fiż-ŻEE
region-eu = L-Unjoni Ewropea
region-eea = Iż-Żona Ekonomika Ewropea
processor-formerly = Qabel: { $names }
processor-since-date = Minn { $date }
group-purpose = Skop: { $purpose }
# GDPR, l-Artikolu 4(8) u l-Artikolu 28: “proċessur”
role-processor = Proċessur
# GDPR, l-Artikolu 4(7): “kontrollur”; hawn wieħed li jiddetermina waħdu l-għanijiet u l-mezzi
role-controller = Kontrollur indipendenti
# GDPR, l-Artikolu 26: “kontrolluri konġunti”
role-joint-controller = Kontrollur konġunt
# GDPR, l-Artikolu 4(19): “grupp ta’ impriżi”
role-affiliate = Impriża tal-istess grupp ta’ impriżi
processors-in-prose = Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) tiddeskrivi r-riċevituri tagħha bil-kliem minflok f’tabella:
translation-notice-title = Traduzzjoni.
translation-notice = Dan it-test huwa traduzzjoni magħmula għal dan is-sit; il-kumpanija ppubblikat it-test oriġinali. Lingwa oriġinali: { $language }.
translation-read-original = Aqra l-oriġinal ({ $language }).
print-address = Indirizz permanenti ta’ din il-verżjoni:
print-address-page = Indirizz ta’ din il-paġna:

## The site's voice, apart from the company's.
translation-notice-company = Dan it-test huwa t-traduzzjoni tal-kumpanija nfisha. Lingwa oriġinali: { $language }.
archived-notice-title = Kopja arkivjata.
archived-notice = Dan huwa t-test kif ġie ppubblikat, miżmum bħala rekord. Data tal-pubblikazzjoni: { $date }. Mhuwiex qed jingħad li huwa fis-seħħ illum.
status-archived = Kopja arkivjata
date-note-label = Data magħżula minn dan is-sit:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Korrezzjoni wara l-pubblikazzjoni:
summary-by-site = Sommarju miktub għal dan is-sit:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = It-titli u t-tikketti f’din il-paġna huma bl-Ingliż: għadhom ma ġewx tradotti fil-lingwa ta’ din il-politika.
