## Ďalšie dokumenty spoločnosti popri zásadách ochrany osobných údajov

documents-nav-label = { $company }: dokumenty
# Ak dokument nie je v jazyku čitateľa: jazyk, v ktorom sa otvorí.
document-in-language = (jazyk: { $language })
document-kind-privacy = Zásady ochrany osobných údajov
# GDPR čl. 28 ods. 2 a 4: „ďalší sprostredkovateľ“
document-kind-subprocessors = Ďalší sprostredkovatelia
document-kind-cookies = Vyhlásenie o súboroch cookie
document-kind-dpa = Zmluva o spracúvaní osobných údajov
document-kind-terms = Obchodné podmienky
document-kind-other = Dokument
company-documents-heading = Dokumenty
# Pred odkazom na zoznam ďalších sprostredkovateľov spoločnosti, ak v ňom oznámenie uvádza svojich príjemcov.
processors-listed-in = Príjemcovia sú uvedení v dokumente:
# Prvý odkaz navigácie dokumentu (pri zásadách znie „Platné zásady“).
nav-current-document = Platná verzia

## Súbory cookie a podobné úložiská

nav-cookies = Súbory cookie
cookies-title = Súbory cookie a podobné úložiská
cookies-heading = Súbory cookie a podobné úložiská
cookies-intro = { $count ->
    [one] Verzia platná od { $date } uvádza jeden súbor cookie alebo podobné úložisko.
    [few] Verzia platná od { $date } uvádza { $count } súbory cookie a podobné úložiská.
    [many] Verzia platná od { $date } uvádza { $count } súboru cookie a podobných úložísk.
   *[other] Verzia platná od { $date } uvádza { $count } súborov cookie a podobných úložísk.
}
cookies-none = Táto verzia neuvádza žiadne súbory cookie.
cookies-caption = Súbory cookie a podobné úložiská prevádzkovateľa { $company }
cookies-upcoming-heading = Pripravované zmeny
cookie-name = Názov
cookie-purpose = Účel
cookie-duration = Doba uchovávania
cookie-provider = Poskytovateľ
cookie-category-necessary = Nevyhnutne potrebné
cookie-category-preferences = Preferenčné
cookie-category-statistics = Štatistické
cookie-category-marketing = Marketingové
cookie-category-unstated = Kategória sa neuvádza
cookie-category-necessary-description = Ukladanie nevyhnutne potrebné na službu, o ktorú žiadate, si nevyžaduje súhlas (čl. 5 ods. 3 smernice o súkromí a elektronických komunikáciách).
cookie-category-consent-description = Pred uložením sa vyžaduje váš súhlas (čl. 5 ods. 3 smernice o súkromí a elektronických komunikáciách).
# Za názvom poskytovateľa v zátvorke a v change-cookie-party (predtým: …; teraz: …).
cookie-party-first = prvá strana
cookie-party-third = tretia strana
cookie-type-cookie = cookie
cookie-type-local-storage = lokálne úložisko
cookie-type-session-storage = úložisko relácie
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
# Samostatne v tabuľke aj za „doba uchovávania:“.
duration-session = do zatvorenia prehliadača
duration-years = { $count ->
    [one] { $count } rok
    [few] { $count } roky
    [many] { $count } roka
   *[other] { $count } rokov
}
duration-months = { $count ->
    [one] { $count } mesiac
    [few] { $count } mesiace
    [many] { $count } mesiaca
   *[other] { $count } mesiacov
}
duration-weeks = { $count ->
    [one] { $count } týždeň
    [few] { $count } týždne
    [many] { $count } týždňa
   *[other] { $count } týždňov
}
duration-days = { $count ->
    [one] { $count } deň
    [few] { $count } dni
    [many] { $count } dňa
   *[other] { $count } dní
}
duration-hours = { $count ->
    [one] { $count } hodina
    [few] { $count } hodiny
    [many] { $count } hodiny
   *[other] { $count } hodín
}
duration-minutes = { $count ->
    [one] { $count } minúta
    [few] { $count } minúty
    [many] { $count } minúty
   *[other] { $count } minút
}
duration-seconds = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekundy
   *[other] { $count } sekúnd
}

## Zmeny súborov cookie ako fakty

diff-cookies-heading = Súbory cookie
diff-count-cookies-added = { $count ->
    [one] pridaný jeden súbor cookie
    [few] pridané { $count } súbory cookie
    [many] pridaného { $count } súboru cookie
   *[other] pridaných { $count } súborov cookie
}
diff-count-cookies-removed = { $count ->
    [one] odstránený jeden súbor cookie
    [few] odstránené { $count } súbory cookie
    [many] odstráneného { $count } súboru cookie
   *[other] odstránených { $count } súborov cookie
}
diff-count-cookies-changed = { $count ->
    [one] zmenený jeden súbor cookie
    [few] zmenené { $count } súbory cookie
    [many] zmeneného { $count } súboru cookie
   *[other] zmenených { $count } súborov cookie
}
change-cookie-added = Nový súbor cookie { $name } ({ $category }), poskytovateľ: { $provider }; doba uchovávania: { $duration }.
change-cookie-added-unstated-provider = Nový súbor cookie { $name } ({ $category }); doba uchovávania: { $duration }; poskytovateľ sa neuvádza.
change-cookie-removed = Súbor cookie { $name } sa už nepoužíva.
change-cookie-provider = { $name }: zmena poskytovateľa (predtým: { $old }; teraz: { $new }).
change-cookie-category = { $name }: zmena kategórie (predtým: { $old }; teraz: { $new }).
change-cookie-duration = { $name }: zmena doby uchovávania (predtým: { $old }; teraz: { $new }).
change-cookie-party = { $name }: zmena strany, ktorá súbor cookie ukladá (predtým: { $old }; teraz: { $new }).
change-cookie-purpose = Účel súboru cookie { $name } teraz znie: „{ $new }“ (predtým: „{ $old }“).
change-cookie-countries = { $name }: zmena miesta spracúvania (predtým: { $old }; teraz: { $new }).
change-cookie-safeguard = { $name }: záruka pri prenose sa zmenila z „{ $old }“ na „{ $new }“.
reason-cookie-added = pribudol súbor cookie { $name } ({ $category })
reason-cookie-needs-consent = súbor cookie { $name } teraz patrí do kategórie „{ $category }“ a vyžaduje súhlas
reason-cookie-kept-longer = súbor cookie { $name } sa teraz uchováva dlhšie (predtým: { $old }; teraz: { $new })
reason-cookie-country-outside-eea = súbor cookie { $name } sa teraz spracúva mimo EHP ({ $country })

## Oznámenia o zmene iného dokumentu než zásad ochrany osobných údajov

notice-email-subject-document = { $company }: dokument „{ $document }“ sa mení s účinnosťou od { $date }
notice-email-intro-document = { $company } mení dokument „{ $document }“. Nová verzia je účinná od { $date }.
