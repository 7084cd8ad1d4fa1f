## Alte documente ale unei companii, alături de politica de confidențialitate

documents-nav-label = Documente publicate de { $company }
# Când un document nu există în limba cititorului: limba în care se deschide.
document-in-language = (în { $language })
document-kind-privacy = Politica de confidențialitate
document-kind-subprocessors = Subcontractanți ai persoanei împuternicite
document-kind-cookies = Declarație privind cookie-urile
document-kind-dpa = Acord privind prelucrarea datelor
document-kind-terms = Termeni și condiții
document-kind-other = Document
company-documents-heading = Documente
# Înaintea unui link către lista subcontractanților societății, atunci când o notă de informare își enumeră acolo destinatarii.
processors-listed-in = Destinatarii sunt enumerați în:
# Primul link din navigarea unui document (cel al politicii este „Politica în vigoare”).
nav-current-document = Versiunea în vigoare

## Cookie-uri și tehnologii de stocare similare

nav-cookies = Cookie-uri
cookies-title = Cookie-uri și tehnologii de stocare similare
cookies-heading = Cookie-uri și tehnologii de stocare similare
cookies-intro = { $count ->
    [one] De la { $date } este declarat un cookie sau o tehnologie de stocare similară.
    [few] De la { $date } sunt declarate { $count } cookie-uri și tehnologii de stocare similare.
   *[other] De la { $date } sunt declarate { $count } de cookie-uri și tehnologii de stocare similare.
}
cookies-none = Această versiune nu declară niciun cookie.
cookies-caption = Cookie-uri și tehnologii de stocare similare folosite de { $company }
cookies-upcoming-heading = Modificări viitoare
cookie-name = Denumire
cookie-purpose = Scop
cookie-duration = Durata stocării
cookie-provider = Plasat de
cookie-category-necessary = Strict necesare
cookie-category-preferences = Preferințe
cookie-category-statistics = Statistici
cookie-category-marketing = Marketing
cookie-category-unstated = Categorie neprecizată
cookie-category-necessary-description = Stocarea strict necesară pentru un serviciu solicitat de dumneavoastră nu necesită consimțământ (art. 5 alin. (3) din Directiva asupra confidențialității și comunicațiilor electronice).
cookie-category-consent-description = Necesită consimțământul dumneavoastră înainte de a fi plasate (art. 5 alin. (3) din Directiva asupra confidențialității și comunicațiilor electronice).
cookie-party-first = primă parte
cookie-party-third = terță parte
cookie-type-cookie = cookie
cookie-type-local-storage = stocare locală
cookie-type-session-storage = stocare de sesiune
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
duration-session = până la închiderea browserului
duration-years = { $count ->
    [one] { $count } an
    [few] { $count } ani
   *[other] { $count } de ani
}
duration-months = { $count ->
    [one] { $count } lună
    [few] { $count } luni
   *[other] { $count } de luni
}
duration-weeks = { $count ->
    [one] { $count } săptămână
    [few] { $count } săptămâni
   *[other] { $count } de săptămâni
}
duration-days = { $count ->
    [one] { $count } zi
    [few] { $count } zile
   *[other] { $count } de zile
}
duration-hours = { $count ->
    [one] { $count } oră
    [few] { $count } ore
   *[other] { $count } de ore
}
duration-minutes = { $count ->
    [one] { $count } minut
    [few] { $count } minute
   *[other] { $count } de minute
}
duration-seconds = { $count ->
    [one] { $count } secundă
    [few] { $count } secunde
   *[other] { $count } de secunde
}

## Modificări ale cookie-urilor, prezentate ca fapte

diff-cookies-heading = Cookie-uri
diff-count-cookies-added = { $count ->
    [one] un cookie adăugat
    [few] { $count } cookie-uri adăugate
   *[other] { $count } de cookie-uri adăugate
}
diff-count-cookies-removed = { $count ->
    [one] un cookie eliminat
    [few] { $count } cookie-uri eliminate
   *[other] { $count } de cookie-uri eliminate
}
diff-count-cookies-changed = { $count ->
    [one] un cookie modificat
    [few] { $count } cookie-uri modificate
   *[other] { $count } de cookie-uri modificate
}
change-cookie-added = Cookie nou { $name } ({ $category }), plasat de { $provider }, durata stocării: { $duration }.
change-cookie-added-unstated-provider = Cookie nou { $name } ({ $category }), durata stocării: { $duration }; nu se precizează cine îl plasează.
change-cookie-removed = { $name } nu mai este utilizat.
change-cookie-provider = { $name } este plasat acum de { $new } (înainte: { $old }).
change-cookie-category = { $name } face parte acum din categoria „{ $new }” (înainte: „{ $old }”).
change-cookie-duration = { $name }: durata stocării s-a schimbat (înainte: { $old }; acum: { $new }).
change-cookie-party = { $name }: partea care plasează cookie-ul s-a schimbat (înainte: { $old }; acum: { $new }).
change-cookie-purpose = Scopul cookie-ului { $name } este acum: { $new } (înainte: { $old }).
change-cookie-countries = { $name }: locul prelucrării s-a schimbat (înainte: { $old }; acum: { $new }).
change-cookie-safeguard = { $name }: garanția pentru transfer s-a schimbat din „{ $old }” în „{ $new }”.
reason-cookie-added = a fost adăugat cookie-ul { $name } ({ $category })
reason-cookie-needs-consent = cookie-ul { $name } face parte acum din categoria „{ $category }” și necesită consimțământ
reason-cookie-kept-longer = durata stocării cookie-ului { $name } a crescut de la „{ $old }” la „{ $new }”
reason-cookie-country-outside-eea = cookie-ul { $name } este prelucrat acum în afara SEE ({ $country })

## Notificări privind modificarea unui alt document decât politica de confidențialitate

notice-email-subject-document = { $company }: „{ $document }” se modifică la data de { $date }
notice-email-intro-document = { $company } modifică „{ $document }”. Noua versiune intră în vigoare la data de { $date }.
