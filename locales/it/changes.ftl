### Che cosa è cambiato: pagine di confronto, registri delle modifiche e feed (italiano).

diff-title = Modifiche in vigore dal giorno { $date }
diff-compared = Confronto con la versione in vigore dal giorno { $old }.
diff-read-old = Versione precedente
diff-read-new = Questa versione
diff-summary-heading = Sintesi
diff-legend = Evidenziato nel testo:
diff-legend-inserted = aggiunto
diff-legend-deleted = eliminato
diff-coarse = Alcune modifiche erano troppo estese per essere evidenziate parola per parola: sono mostrate come interi passaggi rimossi e aggiunti.
diff-policy-title = Titolo dell’informativa
diff-intro = Introduzione
diff-status-unchanged = invariato
diff-status-added = nuovo
diff-status-removed = eliminato
diff-status-changed = modificato
# What a diff page says of a section beyond its words.
diff-note-moved = Questa sezione si trova in una nuova posizione.
diff-note-was = In precedenza la sezione «{ $title }».
diff-note-split-from = Separata dalla sezione «{ $title }».
diff-note-promoted = In precedenza una sottosezione di «{ $title }», ora una sezione a sé.
diff-note-split-into = Parte di questa sezione è ora la sezione «{ $title }».
diff-note-merged-from = Ora comprende il testo della sezione «{ $title }».
diff-note-merged-into = Unita alla sezione «{ $title }».
diff-note-demoted-into = Ora una sottosezione della sezione «{ $title }».
# Letto dalle utilità per la lettura dello schermo prima e dopo ogni modifica.
diff-inserted = aggiunto
diff-deleted = eliminato
diff-end = {""}

diff-count-none = Nessuna modifica al testo o ai destinatari.
diff-count-processors-added = { $count ->
    [one] un destinatario aggiunto
    [many] { $count } di destinatari aggiunti
   *[other] { $count } destinatari aggiunti
}
diff-count-processors-removed = { $count ->
    [one] un destinatario non più indicato
    [many] { $count } di destinatari non più indicati
   *[other] { $count } destinatari non più indicati
}
diff-count-processors-changed = { $count ->
    [one] un destinatario modificato
    [many] { $count } di destinatari modificati
   *[other] { $count } destinatari modificati
}
diff-count-sections-added = { $count ->
    [one] una sezione aggiunta
    [many] { $count } di sezioni aggiunte
   *[other] { $count } sezioni aggiunte
}
diff-count-sections-removed = { $count ->
    [one] una sezione eliminata
    [many] { $count } di sezioni eliminate
   *[other] { $count } sezioni eliminate
}
diff-count-sections-changed = { $count ->
    [one] una sezione modificata
    [many] { $count } di sezioni modificate
   *[other] { $count } sezioni modificate
}
diff-count-purposes-added = { $count ->
    [one] una finalità aggiunta
    [many] { $count } di finalità aggiunte
   *[other] { $count } finalità aggiunte
}
diff-count-purposes-removed = { $count ->
    [one] una finalità eliminata
    [many] { $count } di finalità eliminate
   *[other] { $count } finalità eliminate
}
diff-count-purposes-changed = { $count ->
    [one] una finalità modificata
    [many] { $count } di finalità modificate
   *[other] { $count } finalità modificate
}
diff-count-title-changed = titolo modificato
diff-count-intro-changed = introduzione modificata

diff-processor-added = { $name } è stato aggiunto come destinatario. { $details }
diff-processor-where = Tratta dati in: { $countries }.
diff-processor-safeguard = Garanzia per il trasferimento: { $safeguard }.
diff-processor-removed = { $name } non è più indicato come destinatario.
diff-processor-safeguard-changed = { $name }: la garanzia per il trasferimento è passata da «{ $old }» a «{ $new }».
diff-processor-headquarters-changed = { $name }: nuova sede: { $new } (in precedenza: { $old }).
diff-processor-purpose-changed = { $name }: la finalità è passata da «{ $old }» a «{ $new }».
diff-processor-data-changed = { $name }: i dati personali comunicati sono passati da «{ $old }» a «{ $new }».
safeguard-none = nessuna indicata

