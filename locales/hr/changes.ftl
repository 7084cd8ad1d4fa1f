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
# Čitači zaslona izgovaraju ovo oko svake promjene.
diff-inserted = dodano
diff-deleted = uklonjeno
diff-end = {""}

diff-count-none = Nema promjena u tekstu ni među primateljima.
diff-count-processors-added = { $count ->
    [one] { $count } izvršitelj obrade dodan
    [few] { $count } izvršitelja obrade dodana
   *[other] { $count } izvršitelja obrade dodano
}
diff-count-processors-removed = { $count ->
    [one] { $count } izvršitelj obrade uklonjen
    [few] { $count } izvršitelja obrade uklonjena
   *[other] { $count } izvršitelja obrade uklonjeno
}
diff-count-processors-changed = { $count ->
    [one] { $count } izvršitelj obrade izmijenjen
    [few] { $count } izvršitelja obrade izmijenjena
   *[other] { $count } izvršitelja obrade izmijenjeno
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
diff-processor-removed = { $name } više nije primatelj.
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
