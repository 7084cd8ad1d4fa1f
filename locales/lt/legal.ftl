### Duomenų tvarkymo teisiniai pagrindai (BDAR 6 straipsnio 1 dalis) ir duomenų
### perdavimo į trečiąsias valstybes apsaugos priemonės (BDAR V skyrius): trumpi
### pavadinimai, nuorodos į straipsnius ir paprastos kalbos aprašymai.

## Teisiniai pagrindai (BDAR 6 straipsnio 1 dalis)

# BDAR 6 straipsnio 1 dalies a punktas, oficialus lietuviškas tekstas: „duomenų subjektas davė sutikimą, kad jo asmens duomenys būtų tvarkomi“
legal-basis-consent = Sutikimas
legal-basis-consent-ref = BDAR 6 straipsnio 1 dalies a punktas
# BDAR 6 straipsnio 1 dalies b punktas: „tvarkyti duomenis būtina siekiant įvykdyti sutartį, kurios šalis yra duomenų subjektas“
legal-basis-contract = Sutarties vykdymas
legal-basis-contract-ref = BDAR 6 straipsnio 1 dalies b punktas
# BDAR 6 straipsnio 1 dalies c punktas: „tvarkyti duomenis būtina, kad būtų įvykdyta duomenų valdytojui taikoma teisinė prievolė“
legal-basis-legal-obligation = Teisinė prievolė
legal-basis-legal-obligation-ref = BDAR 6 straipsnio 1 dalies c punktas
# BDAR 6 straipsnio 1 dalies d punktas: „tvarkyti duomenis būtina siekiant apsaugoti gyvybiškai svarbius duomenų subjekto arba kito fizinio asmens interesus“
legal-basis-vital-interests = Gyvybiškai svarbūs interesai
legal-basis-vital-interests-ref = BDAR 6 straipsnio 1 dalies d punktas
# BDAR 6 straipsnio 1 dalies e punktas: „tvarkyti duomenis būtina siekiant atlikti užduotį, vykdomą viešojo intereso labui arba vykdant duomenų valdytojui pavestas viešosios valdžios funkcijas“
legal-basis-public-task = Viešasis interesas ar viešosios valdžios funkcijos
legal-basis-public-task-ref = BDAR 6 straipsnio 1 dalies e punktas
# BDAR 6 straipsnio 1 dalies f punktas: „tvarkyti duomenis būtina siekiant teisėtų duomenų valdytojo arba trečiosios šalies interesų“
legal-basis-legitimate-interests = Teisėti interesai
legal-basis-legitimate-interests-ref = BDAR 6 straipsnio 1 dalies f punktas

## Duomenų perdavimo apsaugos priemonės (BDAR 45–49 straipsniai)

# BDAR 45 straipsnis, pavadinimas: „Duomenų perdavimas remiantis sprendimu dėl tinkamumo“
safeguard-adequacy = Sprendimas dėl tinkamumo
safeguard-adequacy-description = Europos Komisija nusprendė, kad jūsų duomenis gaunanti valstybė užtikrina asmens duomenų apsaugos lygį, iš esmės lygiavertį ES užtikrinamam lygiui.
# BDAR 46 straipsnio 2 dalies c punktas: „standartinėmis duomenų apsaugos sąlygomis, kurias Komisija priima“
safeguard-scc = Standartinės duomenų apsaugos sąlygos
safeguard-scc-description = Su gavėju susitarėme dėl Europos Komisijos patvirtintų sutarties sąlygų, pagal kurias jis privalo saugoti jūsų asmens duomenis pagal ES standartus.
# BDAR 47 straipsnis, pavadinimas: „Įmonei privalomos taisyklės“
safeguard-bcr = Įmonei privalomos taisyklės
safeguard-bcr-description = Gavėjas priklauso įmonių grupei, kurios vidaus duomenų apsaugos taisykles patvirtino ES duomenų apsaugos institucija ir kurios privalomos kiekvienai grupės įmonei.
# 2023 m. liepos 10 d. Komisijos įgyvendinimo sprendimas (ES) 2023/1795 „dėl tinkamo asmens duomenų apsaugos lygio pagal ES ir JAV duomenų privatumo sistemą“
safeguard-dpf = ES ir JAV duomenų privatumo sistema
safeguard-dpf-description = Gavėjas Jungtinėse Valstijose yra sertifikuotas pagal ES ir JAV duomenų privatumo sistemą, kurią Europos Komisija pripažino užtikrinančia tinkamą jūsų duomenų apsaugą.
# BDAR 49 straipsnis, pavadinimas: „Nukrypti leidžiančios nuostatos konkrečiais atvejais“
safeguard-derogation = Nukrypti leidžianti nuostata (BDAR 49 straipsnis)
safeguard-derogation-description = Jokia kita apsaugos priemonė netaikoma, todėl duomenys perduodami remiantis viena iš siaurai apibrėžtų BDAR 49 straipsnyje numatytų išimčių, pavyzdžiui, jūsų aiškiu sutikimu arba būtinybe įvykdyti su jumis sudarytą sutartį.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# BDAR 15 straipsnis, pavadinimas: „Duomenų subjekto teisė susipažinti su duomenimis“
right-access = Teisė susipažinti su duomenimis
right-access-ref = BDAR 15 straipsnis
# BDAR 16 straipsnis, pavadinimas: „Teisė reikalauti ištaisyti duomenis“
right-rectification = Teisė reikalauti ištaisyti duomenis
right-rectification-ref = BDAR 16 straipsnis
# BDAR 17 straipsnis, pavadinimas: „Teisė reikalauti ištrinti duomenis („teisė būti pamirštam“)“
right-erasure = Teisė reikalauti ištrinti duomenis („teisė būti pamirštam“)
right-erasure-ref = BDAR 17 straipsnis
# BDAR 18 straipsnis, pavadinimas: „Teisė apriboti duomenų tvarkymą“
right-restriction = Teisė apriboti duomenų tvarkymą
right-restriction-ref = BDAR 18 straipsnis
# BDAR 20 straipsnis, pavadinimas: „Teisė į duomenų perkeliamumą“
right-portability = Teisė į duomenų perkeliamumą
right-portability-ref = BDAR 20 straipsnis
# BDAR 21 straipsnis, pavadinimas: „Teisė nesutikti“
right-objection = Teisė nesutikti
right-objection-ref = BDAR 21 straipsnis
# BDAR 22 straipsnio 1 dalis: „teisę, kad jam nebūtų taikomas tik automatizuotu duomenų tvarkymu, įskaitant profiliavimą, grindžiamas sprendimas“
right-automated-decisions = Teisė, kad jums nebūtų taikomas tik automatizuotu duomenų tvarkymu grindžiamas sprendimas
right-automated-decisions-ref = BDAR 22 straipsnis
# BDAR 7 straipsnio 3 dalis: „Duomenų subjektas turi teisę bet kuriuo metu atšaukti savo sutikimą.“
right-withdraw-consent = Teisė bet kuriuo metu atšaukti sutikimą
right-withdraw-consent-ref = BDAR 7 straipsnio 3 dalis
# BDAR 77 straipsnis, pavadinimas: „Teisė pateikti skundą priežiūros institucijai“
right-complaint = Teisė pateikti skundą priežiūros institucijai
right-complaint-ref = BDAR 77 straipsnis
