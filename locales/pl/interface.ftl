### Komunikaty interfejsu domyślnego motywu: polski.
### Witryna może zastąpić dowolny komunikat we własnym pliku locales/pl/*.ftl. Zdefiniuj tam
### `site-title`, aby przetłumaczyć tytuł z pliku site.toml.

## Daty: format, nazwy miesięcy i nazwa języka pochodzą z Unicode CLDR (ICU4X)

## Ramka strony
skip-to-content = Przejdź do treści
language-switcher = Język
footer-published = Opublikowano za pomocą privsite.
policy-navigation = Ta polityka
nav-current = Obowiązująca polityka
nav-history = Historia wersji
nav-processors = Odbiorcy

## Komunikaty
notice-past-title = Wcześniejsza wersja.
notice-past = Ta wersja obowiązywała od { $from } do { $until } włącznie.
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
processors-more = Odbiorcy – zmiany w czasie
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
processor-since = Od
processor-removed-on = Niewymieniany od
processor-headquarters = Siedziba: { $country }
outside-eea = poza EOG
safeguard-missing = Nie podano

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
processors-title = Odbiorcy danych osobowych
processors-intro = { $count ->
    [0] Wersja obowiązująca od { $date } nie wylicza żadnych odbiorców.
    [one] Wersja obowiązująca od { $date } wymienia jednego odbiorcę danych osobowych.
    [few] Wersja obowiązująca od { $date } wymienia { $count } odbiorców danych osobowych.
    [many] Wersja obowiązująca od { $date } wymienia { $count } odbiorców danych osobowych.
   *[other] Wersja obowiązująca od { $date } wymienia { $count } odbiorcy danych osobowych.
}
processors-upcoming-heading = Nadchodzące zmiany
processors-removed-heading = Odbiorcy, którzy nie są już wymieniani
processors-removed-caption = Odbiorcy wymienieni we wcześniejszych wersjach, ale nie w wersji obowiązującej

## Strony witryny
index-intro = Polityki prywatności wraz z wersjami przechowywanymi przez tę witrynę.
company-choose-language = Wybierz język:
not-found-title = Nie znaleziono strony
not-found-text = Pod tym adresem nie ma żadnej strony. Polityka mogła zostać przeniesiona albo link zawiera błąd.
not-found-home = Przejdź do wszystkich polityk prywatności

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Miejsce przetwarzania i zabezpieczenie
location-within-eea = Na terenie EOG
region-eu = Unia Europejska
region-eea = Europejski Obszar Gospodarczy
processor-formerly = Dawniej: { $names }
processor-since-date = Od { $date }
group-purpose = Cel: { $purpose }
# RODO art. 4 pkt 8 i art. 28: „podmiot przetwarzający”
role-processor = Podmiot przetwarzający
# RODO art. 4 pkt 7: „administrator”; tu taki, który sam ustala cele i sposoby przetwarzania
role-controller = Niezależny administrator
# RODO art. 26: „współadministratorzy”
role-joint-controller = Współadministrator
# RODO art. 4 pkt 19: „grupa przedsiębiorstw”
role-affiliate = Przedsiębiorstwo z tej samej grupy przedsiębiorstw
processors-in-prose = Wersja obowiązująca od { $date } opisuje odbiorców w tekście, a nie w tabeli:
translation-notice-title = Tłumaczenie.
translation-notice = Ten tekst jest tłumaczeniem przygotowanym dla tej witryny; firma opublikowała tekst oryginalny. Język oryginału: { $language }.
translation-read-original = Przeczytaj oryginał ({ $language }).
print-address = Stały adres tej wersji:
print-address-page = Adres tej strony:

## The site's voice, apart from the company's.
translation-notice-company = Ten tekst jest tłumaczeniem przygotowanym przez samą firmę. Język oryginału: { $language }.
archived-notice-title = Kopia archiwalna.
archived-notice = To jest tekst w brzmieniu opublikowanym { $date }, przechowywany jako zapis. Nie twierdzimy, że obowiązuje on obecnie.
status-archived = Kopia archiwalna
date-note-label = Data wybrana przez tę witrynę:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Poprawiono po opublikowaniu:
summary-by-site = Podsumowanie przygotowane dla tej witryny:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Nagłówki i etykiety na tej stronie są w języku angielskim: nie zostały jeszcze przetłumaczone na język tej polityki.
