## Drugi dokumenti društva uz politiku privatnosti
## Datum završava točkom („25. svibnja 2018.”), pa { $date } nikad ne stoji na kraju rečenice.

documents-nav-label = { $company }: dokumenti
# Kad dokument nije na jeziku čitatelja: jezik na kojem se otvara.
document-in-language = (jezik: { $language })
document-kind-privacy = Politika privatnosti
# Čl. 28. st. 2. i 4. OUZP-a: „drugi izvršitelj obrade”
document-kind-subprocessors = Podizvršitelji obrade
document-kind-cookies = Izjava o kolačićima
document-kind-dpa = Ugovor o obradi podataka
document-kind-terms = Uvjeti korištenja
document-kind-other = Dokument
company-documents-heading = Dokumenti
# Prije poveznice na popis podizvršitelja obrade društva, kada obavijest ondje navodi svoje primatelje.
processors-listed-in = Primatelji su navedeni u dokumentu:
# Prva poveznica navigacije dokumenta (kod politike glasi „Važeća politika”).
nav-current-document = Važeća verzija

## Kolačići i slične tehnologije pohrane

nav-cookies = Kolačići
cookies-title = Kolačići i slične tehnologije pohrane
cookies-heading = Kolačići i slične tehnologije pohrane
cookies-intro = { $count ->
    [one] Verzija koja vrijedi od { $date } navodi { $count } kolačić ili sličnu tehnologiju pohrane.
    [few] Verzija koja vrijedi od { $date } navodi { $count } kolačića i slične tehnologije pohrane.
   *[other] Verzija koja vrijedi od { $date } navodi { $count } kolačića i sličnih tehnologija pohrane.
}
cookies-none = Ova verzija ne navodi nijedan kolačić.
cookies-caption = { $company }: kolačići i slične tehnologije pohrane
cookies-upcoming-heading = Predstojeće promjene
cookie-name = Naziv
cookie-purpose = Svrha
cookie-duration = Razdoblje pohrane
cookie-provider = Pružatelj
cookie-category-necessary = Strogo nužni
cookie-category-preferences = Postavke
cookie-category-statistics = Statistika
cookie-category-marketing = Marketing
cookie-category-unstated = Kategorija nije navedena
cookie-category-necessary-description = Za pohranu koja je strogo nužna za uslugu koju tražite nije potrebna privola (čl. 5. st. 3. Direktive o privatnosti i elektroničkim komunikacijama).
cookie-category-consent-description = Prije postavljanja potrebna je vaša privola (čl. 5. st. 3. Direktive o privatnosti i elektroničkim komunikacijama).
# Iza naziva pružatelja u zagradi i u change-cookie-party (prije: …; sada: …).
cookie-party-first = prva strana
cookie-party-third = treća strana
cookie-type-cookie = kolačić
cookie-type-local-storage = lokalna pohrana
cookie-type-session-storage = pohrana sesije
cookie-type-pixel = piksel
cookie-type-indexeddb = IndexedDB
# Samostalno u tablici i iza „razdoblje pohrane:”.
duration-session = do zatvaranja preglednika
duration-years = { $count ->
    [one] { $count } godina
    [few] { $count } godine
   *[other] { $count } godina
}
duration-months = { $count ->
    [one] { $count } mjesec
    [few] { $count } mjeseca
   *[other] { $count } mjeseci
}
duration-weeks = { $count ->
    [one] { $count } tjedan
    [few] { $count } tjedna
   *[other] { $count } tjedana
}
duration-days = { $count ->
    [one] { $count } dan
    [few] { $count } dana
   *[other] { $count } dana
}
duration-hours = { $count ->
    [one] { $count } sat
    [few] { $count } sata
   *[other] { $count } sati
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minute
   *[other] { $count } minuta
}
duration-seconds = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekunde
   *[other] { $count } sekundi
}

## Promjene kolačića iznesene kao činjenice

diff-cookies-heading = Kolačići
diff-count-cookies-added = { $count ->
    [one] { $count } kolačić dodan
    [few] { $count } kolačića dodana
   *[other] { $count } kolačića dodano
}
diff-count-cookies-removed = { $count ->
    [one] { $count } kolačić uklonjen
    [few] { $count } kolačića uklonjena
   *[other] { $count } kolačića uklonjeno
}
diff-count-cookies-changed = { $count ->
    [one] { $count } kolačić izmijenjen
    [few] { $count } kolačića izmijenjena
   *[other] { $count } kolačića izmijenjeno
}
change-cookie-added = Novi kolačić { $name } ({ $category }), pružatelj: { $provider }; razdoblje pohrane: { $duration }.
change-cookie-added-unstated-provider = Novi kolačić { $name } ({ $category }); razdoblje pohrane: { $duration }; nije navedeno tko ga postavlja.
change-cookie-removed = Kolačić { $name } više se ne upotrebljava.
change-cookie-provider = { $name }: promjena pružatelja (prije: { $old }; sada: { $new }).
change-cookie-category = { $name }: promjena kategorije (prije: { $old }; sada: { $new }).
change-cookie-duration = { $name }: promjena razdoblja pohrane (prije: { $old }; sada: { $new }).
change-cookie-party = { $name }: promjena strane koja postavlja kolačić (prije: { $old }; sada: { $new }).
change-cookie-purpose = Svrha kolačića { $name } sada glasi: „{ $new }” (prije: „{ $old }”).
change-cookie-countries = { $name }: promjena mjesta obrade (prije: { $old }; sada: { $new }).
change-cookie-safeguard = { $name }: zaštitna mjera za prijenos promijenjena je iz „{ $old }” u „{ $new }”.
reason-cookie-added = dodan je kolačić { $name } ({ $category })
reason-cookie-needs-consent = kolačić { $name } sada pripada kategoriji „{ $category }” i zahtijeva privolu
reason-cookie-kept-longer = kolačić { $name } sada se pohranjuje dulje (prije: { $old }; sada: { $new })
reason-cookie-country-outside-eea = kolačić { $name } sada se obrađuje izvan EGP-a: { $country }

## Obavijesti o promjeni dokumenta koji nije politika privatnosti

notice-email-subject-document = { $company }: dokument „{ $document }” mijenja se { $date }
notice-email-intro-document = { $company } mijenja dokument „{ $document }”. Nova verzija stupa na snagu { $date }
