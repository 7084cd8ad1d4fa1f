### Čo sa zmenilo: stránky s porovnaním, záznamy zmien a kanály (slovenčina).

diff-title = Zmeny k { $date }
diff-compared = V porovnaní s verziou platnou od { $old }.
diff-read-old = Staršia verzia
diff-read-new = Táto verzia
diff-summary-heading = Zhrnutie
diff-legend = Vyznačené v texte:
diff-legend-inserted = doplnené
diff-legend-deleted = odstránené
diff-coarse = Niektoré zmeny boli príliš rozsiahle na to, aby sa dali vyznačiť slovo po slove: zobrazujú sa ako celé odstránené a pridané pasáže.
diff-policy-title = Názov zásad
diff-intro = Úvod
diff-status-unchanged = bez zmeny
diff-status-added = nové
diff-status-removed = odstránené
diff-status-changed = zmenené
# What a diff page says of a section beyond its words.
diff-note-moved = Tento oddiel je na novom mieste.
diff-note-was = Predtým oddiel „{ $title }“.
diff-note-split-from = Oddelený od oddielu „{ $title }“.
diff-note-promoted = Predtým pododdiel oddielu „{ $title }“, teraz samostatný oddiel.
diff-note-split-into = Časť tohto oddielu je teraz oddielom „{ $title }“.
diff-note-merged-from = Teraz zahŕňa text oddielu „{ $title }“.
diff-note-merged-into = Zlúčený s oddielom „{ $title }“.
diff-note-demoted-into = Teraz pododdiel oddielu „{ $title }“.
# Čítačky obrazovky ich prečítajú pred každou zmenou a po nej.
diff-inserted = doplnené
diff-deleted = odstránené
diff-end = {""}

diff-count-none = Žiadne zmeny v texte ani medzi príjemcami.
diff-count-processors-added = { $count ->
    [one] pridaný jeden príjemca
    [few] pridaní { $count } príjemcovia
    [many] pridaného { $count } príjemcu
   *[other] pridaných { $count } príjemcov
}
diff-count-processors-removed = { $count ->
    [one] jeden príjemca sa už neuvádza
    [few] { $count } príjemcovia sa už neuvádzajú
    [many] { $count } príjemcu sa už neuvádza
   *[other] { $count } príjemcov sa už neuvádza
}
diff-count-processors-changed = { $count ->
    [one] zmenený jeden príjemca
    [few] zmenení { $count } príjemcovia
    [many] zmeneného { $count } príjemcu
   *[other] zmenených { $count } príjemcov
}
diff-count-sections-added = { $count ->
    [one] pridaný jeden oddiel
    [few] pridané { $count } oddiely
    [many] pridaného { $count } oddielu
   *[other] pridaných { $count } oddielov
}
diff-count-sections-removed = { $count ->
    [one] odstránený jeden oddiel
    [few] odstránené { $count } oddiely
    [many] odstráneného { $count } oddielu
   *[other] odstránených { $count } oddielov
}
diff-count-sections-changed = { $count ->
    [one] zmenený jeden oddiel
    [few] zmenené { $count } oddiely
    [many] zmeneného { $count } oddielu
   *[other] zmenených { $count } oddielov
}
diff-count-purposes-added = { $count ->
    [one] pridaný jeden účel
    [few] pridané { $count } účely
    [many] pridaného { $count } účelu
   *[other] pridaných { $count } účelov
}
diff-count-purposes-removed = { $count ->
    [one] odstránený jeden účel
    [few] odstránené { $count } účely
    [many] odstráneného { $count } účelu
   *[other] odstránených { $count } účelov
}
diff-count-purposes-changed = { $count ->
    [one] zmenený jeden účel
    [few] zmenené { $count } účely
    [many] zmeneného { $count } účelu
   *[other] zmenených { $count } účelov
}
diff-count-title-changed = zmenený názov
diff-count-intro-changed = zmenený úvod

diff-processor-added = Pribudol príjemca { $name }. { $details }
diff-processor-where = Spracúva údaje v týchto krajinách: { $countries }.
diff-processor-safeguard = Záruka pri prenose: { $safeguard }.
diff-processor-removed = { $name } sa už neuvádza ako príjemca.
diff-processor-safeguard-changed = { $name }: záruka pri prenose sa zmenila z „{ $old }“ na „{ $new }“.
diff-processor-headquarters-changed = { $name }: nové sídlo: { $new } (predtým: { $old }).
diff-processor-purpose-changed = { $name }: účel sa zmenil z „{ $old }“ na „{ $new }“.
diff-processor-data-changed = { $name }: poskytované osobné údaje sa zmenili z „{ $old }“ na „{ $new }“.
safeguard-none = neuvádza sa

