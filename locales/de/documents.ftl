## Weitere Dokumente eines Unternehmens neben der Datenschutzerklärung

documents-nav-label = Dokumente von { $company }
# Wo ein Dokument nicht in der Sprache des Lesers vorliegt: die Sprache, in der es sich öffnet.
document-in-language = (auf { $language })
document-kind-privacy = Datenschutzerklärung
document-kind-subprocessors = Unterauftragsverarbeiter
document-kind-cookies = Cookie-Erklärung
document-kind-dpa = Auftragsverarbeitungsvertrag
document-kind-terms = Nutzungsbedingungen
document-kind-other = Dokument
company-documents-heading = Dokumente
# Vor einem Link auf die Liste der Unterauftragsverarbeiter des Unternehmens, wenn eine Erklärung ihre Empfänger dort aufführt.
processors-listed-in = Die Empfänger sind aufgeführt in:
# Der erste Link der Navigation eines Dokuments (bei der Datenschutzerklärung lautet er „Geltende Fassung“).
nav-current-document = Geltende Fassung

## Cookies und ähnliche Speichertechnologien

nav-cookies = Cookies
cookies-title = Cookies und ähnliche Speichertechnologien
cookies-heading = Cookies und ähnliche Speichertechnologien
cookies-intro = { $count ->
    [one] Ab { $date } ist ein Cookie oder eine ähnliche Speichertechnologie angegeben.
   *[other] Ab { $date } sind { $count } Cookies und ähnliche Speichertechnologien angegeben.
}
cookies-none = Diese Fassung gibt keine Cookies an.
cookies-caption = Cookies und ähnliche Speichertechnologien von { $company }
cookies-upcoming-heading = Bevorstehende Änderungen
cookie-name = Name
cookie-purpose = Zweck
cookie-duration = Speicherdauer
cookie-provider = Gesetzt von
cookie-category-necessary = Unbedingt erforderlich
cookie-category-preferences = Präferenzen
cookie-category-statistics = Statistik
cookie-category-marketing = Marketing
cookie-category-unstated = Kategorie nicht angegeben
cookie-category-necessary-description = Eine Speicherung, die für einen von Ihnen gewünschten Dienst unbedingt erforderlich ist, bedarf keiner Einwilligung (Art. 5 Abs. 3 der ePrivacy-Richtlinie).
cookie-category-consent-description = Dürfen erst nach Ihrer Einwilligung gesetzt werden (Art. 5 Abs. 3 der ePrivacy-Richtlinie).
cookie-party-first = Erstanbieter
cookie-party-third = Drittanbieter
cookie-type-cookie = Cookie
cookie-type-local-storage = Local Storage
cookie-type-session-storage = Session Storage
cookie-type-pixel = Pixel
cookie-type-indexeddb = IndexedDB
duration-session = bis zum Schließen des Browsers
duration-years = { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
duration-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
duration-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
duration-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
duration-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
duration-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
duration-seconds = { $count ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}

## Änderungen an Cookies, als Tatsachen wiedergegeben

diff-cookies-heading = Cookies
diff-count-cookies-added = { $count ->
    [one] ein Cookie hinzugefügt
   *[other] { $count } Cookies hinzugefügt
}
diff-count-cookies-removed = { $count ->
    [one] ein Cookie entfernt
   *[other] { $count } Cookies entfernt
}
diff-count-cookies-changed = { $count ->
    [one] ein Cookie geändert
   *[other] { $count } Cookies geändert
}
change-cookie-added = Neues Cookie { $name } ({ $category }) von { $provider }, Speicherdauer: { $duration }.
change-cookie-added-unstated-provider = Neues Cookie { $name } ({ $category }), Speicherdauer: { $duration }; wer es setzt, ist nicht angegeben.
change-cookie-removed = { $name } wird nicht mehr verwendet.
change-cookie-provider = { $name } wird jetzt von { $new } statt von { $old } gesetzt.
change-cookie-category = { $name } gehört jetzt zur Kategorie „{ $new }“ statt „{ $old }“.
change-cookie-duration = { $name }: Speicherdauer geändert (vorher: { $old }; jetzt: { $new }).
change-cookie-party = { $name }: Art des Anbieters geändert (vorher: { $old }; jetzt: { $new }).
change-cookie-purpose = Der Zweck von { $name } lautet jetzt: { $new } (vorher: { $old }).
change-cookie-countries = { $name }: Ort der Verarbeitung geändert (vorher: { $old }; jetzt: { $new }).
change-cookie-safeguard = { $name }: Die Garantie für die Übermittlung hat sich von „{ $old }“ in „{ $new }“ geändert.
reason-cookie-added = Cookie { $name } ({ $category }) hinzugefügt
reason-cookie-needs-consent = Cookie { $name } gehört jetzt zur Kategorie „{ $category }“ und erfordert eine Einwilligung
reason-cookie-kept-longer = Speicherdauer von Cookie { $name } von „{ $old }“ auf „{ $new }“ verlängert
reason-cookie-country-outside-eea = Cookie { $name } wird jetzt außerhalb des EWR verarbeitet: { $country }

## Mitteilungen über die Änderung eines anderen Dokuments als der Datenschutzerklärung

notice-email-subject-document = { $company }: „{ $document }“ ändert sich am { $date }
notice-email-intro-document = { $company } ändert „{ $document }“. Die neue Fassung tritt am { $date } in Kraft.
