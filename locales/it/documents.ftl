## Altri documenti di una società, accanto all’informativa sulla privacy

documents-nav-label = Documenti di { $company }
# Quando un documento non esiste nella lingua del lettore: la lingua in cui si apre.
document-in-language = (in { $language })
document-kind-privacy = Informativa sulla privacy
document-kind-subprocessors = Sub-responsabili del trattamento
document-kind-cookies = Informativa sui cookie
document-kind-dpa = Accordo sul trattamento dei dati
document-kind-terms = Termini e condizioni
document-kind-other = Documento
company-documents-heading = Documenti
# Prima di un link all’elenco dei sub-responsabili del trattamento della società, quando un’informativa vi elenca i propri destinatari.
processors-listed-in = I destinatari sono elencati in:
# Il primo link della navigazione di un documento (quello dell’informativa dice «Informativa in vigore»).
nav-current-document = Versione in vigore

## Cookie e tecnologie di archiviazione simili

nav-cookies = Cookie
cookies-title = Cookie e tecnologie di archiviazione simili
cookies-heading = Cookie e tecnologie di archiviazione simili
cookies-intro = { $count ->
    [one] Dal giorno { $date } è dichiarato un cookie o una tecnologia di archiviazione simile.
    [many] Dal giorno { $date } sono dichiarati { $count } di cookie e tecnologie di archiviazione simili.
   *[other] Dal giorno { $date } sono dichiarati { $count } cookie e tecnologie di archiviazione simili.
}
cookies-none = Questa versione non dichiara alcun cookie.
cookies-caption = Cookie e tecnologie di archiviazione simili di { $company }
cookies-upcoming-heading = Modifiche in arrivo
cookie-name = Nome
cookie-purpose = Finalità
cookie-duration = Durata di conservazione
cookie-provider = Installato da
cookie-category-necessary = Strettamente necessari
cookie-category-preferences = Preferenze
cookie-category-statistics = Statistiche
cookie-category-marketing = Marketing
cookie-category-unstated = Categoria non indicata
cookie-category-necessary-description = L’archiviazione strettamente necessaria per un servizio da te richiesto non necessita del consenso (art. 5, par. 3, della direttiva relativa alla vita privata e alle comunicazioni elettroniche).
cookie-category-consent-description = Richiedono il tuo consenso prima di essere installati (art. 5, par. 3, della direttiva relativa alla vita privata e alle comunicazioni elettroniche).
cookie-party-first = di prima parte
cookie-party-third = di terze parti
cookie-type-cookie = cookie
cookie-type-local-storage = archiviazione locale
cookie-type-session-storage = archiviazione di sessione
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
duration-session = fino alla chiusura del browser
duration-years = { $count ->
    [one] { $count } anno
    [many] { $count } di anni
   *[other] { $count } anni
}
duration-months = { $count ->
    [one] { $count } mese
    [many] { $count } di mesi
   *[other] { $count } mesi
}
duration-weeks = { $count ->
    [one] { $count } settimana
    [many] { $count } di settimane
   *[other] { $count } settimane
}
duration-days = { $count ->
    [one] { $count } giorno
    [many] { $count } di giorni
   *[other] { $count } giorni
}
duration-hours = { $count ->
    [one] { $count } ora
    [many] { $count } di ore
   *[other] { $count } ore
}
duration-minutes = { $count ->
    [one] { $count } minuto
    [many] { $count } di minuti
   *[other] { $count } minuti
}
duration-seconds = { $count ->
    [one] { $count } secondo
    [many] { $count } di secondi
   *[other] { $count } secondi
}

## Modifiche ai cookie, riportate come fatti

diff-cookies-heading = Cookie
diff-count-cookies-added = { $count ->
    [one] un cookie aggiunto
    [many] { $count } di cookie aggiunti
   *[other] { $count } cookie aggiunti
}
diff-count-cookies-removed = { $count ->
    [one] un cookie rimosso
    [many] { $count } di cookie rimossi
   *[other] { $count } cookie rimossi
}
diff-count-cookies-changed = { $count ->
    [one] un cookie modificato
    [many] { $count } di cookie modificati
   *[other] { $count } cookie modificati
}
change-cookie-added = Nuovo cookie { $name } ({ $category }) installato da { $provider }, durata di conservazione: { $duration }.
change-cookie-added-unstated-provider = Nuovo cookie { $name } ({ $category }), durata di conservazione: { $duration }; non è indicato chi lo installa.
change-cookie-removed = { $name } non è più utilizzato.
change-cookie-provider = { $name } è ora installato da { $new } (in precedenza: { $old }).
change-cookie-category = { $name } rientra ora nella categoria «{ $new }» (in precedenza: «{ $old }»).
change-cookie-duration = { $name }: durata di conservazione modificata (in precedenza: { $old }; ora: { $new }).
change-cookie-party = { $name } è ora un cookie { $new } (in precedenza: { $old }).
change-cookie-purpose = La finalità di { $name } è ora: { $new } (in precedenza: { $old }).
change-cookie-countries = { $name }: luogo del trattamento modificato (in precedenza: { $old }; ora: { $new }).
change-cookie-safeguard = { $name }: la garanzia per il trasferimento è passata da «{ $old }» a «{ $new }».
reason-cookie-added = aggiunto il cookie { $name } ({ $category })
reason-cookie-needs-consent = il cookie { $name } rientra ora nella categoria «{ $category }» e richiede il consenso
reason-cookie-kept-longer = la durata di conservazione del cookie { $name } è passata da «{ $old }» a «{ $new }»
reason-cookie-country-outside-eea = il cookie { $name } è ora trattato al di fuori del SEE ({ $country })

## Avvisi di modifica di un documento diverso dall’informativa sulla privacy

notice-email-subject-document = { $company }: «{ $document }» cambia il giorno { $date }
notice-email-intro-document = { $company } modifica «{ $document }». La nuova versione entra in vigore il giorno { $date }.