processors-log-heading = Záznam zmien
exports-label = Strojovo čitateľné:
feed-subscribe = Kanál Atom
feed-title = { $company }: zmeny zásad ochrany osobných údajov
site-feed-title = Všetky zmeny zásad ochrany osobných údajov
subscribe-heading = Sledovanie zmien
subscribe-feed = Nové verzie sa oznamujú v kanáli:
subscribe-email-label = E-mailová adresa
subscribe-button = Prihlásiť na odber
feed-entry-title = Nová verzia platná od { $date }
feed-entry-upcoming = Nová verzia s účinnosťou od { $date }
feed-read-policy = Prečítať zásady

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = neuvádza sa
diff-processor-where-unstated = Kde sa údaje spracúvajú, sa neuvádza.
diff-processor-renamed = { $old } sa teraz volá { $new }.
diff-processor-role-changed = { $name }: zmena roly (predtým: { $old }; teraz: { $new }).
diff-processor-countries-changed = { $name }: zmena miesta spracúvania (predtým: { $old }; teraz: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Oznámené: { $announced } · účinnosť od: { $date }
notice-objection-deadline = Zákazníci môžu proti tejto zmene podať námietku do { $deadline }.
notice-class-material = Podstatná zmena
notice-class-editorial = Redakčná zmena
notice-reference-upcoming = Referenčný text ({ $language }) má novú verziu s účinnosťou od { $date }; tento preklad ju zatiaľ neobsahuje.
notice-email-subject = { $company }: naše zásady ochrany osobných údajov sa menia s účinnosťou od { $date }
notice-email-intro = { $company } mení svoje zásady ochrany osobných údajov. Nová verzia je účinná od { $date }.
notice-email-added = Pridaní príjemcovia
notice-email-removed = Odstránení príjemcovia
notice-email-renamed = Premenovaní príjemcovia
notice-email-changed = Príjemcovia so zmenami
notice-email-col-name = Príjemca
notice-email-col-location = Kde sa údaje spracúvajú
notice-email-col-safeguard = Záruka pri prenose
notice-email-objection = Proti tejto zmene môžete podať námietku do { $deadline }.
notice-email-objection-contact = Námietku môžete poslať na: { $contact }.
notice-email-diff = Čo sa zmenilo, slovo po slove:
notice-email-policy = Nová verzia:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Druh zmeny
notice-facts-announced = Oznámené
notice-facts-effective = Účinnosť od
notice-facts-deadline = Námietky do
notice-facts-object = Ako podať námietku
notice-facts-changes = Príjemcovia, ktorých sa zmena týka

notice-class-computed = Klasifikácia tohto webového sídla na základe rozdielov medzi oboma verziami: { $reasons }.
notice-class-computed-none = Klasifikácia tohto webového sídla: rozdiely medzi oboma verziami nemenia žiadneho príjemcu, prenos, účel, právny základ ani dobu uchovávania.
notice-class-declared = Druh zmeny určili redaktori tohto webového sídla; nebol vypočítaný z rozdielov.
notice-object-write = Napíšte na { $email }
notice-object-page = Stránka spoločnosti na podávanie námietok
notice-email-objection-page = Námietku môžete podať cez: { $contact }
notice-email-col-purpose = Účel
notice-email-col-data = Údaje
diff-processor-purpose = Účel: { $purpose }.
diff-processor-data = Údaje: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = pribudol príjemca { $name }
reason-country-outside-eea = { $name } teraz spracúva údaje mimo EHP ({ $country })
reason-safeguard-weakened = záruka pri prenose k príjemcovi { $name } sa zmenila z „{ $old }“ na „{ $new }“
reason-purpose-added = pribudol účel { $purpose }
reason-legal-basis-changed = zmenil sa právny základ účelu { $purpose }
reason-retention-changed = zmenil sa oddiel o tom, ako dlho sa údaje uchovávajú
reason-section-changed = zmenil sa oddiel { $section } o príjemcoch, prenosoch alebo účeloch
reason-table-row-added = tabuľka v oddiele { $section } má nový riadok: { $row }
reason-table-row-changed = riadok tabuľky v oddiele { $section } teraz znie: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Pridané: { $names }
import-summary-removed = Odstránené: { $names }
import-summary-renamed = { $old } sa teraz volá { $new }
import-summary-places-first = { $name } – miesta spracúvania: { $places }
import-summary-places-added = { $name } – nové miesta spracúvania: { $places }
import-summary-places-removed = { $name } – miesta spracúvania, ktoré už nie sú uvedené: { $places }
import-summary-places-changed = { $name } – miesta spracúvania: { $places } (predtým: { $old })
import-summary-purpose = { $name }: nový účel
import-summary-section-added = Nový oddiel { $title }
import-summary-section-removed = Odstránený oddiel { $title }
import-summary-reworded = Preformulované: { $titles }
import-summary-intro = Preformulovaný úvod
import-summary-quoted = „{ $title }“

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Oprava: { $subject }
notice-email-correction-intro = Toto oznámenie opravuje oznámenie o tej istej zmene, ktoré sme zaslali skôr: text bol medzičasom zmenený. Prečítajte si, prosím, namiesto neho toto oznámenie.
