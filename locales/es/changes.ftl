### Qué ha cambiado: páginas de comparación, registros de cambios y canales (español).

diff-title = Cambios a partir del { $date }
diff-compared = Comparada con la versión vigente desde el { $old }.
diff-read-old = Versión anterior
diff-read-new = Esta versión
diff-summary-heading = Resumen
diff-legend = Marcado en el texto:
diff-legend-inserted = añadido
diff-legend-deleted = suprimido
diff-coarse = Algunos cambios eran demasiado extensos para marcarlos palabra por palabra: se muestran como pasajes completos eliminados y añadidos.
diff-policy-title = Título de la política
diff-intro = Introducción
diff-status-unchanged = sin cambios
diff-status-added = nuevo
diff-status-removed = suprimido
diff-status-changed = modificado
# What a diff page says of a section beyond its words.
diff-note-moved = Esta sección está en un lugar nuevo.
diff-note-was = Antes, la sección «{ $title }».
diff-note-split-from = Separada de la sección «{ $title }».
diff-note-promoted = Antes, un apartado de «{ $title }»; ahora, una sección propia.
diff-note-split-into = Parte de esta sección es ahora la sección «{ $title }».
diff-note-merged-from = Ahora incluye el texto de la sección «{ $title }».
diff-note-merged-into = Integrada en la sección «{ $title }».
diff-note-demoted-into = Ahora es un apartado de la sección «{ $title }».
# Lo leen los lectores de pantalla antes y después de cada cambio.
diff-inserted = añadido
diff-deleted = suprimido
diff-end = {""}

diff-count-none = Sin cambios en el texto ni en los destinatarios.
diff-count-processors-added = { $count ->
    [one] un destinatario añadido
    [many] { $count } de destinatarios añadidos
   *[other] { $count } destinatarios añadidos
}
diff-count-processors-removed = { $count ->
    [one] un destinatario que ya no figura
    [many] { $count } de destinatarios que ya no figuran
   *[other] { $count } destinatarios que ya no figuran
}
diff-count-processors-changed = { $count ->
    [one] un destinatario modificado
    [many] { $count } de destinatarios modificados
   *[other] { $count } destinatarios modificados
}
diff-count-sections-added = { $count ->
    [one] una sección añadida
    [many] { $count } de secciones añadidas
   *[other] { $count } secciones añadidas
}
diff-count-sections-removed = { $count ->
    [one] una sección suprimida
    [many] { $count } de secciones suprimidas
   *[other] { $count } secciones suprimidas
}
diff-count-sections-changed = { $count ->
    [one] una sección modificada
    [many] { $count } de secciones modificadas
   *[other] { $count } secciones modificadas
}
diff-count-purposes-added = { $count ->
    [one] una finalidad añadida
    [many] { $count } de finalidades añadidas
   *[other] { $count } finalidades añadidas
}
diff-count-purposes-removed = { $count ->
    [one] una finalidad suprimida
    [many] { $count } de finalidades suprimidas
   *[other] { $count } finalidades suprimidas
}
diff-count-purposes-changed = { $count ->
    [one] una finalidad modificada
    [many] { $count } de finalidades modificadas
   *[other] { $count } finalidades modificadas
}
diff-count-title-changed = título modificado
diff-count-intro-changed = introducción modificada

diff-processor-added = { $name } se ha añadido como destinatario. { $details }
diff-processor-where = Trata datos en: { $countries }.
diff-processor-safeguard = Garantía de la transferencia: { $safeguard }
diff-processor-removed = { $name } ya no figura como destinatario.
diff-processor-safeguard-changed = { $name }: la garantía de la transferencia ha pasado de «{ $old }» a «{ $new }».
diff-processor-headquarters-changed = { $name }: nuevo establecimiento: { $new } (antes: { $old }).
diff-processor-purpose-changed = { $name }: la finalidad ha pasado de «{ $old }» a «{ $new }».
diff-processor-data-changed = { $name }: los datos personales comunicados han pasado de «{ $old }» a «{ $new }».
safeguard-none = no se indica ninguna

