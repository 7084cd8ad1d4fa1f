### Mikä muuttui: vertailut, muutosloki ja syötteet (suomi).

diff-title = Muutokset { $date }
diff-compared = Verrattuna { $old } alkaen voimassa olleeseen versioon.
diff-read-old = Aiempi versio
diff-read-new = Tämä versio
diff-summary-heading = Yhteenveto
diff-legend = Tekstissä merkitty:
diff-legend-inserted = lisätty
diff-legend-deleted = poistettu
diff-coarse = Jotkin muutokset olivat liian suuria merkittäviksi sana sanalta: ne näytetään kokonaisina poistettuina ja lisättyinä kohtina.
diff-policy-title = Selosteen otsikko
diff-intro = Johdanto
diff-status-unchanged = ennallaan
diff-status-added = uusi
diff-status-removed = poistettu
diff-status-changed = muutettu
# What a diff page says of a section beyond its words.
diff-note-moved = Tämä osio on uudessa kohdassa.
diff-note-was = Aiemmin osio ”{ $title }”.
diff-note-split-from = Erotettu osiosta ”{ $title }”.
diff-note-promoted = Aiemmin osion ”{ $title }” alaosio, nyt oma osionsa.
diff-note-split-into = Osa tästä osiosta on nyt osio ”{ $title }”.
diff-note-merged-from = Sisältää nyt osion ”{ $title }” tekstin.
diff-note-merged-into = Yhdistetty osioon ”{ $title }”.
diff-note-demoted-into = Nyt osion ”{ $title }” alaosio.
diff-inserted = lisätty
diff-deleted = poistettu
diff-end = {""}

diff-count-none = Ei muutoksia tekstiin tai vastaanottajiin.
diff-count-processors-added = { $count ->
    [one] yksi vastaanottaja lisätty
   *[other] { $count } vastaanottajaa lisätty
}
diff-count-processors-removed = { $count ->
    [one] yhtä vastaanottajaa ei enää mainita
   *[other] { $count } vastaanottajaa ei enää mainita
}
diff-count-processors-changed = { $count ->
    [one] yksi vastaanottaja muuttunut
   *[other] { $count } vastaanottajaa muuttunut
}
diff-count-sections-added = { $count ->
    [one] yksi kohta lisätty
   *[other] { $count } kohtaa lisätty
}
diff-count-sections-removed = { $count ->
    [one] yksi kohta poistettu
   *[other] { $count } kohtaa poistettu
}
diff-count-sections-changed = { $count ->
    [one] yksi kohta muuttunut
   *[other] { $count } kohtaa muuttunut
}
diff-count-purposes-added = { $count ->
    [one] yksi käyttötarkoitus lisätty
   *[other] { $count } käyttötarkoitusta lisätty
}
diff-count-purposes-removed = { $count ->
    [one] yksi käyttötarkoitus poistettu
   *[other] { $count } käyttötarkoitusta poistettu
}
diff-count-purposes-changed = { $count ->
    [one] yksi käyttötarkoitus muuttunut
   *[other] { $count } käyttötarkoitusta muuttunut
}
diff-count-title-changed = otsikko muuttunut
diff-count-intro-changed = johdanto muuttunut

diff-processor-added = { $name } on lisätty vastaanottajaksi. { $details }
diff-processor-where = Tietoja käsitellään maissa: { $countries }.
diff-processor-safeguard = Siirron suojatoimi: { $safeguard }.
diff-processor-removed = { $name } ei ole enää mainittuna vastaanottajana.
diff-processor-safeguard-changed = { $name }: siirron suojatoimi muuttui ({ $old } → { $new }).
diff-processor-headquarters-changed = { $name }: sijoittautumismaa nyt { $new } (aiemmin { $old }).
diff-processor-purpose-changed = { $name }: käyttötarkoitus muuttui (”{ $old }” → ”{ $new }”).
diff-processor-data-changed = { $name }: jaettavat henkilötiedot muuttuivat (”{ $old }” → ”{ $new }”).
safeguard-none = ei mainittu

processors-log-heading = Muutosloki
exports-label = Koneluettava:
feed-subscribe = Atom-syöte
feed-title = { $company }: tietosuojaselosteen muutokset
site-feed-title = Kaikki tietosuojaselosteiden muutokset
subscribe-heading = Muutosten seuranta
subscribe-feed = Uusista versioista ilmoitetaan syötteessä:
subscribe-email-label = Sähköpostiosoite
subscribe-button = Tilaa
feed-entry-title = Uusi versio voimassa { $date } alkaen
feed-entry-upcoming = Uusi versio tulee voimaan { $date }
feed-read-policy = Lue seloste

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = ei mainittu
diff-processor-where-unstated = Käsittelymaita ei mainita.
diff-processor-renamed = { $old } on nyt nimeltään { $new }.
diff-processor-role-changed = { $name }: rooli muuttui ({ $old } → { $new }).
diff-processor-countries-changed = { $name }: käsittelymaat muuttuivat ({ $old } → { $new }).

