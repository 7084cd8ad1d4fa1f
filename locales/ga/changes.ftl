### Cad a d’athraigh: leathanaigh chomparáide, logálacha athruithe agus fothaí (Gaeilge).

diff-title = Athruithe ó { $date }
diff-compared = I gcomparáid leis an leagan a bhí i bhfeidhm ó { $old }.
diff-read-old = Leagan níos luaithe
diff-read-new = An leagan seo
diff-summary-heading = Achoimre
diff-legend = Marcáilte sa téacs:
diff-legend-inserted = curtha leis
diff-legend-deleted = bainte
diff-coarse = Bhí roinnt athruithe rómhór le marcáil focal ar fhocal: taispeántar iad mar shleachta iomlána a baineadh agus a cuireadh leis.
diff-policy-title = Teideal an bheartais
diff-intro = Réamhrá
diff-status-unchanged = gan athrú
diff-status-added = nua
diff-status-removed = bainte
diff-status-changed = athraithe
# Léann léitheoirí scáileáin é seo timpeall ar gach athrú.
diff-inserted = curtha leis
diff-deleted = bainte
diff-end = {""}

diff-count-none = Níl aon athrú ar an téacs ná ar na faighteoirí.
diff-count-processors-added = { $count ->
    [one] próiseálaí amháin curtha leis
    [two] dhá phróiseálaí curtha leis
    [few] { $count } phróiseálaí curtha leis
    [many] { $count } bpróiseálaí curtha leis
   *[other] próiseálaithe curtha leis: { $count }
}
diff-count-processors-removed = { $count ->
    [one] próiseálaí amháin bainte
    [two] dhá phróiseálaí bainte
    [few] { $count } phróiseálaí bainte
    [many] { $count } bpróiseálaí bainte
   *[other] próiseálaithe bainte: { $count }
}
diff-count-processors-changed = { $count ->
    [one] próiseálaí amháin athraithe
    [two] dhá phróiseálaí athraithe
    [few] { $count } phróiseálaí athraithe
    [many] { $count } bpróiseálaí athraithe
   *[other] próiseálaithe athraithe: { $count }
}
diff-count-sections-added = { $count ->
    [one] roinn amháin curtha leis
    [two] dhá roinn curtha leis
    [few] { $count } roinn curtha leis
    [many] { $count } roinn curtha leis
   *[other] ranna curtha leis: { $count }
}
diff-count-sections-removed = { $count ->
    [one] roinn amháin bainte
    [two] dhá roinn bainte
    [few] { $count } roinn bainte
    [many] { $count } roinn bainte
   *[other] ranna bainte: { $count }
}
diff-count-sections-changed = { $count ->
    [one] roinn amháin athraithe
    [two] dhá roinn athraithe
    [few] { $count } roinn athraithe
    [many] { $count } roinn athraithe
   *[other] ranna athraithe: { $count }
}
diff-count-purposes-added = { $count ->
    [one] cuspóir amháin curtha leis
    [two] dhá chuspóir curtha leis
    [few] { $count } chuspóir curtha leis
    [many] { $count } gcuspóir curtha leis
   *[other] cuspóirí curtha leis: { $count }
}
diff-count-purposes-removed = { $count ->
    [one] cuspóir amháin bainte
    [two] dhá chuspóir bainte
    [few] { $count } chuspóir bainte
    [many] { $count } gcuspóir bainte
   *[other] cuspóirí bainte: { $count }
}
diff-count-purposes-changed = { $count ->
    [one] cuspóir amháin athraithe
    [two] dhá chuspóir athraithe
    [few] { $count } chuspóir athraithe
    [many] { $count } gcuspóir athraithe
   *[other] cuspóirí athraithe: { $count }
}
diff-count-title-changed = teideal athraithe
diff-count-intro-changed = réamhrá athraithe

diff-processor-added = Faighteoir nua: { $name }. { $details }
diff-processor-where = Tíortha ina bpróiseáiltear sonraí: { $countries }.
diff-processor-safeguard = Coimirce don aistriú: { $safeguard }.
diff-processor-removed = { $name }: ní faighteoir é seo a thuilleadh.
diff-processor-safeguard-changed = { $name }: athraíodh an choimirce don aistriú ó “{ $old }” go “{ $new }”.
diff-processor-headquarters-changed = { $name }: áit bhunaithe nua: { $new } (roimhe seo: { $old }).
diff-processor-purpose-changed = { $name }: athraíodh an cuspóir ó “{ $old }” go “{ $new }”.
diff-processor-data-changed = { $name }: athraíodh na sonraí pearsanta a chomhroinntear ó “{ $old }” go “{ $new }”.
safeguard-none = níl aon cheann luaite

processors-log-heading = Logáil athruithe
exports-label = Inléite ag meaisín:
feed-subscribe = Fotha Atom
feed-title = { $company }: athruithe ar an mbeartas príobháideachta
site-feed-title = Gach athrú ar na beartais phríobháideachta
subscribe-heading = Lean na hathruithe
subscribe-feed = Fógraítear leaganacha nua san fhotha:
subscribe-email-label = Seoladh ríomhphoist
subscribe-button = Liostáil
feed-entry-title = Leagan nua i bhfeidhm ó { $date }
feed-entry-upcoming = Leagan nua, teacht i bhfeidhm: { $date }
feed-read-policy = Léigh an beartas

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = níl sé luaite
diff-processor-where-unstated = Níl sé luaite cá bpróiseáiltear na sonraí.
diff-processor-renamed = { $old }: is é { $new } an t-ainm atá air anois.
diff-processor-role-changed = { $name }: athraíodh an ról (roimhe: { $old }; anois: { $new }).
diff-processor-countries-changed = { $name }: athraíodh áit na próiseála (roimhe: { $old }; anois: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Fógartha: { $announced } · Teacht i bhfeidhm: { $date }
notice-objection-deadline = Spriocdháta d’agóidí ó chustaiméirí in aghaidh an athraithe seo: { $deadline }.
notice-class-material = Athrú ábhartha
notice-class-editorial = Athrú eagarthóireachta
notice-reference-upcoming = Tá leagan nua den téacs tagartha ({ $language }) ann (teacht i bhfeidhm: { $date }); níl sé san aistriúchán seo fós.
notice-email-subject = { $company }: athrú ar ár mbeartas príobháideachta (teacht i bhfeidhm: { $date })
notice-email-intro = Tá { $company } ag athrú an bheartais príobháideachta. Teacht i bhfeidhm an leagain nua: { $date }.
notice-email-added = Faighteoirí a cuireadh leis
notice-email-removed = Faighteoirí a baineadh
notice-email-renamed = Faighteoirí a athainmníodh
notice-email-changed = Faighteoirí a athraíodh
notice-email-col-name = Faighteoir
notice-email-col-location = Cá bpróiseáiltear na sonraí
notice-email-col-safeguard = Coimirce don aistriú
notice-email-objection = Féadfaidh tú agóid a dhéanamh in aghaidh an athraithe seo. Spriocdháta: { $deadline }.
notice-email-objection-contact = Chun agóid a dhéanamh, scríobh chuig: { $contact }.
notice-email-diff = Cad a athraíodh, focal ar fhocal:
notice-email-policy = An leagan nua:
