### Ce s-a modificat: pagini de comparare, jurnale de modificări și fluxuri (română).

diff-title = Modificările din { $date }
diff-compared = Comparație cu versiunea în vigoare de la { $old }.
diff-read-old = Versiunea anterioară
diff-read-new = Această versiune
diff-summary-heading = Rezumat
diff-legend = Marcaje în text:
diff-legend-inserted = adăugat
diff-legend-deleted = eliminat
diff-coarse = Unele modificări au fost prea ample pentru a fi marcate cuvânt cu cuvânt: sunt afișate ca pasaje întregi eliminate și adăugate.
diff-policy-title = Titlul politicii
diff-intro = Introducere
diff-status-unchanged = nemodificat
diff-status-added = nou
diff-status-removed = eliminat
diff-status-changed = modificat
# What a diff page says of a section beyond its words.
diff-note-moved = Această secțiune se află într-un loc nou.
diff-note-was = Anterior, secțiunea „{ $title }”.
diff-note-split-from = Desprinsă din secțiunea „{ $title }”.
diff-note-promoted = Anterior, o subsecțiune a „{ $title }”, acum o secțiune de sine stătătoare.
diff-note-split-into = O parte din această secțiune este acum secțiunea „{ $title }”.
diff-note-merged-from = Include acum textul secțiunii „{ $title }”.
diff-note-merged-into = Contopită cu secțiunea „{ $title }”.
diff-note-demoted-into = Acum o subsecțiune a secțiunii „{ $title }”.
# Citite de cititoarele de ecran înainte și după fiecare modificare.
diff-inserted = adăugat
diff-deleted = eliminat
diff-end = {""}

diff-count-none = Nicio modificare a textului sau a destinatarilor.
diff-count-processors-added = { $count ->
    [one] un destinatar adăugat
    [few] { $count } destinatari adăugați
   *[other] { $count } de destinatari adăugați
}
diff-count-processors-removed = { $count ->
    [one] un destinatar care nu mai este menționat
    [few] { $count } destinatari care nu mai sunt menționați
   *[other] { $count } de destinatari care nu mai sunt menționați
}
diff-count-processors-changed = { $count ->
    [one] un destinatar modificat
    [few] { $count } destinatari modificați
   *[other] { $count } de destinatari modificați
}
diff-count-sections-added = { $count ->
    [one] o secțiune adăugată
    [few] { $count } secțiuni adăugate
   *[other] { $count } de secțiuni adăugate
}
diff-count-sections-removed = { $count ->
    [one] o secțiune eliminată
    [few] { $count } secțiuni eliminate
   *[other] { $count } de secțiuni eliminate
}
diff-count-sections-changed = { $count ->
    [one] o secțiune modificată
    [few] { $count } secțiuni modificate
   *[other] { $count } de secțiuni modificate
}
diff-count-purposes-added = { $count ->
    [one] un scop adăugat
    [few] { $count } scopuri adăugate
   *[other] { $count } de scopuri adăugate
}
diff-count-purposes-removed = { $count ->
    [one] un scop eliminat
    [few] { $count } scopuri eliminate
   *[other] { $count } de scopuri eliminate
}
diff-count-purposes-changed = { $count ->
    [one] un scop modificat
    [few] { $count } scopuri modificate
   *[other] { $count } de scopuri modificate
}
diff-count-title-changed = titlul modificat
diff-count-intro-changed = introducerea modificată

diff-processor-added = A fost adăugat destinatarul { $name }. { $details }
diff-processor-where = Prelucrează date în: { $countries }.
diff-processor-safeguard = Garanția pentru transfer: { $safeguard }.
diff-processor-removed = { $name } nu mai este menționat ca destinatar.
diff-processor-safeguard-changed = { $name }: garanția pentru transfer s-a schimbat din „{ $old }” în „{ $new }”.
diff-processor-headquarters-changed = { $name }: sediul actual: { $new } (anterior: { $old }).
diff-processor-purpose-changed = { $name }: scopul s-a schimbat din „{ $old }” în „{ $new }”.
diff-processor-data-changed = { $name }: datele cu caracter personal comunicate s-au schimbat din „{ $old }” în „{ $new }”.
safeguard-none = nu este precizată

