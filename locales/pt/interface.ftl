### Mensagens da interface do tema predefinido: português.
### Um sítio pode substituir qualquer mensagem nos seus próprios ficheiros locales/pt/*.ftl.
### Defina aí `site-title` para traduzir o título indicado em site.toml.

## Datas: o formato, os nomes dos meses e o nome da língua vêm do Unicode CLDR (ICU4X)

## Estrutura da página
skip-to-content = Saltar para o conteúdo
language-switcher = Língua
footer-published = Publicado com privsite.
policy-navigation = Esta política
nav-current = Política em vigor
nav-history = Histórico de versões
nav-processors = Destinatários

## Avisos
notice-past-title = Versão anterior.
notice-past = Esta versão esteve em vigor de { $from } a { $until }, inclusive.
notice-read-current = Ler a versão em vigor.
notice-upcoming-title = Versão futura.
notice-upcoming = Esta versão entra em vigor em { $date }. Até essa data, aplica-se a versão atual.
notice-new-version-title = Vai entrar em vigor uma nova versão.
notice-new-version = Uma versão atualizada da política entra em vigor em { $date }.
notice-read-upcoming = Ler a nova versão.
notice-stale-title = Esta tradução está desatualizada.
notice-stale = Desde { $since }, a versão em { $reference } foi alterada e esta tradução ainda não foi atualizada.
notice-read-reference = Ler a versão em { $reference }.
no-revision-in-force = Ainda não está em vigor nenhuma versão desta política.

## A política
in-force-from = Em vigor desde { $date }
takes-effect = Entra em vigor em { $date }
all-versions = Todas as versões
what-changed = O que mudou
contents = Índice
purposes-heading = Finalidades e fundamentos jurídicos
processors-heading = Destinatários dos dados pessoais
processors-caption = Subcontratantes e outros destinatários dos dados pessoais de { $company }
processors-more = Destinatários ao longo do tempo
legal-basis-label = { $count ->
    [one] Fundamento jurídico:
    [many] Fundamentos jurídicos:
   *[other] Fundamentos jurídicos:
}
legitimate-interest-label = Interesse legítimo prosseguido:
version-footer = Esta é a versão em vigor desde { $date }.
permalink = Ligação permanente para esta versão

## Responsável pelo tratamento
controller-heading = Responsável pelo tratamento
controller-name = Nome
controller-org-number = Número de identificação de pessoa coletiva
controller-address = Morada
controller-email = Correio eletrónico
controller-phone = Telefone
controller-website = Sítio Web
controller-dpo = Encarregado da proteção de dados
controller-authority = Autoridade de controlo
not-stated = Não indicado nesta política

## Tabela de subcontratantes
processor-name = Destinatário
processor-purpose = Finalidade
processor-data = Dados pessoais
processor-since = Desde
processor-removed-on = Não indicado desde
processor-headquarters = Sede: { $country }
outside-eea = fora do EEE
safeguard-missing = Nenhuma indicada

## Histórico
history-title = Histórico de versões
history-intro = { $count ->
    [one] Esta política tem uma versão.
    [many] Esta política tem { $count } de versões, da mais recente para a mais antiga.
   *[other] Esta política tem { $count } versões, da mais recente para a mais antiga.
}
status-current = Em vigor
status-past = Versão anterior
status-upcoming = Futura

## Página dos subcontratantes
processors-title = Destinatários dos dados pessoais
processors-intro = { $count ->
    [0] A versão em vigor desde { $date } não enumera destinatários.
    [one] A versão em vigor desde { $date } indica um destinatário de dados pessoais.
    [many] A versão em vigor desde { $date } indica { $count } de destinatários de dados pessoais.
   *[other] A versão em vigor desde { $date } indica { $count } destinatários de dados pessoais.
}
processors-upcoming-heading = Próximas alterações
processors-removed-heading = Destinatários que deixaram de ser indicados
processors-removed-caption = Destinatários indicados em versões anteriores e não na versão em vigor

## Páginas do sítio
index-intro = Políticas de privacidade, cada uma com as versões que este sítio conserva.
company-choose-language = Escolha uma língua:
not-found-title = Página não encontrada
not-found-text = Não existe nenhuma página neste endereço. A política pode ter mudado de endereço ou a ligação pode conter um erro.
not-found-home = Ir para todas as políticas de privacidade

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Local do tratamento e garantia
location-within-eea = Dentro do EEE
region-eu = União Europeia
region-eea = Espaço Económico Europeu
processor-formerly = Anteriormente: { $names }
processor-since-date = Desde { $date }
group-purpose = Finalidade: { $purpose }
# RGPD, art. 4.º, ponto 8, e art. 28.º: «subcontratante»
role-processor = Subcontratante
# RGPD, art. 4.º, ponto 7: «responsável pelo tratamento»; aqui, o que determina sozinho as finalidades e os meios
role-controller = Responsável pelo tratamento independente
# RGPD, art. 26.º: «responsáveis conjuntos pelo tratamento»
role-joint-controller = Responsável conjunto pelo tratamento
# RGPD, art. 4.º, ponto 19: «grupo empresarial»
role-affiliate = Empresa do mesmo grupo empresarial
processors-in-prose = A versão em vigor desde { $date } descreve os destinatários no texto e não numa tabela:
translation-notice-title = Tradução.
translation-notice = Este texto é uma tradução feita para este sítio a partir do texto em { $language } publicado pela empresa.
translation-read-original = Ler o original ({ $language }).
print-address = Endereço permanente desta versão:
print-address-page = Endereço desta página:

## The site's voice, apart from the company's.
translation-notice-company = Este texto é uma tradução feita pela própria empresa a partir do texto em { $language }.
archived-notice-title = Cópia arquivada.
archived-notice = Este é o texto tal como foi publicado em { $date }, conservado como registo. Não se afirma que esteja hoje em vigor.
status-archived = Cópia arquivada
date-note-label = Data escolhida por este sítio:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Correção posterior à publicação:
summary-by-site = Resumo redigido para este sítio:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Os títulos e as etiquetas desta página estão em inglês: ainda não foram traduzidos para a língua desta política.
