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
safeguard-scc = Vakiosopimuslausekkeet
safeguard-scc-description = Olemme sopineet vastaanottajan kanssa Euroopan komission hyväksymistä ehdoista, jotka velvoittavat vastaanottajan suojaamaan henkilötietojasi EU:n vaatimusten mukaisesti.
safeguard-bcr = Yritystä koskevat sitovat säännöt
safeguard-bcr-description = Vastaanottaja kuuluu yritysryhmään, jonka sisäiset tietosuojasäännöt EU:n tietosuojaviranomainen on hyväksynyt ja jotka sitovat kaikkia ryhmän yrityksiä.
safeguard-dpf = EU:n ja Yhdysvaltojen välinen tietosuojakehys
safeguard-dpf-description = Yhdysvalloissa oleva vastaanottaja on liittynyt EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen, jonka Euroopan komissio on todennut takaavan tiedoillesi riittävän suojan.
safeguard-derogation = Poikkeus (49 artikla)
safeguard-derogation-description = Muita suojatoimia ei voida käyttää, joten siirto perustuu johonkin tietosuoja-asetuksen 49 artiklan tarkasti rajatuista poikkeuksista, kuten nimenomaiseen suostumukseesi tai siihen, että siirto on tarpeen kanssasi tehdyn sopimuksen täytäntöönpanemiseksi.
