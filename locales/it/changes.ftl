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
# Letto dalle utilità per la lettura dello schermo prima e dopo ogni modifica.
diff-inserted = aggiunto
diff-deleted = eliminato
diff-end = {""}

diff-count-none = Nessuna modifica al testo o ai destinatari.
diff-count-processors-added = { $count ->
    [one] un responsabile del trattamento aggiunto
    [many] { $count } di responsabili del trattamento aggiunti
   *[other] { $count } responsabili del trattamento aggiunti
}
diff-count-processors-removed = { $count ->
    [one] un responsabile del trattamento eliminato
    [many] { $count } di responsabili del trattamento eliminati
   *[other] { $count } responsabili del trattamento eliminati
}
diff-count-processors-changed = { $count ->
    [one] un responsabile del trattamento modificato
    [many] { $count } di responsabili del trattamento modificati
   *[other] { $count } responsabili del trattamento modificati
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
diff-processor-removed = { $name } non è più un destinatario.
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
