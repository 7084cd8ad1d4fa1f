### Mi változott: összehasonlító oldalak, változásnaplók és hírcsatornák (magyar).

diff-title = A { $date } napjától hatályos változások
diff-compared = Összevetve a { $old } napjától hatályos változattal.
diff-read-old = Korábbi változat
diff-read-new = Ez a változat
diff-summary-heading = Összefoglaló
diff-legend = A szövegben jelölve:
diff-legend-inserted = hozzáadva
diff-legend-deleted = törölve
diff-coarse = Egyes változások túl nagyok voltak ahhoz, hogy szóról szóra jelölni lehessen őket: teljes törölt és hozzáadott szakaszokként jelennek meg.
diff-policy-title = A tájékoztató címe
diff-intro = Bevezetés
diff-status-unchanged = változatlan
diff-status-added = új
diff-status-removed = törölve
diff-status-changed = módosítva
# What a diff page says of a section beyond its words.
diff-note-moved = Ez a szakasz új helyre került.
diff-note-was = Korábban: „{ $title }” szakasz.
diff-note-split-from = Leválasztva a(z) „{ $title }” szakaszból.
diff-note-promoted = Korábban a(z) „{ $title }” alszakasza, most önálló szakasz.
diff-note-split-into = E szakasz egy része most a(z) „{ $title }” szakasz.
diff-note-merged-from = Most már tartalmazza a(z) „{ $title }” szakasz szövegét.
diff-note-merged-into = Beolvadt a(z) „{ $title }” szakaszba.
diff-note-demoted-into = Most a(z) „{ $title }” szakasz alszakasza.
# A képernyőolvasók minden változás elején és végén felolvassák.
diff-inserted = hozzáadva
diff-deleted = törölve
diff-end = {""}

diff-count-none = A szöveg és a címzettek nem változtak.
diff-count-processors-added = { $count ->
    [one] egy címzett hozzáadva
   *[other] { $count } címzett hozzáadva
}
diff-count-processors-removed = { $count ->
    [one] egy címzett már nem szerepel
   *[other] { $count } címzett már nem szerepel
}
diff-count-processors-changed = { $count ->
    [one] egy címzett módosítva
   *[other] { $count } címzett módosítva
}
diff-count-sections-added = { $count ->
    [one] egy szakasz hozzáadva
   *[other] { $count } szakasz hozzáadva
}
diff-count-sections-removed = { $count ->
    [one] egy szakasz törölve
   *[other] { $count } szakasz törölve
}
diff-count-sections-changed = { $count ->
    [one] egy szakasz módosítva
   *[other] { $count } szakasz módosítva
}
diff-count-purposes-added = { $count ->
    [one] egy cél hozzáadva
   *[other] { $count } cél hozzáadva
}
diff-count-purposes-removed = { $count ->
    [one] egy cél törölve
   *[other] { $count } cél törölve
}
diff-count-purposes-changed = { $count ->
    [one] egy cél módosítva
   *[other] { $count } cél módosítva
}
diff-count-title-changed = a cím módosult
diff-count-intro-changed = a bevezetés módosult

diff-processor-added = Új címzett: { $name }. { $details }
diff-processor-where = Az adatkezelés helye: { $countries }.
diff-processor-safeguard = Az adattovábbítás garanciája: { $safeguard }.
diff-processor-removed = Címzettként már nem szerepel: { $name }.
diff-processor-safeguard-changed = { $name }: az adattovábbítás garanciája megváltozott (korábban: { $old }; most: { $new }).
diff-processor-headquarters-changed = { $name }: új székhely: { $new } (korábban: { $old }).
diff-processor-purpose-changed = { $name }: a cél megváltozott (korábban: „{ $old }”; most: „{ $new }”).
diff-processor-data-changed = { $name }: az átadott személyes adatok megváltoztak (korábban: „{ $old }”; most: „{ $new }”).
safeguard-none = nincs megadva

