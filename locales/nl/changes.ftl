### Wat is er gewijzigd: vergelijkingspagina's, wijzigingslogboeken en feeds (Nederlands).

diff-title = Wijzigingen per { $date }
diff-compared = Vergeleken met de versie die gold vanaf { $old }.
diff-read-old = Eerdere versie
diff-read-new = Deze versie
diff-summary-heading = Samenvatting
diff-legend = Gemarkeerd in de tekst:
diff-legend-inserted = toegevoegd
diff-legend-deleted = verwijderd
diff-coarse = Sommige wijzigingen waren te groot om woord voor woord te markeren: ze worden weergegeven als volledige verwijderde en toegevoegde passages.
diff-policy-title = Titel van de privacyverklaring
diff-intro = Inleiding
diff-status-unchanged = ongewijzigd
diff-status-added = nieuw
diff-status-removed = verwijderd
diff-status-changed = gewijzigd
# What a diff page says of a section beyond its words.
diff-note-moved = Deze paragraaf staat op een nieuwe plaats.
diff-note-was = Voorheen de paragraaf ‘{ $title }’.
diff-note-split-from = Afgesplitst van de paragraaf ‘{ $title }’.
diff-note-promoted = Voorheen een subparagraaf van ‘{ $title }’, nu een eigen paragraaf.
diff-note-split-into = Een deel van deze paragraaf is nu de paragraaf ‘{ $title }’.
diff-note-merged-from = Bevat nu de tekst van de paragraaf ‘{ $title }’.
diff-note-merged-into = Samengevoegd met de paragraaf ‘{ $title }’.
diff-note-demoted-into = Nu een subparagraaf van de paragraaf ‘{ $title }’.
# Voorgelezen door schermlezers rond elke wijziging.
diff-inserted = toegevoegd
diff-deleted = verwijderd
diff-end = {""}

diff-count-none = Geen wijzigingen in de tekst of bij de ontvangers.
diff-count-processors-added = { $count ->
    [one] één ontvanger toegevoegd
   *[other] { $count } ontvangers toegevoegd
}
diff-count-processors-removed = { $count ->
    [one] één ontvanger niet meer vermeld
   *[other] { $count } ontvangers niet meer vermeld
}
diff-count-processors-changed = { $count ->
    [one] één ontvanger gewijzigd
   *[other] { $count } ontvangers gewijzigd
}
diff-count-sections-added = { $count ->
    [one] één onderdeel toegevoegd
   *[other] { $count } onderdelen toegevoegd
}
diff-count-sections-removed = { $count ->
    [one] één onderdeel verwijderd
   *[other] { $count } onderdelen verwijderd
}
diff-count-sections-changed = { $count ->
    [one] één onderdeel gewijzigd
   *[other] { $count } onderdelen gewijzigd
}
diff-count-purposes-added = { $count ->
    [one] één doel toegevoegd
   *[other] { $count } doelen toegevoegd
}
diff-count-purposes-removed = { $count ->
    [one] één doel verwijderd
   *[other] { $count } doelen verwijderd
}
diff-count-purposes-changed = { $count ->
    [one] één doel gewijzigd
   *[other] { $count } doelen gewijzigd
}
diff-count-title-changed = titel gewijzigd
diff-count-intro-changed = inleiding gewijzigd

diff-processor-added = { $name } is toegevoegd als ontvanger. { $details }
diff-processor-where = Landen waar de gegevens worden verwerkt: { $countries }.
diff-processor-safeguard = Waarborg bij doorgifte: { $safeguard }.
diff-processor-removed = { $name } wordt niet meer vermeld als ontvanger.
diff-processor-safeguard-changed = { $name }: de waarborg bij doorgifte is gewijzigd van { $old } in { $new }.
diff-processor-headquarters-changed = { $name }: land van vestiging nu { $new } (voorheen: { $old }).
diff-processor-purpose-changed = { $name }: het doel is gewijzigd van ‘{ $old }’ in ‘{ $new }’.
diff-processor-data-changed = { $name }: de gedeelde persoonsgegevens zijn gewijzigd van ‘{ $old }’ in ‘{ $new }’.
safeguard-none = geen vermeld

