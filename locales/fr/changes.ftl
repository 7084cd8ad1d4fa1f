### Modifications : pages de comparaison, journaux des modifications et flux (français).

diff-title = Modifications au { $date }
diff-compared = Comparaison avec la version en vigueur à compter du { $old }.
diff-read-old = Version antérieure
diff-read-new = Cette version
diff-summary-heading = Résumé
diff-legend = Signalé dans le texte :
diff-legend-inserted = ajouté
diff-legend-deleted = supprimé
diff-coarse = Certaines modifications étaient trop importantes pour être signalées mot à mot : elles sont présentées comme des passages entiers supprimés et ajoutés.
diff-policy-title = Titre de la politique
diff-intro = Introduction
diff-status-unchanged = inchangé
diff-status-added = nouveau
diff-status-removed = supprimé
diff-status-changed = modifié
# What a diff page says of a section beyond its words.
diff-note-moved = Cette section a changé de place.
diff-note-was = Anciennement la section « { $title } ».
diff-note-split-from = Détachée de la section « { $title } ».
diff-note-promoted = Anciennement une sous-section de « { $title } », désormais une section à part entière.
diff-note-split-into = Une partie de cette section est désormais la section « { $title } ».
diff-note-merged-from = Comprend désormais le texte de la section « { $title } ».
diff-note-merged-into = Fusionnée avec la section « { $title } ».
diff-note-demoted-into = Désormais une sous-section de la section « { $title } ».
# Lu par les lecteurs d’écran autour de chaque modification.
diff-inserted = ajout
diff-deleted = suppression
diff-end = {""}

diff-count-none = Aucune modification du texte ni des destinataires.
diff-count-processors-added = { $count ->
    [one] { $count } destinataire ajouté
    [many] { $count } de destinataires ajoutés
   *[other] { $count } destinataires ajoutés
}
diff-count-processors-removed = { $count ->
    [one] { $count } destinataire qui n’est plus mentionné
    [many] { $count } de destinataires qui ne sont plus mentionnés
   *[other] { $count } destinataires qui ne sont plus mentionnés
}
diff-count-processors-changed = { $count ->
    [one] { $count } destinataire modifié
    [many] { $count } de destinataires modifiés
   *[other] { $count } destinataires modifiés
}
diff-count-sections-added = { $count ->
    [one] { $count } section ajoutée
    [many] { $count } de sections ajoutées
   *[other] { $count } sections ajoutées
}
diff-count-sections-removed = { $count ->
    [one] { $count } section supprimée
    [many] { $count } de sections supprimées
   *[other] { $count } sections supprimées
}
diff-count-sections-changed = { $count ->
    [one] { $count } section modifiée
    [many] { $count } de sections modifiées
   *[other] { $count } sections modifiées
}
diff-count-purposes-added = { $count ->
    [one] { $count } finalité ajoutée
    [many] { $count } de finalités ajoutées
   *[other] { $count } finalités ajoutées
}
diff-count-purposes-removed = { $count ->
    [one] { $count } finalité supprimée
    [many] { $count } de finalités supprimées
   *[other] { $count } finalités supprimées
}
diff-count-purposes-changed = { $count ->
    [one] { $count } finalité modifiée
    [many] { $count } de finalités modifiées
   *[other] { $count } finalités modifiées
}
diff-count-title-changed = titre modifié
diff-count-intro-changed = introduction modifiée

diff-processor-added = { $name } a été ajouté comme destinataire. { $details }
diff-processor-where = Pays de traitement des données : { $countries }.
diff-processor-safeguard = Garantie du transfert : { $safeguard }.
diff-processor-removed = { $name } n’est plus mentionné comme destinataire.
diff-processor-safeguard-changed = { $name } : la garantie du transfert est passée de « { $old } » à « { $new } ».
diff-processor-headquarters-changed = { $name } : nouvel établissement : { $new } (auparavant : { $old }).
diff-processor-purpose-changed = { $name } : la finalité est passée de « { $old } » à « { $new } ».
diff-processor-data-changed = { $name } : les données à caractère personnel communiquées sont passées de « { $old } » à « { $new } ».
safeguard-none = aucune indiquée

