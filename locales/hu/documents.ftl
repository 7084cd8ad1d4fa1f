## A vállalat további dokumentumai az adatvédelmi tájékoztató mellett
## A dátum ponttal zárul („2018. május 25.”), ezért utána „napjától” áll, és soha nem áll mondat végén.

documents-nav-label = { $company }: dokumentumok
# Ha a dokumentum nem az olvasó nyelvén érhető el: a nyelv, amelyen megnyílik.
document-in-language = (nyelv: { $language })
document-kind-privacy = Adatvédelmi tájékoztató
# GDPR 28. cikk (2) és (4) bekezdés: „további adatfeldolgozó”
document-kind-subprocessors = További adatfeldolgozók
document-kind-cookies = Süti-nyilatkozat
document-kind-dpa = Adatfeldolgozási szerződés
document-kind-terms = Általános szerződési feltételek
document-kind-other = Dokumentum
company-documents-heading = Dokumentumok
# A vállalat további adatfeldolgozóinak listájára mutató hivatkozás előtt, ha egy tájékoztató ott sorolja fel a címzettjeit.
processors-listed-in = A címzettek felsorolása itt található:
# A dokumentum navigációjának első hivatkozása (a tájékoztatónál „Hatályos tájékoztató”).
nav-current-document = Hatályos változat

## Sütik és hasonló tárolási megoldások

nav-cookies = Sütik
cookies-title = Sütik és hasonló tárolási megoldások
cookies-heading = Sütik és hasonló tárolási megoldások
cookies-intro = { $count ->
    [one] A { $date } napjától hatályos változat egy sütit vagy hasonló tárolási megoldást sorol fel.
   *[other] A { $date } napjától hatályos változat { $count } sütit és hasonló tárolási megoldást sorol fel.
}
cookies-none = Ez a változat nem sorol fel sütit.
cookies-caption = { $company }: sütik és hasonló tárolási megoldások
cookies-upcoming-heading = Várható változások
cookie-name = Név
cookie-purpose = Cél
cookie-duration = Megőrzési idő
cookie-provider = Szolgáltató
cookie-category-necessary = Feltétlenül szükséges
cookie-category-preferences = Beállítások
cookie-category-statistics = Statisztika
cookie-category-marketing = Marketing
cookie-category-unstated = Nincs megadva kategória
cookie-category-necessary-description = Az Ön által kért szolgáltatáshoz feltétlenül szükséges tároláshoz nem kell hozzájárulás (elektronikus hírközlési adatvédelmi irányelv 5. cikk (3) bekezdés).
cookie-category-consent-description = Elhelyezésükhöz előzetesen az Ön hozzájárulása szükséges (elektronikus hírközlési adatvédelmi irányelv 5. cikk (3) bekezdés).
# A szolgáltató neve után zárójelben, valamint a change-cookie-party üzenetben (korábban: …; most: …).
cookie-party-first = első fél
cookie-party-third = harmadik fél
cookie-type-cookie = süti
cookie-type-local-storage = helyi tároló
cookie-type-session-storage = munkamenet-tároló
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
# Önállóan a táblázatban, és a „megőrzési idő:” után.
duration-session = a böngésző bezárásáig
duration-years = { $count ->
    [one] { $count } év
   *[other] { $count } év
}
duration-months = { $count ->
    [one] { $count } hónap
   *[other] { $count } hónap
}
duration-weeks = { $count ->
    [one] { $count } hét
   *[other] { $count } hét
}
duration-days = { $count ->
    [one] { $count } nap
   *[other] { $count } nap
}
duration-hours = { $count ->
    [one] { $count } óra
   *[other] { $count } óra
}
duration-minutes = { $count ->
    [one] { $count } perc
   *[other] { $count } perc
}
duration-seconds = { $count ->
    [one] { $count } másodperc
   *[other] { $count } másodperc
}

## A sütik változásai, tényként közölve

diff-cookies-heading = Sütik
diff-count-cookies-added = { $count ->
    [one] egy süti hozzáadva
   *[other] { $count } süti hozzáadva
}
diff-count-cookies-removed = { $count ->
    [one] egy süti törölve
   *[other] { $count } süti törölve
}
diff-count-cookies-changed = { $count ->
    [one] egy süti módosítva
   *[other] { $count } süti módosítva
}
change-cookie-added = Új süti: { $name } ({ $category }), szolgáltató: { $provider }; megőrzési idő: { $duration }.
change-cookie-added-unstated-provider = Új süti: { $name } ({ $category }); megőrzési idő: { $duration }; nincs megadva, ki helyezi el.
change-cookie-removed = { $name }: a sütit már nem használják.
change-cookie-provider = { $name }: a szolgáltató megváltozott (korábban: { $old }; most: { $new }).
change-cookie-category = { $name }: a kategória megváltozott (korábban: { $old }; most: { $new }).
change-cookie-duration = { $name }: a megőrzési idő megváltozott (korábban: { $old }; most: { $new }).
change-cookie-party = { $name }: megváltozott, ki helyezi el a sütit (korábban: { $old }; most: { $new }).
change-cookie-purpose = { $name }: a süti célja mostantól: „{ $new }” (korábban: „{ $old }”).
change-cookie-countries = { $name }: az adatkezelés helye megváltozott (korábban: { $old }; most: { $new }).
change-cookie-safeguard = { $name }: az adattovábbítás garanciája megváltozott (korábban: { $old }; most: { $new }).
reason-cookie-added = új süti: { $name } ({ $category })
reason-cookie-needs-consent = { $name }: a süti mostantól a(z) „{ $category }” kategóriába tartozik, és hozzájárulást igényel
reason-cookie-kept-longer = { $name }: a sütit mostantól hosszabb ideig őrzik meg (korábban: { $old }; most: { $new })
reason-cookie-country-outside-eea = { $name }: a sütivel kapcsolatos adatkezelés mostantól az EGT-n kívül is folyik: { $country }

## Értesítés a tájékoztatón kívüli dokumentum módosításáról

notice-email-subject-document = { $company }: „{ $document }” – módosítás (hatálybalépés: { $date })
notice-email-intro-document = { $company } – a(z) „{ $document }” című dokumentum módosul. Az új változat hatálybalépésének napja: { $date }
