### Viðmótstextar sjálfgefins þema: íslenska.
### Vefur getur skipt út hvaða texta sem er í eigin skrám locales/is/*.ftl. Skilgreinið þar
### `site-title` til að þýða titilinn úr site.toml.

## Dagsetningar: snið, heiti mánaða og heiti tungumála koma úr Unicode CLDR (ICU4X)

## Rammi síðunnar
skip-to-content = Fara beint í efnið
language-switcher = Tungumál
footer-published = Birt með privsite.
policy-navigation = Þessi stefna
nav-current = Gildandi stefna
nav-history = Útgáfusaga
nav-processors = Viðtakendur

## Tilkynningar
notice-past-title = Eldri útgáfa.
notice-past = Þessi útgáfa gilti frá { $from } til og með { $until }.
notice-read-current = Lesa gildandi útgáfu.
notice-upcoming-title = Væntanleg útgáfa.
notice-upcoming = Þessi útgáfa tekur gildi { $date }. Fram að því gildir núverandi útgáfa.
notice-new-version-title = Ný útgáfa er væntanleg.
notice-new-version = Uppfærð stefna tekur gildi { $date }.
notice-read-upcoming = Lesa nýju útgáfuna.
notice-stale-title = Þessi þýðing er ekki uppfærð.
notice-stale = Frumútgáfunni ({ $reference }) hefur verið breytt síðan { $since } en þessi þýðing hefur ekki enn verið uppfærð.
notice-read-reference = Lesa frumútgáfuna ({ $reference }).
no-revision-in-force = Engin útgáfa þessarar stefnu hefur enn tekið gildi.

## Stefnan
in-force-from = Gildir frá { $date }
takes-effect = Tekur gildi { $date }
all-versions = Allar útgáfur
what-changed = Hverju var breytt
contents = Efnisyfirlit
purposes-heading = Tilgangur og heimildir vinnslu
processors-heading = Viðtakendur persónuupplýsinga
processors-caption = Vinnsluaðilar og aðrir viðtakendur persónuupplýsinga frá { $company }
processors-more = Viðtakendur í tímans rás
legal-basis-label = { $count ->
    [one] Heimild til vinnslu:
   *[other] Heimildir til vinnslu:
}
legitimate-interest-label = Lögmætir hagsmunir sem gætt er:
version-footer = Þetta er útgáfan sem gildir frá { $date }.
permalink = Varanlegur tengill á þessa útgáfu

## Ábyrgðaraðili
controller-heading = Ábyrgðaraðili
controller-name = Heiti
controller-org-number = Kennitala
controller-address = Heimilisfang
controller-email = Netfang
controller-phone = Sími
controller-website = Vefsíða
controller-dpo = Persónuverndarfulltrúi
controller-authority = Eftirlitsyfirvald
not-stated = Kemur ekki fram í þessari stefnu

## Tafla yfir vinnsluaðila
processor-name = Viðtakandi
processor-purpose = Tilgangur
processor-data = Persónuupplýsingar
processor-since = Frá
processor-removed-on = Ekki lengur tilgreindur frá
processor-headquarters = Höfuðstöðvar: { $country }
outside-eea = utan EES
safeguard-missing = Engin tilgreind

## Saga
history-title = Útgáfusaga
history-intro = { $count ->
    [1] Þessi stefna er til í { $count } útgáfu.
    [one] Þessi stefna er til í { $count } útgáfu, nýjasta fyrst.
   *[other] Þessi stefna er til í { $count } útgáfum, nýjasta fyrst.
}
status-current = Í gildi
status-past = Eldri útgáfa
status-upcoming = Væntanleg

## Síða um vinnsluaðila
processors-title = Viðtakendur persónuupplýsinga
processors-intro = { $count ->
    [0] Í útgáfunni sem gildir frá { $date } eru engir viðtakendur taldir upp.
    [one] Í útgáfunni sem gildir frá { $date } er { $count } viðtakandi persónuupplýsinga tilgreindur.
   *[other] Í útgáfunni sem gildir frá { $date } eru { $count } viðtakendur persónuupplýsinga tilgreindir.
}
processors-upcoming-heading = Væntanlegar breytingar
processors-removed-heading = Viðtakendur sem eru ekki lengur tilgreindir
processors-removed-caption = Viðtakendur sem eldri útgáfur tilgreindu en gildandi útgáfa tilgreinir ekki

## Síður vefsins
index-intro = Persónuverndarstefnur, hver með þeim útgáfum sem þessi vefur geymir.
company-choose-language = Veldu tungumál:
not-found-title = Síðan fannst ekki
not-found-text = Engin síða er á þessari vefslóð. Stefnan kann að hafa verið færð eða tengillinn rangt skrifaður.
not-found-home = Allar persónuverndarstefnur

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Vinnslustaður og heimild til miðlunar
location-within-eea = Innan EES
region-eu = Evrópusambandið
region-eea = Evrópska efnahagssvæðið
processor-formerly = Áður: { $names }
processor-since-date = Frá { $date }
group-purpose = Tilgangur: { $purpose }
# 8. liður 4. gr. og 28. gr. reglugerðar (ESB) 2016/679, sbr. lög nr. 90/2018: „vinnsluaðili“
role-processor = Vinnsluaðili
# 7. liður 4. gr. reglugerðarinnar: „ábyrgðaraðili“; hér sá sem einn ákveður tilgang og aðferðir
role-controller = Sjálfstæður ábyrgðaraðili
# 26. gr. reglugerðarinnar: „sameiginlegir ábyrgðaraðilar“
role-joint-controller = Sameiginlegur ábyrgðaraðili
# 19. liður 4. gr. reglugerðarinnar: „fyrirtækjasamstæða“
role-affiliate = Fyrirtæki í sömu fyrirtækjasamstæðu
processors-in-prose = Útgáfan sem gildir frá { $date } lýsir viðtakendum í texta en ekki í töflu:
translation-notice-title = Þýðing.
translation-notice = Þessi texti er þýðing sem gerð var fyrir þennan vef; fyrirtækið birti frumtextann. Frummál: { $language }.
translation-read-original = Lesa frumtextann ({ $language }).
print-address = Varanleg slóð þessarar útgáfu:
print-address-page = Slóð þessarar síðu:

## The site's voice, apart from the company's.
translation-notice-company = Þessi texti er eigin þýðing fyrirtækisins. Frummál: { $language }.
archived-notice-title = Geymt afrit.
archived-notice = Þetta er textinn eins og hann var birtur { $date }, varðveittur til heimildar. Ekki er fullyrt að hann gildi í dag.
status-archived = Geymt afrit
date-note-label = Dagsetning sem þessi vefur valdi:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Leiðrétt eftir birtingu:
summary-by-site = Samantekt skrifuð fyrir þennan vef:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Fyrirsagnir og merkingar á þessari síðu eru á ensku: þær hafa ekki enn verið þýddar á tungumál þessarar stefnu.
