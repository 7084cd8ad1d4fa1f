### Što se promijenilo: stranice usporedbe, zapisi promjena i kanali (hrvatski).

diff-title = Promjene od { $date } nadalje
diff-compared = Usporedba s verzijom koja vrijedi od { $old } nadalje.
diff-read-old = Prijašnja verzija
diff-read-new = Ova verzija
diff-summary-heading = Sažetak
diff-legend = Označeno u tekstu:
diff-legend-inserted = dodano
diff-legend-deleted = uklonjeno
diff-coarse = Neke su promjene bile prevelike da bi se označile riječ po riječ: prikazane su kao cijeli uklonjeni i dodani odlomci.
diff-policy-title = Naslov politike
diff-intro = Uvod
diff-status-unchanged = nepromijenjeno
diff-status-added = novo
diff-status-removed = uklonjeno
diff-status-changed = izmijenjeno
# What a diff page says of a section beyond its words.
diff-note-moved = Ovaj je odjeljak na novom mjestu.
diff-note-was = Prije odjeljak „{ $title }”.
diff-note-split-from = Izdvojen iz odjeljka „{ $title }”.
diff-note-promoted = Prije pododjeljak odjeljka „{ $title }”, sada zaseban odjeljak.
diff-note-split-into = Dio ovog odjeljka sada je odjeljak „{ $title }”.
diff-note-merged-from = Sada uključuje tekst odjeljka „{ $title }”.
diff-note-merged-into = Spojen s odjeljkom „{ $title }”.
diff-note-demoted-into = Sada pododjeljak odjeljka „{ $title }”.
# Čitači zaslona izgovaraju ovo oko svake promjene.
diff-inserted = dodano
diff-deleted = uklonjeno
diff-end = {""}

diff-count-none = Nema promjena u tekstu ni među primateljima.
diff-count-processors-added = { $count ->
    [one] { $count } primatelj dodan
    [few] { $count } primatelja dodana
   *[other] { $count } primatelja dodano
}
diff-count-processors-removed = { $count ->
    [one] { $count } primatelj više nije naveden
    [few] { $count } primatelja više nisu navedena
   *[other] { $count } primatelja više nije navedeno
}
diff-count-processors-changed = { $count ->
    [one] { $count } primatelj izmijenjen
    [few] { $count } primatelja izmijenjena
   *[other] { $count } primatelja izmijenjeno
}
diff-count-sections-added = { $count ->
    [one] { $count } odjeljak dodan
    [few] { $count } odjeljka dodana
   *[other] { $count } odjeljaka dodano
}
diff-count-sections-removed = { $count ->
    [one] { $count } odjeljak uklonjen
    [few] { $count } odjeljka uklonjena
   *[other] { $count } odjeljaka uklonjeno
}
diff-count-sections-changed = { $count ->
    [one] { $count } odjeljak izmijenjen
    [few] { $count } odjeljka izmijenjena
   *[other] { $count } odjeljaka izmijenjeno
}
diff-count-purposes-added = { $count ->
    [one] { $count } svrha dodana
    [few] { $count } svrhe dodane
   *[other] { $count } svrha dodano
}
diff-count-purposes-removed = { $count ->
    [one] { $count } svrha uklonjena
    [few] { $count } svrhe uklonjene
   *[other] { $count } svrha uklonjeno
}
diff-count-purposes-changed = { $count ->
    [one] { $count } svrha izmijenjena
    [few] { $count } svrhe izmijenjene
   *[other] { $count } svrha izmijenjeno
}
diff-count-title-changed = naslov izmijenjen
diff-count-intro-changed = uvod izmijenjen

diff-processor-added = Novi primatelj: { $name }. { $details }
diff-processor-where = Podatke obrađuje u sljedećim zemljama: { $countries }.
diff-processor-safeguard = Zaštitna mjera za prijenos: { $safeguard }.
diff-processor-removed = { $name } više nije naveden kao primatelj.
diff-processor-safeguard-changed = { $name }: zaštitna mjera za prijenos promijenjena je iz „{ $old }” u „{ $new }”.
diff-processor-headquarters-changed = { $name }: novi poslovni nastan: { $new } (prije: { $old }).
diff-processor-purpose-changed = { $name }: svrha je promijenjena iz „{ $old }” u „{ $new }”.
diff-processor-data-changed = { $name }: osobni podaci koji se dijele promijenjeni su iz „{ $old }” u „{ $new }”.
safeguard-none = nije navedena

