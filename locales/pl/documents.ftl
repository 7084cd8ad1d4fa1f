## Inne dokumenty firmy obok polityki prywatności

documents-nav-label = { $company }: dokumenty
# Gdy dokument nie jest w języku czytelnika: język, w którym się otwiera.
document-in-language = (język: { $language })
document-kind-privacy = Polityka prywatności
# RODO art. 28 ust. 2 i 4: „inny podmiot przetwarzający”
document-kind-subprocessors = Podmioty podprzetwarzające
document-kind-cookies = Deklaracja dotycząca plików cookie
document-kind-dpa = Umowa powierzenia przetwarzania danych osobowych
document-kind-terms = Regulamin
document-kind-other = Dokument
company-documents-heading = Dokumenty
# Przed linkiem do wykazu podmiotów podprzetwarzających firmy, gdy informacja wymienia tam swoich odbiorców.
processors-listed-in = Odbiorcy są wymienieni w dokumencie:
# Pierwszy link nawigacji dokumentu (w polityce brzmi „Obowiązująca polityka”).
nav-current-document = Obowiązująca wersja

## Pliki cookie i podobne technologie przechowywania

nav-cookies = Pliki cookie
cookies-title = Pliki cookie i podobne technologie przechowywania
cookies-heading = Pliki cookie i podobne technologie przechowywania
cookies-intro = { $count ->
    [one] Wersja obowiązująca od { $date } wymienia jeden plik cookie lub podobną technologię przechowywania.
    [few] Wersja obowiązująca od { $date } wymienia { $count } pliki cookie i podobne technologie przechowywania.
    [many] Wersja obowiązująca od { $date } wymienia { $count } plików cookie i podobnych technologii przechowywania.
   *[other] Wersja obowiązująca od { $date } wymienia { $count } pliku cookie i podobnych technologii przechowywania.
}
cookies-none = Ta wersja nie wymienia żadnych plików cookie.
cookies-caption = Pliki cookie i podobne technologie przechowywania stosowane przez { $company }
cookies-upcoming-heading = Nadchodzące zmiany
cookie-name = Nazwa
cookie-purpose = Cel
cookie-duration = Okres przechowywania
cookie-provider = Dostawca
cookie-category-necessary = Ściśle niezbędne
cookie-category-preferences = Preferencje
cookie-category-statistics = Statystyka
cookie-category-marketing = Marketing
cookie-category-unstated = Nie podano kategorii
cookie-category-necessary-description = Przechowywanie ściśle niezbędne do świadczenia usługi, o którą prosisz, nie wymaga zgody (art. 5 ust. 3 dyrektywy o prywatności i łączności elektronicznej).
cookie-category-consent-description = Wymagają Twojej zgody przed zapisaniem (art. 5 ust. 3 dyrektywy o prywatności i łączności elektronicznej).
# Po nazwie dostawcy w nawiasie oraz w change-cookie-party (wcześniej: …; obecnie: …).
cookie-party-first = pierwsza strona
cookie-party-third = strona trzecia
cookie-type-cookie = plik cookie
cookie-type-local-storage = pamięć lokalna
cookie-type-session-storage = pamięć sesji
cookie-type-pixel = piksel
cookie-type-indexeddb = IndexedDB
# Samodzielnie w tabeli oraz po „okres przechowywania:”.
duration-session = do zamknięcia przeglądarki
duration-years = { $count ->
    [one] { $count } rok
    [few] { $count } lata
    [many] { $count } lat
   *[other] { $count } roku
}
duration-months = { $count ->
    [one] { $count } miesiąc
    [few] { $count } miesiące
    [many] { $count } miesięcy
   *[other] { $count } miesiąca
}
duration-weeks = { $count ->
    [one] { $count } tydzień
    [few] { $count } tygodnie
    [many] { $count } tygodni
   *[other] { $count } tygodnia
}
duration-days = { $count ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
duration-hours = { $count ->
    [one] { $count } godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minuty
}
duration-seconds = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekund
   *[other] { $count } sekundy
}

## Zmiany plików cookie przedstawione jako fakty

diff-cookies-heading = Pliki cookie
diff-count-cookies-added = { $count ->
    [one] dodano jeden plik cookie
    [few] dodano { $count } pliki cookie
    [many] dodano { $count } plików cookie
   *[other] dodano { $count } pliku cookie
}
diff-count-cookies-removed = { $count ->
    [one] usunięto jeden plik cookie
    [few] usunięto { $count } pliki cookie
    [many] usunięto { $count } plików cookie
   *[other] usunięto { $count } pliku cookie
}
diff-count-cookies-changed = { $count ->
    [one] zmieniono jeden plik cookie
    [few] zmieniono { $count } pliki cookie
    [many] zmieniono { $count } plików cookie
   *[other] zmieniono { $count } pliku cookie
}
change-cookie-added = Nowy plik cookie { $name } ({ $category }), dostawca: { $provider }; okres przechowywania: { $duration }.
change-cookie-added-unstated-provider = Nowy plik cookie { $name } ({ $category }); okres przechowywania: { $duration }; nie podano, kto go zapisuje.
change-cookie-removed = Plik cookie { $name } nie jest już używany.
change-cookie-provider = { $name }: zmiana dostawcy (wcześniej: { $old }; obecnie: { $new }).
change-cookie-category = { $name }: zmiana kategorii (wcześniej: { $old }; obecnie: { $new }).
change-cookie-duration = { $name }: zmiana okresu przechowywania (wcześniej: { $old }; obecnie: { $new }).
change-cookie-party = { $name }: zmiana strony zapisującej plik cookie (wcześniej: { $old }; obecnie: { $new }).
change-cookie-purpose = Cel pliku cookie { $name } brzmi teraz: „{ $new }” (wcześniej: „{ $old }”).
change-cookie-countries = { $name }: zmiana miejsca przetwarzania (wcześniej: { $old }; obecnie: { $new }).
change-cookie-safeguard = { $name }: zabezpieczenie przekazania zmieniono z „{ $old }” na „{ $new }”.
reason-cookie-added = dodano plik cookie { $name } ({ $category })
reason-cookie-needs-consent = plik cookie { $name } należy teraz do kategorii „{ $category }” i wymaga zgody
reason-cookie-kept-longer = plik cookie { $name } jest teraz przechowywany dłużej (wcześniej: { $old }; obecnie: { $new })
reason-cookie-country-outside-eea = plik cookie { $name } jest teraz przetwarzany poza EOG ({ $country })

## Powiadomienia o zmianie dokumentu innego niż polityka prywatności

notice-email-subject-document = { $company }: zmiana dokumentu „{ $document }” z dniem { $date }
notice-email-intro-document = { $company } zmienia dokument „{ $document }”. Nowa wersja wchodzi w życie { $date }.
