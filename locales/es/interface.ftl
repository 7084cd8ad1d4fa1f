### Textos de la interfaz del tema predeterminado: español.
### Un sitio puede sustituir cualquier mensaje en sus propios archivos locales/es/*.ftl. Defina
### allí `site-title` para traducir el título de site.toml.
### Las fechas, los nombres de los meses y los nombres de idiomas proceden de Unicode CLDR.

## Fechas: de Unicode CLDR (aquí no hay mensajes)

## Marco de la página
skip-to-content = Ir al contenido
language-switcher = Idioma
footer-published = Publicado con privsite.
policy-navigation = Esta política
nav-current = Política vigente
nav-history = Historial de versiones
nav-processors = Destinatarios

## Avisos
notice-past-title = Versión anterior.
notice-past = Esta versión estuvo vigente del { $from } al { $until }, ambos incluidos.
notice-read-current = Consulte la versión vigente.
notice-upcoming-title = Próxima versión.
notice-upcoming = Esta versión entra en vigor el { $date }. Hasta entonces se aplica la versión actual.
notice-new-version-title = Próximamente entra en vigor una nueva versión.
notice-new-version = Una versión actualizada de la política entra en vigor el { $date }.
notice-read-upcoming = Consulte la nueva versión.
notice-stale-title = Esta traducción no está actualizada.
notice-stale = Desde el { $since }, la versión en { $reference } ha cambiado y esta traducción aún no se ha actualizado.
notice-read-reference = Consulte la versión en { $reference }.
no-revision-in-force = Todavía no hay ninguna versión vigente de esta política.

## La política
in-force-from = Vigente desde el { $date }
takes-effect = Entra en vigor el { $date }
all-versions = Todas las versiones
what-changed = Qué ha cambiado
contents = Índice
purposes-heading = Fines y bases jurídicas
processors-heading = Destinatarios de los datos personales
processors-caption = Encargados del tratamiento y otros destinatarios de los datos personales de { $company }
processors-more = Destinatarios a lo largo del tiempo
legal-basis-label = { $count ->
    [one] Base jurídica:
    [many] Bases jurídicas:
   *[other] Bases jurídicas:
}
legitimate-interest-label = Interés legítimo perseguido:
version-footer = Esta es la versión vigente desde el { $date }.
permalink = Enlace permanente a esta versión

## Responsable del tratamiento
controller-heading = Responsable del tratamiento
controller-name = Nombre
controller-org-number = Número de identificación fiscal
controller-address = Dirección
controller-email = Correo electrónico
controller-phone = Teléfono
controller-website = Sitio web
controller-dpo = Delegado de protección de datos
controller-authority = Autoridad de control
not-stated = No se indica en esta política

## Tabla de destinatarios
processor-name = Destinatario
processor-purpose = Finalidad
processor-data = Datos personales
processor-since = Desde
processor-removed-on = No figura desde
processor-headquarters = Establecido en: { $country }
outside-eea = fuera del EEE
safeguard-missing = No se indica ninguna

## Historial
history-title = Historial de versiones
history-intro = { $count ->
    [one] Esta política tiene una sola versión.
    [many] Esta política tiene { $count } de versiones, de la más reciente a la más antigua.
   *[other] Esta política tiene { $count } versiones, de la más reciente a la más antigua.
}
status-current = Vigente
status-past = Versión anterior
status-upcoming = Próxima

## Página de encargados del tratamiento
processors-title = Destinatarios de los datos personales
processors-intro = { $count ->
    [0] La versión vigente desde el { $date } no enumera ningún destinatario.
    [one] La versión vigente desde el { $date } menciona un destinatario de datos personales.
    [many] La versión vigente desde el { $date } menciona { $count } de destinatarios de datos personales.
   *[other] La versión vigente desde el { $date } menciona { $count } destinatarios de datos personales.
}
processors-upcoming-heading = Próximos cambios
processors-removed-heading = Destinatarios que ya no figuran
processors-removed-caption = Destinatarios que mencionaban versiones anteriores y que la versión vigente no menciona

## Páginas del sitio
index-intro = Políticas de privacidad, cada una con las versiones que conserva este sitio.
company-choose-language = Elija un idioma:
not-found-title = Página no encontrada
not-found-text = No hay ninguna página en esta dirección. Es posible que la política se haya trasladado o que el enlace contenga un error.
not-found-home = Ir a todas las políticas de privacidad

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Lugar del tratamiento y garantía
location-within-eea = Dentro del EEE
region-eu = Unión Europea
region-eea = Espacio Económico Europeo
processor-formerly = Anteriormente: { $names }
processor-since-date = Desde el { $date }
group-purpose = Finalidad: { $purpose }
# Art. 4.8 y art. 28 del RGPD: «encargado del tratamiento»
role-processor = Encargado del tratamiento
# Art. 4.7 del RGPD: «responsable del tratamiento»; aquí, el que determina por sí solo los fines y medios
role-controller = Responsable independiente del tratamiento
# Art. 26 del RGPD: «corresponsables del tratamiento»
role-joint-controller = Corresponsable del tratamiento
# Art. 4.19 del RGPD: «grupo empresarial»
role-affiliate = Empresa del mismo grupo empresarial
processors-in-prose = La versión vigente desde el { $date } describe sus destinatarios en el texto y no en una tabla:
translation-notice-title = Traducción.
translation-notice = Este texto es una traducción hecha para este sitio. Idioma original: { $language }; la empresa publicó el texto en ese idioma.
translation-read-original = Leer el original ({ $language }).
print-address = Dirección permanente de esta versión:
print-address-page = Dirección de esta página:

## The site's voice, apart from the company's.
translation-notice-company = Este texto es una traducción de la propia empresa. Idioma original: { $language }.
archived-notice-title = Copia archivada.
archived-notice = Este es el texto tal como se publicó el { $date }, conservado como constancia. No se afirma que esté vigente hoy.
status-archived = Copia archivada
date-note-label = Fecha elegida por este sitio:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Corrección posterior a la publicación:
summary-by-site = Resumen redactado para este sitio:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Los títulos y las etiquetas de esta página están en inglés: todavía no se han traducido al idioma de esta política.
