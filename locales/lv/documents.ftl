## Citi uzņēmuma dokumenti līdzās privātuma politikai

documents-nav-label = { $company }: dokumenti
# Ja dokuments nav lasītāja valodā: valoda, kurā tas tiek atvērts.
document-in-language = (valoda: { $language })
document-kind-privacy = Privātuma politika
# VDAR 28. panta 2. un 4. punkts: “cits apstrādātājs”
document-kind-subprocessors = Apakšapstrādātāji
document-kind-cookies = Sīkdatņu deklarācija
document-kind-dpa = Datu apstrādes līgums
document-kind-terms = Lietošanas noteikumi
document-kind-other = Dokuments
company-documents-heading = Dokumenti
# Pirms saites uz uzņēmuma apakšapstrādātāju sarakstu, ja paziņojumā saņēmēji ir norādīti tur.
processors-listed-in = Saņēmēji ir norādīti dokumentā:
# Dokumenta navigācijas pirmā saite (politikai tā ir “Spēkā esošā politika”).
nav-current-document = Spēkā esošā versija

## Sīkdatnes un līdzīgas glabāšanas tehnoloģijas

nav-cookies = Sīkdatnes
cookies-title = Sīkdatnes un līdzīgas glabāšanas tehnoloģijas
cookies-heading = Sīkdatnes un līdzīgas glabāšanas tehnoloģijas
cookies-intro = { $count ->
    [zero] Versijā, kuras spēkā stāšanās datums ir { $date }, ir norādītas { $count } sīkdatnes un līdzīgas glabāšanas tehnoloģijas.
    [one] Versijā, kuras spēkā stāšanās datums ir { $date }, ir norādīta { $count } sīkdatne vai līdzīga glabāšanas tehnoloģija.
   *[other] Versijā, kuras spēkā stāšanās datums ir { $date }, ir norādītas { $count } sīkdatnes un līdzīgas glabāšanas tehnoloģijas.
}
cookies-none = Šajā versijā nav norādīta neviena sīkdatne.
cookies-caption = Sīkdatnes un līdzīgas glabāšanas tehnoloģijas, ko izmanto { $company }
cookies-upcoming-heading = Gaidāmās izmaiņas
cookie-name = Nosaukums
cookie-purpose = Nolūks
cookie-duration = Glabāšanas laiks
cookie-provider = Nodrošinātājs
cookie-category-necessary = Strikti nepieciešamās
cookie-category-preferences = Preferences
cookie-category-statistics = Statistika
cookie-category-marketing = Mārketings
cookie-category-unstated = Kategorija nav norādīta
cookie-category-necessary-description = Glabāšanai, kas ir strikti nepieciešama jūsu pieprasītam pakalpojumam, piekrišana nav vajadzīga (Direktīvas par privāto dzīvi un elektronisko komunikāciju 5. panta 3. punkts).
cookie-category-consent-description = Pirms iestatīšanas nepieciešama jūsu piekrišana (Direktīvas par privāto dzīvi un elektronisko komunikāciju 5. panta 3. punkts).
# Aiz nodrošinātāja nosaukuma iekavās un change-cookie-party (agrāk: …; tagad: …).
cookie-party-first = pirmā puse
cookie-party-third = trešā puse
cookie-type-cookie = sīkdatne
cookie-type-local-storage = lokālā krātuve
cookie-type-session-storage = sesijas krātuve
cookie-type-pixel = pikselis
cookie-type-indexeddb = IndexedDB
# Atsevišķi tabulā un aiz “glabāšanas laiks:”.
duration-session = līdz pārlūkprogrammas aizvēršanai
duration-years = { $count ->
    [zero] { $count } gadi
    [one] { $count } gads
   *[other] { $count } gadi
}
duration-months = { $count ->
    [zero] { $count } mēneši
    [one] { $count } mēnesis
   *[other] { $count } mēneši
}
duration-weeks = { $count ->
    [zero] { $count } nedēļas
    [one] { $count } nedēļa
   *[other] { $count } nedēļas
}
duration-days = { $count ->
    [zero] { $count } dienas
    [one] { $count } diena
   *[other] { $count } dienas
}
duration-hours = { $count ->
    [zero] { $count } stundas
    [one] { $count } stunda
   *[other] { $count } stundas
}
duration-minutes = { $count ->
    [zero] { $count } minūtes
    [one] { $count } minūte
   *[other] { $count } minūtes
}
duration-seconds = { $count ->
    [zero] { $count } sekundes
    [one] { $count } sekunde
   *[other] { $count } sekundes
}

## Sīkdatņu izmaiņas, izklāstītas kā fakti

diff-cookies-heading = Sīkdatnes
diff-count-cookies-added = { $count ->
    [zero] pievienotas { $count } sīkdatnes
    [one] pievienota { $count } sīkdatne
   *[other] pievienotas { $count } sīkdatnes
}
diff-count-cookies-removed = { $count ->
    [zero] svītrotas { $count } sīkdatnes
    [one] svītrota { $count } sīkdatne
   *[other] svītrotas { $count } sīkdatnes
}
diff-count-cookies-changed = { $count ->
    [zero] mainītas { $count } sīkdatnes
    [one] mainīta { $count } sīkdatne
   *[other] mainītas { $count } sīkdatnes
}
change-cookie-added = Jauna sīkdatne { $name } ({ $category }), nodrošinātājs: { $provider }; glabāšanas laiks: { $duration }.
change-cookie-added-unstated-provider = Jauna sīkdatne { $name } ({ $category }); glabāšanas laiks: { $duration }; nav norādīts, kas to iestata.
change-cookie-removed = Sīkdatne { $name } vairs netiek izmantota.
change-cookie-provider = { $name }: mainīts nodrošinātājs (agrāk: { $old }; tagad: { $new }).
change-cookie-category = { $name }: mainīta kategorija (agrāk: { $old }; tagad: { $new }).
change-cookie-duration = { $name }: mainīts glabāšanas laiks (agrāk: { $old }; tagad: { $new }).
change-cookie-party = { $name }: mainīta puse, kas iestata sīkdatni (agrāk: { $old }; tagad: { $new }).
change-cookie-purpose = Sīkdatnes { $name } nolūks tagad ir: “{ $new }” (agrāk: “{ $old }”).
change-cookie-countries = { $name }: mainīta apstrādes vieta (agrāk: { $old }; tagad: { $new }).
change-cookie-safeguard = { $name }: nosūtīšanas garantija mainīta no “{ $old }” uz “{ $new }”.
reason-cookie-added = pievienota sīkdatne { $name } ({ $category })
reason-cookie-needs-consent = sīkdatne { $name } tagad ir kategorijā “{ $category }” un tai nepieciešama piekrišana
reason-cookie-kept-longer = sīkdatne { $name } tagad tiek glabāta ilgāk (agrāk: { $old }; tagad: { $new })
reason-cookie-country-outside-eea = sīkdatnes { $name } dati tagad tiek apstrādāti ārpus EEZ ({ $country })

## Paziņojumi par izmaiņām dokumentā, kas nav privātuma politika

notice-email-subject-document = { $company }: dokuments “{ $document }” mainās (stājas spēkā: { $date })
notice-email-intro-document = { $company } maina dokumentu “{ $document }”. Jaunās versijas spēkā stāšanās datums: { $date }.
