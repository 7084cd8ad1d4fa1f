### Interface messages of the default theme: English.
### A site may override any message in its own locales/en/*.ftl. Define `site-title`
### there to translate the title from site.toml.
### Dates, month names, country and language names and the writing direction come from
### Unicode CLDR (ICU4X), not from messages.

## Page frame
skip-to-content = Skip to content
language-switcher = Language
footer-published = Published with privsite.
policy-navigation = This policy
nav-current = Current policy
nav-history = Version history
nav-processors = Recipients

## Notices
notice-past-title = Earlier version.
notice-past = This version was in force from { $from } through { $until }.
notice-read-current = Read the version in force.
notice-upcoming-title = Upcoming version.
notice-upcoming = This version takes effect on { $date }. Until then the current version applies.
notice-new-version-title = A new version is coming.
notice-new-version = An updated policy takes effect on { $date }.
notice-read-upcoming = Read the new version.
notice-stale-title = This translation is out of date.
notice-stale = Since { $since } the { $reference } version has changed and this translation has not been updated yet.
notice-read-reference = Read the { $reference } version.
no-revision-in-force = No version of this policy is in force yet.

## The policy
in-force-from = In force from { $date }
takes-effect = Takes effect on { $date }
all-versions = All versions
what-changed = What changed
contents = Contents
purposes-heading = Purposes and legal bases
processors-heading = Recipients of personal data
processors-caption = Processors and other recipients of personal data from { $company }
processors-more = Recipients over time
legal-basis-label = { $count ->
    [one] Legal basis:
   *[other] Legal bases:
}
legitimate-interest-label = Legitimate interest pursued:
version-footer = This is the version in force from { $date }.
permalink = Permanent link to this version

## Controller
controller-heading = Controller
controller-name = Name
controller-org-number = Organisation number
controller-address = Address
controller-email = E-mail
controller-phone = Telephone
controller-website = Website
controller-dpo = Data protection officer
controller-authority = Supervisory authority
not-stated = Not stated in this policy

## Processor table
processor-name = Recipient
processor-purpose = Purpose
processor-data = Personal data
processor-since = Since
processor-removed-on = Not listed from
processor-headquarters = Country of establishment: { $country }
outside-eea = outside the EEA
safeguard-missing = None stated

## History
history-title = Version history
history-intro = { $count ->
    [one] This policy has one version.
   *[other] This policy has { $count } versions, newest first.
}
status-current = In force
status-past = Earlier version
status-upcoming = Upcoming

## Processors page
processors-title = Recipients of personal data
processors-intro = { $count ->
    [0] The version in force from { $date } lists no recipients.
    [one] The version in force from { $date } names one recipient of personal data.
   *[other] The version in force from { $date } names { $count } recipients of personal data.
}
processors-upcoming-heading = Coming changes
processors-removed-heading = Recipients no longer listed
processors-removed-caption = Recipients that earlier versions named and the version in force does not

## Site pages
index-intro = Privacy policies, each with the versions this site holds.
company-choose-language = Choose a language:
not-found-title = Page not found
not-found-text = There is no page at this address. The policy may have moved, or the link may be mistyped.
not-found-home = Go to all privacy policies

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Where processed and safeguard
location-within-eea = Within the EEA
# Regions a processor's data may be processed in, named where a policy names no country.
region-eu = European Union
region-eea = European Economic Area
processor-formerly = Formerly: { $names }
processor-since-date = Since { $date }
group-purpose = Purpose: { $purpose }
role-processor = Processor
role-controller = Independent controller
role-joint-controller = Joint controller
role-affiliate = Group company
processors-in-prose = The version in force from { $date } describes its recipients in words rather than in a table:
translation-notice-title = Translation.
translation-notice = This text is a translation from { $language } made for this site; the company published the { $language } text.
translation-read-original = Read the original ({ $language }).
print-address = Permanent address of this version:
print-address-page = Address of this page:

## The site's voice, apart from the company's.
translation-notice-company = This text is the company's own translation from { $language }.
archived-notice-title = Archived copy.
archived-notice = This is the text as it was published on { $date }, kept as a record. It is not said to be in force today.
status-archived = Archived copy
date-note-label = Date chosen by this site:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Corrected after publication:
summary-by-site = Summary written for this site:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = The headings and labels on this page are in English: they have not yet been translated into the language of this policy.
