### Was sich geändert hat: Vergleichsseiten, Änderungsprotokolle und Feeds (Deutsch).

diff-title = Änderungen zum { $date }
diff-compared = Verglichen mit der ab { $old } geltenden Fassung.
diff-read-old = Frühere Fassung
diff-read-new = Diese Fassung
diff-summary-heading = Zusammenfassung
diff-legend = Im Text markiert:
diff-legend-inserted = hinzugefügt
diff-legend-deleted = entfernt
diff-coarse = Einige Änderungen waren zu umfangreich für eine Markierung Wort für Wort; sie werden als vollständig entfernte und hinzugefügte Passagen dargestellt.
diff-policy-title = Titel der Datenschutzerklärung
diff-intro = Einleitung
diff-status-unchanged = unverändert
diff-status-added = neu
diff-status-removed = entfernt
diff-status-changed = geändert
# What a diff page says of a section beyond its words.
diff-note-moved = Dieser Abschnitt steht an einer neuen Stelle.
diff-note-was = Früher der Abschnitt „{ $title }“.
diff-note-split-from = Aus dem Abschnitt „{ $title }“ herausgelöst.
diff-note-promoted = Früher ein Unterabschnitt von „{ $title }“, jetzt ein eigener Abschnitt.
diff-note-split-into = Ein Teil dieses Abschnitts ist jetzt der Abschnitt „{ $title }“.
diff-note-merged-from = Enthält jetzt den Text des Abschnitts „{ $title }“.
diff-note-merged-into = In den Abschnitt „{ $title }“ übernommen.
diff-note-demoted-into = Jetzt ein Unterabschnitt des Abschnitts „{ $title }“.
# Wird von Screenreadern um jede Änderung herum vorgelesen.
diff-inserted = hinzugefügt
diff-deleted = entfernt
diff-end = {""}

diff-count-none = Keine Änderungen am Text oder bei den Empfängern.
diff-count-processors-added = { $count ->
    [one] ein Empfänger hinzugefügt
   *[other] { $count } Empfänger hinzugefügt
}
diff-count-processors-removed = { $count ->
    [one] ein Empfänger nicht mehr aufgeführt
   *[other] { $count } Empfänger nicht mehr aufgeführt
}
diff-count-processors-changed = { $count ->
    [one] ein Empfänger geändert
   *[other] { $count } Empfänger geändert
}
diff-count-sections-added = { $count ->
    [one] ein Abschnitt hinzugefügt
   *[other] { $count } Abschnitte hinzugefügt
}
diff-count-sections-removed = { $count ->
    [one] ein Abschnitt entfernt
   *[other] { $count } Abschnitte entfernt
}
diff-count-sections-changed = { $count ->
    [one] ein Abschnitt geändert
   *[other] { $count } Abschnitte geändert
}
diff-count-purposes-added = { $count ->
    [one] ein Zweck hinzugefügt
   *[other] { $count } Zwecke hinzugefügt
}
diff-count-purposes-removed = { $count ->
    [one] ein Zweck entfernt
   *[other] { $count } Zwecke entfernt
}
diff-count-purposes-changed = { $count ->
    [one] ein Zweck geändert
   *[other] { $count } Zwecke geändert
}
diff-count-title-changed = Titel geändert
diff-count-intro-changed = Einleitung geändert

diff-processor-added = { $name } wurde als Empfänger hinzugefügt. { $details }
diff-processor-where = Die Daten werden verarbeitet in: { $countries }.
diff-processor-safeguard = Garantie für die Übermittlung: { $safeguard }.
diff-processor-removed = { $name } wird nicht mehr als Empfänger aufgeführt.
diff-processor-safeguard-changed = { $name }: Die Garantie für die Übermittlung hat sich von „{ $old }“ in „{ $new }“ geändert.
diff-processor-headquarters-changed = { $name }: neuer Sitz: { $new } (vorher: { $old }).
diff-processor-purpose-changed = { $name }: Der Zweck hat sich von „{ $old }“ in „{ $new }“ geändert.
diff-processor-data-changed = { $name }: Die übermittelten personenbezogenen Daten haben sich von „{ $old }“ in „{ $new }“ geändert.
safeguard-none = keine angegeben

