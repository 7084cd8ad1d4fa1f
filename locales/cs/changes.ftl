### Co se změnilo: stránky s porovnáním, záznamy změn a kanály (čeština).

diff-title = Změny ke dni { $date }
diff-compared = Porovnáno s verzí platnou od { $old }.
diff-read-old = Dřívější verze
diff-read-new = Tato verze
diff-summary-heading = Shrnutí
diff-legend = Vyznačeno v textu:
diff-legend-inserted = doplněno
diff-legend-deleted = odstraněno
diff-coarse = Některé změny byly příliš rozsáhlé na to, aby je bylo možné vyznačit slovo po slovu: jsou zobrazeny jako celé odstraněné a přidané pasáže.
diff-policy-title = Název zásad
diff-intro = Úvod
diff-status-unchanged = beze změny
diff-status-added = nové
diff-status-removed = odstraněno
diff-status-changed = změněno
# What a diff page says of a section beyond its words.
diff-note-moved = Tento oddíl je na novém místě.
diff-note-was = Dříve oddíl „{ $title }“.
diff-note-split-from = Oddělen od oddílu „{ $title }“.
diff-note-promoted = Dříve pododdíl oddílu „{ $title }“, nyní samostatný oddíl.
diff-note-split-into = Část tohoto oddílu je nyní oddílem „{ $title }“.
diff-note-merged-from = Nyní zahrnuje text oddílu „{ $title }“.
diff-note-merged-into = Sloučen do oddílu „{ $title }“.
diff-note-demoted-into = Nyní pododdíl oddílu „{ $title }“.
# Čtečky obrazovky to přečtou na začátku a na konci každé změny.
diff-inserted = doplněno
diff-deleted = odstraněno
diff-end = {""}

diff-count-none = Beze změn v textu i v příjemcích.
diff-count-processors-added = { $count ->
    [one] přidán jeden příjemce
    [few] přidáni { $count } příjemci
    [many] přidáno { $count } příjemce
   *[other] přidáno { $count } příjemců
}
diff-count-processors-removed = { $count ->
    [one] jeden příjemce již není uveden
    [few] { $count } příjemci již nejsou uvedeni
    [many] { $count } příjemce již není uvedeno
   *[other] { $count } příjemců již není uvedeno
}
diff-count-processors-changed = { $count ->
    [one] změněn jeden příjemce
    [few] změněni { $count } příjemci
    [many] změněno { $count } příjemce
   *[other] změněno { $count } příjemců
}
diff-count-sections-added = { $count ->
    [one] přidán jeden oddíl
    [few] přidány { $count } oddíly
    [many] přidáno { $count } oddílu
   *[other] přidáno { $count } oddílů
}
diff-count-sections-removed = { $count ->
    [one] odstraněn jeden oddíl
    [few] odstraněny { $count } oddíly
    [many] odstraněno { $count } oddílu
   *[other] odstraněno { $count } oddílů
}
diff-count-sections-changed = { $count ->
    [one] změněn jeden oddíl
    [few] změněny { $count } oddíly
    [many] změněno { $count } oddílu
   *[other] změněno { $count } oddílů
}
diff-count-purposes-added = { $count ->
    [one] přidán jeden účel
    [few] přidány { $count } účely
    [many] přidáno { $count } účelu
   *[other] přidáno { $count } účelů
}
diff-count-purposes-removed = { $count ->
    [one] odstraněn jeden účel
    [few] odstraněny { $count } účely
    [many] odstraněno { $count } účelu
   *[other] odstraněno { $count } účelů
}
diff-count-purposes-changed = { $count ->
    [one] změněn jeden účel
    [few] změněny { $count } účely
    [many] změněno { $count } účelu
   *[other] změněno { $count } účelů
}
diff-count-title-changed = změněn název
diff-count-intro-changed = změněn úvod

diff-processor-added = Nový příjemce: { $name }. { $details }
diff-processor-where = Zpracovává údaje v těchto zemích: { $countries }.
diff-processor-safeguard = Záruka pro předání: { $safeguard }.
diff-processor-removed = { $name } již není uveden jako příjemce.
diff-processor-safeguard-changed = { $name }: záruka pro předání se změnila z „{ $old }“ na „{ $new }“.
diff-processor-headquarters-changed = { $name }: nové sídlo: { $new } (dříve: { $old }).
diff-processor-purpose-changed = { $name }: účel se změnil z „{ $old }“ na „{ $new }“.
diff-processor-data-changed = { $name }: předávané osobní údaje se změnily z „{ $old }“ na „{ $new }“.
safeguard-none = neuvedena

