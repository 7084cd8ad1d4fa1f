### Behandlingsgrunnlag (personvernforordningen artikkel 6 nr. 1) og grunnlag for
### overføring til tredjestater (personvernforordningen kapittel V): korte navn,
### artikkelhenvisninger og beskrivelser i klarspråk. Personvernforordningen gjelder
### som norsk lov etter personopplysningsloven § 1.

## Behandlingsgrunnlag (personvernforordningen artikkel 6 nr. 1)

# Personvernforordningen art. 6 nr. 1 bokstav a, norsk tekst: «den registrerte har samtykket til behandling av sine personopplysninger»
legal-basis-consent = Samtykke
legal-basis-consent-ref = personvernforordningen art. 6 nr. 1 bokstav a
# Art. 6 nr. 1 bokstav b: «behandlingen er nødvendig for å oppfylle en avtale som den registrerte er part i»
legal-basis-contract = Oppfyllelse av avtale
legal-basis-contract-ref = personvernforordningen art. 6 nr. 1 bokstav b
# Art. 6 nr. 1 bokstav c: «behandlingen er nødvendig for å oppfylle en rettslig forpliktelse som påhviler den behandlingsansvarlige»
legal-basis-legal-obligation = Rettslig forpliktelse
legal-basis-legal-obligation-ref = personvernforordningen art. 6 nr. 1 bokstav c
# Art. 6 nr. 1 bokstav d: «behandlingen er nødvendig for å verne den registrertes eller en annen fysisk persons vitale interesser»
legal-basis-vital-interests = Vitale interesser
legal-basis-vital-interests-ref = personvernforordningen art. 6 nr. 1 bokstav d
# Art. 6 nr. 1 bokstav e: «behandlingen er nødvendig for å utføre en oppgave i allmennhetens interesse eller utøve offentlig myndighet som den behandlingsansvarlige er pålagt»
legal-basis-public-task = Oppgave i allmennhetens interesse eller utøvelse av offentlig myndighet
legal-basis-public-task-ref = personvernforordningen art. 6 nr. 1 bokstav e
# Art. 6 nr. 1 bokstav f: «behandlingen er nødvendig for formål knyttet til de berettigede interessene som forfølges av den behandlingsansvarlige eller en tredjepart»
legal-basis-legitimate-interests = Berettigede interesser
legal-basis-legitimate-interests-ref = personvernforordningen art. 6 nr. 1 bokstav f

## Overføringsgrunnlag (personvernforordningen artikkel 45–49)

# Personvernforordningen art. 45, overskrift: «Overføringer på grunnlag av en beslutning om tilstrekkelig beskyttelsesnivå»
safeguard-adequacy = Beslutning om tilstrekkelig beskyttelsesnivå
safeguard-adequacy-description = Europakommisjonen har besluttet at landet som mottar opplysningene dine, beskytter personopplysninger på et nivå som i hovedsak tilsvarer nivået i EU og EØS.
# Art. 46 nr. 2 bokstav c: «standard personvernbestemmelser vedtatt av Kommisjonen»
safeguard-scc = Standard personvernbestemmelser
safeguard-scc-description = Vi har avtalt vilkår med mottakeren som Europakommisjonen har godkjent, og som forplikter mottakeren til å beskytte personopplysningene dine etter europeiske krav.
# Art. 47, overskrift: «Bindende virksomhetsregler»
safeguard-bcr = Bindende virksomhetsregler
safeguard-bcr-description = Mottakeren tilhører et konsern der de interne personvernreglene er godkjent av en europeisk datatilsynsmyndighet og er bindende for alle selskapene i konsernet.
# Kommisjonens gjennomføringsbeslutning (EU) 2023/1795 av 10. juli 2023 er ikke kunngjort på norsk
# i EUs tidende; Datatilsynet omtaler ordningen med det engelske navnet «EU-U.S. Data Privacy Framework».
safeguard-dpf = EU–US Data Privacy Framework
safeguard-dpf-description = Mottakeren i USA er sertifisert under EU–US Data Privacy Framework, som Europakommisjonen har anerkjent at gir opplysningene dine et tilstrekkelig beskyttelsesnivå.
# Art. 49, overskrift: «Unntak i særlige situasjoner»
safeguard-derogation = Unntak (art. 49)
safeguard-derogation-description = Ikke noe annet overføringsgrunnlag kan brukes, så overføringen bygger på et av de snevre unntakene i personvernforordningen artikkel 49, for eksempel ditt uttrykkelige samtykke eller at overføringen er nødvendig for å oppfylle en avtale med deg.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# Personvernforordningen art. 15, overskrift: «Den registrertes rett til innsyn»
right-access = Rett til innsyn
right-access-ref = personvernforordningen art. 15
# Art. 16, overskrift: «Rett til retting»
right-rectification = Rett til retting
right-rectification-ref = personvernforordningen art. 16
# Art. 17, overskrift: «Rett til sletting ("rett til å bli glemt")»
right-erasure = Rett til sletting («rett til å bli glemt»)
right-erasure-ref = personvernforordningen art. 17
# Art. 18, overskrift: «Rett til begrensning av behandling»
right-restriction = Rett til begrensning av behandling
right-restriction-ref = personvernforordningen art. 18
# Art. 20, overskrift: «Rett til dataportabilitet»
right-portability = Rett til dataportabilitet
right-portability-ref = personvernforordningen art. 20
# Art. 21, overskrift: «Rett til å protestere»
right-objection = Rett til å protestere
right-objection-ref = personvernforordningen art. 21
# Art. 22 nr. 1: «rett til ikke å være gjenstand for en avgjørelse som utelukkende er basert på automatisert behandling, herunder profilering»
right-automated-decisions = Rett til ikke å være gjenstand for en avgjørelse som utelukkende er basert på automatisert behandling
right-automated-decisions-ref = personvernforordningen art. 22
# Art. 7 nr. 3: «Den registrerte skal ha rett til å trekke tilbake sitt samtykke når som helst.»
right-withdraw-consent = Rett til å trekke tilbake samtykke når som helst
right-withdraw-consent-ref = personvernforordningen art. 7 nr. 3
# Art. 77, overskrift: «Rett til å klage til en tilsynsmyndighet»
right-complaint = Rett til å klage til en tilsynsmyndighet
right-complaint-ref = personvernforordningen art. 77
