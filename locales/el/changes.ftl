### Τι άλλαξε: σελίδες σύγκρισης, αρχεία αλλαγών και ροές (ελληνικά).

diff-title = Αλλαγές από { $date }
diff-compared = Σύγκριση με την έκδοση που ίσχυε από { $old }.
diff-read-old = Προηγούμενη έκδοση
diff-read-new = Η έκδοση αυτή
diff-summary-heading = Σύνοψη
diff-legend = Σήμανση στο κείμενο:
diff-legend-inserted = προστέθηκε
diff-legend-deleted = αφαιρέθηκε
diff-coarse = Ορισμένες αλλαγές ήταν πολύ εκτεταμένες για να επισημανθούν λέξη προς λέξη: εμφανίζονται ως ολόκληρα αποσπάσματα που αφαιρέθηκαν και προστέθηκαν.
diff-policy-title = Τίτλος της πολιτικής
diff-intro = Εισαγωγή
diff-status-unchanged = χωρίς αλλαγές
diff-status-added = νέο
diff-status-removed = αφαιρέθηκε
diff-status-changed = άλλαξε
# What a diff page says of a section beyond its words.
diff-note-moved = Αυτή η ενότητα βρίσκεται σε νέα θέση.
diff-note-was = Πρώην η ενότητα «{ $title }».
diff-note-split-from = Αποσπάστηκε από την ενότητα «{ $title }».
diff-note-promoted = Πρώην υποενότητα της «{ $title }», τώρα αυτοτελής ενότητα.
diff-note-split-into = Μέρος αυτής της ενότητας είναι τώρα η ενότητα «{ $title }».
diff-note-merged-from = Περιλαμβάνει πλέον το κείμενο της ενότητας «{ $title }».
diff-note-merged-into = Συγχωνεύθηκε στην ενότητα «{ $title }».
diff-note-demoted-into = Τώρα υποενότητα της ενότητας «{ $title }».
# Διαβάζεται από τους αναγνώστες οθόνης γύρω από κάθε αλλαγή.
diff-inserted = προσθήκη
diff-deleted = διαγραφή
diff-end = {""}

diff-count-none = Καμία αλλαγή στο κείμενο ή στους αποδέκτες.
diff-count-processors-added = { $count ->
    [one] προστέθηκε ένας αποδέκτης
   *[other] προστέθηκαν { $count } αποδέκτες
}
diff-count-processors-removed = { $count ->
    [one] ένας αποδέκτης δεν αναφέρεται πλέον
   *[other] { $count } αποδέκτες δεν αναφέρονται πλέον
}
diff-count-processors-changed = { $count ->
    [one] άλλαξε ένας αποδέκτης
   *[other] άλλαξαν { $count } αποδέκτες
}
diff-count-sections-added = { $count ->
    [one] προστέθηκε μία ενότητα
   *[other] προστέθηκαν { $count } ενότητες
}
diff-count-sections-removed = { $count ->
    [one] αφαιρέθηκε μία ενότητα
   *[other] αφαιρέθηκαν { $count } ενότητες
}
diff-count-sections-changed = { $count ->
    [one] άλλαξε μία ενότητα
   *[other] άλλαξαν { $count } ενότητες
}
diff-count-purposes-added = { $count ->
    [one] προστέθηκε ένας σκοπός
   *[other] προστέθηκαν { $count } σκοποί
}
diff-count-purposes-removed = { $count ->
    [one] αφαιρέθηκε ένας σκοπός
   *[other] αφαιρέθηκαν { $count } σκοποί
}
diff-count-purposes-changed = { $count ->
    [one] άλλαξε ένας σκοπός
   *[other] άλλαξαν { $count } σκοποί
}
diff-count-title-changed = άλλαξε ο τίτλος
diff-count-intro-changed = άλλαξε η εισαγωγή

diff-processor-added = Νέος αποδέκτης: { $name }. { $details }
diff-processor-where = Επεξεργάζεται δεδομένα σε: { $countries }.
diff-processor-safeguard = Εγγύηση διαβίβασης: { $safeguard }.
diff-processor-removed = { $name }: δεν αναφέρεται πλέον ως αποδέκτης.
diff-processor-safeguard-changed = { $name }: η εγγύηση διαβίβασης άλλαξε από «{ $old }» σε «{ $new }».
diff-processor-headquarters-changed = { $name }: νέα έδρα: { $new } (πριν: { $old }).
diff-processor-purpose-changed = { $name }: ο σκοπός άλλαξε από «{ $old }» σε «{ $new }».
diff-processor-data-changed = { $name }: τα δεδομένα προσωπικού χαρακτήρα που διαβιβάζονται άλλαξαν από «{ $old }» σε «{ $new }».
safeguard-none = δεν αναφέρεται

