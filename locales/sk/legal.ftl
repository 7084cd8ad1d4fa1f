### Právne základy spracúvania (čl. 6 ods. 1 GDPR) a záruky pri prenose do tretích
### krajín (kapitola V GDPR): krátke názvy, odkazy na články a zrozumiteľné opisy.

## Právne základy (čl. 6 ods. 1 GDPR)

# GDPR čl. 6 ods. 1 písm. a), úradné slovenské znenie: „dotknutá osoba vyjadrila súhlas so spracúvaním svojich osobných údajov“
legal-basis-consent = Súhlas
legal-basis-consent-ref = čl. 6 ods. 1 písm. a) GDPR
# GDPR čl. 6 ods. 1 písm. b): „spracúvanie je nevyhnutné na plnenie zmluvy, ktorej zmluvnou stranou je dotknutá osoba“
legal-basis-contract = Plnenie zmluvy
legal-basis-contract-ref = čl. 6 ods. 1 písm. b) GDPR
# GDPR čl. 6 ods. 1 písm. c): „spracúvanie je nevyhnutné na splnenie zákonnej povinnosti prevádzkovateľa“
legal-basis-legal-obligation = Splnenie zákonnej povinnosti
legal-basis-legal-obligation-ref = čl. 6 ods. 1 písm. c) GDPR
# GDPR čl. 6 ods. 1 písm. d): „spracúvanie je nevyhnutné, aby sa ochránili životne dôležité záujmy dotknutej osoby alebo inej fyzickej osoby“
legal-basis-vital-interests = Životne dôležité záujmy
legal-basis-vital-interests-ref = čl. 6 ods. 1 písm. d) GDPR
# GDPR čl. 6 ods. 1 písm. e): „spracúvanie je nevyhnutné na splnenie úlohy realizovanej vo verejnom záujme alebo pri výkone verejnej moci zverenej prevádzkovateľovi“
legal-basis-public-task = Úloha vo verejnom záujme alebo výkon verejnej moci
legal-basis-public-task-ref = čl. 6 ods. 1 písm. e) GDPR
# GDPR čl. 6 ods. 1 písm. f): „spracúvanie je nevyhnutné na účely oprávnených záujmov, ktoré sleduje prevádzkovateľ alebo tretia strana“
legal-basis-legitimate-interests = Oprávnené záujmy
legal-basis-legitimate-interests-ref = čl. 6 ods. 1 písm. f) GDPR

## Záruky pri prenose (čl. 45 – 49 GDPR)

# GDPR čl. 45, nadpis: „Prenosy na základe rozhodnutia o primeranosti“
safeguard-adequacy = Rozhodnutie o primeranosti
safeguard-adequacy-description = Európska komisia rozhodla, že krajina, do ktorej sa vaše údaje prenášajú, chráni osobné údaje na úrovni v podstate rovnocennej s úrovňou ochrany v EÚ.
# GDPR čl. 46 ods. 2 písm. c): „štandardné doložky o ochrane údajov prijaté Komisiou“
safeguard-scc = Štandardné doložky o ochrane údajov
safeguard-scc-description = S príjemcom sme dohodli zmluvné podmienky schválené Európskou komisiou, ktoré ho zaväzujú chrániť vaše osobné údaje podľa noriem EÚ.
# GDPR čl. 47, nadpis: „Záväzné vnútropodnikové pravidlá“
safeguard-bcr = Záväzné vnútropodnikové pravidlá
safeguard-bcr-description = Príjemca patrí do skupiny podnikov, ktorej interné pravidlá ochrany údajov schválil dozorný orgán v EÚ a ktoré sú záväzné pre každý podnik v skupine.
# Vykonávacie rozhodnutie Komisie (EÚ) 2023/1795 z 10. júla 2023 „o primeranej úrovni ochrany osobných údajov na základe rámca pre ochranu osobných údajov medzi EÚ a USA“
safeguard-dpf = Rámec pre ochranu osobných údajov medzi EÚ a USA
safeguard-dpf-description = Príjemca v Spojených štátoch je certifikovaný podľa rámca pre ochranu osobných údajov medzi EÚ a USA, o ktorom Európska komisia rozhodla, že zaručuje primeranú ochranu vašich údajov.
# GDPR čl. 49, nadpis: „Výnimky pre osobitné situácie“
safeguard-derogation = Výnimka (čl. 49 GDPR)
safeguard-derogation-description = Nevzťahuje sa žiadna iná záruka, preto sa prenos zakladá na jednej z úzko vymedzených výnimiek podľa článku 49 GDPR, napríklad na vašom výslovnom súhlase alebo na potrebe plniť zmluvu uzavretú s vami.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# GDPR čl. 15, nadpis: „Právo dotknutej osoby na prístup k údajom“
right-access = Právo na prístup k údajom
right-access-ref = čl. 15 GDPR
# GDPR čl. 16, nadpis: „Právo na opravu“
right-rectification = Právo na opravu
right-rectification-ref = čl. 16 GDPR
# GDPR čl. 17, nadpis: „Právo na vymazanie (právo ‚na zabudnutie‘)“
right-erasure = Právo na vymazanie (právo „na zabudnutie“)
right-erasure-ref = čl. 17 GDPR
# GDPR čl. 18, nadpis: „Právo na obmedzenie spracúvania“
right-restriction = Právo na obmedzenie spracúvania
right-restriction-ref = čl. 18 GDPR
# GDPR čl. 20, nadpis: „Právo na prenosnosť údajov“
right-portability = Právo na prenosnosť údajov
right-portability-ref = čl. 20 GDPR
# GDPR čl. 21, nadpis: „Právo namietať“
right-objection = Právo namietať
right-objection-ref = čl. 21 GDPR
# GDPR čl. 22 ods. 1: „právo na to, aby sa na ňu nevzťahovalo rozhodnutie, ktoré je založené výlučne na automatizovanom spracúvaní vrátane profilovania“
right-automated-decisions = Právo, aby sa na vás nevzťahovalo rozhodnutie založené výlučne na automatizovanom spracúvaní
right-automated-decisions-ref = čl. 22 GDPR
# GDPR čl. 7 ods. 3: „Dotknutá osoba má právo kedykoľvek svoj súhlas odvolať.“
right-withdraw-consent = Právo kedykoľvek odvolať súhlas
right-withdraw-consent-ref = čl. 7 ods. 3 GDPR
# GDPR čl. 77, nadpis: „Právo podať sťažnosť dozornému orgánu“
right-complaint = Právo podať sťažnosť dozornému orgánu
right-complaint-ref = čl. 77 GDPR
