### Komunikaty interfejsu domyślnego motywu: polski.
### Witryna może zastąpić dowolny komunikat we własnym pliku locales/pl/*.ftl. Zdefiniuj tam
### `site-title`, aby przetłumaczyć tytuł z pliku site.toml.

## Daty: format, nazwy miesięcy i nazwa języka pochodzą z Unicode CLDR (ICU4X)

## Ramka strony
skip-to-content = Przejdź do treści
language-switcher = Język
footer-generated = Opublikowano za pomocą privsite. Data wygenerowania: { $date }.
policy-navigation = Ta polityka
nav-current = Obowiązująca polityka
nav-history = Historia wersji
nav-processors = Podmioty przetwarzające

## Komunikaty
notice-past-title = Wcześniejsza wersja.
notice-past = Ta wersja obowiązywała od { $from } do { $until }.
notice-read-current = Przeczytaj obowiązującą wersję.
notice-upcoming-title = Przyszła wersja.
notice-upcoming = Ta wersja wchodzi w życie { $date }. Do tego czasu obowiązuje obecna wersja.
notice-new-version-title = Wkrótce nowa wersja.
notice-new-version = Zaktualizowana polityka wchodzi w życie { $date }.
notice-read-upcoming = Przeczytaj nową wersję.
notice-stale-title = To tłumaczenie jest nieaktualne.
notice-stale = Od { $since } wersja oryginalna (język: { $reference }) została zmieniona, a to tłumaczenie nie zostało jeszcze zaktualizowane.
notice-read-reference = Przeczytaj wersję oryginalną (język: { $reference }).
no-revision-in-force = Żadna wersja tej polityki jeszcze nie obowiązuje.

## Polityka
in-force-from = Obowiązuje od { $date }
takes-effect = Wchodzi w życie { $date }
all-versions = Wszystkie wersje
what-changed = Co się zmieniło
contents = Spis treści
purposes-heading = Cele i podstawy prawne przetwarzania
processors-heading = Odbiorcy danych osobowych
processors-caption = Podmioty przetwarzające i inni odbiorcy danych osobowych przekazywanych przez { $company }
processors-more = Podmioty przetwarzające – zmiany w czasie
legal-basis-label = { $count ->
    [one] Podstawa prawna:
    [few] Podstawy prawne:
    [many] Podstawy prawne:
   *[other] Podstawy prawne:
}
legitimate-interest-label = Realizowany prawnie uzasadniony interes:
version-footer = To jest wersja obowiązująca od { $date }.
permalink = Stały link do tej wersji

## Administrator
controller-heading = Administrator
controller-name = Nazwa
controller-org-number = Numer rejestrowy
controller-address = Adres
controller-email = E-mail
controller-phone = Telefon
controller-website = Strona internetowa
controller-dpo = Inspektor ochrony danych
controller-authority = Organ nadzorczy
not-stated = Nie podano w tej polityce

## Tabela podmiotów przetwarzających
processor-name = Odbiorca
processor-purpose = Cel
processor-data = Dane osobowe
processor-countries = Miejsce przetwarzania
processor-safeguard = Zabezpieczenie przekazania
processor-since = Od
processor-removed-on = Data usunięcia
processor-headquarters = Siedziba: { $country }
outside-eea = poza EOG
safeguard-missing = Nie podano
safeguard-not-needed = Niepotrzebne (w obrębie EOG)

## Historia
history-title = Historia wersji
history-intro = { $count ->
    [one] Ta polityka ma jedną wersję.
    [few] Ta polityka ma { $count } wersje, od najnowszej.
    [many] Ta polityka ma { $count } wersji, od najnowszej.
   *[other] Ta polityka ma { $count } wersji, od najnowszej.
}
status-current = Obowiązująca
status-past = Wcześniejsza wersja
status-upcoming = Przyszła

## Strona podmiotów przetwarzających
processors-title = Podmioty przetwarzające i odbiorcy
processors-intro = { $count ->
    [0] Wersja obowiązująca od { $date } nie wymienia żadnych odbiorców.
    [one] Wersja obowiązująca od { $date } wymienia jednego odbiorcę danych osobowych.
    [few] Wersja obowiązująca od { $date } wymienia { $count } odbiorców danych osobowych.
    [many] Wersja obowiązująca od { $date } wymienia { $count } odbiorców danych osobowych.
   *[other] Wersja obowiązująca od { $date } wymienia { $count } odbiorcy danych osobowych.
}
processors-none = Obowiązująca polityka nie wymienia żadnych podmiotów przetwarzających.
processors-upcoming-heading = Nadchodzące zmiany
processor-change-added = Z dniem { $date } zostanie dodany odbiorca: { $name }.
processor-change-removed = Z dniem { $date } zostanie usunięty odbiorca: { $name }.
processors-removed-heading = Byli odbiorcy
processors-removed-caption = Odbiorcy wymienieni we wcześniejszych wersjach

## Strony witryny
index-intro = Polityki prywatności wraz z pełną historią wersji.
company-choose-language = Wybierz język:
not-found-title = Nie znaleziono strony
not-found-text = Pod tym adresem nie ma żadnej strony. Polityka mogła zostać przeniesiona albo link zawiera błąd.
not-found-home = Przejdź do wszystkich polityk prywatności
