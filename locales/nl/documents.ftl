## Andere documenten van een bedrijf naast de privacyverklaring

documents-nav-label = Documenten van { $company }
# Waar een document niet in de taal van de lezer bestaat: de taal waarin het opent.
document-in-language = (in het { $language })
document-kind-privacy = Privacyverklaring
document-kind-subprocessors = Subverwerkers
document-kind-cookies = Cookieverklaring
document-kind-dpa = Verwerkersovereenkomst
document-kind-terms = Voorwaarden
document-kind-other = Document
company-documents-heading = Documenten
# Vóór een link naar de lijst van subverwerkers van het bedrijf, wanneer een verklaring daar haar ontvangers vermeldt.
processors-listed-in = De ontvangers staan vermeld in:
# De eerste link van de navigatie van een document (die van de privacyverklaring luidt ‘Geldende versie’).
nav-current-document = Geldende versie

## Cookies en vergelijkbare technieken

nav-cookies = Cookies
cookies-title = Cookies en vergelijkbare technieken
cookies-heading = Cookies en vergelijkbare technieken
cookies-intro = { $count ->
    [one] Vanaf { $date } wordt één cookie of vergelijkbare techniek vermeld.
   *[other] Vanaf { $date } worden { $count } cookies en vergelijkbare technieken vermeld.
}
cookies-none = Deze versie vermeldt geen cookies.
cookies-caption = Cookies en vergelijkbare technieken van { $company }
cookies-upcoming-heading = Komende wijzigingen
cookie-name = Naam
cookie-purpose = Doel
cookie-duration = Bewaartermijn
cookie-provider = Geplaatst door
cookie-category-necessary = Strikt noodzakelijk
cookie-category-preferences = Voorkeuren
cookie-category-statistics = Statistieken
cookie-category-marketing = Marketing
cookie-category-unstated = Categorie niet vermeld
cookie-category-necessary-description = Opslag die strikt noodzakelijk is voor een dienst waarom u vraagt, vereist geen toestemming (art. 5 lid 3 e-privacyrichtlijn).
cookie-category-consent-description = Vereisen uw toestemming voordat ze worden geplaatst (art. 5 lid 3 e-privacyrichtlijn).
cookie-party-first = eerste partij
cookie-party-third = derde partij
cookie-type-cookie = cookie
cookie-type-local-storage = lokale opslag
cookie-type-session-storage = sessieopslag
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
duration-session = tot de browser wordt gesloten
duration-years = { $count ->
    [one] { $count } jaar
   *[other] { $count } jaar
}
duration-months = { $count ->
    [one] { $count } maand
   *[other] { $count } maanden
}
duration-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weken
}
duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
duration-hours = { $count ->
    [one] { $count } uur
   *[other] { $count } uur
}
duration-minutes = { $count ->
    [one] { $count } minuut
   *[other] { $count } minuten
}
duration-seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } seconden
}

## Wijzigingen in cookies, weergegeven als feiten

diff-cookies-heading = Cookies
diff-count-cookies-added = { $count ->
    [one] één cookie toegevoegd
   *[other] { $count } cookies toegevoegd
}
diff-count-cookies-removed = { $count ->
    [one] één cookie verwijderd
   *[other] { $count } cookies verwijderd
}
diff-count-cookies-changed = { $count ->
    [one] één cookie gewijzigd
   *[other] { $count } cookies gewijzigd
}
change-cookie-added = Nieuwe cookie { $name } ({ $category }) van { $provider }, bewaartermijn: { $duration }.
change-cookie-added-unstated-provider = Nieuwe cookie { $name } ({ $category }), bewaartermijn: { $duration }; door wie de cookie wordt geplaatst, is niet vermeld.
change-cookie-removed = { $name } wordt niet meer gebruikt.
change-cookie-provider = { $name } wordt nu geplaatst door { $new } (voorheen: { $old }).
change-cookie-category = { $name } valt nu in de categorie ‘{ $new }’ (voorheen: ‘{ $old }’).
change-cookie-duration = { $name }: bewaartermijn gewijzigd (voorheen: { $old }; nu: { $new }).
change-cookie-party = { $name }: soort partij die de cookie plaatst gewijzigd (voorheen: { $old }; nu: { $new }).
change-cookie-purpose = Het doel van { $name } is nu: { $new } (voorheen: { $old }).
change-cookie-countries = { $name }: plaats van verwerking gewijzigd (voorheen: { $old }; nu: { $new }).
change-cookie-safeguard = { $name }: de waarborg bij doorgifte is gewijzigd van ‘{ $old }’ in ‘{ $new }’.
reason-cookie-added = cookie { $name } ({ $category }) toegevoegd
reason-cookie-needs-consent = cookie { $name } valt nu in de categorie ‘{ $category }’ en vereist toestemming
reason-cookie-kept-longer = bewaartermijn van cookie { $name } verlengd van ‘{ $old }’ naar ‘{ $new }’
reason-cookie-country-outside-eea = cookie { $name } wordt nu verwerkt in { $country }, buiten de EER

## Kennisgevingen van wijziging van een ander document dan de privacyverklaring

notice-email-subject-document = { $company }: ‘{ $document }’ wijzigt op { $date }
notice-email-intro-document = { $company } wijzigt ‘{ $document }’. De nieuwe versie treedt op { $date } in werking.
