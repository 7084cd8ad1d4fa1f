### Legal bases for processing (GDPR Art. 6(1)) and safeguards for transfers
### to third countries (GDPR Chapter V): short labels, article references and
### plain-language descriptions.

## Legal bases (GDPR Art. 6(1))

legal-basis-consent = Consent
legal-basis-consent-ref = GDPR Art. 6(1)(a)
legal-basis-contract = Performance of a contract
legal-basis-contract-ref = GDPR Art. 6(1)(b)
legal-basis-legal-obligation = Legal obligation
legal-basis-legal-obligation-ref = GDPR Art. 6(1)(c)
legal-basis-vital-interests = Vital interests
legal-basis-vital-interests-ref = GDPR Art. 6(1)(d)
legal-basis-public-task = Public task
legal-basis-public-task-ref = GDPR Art. 6(1)(e)
legal-basis-legitimate-interests = Legitimate interests
legal-basis-legitimate-interests-ref = GDPR Art. 6(1)(f)

## Transfer safeguards (GDPR Art. 45–49)

safeguard-adequacy = Adequacy decision
safeguard-adequacy-description = The European Commission has decided that the country receiving your data protects personal data to a standard essentially equivalent to that in the EU.
# Art. 46(2)(c): "standard data protection clauses adopted by the Commission"
safeguard-scc = Standard data protection clauses
safeguard-scc-description = We have agreed contract terms with the recipient, approved by the European Commission, that oblige it to protect your personal data to EU standards.
safeguard-bcr = Binding corporate rules
safeguard-bcr-description = The recipient belongs to a group of companies whose internal data protection rules have been approved by an EU data protection authority and bind every company in the group.
safeguard-dpf = EU–US Data Privacy Framework
safeguard-dpf-description = The recipient in the United States has certified under the EU–US Data Privacy Framework, which the European Commission has recognised as protecting your data adequately.
safeguard-derogation = Derogation (Art. 49)
safeguard-derogation-description = No other safeguard applies, so the transfer relies on one of the narrow exceptions in Article 49 of the GDPR, such as your explicit consent or the need to perform a contract with you.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# GDPR Art. 15, official English text: "Right of access by the data subject"
right-access = Right of access
right-access-ref = GDPR Art. 15
# GDPR Art. 16, official English text: "Right to rectification"
right-rectification = Right to rectification
right-rectification-ref = GDPR Art. 16
# GDPR Art. 17, official English text: "Right to erasure ('right to be forgotten')"
right-erasure = Right to erasure
right-erasure-ref = GDPR Art. 17
# GDPR Art. 18, official English text: "Right to restriction of processing"
right-restriction = Right to restriction of processing
right-restriction-ref = GDPR Art. 18
# GDPR Art. 20, official English text: "Right to data portability"
right-portability = Right to data portability
right-portability-ref = GDPR Art. 20
# GDPR Art. 21, official English text: "Right to object"
right-objection = Right to object
right-objection-ref = GDPR Art. 21
# GDPR Art. 22(1), official English text: "the right not to be subject to a decision based
# solely on automated processing, including profiling"
right-automated-decisions = Right not to be subject to a decision based solely on automated processing
right-automated-decisions-ref = GDPR Art. 22
# GDPR Art. 7(3), official English text: "the right to withdraw his or her consent at any time"
right-withdraw-consent = Right to withdraw consent
right-withdraw-consent-ref = GDPR Art. 7(3)
# GDPR Art. 77, official English text: "Right to lodge a complaint with a supervisory authority"
right-complaint = Right to lodge a complaint with a supervisory authority
right-complaint-ref = GDPR Art. 77
