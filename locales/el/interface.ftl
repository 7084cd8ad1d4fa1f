### Κείμενα διεπαφής του προεπιλεγμένου θέματος: ελληνικά.
### Ένας ιστότοπος μπορεί να αντικαταστήσει οποιοδήποτε μήνυμα στα δικά του αρχεία
### locales/el/*.ftl. Εκεί ορίζεται και το `site-title`, για να μεταφραστεί ο τίτλος του site.toml.
### Οι ημερομηνίες, τα ονόματα των μηνών και τα ονόματα των γλωσσών προέρχονται από το Unicode CLDR.

## Ημερομηνίες: από το Unicode CLDR (κανένα μήνυμα εδώ)

## Πλαίσιο σελίδας
skip-to-content = Μετάβαση στο περιεχόμενο
language-switcher = Γλώσσα
footer-published = Δημοσιεύθηκε με το privsite.
policy-navigation = Η παρούσα πολιτική
nav-current = Ισχύουσα πολιτική
nav-history = Ιστορικό εκδόσεων
nav-processors = Αποδέκτες

## Ειδοποιήσεις
notice-past-title = Προηγούμενη έκδοση.
notice-past = Η έκδοση αυτή ίσχυε από { $from } έως και { $until }.
notice-read-current = Διαβάστε την ισχύουσα έκδοση.
notice-upcoming-title = Επερχόμενη έκδοση.
notice-upcoming = Η έκδοση αυτή τίθεται σε ισχύ στις { $date }. Μέχρι τότε ισχύει η τρέχουσα έκδοση.
notice-new-version-title = Έρχεται νέα έκδοση.
notice-new-version = Επικαιροποιημένη πολιτική τίθεται σε ισχύ στις { $date }.
notice-read-upcoming = Διαβάστε τη νέα έκδοση.
notice-stale-title = Η μετάφραση αυτή δεν είναι ενημερωμένη.
notice-stale = Από { $since } η γλωσσική έκδοση αναφοράς ({ $reference }) έχει αλλάξει και η μετάφραση αυτή δεν έχει ακόμη ενημερωθεί.
notice-read-reference = Διαβάστε τη γλωσσική έκδοση αναφοράς ({ $reference }).
no-revision-in-force = Δεν ισχύει ακόμη καμία έκδοση της πολιτικής αυτής.

## Η πολιτική
in-force-from = Ισχύει από { $date }
takes-effect = Τίθεται σε ισχύ στις { $date }
all-versions = Όλες οι εκδόσεις
what-changed = Τι άλλαξε
contents = Περιεχόμενα
purposes-heading = Σκοποί και νομικές βάσεις
processors-heading = Αποδέκτες δεδομένων προσωπικού χαρακτήρα
processors-caption = { $company }: εκτελούντες την επεξεργασία και λοιποί αποδέκτες δεδομένων προσωπικού χαρακτήρα
processors-more = Αποδέκτες διαχρονικά
legal-basis-label = { $count ->
    [one] Νομική βάση:
   *[other] Νομικές βάσεις:
}
legitimate-interest-label = Έννομο συμφέρον που επιδιώκεται:
version-footer = Αυτή είναι η έκδοση που ισχύει από { $date }.
permalink = Μόνιμος σύνδεσμος προς την έκδοση αυτή

## Υπεύθυνος επεξεργασίας
controller-heading = Υπεύθυνος επεξεργασίας
controller-name = Επωνυμία
controller-org-number = Αριθμός μητρώου (ΓΕΜΗ ή αντίστοιχος)
controller-address = Διεύθυνση
controller-email = Ηλεκτρονικό ταχυδρομείο
controller-phone = Τηλέφωνο
controller-website = Ιστότοπος
controller-dpo = Υπεύθυνος προστασίας δεδομένων
controller-authority = Εποπτική αρχή
not-stated = Δεν αναφέρεται στην πολιτική αυτή

## Πίνακας αποδεκτών
processor-name = Αποδέκτης
processor-purpose = Σκοπός
processor-data = Δεδομένα προσωπικού χαρακτήρα
processor-since = Από
processor-removed-on = Δεν αναφέρεται από
processor-headquarters = Έδρα: { $country }
outside-eea = εκτός ΕΟΧ
safeguard-missing = Δεν αναφέρεται

## Ιστορικό
history-title = Ιστορικό εκδόσεων
history-intro = { $count ->
    [one] Η πολιτική αυτή έχει μία έκδοση.
   *[other] Η πολιτική αυτή έχει { $count } εκδόσεις, με πρώτη τη νεότερη.
}
status-current = Ισχύει
status-past = Προηγούμενη έκδοση
status-upcoming = Επερχόμενη

