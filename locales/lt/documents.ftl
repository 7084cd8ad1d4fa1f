## Kiti įmonės dokumentai šalia privatumo politikos
## Data baigiasi tašku („2018 m. gegužės 25 d.“), todėl { $date } niekada nebūna sakinio gale.

documents-nav-label = { $company }: dokumentai
# Kai dokumentas ne skaitytojo kalba: kalba, kuria jis atsidaro.
document-in-language = (kalba: { $language })
document-kind-privacy = Privatumo politika
# BDAR 28 straipsnio 2 ir 4 dalys: „kitas duomenų tvarkytojas“
document-kind-subprocessors = Pagalbiniai duomenų tvarkytojai
document-kind-cookies = Slapukų deklaracija
document-kind-dpa = Duomenų tvarkymo sutartis
document-kind-terms = Naudojimo sąlygos
document-kind-other = Dokumentas
company-documents-heading = Dokumentai
# Prieš nuorodą į bendrovės pagalbinių duomenų tvarkytojų sąrašą, kai pranešime gavėjai nurodyti ten.
processors-listed-in = Gavėjai nurodyti dokumente:
# Pirmoji dokumento naršymo nuoroda (politikos nuoroda – „Galiojanti politika“).
nav-current-document = Galiojanti versija

## Slapukai ir panašios saugojimo priemonės

nav-cookies = Slapukai
cookies-title = Slapukai ir panašios saugojimo priemonės
cookies-heading = Slapukai ir panašios saugojimo priemonės
cookies-intro = { $count ->
    [one] Nuo { $date } galiojančioje versijoje nurodytas { $count } slapukas ar panaši saugojimo priemonė.
    [few] Nuo { $date } galiojančioje versijoje nurodyti { $count } slapukai ir panašios saugojimo priemonės.
    [many] Nuo { $date } galiojančioje versijoje nurodyta { $count } slapuko ir panašių saugojimo priemonių.
   *[other] Nuo { $date } galiojančioje versijoje nurodyta { $count } slapukų ir panašių saugojimo priemonių.
}
cookies-none = Šioje versijoje slapukai nenurodyti.
cookies-caption = { $company }: slapukai ir panašios saugojimo priemonės
cookies-upcoming-heading = Būsimi pakeitimai
cookie-name = Pavadinimas
cookie-purpose = Tikslas
cookie-duration = Saugojimo laikotarpis
cookie-provider = Teikėjas
cookie-category-necessary = Būtinieji
cookie-category-preferences = Nuostatos
cookie-category-statistics = Statistika
cookie-category-marketing = Rinkodara
cookie-category-unstated = Kategorija nenurodyta
cookie-category-necessary-description = Saugojimui, kuris griežtai būtinas jūsų prašomai paslaugai teikti, sutikimo nereikia (Direktyvos dėl privatumo ir elektroninių ryšių 5 straipsnio 3 dalis).
cookie-category-consent-description = Prieš įrašant būtinas jūsų sutikimas (Direktyvos dėl privatumo ir elektroninių ryšių 5 straipsnio 3 dalis).
# Po teikėjo pavadinimo skliaustuose ir change-cookie-party (anksčiau: …; dabar: …).
cookie-party-first = pirmoji šalis
cookie-party-third = trečioji šalis
cookie-type-cookie = slapukas
cookie-type-local-storage = vietinė saugykla
cookie-type-session-storage = seanso saugykla
cookie-type-pixel = pikselis
cookie-type-indexeddb = IndexedDB
# Atskirai lentelėje ir po „saugojimo laikotarpis:“.
duration-session = iki naršyklės uždarymo
duration-years = { $count ->
    [one] { $count } metai
    [few] { $count } metai
    [many] { $count } metų
   *[other] { $count } metų
}
duration-months = { $count ->
    [one] { $count } mėnuo
    [few] { $count } mėnesiai
    [many] { $count } mėnesio
   *[other] { $count } mėnesių
}
duration-weeks = { $count ->
    [one] { $count } savaitė
    [few] { $count } savaitės
    [many] { $count } savaitės
   *[other] { $count } savaičių
}
duration-days = { $count ->
    [one] { $count } diena
    [few] { $count } dienos
    [many] { $count } dienos
   *[other] { $count } dienų
}
duration-hours = { $count ->
    [one] { $count } valanda
    [few] { $count } valandos
    [many] { $count } valandos
   *[other] { $count } valandų
}
duration-minutes = { $count ->
    [one] { $count } minutė
    [few] { $count } minutės
    [many] { $count } minutės
   *[other] { $count } minučių
}
duration-seconds = { $count ->
    [one] { $count } sekundė
    [few] { $count } sekundės
    [many] { $count } sekundės
   *[other] { $count } sekundžių
}

## Slapukų pakeitimai, pateikiami kaip faktai

diff-cookies-heading = Slapukai
diff-count-cookies-added = { $count ->
    [one] pridėtas { $count } slapukas
    [few] pridėti { $count } slapukai
    [many] pridėta { $count } slapuko
   *[other] pridėta { $count } slapukų
}
diff-count-cookies-removed = { $count ->
    [one] pašalintas { $count } slapukas
    [few] pašalinti { $count } slapukai
    [many] pašalinta { $count } slapuko
   *[other] pašalinta { $count } slapukų
}
diff-count-cookies-changed = { $count ->
    [one] pakeistas { $count } slapukas
    [few] pakeisti { $count } slapukai
    [many] pakeista { $count } slapuko
   *[other] pakeista { $count } slapukų
}
change-cookie-added = Naujas slapukas { $name } ({ $category }), teikėjas: { $provider }; saugojimo laikotarpis: { $duration }.
change-cookie-added-unstated-provider = Naujas slapukas { $name } ({ $category }); saugojimo laikotarpis: { $duration }; nenurodyta, kas jį įrašo.
change-cookie-removed = Slapukas { $name } nebenaudojamas.
change-cookie-provider = { $name }: pakeistas teikėjas (anksčiau: { $old }; dabar: { $new }).
change-cookie-category = { $name }: pakeista kategorija (anksčiau: { $old }; dabar: { $new }).
change-cookie-duration = { $name }: pakeistas saugojimo laikotarpis (anksčiau: { $old }; dabar: { $new }).
change-cookie-party = { $name }: pakeista šalis, kuri įrašo slapuką (anksčiau: { $old }; dabar: { $new }).
change-cookie-purpose = Slapuko { $name } tikslas dabar yra: „{ $new }“ (anksčiau: „{ $old }“).
change-cookie-countries = { $name }: pakeista duomenų tvarkymo vieta (anksčiau: { $old }; dabar: { $new }).
change-cookie-safeguard = { $name }: perdavimo apsaugos priemonė pakeista iš „{ $old }“ į „{ $new }“.
reason-cookie-added = pridėtas slapukas { $name } ({ $category })
reason-cookie-needs-consent = slapukas { $name } dabar priskirtas kategorijai „{ $category }“ ir jam reikia sutikimo
reason-cookie-kept-longer = slapukas { $name } dabar saugomas ilgiau (anksčiau: { $old }; dabar: { $new })
reason-cookie-country-outside-eea = slapuko { $name } duomenys dabar tvarkomi už EEE ribų ({ $country })

## Pranešimai apie kito nei privatumo politika dokumento pakeitimą

notice-email-subject-document = { $company }: dokumentas „{ $document }“ keičiasi { $date }
notice-email-intro-document = { $company } keičia dokumentą „{ $document }“. Nauja versija įsigalioja { $date }
