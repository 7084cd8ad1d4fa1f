### Téacsanna comhéadain an téama réamhshocraithe: Gaeilge.
### Is féidir le suíomh aon teachtaireacht a athsholáthar ina chomhaid féin locales/ga/*.ftl.
### Sainmhínigh `site-title` ansin chun an teideal ó site.toml a aistriú.
### Is ó Unicode CLDR a thagann na dátaí, ainmneacha na míonna agus ainmneacha na dteangacha.
### Uimhreacha: “aon … amháin”, “dhá” + séimhiú, 3–6 + séimhiú, 7–10 + urú; do gach uimhir
### eile úsáidtear an fhoirm “…: { $count }” ionas nach mbeidh claochlú mícheart ann.

## Dátaí: ó Unicode CLDR (níl aon teachtaireacht anseo)

## Fráma an leathanaigh
skip-to-content = Léim go dtí an t-ábhar
language-switcher = Teanga
footer-published = Foilsithe le privsite.
policy-navigation = An beartas seo
nav-current = An beartas atá i bhfeidhm
nav-history = Stair na leaganacha
nav-processors = Faighteoirí

## Fógraí
notice-past-title = Leagan níos luaithe.
notice-past = Bhí an leagan seo i bhfeidhm ó { $from } go dtí { $until } san áireamh.
notice-read-current = Léigh an leagan atá i bhfeidhm.
notice-upcoming-title = Leagan atá le teacht.
notice-upcoming = Tiocfaidh an leagan seo i bhfeidhm an { $date }. Go dtí sin, is é an leagan reatha atá i bhfeidhm.
notice-new-version-title = Tá leagan nua le teacht.
notice-new-version = Tiocfaidh beartas nuashonraithe i bhfeidhm an { $date }.
notice-read-upcoming = Léigh an leagan nua.
notice-stale-title = Níl an t-aistriúchán seo cothrom le dáta.
notice-stale = Athraíodh an leagan tagartha ({ $reference }) ó { $since } i leith, agus níor nuashonraíodh an t-aistriúchán seo fós.
notice-read-reference = Léigh an leagan tagartha ({ $reference }).
no-revision-in-force = Níl aon leagan den bheartas seo i bhfeidhm fós.

## An beartas
in-force-from = I bhfeidhm ó { $date }
takes-effect = Teacht i bhfeidhm: { $date }
all-versions = Gach leagan
what-changed = Cad a d’athraigh
contents = Clár ábhair
purposes-heading = Cuspóirí agus bunúis dhlíthiúla
processors-heading = Faighteoirí sonraí pearsanta
processors-caption = { $company }: próiseálaithe agus faighteoirí eile sonraí pearsanta
processors-more = Faighteoirí le himeacht ama
legal-basis-label = { $count ->
    [one] Bunús dlíthiúil:
    [two] Bunúis dhlíthiúla:
    [few] Bunúis dhlíthiúla:
    [many] Bunúis dhlíthiúla:
   *[other] Bunúis dhlíthiúla:
}
legitimate-interest-label = An leas dlisteanach atá á shaothrú:
version-footer = Seo é an leagan atá i bhfeidhm ó { $date }.
permalink = Nasc buan chuig an leagan seo

## Rialaitheoir
controller-heading = Rialaitheoir
controller-name = Ainm
controller-org-number = Uimhir chláraithe
controller-address = Seoladh
controller-email = Ríomhphost
controller-phone = Teileafón
controller-website = Suíomh gréasáin
controller-dpo = Oifigeach cosanta sonraí
controller-authority = Údarás maoirseachta
not-stated = Níl sé sin luaite sa bheartas seo

## Tábla na bhfaighteoirí
processor-name = Faighteoir
processor-purpose = Cuspóir
processor-data = Sonraí pearsanta
processor-since = Ó
processor-removed-on = Gan liostú ó
processor-headquarters = Áit bhunaithe: { $country }
outside-eea = lasmuigh den LEE
safeguard-missing = Níl aon cheann luaite

