### Rechtsgronden voor de verwerking (art. 6 lid 1 AVG) en waarborgen bij doorgifte
### naar derde landen (hoofdstuk V AVG): korte namen, artikelverwijzingen en
### uitleg in gewone taal.

## Rechtsgronden (art. 6 lid 1 AVG)

# AVG art. 6 lid 1 sub a, officiële Nederlandse tekst: "de betrokkene heeft toestemming gegeven voor de verwerking van zijn persoonsgegevens"
legal-basis-consent = Toestemming
legal-basis-consent-ref = art. 6 lid 1 sub a AVG
# AVG art. 6 lid 1 sub b: "de verwerking is noodzakelijk voor de uitvoering van een overeenkomst waarbij de betrokkene partij is"
legal-basis-contract = Uitvoering van een overeenkomst
legal-basis-contract-ref = art. 6 lid 1 sub b AVG
# AVG art. 6 lid 1 sub c: "noodzakelijk om te voldoen aan een wettelijke verplichting die op de verwerkingsverantwoordelijke rust"
legal-basis-legal-obligation = Wettelijke verplichting
legal-basis-legal-obligation-ref = art. 6 lid 1 sub c AVG
# AVG art. 6 lid 1 sub d: "noodzakelijk om de vitale belangen van de betrokkene of van een andere natuurlijke persoon te beschermen"
legal-basis-vital-interests = Vitale belangen
legal-basis-vital-interests-ref = art. 6 lid 1 sub d AVG
# AVG art. 6 lid 1 sub e: "noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag"
legal-basis-public-task = Taak van algemeen belang of openbaar gezag
legal-basis-public-task-ref = art. 6 lid 1 sub e AVG
# AVG art. 6 lid 1 sub f: "noodzakelijk voor de behartiging van de gerechtvaardigde belangen van de verwerkingsverantwoordelijke of van een derde"
legal-basis-legitimate-interests = Gerechtvaardigde belangen
legal-basis-legitimate-interests-ref = art. 6 lid 1 sub f AVG

## Waarborgen bij doorgifte (art. 45–49 AVG)

# AVG art. 45, opschrift: "Doorgiften op basis van een adequaatheidsbesluit"
safeguard-adequacy = Adequaatheidsbesluit
safeguard-adequacy-description = De Europese Commissie heeft besloten dat het land dat uw gegevens ontvangt, persoonsgegevens beschermt op een niveau dat in wezen gelijkwaardig is aan dat in de EU.
# AVG art. 46 lid 2 sub c: "standaardbepalingen inzake gegevensbescherming die door de Commissie zijn vastgesteld"
safeguard-scc = Standaardbepalingen inzake gegevensbescherming
safeguard-scc-description = Wij hebben met de ontvanger door de Europese Commissie goedgekeurde contractbepalingen overeengekomen die de ontvanger verplichten uw persoonsgegevens volgens Europese normen te beschermen.
# AVG art. 47, opschrift: "Bindende bedrijfsvoorschriften"
safeguard-bcr = Bindende bedrijfsvoorschriften
safeguard-bcr-description = De ontvanger hoort bij een concern waarvan de interne regels voor gegevensbescherming zijn goedgekeurd door een Europese toezichthouder en die voor elke onderneming in het concern bindend zijn.
# Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023: "EU-VS-kader voor gegevensbescherming" (gangbare Nederlandse benaming; nog te controleren tegen de tekst in het Publicatieblad)
safeguard-dpf = EU-VS-kader voor gegevensbescherming
safeguard-dpf-description = De ontvanger in de Verenigde Staten is gecertificeerd onder het EU-VS-kader voor gegevensbescherming, waarvan de Europese Commissie heeft vastgesteld dat het uw gegevens passend beschermt.
# AVG art. 49, opschrift: "Afwijkingen voor specifieke situaties"
safeguard-derogation = Afwijking (art. 49 AVG)
safeguard-derogation-description = Er is geen andere waarborg van toepassing; de doorgifte berust daarom op een van de beperkte uitzonderingen van artikel 49 AVG, zoals uw uitdrukkelijke toestemming of de noodzaak om een overeenkomst met u uit te voeren.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# AVG art. 15, opschrift: "Recht van inzage van de betrokkene"
right-access = Recht van inzage
right-access-ref = art. 15 AVG
# AVG art. 16, opschrift: "Recht op rectificatie"
right-rectification = Recht op rectificatie
right-rectification-ref = art. 16 AVG
# AVG art. 17, opschrift: "Recht op gegevenswissing („recht op vergetelheid”)"
right-erasure = Recht op gegevenswissing („recht op vergetelheid”)
right-erasure-ref = art. 17 AVG
# AVG art. 18, opschrift: "Recht op beperking van de verwerking"
right-restriction = Recht op beperking van de verwerking
right-restriction-ref = art. 18 AVG
# AVG art. 20, opschrift: "Recht op overdraagbaarheid van gegevens"
right-portability = Recht op overdraagbaarheid van gegevens
right-portability-ref = art. 20 AVG
# AVG art. 21, opschrift: "Recht van bezwaar"
right-objection = Recht van bezwaar
right-objection-ref = art. 21 AVG
# AVG art. 22 lid 1: "het recht niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking, waaronder profilering, gebaseerd besluit"
right-automated-decisions = Recht om niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking gebaseerd besluit
right-automated-decisions-ref = art. 22 AVG
# AVG art. 7 lid 3: "De betrokkene heeft het recht zijn toestemming te allen tijde in te trekken."
right-withdraw-consent = Recht om uw toestemming te allen tijde in te trekken
right-withdraw-consent-ref = art. 7 lid 3 AVG
# AVG art. 77, opschrift: "Recht om klacht in te dienen bij een toezichthoudende autoriteit"
right-complaint = Recht om klacht in te dienen bij een toezichthoudende autoriteit
right-complaint-ref = art. 77 AVG
