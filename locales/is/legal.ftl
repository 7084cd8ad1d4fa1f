### Heimildir til vinnslu (9. gr. laga nr. 90/2018, sbr. 1. mgr. 6. gr. reglugerðar
### (ESB) 2016/679) og heimildir til miðlunar til þriðju landa (V. kafli reglugerðarinnar):
### stutt heiti, tilvísanir í ákvæði og lýsingar á einföldu máli. Reglugerðin hefur
### lagagildi hér á landi skv. 2. gr. laga nr. 90/2018 og er birt sem fylgiskjal með þeim.
### Tilvitnanir í fyrirsagnir greina reglugerðarinnar hér að neðan þarf að bera saman
### við íslensku þýðinguna í fylgiskjalinu áður en textinn er birtur.

## Heimildir til vinnslu (9. gr. laga nr. 90/2018)

# 1. tölul. 9. gr. laga nr. 90/2018 (a-liður 1. mgr. 6. gr. reglugerðarinnar): samþykki hins skráða „fyrir vinnslunni í þágu eins eða fleiri tiltekinna markmiða“
legal-basis-consent = Samþykki
legal-basis-consent-ref = 1. tölul. 9. gr. laga nr. 90/2018, sbr. a-lið 1. mgr. 6. gr. reglugerðar (ESB) 2016/679
# 2. tölul. 9. gr. (b-liður 1. mgr. 6. gr.): „vinnslan er nauðsynleg til að efna samning sem hinn skráði er aðili að“
legal-basis-contract = Efndir samnings
legal-basis-contract-ref = 2. tölul. 9. gr. laga nr. 90/2018, sbr. b-lið 1. mgr. 6. gr. reglugerðar (ESB) 2016/679
# 3. tölul. 9. gr. (c-liður 1. mgr. 6. gr.): „vinnslan er nauðsynleg til að fullnægja lagaskyldu sem hvílir á ábyrgðaraðila“
legal-basis-legal-obligation = Lagaskylda
legal-basis-legal-obligation-ref = 3. tölul. 9. gr. laga nr. 90/2018, sbr. c-lið 1. mgr. 6. gr. reglugerðar (ESB) 2016/679
# 4. tölul. 9. gr. (d-liður 1. mgr. 6. gr.): „vinnslan er nauðsynleg til að vernda brýna hagsmuni hins skráða eða annars einstaklings“
legal-basis-vital-interests = Brýnir hagsmunir
legal-basis-vital-interests-ref = 4. tölul. 9. gr. laga nr. 90/2018, sbr. d-lið 1. mgr. 6. gr. reglugerðar (ESB) 2016/679
# 5. tölul. 9. gr. (e-liður 1. mgr. 6. gr.): „vinnslan er nauðsynleg vegna verks sem unnið er í þágu almannahagsmuna eða við beitingu opinbers valds sem ábyrgðaraðili fer með“
legal-basis-public-task = Almannahagsmunir eða beiting opinbers valds
legal-basis-public-task-ref = 5. tölul. 9. gr. laga nr. 90/2018, sbr. e-lið 1. mgr. 6. gr. reglugerðar (ESB) 2016/679
# 6. tölul. 9. gr. (f-liður 1. mgr. 6. gr.): „vinnslan er nauðsynleg vegna lögmætra hagsmuna sem ábyrgðaraðili eða þriðji maður gætir“
legal-basis-legitimate-interests = Lögmætir hagsmunir
legal-basis-legitimate-interests-ref = 6. tölul. 9. gr. laga nr. 90/2018, sbr. f-lið 1. mgr. 6. gr. reglugerðar (ESB) 2016/679

## Heimildir til miðlunar (45.–49. gr. reglugerðar (ESB) 2016/679)

