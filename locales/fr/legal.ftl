### Bases juridiques du traitement (art. 6, paragraphe 1, du RGPD) et garanties
### des transferts vers des pays tiers (chapitre V du RGPD) : intitulés courts,
### références aux articles et descriptions en langage clair.

## Bases juridiques (art. 6, paragraphe 1, du RGPD)

# Art. 6, paragraphe 1, point a), du RGPD, texte officiel français : « la personne concernée a consenti au traitement »
legal-basis-consent = Consentement
legal-basis-consent-ref = art. 6, paragraphe 1, point a), du RGPD
# Art. 6, paragraphe 1, point b) : « nécessaire à l’exécution d’un contrat auquel la personne concernée est partie »
legal-basis-contract = Exécution d’un contrat
legal-basis-contract-ref = art. 6, paragraphe 1, point b), du RGPD
# Art. 6, paragraphe 1, point c) : « nécessaire au respect d’une obligation légale à laquelle le responsable du traitement est soumis »
legal-basis-legal-obligation = Respect d’une obligation légale
legal-basis-legal-obligation-ref = art. 6, paragraphe 1, point c), du RGPD
# Art. 6, paragraphe 1, point d) : « nécessaire à la sauvegarde des intérêts vitaux de la personne concernée ou d’une autre personne physique »
legal-basis-vital-interests = Sauvegarde des intérêts vitaux
legal-basis-vital-interests-ref = art. 6, paragraphe 1, point d), du RGPD
# Art. 6, paragraphe 1, point e) : « nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique »
legal-basis-public-task = Mission d’intérêt public ou exercice de l’autorité publique
legal-basis-public-task-ref = art. 6, paragraphe 1, point e), du RGPD
# Art. 6, paragraphe 1, point f) : « nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement ou par un tiers »
legal-basis-legitimate-interests = Intérêts légitimes
legal-basis-legitimate-interests-ref = art. 6, paragraphe 1, point f), du RGPD

## Garanties des transferts (art. 45 à 49 du RGPD)

# Art. 45 du RGPD : « Transferts fondés sur une décision d’adéquation »
safeguard-adequacy = Décision d’adéquation
safeguard-adequacy-description = La Commission européenne a constaté que le pays qui reçoit vos données assure un niveau de protection des données à caractère personnel essentiellement équivalent à celui garanti dans l’Union européenne.
# Art. 46, paragraphe 2, point c), du RGPD : « des clauses types de protection des données adoptées par la Commission »
safeguard-scc = Clauses types de protection des données
safeguard-scc-description = Nous avons conclu avec le destinataire des clauses contractuelles approuvées par la Commission européenne, qui l’obligent à protéger vos données à caractère personnel conformément aux exigences de l’Union.
# Art. 47 du RGPD : « Règles d’entreprise contraignantes »
safeguard-bcr = Règles d’entreprise contraignantes
safeguard-bcr-description = Le destinataire appartient à un groupe d’entreprises dont les règles internes de protection des données ont été approuvées par une autorité de protection des données de l’Union et s’imposent à chaque entreprise du groupe.
# Décision d’exécution (UE) 2023/1795 de la Commission du 10 juillet 2023 : « cadre de protection des données UE-États-Unis »
safeguard-dpf = Cadre de protection des données UE-États-Unis
safeguard-dpf-description = Le destinataire établi aux États-Unis est certifié au titre du cadre de protection des données UE-États-Unis, dont la Commission européenne a reconnu qu’il assure une protection adéquate de vos données.
# Art. 49 du RGPD : « Dérogations pour des situations particulières »
safeguard-derogation = Dérogation (art. 49 du RGPD)
safeguard-derogation-description = Aucune autre garantie ne s’applique : le transfert repose donc sur l’une des dérogations strictement encadrées de l’article 49 du RGPD, par exemple votre consentement explicite ou la nécessité d’exécuter un contrat conclu avec vous.

## Droits de la personne concernée (art. 7, paragraphe 3, art. 15 à 22 et art. 77 du RGPD)

# Art. 15 du RGPD : « Droit d’accès de la personne concernée »
right-access = Droit d’accès
right-access-ref = art. 15 du RGPD
# Art. 16 du RGPD : « Droit de rectification »
right-rectification = Droit de rectification
right-rectification-ref = art. 16 du RGPD
# Art. 17 du RGPD : « Droit à l’effacement (“droit à l’oubli”) »
right-erasure = Droit à l’effacement
right-erasure-ref = art. 17 du RGPD
# Art. 18 du RGPD : « Droit à la limitation du traitement »
right-restriction = Droit à la limitation du traitement
right-restriction-ref = art. 18 du RGPD
# Art. 20 du RGPD : « Droit à la portabilité des données »
right-portability = Droit à la portabilité des données
right-portability-ref = art. 20 du RGPD
# Art. 21 du RGPD : « Droit d’opposition »
right-objection = Droit d’opposition
right-objection-ref = art. 21 du RGPD
# Art. 22, paragraphe 1, du RGPD : « le droit de ne pas faire l’objet d’une décision fondée exclusivement
# sur un traitement automatisé, y compris le profilage »
right-automated-decisions = Droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé
right-automated-decisions-ref = art. 22 du RGPD
# Art. 7, paragraphe 3, du RGPD : « le droit de retirer son consentement à tout moment »
right-withdraw-consent = Droit de retirer son consentement
right-withdraw-consent-ref = art. 7, paragraphe 3, du RGPD
# Art. 77 du RGPD : « Droit d’introduire une réclamation auprès d’une autorité de contrôle »
right-complaint = Droit d’introduire une réclamation auprès d’une autorité de contrôle
right-complaint-ref = art. 77 du RGPD
