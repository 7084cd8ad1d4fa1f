### Pravne podlage za obdelavo (prvi odstavek 6. člena GDPR) in zaščitni ukrepi pri
### prenosu v tretje države (poglavje V GDPR): kratka imena, sklici na člene in opisi
### v preprostem jeziku. GDPR: Splošna uredba o varstvu podatkov, Uredba (EU) 2016/679.

## Pravne podlage (prvi odstavek 6. člena GDPR)

# GDPR, točka (a) prvega odstavka 6. člena, uradno slovensko besedilo: „posameznik, na katerega se nanašajo osebni podatki, je privolil v obdelavo njegovih osebnih podatkov“
legal-basis-consent = Privolitev
legal-basis-consent-ref = točka (a) prvega odstavka 6. člena GDPR
# GDPR, točka (b): „obdelava je potrebna za izvajanje pogodbe, katere pogodbena stranka je posameznik, na katerega se nanašajo osebni podatki“
legal-basis-contract = Izvajanje pogodbe
legal-basis-contract-ref = točka (b) prvega odstavka 6. člena GDPR
# GDPR, točka (c): „obdelava je potrebna za izpolnitev zakonske obveznosti, ki velja za upravljavca“
legal-basis-legal-obligation = Izpolnitev zakonske obveznosti
legal-basis-legal-obligation-ref = točka (c) prvega odstavka 6. člena GDPR
# GDPR, točka (d): „obdelava je potrebna za zaščito življenjskih interesov posameznika, na katerega se nanašajo osebni podatki, ali druge fizične osebe“
legal-basis-vital-interests = Zaščita življenjskih interesov
legal-basis-vital-interests-ref = točka (d) prvega odstavka 6. člena GDPR
# GDPR, točka (e): „obdelava je potrebna za opravljanje naloge v javnem interesu ali pri izvajanju javne oblasti, dodeljene upravljavcu“
legal-basis-public-task = Naloga v javnem interesu ali izvajanje javne oblasti
legal-basis-public-task-ref = točka (e) prvega odstavka 6. člena GDPR
# GDPR, točka (f): „obdelava je potrebna zaradi zakonitih interesov, za katere si prizadeva upravljavec ali tretja oseba“
legal-basis-legitimate-interests = Zakoniti interesi
legal-basis-legitimate-interests-ref = točka (f) prvega odstavka 6. člena GDPR

## Zaščitni ukrepi pri prenosu (45. do 49. člen GDPR)

# GDPR, 45. člen, naslov: „Prenosi na podlagi sklepa o ustreznosti“
safeguard-adequacy = Sklep o ustreznosti
safeguard-adequacy-description = Evropska komisija je odločila, da država, ki prejme vaše podatke, varuje osebne podatke na ravni, ki je v bistvu enakovredna ravni v EU.
# GDPR, točka (c) drugega odstavka 46. člena: „standardna določila o varstvu podatkov, ki jih sprejme Komisija“
safeguard-scc = Standardna določila o varstvu podatkov
safeguard-scc-description = Z uporabnikom smo dogovorili pogodbena določila, ki jih je odobrila Evropska komisija in ki ga zavezujejo, da vaše osebne podatke varuje v skladu s standardi EU.
# GDPR, 47. člen, naslov: „Zavezujoča poslovna pravila“
safeguard-bcr = Zavezujoča poslovna pravila
safeguard-bcr-description = Uporabnik spada v skupino podjetij, katere notranja pravila o varstvu podatkov je odobril organ za varstvo podatkov v EU in ki zavezujejo vsako podjetje v skupini.
# Izvedbeni sklep Komisije (EU) 2023/1795 z dne 10. julija 2023 „o ustreznem varstvu osebnih podatkov na podlagi okvira za varstvo zasebnosti podatkov med EU in ZDA“
safeguard-dpf = Okvir za varstvo zasebnosti podatkov med EU in ZDA
safeguard-dpf-description = Uporabnik v Združenih državah je pridobil potrdilo v okviru za varstvo zasebnosti podatkov med EU in ZDA, za katerega je Evropska komisija ugotovila, da zagotavlja ustrezno varstvo vaših podatkov.
# GDPR, 49. člen, naslov: „Odstopanja v posebnih primerih“
safeguard-derogation = Odstopanje (49. člen GDPR)
safeguard-derogation-description = Noben drug zaščitni ukrep ni mogoč, zato prenos temelji na eni od ozko opredeljenih izjem iz 49. člena GDPR, na primer na vaši izrecni privolitvi ali na tem, da je prenos potreben za izvajanje pogodbe z vami.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# GDPR, 15. člen, naslov: „Pravica posameznika, na katerega se nanašajo osebni podatki, do dostopa“
right-access = Pravica do dostopa
right-access-ref = 15. člen GDPR
# GDPR, 16. člen, naslov: „Pravica do popravka“
right-rectification = Pravica do popravka
right-rectification-ref = 16. člen GDPR
# GDPR, 17. člen, naslov: „Pravica do izbrisa („pravica do pozabe“)“
right-erasure = Pravica do izbrisa („pravica do pozabe“)
right-erasure-ref = 17. člen GDPR
# GDPR, 18. člen, naslov: „Pravica do omejitve obdelave“
right-restriction = Pravica do omejitve obdelave
right-restriction-ref = 18. člen GDPR
# GDPR, 20. člen, naslov: „Pravica do prenosljivosti podatkov“
right-portability = Pravica do prenosljivosti podatkov
right-portability-ref = 20. člen GDPR
# GDPR, 21. člen, naslov: „Pravica do ugovora“
right-objection = Pravica do ugovora
right-objection-ref = 21. člen GDPR
# GDPR, prvi odstavek 22. člena: „pravico, da zanj ne velja odločitev, ki temelji zgolj na avtomatizirani obdelavi, vključno z oblikovanjem profilov“
right-automated-decisions = Pravica, da za vas ne velja odločitev, ki temelji zgolj na avtomatizirani obdelavi
right-automated-decisions-ref = 22. člen GDPR
# GDPR, tretji odstavek 7. člena: „pravico, da svojo privolitev kadar koli prekliče“
right-withdraw-consent = Pravica do preklica privolitve kadar koli
right-withdraw-consent-ref = tretji odstavek 7. člena GDPR
# GDPR, 77. člen, naslov: „Pravica do vložitve pritožbe pri nadzornem organu“
right-complaint = Pravica do vložitve pritožbe pri nadzornem organu
right-complaint-ref = 77. člen GDPR