processors-log-heading = Αρχείο αλλαγών
exports-label = Σε μηχαναγνώσιμη μορφή:
feed-subscribe = Ροή Atom
feed-title = { $company }: αλλαγές στην πολιτική απορρήτου
site-feed-title = Όλες οι αλλαγές στις πολιτικές απορρήτου
subscribe-heading = Παρακολούθηση αλλαγών
subscribe-feed = Οι νέες εκδόσεις ανακοινώνονται στη ροή:
subscribe-email-label = Διεύθυνση ηλεκτρονικού ταχυδρομείου
subscribe-button = Εγγραφή
feed-entry-title = Νέα έκδοση σε ισχύ από { $date }
feed-entry-upcoming = Νέα έκδοση που τίθεται σε ισχύ στις { $date }
feed-read-policy = Διαβάστε την πολιτική

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = δεν αναφέρεται
diff-processor-where-unstated = Δεν αναφέρεται πού γίνεται η επεξεργασία των δεδομένων.
diff-processor-renamed = Η επωνυμία { $old } άλλαξε σε { $new }.
diff-processor-role-changed = { $name }: αλλαγή ρόλου (πριν: { $old }· τώρα: { $new }).
diff-processor-countries-changed = { $name }: αλλαγή τόπου επεξεργασίας (πριν: { $old }· τώρα: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Ανακοινώθηκε στις { $announced } · τίθεται σε ισχύ στις { $date }
notice-objection-deadline = Οι πελάτες μπορούν να αντιταχθούν σε αυτή την αλλαγή έως τις { $deadline }.
notice-class-material = Ουσιώδης αλλαγή
notice-class-editorial = Συντακτική αλλαγή
notice-reference-upcoming = Το κείμενο αναφοράς ({ $language }) έχει νέα έκδοση που τίθεται σε ισχύ στις { $date }. Η παρούσα μετάφραση δεν την περιλαμβάνει ακόμη.
notice-email-subject = { $company }: η πολιτική απορρήτου μας αλλάζει στις { $date }
notice-email-intro = Η εταιρεία { $company } αλλάζει την πολιτική απορρήτου της. Η νέα έκδοση τίθεται σε ισχύ στις { $date }.
notice-email-added = Αποδέκτες που προστέθηκαν
notice-email-removed = Αποδέκτες που αφαιρέθηκαν
notice-email-renamed = Αποδέκτες που μετονομάστηκαν
notice-email-changed = Αποδέκτες που άλλαξαν
notice-email-col-name = Αποδέκτης
notice-email-col-location = Πού γίνεται η επεξεργασία των δεδομένων
notice-email-col-safeguard = Εγγύηση διαβίβασης
notice-email-objection = Μπορείτε να αντιταχθείτε σε αυτή την αλλαγή έως τις { $deadline }.
notice-email-objection-contact = Στοιχεία επικοινωνίας για την υποβολή αντιρρήσεων: { $contact }.
notice-email-diff = Τι άλλαξε, λέξη προς λέξη:
notice-email-policy = Η νέα έκδοση:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Κατηγορία αλλαγής
notice-facts-announced = Ανακοίνωση
notice-facts-effective = Έναρξη ισχύος
notice-facts-deadline = Αντιρρήσεις έως
notice-facts-object = Πώς να αντιταχθείτε
notice-facts-changes = Αποδέκτες που αλλάζουν

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Κατατάχθηκε από αυτόν τον ιστότοπο με βάση τις διαφορές μεταξύ των δύο εκδόσεων: { $reasons }.
notice-class-computed-none = Κατατάχθηκε από αυτόν τον ιστότοπο: οι διαφορές μεταξύ των δύο εκδόσεων δεν αλλάζουν κανέναν αποδέκτη, διαβίβαση, σκοπό, νομική βάση ή περίοδο αποθήκευσης.
notice-class-declared = Ορίστηκε από τους συντάκτες αυτού του ιστοτόπου, δεν υπολογίστηκε από τις διαφορές.
notice-object-write = Γράψτε στο { $email }
notice-object-page = Η σελίδα αντιρρήσεων της εταιρείας
notice-email-objection-page = Για να αντιταχθείτε, χρησιμοποιήστε: { $contact }
notice-email-col-purpose = Σκοπός
notice-email-col-data = Δεδομένα
diff-processor-purpose = Σκοπός: { $purpose }.
diff-processor-data = Δεδομένα: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = προστέθηκε ο αποδέκτης { $name }
reason-country-outside-eea = ο αποδέκτης { $name } επεξεργάζεται πλέον δεδομένα εκτός ΕΟΧ: { $country }
reason-safeguard-weakened = η εγγύηση διαβίβασης προς τον αποδέκτη { $name } άλλαξε από «{ $old }» σε «{ $new }»
reason-purpose-added = προστέθηκε ο σκοπός «{ $purpose }»
reason-legal-basis-changed = άλλαξε η νομική βάση του σκοπού «{ $purpose }»
reason-retention-changed = άλλαξε η ενότητα για το πόσο διάστημα διατηρούνται τα δεδομένα
reason-section-changed = άλλαξε η ενότητα { $section } για τους αποδέκτες, τις διαβιβάσεις ή τους σκοπούς
reason-table-row-added = ένας πίνακας στην ενότητα «{ $section }» έχει νέα γραμμή: { $row }
reason-table-row-changed = μια γραμμή πίνακα στην ενότητα «{ $section }» έχει πλέον ως εξής: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Προστέθηκαν: { $names }
import-summary-removed = Αφαιρέθηκαν: { $names }
import-summary-renamed = { $old }: νέα ονομασία { $new }
import-summary-places-first = { $name } – τόποι επεξεργασίας: { $places }
import-summary-places-added = { $name } – νέοι τόποι επεξεργασίας: { $places }
import-summary-places-removed = { $name } – τόποι επεξεργασίας που δεν αναφέρονται πλέον: { $places }
import-summary-places-changed = { $name } – τόποι επεξεργασίας: { $places } (πριν: { $old })
import-summary-purpose = { $name }: νέος σκοπός
import-summary-section-added = Νέα ενότητα { $title }
import-summary-section-removed = Αφαιρέθηκε η ενότητα { $title }
import-summary-reworded = Αναδιατυπώθηκε: { $titles }
import-summary-intro = Αναδιατυπώθηκε η εισαγωγή
import-summary-quoted = «{ $title }»

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Διόρθωση: { $subject }
notice-email-correction-intro = Η παρούσα ειδοποίηση διορθώνει ειδοποίηση που σας στείλαμε νωρίτερα σχετικά με την ίδια αλλαγή: το κείμενο έχει τροποποιηθεί από τότε. Παρακαλούμε διαβάστε αυτήν την ειδοποίηση αντί της προηγούμενης.
