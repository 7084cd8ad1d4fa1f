### Oletusteeman käyttöliittymätekstit: suomi.

## Sivun kehys
skip-to-content = Siirry sisältöön
language-switcher = Kieli
footer-published = Julkaistu privsitellä.
policy-navigation = Tämä seloste
nav-current = Voimassa oleva seloste
nav-history = Versiohistoria
nav-processors = Vastaanottajat

## Ilmoitukset
notice-past-title = Aiempi versio.
notice-past = Tämä versio oli voimassa { $from } – { $until } (viimeinen päivä mukaan lukien).
notice-read-current = Lue voimassa oleva versio.
notice-upcoming-title = Tuleva versio.
notice-upcoming = Tämä versio tulee voimaan { $date }. Siihen asti sovelletaan nykyistä versiota.
notice-new-version-title = Uusi versio on tulossa.
notice-new-version = Päivitetty seloste tulee voimaan { $date }.
notice-read-upcoming = Lue uusi versio.
notice-stale-title = Tämä käännös ei ole ajan tasalla.
notice-stale = Kieliversio { $reference } on muuttunut { $since } jälkeen, eikä tätä käännöstä ole vielä päivitetty.
notice-read-reference = Lue kieliversio { $reference }.
no-revision-in-force = Mikään tämän selosteen versio ei ole vielä voimassa.

## Seloste
in-force-from = Voimassa { $date } alkaen
takes-effect = Tulee voimaan { $date }
all-versions = Kaikki versiot
what-changed = Mikä muuttui
contents = Sisällys
purposes-heading = Käsittelyn tarkoitukset ja oikeusperusteet
processors-heading = Henkilötietojen vastaanottajat
processors-caption = Henkilötietojen käsittelijät ja muut vastaanottajat: { $company }
processors-more = Vastaanottajat ajan mittaan
legal-basis-label = { $count ->
    [one] Oikeusperuste:
   *[other] Oikeusperusteet:
}
legitimate-interest-label = Oikeutettu etu:
version-footer = Tämä on { $date } alkaen voimassa oleva versio.
permalink = Pysyvä linkki tähän versioon

## Rekisterinpitäjä
controller-heading = Rekisterinpitäjä
controller-name = Nimi
controller-org-number = Y-tunnus
controller-address = Osoite
controller-email = Sähköposti
controller-phone = Puhelin
controller-website = Verkkosivusto
controller-dpo = Tietosuojavastaava
controller-authority = Valvontaviranomainen
not-stated = Ei mainita selosteessa

## Käsittelijätaulukko
processor-name = Vastaanottaja
processor-purpose = Tarkoitus
processor-data = Henkilötiedot
processor-since = Alkaen
processor-removed-on = Ei mainita alkaen
processor-headquarters = Sijoittautunut: { $country }
outside-eea = ETA-alueen ulkopuolella
safeguard-missing = Ei mainittu

## Historia
history-title = Versiohistoria
history-intro = { $count ->
    [one] Selosteesta on yksi versio.
   *[other] Selosteesta on { $count } versiota, uusin ensin.
}
status-current = Voimassa
status-past = Aiempi versio
status-upcoming = Tuleva

## Käsittelijäsivu
processors-title = Henkilötietojen vastaanottajat
processors-intro = { $count ->
    [0] { $date } alkaen voimassa oleva versio ei luettele vastaanottajia.
    [one] { $date } alkaen voimassa oleva versio mainitsee yhden henkilötietojen vastaanottajan.
   *[other] { $date } alkaen voimassa oleva versio mainitsee { $count } henkilötietojen vastaanottajaa.
}
processors-upcoming-heading = Tulevat muutokset
processors-removed-heading = Vastaanottajat, joita ei enää mainita
processors-removed-caption = Vastaanottajat, jotka aiemmat versiot mainitsivat mutta voimassa oleva versio ei mainitse

## Sivuston sivut
index-intro = Tietosuojaselosteet ja niiden versiot, jotka tällä sivustolla on.
company-choose-language = Valitse kieli:
not-found-title = Sivua ei löydy
not-found-text = Tässä osoitteessa ei ole sivua. Seloste on ehkä siirtynyt, tai linkissä on virhe.
not-found-home = Kaikkiin tietosuojaselosteisiin

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Käsittelymaat ja suojatoimi
location-within-eea = ETA-alueella
region-eu = Euroopan unioni
region-eea = Euroopan talousalue
processor-formerly = Aiemmin: { $names }
processor-since-date = Alkaen { $date }
group-purpose = Tarkoitus: { $purpose }
role-processor = Henkilötietojen käsittelijä
role-controller = Itsenäinen rekisterinpitäjä
role-joint-controller = Yhteisrekisterinpitäjä
role-affiliate = Konserniyhtiö
processors-in-prose = { $date } alkaen voimassa oleva versio kuvaa vastaanottajat tekstinä eikä taulukkona:
translation-notice-title = Käännös.
translation-notice = Tämä teksti on tätä sivustoa varten tehty käännös. Alkuperäinen kieli: { $language }; yritys julkaisi tekstin tällä kielellä.
translation-read-original = Lue alkuperäinen ({ $language }).
print-address = Tämän version pysyvä osoite:
print-address-page = Sivun osoite:

## The site's voice, apart from the company's.
translation-notice-company = Tämä teksti on yrityksen oma käännös. Alkuperäinen kieli: { $language }.
archived-notice-title = Arkistokopio.
archived-notice = Tämä on teksti sellaisena kuin se julkaistiin { $date }, säilytettynä tallenteena. Sen ei väitetä olevan voimassa tänään.
status-archived = Arkistokopio
date-note-label = Tämän sivuston valitsema päivämäärä:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Korjattu julkaisun jälkeen:
summary-by-site = Tätä sivustoa varten kirjoitettu tiivistelmä:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Tämän sivun otsikot ja merkinnät ovat englanniksi: niitä ei ole vielä käännetty tämän selosteen kielelle.
