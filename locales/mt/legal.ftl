### Bażijiet legali għall-ipproċessar (l-Artikolu 6(1) tal-GDPR) u salvagwardji għat-trasferimenti
### lejn pajjiżi terzi (il-Kapitolu V tal-GDPR): ismijiet qosra, referenzi għall-artikoli u
### deskrizzjonijiet b’lingwaġġ sempliċi.

## Bażijiet legali (l-Artikolu 6(1) tal-GDPR)

# GDPR, l-Artikolu 6(1)(a), test uffiċjali Malti: “is-suġġett tad-data jkun ta l-kunsens għall-ipproċessar ta’ data personali tiegħu għal fini speċifiku wieħed jew aktar”
legal-basis-consent = Kunsens
legal-basis-consent-ref = l-Artikolu 6(1)(a) tal-GDPR
# GDPR, l-Artikolu 6(1)(b): “l-ipproċessar ikun meħtieġ għat-twettiq ta’ kuntratt li għalih is-suġġett tad-data huwa parti”
legal-basis-contract = Twettiq ta’ kuntratt
legal-basis-contract-ref = l-Artikolu 6(1)(b) tal-GDPR
# GDPR, l-Artikolu 6(1)(c): “l-ipproċessar ikun meħtieġ għall-konformità ma’ obbligu legali li għalih huwa soġġett il-kontrollur”
legal-basis-legal-obligation = Konformità ma’ obbligu legali
legal-basis-legal-obligation-ref = l-Artikolu 6(1)(c) tal-GDPR
# GDPR, l-Artikolu 6(1)(d): “l-ipproċessar ikun meħtieġ sabiex ikunu protetti l-interessi vitali tas-suġġett tad-data jew ta’ persuna fiżika oħra”
legal-basis-vital-interests = Interessi vitali
legal-basis-vital-interests-ref = l-Artikolu 6(1)(d) tal-GDPR
# GDPR, l-Artikolu 6(1)(e): “l-ipproċessar ikun meħtieġ għat-twettiq ta’ kompitu li jsir fl-interess pubbliku jew fl-eżerċizzju ta’ awtorità uffiċjali mogħtija lill-kontrollur”
legal-basis-public-task = Kompitu fl-interess pubbliku jew eżerċizzju ta’ awtorità uffiċjali
legal-basis-public-task-ref = l-Artikolu 6(1)(e) tal-GDPR
# GDPR, l-Artikolu 6(1)(f): “l-ipproċessar ikun meħtieġ għall-finijiet tal-interessi leġittimi segwiti mill-kontrollur jew minn parti terza”
legal-basis-legitimate-interests = Interessi leġittimi
legal-basis-legitimate-interests-ref = l-Artikolu 6(1)(f) tal-GDPR

## Salvagwardji għat-trasferimenti (l-Artikoli 45–49 tal-GDPR)

