### Kas mainījies: salīdzinājuma lapas, izmaiņu žurnāli un plūsmas (latviešu valoda).

diff-title = Izmaiņas (datums: { $date })
diff-compared = Salīdzinājumā ar versiju, kuras spēkā stāšanās datums ir { $old }.
diff-read-old = Iepriekšējā versija
diff-read-new = Šī versija
diff-summary-heading = Kopsavilkums
diff-legend = Tekstā atzīmēts:
diff-legend-inserted = pievienots
diff-legend-deleted = svītrots
diff-coarse = Dažas izmaiņas bija pārāk lielas, lai tās atzīmētu vārdu pa vārdam: tās ir parādītas kā veseli dzēsti un pievienoti fragmenti.
diff-policy-title = Politikas nosaukums
diff-intro = Ievads
diff-status-unchanged = nemainīts
diff-status-added = jauns
diff-status-removed = svītrots
diff-status-changed = mainīts
# What a diff page says of a section beyond its words.
diff-note-moved = Šī sadaļa ir jaunā vietā.
diff-note-was = Agrāk sadaļa “{ $title }”.
diff-note-split-from = Atdalīta no sadaļas “{ $title }”.
diff-note-promoted = Agrāk sadaļas “{ $title }” apakšsadaļa, tagad atsevišķa sadaļa.
diff-note-split-into = Daļa šīs sadaļas tagad ir sadaļa “{ $title }”.
diff-note-merged-from = Tagad ietver sadaļas “{ $title }” tekstu.
diff-note-merged-into = Apvienota ar sadaļu “{ $title }”.
diff-note-demoted-into = Tagad sadaļas “{ $title }” apakšsadaļa.
# Ekrāna lasītāji tos nolasa pirms katras izmaiņas un pēc tās.
diff-inserted = pievienots
diff-deleted = svītrots
diff-end = {""}

diff-count-none = Teksts un saņēmēji nav mainījušies.
diff-count-processors-added = { $count ->
    [zero] pievienoti { $count } saņēmēji
    [one] pievienots { $count } saņēmējs
   *[other] pievienoti { $count } saņēmēji
}
diff-count-processors-removed = { $count ->
    [zero] vairs nav norādīti { $count } saņēmēji
    [one] vairs nav norādīts { $count } saņēmējs
   *[other] vairs nav norādīti { $count } saņēmēji
}
diff-count-processors-changed = { $count ->
    [zero] mainīti { $count } saņēmēji
    [one] mainīts { $count } saņēmējs
   *[other] mainīti { $count } saņēmēji
}
diff-count-sections-added = { $count ->
    [zero] pievienotas { $count } sadaļas
    [one] pievienota { $count } sadaļa
   *[other] pievienotas { $count } sadaļas
}
diff-count-sections-removed = { $count ->
    [zero] svītrotas { $count } sadaļas
    [one] svītrota { $count } sadaļa
   *[other] svītrotas { $count } sadaļas
}
diff-count-sections-changed = { $count ->
    [zero] mainītas { $count } sadaļas
    [one] mainīta { $count } sadaļa
   *[other] mainītas { $count } sadaļas
}
diff-count-purposes-added = { $count ->
    [zero] pievienoti { $count } nolūki
    [one] pievienots { $count } nolūks
   *[other] pievienoti { $count } nolūki
}
diff-count-purposes-removed = { $count ->
    [zero] svītroti { $count } nolūki
    [one] svītrots { $count } nolūks
   *[other] svītroti { $count } nolūki
}
diff-count-purposes-changed = { $count ->
    [zero] mainīti { $count } nolūki
    [one] mainīts { $count } nolūks
   *[other] mainīti { $count } nolūki
}
diff-count-title-changed = mainīts nosaukums
diff-count-intro-changed = mainīts ievads

diff-processor-added = Pievienots saņēmējs { $name }. { $details }
diff-processor-where = Datus apstrādā šādās valstīs: { $countries }.
diff-processor-safeguard = Nosūtīšanas garantija: { $safeguard }.
diff-processor-removed = { $name } vairs nav norādīts kā saņēmējs.
diff-processor-safeguard-changed = { $name }: nosūtīšanas garantija mainīta no “{ $old }” uz “{ $new }”.
diff-processor-headquarters-changed = { $name }: jaunā juridiskā adrese: { $new } (iepriekš: { $old }).
diff-processor-purpose-changed = { $name }: nolūks mainīts no “{ $old }” uz “{ $new }”.
diff-processor-data-changed = { $name }: nodotie personas dati mainīti no “{ $old }” uz “{ $new }”.
safeguard-none = nav norādīta

