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
# What a diff page says of a section beyond its words.
diff-note-moved = Þessi hluti er á nýjum stað.
diff-note-was = Áður hlutinn „{ $title }“.
diff-note-split-from = Skilinn frá hlutanum „{ $title }“.
diff-note-promoted = Áður undirkafli í „{ $title }“, nú sjálfstæður hluti.
diff-note-split-into = Hluti af þessum hluta er nú hlutinn „{ $title }“.
diff-note-merged-from = Inniheldur nú texta hlutans „{ $title }“.
diff-note-merged-into = Sameinaður hlutanum „{ $title }“.
diff-note-demoted-into = Nú undirkafli í hlutanum „{ $title }“.
# Skjálesarar lesa þetta upp á undan og eftir hverri breytingu.
diff-inserted = bætt við
diff-deleted = fjarlægt
diff-end = {""}

diff-count-none = Engar breytingar á textanum eða viðtakendum.
diff-count-processors-added = { $count ->
    [one] { $count } viðtakanda bætt við
   *[other] { $count } viðtakendum bætt við
}
diff-count-processors-removed = { $count ->
    [one] { $count } viðtakandi ekki lengur tilgreindur
   *[other] { $count } viðtakendur ekki lengur tilgreindir
}
diff-count-processors-changed = { $count ->
    [one] { $count } viðtakanda breytt
   *[other] { $count } viðtakendum breytt
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
diff-processor-removed = { $name } er ekki lengur tilgreindur sem viðtakandi.
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

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Tegund breytingar
notice-facts-announced = Tilkynnt
notice-facts-effective = Tekur gildi
notice-facts-deadline = Andmæli til og með
notice-facts-object = Hvernig á að andmæla
notice-facts-changes = Viðtakendur sem breytast

notice-class-computed = Flokkað af þessum vef út frá muninum á útgáfunum tveimur: { $reasons }.
notice-class-computed-none = Flokkað af þessum vef: munurinn á útgáfunum tveimur breytir engum viðtakanda, miðlun, tilgangi, heimild til vinnslu eða varðveislutíma.
notice-class-declared = Ákveðið af ritstjórum þessa vefs, ekki reiknað út frá muninum.
notice-object-write = Skrifaðu á { $email }
notice-object-page = Andmælasíða fyrirtækisins
notice-email-objection-page = Notaðu { $contact } til að andmæla
notice-email-col-purpose = Tilgangur
notice-email-col-data = Upplýsingar
diff-processor-purpose = Tilgangur: { $purpose }.
diff-processor-data = Upplýsingar: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = viðtakandanum { $name } bætt við
reason-country-outside-eea = { $name } vinnur nú með upplýsingar utan EES ({ $country })
reason-safeguard-weakened = heimild til miðlunar til { $name } breyttist úr „{ $old }“ í „{ $new }“
reason-purpose-added = tilganginum { $purpose } bætt við
reason-legal-basis-changed = heimild til vinnslu vegna tilgangsins { $purpose } breyttist
reason-retention-changed = kaflanum um hversu lengi upplýsingar eru varðveittar var breytt
reason-section-changed = kaflanum { $section } um viðtakendur, miðlun eða tilgang var breytt
reason-table-row-added = tafla í kafla { $section } hefur nýja línu: { $row }
reason-table-row-changed = lína í töflu í kafla { $section } hljóðar nú svo: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Bætt við: { $names }
import-summary-removed = Fjarlægt: { $names }
import-summary-renamed = { $old } heitir nú { $new }
import-summary-places-first = { $name } – vinnslustaðir: { $places }
import-summary-places-added = { $name } – nýir vinnslustaðir: { $places }
import-summary-places-removed = { $name } – vinnslustaðir sem ekki eru lengur tilgreindir: { $places }
import-summary-places-changed = { $name } – vinnslustaðir: { $places } (áður: { $old })
import-summary-purpose = { $name }: nýr tilgangur
import-summary-section-added = Nýr kafli: { $title }
import-summary-section-removed = Kafli fjarlægður: { $title }
import-summary-reworded = Umorðað: { $titles }
import-summary-intro = Inngangur umorðaður
import-summary-quoted = „{ $title }“

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Leiðrétting: { $subject }
notice-email-correction-intro = Þessi tilkynning leiðréttir tilkynningu sem við sendum áður um sömu breytingu: textanum hefur verið breytt síðan. Vinsamlegast lestu þessa tilkynningu í staðinn.