processors-log-heading = Journal des modifications
exports-label = Formats lisibles par machine :
feed-subscribe = Flux Atom
feed-title = { $company } : modifications de la politique de confidentialité
site-feed-title = Toutes les modifications des politiques de confidentialité
subscribe-heading = Suivre les modifications
subscribe-feed = Les nouvelles versions sont annoncées dans le flux :
subscribe-email-label = Adresse e-mail
subscribe-button = S’abonner
feed-entry-title = Nouvelle version en vigueur à compter du { $date }
feed-entry-upcoming = Nouvelle version entrant en vigueur le { $date }
feed-read-policy = Lire la politique

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = non précisé
diff-processor-where-unstated = Le lieu du traitement des données n’est pas précisé.
diff-processor-renamed = { $old } s’appelle désormais { $new }.
diff-processor-role-changed = { $name } : le rôle est passé de { $old } à { $new }.
diff-processor-countries-changed = { $name } : lieu du traitement modifié (auparavant : { $old } ; désormais : { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Annoncée le { $announced } · entre en vigueur le { $date }
notice-objection-deadline = Les clients peuvent s’opposer à cette modification jusqu’au { $deadline }.
notice-class-material = Modification substantielle
notice-class-editorial = Modification rédactionnelle
notice-reference-upcoming = Le texte de référence ({ $language }) a une nouvelle version qui entre en vigueur le { $date } ; cette traduction ne l’intègre pas encore.
notice-email-subject = { $company } : notre politique de confidentialité change le { $date }
notice-email-intro = { $company } modifie sa politique de confidentialité. La nouvelle version entre en vigueur le { $date }.
notice-email-added = Destinataires ajoutés
notice-email-removed = Destinataires supprimés
notice-email-renamed = Destinataires renommés
notice-email-changed = Destinataires modifiés
notice-email-col-name = Destinataire
notice-email-col-location = Lieu du traitement des données
notice-email-col-safeguard = Garantie du transfert
notice-email-objection = Vous pouvez vous opposer à cette modification jusqu’au { $deadline }.
notice-email-objection-contact = Pour vous y opposer, écrivez à { $contact }.
notice-email-diff = Ce qui a changé, mot à mot :
notice-email-policy = La nouvelle version :

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Catégorie de modification
notice-facts-announced = Annonce
notice-facts-effective = Entrée en vigueur
notice-facts-deadline = Date limite d’opposition
notice-facts-object = Comment s’opposer
notice-facts-changes = Destinataires concernés

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Catégorie attribuée par ce site d’après les différences entre les deux versions : { $reasons }.
notice-class-computed-none = Catégorie attribuée par ce site : les différences entre les deux versions ne modifient aucun destinataire, transfert, finalité, base juridique ni durée de conservation.
notice-class-declared = Catégorie fixée par les éditeurs de ce site, et non calculée à partir des différences.
notice-object-write = Écrivez à { $email }
notice-object-page = La page d’opposition de l’entreprise
notice-email-objection-page = Pour vous y opposer, utilisez { $contact }
notice-email-col-purpose = Finalité
notice-email-col-data = Données
diff-processor-purpose = Finalité : { $purpose }.
diff-processor-data = Données : { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = destinataire { $name } ajouté
reason-country-outside-eea = { $name } traite désormais des données hors de l’EEE : { $country }
reason-safeguard-weakened = la garantie du transfert vers { $name } est passée de « { $old } » à « { $new } »
reason-purpose-added = finalité « { $purpose } » ajoutée
reason-legal-basis-changed = la base juridique de la finalité « { $purpose } » a changé
reason-retention-changed = la section sur la durée de conservation des données a changé
reason-section-changed = la section { $section } sur les destinataires, les transferts ou les finalités a changé
reason-table-row-added = un tableau de la section « { $section } » a une nouvelle ligne : { $row }
reason-table-row-changed = une ligne de tableau de la section « { $section } » se lit désormais : { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Ajouté : { $names }
import-summary-removed = Retiré : { $names }
import-summary-renamed = { $old } s'appelle désormais { $new }
import-summary-places-first = { $name } – lieux de traitement : { $places }
import-summary-places-added = { $name } – nouveaux lieux de traitement : { $places }
import-summary-places-removed = { $name } – lieux de traitement qui ne sont plus indiqués : { $places }
import-summary-places-changed = { $name } – lieux de traitement : { $places } (auparavant : { $old })
import-summary-purpose = { $name } a une nouvelle finalité
import-summary-section-added = Nouvelle section { $title }
import-summary-section-removed = Section { $title } supprimée
import-summary-reworded = Reformulé : { $titles }
import-summary-intro = Introduction reformulée
import-summary-quoted = « { $title } »

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Rectificatif : { $subject }
notice-email-correction-intro = Le présent avis rectifie un avis que nous vous avons envoyé précédemment au sujet de la même modification : le texte a été modifié depuis. Veuillez lire le présent avis à la place du précédent.
