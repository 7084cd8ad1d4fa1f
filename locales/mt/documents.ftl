## Dokumenti oħra tal-kumpanija flimkien mal-politika tal-privatezza
## Id-dati ta’ CLDR jiġu mingħajr artiklu ("25 ta’ Mejju 2018"), għalhekk jintużaw wara "data:".

documents-nav-label = { $company }: dokumenti
# Meta dokument ma jkunx fil-lingwa tal-qarrej: il-lingwa li jinfetaħ fiha.
document-in-language = (lingwa: { $language })
document-kind-privacy = Politika tal-privatezza
# GDPR, l-Artikolu 28(2) u (4): “proċessur ieħor”
document-kind-subprocessors = Sottoproċessuri
document-kind-cookies = Dikjarazzjoni dwar il-cookies
document-kind-dpa = Ftehim dwar l-ipproċessar tad-data
document-kind-terms = Termini u kundizzjonijiet
document-kind-other = Dokument
company-documents-heading = Dokumenti
# Qabel link għal-lista tas-sottoproċessuri tal-kumpanija, meta avviż jelenka r-riċevituri tiegħu hemmhekk.
processors-listed-in = Ir-riċevituri huma elenkati fid-dokument:
# L-ewwel link tan-navigazzjoni ta’ dokument (dik tal-politika tgħid “Il-politika fis-seħħ”).
nav-current-document = Il-verżjoni fis-seħħ

## Cookies u ħażna simili

nav-cookies = Cookies
cookies-title = Cookies u ħażna simili
cookies-heading = Cookies u ħażna simili
cookies-intro = { $count ->
    [one] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) tiddikjara cookie wieħed jew ħażna simili.
    [two] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) tiddikjara żewġ cookies u ħażna simili.
    [few] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) tiddikjara { $count } cookies u ħażna simili.
    [many] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) tiddikjara { $count } cookie u ħażna simili.
   *[other] Il-verżjoni fis-seħħ (data tad-dħul fis-seħħ: { $date }) tiddikjara { $count } cookie u ħażna simili.
}
cookies-none = Din il-verżjoni ma tiddikjara l-ebda cookie.
cookies-caption = Cookies u ħażna simili ta’ { $company }
cookies-upcoming-heading = Bidliet li ġejjin
cookie-name = Isem
cookie-purpose = Skop
cookie-duration = Perjodu ta’ żamma
cookie-provider = Fornitur
cookie-category-necessary = Strettament meħtieġa
cookie-category-preferences = Preferenzi
cookie-category-statistics = Statistika
cookie-category-marketing = Marketing
cookie-category-unstated = Kategorija mhux imsemmija
cookie-category-necessary-description = Il-ħażna strettament meħtieġa għal servizz li titlob int ma teħtieġx kunsens (l-Artikolu 5(3) tad-Direttiva 2002/58/KE dwar il-privatezza u l-komunikazzjoni elettronika).
cookie-category-consent-description = Jeħtieġu l-kunsens tiegħek qabel ma jitqiegħdu (l-Artikolu 5(3) tad-Direttiva 2002/58/KE dwar il-privatezza u l-komunikazzjoni elettronika).
# Bejn parentesi wara l-isem tal-fornitur, u f’change-cookie-party (qabel: …; issa: …).
cookie-party-first = l-ewwel parti
cookie-party-third = parti terza
cookie-type-cookie = cookie
cookie-type-local-storage = ħażna lokali
cookie-type-session-storage = ħażna tas-sessjoni
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
# Waħdu fit-tabella u wara “perjodu ta’ żamma:”.
duration-session = sakemm jingħalaq il-browser
duration-years = { $count ->
    [one] sena waħda
    [two] sentejn
    [few] { $count } snin
    [many] { $count } sena
   *[other] { $count } sena
}
duration-months = { $count ->
    [one] xahar wieħed
    [two] xahrejn
    [few] { $count } xhur
    [many] { $count } xahar
   *[other] { $count } xahar
}
duration-weeks = { $count ->
    [one] ġimgħa waħda
    [two] ġimagħtejn
    [few] { $count } ġimgħat
    [many] { $count } ġimgħa
   *[other] { $count } ġimgħa
}
duration-days = { $count ->
    [one] jum wieħed
    [two] jumejn
    [few] { $count } ijiem
    [many] { $count } jum
   *[other] { $count } jum
}
duration-hours = { $count ->
    [one] siegħa waħda
    [two] sagħtejn
    [few] { $count } sigħat
    [many] { $count } siegħa
   *[other] { $count } siegħa
}
duration-minutes = { $count ->
    [one] minuta waħda
    [two] żewġ minuti
    [few] { $count } minuti
    [many] { $count } minuta
   *[other] { $count } minuta
}
duration-seconds = { $count ->
    [one] sekonda waħda
    [two] żewġ sekondi
    [few] { $count } sekondi
    [many] { $count } sekonda
   *[other] { $count } sekonda
}

