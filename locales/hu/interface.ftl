### Az alapértelmezett téma felületi szövegei: magyar.
### Egy webhely bármelyik üzenetet felülírhatja a saját locales/hu/*.ftl fájljaiban. Ott
### adható meg a `site-title` is, amellyel a site.toml-ban szereplő cím lefordítható.
### A dátumok, a hónapnevek és a nyelvek nevei a Unicode CLDR-ből származnak.
### A dátum ponttal zárul („2018. május 25.”), ezért utána „napjától”, „napján”, „óta” áll, rag nem.

## Dátumok: a Unicode CLDR-ből (itt nincs üzenet)

## Az oldal kerete
skip-to-content = Ugrás a tartalomhoz
language-switcher = Nyelv
footer-published = Közzétéve a privsite segítségével.
policy-navigation = Ez a tájékoztató
nav-current = Hatályos tájékoztató
nav-history = Változatok
nav-processors = Címzettek

## Értesítések
notice-past-title = Korábbi változat.
notice-past = Ez a változat { $from } napjától { $until } napjáig (azt is beleértve) volt hatályos.
notice-read-current = A hatályos változat elolvasása.
notice-upcoming-title = Jövőbeli változat.
notice-upcoming = Ez a változat { $date } napján lép hatályba. Addig a jelenlegi változat alkalmazandó.
notice-new-version-title = Új változat lép hatályba.
notice-new-version = A frissített tájékoztató { $date } napján lép hatályba.
notice-read-upcoming = Az új változat elolvasása.
notice-stale-title = Ez a fordítás nem naprakész.
notice-stale = Az eredeti nyelvi változat ({ $reference }) { $since } óta módosult, ezt a fordítást azonban még nem frissítették.
notice-read-reference = Az eredeti nyelvi változat ({ $reference }) elolvasása.
no-revision-in-force = E tájékoztatónak még nincs hatályos változata.

## A tájékoztató
in-force-from = Hatályos { $date } napjától
takes-effect = Hatálybalépés napja: { $date }
all-versions = Összes változat
what-changed = Mi változott
contents = Tartalom
purposes-heading = Célok és jogalapok
processors-heading = A személyes adatok címzettjei
processors-caption = { $company }: adatfeldolgozók és a személyes adatok egyéb címzettjei
processors-more = A címzettek időbeli változása
legal-basis-label = { $count ->
    [one] Jogalap:
   *[other] Jogalapok:
}
legitimate-interest-label = Az érvényesített jogos érdek:
version-footer = Ez a { $date } napjától hatályos változat.
permalink = Állandó hivatkozás erre a változatra

## Adatkezelő
controller-heading = Adatkezelő
controller-name = Név
controller-org-number = Cégjegyzékszám
controller-address = Cím
controller-email = E-mail
controller-phone = Telefon
controller-website = Honlap
controller-dpo = Adatvédelmi tisztviselő
controller-authority = Felügyeleti hatóság
not-stated = A tájékoztató nem tartalmazza

## A címzettek táblázata
processor-name = Címzett
processor-purpose = Cél
processor-data = Személyes adatok
processor-since = Kezdete
processor-removed-on = Nem szerepel ettől a naptól
processor-headquarters = Székhely: { $country }
outside-eea = az EGT-n kívül
safeguard-missing = Nincs megadva

## Változatok
history-title = Változatok
history-intro = { $count ->
    [one] E tájékoztatónak egy változata van.
   *[other] E tájékoztatónak { $count } változata van, a legújabbal kezdve.
}
status-current = Hatályos
status-past = Korábbi változat
status-upcoming = Jövőbeli

## Adatfeldolgozók oldala
processors-title = A személyes adatok címzettjei
processors-intro = { $count ->
    [0] A { $date } napjától hatályos változat nem sorol fel címzettet.
    [one] A { $date } napjától hatályos változat a személyes adatok egy címzettjét nevezi meg.
   *[other] A { $date } napjától hatályos változat a személyes adatok { $count } címzettjét nevezi meg.
}
processors-upcoming-heading = Várható változások
processors-removed-heading = Már nem szereplő címzettek
processors-removed-caption = Címzettek, akiket korábbi változatok megneveztek, a hatályos változat azonban nem

## A webhely oldalai
index-intro = Adatvédelmi tájékoztatók, mindegyik az ezen a webhelyen meglévő változataival.
company-choose-language = Válasszon nyelvet:
not-found-title = Az oldal nem található
not-found-text = Ezen a címen nincs oldal. Lehet, hogy a tájékoztató máshová került, vagy a hivatkozás elírt.
not-found-home = Az összes adatvédelmi tájékoztató

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Az adatkezelés helye és a garancia
location-within-eea = Az EGT-n belül
region-eu = Európai Unió
region-eea = Európai Gazdasági Térség
processor-formerly = Korábbi név: { $names }
processor-since-date = { $date } napjától
group-purpose = Cél: { $purpose }
# GDPR 4. cikk 8. pont és 28. cikk: „adatfeldolgozó”
role-processor = Adatfeldolgozó
# GDPR 4. cikk 7. pont: „adatkezelő”; itt olyan, amely egyedül határozza meg a célokat és az eszközöket
role-controller = Önálló adatkezelő
# GDPR 26. cikk: „közös adatkezelők”
role-joint-controller = Közös adatkezelő
# GDPR 4. cikk 19. pont: „vállalkozáscsoport”
role-affiliate = Azonos vállalkozáscsoportba tartozó vállalkozás
processors-in-prose = A { $date } napjától hatályos változat a címzetteket szövegesen, nem táblázatban írja le:
translation-notice-title = Fordítás.
translation-notice = Ez a szöveg ehhez a webhelyhez készült fordítás. Eredeti nyelv: { $language }; a vállalat ezen a nyelven tette közzé a szöveget.
translation-read-original = Az eredeti szöveg ({ $language }).
print-address = E változat állandó címe:
print-address-page = Az oldal címe:

## The site's voice, apart from the company's.
translation-notice-company = Ez a szöveg a vállalat saját fordítása. Eredeti nyelv: { $language }.
archived-notice-title = Archivált másolat.
archived-notice = Ez a szöveg abban a formában, ahogyan { $date } napján közzétették, nyilvántartás céljából megőrizve. Nem állítjuk, hogy ma is hatályos.
status-archived = Archivált másolat
date-note-label = Az e webhely által választott dátum:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = A közzétételt követően javítva:
summary-by-site = Az e webhely számára írt összefoglaló:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Az oldal címsorai és feliratai angolul vannak: még nem fordították le őket a tájékoztató nyelvére.
