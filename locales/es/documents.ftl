## Otros documentos de una empresa, junto a su política de privacidad

documents-nav-label = Documentos de { $company }
# Cuando un documento no existe en el idioma del lector: el idioma en que se abre.
document-in-language = (en { $language })
document-kind-privacy = Política de privacidad
document-kind-subprocessors = Subencargados del tratamiento
document-kind-cookies = Declaración de cookies
document-kind-dpa = Contrato de encargo del tratamiento
document-kind-terms = Condiciones
document-kind-other = Documento
company-documents-heading = Documentos
# Antes de un enlace a la lista de subencargados del tratamiento de la empresa, cuando un aviso indica allí sus destinatarios.
processors-listed-in = Los destinatarios figuran en:
# El primer enlace de la navegación de un documento (el de la política dice «Política vigente»).
nav-current-document = Versión vigente

## Cookies y tecnologías de almacenamiento similares

nav-cookies = Cookies
cookies-title = Cookies y tecnologías de almacenamiento similares
cookies-heading = Cookies y tecnologías de almacenamiento similares
cookies-intro = { $count ->
    [one] Desde el { $date } se declara una cookie o tecnología de almacenamiento similar.
    [many] Desde el { $date } se declaran { $count } de cookies y tecnologías de almacenamiento similares.
   *[other] Desde el { $date } se declaran { $count } cookies y tecnologías de almacenamiento similares.
}
cookies-none = Esta versión no declara ninguna cookie.
cookies-caption = Cookies y tecnologías de almacenamiento similares de { $company }
cookies-upcoming-heading = Próximos cambios
cookie-name = Nombre
cookie-purpose = Finalidad
cookie-duration = Plazo de conservación
cookie-provider = Instalada por
cookie-category-necessary = Estrictamente necesarias
cookie-category-preferences = Preferencias
cookie-category-statistics = Estadísticas
cookie-category-marketing = Marketing
cookie-category-unstated = Categoría no indicada
cookie-category-necessary-description = El almacenamiento estrictamente necesario para un servicio que usted solicita no requiere consentimiento (art. 5.3 de la Directiva sobre la privacidad y las comunicaciones electrónicas).
cookie-category-consent-description = Requieren su consentimiento antes de instalarse (art. 5.3 de la Directiva sobre la privacidad y las comunicaciones electrónicas).
cookie-party-first = propia
cookie-party-third = de terceros
cookie-type-cookie = cookie
cookie-type-local-storage = almacenamiento local
cookie-type-session-storage = almacenamiento de sesión
cookie-type-pixel = píxel
cookie-type-indexeddb = IndexedDB
duration-session = hasta que se cierra el navegador
duration-years = { $count ->
    [one] { $count } año
    [many] { $count } de años
   *[other] { $count } años
}
duration-months = { $count ->
    [one] { $count } mes
    [many] { $count } de meses
   *[other] { $count } meses
}
duration-weeks = { $count ->
    [one] { $count } semana
    [many] { $count } de semanas
   *[other] { $count } semanas
}
duration-days = { $count ->
    [one] { $count } día
    [many] { $count } de días
   *[other] { $count } días
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

## Cambios en las cookies, expuestos como hechos

diff-cookies-heading = Cookies
diff-count-cookies-added = { $count ->
    [one] una cookie añadida
    [many] { $count } de cookies añadidas
   *[other] { $count } cookies añadidas
}
diff-count-cookies-removed = { $count ->
    [one] una cookie eliminada
    [many] { $count } de cookies eliminadas
   *[other] { $count } cookies eliminadas
}
diff-count-cookies-changed = { $count ->
    [one] una cookie modificada
    [many] { $count } de cookies modificadas
   *[other] { $count } cookies modificadas
}
change-cookie-added = Nueva cookie { $name } ({ $category }) instalada por { $provider }, plazo de conservación: { $duration }.
change-cookie-added-unstated-provider = Nueva cookie { $name } ({ $category }), plazo de conservación: { $duration }; no se indica quién la instala.
change-cookie-removed = { $name } ya no se utiliza.
change-cookie-provider = { $name } la instala ahora { $new } (antes: { $old }).
change-cookie-category = { $name } pertenece ahora a la categoría «{ $new }» (antes: «{ $old }»).
change-cookie-duration = { $name }: el plazo de conservación ha pasado de «{ $old }» a «{ $new }».
change-cookie-party = { $name } es ahora una cookie { $new } (antes: { $old }).
change-cookie-purpose = La finalidad de { $name } es ahora: { $new } (antes: { $old }).
change-cookie-countries = { $name } se trata ahora en { $new } (antes: { $old }).
change-cookie-safeguard = { $name }: la garantía de la transferencia ha pasado de «{ $old }» a «{ $new }».
reason-cookie-added = se ha añadido la cookie { $name } ({ $category })
reason-cookie-needs-consent = la cookie { $name } pertenece ahora a la categoría «{ $category }» y requiere consentimiento
reason-cookie-kept-longer = el plazo de conservación de la cookie { $name } ha pasado de «{ $old }» a «{ $new }»
reason-cookie-country-outside-eea = la cookie { $name } se trata ahora fuera del EEE: { $country }

## Avisos de cambio de un documento distinto de la política de privacidad

notice-email-subject-document = { $company }: «{ $document }» cambia el { $date }
notice-email-intro-document = { $company } modifica «{ $document }». La nueva versión entra en vigor el { $date }.
