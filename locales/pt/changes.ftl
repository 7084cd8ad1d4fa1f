### O que mudou: páginas de comparação, registos de alterações e feeds (português).

diff-title = Alterações de { $date }
diff-compared = Comparação com a versão em vigor desde { $old }.
diff-read-old = Versão anterior
diff-read-new = Esta versão
diff-summary-heading = Resumo
diff-legend = Assinalado no texto:
diff-legend-inserted = acrescentado
diff-legend-deleted = suprimido
diff-coarse = Algumas alterações eram demasiado extensas para serem assinaladas palavra a palavra: são apresentadas como passagens inteiras removidas e acrescentadas.
diff-policy-title = Título da política
diff-intro = Introdução
diff-status-unchanged = sem alterações
diff-status-added = novo
diff-status-removed = suprimido
diff-status-changed = alterado
# What a diff page says of a section beyond its words.
diff-note-moved = Esta secção está num novo lugar.
diff-note-was = Anteriormente, a secção «{ $title }».
diff-note-split-from = Separada da secção «{ $title }».
diff-note-promoted = Anteriormente, uma subsecção de «{ $title }»; agora, uma secção própria.
diff-note-split-into = Parte desta secção é agora a secção «{ $title }».
diff-note-merged-from = Inclui agora o texto da secção «{ $title }».
diff-note-merged-into = Integrada na secção «{ $title }».
diff-note-demoted-into = Agora, uma subsecção da secção «{ $title }».
# Lido pelos leitores de ecrã antes e depois de cada alteração.
diff-inserted = acrescentado
diff-deleted = suprimido
diff-end = {""}

diff-count-none = Sem alterações no texto nem nos destinatários.
diff-count-processors-added = { $count ->
    [one] um destinatário acrescentado
    [many] { $count } de destinatários acrescentados
   *[other] { $count } destinatários acrescentados
}
diff-count-processors-removed = { $count ->
    [one] um destinatário deixou de ser indicado
    [many] { $count } de destinatários deixaram de ser indicados
   *[other] { $count } destinatários deixaram de ser indicados
}
diff-count-processors-changed = { $count ->
    [one] um destinatário alterado
    [many] { $count } de destinatários alterados
   *[other] { $count } destinatários alterados
}
diff-count-sections-added = { $count ->
    [one] uma secção acrescentada
    [many] { $count } de secções acrescentadas
   *[other] { $count } secções acrescentadas
}
diff-count-sections-removed = { $count ->
    [one] uma secção suprimida
    [many] { $count } de secções suprimidas
   *[other] { $count } secções suprimidas
}
diff-count-sections-changed = { $count ->
    [one] uma secção alterada
    [many] { $count } de secções alteradas
   *[other] { $count } secções alteradas
}
diff-count-purposes-added = { $count ->
    [one] uma finalidade acrescentada
    [many] { $count } de finalidades acrescentadas
   *[other] { $count } finalidades acrescentadas
}
diff-count-purposes-removed = { $count ->
    [one] uma finalidade suprimida
    [many] { $count } de finalidades suprimidas
   *[other] { $count } finalidades suprimidas
}
diff-count-purposes-changed = { $count ->
    [one] uma finalidade alterada
    [many] { $count } de finalidades alteradas
   *[other] { $count } finalidades alteradas
}
diff-count-title-changed = título alterado
diff-count-intro-changed = introdução alterada

diff-processor-added = Foi acrescentado o destinatário { $name }. { $details }
diff-processor-where = Trata dados nos seguintes países: { $countries }.
diff-processor-safeguard = Garantia da transferência: { $safeguard }.
diff-processor-removed = { $name } deixou de ser indicado como destinatário.
diff-processor-safeguard-changed = { $name }: a garantia da transferência passou de «{ $old }» para «{ $new }».
diff-processor-headquarters-changed = { $name }: nova sede: { $new } (anterior: { $old }).
diff-processor-purpose-changed = { $name }: a finalidade passou de «{ $old }» para «{ $new }».
diff-processor-data-changed = { $name }: os dados pessoais partilhados passaram de «{ $old }» para «{ $new }».
safeguard-none = nenhuma indicada

