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
# Read out by screen readers around each change.
diff-inserted = added
diff-deleted = removed
diff-end = {""}

diff-count-none = No changes to the text or the recipients.
diff-count-processors-added = { $count ->
    [one] one processor added
   *[other] { $count } processors added
}
diff-count-processors-removed = { $count ->
    [one] one processor removed
   *[other] { $count } processors removed
}
diff-count-processors-changed = { $count ->
    [one] one processor changed
   *[other] { $count } processors changed
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
diff-processor-removed = { $name } is no longer a recipient.
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
