### Fundamentos jurídicos do tratamento (artigo 6.º, n.º 1, do RGPD) e garantias das
### transferências para países terceiros (capítulo V do RGPD): designações curtas,
### referências aos artigos e descrições em linguagem simples.

## Fundamentos jurídicos (artigo 6.º, n.º 1, do RGPD)

# RGPD, art. 6.º, n.º 1, alínea a), texto oficial português: «O titular dos dados tiver dado o seu consentimento para o tratamento dos seus dados pessoais»
legal-basis-consent = Consentimento
legal-basis-consent-ref = art. 6.º, n.º 1, alínea a), do RGPD
# RGPD, art. 6.º, n.º 1, alínea b): «O tratamento for necessário para a execução de um contrato no qual o titular dos dados é parte»
legal-basis-contract = Execução de um contrato
legal-basis-contract-ref = art. 6.º, n.º 1, alínea b), do RGPD
# RGPD, art. 6.º, n.º 1, alínea c): «para o cumprimento de uma obrigação jurídica a que o responsável pelo tratamento esteja sujeito»
legal-basis-legal-obligation = Cumprimento de uma obrigação jurídica
legal-basis-legal-obligation-ref = art. 6.º, n.º 1, alínea c), do RGPD
# RGPD, art. 6.º, n.º 1, alínea d): «para a defesa de interesses vitais do titular dos dados ou de outra pessoa singular»
legal-basis-vital-interests = Defesa de interesses vitais
legal-basis-vital-interests-ref = art. 6.º, n.º 1, alínea d), do RGPD
# RGPD, art. 6.º, n.º 1, alínea e): «ao exercício de funções de interesse público ou ao exercício da autoridade pública de que está investido o responsável pelo tratamento»
legal-basis-public-task = Funções de interesse público ou exercício da autoridade pública
legal-basis-public-task-ref = art. 6.º, n.º 1, alínea e), do RGPD
# RGPD, art. 6.º, n.º 1, alínea f): «para efeito dos interesses legítimos prosseguidos pelo responsável pelo tratamento ou por terceiros»
legal-basis-legitimate-interests = Interesses legítimos
legal-basis-legitimate-interests-ref = art. 6.º, n.º 1, alínea f), do RGPD

## Garantias das transferências (artigos 45.º a 49.º do RGPD)

# RGPD, art. 45.º, epígrafe: «Transferências com base numa decisão de adequação»
safeguard-adequacy = Decisão de adequação
safeguard-adequacy-description = A Comissão Europeia decidiu que o país que recebe os seus dados protege os dados pessoais a um nível essencialmente equivalente ao da UE.
# RGPD, art. 46.º, n.º 2, alínea c): «cláusulas-tipo de proteção de dados adotadas pela Comissão»
safeguard-scc = Cláusulas-tipo de proteção de dados
safeguard-scc-description = Acordámos com o destinatário cláusulas contratuais aprovadas pela Comissão Europeia, que o obrigam a proteger os seus dados pessoais de acordo com as normas da UE.
# RGPD, art. 47.º, epígrafe: «Regras vinculativas aplicáveis às empresas»
safeguard-bcr = Regras vinculativas aplicáveis às empresas
safeguard-bcr-description = O destinatário pertence a um grupo de empresas cujas regras internas de proteção de dados foram aprovadas por uma autoridade de proteção de dados da UE e vinculam todas as empresas do grupo.
# Decisão de Execução (UE) 2023/1795 da Comissão, de 10 de julho de 2023, e comunicação da Comissão sobre a decisão: «Quadro de Privacidade dos Dados UE-EUA»
safeguard-dpf = Quadro de Privacidade dos Dados UE-EUA
safeguard-dpf-description = O destinatário nos Estados Unidos obteve a certificação ao abrigo do Quadro de Privacidade dos Dados UE-EUA, que a Comissão Europeia reconheceu como assegurando um nível de proteção adequado aos seus dados.
# RGPD, art. 49.º, epígrafe: «Derrogações para situações específicas»
safeguard-derogation = Derrogação (art. 49.º do RGPD)
safeguard-derogation-description = Não se aplica nenhuma outra garantia, pelo que a transferência se baseia numa das exceções restritas previstas no artigo 49.º do RGPD, como o seu consentimento explícito ou a necessidade de executar um contrato celebrado consigo.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# RGPD, art. 15.º, epígrafe: «Direito de acesso do titular dos dados»
right-access = Direito de acesso
right-access-ref = art. 15.º do RGPD
# RGPD, art. 16.º, epígrafe: «Direito de retificação»
right-rectification = Direito de retificação
right-rectification-ref = art. 16.º do RGPD
# RGPD, art. 17.º, epígrafe: «Direito ao apagamento dos dados («direito a ser esquecido»)»
right-erasure = Direito ao apagamento dos dados («direito a ser esquecido»)
right-erasure-ref = art. 17.º do RGPD
# RGPD, art. 18.º, epígrafe: «Direito à limitação do tratamento»
right-restriction = Direito à limitação do tratamento
right-restriction-ref = art. 18.º do RGPD
# RGPD, art. 20.º, epígrafe: «Direito de portabilidade dos dados»
right-portability = Direito de portabilidade dos dados
right-portability-ref = art. 20.º do RGPD
# RGPD, art. 21.º, epígrafe: «Direito de oposição»
right-objection = Direito de oposição
right-objection-ref = art. 21.º do RGPD
# RGPD, art. 22.º, n.º 1: «o direito de não ficar sujeito a nenhuma decisão tomada exclusivamente com base no tratamento automatizado, incluindo a definição de perfis»
right-automated-decisions = Direito de não ficar sujeito a decisões tomadas exclusivamente com base no tratamento automatizado
right-automated-decisions-ref = art. 22.º do RGPD
# RGPD, art. 7.º, n.º 3: «O titular dos dados tem o direito de retirar o seu consentimento a qualquer momento.»
right-withdraw-consent = Direito de retirar o consentimento a qualquer momento
right-withdraw-consent-ref = art. 7.º, n.º 3, do RGPD
# RGPD, art. 77.º, epígrafe: «Direito de apresentar reclamação a uma autoridade de controlo»
right-complaint = Direito de apresentar reclamação a uma autoridade de controlo
right-complaint-ref = art. 77.º do RGPD