# 45. gr. reglugerðarinnar (íslensk þýðing, fylgiskjal með lögum nr. 90/2018): „Miðlun á grundvelli ákvörðunar um fullnægjandi vernd“
safeguard-adequacy = Ákvörðun um fullnægjandi vernd
safeguard-adequacy-description = Framkvæmdastjórn Evrópusambandsins hefur ákveðið að landið sem tekur við upplýsingunum veiti persónuupplýsingum vernd sem jafnast í meginatriðum á við vernd innan EES.
# c-liður 2. mgr. 46. gr.: „föst samningsákvæði um persónuvernd sem framkvæmdastjórnin samþykkir“
safeguard-scc = Föst samningsákvæði um persónuvernd
safeguard-scc-description = Við höfum samið við viðtakandann á grundvelli samningsákvæða sem framkvæmdastjórn Evrópusambandsins hefur samþykkt og skuldbinda hann til að vernda persónuupplýsingar þínar í samræmi við evrópskar kröfur.
# 47. gr.: „Bindandi fyrirtækjareglur“
safeguard-bcr = Bindandi fyrirtækjareglur
safeguard-bcr-description = Viðtakandinn tilheyrir fyrirtækjasamstæðu sem hefur innri persónuverndarreglur sem evrópskt persónuverndaryfirvald hefur samþykkt og eru bindandi fyrir öll fyrirtæki samstæðunnar.
# Framkvæmdarákvörðun (ESB) 2023/1795 frá 10. júlí 2023 liggur ekki fyrir í opinberri íslenskri þýðingu
# sem hér var hægt að staðfesta; enska heitið „EU-U.S. Data Privacy Framework“ er haft með.
safeguard-dpf = Persónuverndarrammi ESB og Bandaríkjanna (EU–US Data Privacy Framework)
safeguard-dpf-description = Viðtakandinn í Bandaríkjunum hefur vottun samkvæmt persónuverndarramma ESB og Bandaríkjanna, sem framkvæmdastjórn Evrópusambandsins hefur viðurkennt að veiti upplýsingum þínum fullnægjandi vernd.
# 49. gr.: „Undanþágur vegna sérstakra aðstæðna“
safeguard-derogation = Undanþága (49. gr.)
safeguard-derogation-description = Engin önnur heimild til miðlunar á við og því byggist miðlunin á einni af þröngum undanþágum 49. gr. reglugerðar (ESB) 2016/679, til dæmis á afdráttarlausu samþykki þínu eða því að miðlunin sé nauðsynleg til að efna samning við þig.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# 15. gr. reglugerðarinnar, fyrirsögn: „Aðgangsréttur skráðs einstaklings“
right-access = Réttur til aðgangs
right-access-ref = 15. gr. reglugerðar (ESB) 2016/679
# 16. gr., fyrirsögn: „Réttur til leiðréttingar“
right-rectification = Réttur til leiðréttingar
right-rectification-ref = 16. gr. reglugerðar (ESB) 2016/679
# 17. gr., fyrirsögn: „Réttur til eyðingar („réttur til að gleymast“)“
right-erasure = Réttur til eyðingar („réttur til að gleymast“)
right-erasure-ref = 17. gr. reglugerðar (ESB) 2016/679
# 18. gr., fyrirsögn: „Réttur til takmörkunar á vinnslu“
right-restriction = Réttur til takmörkunar á vinnslu
right-restriction-ref = 18. gr. reglugerðar (ESB) 2016/679
# 20. gr., fyrirsögn: „Réttur til að flytja eigin gögn“
right-portability = Réttur til að flytja eigin gögn
right-portability-ref = 20. gr. reglugerðar (ESB) 2016/679
# 21. gr., fyrirsögn: „Andmælaréttur“
right-objection = Andmælaréttur
right-objection-ref = 21. gr. reglugerðar (ESB) 2016/679
# 1. mgr. 22. gr.: réttur til þess „að ekki sé tekin ákvörðun eingöngu á grundvelli sjálfvirkrar vinnslu, þ.m.t. gerðar persónusniðs“
right-automated-decisions = Réttur til þess að ekki sé tekin ákvörðun eingöngu á grundvelli sjálfvirkrar vinnslu
right-automated-decisions-ref = 22. gr. reglugerðar (ESB) 2016/679
# 3. mgr. 7. gr.: réttur skráðs einstaklings „til að draga samþykki sitt til baka hvenær sem er“
right-withdraw-consent = Réttur til að draga samþykki til baka hvenær sem er
right-withdraw-consent-ref = 3. mgr. 7. gr. reglugerðar (ESB) 2016/679
# 77. gr., fyrirsögn: „Réttur til að leggja fram kvörtun hjá eftirlitsyfirvaldi“ (hér á landi Persónuvernd)
right-complaint = Réttur til að leggja fram kvörtun hjá eftirlitsyfirvaldi
right-complaint-ref = 77. gr. reglugerðar (ESB) 2016/679