## Muutosilmoitukset: ilmoituspäivä, luokka, sähköposti
notice-announced-line = Ilmoitettu { $announced } · tulee voimaan { $date }
notice-objection-deadline = Asiakkaat voivat vastustaa muutosta { $deadline } asti.
notice-class-material = Olennainen muutos
notice-class-editorial = Toimituksellinen muutos
notice-reference-upcoming = Alkuperäisestä tekstistä ({ $language }) on uusi versio, joka tulee voimaan { $date }; tästä käännöksestä sitä ei vielä ole.
notice-email-subject = { $company }: tietosuojaselosteemme muuttuu { $date }
notice-email-intro = { $company } muuttaa tietosuojaselostettaan. Uusi versio tulee voimaan { $date }.
notice-email-added = Uudet vastaanottajat
notice-email-removed = Poistuvat vastaanottajat
notice-email-renamed = Nimensä muuttaneet vastaanottajat
notice-email-changed = Muuttuneet vastaanottajat
notice-email-col-name = Vastaanottaja
notice-email-col-location = Missä tietoja käsitellään
notice-email-col-safeguard = Siirron suojatoimi
notice-email-objection = Voit vastustaa muutosta { $deadline } asti.
notice-email-objection-contact = Jos haluat vastustaa muutosta, kirjoita osoitteeseen { $contact }.
notice-email-diff = Mitä muuttui, sana sanalta:
notice-email-policy = Uusi versio:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Muutoksen luokka
notice-facts-announced = Ilmoitettu
notice-facts-effective = Tulee voimaan
notice-facts-deadline = Vastustaminen viimeistään
notice-facts-object = Näin vastustat muutosta
notice-facts-changes = Muuttuvat vastaanottajat

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Tämän sivuston luokittelu kahden version erojen perusteella: { $reasons }.
notice-class-computed-none = Tämän sivuston luokittelu: kahden version erot eivät muuta yhtään vastaanottajaa, siirtoa, tarkoitusta, oikeusperustetta tai säilytysaikaa.
notice-class-declared = Tämän sivuston toimittajien määrittämä, ei laskettu eroista.
notice-object-write = Kirjoita osoitteeseen { $email }
notice-object-page = Yrityksen vastustamissivu
notice-email-objection-page = Jos haluat vastustaa muutosta, käytä: { $contact }
notice-email-col-purpose = Tarkoitus
notice-email-col-data = Tiedot
diff-processor-purpose = Tarkoitus: { $purpose }.
diff-processor-data = Tiedot: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = vastaanottaja { $name } lisätty
reason-country-outside-eea = { $name } käsittelee nyt tietoja ETA-alueen ulkopuolella: { $country }
reason-safeguard-weakened = vastaanottajan { $name } siirron suojatoimi muuttui ({ $old } → { $new })
reason-purpose-added = tarkoitus { $purpose } lisätty
reason-legal-basis-changed = tarkoituksen { $purpose } oikeusperuste muuttui
reason-retention-changed = tietojen säilytysaikaa koskeva kohta muuttui
reason-section-changed = vastaanottajia, siirtoja tai käyttötarkoituksia koskeva kohta { $section } muuttui
reason-table-row-added = kohdan { $section } taulukossa on uusi rivi: { $row }
reason-table-row-changed = kohdan { $section } taulukon rivi kuuluu nyt: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Lisätty: { $names }
import-summary-removed = Poistettu: { $names }
import-summary-renamed = { $old } on nyt { $new }
import-summary-places-first = { $name } – käsittelypaikat: { $places }
import-summary-places-added = { $name } – uudet käsittelypaikat: { $places }
import-summary-places-removed = { $name } – käsittelypaikat, joita ei enää mainita: { $places }
import-summary-places-changed = { $name } – käsittelypaikat: { $places } (aiemmin: { $old })
import-summary-purpose = { $name }: uusi käyttötarkoitus
import-summary-section-added = Uusi osio { $title }
import-summary-section-removed = Poistettu osio { $title }
import-summary-reworded = Muotoiltu uudelleen: { $titles }
import-summary-intro = Johdanto muotoiltu uudelleen
import-summary-quoted = ”{ $title }”

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Korjaus: { $subject }
notice-email-correction-intro = Tämä ilmoitus korjaa aiemmin lähettämämme ilmoituksen samasta muutoksesta: tekstiä on sen jälkeen muutettu. Lue sen sijaan tämä ilmoitus.