processors-log-heading = Zapis promjena
exports-label = Strojno čitljivi formati:
feed-subscribe = Atom kanal
feed-title = { $company }: promjene politike privatnosti
site-feed-title = Sve promjene politika privatnosti
subscribe-heading = Praćenje promjena
subscribe-feed = Nove verzije objavljuju se u kanalu:
subscribe-email-label = Adresa e-pošte
subscribe-button = Pretplati se
feed-entry-title = Nova verzija na snazi od { $date }
feed-entry-upcoming = Nova verzija stupa na snagu { $date }
feed-read-policy = Pročitajte politiku

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = nije navedeno
diff-processor-where-unstated = Nije navedeno gdje se podaci obrađuju.
diff-processor-renamed = { $old } sada se zove { $new }.
diff-processor-role-changed = { $name }: promjena uloge (prije: { $old }; sada: { $new }).
diff-processor-countries-changed = { $name }: promjena mjesta obrade (prije: { $old }; sada: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Najavljeno: { $announced } · stupa na snagu: { $date }
notice-objection-deadline = Klijenti mogu uložiti prigovor na ovu promjenu do { $deadline }
notice-class-material = Bitna promjena
notice-class-editorial = Redakcijska promjena
notice-reference-upcoming = Referentni tekst ({ $language }) ima novu verziju koja stupa na snagu { $date }; ovaj je prijevod još ne sadrži.
notice-email-subject = { $company }: naša se politika privatnosti mijenja { $date }
notice-email-intro = { $company } mijenja svoju politiku privatnosti. Nova verzija stupa na snagu { $date }
notice-email-added = Dodani primatelji
notice-email-removed = Uklonjeni primatelji
notice-email-renamed = Preimenovani primatelji
notice-email-changed = Promijenjeni primatelji
notice-email-col-name = Primatelj
notice-email-col-location = Gdje se podaci obrađuju
notice-email-col-safeguard = Zaštitna mjera za prijenos
notice-email-objection = Prigovor na ovu promjenu možete uložiti do { $deadline }
notice-email-objection-contact = Za podnošenje prigovora obratite se na: { $contact }.
notice-email-diff = Što se promijenilo, riječ po riječ:
notice-email-policy = Nova verzija:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Vrsta promjene
notice-facts-announced = Najavljeno
notice-facts-effective = Stupa na snagu
notice-facts-deadline = Prigovori do
notice-facts-object = Kako uložiti prigovor
notice-facts-changes = Primatelji koji se mijenjaju

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Razvrstalo ovo web-mjesto na temelju razlika između dviju verzija: { $reasons }.
notice-class-computed-none = Razvrstalo ovo web-mjesto: razlike između dviju verzija ne mijenjaju nijednog primatelja, prijenos, svrhu, pravnu osnovu ni razdoblje pohrane.
notice-class-declared = Odredili urednici ovog web-mjesta, nije izračunato iz razlika.
notice-object-write = Pišite na { $email }
notice-object-page = Stranica društva za prigovore
notice-email-objection-page = Za podnošenje prigovora upotrijebite: { $contact }
notice-email-col-purpose = Svrha
notice-email-col-data = Podaci
diff-processor-purpose = Svrha: { $purpose }.
diff-processor-data = Podaci: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = dodan je primatelj { $name }
reason-country-outside-eea = { $name } sada obrađuje podatke izvan EGP-a: { $country }
reason-safeguard-weakened = zaštitna mjera za prijenos primatelju { $name } promijenjena je iz „{ $old }” u „{ $new }”
reason-purpose-added = dodana je svrha „{ $purpose }”
reason-legal-basis-changed = promijenjena je pravna osnova svrhe „{ $purpose }”
reason-retention-changed = promijenjen je odjeljak o tome koliko se dugo podaci čuvaju
reason-section-changed = promijenjen je odjeljak { $section } o primateljima, prijenosima ili svrhama
reason-table-row-added = tablica u odjeljku „{ $section }” ima novi redak: { $row }
reason-table-row-changed = redak tablice u odjeljku „{ $section }” sada glasi: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Dodano: { $names }
import-summary-removed = Uklonjeno: { $names }
import-summary-renamed = { $old } sada se zove { $new }
import-summary-places-first = { $name } – mjesta obrade: { $places }
import-summary-places-added = { $name } – nova mjesta obrade: { $places }
import-summary-places-removed = { $name } – mjesta obrade koja više nisu navedena: { $places }
import-summary-places-changed = { $name } – mjesta obrade: { $places } (prije: { $old })
import-summary-purpose = { $name }: nova svrha
import-summary-section-added = Novi odjeljak { $title }
import-summary-section-removed = Uklonjen odjeljak { $title }
import-summary-reworded = Preoblikovano: { $titles }
import-summary-intro = Preoblikovan uvod
import-summary-quoted = „{ $title }“

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Ispravak: { $subject }
notice-email-correction-intro = Ova obavijest ispravlja obavijest o istoj promjeni koju smo ranije poslali: tekst je u međuvremenu izmijenjen. Molimo da umjesto nje pročitate ovu obavijest.
