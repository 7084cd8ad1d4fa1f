### Isikuandmete töötlemise õiguslikud alused (IKÜM art 6 lg 1) ja kaitsemeetmed
### kolmandatesse riikidesse edastamisel (IKÜM V peatükk): lühinimetused,
### artikliviited ja selgekeelsed kirjeldused.
### IKÜM = isikuandmete kaitse üldmäärus.

## Õiguslikud alused (IKÜM art 6 lg 1)

# IKÜM art 6 lg 1 punkt a, ametlik eestikeelne tekst: „andmesubjekt on andnud nõusoleku töödelda oma isikuandmeid …“
legal-basis-consent = Nõusolek
legal-basis-consent-ref = IKÜM art 6 lg 1 p a
# IKÜM art 6 lg 1 punkt b: „isikuandmete töötlemine on vajalik andmesubjekti osalusel sõlmitud lepingu täitmiseks …“
legal-basis-contract = Lepingu täitmine
legal-basis-contract-ref = IKÜM art 6 lg 1 p b
# IKÜM art 6 lg 1 punkt c: „isikuandmete töötlemine on vajalik vastutava töötleja juriidilise kohustuse täitmiseks“
legal-basis-legal-obligation = Juriidilise kohustuse täitmine
legal-basis-legal-obligation-ref = IKÜM art 6 lg 1 p c
# IKÜM art 6 lg 1 punkt d: „isikuandmete töötlemine on vajalik andmesubjekti või mõne muu füüsilise isiku eluliste huvide kaitsmiseks“
legal-basis-vital-interests = Eluliste huvide kaitse
legal-basis-vital-interests-ref = IKÜM art 6 lg 1 p d
# IKÜM art 6 lg 1 punkt e: „isikuandmete töötlemine on vajalik avalikes huvides oleva ülesande täitmiseks või vastutava töötleja avaliku võimu teostamiseks“
legal-basis-public-task = Avalikes huvides oleva ülesande täitmine või avaliku võimu teostamine
legal-basis-public-task-ref = IKÜM art 6 lg 1 p e
# IKÜM art 6 lg 1 punkt f: „isikuandmete töötlemine on vajalik vastutava töötleja või kolmanda isiku õigustatud huvi korral …“
legal-basis-legitimate-interests = Õigustatud huvi
legal-basis-legitimate-interests-ref = IKÜM art 6 lg 1 p f

## Edastamise kaitsemeetmed (IKÜM art 45–49)

# IKÜM art 45: „Edastamine kaitse piisavuse otsuse alusel“
safeguard-adequacy = Kaitse piisavuse otsus
safeguard-adequacy-description = Euroopa Komisjon on otsustanud, et riik, kuhu teie andmed edastatakse, kaitseb isikuandmeid tasemel, mis on sisuliselt samaväärne ELis tagatud kaitsega.
# IKÜM art 46 lg 2 punkt c: „komisjoni poolt artikli 93 lõikes 2 osutatud kontrollimenetluse kohaselt vastu võetud
# standardsed andmekaitseklauslid“
safeguard-scc = Standardsed andmekaitseklauslid
safeguard-scc-description = Oleme vastuvõtjaga kokku leppinud Euroopa Komisjoni heakskiidetud lepingutingimustes, mis kohustavad teda kaitsma teie isikuandmeid ELi nõuete kohaselt.
# IKÜM art 47: „Siduvad kontsernisisesed eeskirjad“
safeguard-bcr = Siduvad kontsernisisesed eeskirjad
safeguard-bcr-description = Vastuvõtja kuulub kontserni, mille sisemised andmekaitse-eeskirjad on heaks kiitnud ELi andmekaitse järelevalveasutus ja mis on siduvad kõigile kontserni ettevõtjatele.
# Komisjoni 10. juuli 2023. aasta rakendusotsus (EL) 2023/1795: „ELi ja USA andmekaitseraamistik“
safeguard-dpf = ELi ja USA andmekaitseraamistik
safeguard-dpf-description = Ameerika Ühendriikides asuv vastuvõtja on sertifitseeritud ELi ja USA andmekaitseraamistiku alusel, mille puhul Euroopa Komisjon on leidnud, et see tagab teie andmetele piisava kaitse.
# IKÜM art 49: „Erandid konkreetsetes olukordades“
safeguard-derogation = Erand (IKÜM art 49)
safeguard-derogation-description = Ükski muu kaitsemeede ei ole kohaldatav, seega tugineb edastamine mõnele IKÜMi artiklis 49 sätestatud kitsale erandile, näiteks teie selgesõnalisele nõusolekule või vajadusele täita teiega sõlmitud lepingut.

## Andmesubjekti õigused (IKÜM art 7 lg 3, art 15–22 ja art 77)

# IKÜM art 15: „Andmesubjekti õigus tutvuda andmetega“
right-access = Õigus tutvuda andmetega
right-access-ref = IKÜM art 15
# IKÜM art 16: „Õigus andmete parandamisele“
right-rectification = Õigus andmete parandamisele
right-rectification-ref = IKÜM art 16
# IKÜM art 17: „Õigus andmete kustutamisele („õigus olla unustatud“)“
right-erasure = Õigus andmete kustutamisele
right-erasure-ref = IKÜM art 17
# IKÜM art 18: „Õigus isikuandmete töötlemise piiramisele“
right-restriction = Õigus isikuandmete töötlemise piiramisele
right-restriction-ref = IKÜM art 18
# IKÜM art 20: „Andmete ülekandmise õigus“
right-portability = Andmete ülekandmise õigus
right-portability-ref = IKÜM art 20
# IKÜM art 21: „Õigus esitada vastuväiteid“
right-objection = Õigus esitada vastuväiteid
right-objection-ref = IKÜM art 21
# IKÜM art 22 lg 1: „Andmesubjektil on õigus, et tema kohta ei võetaks otsust, mis põhineb üksnes
# automatiseeritud töötlusel, sealhulgas profiilianalüüsil …“
right-automated-decisions = Õigus, et andmesubjekti kohta ei võetaks otsust, mis põhineb üksnes automatiseeritud töötlusel
right-automated-decisions-ref = IKÜM art 22
# IKÜM art 7 lg 3: „Andmesubjektil on õigus oma nõusolek igal ajal tagasi võtta.“
right-withdraw-consent = Õigus nõusolek tagasi võtta
right-withdraw-consent-ref = IKÜM art 7 lg 3
# IKÜM art 77: „Õigus esitada järelevalveasutusele kaebus“
right-complaint = Õigus esitada järelevalveasutusele kaebus
right-complaint-ref = IKÜM art 77
