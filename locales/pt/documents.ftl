## Outros documentos de uma empresa, ao lado da sua política de privacidade

documents-nav-label = Documentos de { $company }
# Quando um documento não existe na língua do leitor: a língua em que abre.
document-in-language = (em { $language })
document-kind-privacy = Política de privacidade
document-kind-subprocessors = Subcontratantes ulteriores
document-kind-cookies = Declaração de cookies
document-kind-dpa = Contrato de subcontratação
document-kind-terms = Termos e condições
document-kind-other = Documento
company-documents-heading = Documentos
# Antes de uma ligação para a lista de subcontratantes ulteriores da empresa, quando um aviso aí enumera os seus destinatários.
processors-listed-in = Os destinatários constam de:
# A primeira ligação da navegação de um documento (a da política diz «Política em vigor»).
nav-current-document = Versão em vigor

## Cookies e tecnologias de armazenamento semelhantes

nav-cookies = Cookies
cookies-title = Cookies e tecnologias de armazenamento semelhantes
cookies-heading = Cookies e tecnologias de armazenamento semelhantes
cookies-intro = { $count ->
    [one] Desde { $date } é declarado um cookie ou tecnologia de armazenamento semelhante.
    [many] Desde { $date } são declarados { $count } de cookies e tecnologias de armazenamento semelhantes.
   *[other] Desde { $date } são declarados { $count } cookies e tecnologias de armazenamento semelhantes.
}
cookies-none = Esta versão não declara cookies.
cookies-caption = Cookies e tecnologias de armazenamento semelhantes de { $company }
cookies-upcoming-heading = Próximas alterações
cookie-name = Nome
cookie-purpose = Finalidade
cookie-duration = Prazo de conservação
cookie-provider = Instalado por
cookie-category-necessary = Estritamente necessários
cookie-category-preferences = Preferências
cookie-category-statistics = Estatísticas
cookie-category-marketing = Marketing
cookie-category-unstated = Categoria não indicada
cookie-category-necessary-description = O armazenamento estritamente necessário para um serviço que solicita não requer consentimento (art. 5.º, n.º 3, da Diretiva relativa à privacidade e às comunicações eletrónicas).
cookie-category-consent-description = Requerem o seu consentimento antes de serem instalados (art. 5.º, n.º 3, da Diretiva relativa à privacidade e às comunicações eletrónicas).
cookie-party-first = próprio
cookie-party-third = de terceiros
cookie-type-cookie = cookie
cookie-type-local-storage = armazenamento local
cookie-type-session-storage = armazenamento de sessão
cookie-type-pixel = píxel
cookie-type-indexeddb = IndexedDB
duration-session = até ao encerramento do navegador
duration-years = { $count ->
    [one] { $count } ano
    [many] { $count } de anos
   *[other] { $count } anos
}
duration-months = { $count ->
    [one] { $count } mês
    [many] { $count } de meses
   *[other] { $count } meses
}
duration-weeks = { $count ->
    [one] { $count } semana
    [many] { $count } de semanas
   *[other] { $count } semanas
}
duration-days = { $count ->
    [one] { $count } dia
    [many] { $count } de dias
   *[other] { $count } dias
}
duration-hours = { $count ->
    [one] { $count } hora
    [many] { $count } de horas
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
    [many] { $count } de minutos
   *[other] { $count } minutos
}
duration-seconds = { $count ->
    [one] { $count } segundo
    [many] { $count } de segundos
   *[other] { $count } segundos
}

## Alterações aos cookies, apresentadas como factos

diff-cookies-heading = Cookies
diff-count-cookies-added = { $count ->
    [one] um cookie acrescentado
    [many] { $count } de cookies acrescentados
   *[other] { $count } cookies acrescentados
}
diff-count-cookies-removed = { $count ->
    [one] um cookie removido
    [many] { $count } de cookies removidos
   *[other] { $count } cookies removidos
}
diff-count-cookies-changed = { $count ->
    [one] um cookie alterado
    [many] { $count } de cookies alterados
   *[other] { $count } cookies alterados
}
change-cookie-added = Novo cookie { $name } ({ $category }) instalado por { $provider }, prazo de conservação: { $duration }.
change-cookie-added-unstated-provider = Novo cookie { $name } ({ $category }), prazo de conservação: { $duration }; não se indica quem o instala.
change-cookie-removed = { $name } deixou de ser utilizado.
change-cookie-provider = { $name } passou a ser instalado por { $new } (anterior: { $old }).
change-cookie-category = { $name } passou para a categoria «{ $new }» (anterior: «{ $old }»).
change-cookie-duration = { $name }: prazo de conservação alterado (anterior: { $old }; agora: { $new }).
change-cookie-party = { $name } passou a ser um cookie { $new } (anterior: { $old }).
change-cookie-purpose = A finalidade de { $name } passou a ser: { $new } (anterior: { $old }).
change-cookie-countries = { $name }: local do tratamento alterado (anterior: { $old }; agora: { $new }).
change-cookie-safeguard = { $name }: a garantia da transferência passou de «{ $old }» para «{ $new }».
reason-cookie-added = foi acrescentado o cookie { $name } ({ $category })
reason-cookie-needs-consent = o cookie { $name } passou para a categoria «{ $category }» e requer consentimento
reason-cookie-kept-longer = o prazo de conservação do cookie { $name } passou de «{ $old }» para «{ $new }»
reason-cookie-country-outside-eea = o cookie { $name } passou a ser tratado fora do EEE ({ $country })

## Avisos de alteração de um documento que não a política de privacidade

notice-email-subject-document = { $company }: «{ $document }» muda em { $date }
notice-email-intro-document = { $company } vai alterar «{ $document }». A nova versão entra em vigor em { $date }.
