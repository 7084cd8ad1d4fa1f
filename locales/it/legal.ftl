### Basi giuridiche del trattamento (art. 6, par. 1, GDPR) e garanzie per i
### trasferimenti verso paesi terzi (capo V GDPR): denominazioni brevi, riferimenti
### agli articoli e descrizioni in linguaggio semplice.

## Basi giuridiche (art. 6, par. 1, GDPR)

# Art. 6, par. 1, lett. a), GDPR, testo ufficiale italiano: «l’interessato ha espresso il consenso al trattamento»
legal-basis-consent = Consenso
legal-basis-consent-ref = art. 6, par. 1, lett. a), GDPR
# Art. 6, par. 1, lett. b): «il trattamento è necessario all’esecuzione di un contratto di cui l’interessato è parte»
legal-basis-contract = Esecuzione di un contratto
legal-basis-contract-ref = art. 6, par. 1, lett. b), GDPR
# Art. 6, par. 1, lett. c): «il trattamento è necessario per adempiere un obbligo legale al quale è soggetto il titolare del trattamento»
legal-basis-legal-obligation = Adempimento di un obbligo legale
legal-basis-legal-obligation-ref = art. 6, par. 1, lett. c), GDPR
# Art. 6, par. 1, lett. d): «il trattamento è necessario per la salvaguardia degli interessi vitali dell’interessato o di un’altra persona fisica»
legal-basis-vital-interests = Salvaguardia degli interessi vitali
legal-basis-vital-interests-ref = art. 6, par. 1, lett. d), GDPR
# Art. 6, par. 1, lett. e): «il trattamento è necessario per l’esecuzione di un compito di interesse pubblico o connesso all’esercizio di pubblici poteri di cui è investito il titolare del trattamento»
legal-basis-public-task = Compito di interesse pubblico o esercizio di pubblici poteri
legal-basis-public-task-ref = art. 6, par. 1, lett. e), GDPR
# Art. 6, par. 1, lett. f): «il trattamento è necessario per il perseguimento del legittimo interesse del titolare del trattamento o di terzi»
legal-basis-legitimate-interests = Legittimo interesse
legal-basis-legitimate-interests-ref = art. 6, par. 1, lett. f), GDPR

## Garanzie per i trasferimenti (artt. 45-49 GDPR)

# Art. 45 GDPR: «Trasferimento sulla base di una decisione di adeguatezza»
safeguard-adequacy = Decisione di adeguatezza
safeguard-adequacy-description = La Commissione europea ha stabilito che il paese che riceve i tuoi dati garantisce ai dati personali un livello di protezione sostanzialmente equivalente a quello assicurato nell’Unione europea.
# Art. 46, par. 2, lett. c), GDPR: «clausole tipo di protezione dei dati adottate dalla Commissione»
safeguard-scc = Clausole tipo di protezione dei dati
safeguard-scc-description = Abbiamo concordato con il destinatario clausole contrattuali approvate dalla Commissione europea che lo obbligano a proteggere i tuoi dati personali secondo gli standard dell’Unione.
# Art. 47 GDPR: «Norme vincolanti d’impresa»
safeguard-bcr = Norme vincolanti d’impresa
safeguard-bcr-description = Il destinatario appartiene a un gruppo di imprese le cui regole interne sulla protezione dei dati sono state approvate da un’autorità di protezione dei dati dell’Unione e vincolano ogni impresa del gruppo.
# Decisione di esecuzione (UE) 2023/1795 della Commissione, del 10 luglio 2023: «quadro UE-USA per la protezione dei dati personali»
safeguard-dpf = Quadro UE-USA per la protezione dei dati personali
safeguard-dpf-description = Il destinatario negli Stati Uniti ha aderito, con certificazione, al quadro UE-USA per la protezione dei dati personali, che la Commissione europea ha riconosciuto garantire ai tuoi dati una protezione adeguata.
# Art. 49 GDPR: «Deroghe in specifiche situazioni»
safeguard-derogation = Deroga (art. 49 GDPR)
safeguard-derogation-description = Non si applica nessun’altra garanzia: il trasferimento si basa quindi su una delle deroghe circoscritte previste dall’articolo 49 del GDPR, ad esempio il tuo consenso esplicito o la necessità di eseguire un contratto concluso con te.

## Diritti dell’interessato (art. 7, par. 3, artt. 15-22 e art. 77 GDPR)

# Art. 15 GDPR: «Diritto di accesso dell’interessato»
right-access = Diritto di accesso
right-access-ref = art. 15 GDPR
# Art. 16 GDPR: «Diritto di rettifica»
right-rectification = Diritto di rettifica
right-rectification-ref = art. 16 GDPR
# Art. 17 GDPR: «Diritto alla cancellazione (“diritto all’oblio”)»
right-erasure = Diritto alla cancellazione
right-erasure-ref = art. 17 GDPR
# Art. 18 GDPR: «Diritto di limitazione di trattamento»
right-restriction = Diritto di limitazione di trattamento
right-restriction-ref = art. 18 GDPR
# Art. 20 GDPR: «Diritto alla portabilità dei dati»
right-portability = Diritto alla portabilità dei dati
right-portability-ref = art. 20 GDPR
# Art. 21 GDPR: «Diritto di opposizione»
right-objection = Diritto di opposizione
right-objection-ref = art. 21 GDPR
# Art. 22, par. 1, GDPR: «il diritto di non essere sottoposto a una decisione basata unicamente sul
# trattamento automatizzato, compresa la profilazione»
right-automated-decisions = Diritto di non essere sottoposto a una decisione basata unicamente sul trattamento automatizzato
right-automated-decisions-ref = art. 22 GDPR
# Art. 7, par. 3, GDPR: «il diritto di revocare il proprio consenso in qualsiasi momento»
right-withdraw-consent = Diritto di revocare il consenso
right-withdraw-consent-ref = art. 7, par. 3, GDPR
# Art. 77 GDPR: «Diritto di proporre reclamo all’autorità di controllo»
right-complaint = Diritto di proporre reclamo all’autorità di controllo
right-complaint-ref = art. 77 GDPR
