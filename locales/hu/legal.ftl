### Az adatkezelés jogalapjai (GDPR 6. cikk (1) bekezdés) és a harmadik országokba
### irányuló adattovábbítás garanciái (GDPR V. fejezet): rövid megnevezések,
### cikkhivatkozások és közérthető leírások.

## Jogalapok (GDPR 6. cikk (1) bekezdés)

# GDPR 6. cikk (1) bekezdés a) pont, hivatalos magyar szöveg: „az érintett hozzájárulását adta személyes adatainak … kezeléséhez”
legal-basis-consent = Hozzájárulás
legal-basis-consent-ref = GDPR 6. cikk (1) bekezdés a) pont
# GDPR 6. cikk (1) bekezdés b) pont: „az adatkezelés olyan szerződés teljesítéséhez szükséges, amelyben az érintett az egyik fél”
legal-basis-contract = Szerződés teljesítése
legal-basis-contract-ref = GDPR 6. cikk (1) bekezdés b) pont
# GDPR 6. cikk (1) bekezdés c) pont: „az adatkezelés az adatkezelőre vonatkozó jogi kötelezettség teljesítéséhez szükséges”
legal-basis-legal-obligation = Jogi kötelezettség teljesítése
legal-basis-legal-obligation-ref = GDPR 6. cikk (1) bekezdés c) pont
# GDPR 6. cikk (1) bekezdés d) pont: „az adatkezelés az érintett vagy egy másik természetes személy létfontosságú érdekeinek védelme miatt szükséges”
legal-basis-vital-interests = Létfontosságú érdek védelme
legal-basis-vital-interests-ref = GDPR 6. cikk (1) bekezdés d) pont
# GDPR 6. cikk (1) bekezdés e) pont: „közérdekű vagy az adatkezelőre ruházott közhatalmi jogosítvány gyakorlásának keretében végzett feladat végrehajtásához szükséges”
legal-basis-public-task = Közérdekű feladat vagy közhatalmi jogosítvány gyakorlása
legal-basis-public-task-ref = GDPR 6. cikk (1) bekezdés e) pont
# GDPR 6. cikk (1) bekezdés f) pont: „az adatkezelés az adatkezelő vagy egy harmadik fél jogos érdekeinek érvényesítéséhez szükséges”
legal-basis-legitimate-interests = Jogos érdek
legal-basis-legitimate-interests-ref = GDPR 6. cikk (1) bekezdés f) pont

## Az adattovábbítás garanciái (GDPR 45–49. cikk)

# GDPR 45. cikk: „Adattovábbítás megfelelőségi határozat alapján”
safeguard-adequacy = Megfelelőségi határozat
safeguard-adequacy-description = Az Európai Bizottság megállapította, hogy az adatait fogadó ország a személyes adatokat az uniós szinttel lényegében azonos szinten védi.
# GDPR 46. cikk (2) bekezdés c) pont: „a Bizottság által … elfogadott általános adatvédelmi kikötések”
safeguard-scc = Általános adatvédelmi kikötések
safeguard-scc-description = A címzettel az Európai Bizottság által jóváhagyott szerződési feltételekben állapodtunk meg, amelyek kötelezik a címzettet, hogy személyes adatait az uniós követelményeknek megfelelően védje.
# GDPR 47. cikk: „Kötelező erejű vállalati szabályok”
safeguard-bcr = Kötelező erejű vállalati szabályok
safeguard-bcr-description = A címzett olyan vállalkozáscsoporthoz tartozik, amelynek belső adatvédelmi szabályait egy uniós adatvédelmi hatóság jóváhagyta, és amelyek a csoport minden tagjára kötelezőek.
# A Bizottság 2023. július 10-i (EU) 2023/1795 végrehajtási határozata: „EU–USA adatvédelmi keret”
safeguard-dpf = EU–USA adatvédelmi keret
safeguard-dpf-description = Az Egyesült Államokban működő címzett tanúsítvánnyal rendelkezik az EU–USA adatvédelmi keret szerint, amelyről az Európai Bizottság megállapította, hogy megfelelő védelmet nyújt az adatainak.
# GDPR 49. cikk: „Különös helyzetekben biztosított eltérések”
safeguard-derogation = Eltérés (GDPR 49. cikk)
safeguard-derogation-description = Más garancia nem alkalmazható, ezért az adattovábbítás a GDPR 49. cikkében meghatározott szűk körű eltérések egyikén alapul, például az Ön kifejezett hozzájárulásán vagy azon, hogy a továbbítás az Önnel kötött szerződés teljesítéséhez szükséges.

## Az érintett jogai (GDPR 7. cikk (3) bekezdés, 15–22. cikk és 77. cikk)

# GDPR 15. cikk: „Az érintett hozzáférési joga”
right-access = Hozzáférési jog
right-access-ref = GDPR 15. cikk
# GDPR 16. cikk: „A helyesbítéshez való jog”
right-rectification = A helyesbítéshez való jog
right-rectification-ref = GDPR 16. cikk
# GDPR 17. cikk: „A törléshez való jog (»az elfeledtetéshez való jog«)”
right-erasure = A törléshez való jog
right-erasure-ref = GDPR 17. cikk
# GDPR 18. cikk: „Az adatkezelés korlátozásához való jog”
right-restriction = Az adatkezelés korlátozásához való jog
right-restriction-ref = GDPR 18. cikk
# GDPR 20. cikk: „Az adathordozhatósághoz való jog”
right-portability = Az adathordozhatósághoz való jog
right-portability-ref = GDPR 20. cikk
# GDPR 21. cikk: „A tiltakozáshoz való jog”
right-objection = A tiltakozáshoz való jog
right-objection-ref = GDPR 21. cikk
# GDPR 22. cikk (1) bekezdés: „Az érintett jogosult arra, hogy ne terjedjen ki rá az olyan, kizárólag
# automatizált adatkezelésen – ideértve a profilalkotást is – alapuló döntés hatálya …”
right-automated-decisions = Jog ahhoz, hogy az érintettre ne terjedjen ki a kizárólag automatizált adatkezelésen alapuló döntés hatálya
right-automated-decisions-ref = GDPR 22. cikk
# GDPR 7. cikk (3) bekezdés: „Az érintett jogosult arra, hogy hozzájárulását bármikor visszavonja.”
right-withdraw-consent = A hozzájárulás visszavonásának joga
right-withdraw-consent-ref = GDPR 7. cikk (3) bekezdés
# GDPR 77. cikk: „A felügyeleti hatóságnál történő panasztételhez való jog”
right-complaint = A felügyeleti hatóságnál történő panasztételhez való jog
right-complaint-ref = GDPR 77. cikk