processors-log-heading = Záznam změn
exports-label = Strojově čitelné formáty:
feed-subscribe = Kanál Atom
feed-title = { $company }: změny zásad ochrany osobních údajů
site-feed-title = Všechny změny zásad ochrany osobních údajů
subscribe-heading = Sledovat změny
subscribe-feed = Nové verze se oznamují v kanálu:
subscribe-email-label = E-mailová adresa
subscribe-button = Přihlásit k odběru
feed-entry-title = Nová verze platná od { $date }
feed-entry-upcoming = Nová verze s účinností ode dne { $date }
feed-read-policy = Přečíst zásady

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = neuvedeno
diff-processor-where-unstated = Kde se údaje zpracovávají, není uvedeno.
diff-processor-renamed = { $old } se nyní jmenuje { $new }.
diff-processor-role-changed = { $name }: změna role (dříve: { $old }; nyní: { $new }).
diff-processor-countries-changed = { $name }: změna místa zpracování (dříve: { $old }; nyní: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Oznámeno: { $announced } · účinnost ode dne: { $date }
notice-objection-deadline = Zákazníci mohou proti této změně vznést námitku do { $deadline }.
notice-class-material = Podstatná změna
notice-class-editorial = Redakční změna
notice-reference-upcoming = Referenční text ({ $language }) má novou verzi s účinností ode dne { $date }; tento překlad ji zatím neobsahuje.
notice-email-subject = { $company }: naše zásady ochrany osobních údajů se mění s účinností ode dne { $date }
notice-email-intro = { $company } mění své zásady ochrany osobních údajů. Nová verze nabývá účinnosti dne { $date }.
notice-email-added = Přidaní příjemci
notice-email-removed = Odebraní příjemci
notice-email-renamed = Přejmenovaní příjemci
notice-email-changed = Příjemci, u nichž došlo ke změně
notice-email-col-name = Příjemce
notice-email-col-location = Kde se údaje zpracovávají
notice-email-col-safeguard = Záruka pro předání
notice-email-objection = Proti této změně můžete vznést námitku do { $deadline }.
notice-email-objection-contact = Námitku můžete zaslat na: { $contact }.
notice-email-diff = Co se změnilo, slovo po slovu:
notice-email-policy = Nová verze:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Druh změny
notice-facts-announced = Oznámeno
notice-facts-effective = Účinnost ode dne
notice-facts-deadline = Námitky do
notice-facts-object = Jak vznést námitku
notice-facts-changes = Dotčení příjemci

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Zařazeno tímto webem podle rozdílů mezi oběma verzemi: { $reasons }.
notice-class-computed-none = Zařazeno tímto webem: rozdíly mezi oběma verzemi nemění žádného příjemce, předání, účel, právní základ ani dobu uložení.
notice-class-declared = Stanoveno redaktory tohoto webu, nikoli vypočteno z rozdílů.
notice-object-write = Napište na { $email }
notice-object-page = Stránka společnosti pro námitky
notice-email-objection-page = Námitku můžete vznést zde: { $contact }
notice-email-col-purpose = Účel
notice-email-col-data = Údaje
diff-processor-purpose = Účel: { $purpose }.
diff-processor-data = Údaje: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = přidán příjemce { $name }
reason-country-outside-eea = { $name } nově zpracovává údaje mimo EHP: { $country }
reason-safeguard-weakened = záruka pro předání příjemci { $name } se změnila z „{ $old }“ na „{ $new }“
reason-purpose-added = přidán účel „{ $purpose }“
reason-legal-basis-changed = změnil se právní základ účelu „{ $purpose }“
reason-retention-changed = změnil se oddíl o době uložení údajů
reason-section-changed = změnil se oddíl { $section } o příjemcích, předávání nebo účelech
reason-table-row-added = tabulka v oddílu „{ $section }“ má nový řádek: { $row }
reason-table-row-changed = řádek tabulky v oddílu „{ $section }“ nově zní: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Přidáno: { $names }
import-summary-removed = Odstraněno: { $names }
import-summary-renamed = { $old } se nyní jmenuje { $new }
import-summary-places-first = { $name } – místa zpracování: { $places }
import-summary-places-added = { $name } – nová místa zpracování: { $places }
import-summary-places-removed = { $name } – místa zpracování, která již nejsou uvedena: { $places }
import-summary-places-changed = { $name } – místa zpracování: { $places } (dříve: { $old })
import-summary-purpose = { $name }: nový účel
import-summary-section-added = Nový oddíl { $title }
import-summary-section-removed = Odstraněn oddíl { $title }
import-summary-reworded = Přeformulováno: { $titles }
import-summary-intro = Přeformulován úvod
import-summary-quoted = „{ $title }“

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Oprava: { $subject }
notice-email-correction-intro = Toto oznámení opravuje oznámení o téže změně, které jsme zaslali dříve: text byl mezitím změněn. Přečtěte si prosím místo něj toto oznámení.
