### X’inbidel: paġni ta’ tqabbil, reġistri tal-bidliet u feeds (Malti).

diff-title = Bidliet (data: { $date })
diff-compared = Imqabbla mal-verżjoni preċedenti (data tad-dħul fis-seħħ: { $old }).
diff-read-old = Verżjoni preċedenti
diff-read-new = Din il-verżjoni
diff-summary-heading = Sommarju
diff-legend = Immarkat fit-test:
diff-legend-inserted = miżjud
diff-legend-deleted = imneħħi
diff-coarse = Xi bidliet kienu kbar wisq biex jiġu mmarkati kelma b’kelma: jintwerew bħala siltiet sħaħ imneħħija u miżjuda.
diff-policy-title = It-titlu tal-politika
diff-intro = Introduzzjoni
diff-status-unchanged = mhux mibdul
diff-status-added = ġdid
diff-status-removed = imneħħi
diff-status-changed = mibdul
# What a diff page says of a section beyond its words.
diff-note-moved = Din it-taqsima tinsab f’post ġdid.
diff-note-was = Qabel, it-taqsima “{ $title }”.
diff-note-split-from = Maqsuma mit-taqsima “{ $title }”.
diff-note-promoted = Qabel, subtaqsima ta’ “{ $title }”, issa taqsima għaliha.
diff-note-split-into = Parti minn din it-taqsima issa hija t-taqsima “{ $title }”.
diff-note-merged-from = Issa tinkludi t-test tat-taqsima “{ $title }”.
diff-note-merged-into = Magħquda mat-taqsima “{ $title }”.
diff-note-demoted-into = Issa subtaqsima tat-taqsima “{ $title }”.
# Jinqraw mill-qarrejja tal-iskrin qabel u wara kull bidla.
diff-inserted = miżjud
diff-deleted = imneħħi
diff-end = {""}

diff-count-none = L-ebda bidla fit-test jew fir-riċevituri.
diff-count-processors-added = { $count ->
    [one] riċevitur wieħed miżjud
    [two] riċevituri miżjuda: { $count }
    [few] riċevituri miżjuda: { $count }
    [many] riċevituri miżjuda: { $count }
   *[other] riċevituri miżjuda: { $count }
}
diff-count-processors-removed = { $count ->
    [one] riċevitur wieħed m’għadux elenkat
    [two] riċevituri li m’għadhomx elenkati: { $count }
    [few] riċevituri li m’għadhomx elenkati: { $count }
    [many] riċevituri li m’għadhomx elenkati: { $count }
   *[other] riċevituri li m’għadhomx elenkati: { $count }
}
diff-count-processors-changed = { $count ->
    [one] riċevitur wieħed mibdul
    [two] riċevituri mibdula: { $count }
    [few] riċevituri mibdula: { $count }
    [many] riċevituri mibdula: { $count }
   *[other] riċevituri mibdula: { $count }
}
diff-count-sections-added = { $count ->
    [one] taqsima waħda miżjuda
    [two] taqsimiet miżjudin: { $count }
    [few] taqsimiet miżjudin: { $count }
    [many] taqsimiet miżjudin: { $count }
   *[other] taqsimiet miżjudin: { $count }
}
diff-count-sections-removed = { $count ->
    [one] taqsima waħda mneħħija
    [two] taqsimiet imneħħija: { $count }
    [few] taqsimiet imneħħija: { $count }
    [many] taqsimiet imneħħija: { $count }
   *[other] taqsimiet imneħħija: { $count }
}
diff-count-sections-changed = { $count ->
    [one] taqsima waħda mibdula
    [two] taqsimiet mibdulin: { $count }
    [few] taqsimiet mibdulin: { $count }
    [many] taqsimiet mibdulin: { $count }
   *[other] taqsimiet mibdulin: { $count }
}
diff-count-purposes-added = { $count ->
    [one] skop wieħed miżjud
    [two] skopijiet miżjudin: { $count }
    [few] skopijiet miżjudin: { $count }
    [many] skopijiet miżjudin: { $count }
   *[other] skopijiet miżjudin: { $count }
}
diff-count-purposes-removed = { $count ->
    [one] skop wieħed imneħħi
    [two] skopijiet imneħħija: { $count }
    [few] skopijiet imneħħija: { $count }
    [many] skopijiet imneħħija: { $count }
   *[other] skopijiet imneħħija: { $count }
}
diff-count-purposes-changed = { $count ->
    [one] skop wieħed mibdul
    [two] skopijiet mibdulin: { $count }
    [few] skopijiet mibdulin: { $count }
    [many] skopijiet mibdulin: { $count }
   *[other] skopijiet mibdulin: { $count }
}
diff-count-title-changed = it-titlu nbidel
diff-count-intro-changed = l-introduzzjoni nbidlet

diff-processor-added = Żdied ir-riċevitur { $name }. { $details }
diff-processor-where = Jipproċessa d-data f’dawn il-pajjiżi: { $countries }.
diff-processor-safeguard = Salvagwardja għat-trasferiment: { $safeguard }.
diff-processor-removed = { $name } m’għadux elenkat bħala riċevitur.
diff-processor-safeguard-changed = { $name }: is-salvagwardja għat-trasferiment inbidlet minn “{ $old }” għal “{ $new }”.
diff-processor-headquarters-changed = { $name }: pajjiż tal-istabbiliment issa: { $new } (qabel: { $old }).
diff-processor-purpose-changed = { $name }: l-iskop inbidel minn “{ $old }” għal “{ $new }”.
diff-processor-data-changed = { $name }: id-data personali kondiviża nbidlet minn “{ $old }” għal “{ $new }”.
safeguard-none = xejn imsemmi

