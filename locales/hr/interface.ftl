### Tekstovi sučelja zadane teme: hrvatski.
### Web-mjesto može zamijeniti bilo koju poruku u vlastitim datotekama locales/hr/*.ftl. Ondje
### se može definirati `site-title` kako bi se preveo naslov iz site.toml.
### Datumi, nazivi mjeseci i nazivi jezika preuzimaju se iz Unicode CLDR-a.
### Datum završava točkom („25. svibnja 2018.”), pa { $date } nikad ne stoji na kraju rečenice.

## Datumi: iz Unicode CLDR-a (ovdje nema poruka)

## Okvir stranice
skip-to-content = Prijeđi na sadržaj
language-switcher = Jezik
footer-published = Objavljeno alatom privsite.
policy-navigation = Ova politika
nav-current = Važeća politika
nav-history = Povijest verzija
nav-processors = Primatelji

## Obavijesti
notice-past-title = Prijašnja verzija.
notice-past = Ova je verzija vrijedila od { $from } do zaključno { $until } godine.
notice-read-current = Pročitajte važeću verziju.
notice-upcoming-title = Buduća verzija.
notice-upcoming = Od { $date } primjenjuje se ova verzija, a do tada vrijedi sadašnja.
notice-new-version-title = Uskoro stupa na snagu nova verzija.
notice-new-version = Ažurirana politika primjenjuje se od { $date } nadalje.
notice-read-upcoming = Pročitajte novu verziju.
notice-stale-title = Ovaj prijevod nije ažuran.
notice-stale = Izvorna jezična verzija ({ $reference }) izmijenjena je od { $since } nadalje, a ovaj prijevod još nije ažuriran.
notice-read-reference = Pročitajte izvornu jezičnu verziju ({ $reference }).
no-revision-in-force = Još nijedna verzija ove politike nije na snazi.

## Politika
in-force-from = Vrijedi od { $date }
takes-effect = Stupa na snagu { $date }
all-versions = Sve verzije
what-changed = Što se promijenilo
contents = Sadržaj
purposes-heading = Svrhe i pravne osnove
processors-heading = Primatelji osobnih podataka
processors-caption = { $company }: izvršitelji obrade i drugi primatelji osobnih podataka
processors-more = Primatelji kroz vrijeme
legal-basis-label = { $count ->
    [one] Pravna osnova:
    [few] Pravne osnove:
   *[other] Pravne osnove:
}
legitimate-interest-label = Legitimni interes koji se ostvaruje:
version-footer = Ovo je verzija koja vrijedi od { $date } nadalje.
permalink = Trajna poveznica na ovu verziju

## Voditelj obrade
controller-heading = Voditelj obrade
controller-name = Naziv
controller-org-number = OIB ili matični broj
controller-address = Adresa
controller-email = E-pošta
controller-phone = Telefon
controller-website = Web-mjesto
controller-dpo = Službenik za zaštitu podataka
controller-authority = Nadzorno tijelo
not-stated = Nije navedeno u ovoj politici

## Tablica primatelja
processor-name = Primatelj
processor-purpose = Svrha
processor-data = Osobni podaci
processor-since = Od
processor-removed-on = Nije naveden od
processor-headquarters = Poslovni nastan: { $country }
outside-eea = izvan EGP-a
safeguard-missing = Nije navedena

## Povijest
history-title = Povijest verzija
history-intro = { $count ->
    [1] Ova politika ima { $count } verziju.
    [one] Ova politika ima { $count } verziju, od najnovije.
    [few] Ova politika ima { $count } verzije, od najnovije.
   *[other] Ova politika ima { $count } verzija, od najnovije.
}
status-current = Na snazi
status-past = Prijašnja verzija
status-upcoming = Buduća

## Stranica izvršitelja obrade
processors-title = Primatelji osobnih podataka
processors-intro = { $count ->
    [0] Verzija koja vrijedi od { $date } ne nabraja nijednog primatelja.
    [one] Verzija koja vrijedi od { $date } navodi { $count } primatelja osobnih podataka.
    [few] Verzija koja vrijedi od { $date } navodi { $count } primatelja osobnih podataka.
   *[other] Verzija koja vrijedi od { $date } navodi { $count } primatelja osobnih podataka.
}
processors-upcoming-heading = Predstojeće promjene
processors-removed-heading = Primatelji koji više nisu navedeni
processors-removed-caption = Primatelji koje su navodile prijašnje verzije, a verzija na snazi ih ne navodi

## Stranice web-mjesta
index-intro = Politike privatnosti, svaka s verzijama kojima raspolaže ovo web-mjesto.
company-choose-language = Odaberite jezik:
not-found-title = Stranica nije pronađena
not-found-text = Na ovoj adresi nema stranice. Politika je možda premještena ili poveznica sadrži pogrešku.
not-found-home = Idi na sve politike privatnosti

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Mjesto obrade i zaštitna mjera
location-within-eea = Unutar EGP-a
region-eu = Europska unija
region-eea = Europski gospodarski prostor
processor-formerly = Prije: { $names }
processor-since-date = Od { $date }
group-purpose = Svrha: { $purpose }
# Čl. 4. toč. 8. i čl. 28. OUZP-a: „izvršitelj obrade”
role-processor = Izvršitelj obrade
# Čl. 4. toč. 7. OUZP-a: „voditelj obrade”; ovdje onaj koji sam određuje svrhe i sredstva
role-controller = Samostalni voditelj obrade
# Čl. 26. OUZP-a: „zajednički voditelji obrade”
role-joint-controller = Zajednički voditelj obrade
# Čl. 4. toč. 19. OUZP-a: „grupa poduzetnika”
role-affiliate = Poduzetnik iz iste grupe poduzetnika
processors-in-prose = Verzija koja vrijedi od { $date } opisuje primatelje u tekstu, a ne u tablici:
translation-notice-title = Prijevod.
translation-notice = Ovaj tekst je prijevod izrađen za ovo web-mjesto. Izvorni jezik: { $language }; tekst na tom jeziku objavilo je društvo.
translation-read-original = Pročitajte izvornik ({ $language }).
print-address = Trajna adresa ove verzije:
print-address-page = Adresa ove stranice:

## The site's voice, apart from the company's.
translation-notice-company = Ovaj tekst je vlastiti prijevod društva. Izvorni jezik: { $language }.
archived-notice-title = Arhivska kopija.
archived-notice = Ovo je tekst kakav je objavljen { $date }, sačuvan kao zapis. Ne tvrdi se da je danas na snazi.
status-archived = Arhivska kopija
date-note-label = Datum koji je odabralo ovo web-mjesto:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Ispravljeno nakon objave:
summary-by-site = Sažetak napisan za ovo web-mjesto:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Naslovi i oznake na ovoj stranici su na engleskom: još nisu prevedeni na jezik ove politike.