processors-log-heading = Registo de alterações
exports-label = Em formato legível por máquina:
feed-subscribe = Feed Atom
feed-title = { $company }: alterações à política de privacidade
site-feed-title = Todas as alterações às políticas de privacidade
subscribe-heading = Acompanhar as alterações
subscribe-feed = As novas versões são anunciadas no feed:
subscribe-email-label = Endereço de e-mail
subscribe-button = Subscrever
feed-entry-title = Nova versão em vigor desde { $date }
feed-entry-upcoming = Nova versão que entra em vigor em { $date }
feed-read-policy = Ler a política

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = não indicado
diff-processor-where-unstated = Não é indicado onde os dados são tratados.
diff-processor-renamed = { $old } chama-se agora { $new }.
diff-processor-role-changed = { $name }: a função passou de { $old } para { $new }.
diff-processor-countries-changed = { $name }: local do tratamento alterado (anterior: { $old }; agora: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Anunciada em { $announced } · entra em vigor em { $date }
notice-objection-deadline = Os clientes podem opor-se a esta alteração até { $deadline }.
notice-class-material = Alteração substancial
notice-class-editorial = Alteração de redação
notice-reference-upcoming = O texto de referência ({ $language }) tem uma nova versão que entra em vigor em { $date }; esta tradução ainda não a inclui.
notice-email-subject = { $company }: a nossa política de privacidade muda em { $date }
notice-email-intro = { $company } vai alterar a sua política de privacidade. A nova versão entra em vigor em { $date }.
notice-email-added = Destinatários acrescentados
notice-email-removed = Destinatários removidos
notice-email-renamed = Destinatários com novo nome
notice-email-changed = Destinatários alterados
notice-email-col-name = Destinatário
notice-email-col-location = Local de tratamento dos dados
notice-email-col-safeguard = Garantia da transferência
notice-email-objection = Pode opor-se a esta alteração até { $deadline }.
notice-email-objection-contact = Para se opor, escreva para { $contact }.
notice-email-diff = O que mudou, palavra a palavra:
notice-email-policy = A nova versão:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Tipo de alteração
notice-facts-announced = Anúncio
notice-facts-effective = Entrada em vigor
notice-facts-deadline = Prazo de oposição
notice-facts-object = Como se opor
notice-facts-changes = Destinatários afetados

notice-class-computed = Classificação feita por este sítio com base nas diferenças entre as duas versões: { $reasons }.
notice-class-computed-none = Classificação feita por este sítio: as diferenças entre as duas versões não alteram nenhum destinatário, transferência, finalidade, fundamento jurídico ou prazo de conservação.
notice-class-declared = Classificação definida pelos editores deste sítio, não calculada a partir das diferenças.
notice-object-write = Escreva para { $email }
notice-object-page = A página de oposição da empresa
notice-email-objection-page = Para se opor, utilize { $contact }
notice-email-col-purpose = Finalidade
notice-email-col-data = Dados
diff-processor-purpose = Finalidade: { $purpose }.
diff-processor-data = Dados: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = foi acrescentado o destinatário { $name }
reason-country-outside-eea = { $name } passou a tratar dados fora do EEE ({ $country })
reason-safeguard-weakened = a garantia da transferência para { $name } passou de «{ $old }» para «{ $new }»
reason-purpose-added = foi acrescentada a finalidade { $purpose }
reason-legal-basis-changed = foi alterado o fundamento jurídico da finalidade { $purpose }
reason-retention-changed = foi alterada a secção sobre o prazo de conservação dos dados
reason-section-changed = foi alterada a secção { $section } sobre destinatários, transferências ou finalidades
reason-table-row-added = uma tabela da secção { $section } tem uma nova linha: { $row }
reason-table-row-changed = uma linha de tabela da secção { $section } passou a ter o texto: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Adicionado: { $names }
import-summary-removed = Removido: { $names }
import-summary-renamed = { $old } passou a chamar-se { $new }
import-summary-places-first = { $name } – locais de tratamento: { $places }
import-summary-places-added = { $name } – novos locais de tratamento: { $places }
import-summary-places-removed = { $name } – locais de tratamento que deixaram de constar: { $places }
import-summary-places-changed = { $name } – locais de tratamento: { $places } (antes: { $old })
import-summary-purpose = { $name } tem uma nova finalidade
import-summary-section-added = Nova secção { $title }
import-summary-section-removed = Secção { $title } removida
import-summary-reworded = Reformulado: { $titles }
import-summary-intro = Introdução reformulada
import-summary-quoted = «{ $title }»

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Retificação: { $subject }
notice-email-correction-intro = Este aviso retifica um aviso que lhe enviámos anteriormente sobre a mesma alteração: o texto foi entretanto alterado. Pedimos que leia este aviso em vez do anterior.
