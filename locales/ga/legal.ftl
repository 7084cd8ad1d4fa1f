### Bunúis dhlíthiúla na próiseála (RGCS, Airteagal 6(1)) agus coimircí
### d’aistrithe chuig tríú tíortha (RGCS, Caibidil V): lipéid ghearra, tagairtí
### d’airteagail agus tuairiscí i gcaint shimplí.
### RGCS = an Rialachán Ginearálta maidir le Cosaint Sonraí.

## Bunúis dhlíthiúla (RGCS, Airteagal 6(1))

# RGCS, Airteagal 6(1)(a), téacs oifigiúil Gaeilge: “thug an t-ábhar sonraí toiliú le próiseáil a shonraí pearsanta …”
legal-basis-consent = Toiliú
legal-basis-consent-ref = RGCS, Airteagal 6(1)(a)
# RGCS, Airteagal 6(1)(b): “tá an phróiseáil riachtanach chun conradh a chomhlíonadh a bhfuil an t-ábhar sonraí ina pháirtí ann …”
legal-basis-contract = Conradh a chomhlíonadh
legal-basis-contract-ref = RGCS, Airteagal 6(1)(b)
# RGCS, Airteagal 6(1)(c): “tá an phróiseáil riachtanach chun oibleagáid dhlíthiúil a bhfuil an rialaitheoir faoina réir a chomhlíonadh”
legal-basis-legal-obligation = Oibleagáid dhlíthiúil a chomhlíonadh
legal-basis-legal-obligation-ref = RGCS, Airteagal 6(1)(c)
# RGCS, Airteagal 6(1)(d): “tá an phróiseáil riachtanach chun leasanna ríthábhachtacha an ábhair sonraí nó duine nádúrtha eile a chosaint”
legal-basis-vital-interests = Leasanna ríthábhachtacha a chosaint
legal-basis-vital-interests-ref = RGCS, Airteagal 6(1)(d)
# RGCS, Airteagal 6(1)(e): “… chun cúram a dhéanamh ar mhaithe le leas an phobail nó chun údarás oifigiúil a bhfuil an rialaitheoir dílsithe de a fheidhmiú”
legal-basis-public-task = Cúram ar mhaithe le leas an phobail nó údarás oifigiúil a fheidhmiú
legal-basis-public-task-ref = RGCS, Airteagal 6(1)(e)
# RGCS, Airteagal 6(1)(f): “… chun críocha na leasanna dlisteanacha atá á saothrú ag an rialaitheoir nó ag tríú páirtí”
legal-basis-legitimate-interests = Leasanna dlisteanacha
legal-basis-legitimate-interests-ref = RGCS, Airteagal 6(1)(f)

## Coimircí d’aistrithe (RGCS, Airteagail 45–49)

# RGCS, Airteagal 45: “Aistrithe ar bhonn cinneadh leordhóthanachta”
safeguard-adequacy = Cinneadh leordhóthanachta
safeguard-adequacy-description = Chinn an Coimisiún Eorpach go gcosnaíonn an tír a fhaigheann do shonraí sonraí pearsanta ar leibhéal atá comhionann go bunúsach leis an leibhéal san Aontas Eorpach.
# RGCS, Airteagal 46(2)(c): “clásail chaighdeánacha um chosaint sonraí arna nglacadh ag an gCoimisiún”
safeguard-scc = Clásail chaighdeánacha um chosaint sonraí
safeguard-scc-description = Chomhaontaíomar téarmaí conartha leis an bhfaighteoir, arna bhformheas ag an gCoimisiún Eorpach, a chuireann d’oibleagáid air do shonraí pearsanta a chosaint de réir chaighdeáin an Aontais.
# RGCS, Airteagal 47: “Rialacha corparáideacha ceangailteacha”
safeguard-bcr = Rialacha corparáideacha ceangailteacha
safeguard-bcr-description = Is cuid an faighteoir de ghrúpa gnóthas a bhfuil a rialacha inmheánacha cosanta sonraí formheasta ag údarás cosanta sonraí san Aontas agus atá ina gceangal ar gach cuideachta sa ghrúpa.
# Cinneadh Cur Chun Feidhme (AE) 2023/1795 ón gCoimisiún an 10 Iúil 2023: “Creat Príobháideachta Sonraí AE-SAM”
safeguard-dpf = Creat Príobháideachta Sonraí AE-SAM
safeguard-dpf-description = Tá an faighteoir sna Stáit Aontaithe deimhnithe faoi Chreat Príobháideachta Sonraí AE-SAM, ar aithin an Coimisiún Eorpach go dtugann sé cosaint leordhóthanach do do shonraí.
# RGCS, Airteagal 49: “Maoluithe le haghaidh cásanna sonracha”
safeguard-derogation = Maolú (RGCS, Airteagal 49)
safeguard-derogation-description = Níl aon choimirce eile infheidhme, agus mar sin tá an t-aistriú bunaithe ar cheann de na maoluithe cúnga in Airteagal 49 den RGCS, mar shampla do thoiliú follasach nó an gá atá le conradh leat a chomhlíonadh.

## Cearta an ábhair sonraí (RGCS, Airteagal 7(3), Airteagail 15–22 agus Airteagal 77)

# RGCS, Airteagal 15: “Ceart rochtana an ábhair sonraí”
right-access = Ceart rochtana
right-access-ref = RGCS, Airteagal 15
# RGCS, Airteagal 16: “Ceart chun ceartúcháin”
right-rectification = Ceart chun ceartúcháin
right-rectification-ref = RGCS, Airteagal 16
# RGCS, Airteagal 17: “Ceart chun léirscriosta (‘ceart go ndéanfaí dearmad’)”
right-erasure = Ceart chun léirscriosta
right-erasure-ref = RGCS, Airteagal 17
# RGCS, Airteagal 18: “Ceart chun srian a chur le próiseáil”
right-restriction = Ceart chun srian a chur le próiseáil
right-restriction-ref = RGCS, Airteagal 18
# RGCS, Airteagal 20: “Ceart chun iniomparthacht sonraí”
right-portability = Ceart chun iniomparthacht sonraí
right-portability-ref = RGCS, Airteagal 20
# RGCS, Airteagal 21: “Ceart chun agóid a dhéanamh”
right-objection = Ceart chun agóid a dhéanamh
right-objection-ref = RGCS, Airteagal 21
# RGCS, Airteagal 22(1): “… ceart nach mbeidh sé faoi réir cinneadh atá bunaithe ar phróiseáil
# uathoibrithe amháin, lena n-áirítear próifíliú …”
right-automated-decisions = Ceart gan a bheith faoi réir cinneadh atá bunaithe ar phróiseáil uathoibrithe amháin
right-automated-decisions-ref = RGCS, Airteagal 22
# RGCS, Airteagal 7(3): “… ceart a thoiliú a tharraingt siar tráth ar bith”
right-withdraw-consent = Ceart chun toiliú a tharraingt siar
right-withdraw-consent-ref = RGCS, Airteagal 7(3)
# RGCS, Airteagal 77: “Ceart chun gearán a thaisceadh le húdarás maoirseachta”
right-complaint = Ceart chun gearán a thaisceadh le húdarás maoirseachta
right-complaint-ref = RGCS, Airteagal 77
