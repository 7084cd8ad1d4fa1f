## Yrityksen muut asiakirjat tietosuojaselosteen rinnalla

documents-nav-label = { $company }: asiakirjat
# Kun asiakirjaa ei ole lukijan kielellä: kieli, jolla se avautuu.
document-in-language = (kieli: { $language })
document-kind-privacy = Tietosuojaseloste
document-kind-subprocessors = Alikäsittelijät
document-kind-cookies = Evästeseloste
document-kind-dpa = Tietojenkäsittelysopimus
document-kind-terms = Käyttöehdot
document-kind-other = Asiakirja
company-documents-heading = Asiakirjat
# Ennen linkkiä yrityksen alikäsittelijöiden luetteloon, kun seloste luettelee vastaanottajansa siellä.
processors-listed-in = Vastaanottajat on lueteltu asiakirjassa:
# Asiakirjan navigoinnin ensimmäinen linkki (selosteen linkki on ”Voimassa oleva seloste”).
nav-current-document = Voimassa oleva versio

## Evästeet ja vastaavat tallennustekniikat

nav-cookies = Evästeet
cookies-title = Evästeet ja vastaavat tallennustekniikat
cookies-heading = Evästeet ja vastaavat tallennustekniikat
cookies-intro = { $count ->
    [one] { $date } alkaen ilmoitetaan yksi eväste tai vastaava tallennustekniikka.
   *[other] { $date } alkaen ilmoitetaan { $count } evästettä ja vastaavaa tallennustekniikkaa.
}
cookies-none = Tässä versiossa ei ilmoiteta evästeitä.
cookies-caption = { $company }: evästeet ja vastaavat tallennustekniikat
cookies-upcoming-heading = Tulevat muutokset
cookie-name = Nimi
cookie-purpose = Käyttötarkoitus
cookie-duration = Säilytysaika
cookie-provider = Asettaja
cookie-category-necessary = Välttämättömät
cookie-category-preferences = Asetukset
cookie-category-statistics = Tilastot
cookie-category-marketing = Markkinointi
cookie-category-unstated = Luokkaa ei mainita
cookie-category-necessary-description = Tallentaminen, joka on ehdottoman välttämätöntä pyytämäsi palvelun tarjoamiseksi, ei edellytä suostumusta (sähköisen viestinnän tietosuojadirektiivin 5 artiklan 3 kohta).
cookie-category-consent-description = Edellyttää suostumustasi ennen asettamista (sähköisen viestinnän tietosuojadirektiivin 5 artiklan 3 kohta).
cookie-party-first = ensimmäinen osapuoli
cookie-party-third = kolmas osapuoli
cookie-type-cookie = eväste
cookie-type-local-storage = paikallinen tallennustila
cookie-type-session-storage = istuntotallennustila
cookie-type-pixel = pikseli
cookie-type-indexeddb = IndexedDB
duration-session = kunnes selain suljetaan
duration-years = { $count ->
    [one] { $count } vuosi
   *[other] { $count } vuotta
}
duration-months = { $count ->
    [one] { $count } kuukausi
   *[other] { $count } kuukautta
}
duration-weeks = { $count ->
    [one] { $count } viikko
   *[other] { $count } viikkoa
}
duration-days = { $count ->
    [one] { $count } päivä
   *[other] { $count } päivää
}
duration-hours = { $count ->
    [one] { $count } tunti
   *[other] { $count } tuntia
}
duration-minutes = { $count ->
    [one] { $count } minuutti
   *[other] { $count } minuuttia
}
duration-seconds = { $count ->
    [one] { $count } sekunti
   *[other] { $count } sekuntia
}

## Evästeiden muutokset tosiasioina

diff-cookies-heading = Evästeet
diff-count-cookies-added = { $count ->
    [one] yksi eväste lisätty
   *[other] { $count } evästettä lisätty
}
diff-count-cookies-removed = { $count ->
    [one] yksi eväste poistettu
   *[other] { $count } evästettä poistettu
}
diff-count-cookies-changed = { $count ->
    [one] yksi eväste muuttunut
   *[other] { $count } evästettä muuttunut
}
change-cookie-added = Uusi eväste { $name } ({ $category }), asettaja { $provider }, säilytysaika: { $duration }.
change-cookie-added-unstated-provider = Uusi eväste { $name } ({ $category }), säilytysaika: { $duration }; asettajaa ei mainita.
change-cookie-removed = { $name } ei ole enää käytössä.
change-cookie-provider = { $name }: asettaja muuttui ({ $old } → { $new }).
change-cookie-category = { $name }: luokka muuttui (”{ $old }” → ”{ $new }”).
change-cookie-duration = { $name }: säilytysaika muuttui ({ $old } → { $new }).
change-cookie-party = { $name }: evästeen asettava osapuoli muuttui ({ $old } → { $new }).
change-cookie-purpose = { $name }: käyttötarkoitus on nyt: { $new } (aiemmin: { $old }).
change-cookie-countries = { $name }: käsittelymaat muuttuivat ({ $old } → { $new }).
change-cookie-safeguard = { $name }: siirron suojatoimi muuttui ({ $old } → { $new }).
reason-cookie-added = eväste { $name } ({ $category }) lisätty
reason-cookie-needs-consent = eväste { $name } kuuluu nyt luokkaan ”{ $category }” ja edellyttää suostumusta
reason-cookie-kept-longer = evästeen { $name } säilytysaika piteni ({ $old } → { $new })
reason-cookie-country-outside-eea = evästettä { $name } käsitellään nyt ETA-alueen ulkopuolella: { $country }

## Ilmoitukset muun asiakirjan kuin tietosuojaselosteen muutoksesta

notice-email-subject-document = { $company }: ”{ $document }” muuttuu { $date }
notice-email-intro-document = { $company } muuttaa asiakirjaa ”{ $document }”. Uusi versio tulee voimaan { $date }.