processors-log-heading = Jurnalul modificărilor
exports-label = Format prelucrabil automat:
feed-subscribe = Flux Atom
feed-title = { $company }: modificări ale politicii de confidențialitate
site-feed-title = Toate modificările politicilor de confidențialitate
subscribe-heading = Urmărirea modificărilor
subscribe-feed = Versiunile noi sunt anunțate în flux:
subscribe-email-label = Adresa de e-mail
subscribe-button = Abonare
feed-entry-title = Versiune nouă în vigoare de la { $date }
feed-entry-upcoming = Versiune nouă care intră în vigoare la data de { $date }
feed-read-policy = Citiți politica

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = nu este precizat
diff-processor-where-unstated = Nu este precizat unde sunt prelucrate datele.
diff-processor-renamed = { $old } se numește acum { $new }.
diff-processor-role-changed = { $name }: rolul s-a schimbat (înainte: { $old }; acum: { $new }).
diff-processor-countries-changed = { $name }: locul prelucrării s-a schimbat (înainte: { $old }; acum: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Anunț: { $announced } · intrare în vigoare: { $date }
notice-objection-deadline = Clienții se pot opune acestei modificări până la data de { $deadline }.
notice-class-material = Modificare substanțială
notice-class-editorial = Modificare redacțională
notice-reference-upcoming = Textul de referință ({ $language }) are o versiune nouă care intră în vigoare la data de { $date }; această traducere nu o include încă.
notice-email-subject = { $company }: politica noastră de confidențialitate se modifică la data de { $date }
notice-email-intro = { $company } își modifică politica de confidențialitate. Noua versiune intră în vigoare la data de { $date }.
notice-email-added = Destinatari adăugați
notice-email-removed = Destinatari eliminați
notice-email-renamed = Destinatari redenumiți
notice-email-changed = Destinatari modificați
notice-email-col-name = Destinatar
notice-email-col-location = Locul prelucrării datelor
notice-email-col-safeguard = Garanția pentru transfer
notice-email-objection = Vă puteți opune acestei modificări până la data de { $deadline }.
notice-email-objection-contact = Pentru a vă opune, scrieți la { $contact }.
notice-email-diff = Ce s-a modificat, cuvânt cu cuvânt:
notice-email-policy = Noua versiune:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Tipul modificării
notice-facts-announced = Anunț
notice-facts-effective = Intrare în vigoare
notice-facts-deadline = Termen pentru opoziție
notice-facts-object = Cum vă puteți opune
notice-facts-changes = Destinatari vizați de modificare

notice-class-computed = Clasificare făcută de acest site pe baza diferențelor dintre cele două versiuni: { $reasons }.
notice-class-computed-none = Clasificare făcută de acest site: diferențele dintre cele două versiuni nu modifică niciun destinatar, transfer, scop, temei juridic sau perioadă de stocare.
notice-class-declared = Clasificare stabilită de editorii acestui site, nu calculată pe baza diferențelor.
notice-object-write = Scrieți la { $email }
notice-object-page = Pagina companiei pentru opoziții
notice-email-objection-page = Pentru a vă opune, folosiți { $contact }
notice-email-col-purpose = Scop
notice-email-col-data = Date
diff-processor-purpose = Scop: { $purpose }.
diff-processor-data = Date: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = a fost adăugat destinatarul { $name }
reason-country-outside-eea = { $name } prelucrează acum date în afara SEE ({ $country })
reason-safeguard-weakened = garanția pentru transferul către { $name } s-a schimbat din „{ $old }” în „{ $new }”
reason-purpose-added = a fost adăugat scopul { $purpose }
reason-legal-basis-changed = s-a schimbat temeiul juridic al scopului { $purpose }
reason-retention-changed = s-a schimbat secțiunea privind durata de stocare a datelor
reason-section-changed = s-a schimbat secțiunea { $section } privind destinatarii, transferurile sau scopurile
reason-table-row-added = un tabel din secțiunea { $section } are un rând nou: { $row }
reason-table-row-changed = un rând de tabel din secțiunea { $section } are acum textul: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Adăugat: { $names }
import-summary-removed = Eliminat: { $names }
import-summary-renamed = { $old } se numește acum { $new }
import-summary-places-first = { $name } – locuri de prelucrare: { $places }
import-summary-places-added = { $name } – locuri noi de prelucrare: { $places }
import-summary-places-removed = { $name } – locuri de prelucrare care nu mai sunt menționate: { $places }
import-summary-places-changed = { $name } – locuri de prelucrare: { $places } (înainte: { $old })
import-summary-purpose = { $name } are un scop nou
import-summary-section-added = Secțiune nouă: { $title }
import-summary-section-removed = Secțiune eliminată: { $title }
import-summary-reworded = Reformulat: { $titles }
import-summary-intro = Introducere reformulată
import-summary-quoted = „{ $title }”

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Rectificare: { $subject }
notice-email-correction-intro = Această notificare rectifică o notificare pe care v-am trimis-o anterior cu privire la aceeași modificare: între timp, textul a fost modificat. Vă rugăm să citiți această notificare în locul celei anterioare.
