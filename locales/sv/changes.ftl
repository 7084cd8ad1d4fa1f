### Vad som ändrats: jämförelser, ändringslogg och flöden (svenska).

diff-title = Ändringar { $date }
diff-compared = Jämfört med versionen som gällde från { $old }.
diff-read-old = Tidigare version
diff-read-new = Den här versionen
diff-summary-heading = Sammanfattning
diff-legend = Markerat i texten:
diff-legend-inserted = tillagt
diff-legend-deleted = borttaget
diff-coarse = Vissa ändringar var för stora för att markeras ord för ord: de visas som hela stycken borttagna och tillagda.
diff-policy-title = Policyns titel
diff-intro = Inledning
diff-status-unchanged = oförändrat
diff-status-added = nytt
diff-status-removed = borttaget
diff-status-changed = ändrat
# What a diff page says of a section beyond its words.
diff-note-moved = Det här avsnittet står på ett nytt ställe.
diff-note-was = Tidigare avsnittet ”{ $title }”.
diff-note-split-from = Utbrutet ur avsnittet ”{ $title }”.
diff-note-promoted = Tidigare ett underavsnitt till ”{ $title }”, nu ett eget avsnitt.
diff-note-split-into = En del av det här avsnittet är nu avsnittet ”{ $title }”.
diff-note-merged-from = Innehåller nu texten från avsnittet ”{ $title }”.
diff-note-merged-into = Sammanslaget med avsnittet ”{ $title }”.
diff-note-demoted-into = Nu ett underavsnitt till avsnittet ”{ $title }”.
diff-inserted = tillagt
diff-deleted = borttaget
diff-end = {""}

diff-count-none = Inga ändringar i texten eller bland mottagarna.
diff-count-processors-added = { $count ->
    [one] en mottagare tillagd
   *[other] { $count } mottagare tillagda
}
diff-count-processors-removed = { $count ->
    [one] en mottagare inte längre angiven
   *[other] { $count } mottagare inte längre angivna
}
diff-count-processors-changed = { $count ->
    [one] en mottagare ändrad
   *[other] { $count } mottagare ändrade
}
diff-count-sections-added = { $count ->
    [one] ett avsnitt tillagt
   *[other] { $count } avsnitt tillagda
}
diff-count-sections-removed = { $count ->
    [one] ett avsnitt borttaget
   *[other] { $count } avsnitt borttagna
}
diff-count-sections-changed = { $count ->
    [one] ett avsnitt ändrat
   *[other] { $count } avsnitt ändrade
}
diff-count-purposes-added = { $count ->
    [one] ett ändamål tillagt
   *[other] { $count } ändamål tillagda
}
diff-count-purposes-removed = { $count ->
    [one] ett ändamål borttaget
   *[other] { $count } ändamål borttagna
}
diff-count-purposes-changed = { $count ->
    [one] ett ändamål ändrat
   *[other] { $count } ändamål ändrade
}
diff-count-title-changed = titeln ändrad
diff-count-intro-changed = inledningen ändrad

diff-processor-added = { $name } har lagts till som mottagare. { $details }
diff-processor-where = Uppgifterna behandlas i { $countries }.
diff-processor-safeguard = Skyddsåtgärd vid överföring: { $safeguard }.
diff-processor-removed = { $name } anges inte längre som mottagare.
diff-processor-safeguard-changed = { $name }: skyddsåtgärden vid överföring har ändrats från { $old } till { $new }.
diff-processor-headquarters-changed = { $name }: nu etablerad i { $new } (tidigare: { $old }).
diff-processor-purpose-changed = { $name }: ändamålet har ändrats från ”{ $old }” till ”{ $new }”.
diff-processor-data-changed = { $name }: personuppgifterna som delas har ändrats från ”{ $old }” till ”{ $new }”.
safeguard-none = ingen angiven

processors-log-heading = Ändringslogg
exports-label = Maskinläsbart:
feed-subscribe = Atom-flöde
feed-title = { $company }: ändringar i integritetspolicyn
site-feed-title = Alla ändringar i integritetspolicyerna
subscribe-heading = Följ ändringar
subscribe-feed = Nya versioner meddelas i flödet:
subscribe-email-label = E-postadress
subscribe-button = Prenumerera
feed-entry-title = Ny version gäller från { $date }
feed-entry-upcoming = Ny version börjar gälla { $date }
feed-read-policy = Läs policyn

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = inte angivet
diff-processor-where-unstated = Var uppgifterna behandlas anges inte.
diff-processor-renamed = { $old } heter nu { $new }.
diff-processor-role-changed = { $name }: rollen har ändrats från { $old } till { $new }.
diff-processor-countries-changed = { $name }: var uppgifterna behandlas har ändrats från { $old } till { $new }.