## Stair
history-title = Stair na leaganacha
history-intro = { $count ->
    [one] Tá leagan amháin den bheartas seo ann.
    [two] Tá dhá leagan den bheartas seo ann, an ceann is nuaí ar dtús.
    [few] Tá { $count } leagan den bheartas seo ann, an ceann is nuaí ar dtús.
    [many] Tá { $count } leagan den bheartas seo ann, an ceann is nuaí ar dtús.
   *[other] Líon na leaganacha den bheartas seo: { $count }. Tá an ceann is nuaí ar dtús.
}
status-current = I bhfeidhm
status-past = Leagan níos luaithe
status-upcoming = Le teacht

## Leathanach na bpróiseálaithe
processors-title = Faighteoirí sonraí pearsanta
processors-intro = { $count ->
    [0] Ní liostaíonn an leagan atá i bhfeidhm ó { $date } aon fhaighteoir.
    [one] Ainmníonn an leagan atá i bhfeidhm ó { $date } faighteoir amháin sonraí pearsanta.
    [two] Ainmníonn an leagan atá i bhfeidhm ó { $date } dhá fhaighteoir sonraí pearsanta.
    [few] Ainmníonn an leagan atá i bhfeidhm ó { $date } { $count } fhaighteoir sonraí pearsanta.
    [many] Ainmníonn an leagan atá i bhfeidhm ó { $date } { $count } bhfaighteoir sonraí pearsanta.
   *[other] Líon na bhfaighteoirí sonraí pearsanta a ainmníonn an leagan atá i bhfeidhm ó { $date }: { $count }.
}
processors-upcoming-heading = Athruithe atá le teacht
processors-removed-heading = Faighteoirí nach bhfuil liostaithe a thuilleadh
processors-removed-caption = Faighteoirí a bhí ainmnithe i leaganacha níos luaithe agus nach bhfuil ainmnithe sa leagan atá i bhfeidhm

## Leathanaigh an tsuímh
index-intro = Beartais phríobháideachta, gach ceann acu leis na leaganacha atá ag an suíomh seo.
company-choose-language = Roghnaigh teanga:
not-found-title = Níor aimsíodh an leathanach
not-found-text = Níl aon leathanach ag an seoladh seo. B’fhéidir gur bogadh an beartas, nó go bhfuil botún cló sa nasc.
not-found-home = Chuig na beartais phríobháideachta go léir

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Áit phróiseála agus coimirce
location-within-eea = Laistigh den LEE
region-eu = An tAontas Eorpach
region-eea = An Limistéar Eorpach Eacnamaíoch
processor-formerly = Roimhe seo: { $names }
processor-since-date = Ó { $date }
group-purpose = Cuspóir: { $purpose }
# RGCS, Airteagal 4(8) agus Airteagal 28: “próiseálaí”
role-processor = Próiseálaí
# RGCS, Airteagal 4(7): “rialaitheoir”; anseo, rialaitheoir a chinneann na cuspóirí agus na modhanna ina aonar
role-controller = Rialaitheoir neamhspleách
# RGCS, Airteagal 26: “comhrialaitheoirí”
role-joint-controller = Comhrialaitheoir
# RGCS, Airteagal 4(19): “grúpa gnóthas”
role-affiliate = Gnóthas den ghrúpa gnóthas céanna
processors-in-prose = Déanann an leagan atá i bhfeidhm ó { $date } cur síos ar a fhaighteoirí i bhfocail seachas i dtábla:
translation-notice-title = Aistriúchán.
translation-notice = Is aistriúchán é an téacs seo a rinneadh don suíomh seo. Bunteanga: { $language }; d’fhoilsigh an chuideachta an téacs sa teanga sin.
translation-read-original = Léigh an bunleagan ({ $language }).
print-address = Seoladh buan an leagain seo:
print-address-page = Seoladh an leathanaigh seo:

## The site's voice, apart from the company's.
translation-notice-company = Is é an téacs seo aistriúchán na cuideachta féin. Bunteanga: { $language }.
archived-notice-title = Cóip chartlainne.
archived-notice = Seo é an téacs mar a foilsíodh é ar { $date }, coinnithe mar thaifead. Ní deirtear go bhfuil sé i bhfeidhm inniu.
status-archived = Cóip chartlainne
date-note-label = Dáta a roghnaigh an suíomh seo:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Ceartaithe tar éis foilsithe:
summary-by-site = Achoimre a scríobhadh don suíomh seo:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Tá na ceannteidil agus na lipéid ar an leathanach seo i mBéarla: níor aistríodh fós iad go teanga an bheartais seo.
