## Autres documents d’une entreprise, à côté de sa politique de confidentialité

documents-nav-label = Documents de { $company }
# Lorsqu’un document n’existe pas dans la langue du lecteur : la langue dans laquelle il s’ouvre.
document-in-language = (en { $language })
document-kind-privacy = Politique de confidentialité
document-kind-subprocessors = Sous-traitants ultérieurs
document-kind-cookies = Déclaration relative aux cookies
document-kind-dpa = Contrat de sous-traitance
document-kind-terms = Conditions générales
document-kind-other = Document
company-documents-heading = Documents
# Avant un lien vers la liste des sous-traitants ultérieurs de l’entreprise, lorsqu’une politique y énumère ses destinataires.
processors-listed-in = Les destinataires figurent dans :
# Le premier lien de la navigation d’un document (celui de la politique indique « Politique en vigueur »).
nav-current-document = Version en vigueur

## Cookies et autres traceurs

nav-cookies = Cookies
cookies-title = Cookies et autres traceurs
cookies-heading = Cookies et autres traceurs
cookies-intro = { $count ->
    [one] { $count } cookie ou autre traceur est déclaré à compter du { $date }.
    [many] { $count } de cookies et autres traceurs sont déclarés à compter du { $date }.
   *[other] { $count } cookies et autres traceurs sont déclarés à compter du { $date }.
}
cookies-none = Cette version ne déclare aucun cookie.
cookies-caption = Cookies et autres traceurs de { $company }
cookies-upcoming-heading = Modifications à venir
cookie-name = Nom
cookie-purpose = Finalité
cookie-duration = Durée de conservation
cookie-provider = Déposé par
cookie-category-necessary = Strictement nécessaires
cookie-category-preferences = Préférences
cookie-category-statistics = Statistiques
cookie-category-marketing = Marketing
cookie-category-unstated = Catégorie non précisée
cookie-category-necessary-description = Le stockage strictement nécessaire à un service que vous demandez ne requiert pas de consentement (art. 5, paragraphe 3, de la directive « vie privée et communications électroniques »).
cookie-category-consent-description = Requièrent votre consentement avant d’être déposés (art. 5, paragraphe 3, de la directive « vie privée et communications électroniques »).
cookie-party-first = propriétaire
cookie-party-third = tiers
cookie-type-cookie = cookie
cookie-type-local-storage = stockage local
cookie-type-session-storage = stockage de session
cookie-type-pixel = pixel
cookie-type-indexeddb = IndexedDB
duration-session = jusqu’à la fermeture du navigateur
duration-years = { $count ->
    [one] { $count } an
    [many] { $count } d’années
   *[other] { $count } ans
}
duration-months = { $count ->
    [one] { $count } mois
    [many] { $count } de mois
   *[other] { $count } mois
}
duration-weeks = { $count ->
    [one] { $count } semaine
    [many] { $count } de semaines
   *[other] { $count } semaines
}
duration-days = { $count ->
    [one] { $count } jour
    [many] { $count } de jours
   *[other] { $count } jours
}
duration-hours = { $count ->
    [one] { $count } heure
    [many] { $count } d’heures
   *[other] { $count } heures
}
duration-minutes = { $count ->
    [one] { $count } minute
    [many] { $count } de minutes
   *[other] { $count } minutes
}
duration-seconds = { $count ->
    [one] { $count } seconde
    [many] { $count } de secondes
   *[other] { $count } secondes
}

## Modifications des cookies, présentées comme des faits

diff-cookies-heading = Cookies
diff-count-cookies-added = { $count ->
    [one] { $count } cookie ajouté
    [many] { $count } de cookies ajoutés
   *[other] { $count } cookies ajoutés
}
diff-count-cookies-removed = { $count ->
    [one] { $count } cookie supprimé
    [many] { $count } de cookies supprimés
   *[other] { $count } cookies supprimés
}
diff-count-cookies-changed = { $count ->
    [one] { $count } cookie modifié
    [many] { $count } de cookies modifiés
   *[other] { $count } cookies modifiés
}
change-cookie-added = Nouveau cookie { $name } ({ $category }) déposé par { $provider }, durée de conservation : { $duration }.
change-cookie-added-unstated-provider = Nouveau cookie { $name } ({ $category }), durée de conservation : { $duration } ; l’émetteur n’est pas précisé.
change-cookie-removed = { $name } n’est plus utilisé.
change-cookie-provider = { $name } est désormais déposé par { $new } (auparavant : { $old }).
change-cookie-category = { $name } relève désormais de la catégorie « { $new } » (auparavant : « { $old } »).
change-cookie-duration = { $name } : durée de conservation modifiée (auparavant : { $old } ; désormais : { $new }).
change-cookie-party = { $name } est désormais un cookie { $new } (auparavant : { $old }).
change-cookie-purpose = La finalité de { $name } est désormais : { $new } (auparavant : { $old }).
change-cookie-countries = { $name } : lieu du traitement modifié (auparavant : { $old } ; désormais : { $new }).
change-cookie-safeguard = { $name } : la garantie du transfert est passée de « { $old } » à « { $new } ».
reason-cookie-added = cookie { $name } ({ $category }) ajouté
reason-cookie-needs-consent = le cookie { $name } relève désormais de la catégorie « { $category } » et requiert un consentement
reason-cookie-kept-longer = durée de conservation du cookie { $name } allongée de « { $old } » à « { $new } »
reason-cookie-country-outside-eea = le cookie { $name } est désormais traité hors de l’EEE : { $country }

## Avis de modification d’un document autre que la politique de confidentialité

notice-email-subject-document = { $company } : « { $document } » change le { $date }
notice-email-intro-document = { $company } modifie « { $document } ». La nouvelle version entre en vigueur le { $date }.
