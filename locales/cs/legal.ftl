### Právní základy zpracování (čl. 6 odst. 1 GDPR) a záruky pro předávání do
### třetích zemí (kapitola V GDPR): krátké názvy, odkazy na články a popisy
### srozumitelným jazykem.

## Právní základy (čl. 6 odst. 1 GDPR)

# Čl. 6 odst. 1 písm. a) GDPR, úřední české znění: „subjekt údajů udělil souhlas se zpracováním svých osobních údajů“
legal-basis-consent = Souhlas
legal-basis-consent-ref = čl. 6 odst. 1 písm. a) GDPR
# Čl. 6 odst. 1 písm. b): „zpracování je nezbytné pro splnění smlouvy, jejíž smluvní stranou je subjekt údajů“
legal-basis-contract = Splnění smlouvy
legal-basis-contract-ref = čl. 6 odst. 1 písm. b) GDPR
# Čl. 6 odst. 1 písm. c): „zpracování je nezbytné pro splnění právní povinnosti, která se na správce vztahuje“
legal-basis-legal-obligation = Splnění právní povinnosti
legal-basis-legal-obligation-ref = čl. 6 odst. 1 písm. c) GDPR
# Čl. 6 odst. 1 písm. d): „zpracování je nezbytné pro ochranu životně důležitých zájmů subjektu údajů nebo jiné fyzické osoby“
legal-basis-vital-interests = Ochrana životně důležitých zájmů
legal-basis-vital-interests-ref = čl. 6 odst. 1 písm. d) GDPR
# Čl. 6 odst. 1 písm. e): „zpracování je nezbytné pro splnění úkolu prováděného ve veřejném zájmu nebo při výkonu veřejné moci, kterým je pověřen správce“
legal-basis-public-task = Úkol prováděný ve veřejném zájmu nebo při výkonu veřejné moci
legal-basis-public-task-ref = čl. 6 odst. 1 písm. e) GDPR
# Čl. 6 odst. 1 písm. f): „zpracování je nezbytné pro účely oprávněných zájmů příslušného správce či třetí strany“
legal-basis-legitimate-interests = Oprávněné zájmy
legal-basis-legitimate-interests-ref = čl. 6 odst. 1 písm. f) GDPR

## Záruky pro předávání (čl. 45–49 GDPR)

# Čl. 45 GDPR: „Předání na základě rozhodnutí o odpovídající ochraně“
safeguard-adequacy = Rozhodnutí o odpovídající ochraně
safeguard-adequacy-description = Evropská komise rozhodla, že země, do níž jsou vaše údaje předávány, chrání osobní údaje na úrovni, která je v zásadě rovnocenná úrovni ochrany v EU.
# Čl. 46 odst. 2 písm. c) GDPR: „standardní doložky o ochraně osobních údajů přijaté Komisí“
safeguard-scc = Standardní doložky o ochraně osobních údajů
safeguard-scc-description = S příjemcem jsme sjednali smluvní podmínky schválené Evropskou komisí, které ho zavazují chránit vaše osobní údaje podle standardů EU.
# Čl. 47 GDPR: „Závazná podniková pravidla“
safeguard-bcr = Závazná podniková pravidla
safeguard-bcr-description = Příjemce patří do skupiny podniků, jejíž interní pravidla ochrany osobních údajů schválil dozorový úřad v EU a která jsou závazná pro všechny společnosti ve skupině.
# Prováděcí rozhodnutí Komise (EU) 2023/1795 ze dne 10. července 2023 „o odpovídající úrovni ochrany osobních
# údajů poskytované Rámcem ochrany soukromí mezi EU a USA“
safeguard-dpf = Rámec ochrany soukromí mezi EU a USA
safeguard-dpf-description = Příjemce ve Spojených státech je certifikován podle Rámce ochrany soukromí mezi EU a USA, o němž Evropská komise rozhodla, že zajišťuje odpovídající ochranu vašich údajů.
# Čl. 49 GDPR: „Výjimky pro specifické situace“
safeguard-derogation = Výjimka (čl. 49 GDPR)
safeguard-derogation-description = Žádnou jinou záruku nelze použít, a předání se proto opírá o některou z úzce vymezených výjimek podle článku 49 GDPR, například o váš výslovný souhlas nebo o nezbytnost předání pro splnění smlouvy s vámi.

## Práva subjektu údajů (čl. 7 odst. 3, čl. 15–22 a čl. 77 GDPR)

# Čl. 15 GDPR: „Právo subjektu údajů na přístup k osobním údajům“
right-access = Právo na přístup k osobním údajům
right-access-ref = čl. 15 GDPR
# Čl. 16 GDPR: „Právo na opravu“
right-rectification = Právo na opravu
right-rectification-ref = čl. 16 GDPR
# Čl. 17 GDPR: „Právo na výmaz (‚právo být zapomenut‘)“
right-erasure = Právo na výmaz
right-erasure-ref = čl. 17 GDPR
# Čl. 18 GDPR: „Právo na omezení zpracování“
right-restriction = Právo na omezení zpracování
right-restriction-ref = čl. 18 GDPR
# Čl. 20 GDPR: „Právo na přenositelnost údajů“
right-portability = Právo na přenositelnost údajů
right-portability-ref = čl. 20 GDPR
# Čl. 21 GDPR: „Právo vznést námitku“
right-objection = Právo vznést námitku
right-objection-ref = čl. 21 GDPR
# Čl. 22 odst. 1 GDPR: „právo nebýt předmětem žádného rozhodnutí založeného výhradně na automatizovaném
# zpracování, včetně profilování“
right-automated-decisions = Právo nebýt předmětem rozhodnutí založeného výhradně na automatizovaném zpracování
right-automated-decisions-ref = čl. 22 GDPR
# Čl. 7 odst. 3 GDPR: „Subjekt údajů má právo svůj souhlas kdykoli odvolat.“
right-withdraw-consent = Právo odvolat souhlas
right-withdraw-consent-ref = čl. 7 odst. 3 GDPR
# Čl. 77 GDPR: „Právo podat stížnost u dozorového úřadu“
right-complaint = Právo podat stížnost u dozorového úřadu
right-complaint-ref = čl. 77 GDPR
