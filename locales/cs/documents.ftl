## Další dokumenty společnosti vedle zásad ochrany osobních údajů

documents-nav-label = { $company }: dokumenty
# Kde dokument není v jazyce čtenáře: jazyk, ve kterém se otevře.
document-in-language = (jazyk: { $language })
document-kind-privacy = Zásady ochrany osobních údajů
# Čl. 28 odst. 2 a 4 GDPR: „další zpracovatel“
document-kind-subprocessors = Další zpracovatelé
document-kind-cookies = Prohlášení o souborech cookie
document-kind-dpa = Smlouva o zpracování osobních údajů
document-kind-terms = Obchodní podmínky
document-kind-other = Dokument
company-documents-heading = Dokumenty
# Před odkazem na seznam dalších zpracovatelů společnosti, pokud v něm oznámení uvádí své příjemce.
processors-listed-in = Příjemci jsou uvedeni v dokumentu:
# První odkaz navigace dokumentu (u zásad zní „Platné zásady“).
nav-current-document = Platná verze

## Soubory cookie a podobná úložiště

nav-cookies = Soubory cookie
cookies-title = Soubory cookie a podobná úložiště
cookies-heading = Soubory cookie a podobná úložiště
cookies-intro = { $count ->
    [one] Verze platná od { $date } uvádí jeden soubor cookie nebo podobné úložiště.
    [few] Verze platná od { $date } uvádí { $count } soubory cookie a podobná úložiště.
    [many] Verze platná od { $date } uvádí { $count } souboru cookie a podobných úložišť.
   *[other] Verze platná od { $date } uvádí { $count } souborů cookie a podobných úložišť.
}
cookies-none = Tato verze neuvádí žádné soubory cookie.
cookies-caption = { $company }: soubory cookie a podobná úložiště
cookies-upcoming-heading = Připravované změny
cookie-name = Název
cookie-purpose = Účel
cookie-duration = Doba uložení
cookie-provider = Poskytovatel
cookie-category-necessary = Nezbytně nutné
cookie-category-preferences = Preferenční
cookie-category-statistics = Statistické
cookie-category-marketing = Marketingové
cookie-category-unstated = Kategorie neuvedena
cookie-category-necessary-description = Ukládání nezbytně nutné pro službu, o kterou žádáte, nevyžaduje souhlas (čl. 5 odst. 3 směrnice o soukromí a elektronických komunikacích).
cookie-category-consent-description = Před uložením je nutný váš souhlas (čl. 5 odst. 3 směrnice o soukromí a elektronických komunikacích).
# Za názvem poskytovatele v závorce a v change-cookie-party (dříve: …; nyní: …).
cookie-party-first = první strana
cookie-party-third = třetí strana
cookie-type-cookie = cookie
cookie-type-local-storage = místní úložiště
cookie-type-session-storage = úložiště relace
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
# Samostatně v tabulce i za „doba uložení:“.
duration-session = do zavření prohlížeče
duration-years = { $count ->
    [one] { $count } rok
    [few] { $count } roky
    [many] { $count } roku
   *[other] { $count } let
}
duration-months = { $count ->
    [one] { $count } měsíc
    [few] { $count } měsíce
    [many] { $count } měsíce
   *[other] { $count } měsíců
}
duration-weeks = { $count ->
    [one] { $count } týden
    [few] { $count } týdny
    [many] { $count } týdne
   *[other] { $count } týdnů
}
duration-days = { $count ->
    [one] { $count } den
    [few] { $count } dny
    [many] { $count } dne
   *[other] { $count } dní
}
duration-hours = { $count ->
    [one] { $count } hodina
    [few] { $count } hodiny
    [many] { $count } hodiny
   *[other] { $count } hodin
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minuty
    [many] { $count } minuty
   *[other] { $count } minut
}
duration-seconds = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekundy
   *[other] { $count } sekund
}

## Změny souborů cookie jako fakta

diff-cookies-heading = Soubory cookie
diff-count-cookies-added = { $count ->
    [one] přidán jeden soubor cookie
    [few] přidány { $count } soubory cookie
    [many] přidáno { $count } souboru cookie
   *[other] přidáno { $count } souborů cookie
}
diff-count-cookies-removed = { $count ->
    [one] odebrán jeden soubor cookie
    [few] odebrány { $count } soubory cookie
    [many] odebráno { $count } souboru cookie
   *[other] odebráno { $count } souborů cookie
}
diff-count-cookies-changed = { $count ->
    [one] změněn jeden soubor cookie
    [few] změněny { $count } soubory cookie
    [many] změněno { $count } souboru cookie
   *[other] změněno { $count } souborů cookie
}
change-cookie-added = Nový soubor cookie { $name } ({ $category }), poskytovatel: { $provider }; doba uložení: { $duration }.
change-cookie-added-unstated-provider = Nový soubor cookie { $name } ({ $category }); doba uložení: { $duration }; poskytovatel není uveden.
change-cookie-removed = Soubor cookie { $name } se již nepoužívá.
change-cookie-provider = { $name }: změna poskytovatele (dříve: { $old }; nyní: { $new }).
change-cookie-category = { $name }: změna kategorie (dříve: { $old }; nyní: { $new }).
change-cookie-duration = { $name }: změna doby uložení (dříve: { $old }; nyní: { $new }).
change-cookie-party = { $name }: změna strany, která soubor cookie ukládá (dříve: { $old }; nyní: { $new }).
change-cookie-purpose = Účel souboru cookie { $name } nyní zní: „{ $new }“ (dříve: „{ $old }“).
change-cookie-countries = { $name }: změna místa zpracování (dříve: { $old }; nyní: { $new }).
change-cookie-safeguard = { $name }: záruka pro předání se změnila z „{ $old }“ na „{ $new }“.
reason-cookie-added = přidán soubor cookie { $name } ({ $category })
reason-cookie-needs-consent = soubor cookie { $name } nyní patří do kategorie „{ $category }“ a vyžaduje souhlas
reason-cookie-kept-longer = soubor cookie { $name } se nyní uchovává déle (dříve: { $old }; nyní: { $new })
reason-cookie-country-outside-eea = soubor cookie { $name } se nově zpracovává mimo EHP: { $country }

## Oznámení o změně jiného dokumentu než zásad ochrany osobních údajů

notice-email-subject-document = { $company }: dokument „{ $document }“ se mění s účinností ode dne { $date }
notice-email-intro-document = { $company } mění dokument „{ $document }“. Nová verze nabývá účinnosti dne { $date }.