processors-log-heading = Registro delle modifiche
exports-label = Formati leggibili da macchina:
feed-subscribe = Feed Atom
feed-title = { $company }: modifiche all’informativa sulla privacy
site-feed-title = Tutte le modifiche alle informative sulla privacy
subscribe-heading = Seguire le modifiche
subscribe-feed = Le nuove versioni sono annunciate nel feed:
subscribe-email-label = Indirizzo e-mail
subscribe-button = Iscriviti
feed-entry-title = Nuova versione in vigore dal giorno { $date }
feed-entry-upcoming = Nuova versione che entra in vigore il giorno { $date }
feed-read-policy = Leggi l’informativa

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = non indicato
diff-processor-where-unstated = Non è indicato dove vengono trattati i dati.
diff-processor-renamed = { $old } ora si chiama { $new }.
diff-processor-role-changed = { $name }: il ruolo è passato da { $old } a { $new }.
diff-processor-countries-changed = { $name }: luogo del trattamento modificato (in precedenza: { $old }; ora: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Annuncio: { $announced } · entrata in vigore: { $date }
notice-objection-deadline = I clienti possono opporsi a questa modifica fino al giorno { $deadline }.
notice-class-material = Modifica sostanziale
notice-class-editorial = Modifica redazionale
notice-reference-upcoming = Il testo di riferimento ({ $language }) ha una nuova versione che entra in vigore il giorno { $date }; questa traduzione non la include ancora.
notice-email-subject = { $company }: la nostra informativa sulla privacy cambia il giorno { $date }
notice-email-intro = { $company } modifica la propria informativa sulla privacy. La nuova versione entra in vigore il giorno { $date }.
notice-email-added = Destinatari aggiunti
notice-email-removed = Destinatari rimossi
notice-email-renamed = Destinatari rinominati
notice-email-changed = Destinatari modificati
notice-email-col-name = Destinatario
notice-email-col-location = Luogo del trattamento dei dati
notice-email-col-safeguard = Garanzia per il trasferimento
notice-email-objection = Può opporsi a questa modifica fino al giorno { $deadline }.
notice-email-objection-contact = Per opporsi, scriva a { $contact }.
notice-email-diff = Che cosa è cambiato, parola per parola:
notice-email-policy = La nuova versione:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Tipo di modifica
notice-facts-announced = Data dell’annuncio
notice-facts-effective = Entrata in vigore
notice-facts-deadline = Termine per opporsi
notice-facts-object = Come opporsi
notice-facts-changes = Destinatari interessati dalla modifica

notice-class-computed = Classificazione effettuata da questo sito in base alle differenze tra le due versioni: { $reasons }.
notice-class-computed-none = Classificazione effettuata da questo sito: le differenze tra le due versioni non modificano alcun destinatario, trasferimento, finalità, base giuridica o periodo di conservazione.
notice-class-declared = Classificazione stabilita dai redattori di questo sito, non calcolata in base alle differenze.
notice-object-write = Scriva a { $email }
notice-object-page = La pagina della società per le opposizioni
notice-email-objection-page = Per opporsi, utilizzi { $contact }
notice-email-col-purpose = Finalità
notice-email-col-data = Dati
diff-processor-purpose = Finalità: { $purpose }.
diff-processor-data = Dati: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = aggiunto il destinatario { $name }
reason-country-outside-eea = { $name } ora tratta dati al di fuori del SEE ({ $country })
reason-safeguard-weakened = la garanzia per il trasferimento a { $name } è passata da «{ $old }» a «{ $new }»
reason-purpose-added = aggiunta la finalità { $purpose }
reason-legal-basis-changed = è cambiata la base giuridica della finalità { $purpose }
reason-retention-changed = è cambiata la sezione sul periodo di conservazione dei dati
reason-section-changed = è cambiata la sezione { $section } su destinatari, trasferimenti o finalità
reason-table-row-added = una tabella della sezione { $section } ha una nuova riga: { $row }
reason-table-row-changed = una riga di tabella della sezione { $section } ora recita: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Aggiunto: { $names }
import-summary-removed = Rimosso: { $names }
import-summary-renamed = { $old } ora si chiama { $new }
import-summary-places-first = { $name } – luoghi di trattamento: { $places }
import-summary-places-added = { $name } – nuovi luoghi di trattamento: { $places }
import-summary-places-removed = { $name } – luoghi di trattamento non più indicati: { $places }
import-summary-places-changed = { $name } – luoghi di trattamento: { $places } (prima: { $old })
import-summary-purpose = { $name } ha una nuova finalità
import-summary-section-added = Nuova sezione { $title }
import-summary-section-removed = Sezione { $title } rimossa
import-summary-reworded = Riformulato: { $titles }
import-summary-intro = Introduzione riformulata
import-summary-quoted = «{ $title }»

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Rettifica: { $subject }
notice-email-correction-intro = La presente comunicazione rettifica quella da noi inviata in precedenza in merito alla stessa modifica: nel frattempo il testo è stato modificato. La preghiamo di leggere questa comunicazione in sostituzione della precedente.
