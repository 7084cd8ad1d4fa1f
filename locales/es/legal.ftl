### Bases jurídicas del tratamiento (art. 6.1 del RGPD) y garantías de las
### transferencias a terceros países (capítulo V del RGPD): denominaciones breves,
### referencias a los artículos y descripciones en lenguaje claro.

## Bases jurídicas (art. 6.1 del RGPD)

# Art. 6.1.a) del RGPD, texto oficial en español: «el interesado dio su consentimiento para el tratamiento»
legal-basis-consent = Consentimiento
legal-basis-consent-ref = art. 6.1.a) del RGPD
# Art. 6.1.b): «el tratamiento es necesario para la ejecución de un contrato en el que el interesado es parte»
legal-basis-contract = Ejecución de un contrato
legal-basis-contract-ref = art. 6.1.b) del RGPD
# Art. 6.1.c): «el tratamiento es necesario para el cumplimiento de una obligación legal aplicable al responsable del tratamiento»
legal-basis-legal-obligation = Cumplimiento de una obligación legal
legal-basis-legal-obligation-ref = art. 6.1.c) del RGPD
# Art. 6.1.d): «el tratamiento es necesario para proteger intereses vitales del interesado o de otra persona física»
legal-basis-vital-interests = Protección de intereses vitales
legal-basis-vital-interests-ref = art. 6.1.d) del RGPD
# Art. 6.1.e): «el tratamiento es necesario para el cumplimiento de una misión realizada en interés público o en el ejercicio de poderes públicos conferidos al responsable del tratamiento»
legal-basis-public-task = Misión realizada en interés público o en el ejercicio de poderes públicos
legal-basis-public-task-ref = art. 6.1.e) del RGPD
# Art. 6.1.f): «el tratamiento es necesario para la satisfacción de intereses legítimos perseguidos por el responsable del tratamiento o por un tercero»
legal-basis-legitimate-interests = Intereses legítimos
legal-basis-legitimate-interests-ref = art. 6.1.f) del RGPD

## Garantías de las transferencias (arts. 45 a 49 del RGPD)

# Art. 45 del RGPD: «Transferencias basadas en una decisión de adecuación»
safeguard-adequacy = Decisión de adecuación
safeguard-adequacy-description = La Comisión Europea ha decidido que el país que recibe sus datos protege los datos personales con un nivel esencialmente equivalente al de la Unión Europea.
# Art. 46.2.c) del RGPD: «cláusulas tipo de protección de datos adoptadas por la Comisión»
safeguard-scc = Cláusulas tipo de protección de datos
safeguard-scc-description = Hemos acordado con el destinatario cláusulas contractuales aprobadas por la Comisión Europea que le obligan a proteger sus datos personales conforme a las exigencias de la Unión.
# Art. 47 del RGPD: «Normas corporativas vinculantes»
safeguard-bcr = Normas corporativas vinculantes
safeguard-bcr-description = El destinatario pertenece a un grupo empresarial cuyas normas internas de protección de datos han sido aprobadas por una autoridad de protección de datos de la Unión y vinculan a todas las empresas del grupo.
# Decisión de Ejecución (UE) 2023/1795 de la Comisión, de 10 de julio de 2023: «Marco de Privacidad de Datos UE-EE. UU.»
safeguard-dpf = Marco de Privacidad de Datos UE-EE. UU.
safeguard-dpf-description = El destinatario en los Estados Unidos está certificado con arreglo al Marco de Privacidad de Datos UE-EE. UU., respecto del cual la Comisión Europea ha reconocido que protege sus datos de forma adecuada.
# Art. 49 del RGPD: «Excepciones para situaciones específicas»
safeguard-derogation = Excepción (art. 49 del RGPD)
safeguard-derogation-description = No es aplicable ninguna otra garantía, por lo que la transferencia se basa en una de las excepciones estrictas del artículo 49 del RGPD, como su consentimiento explícito o la necesidad de ejecutar un contrato celebrado con usted.

## Derechos del interesado (arts. 7.3, 15 a 22 y 77 del RGPD)

# Art. 15 del RGPD: «Derecho de acceso del interesado»
right-access = Derecho de acceso
right-access-ref = art. 15 del RGPD
# Art. 16 del RGPD: «Derecho de rectificación»
right-rectification = Derecho de rectificación
right-rectification-ref = art. 16 del RGPD
# Art. 17 del RGPD: «Derecho de supresión (“el derecho al olvido”)»
right-erasure = Derecho de supresión
right-erasure-ref = art. 17 del RGPD
# Art. 18 del RGPD: «Derecho a la limitación del tratamiento»
right-restriction = Derecho a la limitación del tratamiento
right-restriction-ref = art. 18 del RGPD
# Art. 20 del RGPD: «Derecho a la portabilidad de los datos»
right-portability = Derecho a la portabilidad de los datos
right-portability-ref = art. 20 del RGPD
# Art. 21 del RGPD: «Derecho de oposición»
right-objection = Derecho de oposición
right-objection-ref = art. 21 del RGPD
# Art. 22.1 del RGPD: «derecho a no ser objeto de una decisión basada únicamente en el tratamiento
# automatizado, incluida la elaboración de perfiles»
right-automated-decisions = Derecho a no ser objeto de una decisión basada únicamente en el tratamiento automatizado
right-automated-decisions-ref = art. 22 del RGPD
# Art. 7.3 del RGPD: «derecho a retirar su consentimiento en cualquier momento»
right-withdraw-consent = Derecho a retirar el consentimiento
right-withdraw-consent-ref = art. 7.3 del RGPD
# Art. 77 del RGPD: «Derecho a presentar una reclamación ante una autoridad de control»
right-complaint = Derecho a presentar una reclamación ante una autoridad de control
right-complaint-ref = art. 77 del RGPD