# GDPR, l-Artikolu 45, titlu: “Trasferimenti abbażi ta’ deċiżjoni ta’ adegwatezza”
safeguard-adequacy = Deċiżjoni ta’ adegwatezza
safeguard-adequacy-description = Il-Kummissjoni Ewropea ddeċidiet li l-pajjiż li jirċievi d-data tiegħek jipproteġi d-data personali f’livell essenzjalment ekwivalenti għal dak tal-UE.
# GDPR, l-Artikolu 46(2)(c): “klawżoli standard ta’ protezzjoni tad-data adottati mill-Kummissjoni”
safeguard-scc = Klawżoli standard ta’ protezzjoni tad-data
safeguard-scc-description = Qbilna mar-riċevitur fuq klawżoli kuntrattwali approvati mill-Kummissjoni Ewropea, li jobbligawh jipproteġi d-data personali tiegħek skont l-istandards tal-UE.
# GDPR, l-Artikolu 47, titlu: “Regoli korporattivi vinkolanti”
safeguard-bcr = Regoli korporattivi vinkolanti
safeguard-bcr-description = Ir-riċevitur jagħmel parti minn grupp ta’ impriżi li r-regoli interni tiegħu dwar il-protezzjoni tad-data ġew approvati minn awtorità tal-protezzjoni tad-data fl-UE u jorbtu lil kull impriża fil-grupp.
# Deċiżjoni ta’ Implimentazzjoni tal-Kummissjoni (UE) 2023/1795 tal-10 ta’ Lulju 2023: “Qafas tal-UE u l-Istati Uniti għall-Privatezza tad-Data” (l-isem eżatt fil-Ġurnal Uffiċjali għadu jrid jiġi vverifikat)
safeguard-dpf = Qafas tal-UE u l-Istati Uniti għall-Privatezza tad-Data
safeguard-dpf-description = Ir-riċevitur fl-Istati Uniti huwa ċċertifikat taħt il-Qafas tal-UE u l-Istati Uniti għall-Privatezza tad-Data, li l-Kummissjoni Ewropea rrikonoxxiet li jipprovdi protezzjoni adegwata għad-data tiegħek.
# GDPR, l-Artikolu 49, titlu: “Derogi għal sitwazzjonijiet speċifiċi”
safeguard-derogation = Deroga (l-Artikolu 49 tal-GDPR)
safeguard-derogation-description = L-ebda salvagwardja oħra ma tapplika, għalhekk it-trasferiment jistrieħ fuq waħda mill-eċċezzjonijiet ristretti tal-Artikolu 49 tal-GDPR, bħall-kunsens espliċitu tiegħek jew il-ħtieġa li jitwettaq kuntratt miegħek.

## Rights of the data subject (GDPR Arts. 7(3), 15-22, 77)

# GDPR, l-Artikolu 15, titlu: “Dritt ta’ aċċess mis-suġġett tad-data”
right-access = Dritt ta’ aċċess
right-access-ref = l-Artikolu 15 tal-GDPR
# GDPR, l-Artikolu 16, titlu: “Dritt għar-rettifika”
right-rectification = Dritt għar-rettifika
right-rectification-ref = l-Artikolu 16 tal-GDPR
# GDPR, l-Artikolu 17, titlu: “Dritt għal tħassir (‘dritt li wieħed jintesa’)”
right-erasure = Dritt għal tħassir (“dritt li wieħed jintesa”)
right-erasure-ref = l-Artikolu 17 tal-GDPR
# GDPR, l-Artikolu 18, titlu: “Dritt għal restrizzjoni tal-ipproċessar”
right-restriction = Dritt għal restrizzjoni tal-ipproċessar
right-restriction-ref = l-Artikolu 18 tal-GDPR
# GDPR, l-Artikolu 20, titlu: “Dritt għall-portabbiltà tad-data”
right-portability = Dritt għall-portabbiltà tad-data
right-portability-ref = l-Artikolu 20 tal-GDPR
# GDPR, l-Artikolu 21, titlu: “Dritt ta’ oġġezzjoni”
right-objection = Dritt ta’ oġġezzjoni
right-objection-ref = l-Artikolu 21 tal-GDPR
# GDPR, l-Artikolu 22(1): “Is-suġġett tad-data għandu d-dritt li ma jkunx soġġett għal deċiżjoni bbażata unikament fuq ipproċessar awtomatizzat, inkluż it-tfassil ta’ profili”
right-automated-decisions = Dritt li ma tkunx soġġett għal deċiżjoni bbażata unikament fuq ipproċessar awtomatizzat
right-automated-decisions-ref = l-Artikolu 22 tal-GDPR
# GDPR, l-Artikolu 7(3): “Is-suġġett tad-data għandu d-dritt li jirtira l-kunsens tiegħu fi kwalunkwe ħin.”
right-withdraw-consent = Dritt li tirtira l-kunsens tiegħek fi kwalunkwe ħin
right-withdraw-consent-ref = l-Artikolu 7(3) tal-GDPR
# GDPR, l-Artikolu 77, titlu: “Dritt li jitressaq ilment quddiem awtorità superviżorja”
right-complaint = Dritt li jitressaq ilment quddiem awtorità superviżorja
right-complaint-ref = l-Artikolu 77 tal-GDPR
