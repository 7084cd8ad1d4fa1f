### Co się zmieniło: strony porównania wersji, rejestry zmian i kanały (polski).

diff-title = Zmiany z dnia { $date }
diff-compared = W porównaniu z wersją obowiązującą od { $old }.
diff-read-old = Wcześniejsza wersja
diff-read-new = Ta wersja
diff-summary-heading = Podsumowanie
diff-legend = Oznaczenia w tekście:
diff-legend-inserted = dodano
diff-legend-deleted = usunięto
diff-coarse = Niektóre zmiany były zbyt duże, aby oznaczyć je słowo po słowie: są pokazane jako całe usunięte i dodane fragmenty.
diff-policy-title = Tytuł polityki
diff-intro = Wprowadzenie
diff-status-unchanged = bez zmian
diff-status-added = dodano
diff-status-removed = usunięto
diff-status-changed = zmieniono
# What a diff page says of a section beyond its words.
diff-note-moved = Ta sekcja jest w nowym miejscu.
diff-note-was = Wcześniej sekcja „{ $title }”.
diff-note-split-from = Wydzielona z sekcji „{ $title }”.
diff-note-promoted = Wcześniej podsekcja sekcji „{ $title }”, teraz osobna sekcja.
diff-note-split-into = Część tej sekcji jest teraz sekcją „{ $title }”.
diff-note-merged-from = Obejmuje teraz tekst sekcji „{ $title }”.
diff-note-merged-into = Połączona z sekcją „{ $title }”.
diff-note-demoted-into = Teraz podsekcja sekcji „{ $title }”.
# Odczytywane przez czytniki ekranu przed każdą zmianą i po niej.
diff-inserted = dodano
diff-deleted = usunięto
diff-end = {""}

diff-count-none = Brak zmian w tekście i wśród odbiorców.
diff-count-processors-added = { $count ->
    [one] dodano jednego odbiorcę
    [few] dodano { $count } odbiorców
    [many] dodano { $count } odbiorców
   *[other] dodano { $count } odbiorcy
}
diff-count-processors-removed = { $count ->
    [one] przestano wymieniać jednego odbiorcę
    [few] przestano wymieniać { $count } odbiorców
    [many] przestano wymieniać { $count } odbiorców
   *[other] przestano wymieniać { $count } odbiorcy
}
diff-count-processors-changed = { $count ->
    [one] zmieniono informacje o jednym odbiorcy
    [few] zmieniono informacje o { $count } odbiorcach
    [many] zmieniono informacje o { $count } odbiorcach
   *[other] zmieniono informacje o { $count } odbiorcy
}
diff-count-sections-added = { $count ->
    [one] dodano jedną sekcję
    [few] dodano { $count } sekcje
    [many] dodano { $count } sekcji
   *[other] dodano { $count } sekcji
}
diff-count-sections-removed = { $count ->
    [one] usunięto jedną sekcję
    [few] usunięto { $count } sekcje
    [many] usunięto { $count } sekcji
   *[other] usunięto { $count } sekcji
}
diff-count-sections-changed = { $count ->
    [one] zmieniono jedną sekcję
    [few] zmieniono { $count } sekcje
    [many] zmieniono { $count } sekcji
   *[other] zmieniono { $count } sekcji
}
diff-count-purposes-added = { $count ->
    [one] dodano jeden cel
    [few] dodano { $count } cele
    [many] dodano { $count } celów
   *[other] dodano { $count } celu
}
diff-count-purposes-removed = { $count ->
    [one] usunięto jeden cel
    [few] usunięto { $count } cele
    [many] usunięto { $count } celów
   *[other] usunięto { $count } celu
}
diff-count-purposes-changed = { $count ->
    [one] zmieniono jeden cel
    [few] zmieniono { $count } cele
    [many] zmieniono { $count } celów
   *[other] zmieniono { $count } celu
}
diff-count-title-changed = zmieniono tytuł
diff-count-intro-changed = zmieniono wprowadzenie

diff-processor-added = Dodano odbiorcę: { $name }. { $details }
diff-processor-where = Miejsce przetwarzania danych: { $countries }.
diff-processor-safeguard = Zabezpieczenie przekazania: { $safeguard }.
diff-processor-removed = { $name } nie jest już wymieniany jako odbiorca.
diff-processor-safeguard-changed = { $name }: zabezpieczenie przekazania zmieniono z „{ $old }” na „{ $new }”.
diff-processor-headquarters-changed = { $name }: obecna siedziba: { $new } (wcześniej: { $old }).
diff-processor-purpose-changed = { $name }: cel zmieniono z „{ $old }” na „{ $new }”.
diff-processor-data-changed = { $name }: udostępniane dane osobowe zmieniono z „{ $old }” na „{ $new }”.
safeguard-none = nie podano

