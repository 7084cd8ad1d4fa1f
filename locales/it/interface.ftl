### Testi dell’interfaccia del tema predefinito: italiano.
### Un sito può sostituire qualsiasi messaggio nei propri file locales/it/*.ftl. Definire lì
### `site-title` per tradurre il titolo indicato in site.toml.
### Date, nomi dei mesi e nomi delle lingue provengono da Unicode CLDR.
### Davanti a { $date } si scrive «giorno» («dal giorno», «il giorno»), così da evitare «dal 8» e «il 11».

## Date: da Unicode CLDR (nessun messaggio qui)

## Cornice della pagina
skip-to-content = Vai al contenuto
language-switcher = Lingua
footer-published = Pubblicato con privsite.
policy-navigation = Questa informativa
nav-current = Informativa in vigore
nav-history = Cronologia delle versioni
nav-processors = Destinatari

## Avvisi
notice-past-title = Versione precedente.
notice-past = Questa versione è stata in vigore dal giorno { $from } al giorno { $until } incluso.
notice-read-current = Leggi la versione in vigore.
notice-upcoming-title = Versione di prossima applicazione.
notice-upcoming = Questa versione entra in vigore il giorno { $date }. Fino ad allora si applica la versione attuale.
notice-new-version-title = È in arrivo una nuova versione.
notice-new-version = Un’informativa aggiornata entra in vigore il giorno { $date }.
notice-read-upcoming = Leggi la nuova versione.
notice-stale-title = Questa traduzione non è aggiornata.
notice-stale = Dal giorno { $since } la versione in { $reference } è cambiata e questa traduzione non è ancora stata aggiornata.
notice-read-reference = Leggi la versione in { $reference }.
no-revision-in-force = Nessuna versione di questa informativa è ancora in vigore.

## L’informativa
in-force-from = In vigore dal giorno { $date }
takes-effect = Entra in vigore il giorno { $date }
all-versions = Tutte le versioni
what-changed = Che cosa è cambiato
contents = Indice
purposes-heading = Finalità e basi giuridiche
processors-heading = Destinatari dei dati personali
processors-caption = Responsabili del trattamento e altri destinatari dei dati personali di { $company }
processors-more = Destinatari nel tempo
legal-basis-label = { $count ->
    [one] Base giuridica:
    [many] Basi giuridiche:
   *[other] Basi giuridiche:
}
legitimate-interest-label = Legittimo interesse perseguito:
version-footer = Questa è la versione in vigore dal giorno { $date }.
permalink = Link permanente a questa versione

## Titolare del trattamento
controller-heading = Titolare del trattamento
controller-name = Denominazione
controller-org-number = Numero di iscrizione al registro delle imprese
controller-address = Indirizzo
controller-email = E-mail
controller-phone = Telefono
controller-website = Sito web
controller-dpo = Responsabile della protezione dei dati
controller-authority = Autorità di controllo
not-stated = Non indicato in questa informativa

## Tabella dei destinatari
processor-name = Destinatario
processor-purpose = Finalità
processor-data = Dati personali
processor-since = Dal
processor-removed-on = Non più indicato dal
processor-headquarters = Sede: { $country }
outside-eea = al di fuori del SEE
safeguard-missing = Nessuna indicata

## Cronologia
history-title = Cronologia delle versioni
history-intro = { $count ->
    [one] Questa informativa ha una sola versione.
    [many] Questa informativa ha { $count } di versioni, dalla più recente.
   *[other] Questa informativa ha { $count } versioni, dalla più recente.
}
status-current = In vigore
status-past = Versione precedente
status-upcoming = Di prossima applicazione

## Pagina dei responsabili del trattamento
processors-title = Destinatari dei dati personali
processors-intro = { $count ->
    [0] La versione in vigore dal giorno { $date } non elenca alcun destinatario.
    [one] La versione in vigore dal giorno { $date } indica un destinatario di dati personali.
    [many] La versione in vigore dal giorno { $date } indica { $count } di destinatari di dati personali.
   *[other] La versione in vigore dal giorno { $date } indica { $count } destinatari di dati personali.
}
processors-upcoming-heading = Modifiche in arrivo
processors-removed-heading = Destinatari non più indicati
processors-removed-caption = Destinatari indicati nelle versioni precedenti e non in quella in vigore

## Pagine del sito
index-intro = Informative sulla privacy, ciascuna con le versioni conservate da questo sito.
company-choose-language = Scegli una lingua:
not-found-title = Pagina non trovata
not-found-text = A questo indirizzo non c’è alcuna pagina. L’informativa potrebbe essere stata spostata o il link potrebbe contenere un errore di battitura.
not-found-home = Vai a tutte le informative sulla privacy

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Luogo del trattamento e garanzia
location-within-eea = All’interno del SEE
region-eu = Unione europea
region-eea = Spazio economico europeo
processor-formerly = In precedenza: { $names }
processor-since-date = Dal giorno { $date }
group-purpose = Finalità: { $purpose }
# Art. 4, punto 8), e art. 28 GDPR: «responsabile del trattamento»
role-processor = Responsabile del trattamento
# Art. 4, punto 7), GDPR: «titolare del trattamento»; qui, chi determina da solo finalità e mezzi
role-controller = Titolare autonomo del trattamento
# Art. 26 GDPR: «contitolari del trattamento»
role-joint-controller = Contitolare del trattamento
# Art. 4, punto 19), GDPR: «gruppo imprenditoriale»
role-affiliate = Impresa dello stesso gruppo imprenditoriale
processors-in-prose = La versione in vigore dal giorno { $date } descrive i destinatari nel testo anziché in una tabella:
translation-notice-title = Traduzione.
translation-notice = Questo testo è una traduzione realizzata per questo sito a partire dal testo in { $language } pubblicato dalla società.
translation-read-original = Leggi l’originale ({ $language }).
print-address = Indirizzo permanente di questa versione:
print-address-page = Indirizzo di questa pagina:

## The site's voice, apart from the company's.
translation-notice-company = Questo testo è una traduzione realizzata dalla società stessa a partire dal testo in { $language }.
archived-notice-title = Copia archiviata.
archived-notice = Questo è il testo così come è stato pubblicato il giorno { $date }, conservato a titolo di documentazione. Non si afferma che sia in vigore oggi.
status-archived = Copia archiviata
date-note-label = Data scelta da questo sito:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Correzione successiva alla pubblicazione:
summary-by-site = Sintesi redatta per questo sito:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = I titoli e le etichette di questa pagina sono in inglese: non sono ancora stati tradotti nella lingua di questa informativa.
