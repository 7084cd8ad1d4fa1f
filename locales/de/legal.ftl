### Rechtsgrundlagen der Verarbeitung (Art. 6 Abs. 1 DSGVO) und Garantien für
### Übermittlungen an Drittländer (Kapitel V DSGVO): Kurzbezeichnungen,
### Artikelangaben und allgemein verständliche Beschreibungen.

## Rechtsgrundlagen (Art. 6 Abs. 1 DSGVO)

# Art. 6 Abs. 1 lit. a DSGVO, amtliche deutsche Fassung: „Die betroffene Person hat ihre Einwilligung … gegeben“
legal-basis-consent = Einwilligung
legal-basis-consent-ref = Art. 6 Abs. 1 lit. a DSGVO
# Art. 6 Abs. 1 lit. b DSGVO: „für die Erfüllung eines Vertrags … erforderlich“
legal-basis-contract = Erfüllung eines Vertrags
legal-basis-contract-ref = Art. 6 Abs. 1 lit. b DSGVO
# Art. 6 Abs. 1 lit. c DSGVO: „zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der der Verantwortliche unterliegt“
legal-basis-legal-obligation = Erfüllung einer rechtlichen Verpflichtung
legal-basis-legal-obligation-ref = Art. 6 Abs. 1 lit. c DSGVO
# Art. 6 Abs. 1 lit. d DSGVO: „um lebenswichtige Interessen der betroffenen Person oder einer anderen natürlichen Person zu schützen“
legal-basis-vital-interests = Schutz lebenswichtiger Interessen
legal-basis-vital-interests-ref = Art. 6 Abs. 1 lit. d DSGVO
# Art. 6 Abs. 1 lit. e DSGVO: „für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt“
legal-basis-public-task = Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt
legal-basis-public-task-ref = Art. 6 Abs. 1 lit. e DSGVO
# Art. 6 Abs. 1 lit. f DSGVO: „zur Wahrung der berechtigten Interessen des Verantwortlichen oder eines Dritten erforderlich“
legal-basis-legitimate-interests = Wahrung berechtigter Interessen
legal-basis-legitimate-interests-ref = Art. 6 Abs. 1 lit. f DSGVO

## Garantien für Übermittlungen (Art. 45–49 DSGVO)

# Art. 45 DSGVO: „Datenübermittlung auf der Grundlage eines Angemessenheitsbeschlusses“
safeguard-adequacy = Angemessenheitsbeschluss
safeguard-adequacy-description = Die Europäische Kommission hat beschlossen, dass das Land, in das Ihre Daten übermittelt werden, personenbezogene Daten auf einem Niveau schützt, das dem in der EU im Wesentlichen gleichwertig ist.
# Art. 46 Abs. 2 lit. c DSGVO: „Standarddatenschutzklauseln, die von der Kommission … erlassen werden“
safeguard-scc = Standarddatenschutzklauseln
safeguard-scc-description = Wir haben mit dem Empfänger von der Europäischen Kommission genehmigte Vertragsklauseln vereinbart, die ihn verpflichten, Ihre personenbezogenen Daten nach EU-Standards zu schützen.
# Art. 47 DSGVO: „Verbindliche interne Datenschutzvorschriften“
safeguard-bcr = Verbindliche interne Datenschutzvorschriften
safeguard-bcr-description = Der Empfänger gehört zu einer Unternehmensgruppe, deren interne Datenschutzvorschriften von einer Datenschutzaufsichtsbehörde in der EU genehmigt wurden und für jedes Unternehmen der Gruppe verbindlich sind.
# Durchführungsbeschluss (EU) 2023/1795 der Kommission vom 10. Juli 2023: „Datenschutzrahmen EU-USA“
safeguard-dpf = Datenschutzrahmen EU-USA
safeguard-dpf-description = Der Empfänger in den Vereinigten Staaten ist nach dem Datenschutzrahmen EU-USA zertifiziert, für den die Europäische Kommission ein angemessenes Schutzniveau für Ihre Daten festgestellt hat.
# Art. 49 DSGVO: „Ausnahmen für bestimmte Fälle“
safeguard-derogation = Ausnahme (Art. 49 DSGVO)
safeguard-derogation-description = Keine andere Garantie greift; die Übermittlung stützt sich daher auf eine der eng gefassten Ausnahmen des Art. 49 DSGVO, etwa Ihre ausdrückliche Einwilligung oder die Erfüllung eines Vertrags mit Ihnen.

## Rechte der betroffenen Person (Art. 7 Abs. 3, Art. 15–22, Art. 77 DSGVO)

# Art. 15 DSGVO: „Auskunftsrecht der betroffenen Person“
right-access = Auskunftsrecht
right-access-ref = Art. 15 DSGVO
# Art. 16 DSGVO: „Recht auf Berichtigung“
right-rectification = Recht auf Berichtigung
right-rectification-ref = Art. 16 DSGVO
# Art. 17 DSGVO: „Recht auf Löschung („Recht auf Vergessenwerden“)“
right-erasure = Recht auf Löschung
right-erasure-ref = Art. 17 DSGVO
# Art. 18 DSGVO: „Recht auf Einschränkung der Verarbeitung“
right-restriction = Recht auf Einschränkung der Verarbeitung
right-restriction-ref = Art. 18 DSGVO
# Art. 20 DSGVO: „Recht auf Datenübertragbarkeit“
right-portability = Recht auf Datenübertragbarkeit
right-portability-ref = Art. 20 DSGVO
# Art. 21 DSGVO: „Widerspruchsrecht“
right-objection = Widerspruchsrecht
right-objection-ref = Art. 21 DSGVO
# Art. 22 Abs. 1 DSGVO: „das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung
# – einschließlich Profiling – beruhenden Entscheidung unterworfen zu werden“
right-automated-decisions = Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden
right-automated-decisions-ref = Art. 22 DSGVO
# Art. 7 Abs. 3 DSGVO: „das Recht, ihre Einwilligung jederzeit zu widerrufen“
right-withdraw-consent = Recht auf Widerruf der Einwilligung
right-withdraw-consent-ref = Art. 7 Abs. 3 DSGVO
# Art. 77 DSGVO: „Recht auf Beschwerde bei einer Aufsichtsbehörde“
right-complaint = Recht auf Beschwerde bei einer Aufsichtsbehörde
right-complaint-ref = Art. 77 DSGVO