processors-log-heading = Registro de cambios
exports-label = Formatos legibles por máquina:
feed-subscribe = Canal Atom
feed-title = { $company }: cambios en la política de privacidad
site-feed-title = Todos los cambios en las políticas de privacidad
subscribe-heading = Seguir los cambios
subscribe-feed = Las nuevas versiones se anuncian en el canal:
subscribe-email-label = Dirección de correo electrónico
subscribe-button = Suscribirse
feed-entry-title = Nueva versión vigente desde el { $date }
feed-entry-upcoming = Nueva versión que entra en vigor el { $date }
feed-read-policy = Consultar la política

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = no se indica
diff-processor-where-unstated = No se indica dónde se tratan los datos.
diff-processor-renamed = { $old } se llama ahora { $new }.
diff-processor-role-changed = { $name }: el papel ha pasado de { $old } a { $new }.
diff-processor-countries-changed = { $name }: el lugar del tratamiento ha pasado de { $old } a { $new }.

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Anunciado el { $announced } · entra en vigor el { $date }
notice-objection-deadline = Los clientes pueden oponerse a este cambio hasta el { $deadline }.
notice-class-material = Cambio sustancial
notice-class-editorial = Cambio de redacción
notice-reference-upcoming = El texto de referencia ({ $language }) tiene una nueva versión que entra en vigor el { $date }; esta traducción aún no la incluye.
notice-email-subject = { $company }: nuestra política de privacidad cambia el { $date }
notice-email-intro = { $company } modifica su política de privacidad. La nueva versión entra en vigor el { $date }.
notice-email-added = Destinatarios añadidos
notice-email-removed = Destinatarios eliminados
notice-email-renamed = Destinatarios con nuevo nombre
notice-email-changed = Destinatarios modificados
notice-email-col-name = Destinatario
notice-email-col-location = Dónde se tratan los datos
notice-email-col-safeguard = Garantía de la transferencia
notice-email-objection = Puede oponerse a este cambio hasta el { $deadline }.
notice-email-objection-contact = Para oponerse, escriba a { $contact }.
notice-email-diff = Qué ha cambiado, palabra por palabra:
notice-email-policy = La nueva versión:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Tipo de cambio
notice-facts-announced = Anunciado
notice-facts-effective = Entra en vigor
notice-facts-deadline = Oposición hasta
notice-facts-object = Cómo oponerse
notice-facts-changes = Destinatarios afectados

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Clasificado por este sitio a partir de las diferencias entre las dos versiones: { $reasons }.
notice-class-computed-none = Clasificado por este sitio: las diferencias entre las dos versiones no cambian ningún destinatario, transferencia, finalidad, base jurídica ni plazo de conservación.
notice-class-declared = Fijado por los editores de este sitio, no calculado a partir de las diferencias.
notice-object-write = Escriba a { $email }
notice-object-page = Página de oposición de la empresa
notice-email-objection-page = Para oponerse, utilice { $contact }
notice-email-col-purpose = Finalidad
notice-email-col-data = Datos
diff-processor-purpose = Finalidad: { $purpose }.
diff-processor-data = Datos: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = se ha añadido el destinatario { $name }
reason-country-outside-eea = { $name } trata ahora datos fuera del EEE: { $country }
reason-safeguard-weakened = la garantía de la transferencia a { $name } ha pasado de «{ $old }» a «{ $new }»
reason-purpose-added = se ha añadido la finalidad «{ $purpose }»
reason-legal-basis-changed = ha cambiado la base jurídica de la finalidad «{ $purpose }»
reason-retention-changed = ha cambiado la sección sobre el plazo de conservación de los datos
reason-section-changed = ha cambiado la sección { $section } sobre destinatarios, transferencias o fines
reason-table-row-added = una tabla de la sección «{ $section }» tiene una fila nueva: { $row }
reason-table-row-changed = una fila de una tabla de la sección «{ $section }» dice ahora: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Añadido: { $names }
import-summary-removed = Eliminado: { $names }
import-summary-renamed = { $old } ahora se llama { $new }
import-summary-places-first = { $name } – lugares de tratamiento: { $places }
import-summary-places-added = { $name } – nuevos lugares de tratamiento: { $places }
import-summary-places-removed = { $name } – lugares de tratamiento que ya no figuran: { $places }
import-summary-places-changed = { $name } – lugares de tratamiento: { $places } (antes: { $old })
import-summary-purpose = { $name } tiene una nueva finalidad
import-summary-section-added = Nueva sección { $title }
import-summary-section-removed = Sección { $title } eliminada
import-summary-reworded = Redacción modificada: { $titles }
import-summary-intro = Redacción modificada de la introducción
import-summary-quoted = «{ $title }»

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Corrección: { $subject }
notice-email-correction-intro = Este aviso corrige otro que le enviamos anteriormente sobre el mismo cambio: el texto se ha modificado desde entonces. Le rogamos que lea este aviso en lugar del anterior.
