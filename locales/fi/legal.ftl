### Käsittelyn oikeusperusteet (tietosuoja-asetuksen 6 artiklan 1 kohta) ja
### suojatoimet siirrettäessä tietoja kolmansiin maihin (tietosuoja-asetuksen
### V luku): lyhyet nimet, artiklaviittaukset ja selkokieliset kuvaukset.

## Oikeusperusteet (tietosuoja-asetuksen 6 artiklan 1 kohta)

legal-basis-consent = Suostumus
legal-basis-consent-ref = tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta
legal-basis-contract = Sopimuksen täytäntöönpano
legal-basis-contract-ref = tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta
legal-basis-legal-obligation = Lakisääteinen velvoite
legal-basis-legal-obligation-ref = tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta
legal-basis-vital-interests = Elintärkeät edut
legal-basis-vital-interests-ref = tietosuoja-asetuksen 6 artiklan 1 kohdan d alakohta
legal-basis-public-task = Yleinen etu tai julkisen vallan käyttö
legal-basis-public-task-ref = tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta
legal-basis-legitimate-interests = Oikeutettu etu
legal-basis-legitimate-interests-ref = tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta

## Siirtojen suojatoimet (tietosuoja-asetuksen 45–49 artikla)

safeguard-adequacy = Tietosuojan riittävyyttä koskeva päätös
safeguard-adequacy-description = Euroopan komissio on päättänyt, että tietosi vastaanottava maa suojaa henkilötietoja tasolla, joka vastaa olennaisilta osin EU:n suojatasoa.
# 46 artiklan 2 kohdan c alakohta: "komission hyväksymät tietosuojaa koskevat vakiolausekkeet"
safeguard-scc = Tietosuojaa koskevat vakiolausekkeet
safeguard-scc-description = Olemme sopineet vastaanottajan kanssa Euroopan komission hyväksymistä ehdoista, jotka velvoittavat vastaanottajan suojaamaan henkilötietojasi EU:n vaatimusten mukaisesti.
safeguard-bcr = Yritystä koskevat sitovat säännöt
safeguard-bcr-description = Vastaanottaja kuuluu yritysryhmään, jonka sisäiset tietosuojasäännöt EU:n tietosuojaviranomainen on hyväksynyt ja jotka sitovat kaikkia ryhmän yrityksiä.
safeguard-dpf = EU:n ja Yhdysvaltojen välinen tietosuojakehys
safeguard-dpf-description = Yhdysvalloissa oleva vastaanottaja on liittynyt EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen, jonka Euroopan komissio on todennut takaavan tiedoillesi riittävän suojan.
safeguard-derogation = Poikkeus (49 artikla)
safeguard-derogation-description = Muita suojatoimia ei voida käyttää, joten siirto perustuu johonkin tietosuoja-asetuksen 49 artiklan tarkasti rajatuista poikkeuksista, kuten nimenomaiseen suostumukseesi tai siihen, että siirto on tarpeen kanssasi tehdyn sopimuksen täytäntöönpanemiseksi.

## Rekisteröidyn oikeudet (tietosuoja-asetuksen 7 artiklan 3 kohta sekä 15–22 ja 77 artikla)

# Tietosuoja-asetuksen 15 artikla, virallinen suomenkielinen teksti: "Rekisteröidyn oikeus saada pääsy tietoihin"
right-access = Oikeus saada pääsy tietoihin
right-access-ref = tietosuoja-asetuksen 15 artikla
# 16 artikla, virallinen teksti: "Oikeus tietojen oikaisemiseen"
right-rectification = Oikeus tietojen oikaisemiseen
right-rectification-ref = tietosuoja-asetuksen 16 artikla
# 17 artikla, virallinen teksti: "Oikeus tietojen poistamiseen (”oikeus tulla unohdetuksi”)"
right-erasure = Oikeus tietojen poistamiseen
right-erasure-ref = tietosuoja-asetuksen 17 artikla
# 18 artikla, virallinen teksti: "Oikeus käsittelyn rajoittamiseen"
right-restriction = Oikeus käsittelyn rajoittamiseen
right-restriction-ref = tietosuoja-asetuksen 18 artikla
# 20 artikla, virallinen teksti: "Oikeus siirtää tiedot järjestelmästä toiseen"
right-portability = Oikeus siirtää tiedot järjestelmästä toiseen
right-portability-ref = tietosuoja-asetuksen 20 artikla
# 21 artikla, virallinen teksti: "Vastustamisoikeus"
right-objection = Vastustamisoikeus
right-objection-ref = tietosuoja-asetuksen 21 artikla
# 22 artiklan 1 kohta, virallinen teksti: "oikeus olla joutumatta sellaisen päätöksen kohteeksi,
# joka perustuu pelkästään automaattiseen käsittelyyn, kuten profilointiin"
right-automated-decisions = Oikeus olla joutumatta pelkästään automaattiseen käsittelyyn perustuvan päätöksen kohteeksi
right-automated-decisions-ref = tietosuoja-asetuksen 22 artikla
# 7 artiklan 3 kohta, virallinen teksti: "oikeus peruuttaa suostumuksensa milloin tahansa"
right-withdraw-consent = Oikeus peruuttaa suostumus
right-withdraw-consent-ref = tietosuoja-asetuksen 7 artiklan 3 kohta
# 77 artikla, virallinen teksti: "Oikeus tehdä valitus valvontaviranomaiselle"
right-complaint = Oikeus tehdä valitus valvontaviranomaiselle
right-complaint-ref = tietosuoja-asetuksen 77 artikla
