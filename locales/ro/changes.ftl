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
# Citite de cititoarele de ecran înainte și după fiecare modificare.
diff-inserted = adăugat
diff-deleted = eliminat
diff-end = {""}

diff-count-none = Nicio modificare a textului sau a destinatarilor.
diff-count-processors-added = { $count ->
    [one] o persoană împuternicită adăugată
    [few] { $count } persoane împuternicite adăugate
   *[other] { $count } de persoane împuternicite adăugate
}
diff-count-processors-removed = { $count ->
    [one] o persoană împuternicită eliminată
    [few] { $count } persoane împuternicite eliminate
   *[other] { $count } de persoane împuternicite eliminate
}
diff-count-processors-changed = { $count ->
    [one] o persoană împuternicită modificată
    [few] { $count } persoane împuternicite modificate
   *[other] { $count } de persoane împuternicite modificate
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
diff-processor-removed = { $name } nu mai este destinatar.
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