processors-log-heading = Izmaiņu žurnāls
exports-label = Mašīnlasāmā formātā:
feed-subscribe = Atom plūsma
feed-title = { $company }: privātuma politikas izmaiņas
site-feed-title = Visas privātuma politiku izmaiņas
subscribe-heading = Izmaiņu sekošana
subscribe-feed = Par jaunām versijām paziņo plūsmā:
subscribe-email-label = E-pasta adrese
subscribe-button = Abonēt
feed-entry-title = Jauna versija (spēkā stāšanās datums: { $date })
feed-entry-upcoming = Jauna versija (stāsies spēkā: { $date })
feed-read-policy = Lasīt politiku

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = nav norādīts
diff-processor-where-unstated = Nav norādīts, kur dati tiek apstrādāti.
diff-processor-renamed = { $old } tagad saucas { $new }.
diff-processor-role-changed = { $name }: mainīta loma (agrāk: { $old }; tagad: { $new }).
diff-processor-countries-changed = { $name }: mainīta apstrādes vieta (agrāk: { $old }; tagad: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Paziņots: { $announced } · stājas spēkā: { $date }
notice-objection-deadline = Termiņš klientu iebildumiem pret šīm izmaiņām: { $deadline }.
notice-class-material = Būtiskas izmaiņas
notice-class-editorial = Redakcionālas izmaiņas
notice-reference-upcoming = Atsauces tekstam ({ $language }) ir jauna versija (stāsies spēkā: { $date }); šajā tulkojumā tās vēl nav.
notice-email-subject = { $company }: mūsu privātuma politika mainās (stājas spēkā: { $date })
notice-email-intro = { $company } maina savu privātuma politiku. Jaunās versijas spēkā stāšanās datums: { $date }.
notice-email-added = Pievienotie saņēmēji
notice-email-removed = Noņemtie saņēmēji
notice-email-renamed = Pārdēvētie saņēmēji
notice-email-changed = Mainītie saņēmēji
notice-email-col-name = Saņēmējs
notice-email-col-location = Kur dati tiek apstrādāti
notice-email-col-safeguard = Nosūtīšanas garantija
notice-email-objection = Jūs varat iebilst pret šīm izmaiņām. Termiņš: { $deadline }.
notice-email-objection-contact = Lai iebilstu, rakstiet: { $contact }.
notice-email-diff = Kas mainījies, vārdu pa vārdam:
notice-email-policy = Jaunā versija:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Izmaiņu veids
notice-facts-announced = Paziņots
notice-facts-effective = Stājas spēkā
notice-facts-deadline = Iebildumu termiņš
notice-facts-object = Kā iebilst
notice-facts-changes = Saņēmēji, kurus skar izmaiņas

notice-class-computed = Šīs vietnes klasifikācija pēc abu versiju atšķirībām: { $reasons }.
notice-class-computed-none = Šīs vietnes klasifikācija: abu versiju atšķirības nemaina nevienu saņēmēju, nosūtīšanu, nolūku, juridisko pamatu vai glabāšanas laiku.
notice-class-declared = Izmaiņu veidu noteikuši šīs vietnes redaktori; tas nav aprēķināts pēc atšķirībām.
notice-object-write = Rakstiet: { $email }
notice-object-page = Uzņēmuma iebildumu lapa
notice-email-objection-page = Lai iebilstu, izmantojiet: { $contact }
notice-email-col-purpose = Nolūks
notice-email-col-data = Dati
diff-processor-purpose = Nolūks: { $purpose }.
diff-processor-data = Dati: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = pievienots saņēmējs { $name }
reason-country-outside-eea = { $name } tagad apstrādā datus ārpus EEZ ({ $country })
reason-safeguard-weakened = saņēmēja { $name } nosūtīšanas garantija mainīta no “{ $old }” uz “{ $new }”
reason-purpose-added = pievienots nolūks { $purpose }
reason-legal-basis-changed = mainīts nolūka { $purpose } juridiskais pamats
reason-retention-changed = mainīta sadaļa par to, cik ilgi dati tiek glabāti
reason-section-changed = mainīta sadaļa { $section } par saņēmējiem, nosūtīšanu vai nolūkiem
reason-table-row-added = sadaļas { $section } tabulā ir jauna rinda: { $row }
reason-table-row-changed = sadaļas { $section } tabulas rinda tagad ir šāda: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Pievienots: { $names }
import-summary-removed = Noņemts: { $names }
import-summary-renamed = { $old } tagad saucas { $new }
import-summary-places-first = { $name } – apstrādes vietas: { $places }
import-summary-places-added = { $name } – jaunas apstrādes vietas: { $places }
import-summary-places-removed = { $name } – apstrādes vietas, kas vairs nav norādītas: { $places }
import-summary-places-changed = { $name } – apstrādes vietas: { $places } (iepriekš: { $old })
import-summary-purpose = { $name }: jauns nolūks
import-summary-section-added = Jauna sadaļa { $title }
import-summary-section-removed = Noņemta sadaļa { $title }
import-summary-reworded = Pārfrāzēts: { $titles }
import-summary-intro = Pārfrāzēts ievads
import-summary-quoted = „{ $title }”

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Labojums: { $subject }
notice-email-correction-intro = Šis paziņojums labo mūsu iepriekš nosūtīto paziņojumu par tām pašām izmaiņām: kopš tā laika teksts ir mainīts. Lūdzam tā vietā izlasīt šo paziņojumu.
