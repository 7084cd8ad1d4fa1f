### Rättsliga grunder för behandling (artikel 6.1 i dataskyddsförordningen) och
### skyddsåtgärder vid överföring till tredjeländer (kapitel V i
### dataskyddsförordningen): korta etiketter, artikelhänvisningar och
### beskrivningar på klarspråk.

## Rättsliga grunder (artikel 6.1 i dataskyddsförordningen)

legal-basis-consent = Samtycke
legal-basis-consent-ref = artikel 6.1 a i dataskyddsförordningen
legal-basis-contract = Fullgörande av avtal
legal-basis-contract-ref = artikel 6.1 b i dataskyddsförordningen
legal-basis-legal-obligation = Rättslig förpliktelse
legal-basis-legal-obligation-ref = artikel 6.1 c i dataskyddsförordningen
legal-basis-vital-interests = Grundläggande intressen
legal-basis-vital-interests-ref = artikel 6.1 d i dataskyddsförordningen
legal-basis-public-task = Allmänt intresse eller myndighetsutövning
legal-basis-public-task-ref = artikel 6.1 e i dataskyddsförordningen
# Artikel 6.1 f: "den personuppgiftsansvariges eller en tredje parts berättigade intressen"
legal-basis-legitimate-interests = Berättigade intressen
legal-basis-legitimate-interests-ref = artikel 6.1 f i dataskyddsförordningen

## Skyddsåtgärder vid överföring (artiklarna 45–49 i dataskyddsförordningen)

safeguard-adequacy = Beslut om adekvat skyddsnivå
safeguard-adequacy-description = Europeiska kommissionen har beslutat att det land som tar emot dina uppgifter skyddar personuppgifter på en nivå som i huvudsak motsvarar skyddet inom EU.
# Artikel 46.2 c: "standardiserade dataskyddsbestämmelser som antagits av kommissionen"
safeguard-scc = Standardiserade dataskyddsbestämmelser
safeguard-scc-description = Vi har ingått avtal med mottagaren med villkor som Europeiska kommissionen har godkänt och som förpliktar mottagaren att skydda dina personuppgifter enligt EU:s krav.
safeguard-bcr = Bindande företagsbestämmelser
safeguard-bcr-description = Mottagaren ingår i en koncern vars interna dataskyddsregler har godkänts av en dataskyddsmyndighet i EU och är bindande för alla bolag i koncernen.
safeguard-dpf = Dataskyddsramen mellan EU och USA
safeguard-dpf-description = Mottagaren i USA är certifierad enligt dataskyddsramen mellan EU och USA, som Europeiska kommissionen har bedömt ger dina uppgifter ett adekvat skydd.
safeguard-derogation = Undantag (art. 49)
safeguard-derogation-description = Ingen annan skyddsåtgärd kan användas, så överföringen grundar sig på ett av de snäva undantagen i artikel 49 i dataskyddsförordningen, till exempel ditt uttryckliga samtycke eller att överföringen behövs för att fullgöra ett avtal med dig.

## Den registrerades rättigheter (artiklarna 7.3, 15–22 och 77 i dataskyddsförordningen)

# Artikel 15 i dataskyddsförordningen, officiell svensk text: "Den registrerades rätt till tillgång"
right-access = Rätt till tillgång
right-access-ref = artikel 15 i dataskyddsförordningen
# Artikel 16, officiell svensk text: "Rätt till rättelse"
right-rectification = Rätt till rättelse
right-rectification-ref = artikel 16 i dataskyddsförordningen
# Artikel 17, officiell svensk text: "Rätt till radering (”rätten att bli bortglömd”)"
right-erasure = Rätt till radering
right-erasure-ref = artikel 17 i dataskyddsförordningen
# Artikel 18, officiell svensk text: "Rätt till begränsning av behandling"
right-restriction = Rätt till begränsning av behandling
right-restriction-ref = artikel 18 i dataskyddsförordningen
# Artikel 20, officiell svensk text: "Rätt till dataportabilitet"
right-portability = Rätt till dataportabilitet
right-portability-ref = artikel 20 i dataskyddsförordningen
# Artikel 21, officiell svensk text: "Rätt att göra invändningar"
right-objection = Rätt att göra invändningar
right-objection-ref = artikel 21 i dataskyddsförordningen
# Artikel 22.1, officiell svensk text: "rätt att inte bli föremål för ett beslut som enbart
# grundas på automatiserad behandling, inbegripet profilering"
right-automated-decisions = Rätt att inte bli föremål för ett beslut som enbart grundas på automatiserad behandling
right-automated-decisions-ref = artikel 22 i dataskyddsförordningen
# Artikel 7.3, officiell svensk text: "rätt att när som helst återkalla sitt samtycke"
right-withdraw-consent = Rätt att återkalla samtycke
right-withdraw-consent-ref = artikel 7.3 i dataskyddsförordningen
# Artikel 77, officiell svensk text: "Rätt att lämna in klagomål till en tillsynsmyndighet"
right-complaint = Rätt att lämna in klagomål till en tillsynsmyndighet
right-complaint-ref = artikel 77 i dataskyddsförordningen