## Σελίδα εκτελούντων την επεξεργασία
processors-title = Αποδέκτες δεδομένων προσωπικού χαρακτήρα
processors-intro = { $count ->
    [0] Η έκδοση που ισχύει από { $date } δεν απαριθμεί αποδέκτες.
    [one] Η έκδοση που ισχύει από { $date } κατονομάζει έναν αποδέκτη δεδομένων προσωπικού χαρακτήρα.
   *[other] Η έκδοση που ισχύει από { $date } κατονομάζει { $count } αποδέκτες δεδομένων προσωπικού χαρακτήρα.
}
processors-upcoming-heading = Επερχόμενες αλλαγές
processors-removed-heading = Αποδέκτες που δεν αναφέρονται πλέον
processors-removed-caption = Αποδέκτες που κατονόμαζαν προηγούμενες εκδόσεις και δεν κατονομάζει η έκδοση που ισχύει

## Σελίδες του ιστοτόπου
index-intro = Πολιτικές απορρήτου, η καθεμία με τις εκδόσεις που διαθέτει αυτός ο ιστότοπος.
company-choose-language = Επιλέξτε γλώσσα:
not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Δεν υπάρχει σελίδα σε αυτή τη διεύθυνση. Η πολιτική μπορεί να έχει μετακινηθεί ή ο σύνδεσμος να περιέχει λάθος.
not-found-home = Μετάβαση σε όλες τις πολιτικές απορρήτου

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Τόπος επεξεργασίας και εγγύηση
location-within-eea = Εντός του ΕΟΧ
region-eu = Ευρωπαϊκή Ένωση
region-eea = Ευρωπαϊκός Οικονομικός Χώρος
processor-formerly = Πρώην: { $names }
processor-since-date = Από { $date }
group-purpose = Σκοπός: { $purpose }
# Άρθρο 4 σημείο 8 και άρθρο 28 ΓΚΠΔ: «εκτελών την επεξεργασία»
role-processor = Εκτελών την επεξεργασία
# Άρθρο 4 σημείο 7 ΓΚΠΔ: «υπεύθυνος επεξεργασίας»· εδώ αυτός που καθορίζει μόνος τους σκοπούς και τα μέσα
role-controller = Αυτοτελής υπεύθυνος επεξεργασίας
# Άρθρο 26 ΓΚΠΔ: «από κοινού υπεύθυνοι επεξεργασίας»
role-joint-controller = Από κοινού υπεύθυνος επεξεργασίας
# Άρθρο 4 σημείο 19 ΓΚΠΔ: «όμιλος επιχειρήσεων»
role-affiliate = Επιχείρηση του ίδιου ομίλου επιχειρήσεων
processors-in-prose = Η έκδοση που ισχύει από { $date } περιγράφει τους αποδέκτες της στο κείμενο και όχι σε πίνακα:
translation-notice-title = Μετάφραση.
translation-notice = Το κείμενο αυτό είναι μετάφραση που έγινε για αυτόν τον ιστότοπο. Γλώσσα του πρωτοτύπου: { $language }· η εταιρεία δημοσίευσε το κείμενο σε αυτή τη γλώσσα.
translation-read-original = Διαβάστε το πρωτότυπο ({ $language }).
print-address = Μόνιμη διεύθυνση αυτής της έκδοσης:
print-address-page = Διεύθυνση αυτής της σελίδας:

## The site's voice, apart from the company's.
translation-notice-company = Το κείμενο αυτό είναι μετάφραση της ίδιας της εταιρείας. Γλώσσα του πρωτοτύπου: { $language }.
archived-notice-title = Αρχειοθετημένο αντίγραφο.
archived-notice = Αυτό είναι το κείμενο όπως δημοσιεύθηκε στις { $date }, που φυλάσσεται ως τεκμήριο. Δεν δηλώνεται ότι ισχύει σήμερα.
status-archived = Αρχειοθετημένο αντίγραφο
date-note-label = Ημερομηνία που επέλεξε αυτός ο ιστότοπος:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Διορθώθηκε μετά τη δημοσίευση:
summary-by-site = Περίληψη γραμμένη για αυτόν τον ιστότοπο:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Οι επικεφαλίδες και οι ετικέτες αυτής της σελίδας είναι στα αγγλικά: δεν έχουν ακόμη μεταφραστεί στη γλώσσα αυτής της πολιτικής.
