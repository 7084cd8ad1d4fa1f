### Retsgrundlag for behandling (databeskyttelsesforordningens artikel 6, stk. 1) og
### garantier ved overførsel til tredjelande (databeskyttelsesforordningens kapitel V):
### korte betegnelser, artikelhenvisninger og beskrivelser i et klart sprog.

## Retsgrundlag (databeskyttelsesforordningens artikel 6, stk. 1)

# Artikel 6, stk. 1, litra a, officiel dansk tekst: »Den registrerede har givet samtykke til behandling af sine personoplysninger«
legal-basis-consent = Samtykke
legal-basis-consent-ref = databeskyttelsesforordningens artikel 6, stk. 1, litra a
# Artikel 6, stk. 1, litra b: »Behandling er nødvendig af hensyn til opfyldelse af en kontrakt, som den registrerede er part i«
legal-basis-contract = Opfyldelse af en kontrakt
legal-basis-contract-ref = databeskyttelsesforordningens artikel 6, stk. 1, litra b
# Artikel 6, stk. 1, litra c: »Behandling er nødvendig for at overholde en retlig forpligtelse, som påhviler den dataansvarlige«
legal-basis-legal-obligation = Retlig forpligtelse
legal-basis-legal-obligation-ref = databeskyttelsesforordningens artikel 6, stk. 1, litra c
# Artikel 6, stk. 1, litra d: »Behandling er nødvendig for at beskytte den registreredes eller en anden fysisk persons vitale interesser«
legal-basis-vital-interests = Vitale interesser
legal-basis-vital-interests-ref = databeskyttelsesforordningens artikel 6, stk. 1, litra d
# Artikel 6, stk. 1, litra e: »… udførelse af en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse …«
legal-basis-public-task = Opgave i samfundets interesse eller offentlig myndighedsudøvelse
legal-basis-public-task-ref = databeskyttelsesforordningens artikel 6, stk. 1, litra e
# Artikel 6, stk. 1, litra f: »Behandling er nødvendig for, at den dataansvarlige eller en tredjemand kan forfølge en legitim interesse«
legal-basis-legitimate-interests = Legitim interesse
legal-basis-legitimate-interests-ref = databeskyttelsesforordningens artikel 6, stk. 1, litra f

## Garantier ved overførsel (databeskyttelsesforordningens artikel 45-49)

# Artikel 45: »Overførsel på grundlag af en afgørelse om tilstrækkeligheden af beskyttelsesniveauet«
safeguard-adequacy = Afgørelse om tilstrækkeligheden af beskyttelsesniveauet
safeguard-adequacy-description = Europa-Kommissionen har fastslået, at det land, der modtager dine oplysninger, beskytter personoplysninger på et niveau, der i det væsentlige svarer til beskyttelsen i EU.
# Artikel 46, stk. 2, litra c: »standardbestemmelser om databeskyttelse, der vedtages af Kommissionen«
safeguard-scc = Standardbestemmelser om databeskyttelse
safeguard-scc-description = Vi har aftalt kontraktvilkår med modtageren, som Europa-Kommissionen har godkendt, og som forpligter modtageren til at beskytte dine personoplysninger efter EU's standarder.
# Artikel 47: »Bindende virksomhedsregler«
safeguard-bcr = Bindende virksomhedsregler
safeguard-bcr-description = Modtageren tilhører en koncern, hvis interne databeskyttelsesregler er godkendt af en databeskyttelsesmyndighed i EU og er bindende for alle selskaber i koncernen.
# Kommissionens gennemførelsesafgørelse (EU) 2023/1795 af 10. juli 2023: »databeskyttelsesrammen mellem EU og USA«
safeguard-dpf = Databeskyttelsesrammen mellem EU og USA
safeguard-dpf-description = Modtageren i USA er certificeret under databeskyttelsesrammen mellem EU og USA, som Europa-Kommissionen har anerkendt giver dine oplysninger et tilstrækkeligt beskyttelsesniveau.
# Artikel 49: »Undtagelser i særlige situationer«
safeguard-derogation = Undtagelse (artikel 49)
safeguard-derogation-description = Ingen anden garanti kan anvendes, så overførslen sker på grundlag af en af de snævre undtagelser i databeskyttelsesforordningens artikel 49, f.eks. dit udtrykkelige samtykke eller at overførslen er nødvendig for at opfylde en kontrakt med dig.

## Den registreredes rettigheder (databeskyttelsesforordningens artikel 7, stk. 3, artikel 15-22 og artikel 77)

# Artikel 15: »Den registreredes indsigtsret«
right-access = Indsigtsret
right-access-ref = databeskyttelsesforordningens artikel 15
# Artikel 16: »Ret til berigtigelse«
right-rectification = Ret til berigtigelse
right-rectification-ref = databeskyttelsesforordningens artikel 16
# Artikel 17: »Ret til sletning (»retten til at blive glemt«)«
right-erasure = Ret til sletning
right-erasure-ref = databeskyttelsesforordningens artikel 17
# Artikel 18: »Ret til begrænsning af behandling«
right-restriction = Ret til begrænsning af behandling
right-restriction-ref = databeskyttelsesforordningens artikel 18
# Artikel 20: »Ret til dataportabilitet«
right-portability = Ret til dataportabilitet
right-portability-ref = databeskyttelsesforordningens artikel 20
# Artikel 21: »Ret til indsigelse«
right-objection = Ret til indsigelse
right-objection-ref = databeskyttelsesforordningens artikel 21
# Artikel 22, stk. 1: »ret til ikke at være genstand for en afgørelse, der alene er baseret på automatisk
# behandling, herunder profilering«
right-automated-decisions = Ret til ikke at være genstand for en afgørelse, der alene er baseret på automatisk behandling
right-automated-decisions-ref = databeskyttelsesforordningens artikel 22
# Artikel 7, stk. 3: »Den registrerede har til enhver tid ret til at trække sit samtykke tilbage«
right-withdraw-consent = Ret til at trække samtykke tilbage
right-withdraw-consent-ref = databeskyttelsesforordningens artikel 7, stk. 3
# Artikel 77: »Ret til at indgive klage til en tilsynsmyndighed«
right-complaint = Ret til at indgive klage til en tilsynsmyndighed
right-complaint-ref = databeskyttelsesforordningens artikel 77
