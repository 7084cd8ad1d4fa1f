## Doiciméid eile de chuid na cuideachta in éineacht lena beartas príobháideachta
## Uimhreacha: “aon … amháin”, “dhá” + séimhiú, 3–6 + séimhiú, 7–10 + urú; do gach uimhir
## eile úsáidtear an fhoirm “…: { $count }” nó foirm uatha an ainmfhocail.

documents-nav-label = { $company }: doiciméid
# Nuair nach bhfuil doiciméad i dteanga an léitheora: an teanga ina n-osclaíonn sé.
document-in-language = (teanga: { $language })
document-kind-privacy = Beartas príobháideachta
# RGCS, Airteagal 28(2) agus (4): “próiseálaí eile”
document-kind-subprocessors = Fophróiseálaithe
document-kind-cookies = Dearbhú fianán
document-kind-dpa = Comhaontú próiseála sonraí
document-kind-terms = Téarmaí agus coinníollacha
document-kind-other = Doiciméad
company-documents-heading = Doiciméid
# Roimh nasc chuig liosta fophróiseálaithe na cuideachta, nuair a liostaíonn fógra a fhaighteoirí ansin.
processors-listed-in = Tá na faighteoirí liostaithe sa doiciméad seo:
# An chéad nasc i nascleanúint doiciméid (is é “An beartas atá i bhfeidhm” nasc an bheartais).
nav-current-document = An leagan atá i bhfeidhm

## Fianáin agus stóráil chosúil

nav-cookies = Fianáin
cookies-title = Fianáin agus stóráil chosúil
cookies-heading = Fianáin agus stóráil chosúil
cookies-intro = { $count ->
    [one] Dearbhaíonn an leagan atá i bhfeidhm ó { $date } fianán amháin nó stóráil chosúil amháin.
    [two] Dearbhaíonn an leagan atá i bhfeidhm ó { $date } dhá fhianán agus stóráil chosúil.
    [few] Dearbhaíonn an leagan atá i bhfeidhm ó { $date } { $count } fhianán agus stóráil chosúil.
    [many] Dearbhaíonn an leagan atá i bhfeidhm ó { $date } { $count } bhfianán agus stóráil chosúil.
   *[other] Líon na bhfianán agus na stórála cosúla a dhearbhaíonn an leagan atá i bhfeidhm ó { $date }: { $count }.
}
cookies-none = Ní dhearbhaíonn an leagan seo aon fhianán.
cookies-caption = { $company }: fianáin agus stóráil chosúil
cookies-upcoming-heading = Athruithe atá le teacht
cookie-name = Ainm
cookie-purpose = Cuspóir
cookie-duration = Tréimhse choinneála
cookie-provider = Soláthraí
cookie-category-necessary = Fíor-riachtanach
cookie-category-preferences = Roghanna
cookie-category-statistics = Staitisticí
cookie-category-marketing = Margaíocht
cookie-category-unstated = Níl an chatagóir luaite
cookie-category-necessary-description = Ní theastaíonn toiliú le haghaidh stórála atá fíor-riachtanach do sheirbhís a iarrann tú (Treoir 2002/58/CE maidir le príobháideachas agus cumarsáid leictreonach, Airteagal 5(3)).
cookie-category-consent-description = Teastaíonn do thoiliú sula socraítear iad (Treoir 2002/58/CE maidir le príobháideachas agus cumarsáid leictreonach, Airteagal 5(3)).
# I lúibíní i ndiaidh ainm an tsoláthraí, agus in change-cookie-party (roimhe: …; anois: …).
cookie-party-first = céad pháirtí
cookie-party-third = tríú páirtí
cookie-type-cookie = fianán
cookie-type-local-storage = stóráil áitiúil
cookie-type-session-storage = stóráil seisiúin
cookie-type-pixel = picteilín
cookie-type-indexeddb = IndexedDB
# Leis féin sa tábla agus i ndiaidh “tréimhse choinneála:”.
duration-session = go dtí go ndúntar an brabhsálaí
duration-years = { $count ->
    [one] bliain amháin
    [two] dhá bhliain
    [few] { $count } bliana
    [many] { $count } mbliana
   *[other] { $count } bliain
}
duration-months = { $count ->
    [one] mí amháin
    [two] dhá mhí
    [few] { $count } mhí
    [many] { $count } mí
   *[other] { $count } mí
}
duration-weeks = { $count ->
    [one] seachtain amháin
    [two] dhá sheachtain
    [few] { $count } seachtaine
    [many] { $count } seachtaine
   *[other] { $count } seachtain
}
duration-days = { $count ->
    [one] lá amháin
    [two] dhá lá
    [few] { $count } lá
    [many] { $count } lá
   *[other] { $count } lá
}
duration-hours = { $count ->
    [one] uair an chloig amháin
    [two] dhá uair an chloig
    [few] { $count } huaire an chloig
    [many] { $count } n-uaire an chloig
   *[other] { $count } uair an chloig
}
duration-minutes = { $count ->
    [one] nóiméad amháin
    [two] dhá nóiméad
    [few] { $count } nóiméad
    [many] { $count } nóiméad
   *[other] { $count } nóiméad
}
duration-seconds = { $count ->
    [one] soicind amháin
    [two] dhá shoicind
    [few] { $count } shoicind
    [many] { $count } soicind
   *[other] { $count } soicind
}