## Meddelanden om ändringar: aviseringsdatum, klass, e-post
notice-announced-line = Aviserad { $announced } · börjar gälla { $date }
notice-objection-deadline = Kunder kan invända mot ändringen till och med { $deadline }.
notice-class-material = Väsentlig ändring
notice-class-editorial = Redaktionell ändring
notice-reference-upcoming = Originaltexten ({ $language }) har en ny version som börjar gälla { $date }; den här översättningen har den inte ännu.
notice-email-subject = { $company }: vår integritetspolicy ändras { $date }
notice-email-intro = { $company } ändrar sin integritetspolicy. Den nya versionen börjar gälla { $date }.
notice-email-added = Nya mottagare
notice-email-removed = Mottagare som tas bort
notice-email-renamed = Mottagare med nytt namn
notice-email-changed = Ändrade mottagare
notice-email-col-name = Mottagare
notice-email-col-location = Var uppgifterna behandlas
notice-email-col-safeguard = Skyddsåtgärd vid överföring
notice-email-objection = Du kan invända mot ändringen till och med { $deadline }.
notice-email-objection-contact = Skriv till { $contact } för att invända.
notice-email-diff = Vad som ändrats, ord för ord:
notice-email-policy = Den nya versionen:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Typ av ändring
notice-facts-announced = Aviserad
notice-facts-effective = Börjar gälla
notice-facts-deadline = Invändningar till och med
notice-facts-object = Så invänder du
notice-facts-changes = Mottagare som berörs

notice-class-computed = Klassad av den här webbplatsen utifrån skillnaderna mellan de två versionerna: { $reasons }.
notice-class-computed-none = Klassad av den här webbplatsen: skillnaderna mellan de två versionerna ändrar ingen mottagare, överföring, ändamål, rättslig grund eller lagringstid.
notice-class-declared = Fastställd av den här webbplatsens redaktörer, inte beräknad utifrån skillnaderna.
notice-object-write = Skriv till { $email }
notice-object-page = Företagets sida för invändningar
notice-email-objection-page = Använd { $contact } för att invända
notice-email-col-purpose = Ändamål
notice-email-col-data = Uppgifter
diff-processor-purpose = Ändamål: { $purpose }.
diff-processor-data = Uppgifter: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = mottagaren { $name } har lagts till
reason-country-outside-eea = { $name } behandlar nu uppgifter i { $country }, utanför EES
reason-safeguard-weakened = skyddsåtgärden vid överföring för { $name } har ändrats från { $old } till { $new }
reason-purpose-added = ändamålet { $purpose } har lagts till
reason-legal-basis-changed = den rättsliga grunden för ändamålet { $purpose } har ändrats
reason-retention-changed = avsnittet om hur länge uppgifterna sparas har ändrats
reason-section-changed = avsnittet { $section } om mottagare, överföringar eller ändamål har ändrats
reason-table-row-added = en tabell i avsnittet { $section } har fått en ny rad: { $row }
reason-table-row-changed = en tabellrad i avsnittet { $section } lyder nu: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Lade till { $names }
import-summary-removed = Tog bort { $names }
import-summary-renamed = { $old } heter nu { $new }
import-summary-places-first = { $name } behandlar uppgifter i { $places }
import-summary-places-added = { $name } behandlar nu även uppgifter i { $places }
import-summary-places-removed = { $name } behandlar inte längre uppgifter i { $places }
import-summary-places-changed = { $name } behandlar nu uppgifter i { $places } i stället för { $old }
import-summary-purpose = { $name } har ett nytt ändamål
import-summary-section-added = Nytt avsnitt { $title }
import-summary-section-removed = Avsnittet { $title } togs bort
import-summary-reworded = Omformulerade { $titles }
import-summary-intro = Omformulerade inledningen
import-summary-quoted = ”{ $title }”

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Rättelse: { $subject }
notice-email-correction-intro = Detta meddelande rättar ett meddelande om samma ändring som vi skickade tidigare: texten har ändrats sedan dess. Läs detta meddelande i stället.
