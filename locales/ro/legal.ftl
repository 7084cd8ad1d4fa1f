### Temeiurile juridice ale prelucrării [art. 6 alin. (1) din RGPD] și garanțiile pentru
### transferurile către țări terțe (capitolul V din RGPD): denumiri scurte, trimiteri la
### articole și descrieri pe înțelesul tuturor.

## Temeiuri juridice [art. 6 alin. (1) din RGPD]

# RGPD art. 6 alin. (1) lit. (a), textul oficial în limba română: „persoana vizată și-a dat consimțământul pentru prelucrarea datelor sale cu caracter personal”
legal-basis-consent = Consimțământ
legal-basis-consent-ref = art. 6 alin. (1) lit. (a) din RGPD
# RGPD art. 6 alin. (1) lit. (b): „prelucrarea este necesară pentru executarea unui contract la care persoana vizată este parte”
legal-basis-contract = Executarea unui contract
legal-basis-contract-ref = art. 6 alin. (1) lit. (b) din RGPD
# RGPD art. 6 alin. (1) lit. (c): „prelucrarea este necesară în vederea îndeplinirii unei obligații legale care îi revine operatorului”
legal-basis-legal-obligation = Îndeplinirea unei obligații legale
legal-basis-legal-obligation-ref = art. 6 alin. (1) lit. (c) din RGPD
# RGPD art. 6 alin. (1) lit. (d): „prelucrarea este necesară pentru a proteja interesele vitale ale persoanei vizate sau ale altei persoane fizice”
legal-basis-vital-interests = Protejarea intereselor vitale
legal-basis-vital-interests-ref = art. 6 alin. (1) lit. (d) din RGPD
# RGPD art. 6 alin. (1) lit. (e): „îndeplinirea unei sarcini care servește unui interes public sau care rezultă din exercitarea autorității publice cu care este învestit operatorul”
legal-basis-public-task = Sarcină de interes public sau exercitarea autorității publice
legal-basis-public-task-ref = art. 6 alin. (1) lit. (e) din RGPD
# RGPD art. 6 alin. (1) lit. (f): „prelucrarea este necesară în scopul intereselor legitime urmărite de operator sau de o parte terță”
legal-basis-legitimate-interests = Interese legitime
legal-basis-legitimate-interests-ref = art. 6 alin. (1) lit. (f) din RGPD

## Garanții pentru transferuri (art. 45–49 din RGPD)

# RGPD art. 45, titlul: „Transferuri în temeiul unei decizii privind caracterul adecvat al nivelului de protecție”
safeguard-adequacy = Decizie privind caracterul adecvat al nivelului de protecție
safeguard-adequacy-description = Comisia Europeană a decis că țara care primește datele dumneavoastră protejează datele cu caracter personal la un nivel în esență echivalent cu cel din UE.
# RGPD art. 46 alin. (2) lit. (c): „clauze standard de protecție a datelor adoptate de Comisie”
safeguard-scc = Clauze standard de protecție a datelor
safeguard-scc-description = Am convenit cu destinatarul clauze contractuale aprobate de Comisia Europeană, care îl obligă să protejeze datele dumneavoastră cu caracter personal conform standardelor UE.
# RGPD art. 47, titlul: „Reguli corporatiste obligatorii”
safeguard-bcr = Reguli corporatiste obligatorii
safeguard-bcr-description = Destinatarul face parte dintr-un grup de întreprinderi ale cărui reguli interne de protecție a datelor au fost aprobate de o autoritate pentru protecția datelor din UE și sunt obligatorii pentru fiecare întreprindere din grup.
# Decizia de punere în aplicare (UE) 2023/1795 a Comisiei din 10 iulie 2023 și Rezoluția Parlamentului European din 11 mai 2023: „Cadrul UE-SUA privind confidențialitatea datelor”
safeguard-dpf = Cadrul UE-SUA privind confidențialitatea datelor
safeguard-dpf-description = Destinatarul din Statele Unite este certificat în temeiul Cadrului UE-SUA privind confidențialitatea datelor, despre care Comisia Europeană a constatat că asigură un nivel adecvat de protecție a datelor dumneavoastră.
# RGPD art. 49, titlul: „Derogări pentru situații specifice”
safeguard-derogation = Derogare (art. 49 din RGPD)
safeguard-derogation-description = Nu se aplică nicio altă garanție, așa că transferul se întemeiază pe una dintre excepțiile strict delimitate de la articolul 49 din RGPD, cum ar fi consimțământul dumneavoastră explicit sau necesitatea de a executa un contract încheiat cu dumneavoastră.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# RGPD art. 15, titlul: „Dreptul de acces al persoanei vizate”
right-access = Dreptul de acces
right-access-ref = art. 15 din RGPD
# RGPD art. 16, titlul: „Dreptul la rectificare”
right-rectification = Dreptul la rectificare
right-rectification-ref = art. 16 din RGPD
# RGPD art. 17, titlul: „Dreptul la ștergerea datelor («dreptul de a fi uitat»)”
right-erasure = Dreptul la ștergerea datelor („dreptul de a fi uitat”)
right-erasure-ref = art. 17 din RGPD
# RGPD art. 18, titlul: „Dreptul la restricționarea prelucrării”
right-restriction = Dreptul la restricționarea prelucrării
right-restriction-ref = art. 18 din RGPD
# RGPD art. 20, titlul: „Dreptul la portabilitatea datelor”
right-portability = Dreptul la portabilitatea datelor
right-portability-ref = art. 20 din RGPD
# RGPD art. 21, titlul: „Dreptul la opoziție”
right-objection = Dreptul la opoziție
right-objection-ref = art. 21 din RGPD
# RGPD art. 22 alin. (1): „dreptul de a nu face obiectul unei decizii bazate exclusiv pe prelucrarea automată, inclusiv crearea de profiluri”
right-automated-decisions = Dreptul de a nu face obiectul unei decizii bazate exclusiv pe prelucrarea automată
right-automated-decisions-ref = art. 22 din RGPD
# RGPD art. 7 alin. (3): „Persoana vizată are dreptul să își retragă în orice moment consimțământul.”
right-withdraw-consent = Dreptul de a vă retrage în orice moment consimțământul
right-withdraw-consent-ref = art. 7 alin. (3) din RGPD
# RGPD art. 77, titlul: „Dreptul de a depune o plângere la o autoritate de supraveghere”
right-complaint = Dreptul de a depune o plângere la o autoritate de supraveghere
right-complaint-ref = art. 77 din RGPD