## Athruithe ar fhianáin, ina bhfíricí

diff-cookies-heading = Fianáin
diff-count-cookies-added = { $count ->
    [one] fianán amháin curtha leis
    [two] dhá fhianán curtha leis
    [few] { $count } fhianán curtha leis
    [many] { $count } bhfianán curtha leis
   *[other] fianáin curtha leis: { $count }
}
diff-count-cookies-removed = { $count ->
    [one] fianán amháin bainte
    [two] dhá fhianán bainte
    [few] { $count } fhianán bainte
    [many] { $count } bhfianán bainte
   *[other] fianáin bainte: { $count }
}
diff-count-cookies-changed = { $count ->
    [one] fianán amháin athraithe
    [two] dhá fhianán athraithe
    [few] { $count } fhianán athraithe
    [many] { $count } bhfianán athraithe
   *[other] fianáin athraithe: { $count }
}
change-cookie-added = Fianán nua { $name } ({ $category }), soláthraí: { $provider }; tréimhse choinneála: { $duration }.
change-cookie-added-unstated-provider = Fianán nua { $name } ({ $category }); tréimhse choinneála: { $duration }; níl sé luaite cé a shocraíonn é.
change-cookie-removed = { $name }: ní úsáidtear an fianán seo a thuilleadh.
change-cookie-provider = { $name }: athraíodh an soláthraí (roimhe: { $old }; anois: { $new }).
change-cookie-category = { $name }: athraíodh an chatagóir (roimhe: { $old }; anois: { $new }).
change-cookie-duration = { $name }: athraíodh an tréimhse choinneála (roimhe: { $old }; anois: { $new }).
change-cookie-party = { $name }: athraíodh an páirtí a shocraíonn an fianán (roimhe: { $old }; anois: { $new }).
change-cookie-purpose = { $name }: seo é cuspóir an fhianáin anois: “{ $new }” (roimhe: “{ $old }”).
change-cookie-countries = { $name }: athraíodh áit na próiseála (roimhe: { $old }; anois: { $new }).
change-cookie-safeguard = { $name }: athraíodh an choimirce don aistriú ó “{ $old }” go “{ $new }”.
reason-cookie-added = cuireadh an fianán { $name } ({ $category }) leis
reason-cookie-needs-consent = tá an fianán { $name } sa chatagóir “{ $category }” anois agus teastaíonn toiliú dó
reason-cookie-kept-longer = coinnítear an fianán { $name } níos faide anois (roimhe: { $old }; anois: { $new })
reason-cookie-country-outside-eea = próiseáiltear an fianán { $name } lasmuigh den LEE anois: { $country }

## Fógraí faoi athrú ar dhoiciméad seachas an beartas príobháideachta

notice-email-subject-document = { $company }: athrú ar “{ $document }” (teacht i bhfeidhm: { $date })
notice-email-intro-document = Tá { $company } ag athrú “{ $document }”. Teacht i bhfeidhm an leagain nua: { $date }.