processors-log-heading = Reġistru tal-bidliet
exports-label = Li jinqara minn magna:
feed-subscribe = Feed Atom
feed-title = { $company }: bidliet fil-politika tal-privatezza
site-feed-title = Il-bidliet kollha fil-politiki tal-privatezza
subscribe-heading = Segwi l-bidliet
subscribe-feed = Il-verżjonijiet ġodda jitħabbru fil-feed:
subscribe-email-label = Indirizz tal-email
subscribe-button = Abbona
feed-entry-title = Verżjoni ġdida fis-seħħ (data: { $date })
feed-entry-upcoming = Verżjoni ġdida li se tidħol fis-seħħ (data: { $date })
feed-read-policy = Aqra l-politika

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = mhux imsemmi
diff-processor-where-unstated = Mhux imsemmi fejn tiġi pproċessata d-data.
diff-processor-renamed = { $old } issa jismu { $new }.
diff-processor-role-changed = { $name }: ir-rwol inbidel minn { $old } għal { $new }.
diff-processor-countries-changed = { $name }: il-post fejn tiġi pproċessata d-data nbidel (qabel: { $old }; issa: { $new }).

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Imħabbar: { $announced } · jidħol fis-seħħ: { $date }
notice-objection-deadline = Skadenza għall-oġġezzjonijiet tal-klijenti għal din il-bidla: { $deadline }.
notice-class-material = Bidla sostanzjali
notice-class-editorial = Bidla editorjali
notice-reference-upcoming = It-test ta’ referenza ({ $language }) għandu verżjoni ġdida li se tidħol fis-seħħ (data: { $date }); din it-traduzzjoni għadha ma tinkludihiex.
notice-email-subject = { $company }: il-politika tal-privatezza tagħna qed tinbidel (data: { $date })
notice-email-intro = { $company } qed tibdel il-politika tal-privatezza tagħha. Il-verżjoni l-ġdida se tidħol fis-seħħ (data: { $date }).
notice-email-added = Riċevituri miżjuda
notice-email-removed = Riċevituri mneħħija
notice-email-renamed = Riċevituri b’isem ġdid
notice-email-changed = Riċevituri mibdula
notice-email-col-name = Riċevitur
notice-email-col-location = Fejn tiġi pproċessata d-data
notice-email-col-safeguard = Salvagwardja għat-trasferiment
notice-email-objection = Tista’ toġġezzjona għal din il-bidla. Skadenza: { $deadline }.
notice-email-objection-contact = Biex toġġezzjona, ikkuntattja: { $contact }.
notice-email-diff = X’inbidel, kelma b’kelma:
notice-email-policy = Il-verżjoni l-ġdida:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Tip ta’ bidla
notice-facts-announced = Imħabbar
notice-facts-effective = Jidħol fis-seħħ
notice-facts-deadline = Skadenza għall-oġġezzjonijiet
notice-facts-object = Kif toġġezzjona
notice-facts-changes = Riċevituri milquta mill-bidla

notice-class-computed = Ikklassifikata minn dan is-sit abbażi tad-differenzi bejn iż-żewġ verżjonijiet: { $reasons }.
notice-class-computed-none = Ikklassifikata minn dan is-sit: id-differenzi bejn iż-żewġ verżjonijiet ma jbiddlu l-ebda riċevitur, trasferiment, skop, bażi legali jew perjodu ta’ żamma.
notice-class-declared = Stabbilita mill-edituri ta’ dan is-sit, mhux ikkalkulata mid-differenzi.
notice-object-write = Ikteb lil { $email }
notice-object-page = Il-paġna tal-kumpanija għall-oġġezzjonijiet
notice-email-objection-page = Biex toġġezzjona, uża { $contact }
notice-email-col-purpose = Skop
notice-email-col-data = Data
diff-processor-purpose = Skop: { $purpose }.
diff-processor-data = Data: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = żdied ir-riċevitur { $name }
reason-country-outside-eea = { $name } issa jipproċessa d-data barra miż-ŻEE ({ $country })
reason-safeguard-weakened = is-salvagwardja għat-trasferiment lil { $name } inbidlet minn “{ $old }” għal “{ $new }”
reason-purpose-added = żdied l-iskop { $purpose }
reason-legal-basis-changed = inbidlet il-bażi legali tal-iskop { $purpose }
reason-retention-changed = inbidlet it-taqsima dwar kemm tinżamm id-data
reason-section-changed = inbidlet it-taqsima { $section } dwar ir-riċevituri, it-trasferimenti jew l-iskopijiet
reason-table-row-added = tabella fit-taqsima { $section } għandha ringiela ġdida: { $row }
reason-table-row-changed = ringiela ta’ tabella fit-taqsima { $section } issa taqra: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Miżjud: { $names }
import-summary-removed = Imneħħi: { $names }
import-summary-renamed = { $old }: isem ġdid { $new }
import-summary-places-first = { $name } – postijiet tal-ipproċessar: { $places }
import-summary-places-added = { $name } – postijiet ġodda tal-ipproċessar: { $places }
import-summary-places-removed = { $name } – postijiet tal-ipproċessar li m'għadhomx imsemmija: { $places }
import-summary-places-changed = { $name } – postijiet tal-ipproċessar: { $places } (qabel: { $old })
import-summary-purpose = { $name }: skop ġdid
import-summary-section-added = Taqsima ġdida: { $title }
import-summary-section-removed = Taqsima mneħħija: { $title }
import-summary-reworded = Riformulat: { $titles }
import-summary-intro = Introduzzjoni riformulata
import-summary-quoted = “{ $title }”

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Korrezzjoni: { $subject }
notice-email-correction-intro = Dan l-avviż jikkoreġi avviż li bgħatna qabel dwar l-istess bidla: it-test inbidel minn dak iż-żmien. Jekk jogħġbok, aqra dan l-avviż minflok.