## Bidliet fil-cookies, imsemmija bħala fatti

diff-cookies-heading = Cookies
diff-count-cookies-added = { $count ->
    [one] cookie wieħed miżjud
    [two] cookies miżjuda: { $count }
    [few] cookies miżjuda: { $count }
    [many] cookies miżjuda: { $count }
   *[other] cookies miżjuda: { $count }
}
diff-count-cookies-removed = { $count ->
    [one] cookie wieħed imneħħi
    [two] cookies imneħħija: { $count }
    [few] cookies imneħħija: { $count }
    [many] cookies imneħħija: { $count }
   *[other] cookies imneħħija: { $count }
}
diff-count-cookies-changed = { $count ->
    [one] cookie wieħed mibdul
    [two] cookies mibdula: { $count }
    [few] cookies mibdula: { $count }
    [many] cookies mibdula: { $count }
   *[other] cookies mibdula: { $count }
}
change-cookie-added = Cookie ġdid { $name } ({ $category }), fornitur: { $provider }; perjodu ta’ żamma: { $duration }.
change-cookie-added-unstated-provider = Cookie ġdid { $name } ({ $category }); perjodu ta’ żamma: { $duration }; mhux imsemmi min iqiegħdu.
change-cookie-removed = Il-cookie { $name } m’għadux jintuża.
change-cookie-provider = { $name }: il-fornitur inbidel (qabel: { $old }; issa: { $new }).
change-cookie-category = { $name }: il-kategorija nbidlet (qabel: { $old }; issa: { $new }).
change-cookie-duration = { $name }: il-perjodu ta’ żamma nbidel (qabel: { $old }; issa: { $new }).
change-cookie-party = { $name }: inbidlet il-parti li tqiegħed il-cookie (qabel: { $old }; issa: { $new }).
change-cookie-purpose = L-iskop tal-cookie { $name } issa huwa: “{ $new }” (qabel: “{ $old }”).
change-cookie-countries = { $name }: il-post fejn tiġi pproċessata d-data nbidel (qabel: { $old }; issa: { $new }).
change-cookie-safeguard = { $name }: is-salvagwardja għat-trasferiment inbidlet minn “{ $old }” għal “{ $new }”.
reason-cookie-added = żdied il-cookie { $name } ({ $category })
reason-cookie-needs-consent = il-cookie { $name } issa jaqa’ taħt il-kategorija “{ $category }” u jeħtieġ il-kunsens
reason-cookie-kept-longer = il-cookie { $name } issa jinżamm għal aktar żmien (qabel: { $old }; issa: { $new })
reason-cookie-country-outside-eea = il-cookie { $name } issa jiġi pproċessat barra miż-ŻEE ({ $country })

## Avviżi ta’ bidla f’dokument li mhuwiex il-politika tal-privatezza

notice-email-subject-document = { $company }: “{ $document }” qed jinbidel (data: { $date })
notice-email-intro-document = { $company } qed tibdel id-dokument “{ $document }”. Il-verżjoni l-ġdida se tidħol fis-seħħ (data: { $date }).
