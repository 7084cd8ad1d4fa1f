### What changed: diff pages, change logs and feeds (English).

diff-title = What changed on { $date }
diff-compared = Compared with the version in force from { $old }.
diff-read-old = Earlier version
diff-read-new = This version
diff-summary-heading = Summary
diff-legend = Marked in the text:
diff-legend-inserted = added
diff-legend-deleted = removed
diff-coarse = Some changes were too large to mark word by word: they are shown as whole passages removed and added.
diff-policy-title = Title of the policy
diff-intro = Introduction
diff-status-unchanged = unchanged
diff-status-added = new
diff-status-removed = removed
diff-status-changed = changed
# What a diff page says of a section beyond its words.
diff-note-moved = This section is in a new place.
diff-note-was = Formerly the section “{ $title }”.
diff-note-split-from = Split off from the section “{ $title }”.
diff-note-promoted = Formerly a subsection of “{ $title }”, now a section of its own.
diff-note-split-into = Part of this section is now the section “{ $title }”.
diff-note-merged-from = Now includes the text of the section “{ $title }”.
diff-note-merged-into = Merged into the section “{ $title }”.
diff-note-demoted-into = Now a subsection of the section “{ $title }”.

# Read out by screen readers around each change.
diff-inserted = added
diff-deleted = removed
diff-end = {""}

diff-count-none = No changes to the text or the recipients.
diff-count-processors-added = { $count ->
    [one] one recipient added
   *[other] { $count } recipients added
}
diff-count-processors-removed = { $count ->
    [one] one recipient no longer listed
   *[other] { $count } recipients no longer listed
}
diff-count-processors-changed = { $count ->
    [one] one recipient changed
   *[other] { $count } recipients changed
}
diff-count-sections-added = { $count ->
    [one] one section added
   *[other] { $count } sections added
}
diff-count-sections-removed = { $count ->
    [one] one section removed
   *[other] { $count } sections removed
}
diff-count-sections-changed = { $count ->
    [one] one section changed
   *[other] { $count } sections changed
}
diff-count-purposes-added = { $count ->
    [one] one purpose added
   *[other] { $count } purposes added
}
diff-count-purposes-removed = { $count ->
    [one] one purpose removed
   *[other] { $count } purposes removed
}
diff-count-purposes-changed = { $count ->
    [one] one purpose changed
   *[other] { $count } purposes changed
}
diff-count-title-changed = title changed
diff-count-intro-changed = introduction changed

diff-processor-added = { $name } was added as a recipient. { $details }
diff-processor-where = Countries where it processes data: { $countries }.
diff-processor-safeguard = Transfer safeguard: { $safeguard }.
diff-processor-removed = { $name } is no longer listed as a recipient.
diff-processor-safeguard-changed = { $name }: the transfer safeguard changed from { $old } to { $new }.
diff-processor-headquarters-changed = { $name }: country of establishment now { $new } (before: { $old }).
diff-processor-purpose-changed = { $name }: purpose changed from “{ $old }” to “{ $new }”.
diff-processor-data-changed = { $name }: personal data shared changed from “{ $old }” to “{ $new }”.
safeguard-none = none stated

processors-log-heading = Change log
exports-label = Machine-readable:
feed-subscribe = Atom feed
feed-title = { $company }: privacy policy changes
site-feed-title = All privacy policy changes
subscribe-heading = Follow changes
subscribe-feed = New versions are announced in the feed:
subscribe-email-label = E-mail address
subscribe-button = Subscribe
feed-entry-title = New version in force from { $date }
feed-entry-upcoming = New version taking effect on { $date }
feed-read-policy = Read the policy

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = not stated
diff-processor-where-unstated = Where it processes data is not stated.
diff-processor-renamed = { $old } is now named { $new }.
diff-processor-role-changed = { $name }: role changed from { $old } to { $new }.
diff-processor-countries-changed = { $name }: where data is processed changed from { $old } to { $new }.

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Announced { $announced } · takes effect { $date }
notice-objection-deadline = Customers may object to this change until { $deadline }.
notice-class-material = Material change
notice-class-editorial = Editorial change
notice-reference-upcoming = The reference text ({ $language }) has a new version taking effect on { $date }; this translation does not have it yet.
notice-email-subject = { $company }: our privacy policy changes on { $date }
notice-email-intro = { $company } is changing its privacy policy. The new version takes effect on { $date }.
notice-email-added = Recipients added
notice-email-removed = Recipients removed
notice-email-renamed = Recipients renamed
notice-email-changed = Recipients changed
notice-email-col-name = Recipient
notice-email-col-location = Where data is processed
notice-email-col-safeguard = Transfer safeguard
notice-email-objection = You may object to this change until { $deadline }.
notice-email-objection-contact = To object, write to { $contact }.
notice-email-diff = What changed, word by word:
notice-email-policy = The new version:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Class of change
notice-facts-announced = Announced
notice-facts-effective = Takes effect
notice-facts-deadline = Objections until
notice-facts-object = How to object
notice-facts-changes = Recipients that change

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Classified by this site from the differences between the two versions: { $reasons }.
notice-class-computed-none = Classified by this site: the differences between the two versions change no recipient, transfer, purpose, legal basis or retention period.
notice-class-declared = Set by the editors of this site, not computed from the differences.
notice-object-write = Write to { $email }
notice-object-page = The company's objection page
notice-email-objection-page = To object, use { $contact }
notice-email-col-purpose = Purpose
notice-email-col-data = Personal data
diff-processor-purpose = Purpose: { $purpose }.
diff-processor-data = Data: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = recipient { $name } added
reason-country-outside-eea = { $name } now processes data in { $country }, outside the EEA
reason-safeguard-weakened = the transfer safeguard of { $name } changed from { $old } to { $new }
reason-purpose-added = purpose { $purpose } added
reason-legal-basis-changed = the legal basis of purpose { $purpose } changed
reason-retention-changed = the section on how long data is kept changed
reason-section-changed = section { $section }, on recipients, transfers or purposes, changed
reason-table-row-added = a table in section { $section } has a new row: { $row }
reason-table-row-changed = a table row in section { $section } now reads: { $row }

## Summaries privsite import writes from what changed between two versions of a text,
## in the text's language (the site's voice: shown as written for this site).
import-summary-added = Added { $names }
import-summary-removed = Removed { $names }
import-summary-renamed = { $old } is now { $new }
import-summary-places-first = { $name } processes in { $places }
import-summary-places-added = { $name } now also processes in { $places }
import-summary-places-removed = { $name } no longer processes in { $places }
import-summary-places-changed = { $name } now processes in { $places } instead of { $old }
import-summary-purpose = { $name } has a new purpose
import-summary-section-added = New section { $title }
import-summary-section-removed = Section { $title } removed
import-summary-reworded = Reworded { $titles }
import-summary-intro = Reworded the introduction
import-summary-quoted = “{ $title }”

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Correction: { $subject }
notice-email-correction-intro = This notice corrects one we sent earlier about the same change: the text has been changed since. Please read this one instead.
