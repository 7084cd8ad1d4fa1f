### Hverju var breytt: samanburðarsíður, breytingaskrár og fréttaveitur (íslenska).

diff-title = Breytingar { $date }
diff-compared = Borið saman við útgáfuna sem gilti frá { $old }.
diff-read-old = Eldri útgáfa
diff-read-new = Þessi útgáfa
diff-summary-heading = Samantekt
diff-legend = Merkt í textanum:
diff-legend-inserted = bætt við
diff-legend-deleted = fjarlægt
diff-coarse = Sumar breytingar voru of umfangsmiklar til að merkja þær orð fyrir orð: þær eru sýndar sem heilir kaflar sem voru fjarlægðir og bætt við.
diff-policy-title = Titill stefnunnar
diff-intro = Inngangur
diff-status-unchanged = óbreytt
diff-status-added = nýtt
diff-status-removed = fjarlægt
diff-status-changed = breytt
# Skjálesarar lesa þetta upp á undan og eftir hverri breytingu.
diff-inserted = bætt við
diff-deleted = fjarlægt
diff-end = {""}

diff-count-none = Engar breytingar á textanum eða viðtakendum.
diff-count-processors-added = { $count ->
    [one] { $count } vinnsluaðila bætt við
   *[other] { $count } vinnsluaðilum bætt við
}
diff-count-processors-removed = { $count ->
    [one] { $count } vinnsluaðili fjarlægður
   *[other] { $count } vinnsluaðilar fjarlægðir
}
diff-count-processors-changed = { $count ->
    [one] { $count } vinnsluaðila breytt
   *[other] { $count } vinnsluaðilum breytt
}
diff-count-sections-added = { $count ->
    [one] { $count } kafla bætt við
   *[other] { $count } köflum bætt við
}
diff-count-sections-removed = { $count ->
    [one] { $count } kafli fjarlægður
   *[other] { $count } kaflar fjarlægðir
}
diff-count-sections-changed = { $count ->
    [one] { $count } kafla breytt
   *[other] { $count } köflum breytt
}
diff-count-purposes-added = { $count ->
    [one] { $count } ákvæði um tilgang bætt við
   *[other] { $count } ákvæðum um tilgang bætt við
}
diff-count-purposes-removed = { $count ->
    [one] { $count } ákvæði um tilgang fjarlægt
   *[other] { $count } ákvæði um tilgang fjarlægð
}
diff-count-purposes-changed = { $count ->
    [one] { $count } ákvæði um tilgang breytt
   *[other] { $count } ákvæðum um tilgang breytt
}
diff-count-title-changed = titli breytt
diff-count-intro-changed = inngangi breytt

diff-processor-added = { $name } hefur bæst við sem viðtakandi. { $details }
diff-processor-where = Unnið er með upplýsingarnar í eftirtöldum löndum: { $countries }.
diff-processor-safeguard = Heimild til miðlunar: { $safeguard }.
diff-processor-removed = { $name } er ekki lengur viðtakandi.
diff-processor-safeguard-changed = { $name }: heimild til miðlunar breyttist úr „{ $old }“ í „{ $new }“.
diff-processor-headquarters-changed = { $name }: höfuðstöðvar nú: { $new } (áður: { $old }).
diff-processor-purpose-changed = { $name }: tilgangi breytt (áður: „{ $old }“; nú: „{ $new }“).
diff-processor-data-changed = { $name }: persónuupplýsingum sem miðlað er breytt (áður: „{ $old }“; nú: „{ $new }“).
safeguard-none = engin tilgreind

processors-log-heading = Breytingaskrá
exports-label = Tölvulesanlegt:
feed-subscribe = Atom-fréttaveita
feed-title = { $company }: breytingar á persónuverndarstefnu
site-feed-title = Allar breytingar á persónuverndarstefnum
subscribe-heading = Fylgst með breytingum
subscribe-feed = Nýjar útgáfur eru kynntar í fréttaveitunni:
subscribe-email-label = Netfang
subscribe-button = Gerast áskrifandi
feed-entry-title = Ný útgáfa gildir frá { $date }
feed-entry-upcoming = Ný útgáfa tekur gildi { $date }
feed-read-policy = Lesa stefnuna

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = ekki tilgreint
diff-processor-where-unstated = Ekki er tilgreint hvar unnið er með upplýsingarnar.
diff-processor-renamed = { $old } heitir nú { $new }.
diff-processor-role-changed = { $name }: hlutverki breytt (áður: { $old }; nú: { $new }).
diff-processor-countries-changed = { $name }: vinnslustað breytt (áður: { $old }; nú: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Tilkynnt { $announced } · tekur gildi { $date }
notice-objection-deadline = Viðskiptavinir geta andmælt þessari breytingu til og með { $deadline }.
notice-class-material = Veruleg breyting
notice-class-editorial = Breyting á orðalagi
notice-reference-upcoming = Viðmiðunartextinn ({ $language }) er til í nýrri útgáfu sem tekur gildi { $date }; þessi þýðing hefur hana ekki enn.
notice-email-subject = { $company }: persónuverndarstefna okkar breytist { $date }
notice-email-intro = { $company } gerir breytingar á persónuverndarstefnu sinni. Ný útgáfa tekur gildi { $date }.
notice-email-added = Viðtakendur sem bætt var við
notice-email-removed = Viðtakendur sem voru fjarlægðir
notice-email-renamed = Viðtakendur sem fengu nýtt heiti
notice-email-changed = Breytingar á viðtakendum
notice-email-col-name = Viðtakandi
notice-email-col-location = Hvar unnið er með upplýsingarnar
notice-email-col-safeguard = Heimild til miðlunar
notice-email-objection = Þú getur andmælt þessari breytingu til og með { $deadline }.
notice-email-objection-contact = Andmæli má senda á: { $contact }.
notice-email-diff = Hvað breyttist, orð fyrir orð:
notice-email-policy = Nýja útgáfan:
