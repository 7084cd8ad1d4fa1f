### Podstawy prawne przetwarzania (art. 6 ust. 1 RODO) i zabezpieczenia przekazywania
### danych do państw trzecich (rozdział V RODO): krótkie nazwy, odesłania do przepisów
### i opisy prostym językiem.

## Podstawy prawne (art. 6 ust. 1 RODO)

# RODO art. 6 ust. 1 lit. a, oficjalny tekst polski: „osoba, której dane dotyczą wyraziła zgodę na przetwarzanie swoich danych osobowych”
legal-basis-consent = Zgoda
legal-basis-consent-ref = art. 6 ust. 1 lit. a RODO
# RODO art. 6 ust. 1 lit. b: „przetwarzanie jest niezbędne do wykonania umowy, której stroną jest osoba, której dane dotyczą”
legal-basis-contract = Wykonanie umowy
legal-basis-contract-ref = art. 6 ust. 1 lit. b RODO
# RODO art. 6 ust. 1 lit. c: „przetwarzanie jest niezbędne do wypełnienia obowiązku prawnego ciążącego na administratorze”
legal-basis-legal-obligation = Obowiązek prawny
legal-basis-legal-obligation-ref = art. 6 ust. 1 lit. c RODO
# RODO art. 6 ust. 1 lit. d: „przetwarzanie jest niezbędne do ochrony żywotnych interesów osoby, której dane dotyczą, lub innej osoby fizycznej”
legal-basis-vital-interests = Żywotne interesy
legal-basis-vital-interests-ref = art. 6 ust. 1 lit. d RODO
# RODO art. 6 ust. 1 lit. e: „przetwarzanie jest niezbędne do wykonania zadania realizowanego w interesie publicznym lub w ramach sprawowania władzy publicznej powierzonej administratorowi”
legal-basis-public-task = Zadanie realizowane w interesie publicznym lub w ramach władzy publicznej
legal-basis-public-task-ref = art. 6 ust. 1 lit. e RODO
# RODO art. 6 ust. 1 lit. f: „przetwarzanie jest niezbędne do celów wynikających z prawnie uzasadnionych interesów realizowanych przez administratora lub przez stronę trzecią”
legal-basis-legitimate-interests = Prawnie uzasadnione interesy
legal-basis-legitimate-interests-ref = art. 6 ust. 1 lit. f RODO

## Zabezpieczenia przekazywania danych (art. 45–49 RODO)

# RODO art. 45, tytuł: „Przekazywanie na podstawie decyzji stwierdzającej odpowiedni stopień ochrony”
safeguard-adequacy = Decyzja stwierdzająca odpowiedni stopień ochrony
safeguard-adequacy-description = Komisja Europejska stwierdziła, że państwo, do którego przekazywane są dane, zapewnia ochronę danych osobowych na poziomie zasadniczo równoważnym z poziomem ochrony w UE.
# RODO art. 46 ust. 2 lit. c: „standardowe klauzule ochrony danych przyjęte przez Komisję”
safeguard-scc = Standardowe klauzule ochrony danych
safeguard-scc-description = Uzgodniliśmy z odbiorcą postanowienia umowne zatwierdzone przez Komisję Europejską, które zobowiązują go do ochrony danych osobowych zgodnie ze standardami UE.
# RODO art. 47, tytuł: „Wiążące reguły korporacyjne”
safeguard-bcr = Wiążące reguły korporacyjne
safeguard-bcr-description = Odbiorca należy do grupy przedsiębiorstw, której wewnętrzne zasady ochrony danych zatwierdził organ ochrony danych w UE i które wiążą każde przedsiębiorstwo w grupie.
# Decyzja wykonawcza Komisji (UE) 2023/1795 z dnia 10 lipca 2023 r.: „ramy ochrony danych UE–USA”
safeguard-dpf = Ramy ochrony danych UE–USA
safeguard-dpf-description = Odbiorca w Stanach Zjednoczonych uzyskał certyfikację w ramach ochrony danych UE–USA, co do których Komisja Europejska stwierdziła, że zapewniają odpowiedni stopień ochrony danych.
# RODO art. 49, tytuł: „Wyjątki w szczególnych sytuacjach”
safeguard-derogation = Wyjątek (art. 49 RODO)
safeguard-derogation-description = Nie ma zastosowania żadne inne zabezpieczenie, dlatego przekazanie opiera się na jednym z wąsko określonych wyjątków z art. 49 RODO, takim jak wyraźna zgoda osoby, której dane dotyczą, lub konieczność wykonania zawartej z nią umowy.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# RODO art. 15, tytuł: „Prawo dostępu przysługujące osobie, której dane dotyczą”
right-access = Prawo dostępu do danych
right-access-ref = art. 15 RODO
# RODO art. 16, tytuł: „Prawo do sprostowania danych”
right-rectification = Prawo do sprostowania danych
right-rectification-ref = art. 16 RODO
# RODO art. 17, tytuł: „Prawo do usunięcia danych («prawo do bycia zapomnianym»)”
right-erasure = Prawo do usunięcia danych („prawo do bycia zapomnianym”)
right-erasure-ref = art. 17 RODO
# RODO art. 18, tytuł: „Prawo do ograniczenia przetwarzania”
right-restriction = Prawo do ograniczenia przetwarzania
right-restriction-ref = art. 18 RODO
# RODO art. 20, tytuł: „Prawo do przenoszenia danych”
right-portability = Prawo do przenoszenia danych
right-portability-ref = art. 20 RODO
# RODO art. 21, tytuł: „Prawo do sprzeciwu”
right-objection = Prawo do sprzeciwu
right-objection-ref = art. 21 RODO
# RODO art. 22 ust. 1: „prawo do tego, by nie podlegać decyzji, która opiera się wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu”
right-automated-decisions = Prawo do niepodlegania decyzji opartej wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu
right-automated-decisions-ref = art. 22 RODO
# RODO art. 7 ust. 3: „Osoba, której dane dotyczą, ma prawo w dowolnym momencie wycofać zgodę.”
right-withdraw-consent = Prawo do wycofania zgody w dowolnym momencie
right-withdraw-consent-ref = art. 7 ust. 3 RODO
# RODO art. 77, tytuł: „Prawo do wniesienia skargi do organu nadzorczego”
right-complaint = Prawo do wniesienia skargi do organu nadzorczego
right-complaint-ref = art. 77 RODO
