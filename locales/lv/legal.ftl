### Apstrādes juridiskie pamati (VDAR 6. panta 1. punkts) un garantijas, nosūtot datus
### uz trešām valstīm (VDAR V nodaļa): īsi nosaukumi, atsauces uz pantiem un apraksti
### vienkāršā valodā. VDAR: Vispārīgā datu aizsardzības regula, Regula (ES) 2016/679.

## Juridiskie pamati (VDAR 6. panta 1. punkts)

# VDAR 6. panta 1. punkta a) apakšpunkts, oficiālais latviešu teksts: "datu subjekts ir devis piekrišanu savu personas datu apstrādei"
legal-basis-consent = Piekrišana
legal-basis-consent-ref = VDAR 6. panta 1. punkta a) apakšpunkts
# VDAR 6. panta 1. punkta b) apakšpunkts: "apstrāde ir vajadzīga līguma, kura līgumslēdzēja puse ir datu subjekts, izpildei"
legal-basis-contract = Līguma izpilde
legal-basis-contract-ref = VDAR 6. panta 1. punkta b) apakšpunkts
# VDAR 6. panta 1. punkta c) apakšpunkts: "apstrāde ir vajadzīga, lai izpildītu uz pārzini attiecināmu juridisku pienākumu"
legal-basis-legal-obligation = Juridisks pienākums
legal-basis-legal-obligation-ref = VDAR 6. panta 1. punkta c) apakšpunkts
# VDAR 6. panta 1. punkta d) apakšpunkts: "apstrāde ir vajadzīga, lai aizsargātu datu subjekta vai citas fiziskas personas vitālas intereses"
legal-basis-vital-interests = Vitālas intereses
legal-basis-vital-interests-ref = VDAR 6. panta 1. punkta d) apakšpunkts
# VDAR 6. panta 1. punkta e) apakšpunkts: "apstrāde ir vajadzīga, lai izpildītu uzdevumu, ko veic sabiedrības interesēs vai īstenojot pārzinim likumīgi piešķirtās oficiālās pilnvaras"
legal-basis-public-task = Uzdevums sabiedrības interesēs vai oficiālās pilnvaras
legal-basis-public-task-ref = VDAR 6. panta 1. punkta e) apakšpunkts
# VDAR 6. panta 1. punkta f) apakšpunkts: "apstrāde ir vajadzīga pārziņa vai trešās personas leģitīmo interešu ievērošanai"
legal-basis-legitimate-interests = Leģitīmās intereses
legal-basis-legitimate-interests-ref = VDAR 6. panta 1. punkta f) apakšpunkts

## Nosūtīšanas garantijas (VDAR 45.–49. pants)

# VDAR 45. pants, nosaukums: "Nosūtīšana, pamatojoties uz lēmumu par aizsardzības līmeņa pietiekamību"
safeguard-adequacy = Lēmums par aizsardzības līmeņa pietiekamību
safeguard-adequacy-description = Eiropas Komisija ir nolēmusi, ka valsts, kas saņem jūsu datus, aizsargā personas datus līmenī, kas būtībā ir līdzvērtīgs aizsardzības līmenim ES.
# VDAR 46. panta 2. punkta c) apakšpunkts: "standarta datu aizsardzības klauzulas, kuras pieņēmusi Komisija"
safeguard-scc = Standarta datu aizsardzības klauzulas
safeguard-scc-description = Ar saņēmēju esam vienojušies par Eiropas Komisijas apstiprinātiem līguma noteikumiem, kas to uzliek par pienākumu aizsargāt jūsu personas datus atbilstoši ES standartiem.
# VDAR 47. pants, nosaukums: "Saistošie uzņēmuma noteikumi"
safeguard-bcr = Saistošie uzņēmuma noteikumi
safeguard-bcr-description = Saņēmējs pieder pie uzņēmumu grupas, kuras iekšējos datu aizsardzības noteikumus ir apstiprinājusi ES datu aizsardzības iestāde un kuri ir saistoši katram grupas uzņēmumam.
# Komisijas 2023. gada 10. jūlija Īstenošanas lēmums (ES) 2023/1795: "ES un ASV datu privātuma regulējums"
safeguard-dpf = ES un ASV datu privātuma regulējums
safeguard-dpf-description = Saņēmējs Amerikas Savienotajās Valstīs ir sertificēts saskaņā ar ES un ASV datu privātuma regulējumu, par kuru Eiropas Komisija ir atzinusi, ka tas nodrošina jūsu datiem pietiekamu aizsardzību.
# VDAR 49. pants, nosaukums: "Atkāpes īpašās situācijās"
safeguard-derogation = Atkāpe (VDAR 49. pants)
safeguard-derogation-description = Nav piemērojama neviena cita garantija, tāpēc nosūtīšana balstās uz kādu no VDAR 49. pantā paredzētajiem šaurajiem izņēmumiem, piemēram, uz jūsu nepārprotamu piekrišanu vai vajadzību izpildīt ar jums noslēgtu līgumu.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# VDAR 15. pants, nosaukums: "Datu subjekta piekļuves tiesības"
right-access = Piekļuves tiesības
right-access-ref = VDAR 15. pants
# VDAR 16. pants, nosaukums: "Tiesības labot"
right-rectification = Tiesības labot
right-rectification-ref = VDAR 16. pants
# VDAR 17. pants, nosaukums: "Tiesības uz dzēšanu (tiesības “tikt aizmirstam”)"
right-erasure = Tiesības uz dzēšanu (tiesības “tikt aizmirstam”)
right-erasure-ref = VDAR 17. pants
# VDAR 18. pants, nosaukums: "Tiesības ierobežot apstrādi"
right-restriction = Tiesības ierobežot apstrādi
right-restriction-ref = VDAR 18. pants
# VDAR 20. pants, nosaukums: "Tiesības uz datu pārnesamību"
right-portability = Tiesības uz datu pārnesamību
right-portability-ref = VDAR 20. pants
# VDAR 21. pants, nosaukums: "Tiesības iebilst"
right-objection = Tiesības iebilst
right-objection-ref = VDAR 21. pants
# VDAR 22. panta 1. punkts: "tiesības nebūt tāda lēmuma subjektam, kura pamatā ir tikai automatizēta apstrāde, tostarp profilēšana"
right-automated-decisions = Tiesības nebūt tāda lēmuma subjektam, kura pamatā ir tikai automatizēta apstrāde
right-automated-decisions-ref = VDAR 22. pants
# VDAR 7. panta 3. punkts: "Datu subjektam ir tiesības jebkurā brīdī atsaukt savu piekrišanu."
right-withdraw-consent = Tiesības jebkurā brīdī atsaukt piekrišanu
right-withdraw-consent-ref = VDAR 7. panta 3. punkts
# VDAR 77. pants, nosaukums: "Tiesības iesniegt sūdzību uzraudzības iestādei"
right-complaint = Tiesības iesniegt sūdzību uzraudzības iestādei
right-complaint-ref = VDAR 77. pants
