## Λοιπά έγγραφα της εταιρείας πέραν της πολιτικής απορρήτου

documents-nav-label = { $company }: έγγραφα
# Όταν ένα έγγραφο δεν είναι στη γλώσσα του αναγνώστη: η γλώσσα στην οποία ανοίγει.
document-in-language = (γλώσσα: { $language })
document-kind-privacy = Πολιτική απορρήτου
# ΓΚΠΔ, άρθρο 28 παράγραφοι 2 και 4: «άλλος εκτελών την επεξεργασία»
document-kind-subprocessors = Υπεκτελούντες την επεξεργασία
document-kind-cookies = Δήλωση για τα cookies
document-kind-dpa = Σύμβαση επεξεργασίας δεδομένων
document-kind-terms = Όροι χρήσης
document-kind-other = Έγγραφο
company-documents-heading = Έγγραφα
# Πριν από σύνδεσμο προς τον κατάλογο των υπεκτελούντων την επεξεργασία της εταιρείας, όταν μια δήλωση παραθέτει εκεί τους αποδέκτες της.
processors-listed-in = Οι αποδέκτες αναφέρονται στο έγγραφο:
# Ο πρώτος σύνδεσμος της πλοήγησης ενός εγγράφου (της πολιτικής γράφει «Ισχύουσα πολιτική»).
nav-current-document = Ισχύουσα έκδοση

## Cookies και παρόμοιες τεχνολογίες αποθήκευσης

nav-cookies = Cookies
cookies-title = Cookies και παρόμοιες τεχνολογίες αποθήκευσης
cookies-heading = Cookies και παρόμοιες τεχνολογίες αποθήκευσης
cookies-intro = { $count ->
    [one] Η έκδοση που ισχύει από { $date } δηλώνει ένα cookie ή παρόμοια τεχνολογία αποθήκευσης.
   *[other] Η έκδοση που ισχύει από { $date } δηλώνει { $count } cookies και παρόμοιες τεχνολογίες αποθήκευσης.
}
cookies-none = Η έκδοση αυτή δεν δηλώνει κανένα cookie.
cookies-caption = { $company }: cookies και παρόμοιες τεχνολογίες αποθήκευσης
cookies-upcoming-heading = Επερχόμενες αλλαγές
cookie-name = Όνομα
cookie-purpose = Σκοπός
cookie-duration = Διάρκεια διατήρησης
cookie-provider = Πάροχος
cookie-category-necessary = Απολύτως απαραίτητα
cookie-category-preferences = Προτιμήσεις
cookie-category-statistics = Στατιστικά
cookie-category-marketing = Μάρκετινγκ
cookie-category-unstated = Δεν αναφέρεται κατηγορία
cookie-category-necessary-description = Η αποθήκευση που είναι απολύτως απαραίτητη για υπηρεσία που ζητάτε δεν απαιτεί συγκατάθεση (άρθρο 5 παρ. 3 της οδηγίας για την προστασία της ιδιωτικής ζωής και τις ηλεκτρονικές επικοινωνίες).
cookie-category-consent-description = Απαιτείται η συγκατάθεσή σας πριν από την τοποθέτησή τους (άρθρο 5 παρ. 3 της οδηγίας για την προστασία της ιδιωτικής ζωής και τις ηλεκτρονικές επικοινωνίες).
# Μετά το όνομα του παρόχου σε παρένθεση και στο change-cookie-party (πριν: …· τώρα: …).
cookie-party-first = πρώτο μέρος
cookie-party-third = τρίτο μέρος
cookie-type-cookie = cookie
cookie-type-local-storage = τοπική αποθήκευση
cookie-type-session-storage = αποθήκευση συνεδρίας
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
# Αυτοτελώς στον πίνακα και μετά το «διάρκεια διατήρησης:».
duration-session = έως το κλείσιμο του προγράμματος περιήγησης
duration-years = { $count ->
    [one] { $count } έτος
   *[other] { $count } έτη
}
duration-months = { $count ->
    [one] { $count } μήνας
   *[other] { $count } μήνες
}
duration-weeks = { $count ->
    [one] { $count } εβδομάδα
   *[other] { $count } εβδομάδες
}
duration-days = { $count ->
    [one] { $count } ημέρα
   *[other] { $count } ημέρες
}
duration-hours = { $count ->
    [one] { $count } ώρα
   *[other] { $count } ώρες
}
duration-minutes = { $count ->
    [one] { $count } λεπτό
   *[other] { $count } λεπτά
}
duration-seconds = { $count ->
    [one] { $count } δευτερόλεπτο
   *[other] { $count } δευτερόλεπτα
}

## Αλλαγές στα cookies, ως γεγονότα

diff-cookies-heading = Cookies
diff-count-cookies-added = { $count ->
    [one] προστέθηκε ένα cookie
   *[other] προστέθηκαν { $count } cookies
}
diff-count-cookies-removed = { $count ->
    [one] αφαιρέθηκε ένα cookie
   *[other] αφαιρέθηκαν { $count } cookies
}
diff-count-cookies-changed = { $count ->
    [one] άλλαξε ένα cookie
   *[other] άλλαξαν { $count } cookies
}
change-cookie-added = Νέο cookie { $name } ({ $category }), πάροχος: { $provider }· διάρκεια διατήρησης: { $duration }.
change-cookie-added-unstated-provider = Νέο cookie { $name } ({ $category })· διάρκεια διατήρησης: { $duration }· δεν αναφέρεται ποιος το τοποθετεί.
change-cookie-removed = Το cookie { $name } δεν χρησιμοποιείται πλέον.
change-cookie-provider = { $name }: αλλαγή παρόχου (πριν: { $old }· τώρα: { $new }).
change-cookie-category = { $name }: αλλαγή κατηγορίας (πριν: { $old }· τώρα: { $new }).
change-cookie-duration = { $name }: αλλαγή διάρκειας διατήρησης (πριν: { $old }· τώρα: { $new }).
change-cookie-party = { $name }: αλλαγή του μέρους που τοποθετεί το cookie (πριν: { $old }· τώρα: { $new }).
change-cookie-purpose = Ο σκοπός του cookie { $name } είναι πλέον: «{ $new }» (πριν: «{ $old }»).
change-cookie-countries = { $name }: αλλαγή τόπου επεξεργασίας (πριν: { $old }· τώρα: { $new }).
change-cookie-safeguard = { $name }: η εγγύηση διαβίβασης άλλαξε από «{ $old }» σε «{ $new }».
reason-cookie-added = προστέθηκε το cookie { $name } ({ $category })
reason-cookie-needs-consent = το cookie { $name } ανήκει πλέον στην κατηγορία «{ $category }» και απαιτεί συγκατάθεση
reason-cookie-kept-longer = το cookie { $name } διατηρείται πλέον για μεγαλύτερο διάστημα (πριν: { $old }· τώρα: { $new })
reason-cookie-country-outside-eea = το cookie { $name } υποβάλλεται πλέον σε επεξεργασία εκτός ΕΟΧ: { $country }

## Ειδοποιήσεις αλλαγής εγγράφου άλλου από την πολιτική απορρήτου

notice-email-subject-document = { $company }: το έγγραφο «{ $document }» αλλάζει στις { $date }
notice-email-intro-document = Η εταιρεία { $company } αλλάζει το έγγραφο «{ $document }». Η νέα έκδοση τίθεται σε ισχύ στις { $date }.
