## Önnur skjöl fyrirtækis við hlið persónuverndarstefnunnar

documents-nav-label = Skjöl frá { $company }
# Þar sem skjal er ekki til á tungumáli lesandans: tungumálið sem það opnast á.
document-in-language = (tungumál: { $language })
document-kind-privacy = Persónuverndarstefna
document-kind-subprocessors = Undirvinnsluaðilar
document-kind-cookies = Yfirlýsing um vafrakökur
document-kind-dpa = Vinnslusamningur
document-kind-terms = Skilmálar
document-kind-other = Skjal
company-documents-heading = Skjöl
# Á undan tengli á lista fyrirtækisins yfir undirvinnsluaðila, þar sem tilkynning telur upp viðtakendur sína.
processors-listed-in = Viðtakendur eru taldir upp í skjalinu:
# Fyrsti tengillinn í leiðsögn skjals (hjá stefnunni stendur „Gildandi stefna“).
nav-current-document = Gildandi útgáfa

## Vafrakökur og sambærileg geymsla

nav-cookies = Vafrakökur
cookies-title = Vafrakökur og sambærileg geymsla
cookies-heading = Vafrakökur og sambærileg geymsla
cookies-intro = { $count ->
    [one] Frá { $date } er { $count } vafrakaka eða sambærileg geymslutækni tilgreind.
   *[other] Frá { $date } eru { $count } vafrakökur og sambærileg geymslutækni tilgreindar.
}
cookies-none = Í þessari útgáfu eru engar vafrakökur tilgreindar.
cookies-caption = Vafrakökur og sambærileg geymsla hjá { $company }
cookies-upcoming-heading = Væntanlegar breytingar
cookie-name = Heiti
cookie-purpose = Tilgangur
cookie-duration = Geymslutími
cookie-provider = Sett af
cookie-category-necessary = Bráðnauðsynlegar
cookie-category-preferences = Kjörstillingar
cookie-category-statistics = Tölfræði
cookie-category-marketing = Markaðssetning
cookie-category-unstated = Flokkur ekki tilgreindur
cookie-category-necessary-description = Geymsla sem er bráðnauðsynleg fyrir þjónustu sem þú biður um krefst ekki samþykkis (3. mgr. 5. gr. tilskipunar 2002/58/EB).
cookie-category-consent-description = Krefjast samþykkis þíns áður en þær eru settar (3. mgr. 5. gr. tilskipunar 2002/58/EB).
cookie-party-first = fyrsti aðili
cookie-party-third = þriðji aðili
cookie-type-cookie = vafrakaka
cookie-type-local-storage = staðbundin geymsla
cookie-type-session-storage = lotugeymsla
cookie-type-pixel = díll
cookie-type-indexeddb = IndexedDB
duration-session = þar til vafranum er lokað
duration-years = { $count ->
    [one] { $count } ár
   *[other] { $count } ár
}
duration-months = { $count ->
    [one] { $count } mánuður
   *[other] { $count } mánuðir
}
duration-weeks = { $count ->
    [one] { $count } vika
   *[other] { $count } vikur
}
duration-days = { $count ->
    [one] { $count } dagur
   *[other] { $count } dagar
}
duration-hours = { $count ->
    [one] { $count } klukkustund
   *[other] { $count } klukkustundir
}
duration-minutes = { $count ->
    [one] { $count } mínúta
   *[other] { $count } mínútur
}
duration-seconds = { $count ->
    [one] { $count } sekúnda
   *[other] { $count } sekúndur
}

## Breytingar á vafrakökum, settar fram sem staðreyndir

diff-cookies-heading = Vafrakökur
diff-count-cookies-added = { $count ->
    [one] { $count } vafraköku bætt við
   *[other] { $count } vafrakökum bætt við
}
diff-count-cookies-removed = { $count ->
    [one] { $count } vafrakaka fjarlægð
   *[other] { $count } vafrakökur fjarlægðar
}
diff-count-cookies-changed = { $count ->
    [one] { $count } vafraköku breytt
   *[other] { $count } vafrakökum breytt
}
change-cookie-added = Ný vafrakaka { $name } ({ $category }) frá { $provider }, geymslutími: { $duration }.
change-cookie-added-unstated-provider = Ný vafrakaka { $name } ({ $category }), geymslutími: { $duration }; ekki kemur fram hver setur hana.
change-cookie-removed = { $name } er ekki lengur notuð.
change-cookie-provider = { $name }: aðila sem setur vafrakökuna breytt (áður: { $old }; nú: { $new }).
change-cookie-category = { $name } er nú í flokknum „{ $new }“ (áður: „{ $old }“).
change-cookie-duration = { $name }: geymslutíma breytt (áður: { $old }; nú: { $new }).
change-cookie-party = Aðilinn sem setur { $name } er nú { $new } (áður: { $old }).
change-cookie-purpose = { $name }: tilgangurinn er nú: { $new } (áður: { $old }).
change-cookie-countries = { $name }: vinnslustað breytt (áður: { $old }; nú: { $new }).
change-cookie-safeguard = { $name }: heimild til miðlunar breyttist úr „{ $old }“ í „{ $new }“.
reason-cookie-added = vafrakökunni { $name } ({ $category }) bætt við
reason-cookie-needs-consent = vafrakakan { $name } er nú í flokknum „{ $category }“ og krefst samþykkis
reason-cookie-kept-longer = geymslutími vafrakökunnar { $name } lengdur úr „{ $old }“ í „{ $new }“
reason-cookie-country-outside-eea = unnið er með vafrakökuna { $name } utan EES ({ $country })

## Tilkynningar um breytingu á öðru skjali en persónuverndarstefnunni

notice-email-subject-document = { $company }: „{ $document }“ breytist { $date }
notice-email-intro-document = { $company } gerir breytingar á „{ $document }“. Ný útgáfa tekur gildi { $date }.
