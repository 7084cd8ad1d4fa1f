### Bunúis dhlíthiúla na próiseála (RGCS, Airteagal 6(1)) agus coimircí
### d’aistrithe chuig tríú tíortha (RGCS, Caibidil V): lipéid ghearra, tagairtí
### d’airteagail agus tuairiscí i gcaint shimplí.
### RGCS = an Rialachán Ginearálta maidir le Cosaint Sonraí.

## Bunúis dhlíthiúla (RGCS, Airteagal 6(1))

# RGCS, Airteagal 6(1)(a), téacs oifigiúil Gaeilge: “tá toiliú tugtha ag an ábhar sonraí a shonraí pearsanta nó a sonraí pearsanta a phróiseáil …”
legal-basis-consent = Toiliú
legal-basis-consent-ref = RGCS, Airteagal 6(1)(a)
# RGCS, Airteagal 6(1)(b): “is gá an phróiseáil a dhéanamh chun conradh ar páirtí ann an t-ábhar sonraí a chomhlíonadh …”
legal-basis-contract = Conradh a chomhlíonadh
legal-basis-contract-ref = RGCS, Airteagal 6(1)(b)
# RGCS, Airteagal 6(1)(c): “is gá an phróiseáil a dhéanamh chun oibleagáid dhlíthiúil a bhfuil an rialaitheoir faoina réir a chomhlíonadh”
legal-basis-legal-obligation = Oibleagáid dhlíthiúil a chomhlíonadh
legal-basis-legal-obligation-ref = RGCS, Airteagal 6(1)(c)
# RGCS, Airteagal 6(1)(d): “is gá an phróiseáil a dhéanamh chun leasanna ríthábhachtacha an ábhair sonraí nó duine nádúrtha eile a chosaint”
legal-basis-vital-interests = Leasanna ríthábhachtacha a chosaint
legal-basis-vital-interests-ref = RGCS, Airteagal 6(1)(d)
# RGCS, Airteagal 6(1)(e): “… chun cúram a chur i gcrích a dhéantar ar mhaithe le leas an phobail nó i bhfeidhmiú údaráis oifigiúil atá dílsithe don rialaitheoir”
legal-basis-public-task = Cúram ar mhaithe le leas an phobail nó i bhfeidhmiú údaráis oifigiúil
legal-basis-public-task-ref = RGCS, Airteagal 6(1)(e)
# RGCS, Airteagal 6(1)(f): “… chun críocha na leasanna dlisteanacha atá á saothrú ag an rialaitheoir nó ag tríú páirtí”
legal-basis-legitimate-interests = Leasanna dlisteanacha
legal-basis-legitimate-interests-ref = RGCS, Airteagal 6(1)(f)

## Coimircí d’aistrithe (RGCS, Airteagail 45–49)

# RGCS, Airteagal 45: “Aistrithe ar bhonn cinneadh leordhóthanachta”
safeguard-adequacy = Cinneadh leordhóthanachta
safeguard-adequacy-description = Chinn an Coimisiún Eorpach go gcosnaíonn an tír a fhaigheann do shonraí sonraí pearsanta ar leibhéal atá comhionann go bunúsach leis an leibhéal san Aontas Eorpach.
# RGCS, Airteagal 46(2)(c): “clásail chaighdeánacha maidir le cosaint sonraí arna nglacadh ag an gCoimisiún”
safeguard-scc = Clásail chaighdeánacha maidir le cosaint sonraí
safeguard-scc-description = Chomhaontaíomar téarmaí conartha leis an bhfaighteoir, arna bhformheas ag an gCoimisiún Eorpach, a chuireann d’oibleagáid air do shonraí pearsanta a chosaint de réir chaighdeáin an Aontais.
# RGCS, Airteagal 47 agus Airteagal 46(2)(b): “rialacha ceangailteacha corparáideacha”
safeguard-bcr = Rialacha ceangailteacha corparáideacha
safeguard-bcr-description = Is cuid an faighteoir de ghrúpa gnóthas a bhfuil a rialacha inmheánacha cosanta sonraí formheasta ag údarás cosanta sonraí san Aontas agus atá ina gceangal ar gach cuideachta sa ghrúpa.
# Cinneadh Cur Chun Feidhme (AE) 2023/1795 ón gCoimisiún an 10 Iúil 2023: “Creat Príobháideachta Sonraí AE-SAM”
safeguard-dpf = Creat Príobháideachta Sonraí AE-SAM
safeguard-dpf-description = Tá an faighteoir sna Stáit Aontaithe deimhnithe faoi Chreat Príobháideachta Sonraí AE-SAM, ar aithin an Coimisiún Eorpach go dtugann sé cosaint leordhóthanach do do shonraí.
# RGCS, Airteagal 49 (maoluithe ar Airteagail 45 agus 46): “Maoluithe le haghaidh cásanna sonracha”
safeguard-derogation = Maolú (RGCS, Airteagal 49)
safeguard-derogation-description = Níl aon choimirce eile infheidhme, agus mar sin tá an t-aistriú bunaithe ar cheann de na maoluithe cúnga in Airteagal 49 den RGCS, mar shampla do thoiliú follasach nó an gá atá le conradh leat a chomhlíonadh.

## Cearta an ábhair sonraí (RGCS, Airteagal 7(3), Airteagail 15–22 agus Airteagal 77)

# RGCS, Airteagal 15: “Ceart rochtana don ábhar sonraí”
right-access = Ceart rochtana
right-access-ref = RGCS, Airteagal 15
# RGCS, Airteagal 16: “An ceart go ndéanfaí ceartúchán”
right-rectification = An ceart go ndéanfaí ceartúchán
right-rectification-ref = RGCS, Airteagal 16
# RGCS, Airteagal 17: “An ceart go ndéanfaí léirscriosadh (‘an ceart go ndéanfaí ligean i ndearmad’)”
right-erasure = An ceart go ndéanfaí léirscriosadh
right-erasure-ref = RGCS, Airteagal 17
# RGCS, Airteagal 18: “An ceart go gcuirfí srian le próiseáil”
right-restriction = An ceart go gcuirfí srian le próiseáil
right-restriction-ref = RGCS, Airteagal 18
# RGCS, Airteagal 20: “An ceart chun iniomparthacht sonraí”
right-portability = An ceart chun iniomparthacht sonraí
right-portability-ref = RGCS, Airteagal 20
# RGCS, Airteagal 21: “An ceart chun agóid a dhéanamh”
right-objection = An ceart chun agóid a dhéanamh
right-objection-ref = RGCS, Airteagal 21
# RGCS, Airteagal 22(1): “Beidh sé de cheart ag an ábhar sonraí gan a bheith faoi réir cinneadh a bhunaítear
# ar an bpróiseáil uathoibrithe amháin, lena n-áirítear próifíliú …”
right-automated-decisions = An ceart gan a bheith faoi réir cinneadh a bhunaítear ar an bpróiseáil uathoibrithe amháin
right-automated-decisions-ref = RGCS, Airteagal 22
# RGCS, Airteagal 7(3): an ceart ag an ábhar sonraí a thoiliú a tharraingt siar tráth ar bith (cf. Airteagal 17(1)(b):
# “tarraingíonn an t-ábhar sonraí siar a thoiliú”)
right-withdraw-consent = An ceart toiliú a tharraingt siar
right-withdraw-consent-ref = RGCS, Airteagal 7(3)
# RGCS, Airteagal 77; Airteagal 15(1)(f): “an ceart gearán a thaisceadh le húdarás maoirseachta”
right-complaint = An ceart gearán a thaisceadh le húdarás maoirseachta
right-complaint-ref = RGCS, Airteagal 77