processors-log-heading = Rejestr zmian
exports-label = Do odczytu maszynowego:
feed-subscribe = Kanał Atom
feed-title = { $company }: zmiany w polityce prywatności
site-feed-title = Wszystkie zmiany w politykach prywatności
subscribe-heading = Śledzenie zmian
subscribe-feed = Nowe wersje są ogłaszane w kanale:
subscribe-email-label = Adres e-mail
subscribe-button = Subskrybuj
feed-entry-title = Nowa wersja obowiązująca od { $date }
feed-entry-upcoming = Nowa wersja wchodząca w życie { $date }
feed-read-policy = Przeczytaj politykę

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = nie podano
diff-processor-where-unstated = Nie podano, gdzie dane są przetwarzane.
diff-processor-renamed = { $old } nazywa się teraz { $new }.
diff-processor-role-changed = { $name }: zmiana roli (wcześniej: { $old }; obecnie: { $new }).
diff-processor-countries-changed = { $name }: zmiana miejsca przetwarzania (wcześniej: { $old }; obecnie: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Ogłoszono: { $announced } · wchodzi w życie: { $date }
notice-objection-deadline = Klienci mogą wnieść sprzeciw wobec tej zmiany do { $deadline }.
notice-class-material = Istotna zmiana
notice-class-editorial = Zmiana redakcyjna
notice-reference-upcoming = Tekst referencyjny ({ $language }) ma nową wersję wchodzącą w życie { $date }; to tłumaczenie jeszcze jej nie zawiera.
notice-email-subject = { $company }: zmiana naszej polityki prywatności z dniem { $date }
notice-email-intro = { $company } zmienia swoją politykę prywatności. Nowa wersja wchodzi w życie { $date }.
notice-email-added = Dodani odbiorcy
notice-email-removed = Usunięci odbiorcy
notice-email-renamed = Odbiorcy ze zmienioną nazwą
notice-email-changed = Odbiorcy, których dotyczą zmiany
notice-email-col-name = Odbiorca
notice-email-col-location = Miejsce przetwarzania danych
notice-email-col-safeguard = Zabezpieczenie przekazania
notice-email-objection = Mogą Państwo wnieść sprzeciw wobec tej zmiany do { $deadline }.
notice-email-objection-contact = Aby wnieść sprzeciw, prosimy pisać na adres: { $contact }.
notice-email-diff = Co się zmieniło, słowo po słowie:
notice-email-policy = Nowa wersja:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Rodzaj zmiany
notice-facts-announced = Ogłoszono
notice-facts-effective = Wchodzi w życie
notice-facts-deadline = Termin na sprzeciw
notice-facts-object = Jak wnieść sprzeciw
notice-facts-changes = Odbiorcy, których dotyczy zmiana

notice-class-computed = Klasyfikacja tej witryny na podstawie różnic między obiema wersjami: { $reasons }.
notice-class-computed-none = Klasyfikacja tej witryny: różnice między obiema wersjami nie zmieniają żadnego odbiorcy, przekazania, celu, podstawy prawnej ani okresu przechowywania.
notice-class-declared = Rodzaj zmiany ustalili redaktorzy tej witryny; nie wynika on z wyliczenia różnic.
notice-object-write = Prosimy pisać na adres: { $email }
notice-object-page = Strona firmy do wnoszenia sprzeciwu
notice-email-objection-page = Aby wnieść sprzeciw, prosimy skorzystać z: { $contact }
notice-email-col-purpose = Cel
notice-email-col-data = Dane
diff-processor-purpose = Cel: { $purpose }.
diff-processor-data = Dane: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = dodano odbiorcę { $name }
reason-country-outside-eea = { $name } przetwarza teraz dane poza EOG ({ $country })
reason-safeguard-weakened = zabezpieczenie przekazania do { $name } zmieniono z „{ $old }” na „{ $new }”
reason-purpose-added = dodano cel { $purpose }
reason-legal-basis-changed = zmieniono podstawę prawną celu { $purpose }
reason-retention-changed = zmieniono sekcję o okresie przechowywania danych
reason-section-changed = zmieniono sekcję { $section } o odbiorcach, przekazywaniu lub celach
reason-table-row-added = tabela w sekcji { $section } ma nowy wiersz: { $row }
reason-table-row-changed = wiersz tabeli w sekcji { $section } brzmi teraz: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Dodano: { $names }
import-summary-removed = Usunięto: { $names }
import-summary-renamed = { $old } nazywa się teraz { $new }
import-summary-places-first = { $name } – miejsca przetwarzania: { $places }
import-summary-places-added = { $name } – nowe miejsca przetwarzania: { $places }
import-summary-places-removed = { $name } – miejsca przetwarzania, których już nie wskazano: { $places }
import-summary-places-changed = { $name } – miejsca przetwarzania: { $places } (wcześniej: { $old })
import-summary-purpose = { $name }: nowy cel
import-summary-section-added = Nowa sekcja { $title }
import-summary-section-removed = Usunięto sekcję { $title }
import-summary-reworded = Zmieniono brzmienie: { $titles }
import-summary-intro = Zmieniono brzmienie wstępu
import-summary-quoted = „{ $title }”

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Sprostowanie: { $subject }
notice-email-correction-intro = Niniejsze zawiadomienie koryguje zawiadomienie dotyczące tej samej zmiany, które wysłaliśmy wcześniej: tekst został od tego czasu zmieniony. Prosimy o zapoznanie się z niniejszym zawiadomieniem zamiast z poprzednim.