processors-log-heading = Változásnapló
exports-label = Géppel olvasható formátumok:
feed-subscribe = Atom-hírcsatorna
feed-title = { $company }: az adatvédelmi tájékoztató változásai
site-feed-title = Az adatvédelmi tájékoztatók összes változása
subscribe-heading = Változások követése
subscribe-feed = Az új változatokat a hírcsatorna jelzi:
subscribe-email-label = E-mail-cím
subscribe-button = Feliratkozás
feed-entry-title = Új változat, hatályos { $date } napjától
feed-entry-upcoming = Új változat, hatálybalépés: { $date }
feed-read-policy = A tájékoztató elolvasása

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = nincs megadva
diff-processor-where-unstated = Nincs megadva, hol kezelik az adatokat.
diff-processor-renamed = { $old } új neve: { $new }.
diff-processor-role-changed = { $name }: a szerep megváltozott (korábban: { $old }; most: { $new }).
diff-processor-countries-changed = { $name }: az adatkezelés helye megváltozott (korábban: { $old }; most: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Bejelentve: { $announced } · hatálybalépés: { $date }
notice-objection-deadline = Az ügyfelek e változás elleni tiltakozásának határideje: { $deadline }
notice-class-material = Lényeges változás
notice-class-editorial = Szerkesztési változás
notice-reference-upcoming = A referenciaszöveg ({ $language }) új változatának hatálybalépése: { $date }; ez a fordítás még nem tartalmazza.
notice-email-subject = { $company }: adatvédelmi tájékoztatónk módosul (hatálybalépés: { $date })
notice-email-intro = { $company } – adatvédelmi tájékoztatónk módosul. Az új változat hatálybalépésének napja: { $date }
notice-email-added = Hozzáadott címzettek
notice-email-removed = Eltávolított címzettek
notice-email-renamed = Átnevezett címzettek
notice-email-changed = Módosult címzettek
notice-email-col-name = Címzett
notice-email-col-location = Az adatkezelés helye
notice-email-col-safeguard = Az adattovábbítás garanciája
notice-email-objection = Ön tiltakozhat e változás ellen. Határidő: { $deadline }
notice-email-objection-contact = Tiltakozását a következő elérhetőségen jelezheti: { $contact }.
notice-email-diff = Mi változott, szóról szóra:
notice-email-policy = Az új változat:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = A változás besorolása
notice-facts-announced = Bejelentve
notice-facts-effective = Hatálybalépés
notice-facts-deadline = Tiltakozási határidő
notice-facts-object = A tiltakozás módja
notice-facts-changes = Érintett címzettek

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Ez a webhely sorolta be a két változat közötti eltérések alapján: { $reasons }.
notice-class-computed-none = Ez a webhely sorolta be: a két változat közötti eltérések nem érintenek címzettet, adattovábbítást, célt, jogalapot vagy megőrzési időt.
notice-class-declared = E webhely szerkesztői határozták meg, nem az eltérésekből számított.
notice-object-write = Írjon ide: { $email }
notice-object-page = A vállalat tiltakozási oldala
notice-email-objection-page = Tiltakozásához használja ezt: { $contact }
notice-email-col-purpose = Cél
notice-email-col-data = Adatok
diff-processor-purpose = Cél: { $purpose }.
diff-processor-data = Adatok: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = új címzett: { $name }
reason-country-outside-eea = { $name } mostantól az EGT-n kívül kezel adatokat: { $country }
reason-safeguard-weakened = { $name }: az adattovábbítás garanciája megváltozott (korábban: { $old }; most: { $new })
reason-purpose-added = új cél: { $purpose }
reason-legal-basis-changed = megváltozott a cél jogalapja: { $purpose }
reason-retention-changed = megváltozott az adatok megőrzési idejéről szóló szakasz
reason-section-changed = megváltozott a címzettekről, a továbbításról vagy a célokról szóló { $section } szakasz
reason-table-row-added = új sor egy táblázatban ({ $section } szakasz): { $row }
reason-table-row-changed = egy táblázatsor új szövege ({ $section } szakasz): { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Hozzáadva: { $names }
import-summary-removed = Eltávolítva: { $names }
import-summary-renamed = { $old } új neve: { $new }
import-summary-places-first = { $name } – az adatkezelés helyei: { $places }
import-summary-places-added = { $name } – az adatkezelés új helyei: { $places }
import-summary-places-removed = { $name } – az adatkezelés már nem szereplő helyei: { $places }
import-summary-places-changed = { $name } – az adatkezelés helyei: { $places } (korábban: { $old })
import-summary-purpose = { $name }: új cél
import-summary-section-added = Új szakasz: { $title }
import-summary-section-removed = Eltávolított szakasz: { $title }
import-summary-reworded = Átfogalmazva: { $titles }
import-summary-intro = Átfogalmazott bevezető
import-summary-quoted = „{ $title }”

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Helyesbítés: { $subject }
notice-email-correction-intro = Ez az értesítés helyesbíti az ugyanerről a változásról korábban küldött értesítésünket: a szöveg azóta módosult. Kérjük, ehelyett ezt az értesítést olvassa el.
