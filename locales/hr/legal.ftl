### Pravne osnove obrade (čl. 6. st. 1. OUZP-a) i zaštitne mjere za prijenose u
### treće zemlje (poglavlje V. OUZP-a): kratki nazivi, upućivanja na članke i opisi
### jednostavnim jezikom. OUZP = Opća uredba o zaštiti podataka.

## Pravne osnove (čl. 6. st. 1. OUZP-a)

# Čl. 6. st. 1. toč. (a) OUZP-a, službeni hrvatski tekst: „ispitanik je dao privolu za obradu svojih osobnih podataka”
legal-basis-consent = Privola
legal-basis-consent-ref = čl. 6. st. 1. toč. (a) OUZP-a
# Čl. 6. st. 1. toč. (b): „obrada je nužna za izvršavanje ugovora u kojem je ispitanik stranka”
legal-basis-contract = Izvršavanje ugovora
legal-basis-contract-ref = čl. 6. st. 1. toč. (b) OUZP-a
# Čl. 6. st. 1. toč. (c): „obrada je nužna radi poštovanja pravnih obveza voditelja obrade”
legal-basis-legal-obligation = Poštovanje pravnih obveza
legal-basis-legal-obligation-ref = čl. 6. st. 1. toč. (c) OUZP-a
# Čl. 6. st. 1. toč. (d): „obrada je nužna kako bi se zaštitili ključni interesi ispitanika ili druge fizičke osobe”
legal-basis-vital-interests = Zaštita ključnih interesa
legal-basis-vital-interests-ref = čl. 6. st. 1. toč. (d) OUZP-a
# Čl. 6. st. 1. toč. (e): „obrada je nužna za izvršavanje zadaće od javnog interesa ili pri izvršavanju službene ovlasti voditelja obrade”
legal-basis-public-task = Zadaća od javnog interesa ili izvršavanje službene ovlasti
legal-basis-public-task-ref = čl. 6. st. 1. toč. (e) OUZP-a
# Čl. 6. st. 1. toč. (f): „obrada je nužna za potrebe legitimnih interesa voditelja obrade ili treće strane”
legal-basis-legitimate-interests = Legitimni interesi
legal-basis-legitimate-interests-ref = čl. 6. st. 1. toč. (f) OUZP-a

## Zaštitne mjere za prijenose (čl. 45. – 49. OUZP-a)

# Čl. 45. OUZP-a: „Prijenosi na temelju odluke o primjerenosti”
safeguard-adequacy = Odluka o primjerenosti
safeguard-adequacy-description = Europska komisija odlučila je da zemlja koja prima vaše podatke štiti osobne podatke na razini koja je u biti jednaka onoj u EU-u.
# Čl. 46. st. 2. toč. (c) OUZP-a: „standardne klauzule o zaštiti podataka koje donosi Komisija”
safeguard-scc = Standardne klauzule o zaštiti podataka
safeguard-scc-description = S primateljem smo ugovorili odredbe koje je odobrila Europska komisija i koje ga obvezuju da vaše osobne podatke štiti prema standardima EU-a.
# Čl. 47. OUZP-a: „Obvezujuća korporativna pravila”
safeguard-bcr = Obvezujuća korporativna pravila
safeguard-bcr-description = Primatelj pripada grupi poduzetnika čija je interna pravila o zaštiti podataka odobrilo nadzorno tijelo u EU-u i koja obvezuju svako društvo u grupi.
# Provedbena odluka Komisije (EU) 2023/1795 od 10. srpnja 2023.: „okvir EU-a i SAD-a za privatnost podataka”
safeguard-dpf = Okvir EU-a i SAD-a za privatnost podataka
safeguard-dpf-description = Primatelj u Sjedinjenim Američkim Državama certificiran je u okviru EU-a i SAD-a za privatnost podataka, za koji je Europska komisija utvrdila da vašim podacima osigurava primjerenu razinu zaštite.
# Čl. 49. OUZP-a: „Odstupanja za posebne situacije”
safeguard-derogation = Odstupanje (čl. 49. OUZP-a)
safeguard-derogation-description = Ne primjenjuje se nijedna druga zaštitna mjera, pa se prijenos temelji na jednom od usko određenih odstupanja iz članka 49. OUZP-a, primjerice na vašoj izričitoj privoli ili na potrebi izvršavanja ugovora sklopljenog s vama.

## Prava ispitanika (čl. 7. st. 3., čl. 15. – 22. i čl. 77. OUZP-a)

# Čl. 15. OUZP-a: „Pravo ispitanika na pristup”
right-access = Pravo na pristup
right-access-ref = čl. 15. OUZP-a
# Čl. 16. OUZP-a: „Pravo na ispravak”
right-rectification = Pravo na ispravak
right-rectification-ref = čl. 16. OUZP-a
# Čl. 17. OUZP-a: „Pravo na brisanje (‚pravo na zaborav’)”
right-erasure = Pravo na brisanje
right-erasure-ref = čl. 17. OUZP-a
# Čl. 18. OUZP-a: „Pravo na ograničenje obrade”
right-restriction = Pravo na ograničenje obrade
right-restriction-ref = čl. 18. OUZP-a
# Čl. 20. OUZP-a: „Pravo na prenosivost podataka”
right-portability = Pravo na prenosivost podataka
right-portability-ref = čl. 20. OUZP-a
# Čl. 21. OUZP-a: „Pravo na prigovor”
right-objection = Pravo na prigovor
right-objection-ref = čl. 21. OUZP-a
# Čl. 22. st. 1. OUZP-a: „pravo da se na njega ne odnosi odluka koja se temelji isključivo na
# automatiziranoj obradi, uključujući izradu profila”
right-automated-decisions = Pravo da se na ispitanika ne odnosi odluka koja se temelji isključivo na automatiziranoj obradi
right-automated-decisions-ref = čl. 22. OUZP-a
# Čl. 7. st. 3. OUZP-a: „Ispitanik ima pravo u svakom trenutku povući svoju privolu.”
right-withdraw-consent = Pravo na povlačenje privole
right-withdraw-consent-ref = čl. 7. st. 3. OUZP-a
# Čl. 77. OUZP-a: „Pravo na pritužbu nadzornom tijelu”
right-complaint = Pravo na pritužbu nadzornom tijelu
right-complaint-ref = čl. 77. OUZP-a
