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
# What a diff page says of a section beyond its words.
diff-note-moved = Tá an chuid seo in áit nua.
diff-note-was = An chuid “{ $title }” roimhe seo.
diff-note-split-from = Scartha ón gcuid “{ $title }”.
diff-note-promoted = Fo-chuid de “{ $title }” roimhe seo, cuid ann féin anois.
diff-note-split-into = Is é an chuid “{ $title }” cuid den chuid seo anois.
diff-note-merged-from = Tá téacs na coda “{ $title }” san áireamh anois.
diff-note-merged-into = Cumaiscthe leis an gcuid “{ $title }”.
diff-note-demoted-into = Fo-chuid den chuid “{ $title }” anois.
# Léann léitheoirí scáileáin é seo timpeall ar gach athrú.
diff-inserted = curtha leis
diff-deleted = bainte
diff-end = {""}

diff-count-none = Níl aon athrú ar an téacs ná ar na faighteoirí.
diff-count-processors-added = { $count ->
    [one] faighteoir amháin curtha leis
    [two] dhá fhaighteoir curtha leis
    [few] { $count } fhaighteoir curtha leis
    [many] { $count } bhfaighteoir curtha leis
   *[other] faighteoirí curtha leis: { $count }
}
diff-count-processors-removed = { $count ->
    [one] faighteoir amháin nach bhfuil liostaithe a thuilleadh
    [two] dhá fhaighteoir nach bhfuil liostaithe a thuilleadh
    [few] { $count } fhaighteoir nach bhfuil liostaithe a thuilleadh
    [many] { $count } bhfaighteoir nach bhfuil liostaithe a thuilleadh
   *[other] faighteoirí nach bhfuil liostaithe a thuilleadh: { $count }
}
diff-count-processors-changed = { $count ->
    [one] faighteoir amháin athraithe
    [two] dhá fhaighteoir athraithe
    [few] { $count } fhaighteoir athraithe
    [many] { $count } bhfaighteoir athraithe
   *[other] faighteoirí athraithe: { $count }
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
diff-processor-removed = { $name }: níl sé liostaithe mar fhaighteoir a thuilleadh.
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

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Aicme an athraithe
notice-facts-announced = Fógartha
notice-facts-effective = Teacht i bhfeidhm
notice-facts-deadline = Spriocdháta d’agóidí
notice-facts-object = Conas agóid a dhéanamh
notice-facts-changes = Faighteoirí a athraíonn

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Aicmithe ag an suíomh seo ó na difríochtaí idir an dá leagan: { $reasons }.
notice-class-computed-none = Aicmithe ag an suíomh seo: ní athraíonn na difríochtaí idir an dá leagan aon fhaighteoir, aistriú, cuspóir, bunús dlí ná tréimhse choinneála.
notice-class-declared = Socraithe ag eagarthóirí an tsuímh seo, ní ríofa ó na difríochtaí.
notice-object-write = Scríobh chuig { $email }
notice-object-page = Leathanach agóidí na cuideachta
notice-email-objection-page = Chun agóid a dhéanamh, úsáid { $contact }
notice-email-col-purpose = Cuspóir
notice-email-col-data = Sonraí
diff-processor-purpose = Cuspóir: { $purpose }.
diff-processor-data = Sonraí: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = cuireadh an faighteoir { $name } leis
reason-country-outside-eea = próiseálann { $name } sonraí lasmuigh den LEE anois: { $country }
reason-safeguard-weakened = athraíodh an choimirce don aistriú chuig { $name } ó “{ $old }” go “{ $new }”
reason-purpose-added = cuireadh an cuspóir “{ $purpose }” leis
reason-legal-basis-changed = athraíodh bunús dlí an chuspóra “{ $purpose }”
reason-retention-changed = athraíodh an chuid faoin bhfad a choinnítear sonraí
reason-section-changed = athraíodh an chuid { $section } faoi fhaighteoirí, aistrithe nó cuspóirí
reason-table-row-added = tá ró nua i dtábla sa chuid “{ $section }”: { $row }
reason-table-row-changed = seo é anois téacs ró tábla sa chuid “{ $section }”: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Curtha leis: { $names }
import-summary-removed = Bainte: { $names }
import-summary-renamed = { $old }: ainm nua { $new }
import-summary-places-first = { $name } – áiteanna próiseála: { $places }
import-summary-places-added = { $name } – áiteanna nua próiseála: { $places }
import-summary-places-removed = { $name } – áiteanna próiseála nach luaitear a thuilleadh: { $places }
import-summary-places-changed = { $name } – áiteanna próiseála: { $places } (roimhe seo: { $old })
import-summary-purpose = { $name }: cuspóir nua
import-summary-section-added = Roinn nua: { $title }
import-summary-section-removed = Roinn bainte: { $title }
import-summary-reworded = Athfhoclaithe: { $titles }
import-summary-intro = Réamhrá athfhoclaithe
import-summary-quoted = “{ $title }”

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Ceartúchán: { $subject }
notice-email-correction-intro = Ceartaíonn an fógra seo fógra a sheolamar roimhe seo faoin athrú céanna: athraíodh an téacs ó shin. Léigh an fógra seo ina ionad, le do thoil.