processors-log-heading = Änderungsprotokoll
exports-label = Maschinenlesbar:
feed-subscribe = Atom-Feed
feed-title = { $company }: Änderungen der Datenschutzerklärung
site-feed-title = Alle Änderungen der Datenschutzerklärungen
subscribe-heading = Änderungen verfolgen
subscribe-feed = Neue Fassungen werden im Feed angekündigt:
subscribe-email-label = E-Mail-Adresse
subscribe-button = Abonnieren
feed-entry-title = Neue Fassung, in Kraft ab { $date }
feed-entry-upcoming = Neue Fassung, tritt am { $date } in Kraft
feed-read-policy = Datenschutzerklärung lesen

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = nicht angegeben
diff-processor-where-unstated = Wo die Daten verarbeitet werden, ist nicht angegeben.
diff-processor-renamed = { $old } heißt jetzt { $new }.
diff-processor-role-changed = { $name }: Rolle geändert (vorher: { $old }; jetzt: { $new }).
diff-processor-countries-changed = { $name }: Ort der Verarbeitung geändert (vorher: { $old }; jetzt: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Angekündigt am { $announced } · tritt am { $date } in Kraft
notice-objection-deadline = Kunden können dieser Änderung bis zum { $deadline } widersprechen.
notice-class-material = Wesentliche Änderung
notice-class-editorial = Redaktionelle Änderung
notice-reference-upcoming = Der Referenztext ({ $language }) hat eine neue Fassung, die am { $date } in Kraft tritt; diese Übersetzung enthält sie noch nicht.
notice-email-subject = { $company }: Unsere Datenschutzerklärung ändert sich am { $date }
notice-email-intro = { $company } ändert die Datenschutzerklärung. Die neue Fassung tritt am { $date } in Kraft.
notice-email-added = Hinzugefügte Empfänger
notice-email-removed = Entfernte Empfänger
notice-email-renamed = Umbenannte Empfänger
notice-email-changed = Geänderte Empfänger
notice-email-col-name = Empfänger
notice-email-col-location = Ort der Verarbeitung
notice-email-col-safeguard = Garantie für die Übermittlung
notice-email-objection = Sie können dieser Änderung bis zum { $deadline } widersprechen.
notice-email-objection-contact = Für einen Widerspruch schreiben Sie bitte an { $contact }.
notice-email-diff = Was sich geändert hat, Wort für Wort:
notice-email-policy = Die neue Fassung:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Art der Änderung
notice-facts-announced = Angekündigt
notice-facts-effective = Tritt in Kraft
notice-facts-deadline = Widerspruch bis
notice-facts-object = So widersprechen Sie
notice-facts-changes = Betroffene Empfänger

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Von dieser Website anhand der Unterschiede zwischen den beiden Fassungen eingestuft: { $reasons }.
notice-class-computed-none = Von dieser Website eingestuft: Die Unterschiede zwischen den beiden Fassungen ändern keinen Empfänger, keine Übermittlung, keinen Zweck, keine Rechtsgrundlage und keine Speicherdauer.
notice-class-declared = Von den Redakteuren dieser Website festgelegt, nicht aus den Unterschieden berechnet.
notice-object-write = Schreiben Sie an { $email }
notice-object-page = Widerspruchsseite des Unternehmens
notice-email-objection-page = Für einen Widerspruch nutzen Sie bitte { $contact }
notice-email-col-purpose = Zweck
notice-email-col-data = Daten
diff-processor-purpose = Zweck: { $purpose }.
diff-processor-data = Daten: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = Empfänger { $name } hinzugefügt
reason-country-outside-eea = { $name } verarbeitet Daten jetzt außerhalb des EWR: { $country }
reason-safeguard-weakened = Garantie für die Übermittlung an { $name } von „{ $old }“ in „{ $new }“ geändert
reason-purpose-added = Zweck „{ $purpose }“ hinzugefügt
reason-legal-basis-changed = Rechtsgrundlage des Zwecks „{ $purpose }“ geändert
reason-retention-changed = Abschnitt zur Speicherdauer der Daten geändert
reason-section-changed = Abschnitt { $section } zu Empfängern, Übermittlungen oder Zwecken geändert
reason-table-row-added = neue Zeile in einer Tabelle im Abschnitt „{ $section }“: { $row }
reason-table-row-changed = eine Tabellenzeile im Abschnitt „{ $section }“ lautet jetzt: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = { $names } hinzugefügt
import-summary-removed = { $names } entfernt
import-summary-renamed = { $old } heißt jetzt { $new }
import-summary-places-first = { $name } verarbeitet Daten in: { $places }
import-summary-places-added = { $name } verarbeitet Daten jetzt auch in: { $places }
import-summary-places-removed = { $name } verarbeitet keine Daten mehr in: { $places }
import-summary-places-changed = { $name } verarbeitet Daten jetzt in: { $places } (statt: { $old })
import-summary-purpose = { $name } hat einen neuen Zweck
import-summary-section-added = Neuer Abschnitt { $title }
import-summary-section-removed = Abschnitt { $title } entfernt
import-summary-reworded = { $titles } umformuliert
import-summary-intro = Einleitung umformuliert
import-summary-quoted = „{ $title }“

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Berichtigung: { $subject }
notice-email-correction-intro = Diese Mitteilung berichtigt eine frühere Mitteilung, die wir Ihnen zu derselben Änderung gesendet haben: Der Text wurde seitdem geändert. Bitte lesen Sie stattdessen diese Mitteilung.
