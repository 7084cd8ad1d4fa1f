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
safeguard-scc = Standard contractual clauses
safeguard-scc-description = We have agreed contract terms with the recipient, approved by the European Commission, that oblige it to protect your personal data to EU standards.
safeguard-bcr = Binding corporate rules
safeguard-bcr-description = The recipient belongs to a group of companies whose internal data protection rules have been approved by an EU data protection authority and bind every company in the group.
safeguard-dpf = EU–US Data Privacy Framework
safeguard-dpf-description = The recipient in the United States has certified under the EU–US Data Privacy Framework, which the European Commission has recognised as protecting your data adequately.
safeguard-derogation = Derogation (Art. 49)
safeguard-derogation-description = No other safeguard applies, so the transfer relies on one of the narrow exceptions in Article 49 of the GDPR, such as your explicit consent or the need to perform a contract with you.
