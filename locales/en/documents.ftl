## A company's documents beside its privacy notice

documents-nav-label = Documents of { $company }
# Where a document is not in the reader's language: the language it opens in.
document-in-language = (in { $language })
document-kind-privacy = Privacy notice
document-kind-subprocessors = Sub-processors
document-kind-cookies = Cookie declaration
document-kind-dpa = Data processing agreement
document-kind-terms = Terms
document-kind-other = Document
company-documents-heading = Documents
# Before a link to the company's sub-processor list, where a notice lists its recipients there.
processors-listed-in = The recipients are listed in:
# The first link of a document's navigation (the notice's says "Current policy").
nav-current-document = Current version

## Cookies and similar storage

nav-cookies = Cookies
cookies-title = Cookies and similar storage
cookies-heading = Cookies and similar storage
cookies-intro = { $count ->
    [one] One cookie or similar storage is declared from { $date }.
   *[other] { $count } cookies and similar storage are declared from { $date }.
}
cookies-none = This version declares no cookies.
cookies-caption = Cookies and similar storage of { $company }
cookies-upcoming-heading = Coming changes
cookie-name = Name
cookie-purpose = Purpose
cookie-duration = Kept for
cookie-provider = Set by
cookie-category-necessary = Strictly necessary
cookie-category-preferences = Preferences
cookie-category-statistics = Statistics
cookie-category-marketing = Marketing
cookie-category-unstated = Category not stated
cookie-category-necessary-description = Storage strictly necessary for a service you ask for needs no consent (ePrivacy Directive, Art. 5(3)).
cookie-category-consent-description = Needs your consent before it is set (ePrivacy Directive, Art. 5(3)).
cookie-party-first = first party
cookie-party-third = third party
cookie-type-cookie = cookie
cookie-type-local-storage = local storage
cookie-type-session-storage = session storage
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
duration-session = until the browser is closed
duration-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
duration-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
duration-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
duration-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
duration-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
duration-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}

## Cookie changes, told as facts

diff-cookies-heading = Cookies
diff-count-cookies-added = { $count ->
    [one] one cookie added
   *[other] { $count } cookies added
}
diff-count-cookies-removed = { $count ->
    [one] one cookie removed
   *[other] { $count } cookies removed
}
diff-count-cookies-changed = { $count ->
    [one] one cookie changed
   *[other] { $count } cookies changed
}
change-cookie-added = New cookie { $name } ({ $category }) from { $provider }, kept { $duration }.
change-cookie-added-unstated-provider = New cookie { $name } ({ $category }), kept { $duration }; who sets it is not stated.
change-cookie-removed = { $name } is no longer used.
change-cookie-provider = { $name } is now set by { $new } instead of { $old }.
change-cookie-category = { $name } is now in the category { $new } instead of { $old }.
change-cookie-duration = { $name } is now kept { $new } instead of { $old }.
change-cookie-party = { $name } is now a { $new } cookie instead of { $old }.
change-cookie-purpose = The purpose of { $name } is now: { $new } (before: { $old }).
change-cookie-countries = { $name } is now processed in { $new } instead of { $old }.
change-cookie-safeguard = The transfer safeguard of { $name } is now { $new } instead of { $old }.
reason-cookie-added = cookie { $name } ({ $category }) added
reason-cookie-needs-consent = cookie { $name } is now { $category } and needs consent
reason-cookie-kept-longer = cookie { $name } is now kept { $new } instead of { $old }
reason-cookie-country-outside-eea = cookie { $name } is now processed in { $country }, outside the EEA

## Notices of change of a document other than the privacy notice

notice-email-subject-document = { $company }: “{ $document }” changes on { $date }
notice-email-intro-document = { $company } is changing “{ $document }”. The new version takes effect on { $date }.
