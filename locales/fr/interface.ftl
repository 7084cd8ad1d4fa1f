### Textes de l’interface du thème par défaut : français.
### Un site peut remplacer chaque message dans ses propres fichiers locales/fr/*.ftl. Y définir
### `site-title` pour traduire le titre figurant dans site.toml.
### Les dates, les noms de mois et les noms de langues proviennent d’Unicode CLDR.

## Dates : fournies par Unicode CLDR (aucun message ici)

## Cadre de la page
skip-to-content = Aller au contenu
language-switcher = Langue
footer-published = Publié avec privsite.
policy-navigation = Cette politique
nav-current = Politique en vigueur
nav-history = Historique des versions
nav-processors = Destinataires

## Avis
notice-past-title = Version antérieure.
notice-past = Cette version était en vigueur du { $from } au { $until } inclus.
notice-read-current = Lire la version en vigueur.
notice-upcoming-title = Version à venir.
notice-upcoming = Cette version entre en vigueur le { $date }. D’ici là, la version actuelle reste applicable.
notice-new-version-title = Une nouvelle version va entrer en vigueur.
notice-new-version = Une politique mise à jour entre en vigueur le { $date }.
notice-read-upcoming = Lire la nouvelle version.
notice-stale-title = Cette traduction n’est pas à jour.
notice-stale = La version en { $reference } a été modifiée le { $since } et cette traduction n’a pas encore été mise à jour.
notice-read-reference = Lire la version en { $reference }.
no-revision-in-force = Aucune version de cette politique n’est encore en vigueur.

## La politique
in-force-from = En vigueur à compter du { $date }
takes-effect = Entre en vigueur le { $date }
all-versions = Toutes les versions
what-changed = Modifications
contents = Sommaire
purposes-heading = Finalités et bases juridiques
processors-heading = Destinataires des données à caractère personnel
processors-caption = Sous-traitants et autres destinataires des données à caractère personnel de { $company }
processors-more = Évolution des destinataires
legal-basis-label = { $count ->
    [one] Base juridique :
    [many] Bases juridiques :
   *[other] Bases juridiques :
}
legitimate-interest-label = Intérêt légitime poursuivi :
version-footer = Ceci est la version en vigueur à compter du { $date }.
permalink = Lien permanent vers cette version

## Responsable du traitement
controller-heading = Responsable du traitement
controller-name = Nom
controller-org-number = Numéro d’immatriculation
controller-address = Adresse
controller-email = Courriel
controller-phone = Téléphone
controller-website = Site web
controller-dpo = Délégué à la protection des données
controller-authority = Autorité de contrôle
not-stated = Non précisé dans cette politique

## Tableau des destinataires
processor-name = Destinataire
processor-purpose = Finalité
processor-data = Données à caractère personnel
processor-since = Depuis
processor-removed-on = Plus mentionné depuis
processor-headquarters = Établissement : { $country }
outside-eea = hors de l’EEE
safeguard-missing = Aucune indiquée

## Historique
history-title = Historique des versions
history-intro = { $count ->
    [one] Cette politique compte une seule version.
    [many] Cette politique compte { $count } de versions, de la plus récente à la plus ancienne.
   *[other] Cette politique compte { $count } versions, de la plus récente à la plus ancienne.
}
status-current = En vigueur
status-past = Version antérieure
status-upcoming = À venir

## Page des sous-traitants
processors-title = Destinataires des données à caractère personnel
processors-intro = { $count ->
    [0] La version en vigueur à compter du { $date } ne répertorie aucun destinataire.
    [one] La version en vigueur à compter du { $date } mentionne un destinataire de données à caractère personnel.
    [many] La version en vigueur à compter du { $date } mentionne { $count } de destinataires de données à caractère personnel.
   *[other] La version en vigueur à compter du { $date } mentionne { $count } destinataires de données à caractère personnel.
}
processors-upcoming-heading = Modifications à venir
processors-removed-heading = Destinataires qui ne sont plus mentionnés
processors-removed-caption = Destinataires mentionnés dans des versions antérieures mais pas dans la version en vigueur

## Pages du site
index-intro = Politiques de confidentialité, chacune avec les versions que conserve ce site.
company-choose-language = Choisissez une langue :
not-found-title = Page introuvable
not-found-text = Aucune page n’existe à cette adresse. La politique a peut-être été déplacée, ou le lien comporte une faute de frappe.
not-found-home = Toutes les politiques de confidentialité

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Lieu du traitement et garantie
location-within-eea = Dans l’EEE
region-eu = Union européenne
region-eea = Espace économique européen
processor-formerly = Anciennement : { $names }
processor-since-date = Depuis le { $date }
group-purpose = Finalité : { $purpose }
# Art. 4, point 8), et art. 28 du RGPD : « sous-traitant »
role-processor = Sous-traitant
# Art. 4, point 7), du RGPD : « responsable du traitement » ; ici, qui détermine seul les finalités et les moyens
role-controller = Responsable du traitement indépendant
# Art. 26 du RGPD : « responsables conjoints du traitement »
role-joint-controller = Responsable conjoint du traitement
# Art. 4, point 19), du RGPD : « groupe d’entreprises »
role-affiliate = Entreprise du même groupe
processors-in-prose = La version en vigueur à compter du { $date } décrit ses destinataires dans le texte plutôt que dans un tableau :
translation-notice-title = Traduction.
translation-notice = Ce texte est une traduction réalisée pour ce site. Langue d’origine : { $language } ; l’entreprise a publié le texte dans cette langue.
translation-read-original = Lire l’original ({ $language }).
print-address = Adresse permanente de cette version :
print-address-page = Adresse de cette page :

## The site's voice, apart from the company's.
translation-notice-company = Ce texte est la propre traduction de l’entreprise. Langue d’origine : { $language }.
archived-notice-title = Copie archivée.
archived-notice = Voici le texte tel qu’il a été publié le { $date }, conservé pour mémoire. Il n’est pas affirmé qu’il soit en vigueur aujourd’hui.
status-archived = Copie archivée
date-note-label = Date choisie par ce site :
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Correction apportée après publication :
summary-by-site = Résumé rédigé pour ce site :

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Les titres et libellés de cette page sont en anglais : ils n’ont pas encore été traduits dans la langue de cette politique.