processors-log-heading = Wijzigingslogboek
exports-label = Machineleesbaar:
feed-subscribe = Atom-feed
feed-title = { $company }: wijzigingen in de privacyverklaring
site-feed-title = Alle wijzigingen in de privacyverklaringen
subscribe-heading = Wijzigingen volgen
subscribe-feed = Nieuwe versies worden aangekondigd in de feed:
subscribe-email-label = E-mailadres
subscribe-button = Abonneren
feed-entry-title = Nieuwe versie geldig vanaf { $date }
feed-entry-upcoming = Nieuwe versie die op { $date } in werking treedt
feed-read-policy = Lees de privacyverklaring

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = niet vermeld
diff-processor-where-unstated = Waar de gegevens worden verwerkt, is niet vermeld.
diff-processor-renamed = { $old } heet nu { $new }.
diff-processor-role-changed = { $name }: de rol is gewijzigd van { $old } in { $new }.
diff-processor-countries-changed = { $name }: plaats van verwerking gewijzigd (voorheen: { $old }; nu: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Aangekondigd op { $announced } · treedt in werking op { $date }
notice-objection-deadline = Klanten kunnen tot en met { $deadline } bezwaar maken tegen deze wijziging.
notice-class-material = Wezenlijke wijziging
notice-class-editorial = Redactionele wijziging
notice-reference-upcoming = De referentietekst ({ $language }) heeft een nieuwe versie die op { $date } in werking treedt; deze vertaling bevat die nog niet.
notice-email-subject = { $company }: onze privacyverklaring wijzigt op { $date }
notice-email-intro = { $company } wijzigt de privacyverklaring. De nieuwe versie treedt op { $date } in werking.
notice-email-added = Toegevoegde ontvangers
notice-email-removed = Verwijderde ontvangers
notice-email-renamed = Hernoemde ontvangers
notice-email-changed = Gewijzigde ontvangers
notice-email-col-name = Ontvanger
notice-email-col-location = Waar de gegevens worden verwerkt
notice-email-col-safeguard = Waarborg bij doorgifte
notice-email-objection = U kunt tot en met { $deadline } bezwaar maken tegen deze wijziging.
notice-email-objection-contact = Bezwaar maken kan door te schrijven naar { $contact }.
notice-email-diff = Wat er is gewijzigd, woord voor woord:
notice-email-policy = De nieuwe versie:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Soort wijziging
notice-facts-announced = Aangekondigd
notice-facts-effective = Treedt in werking
notice-facts-deadline = Bezwaar mogelijk tot en met
notice-facts-object = Zo maakt u bezwaar
notice-facts-changes = Ontvangers die veranderen

notice-class-computed = Ingedeeld door deze website op basis van de verschillen tussen de twee versies: { $reasons }.
notice-class-computed-none = Ingedeeld door deze website: de verschillen tussen de twee versies wijzigen geen ontvanger, doorgifte, doel, rechtsgrond of bewaartermijn.
notice-class-declared = Vastgesteld door de redactie van deze website, niet berekend uit de verschillen.
notice-object-write = Schrijf naar { $email }
notice-object-page = De bezwaarpagina van het bedrijf
notice-email-objection-page = Bezwaar maken kan via { $contact }
notice-email-col-purpose = Doel
notice-email-col-data = Gegevens
diff-processor-purpose = Doel: { $purpose }.
diff-processor-data = Gegevens: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = ontvanger { $name } toegevoegd
reason-country-outside-eea = { $name } verwerkt nu gegevens in { $country }, buiten de EER
reason-safeguard-weakened = de waarborg bij doorgifte aan { $name } is gewijzigd van { $old } in { $new }
reason-purpose-added = doel { $purpose } toegevoegd
reason-legal-basis-changed = de rechtsgrond van doel { $purpose } is gewijzigd
reason-retention-changed = het onderdeel over hoe lang gegevens worden bewaard, is gewijzigd
reason-section-changed = het onderdeel { $section } over ontvangers, doorgiften of doeleinden is gewijzigd
reason-table-row-added = een tabel in onderdeel { $section } heeft een nieuwe rij: { $row }
reason-table-row-changed = een tabelrij in onderdeel { $section } luidt nu: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = { $names } toegevoegd
import-summary-removed = { $names } verwijderd
import-summary-renamed = { $old } heet nu { $new }
import-summary-places-first = { $name } verwerkt gegevens in: { $places }
import-summary-places-added = { $name } verwerkt gegevens nu ook in: { $places }
import-summary-places-removed = { $name } verwerkt geen gegevens meer in: { $places }
import-summary-places-changed = { $name } verwerkt gegevens nu in: { $places } (in plaats van: { $old })
import-summary-purpose = { $name } heeft een nieuw doel
import-summary-section-added = Nieuw onderdeel { $title }
import-summary-section-removed = Onderdeel { $title } verwijderd
import-summary-reworded = { $titles } herschreven
import-summary-intro = Inleiding herschreven
import-summary-quoted = “{ $title }”

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Correctie: { $subject }
notice-email-correction-intro = Dit bericht corrigeert een eerder bericht dat wij u over dezelfde wijziging hebben gestuurd: de tekst is sindsdien gewijzigd. Wij verzoeken u dit bericht te lezen in plaats van het eerdere.
