### Какво е променено: страници за сравнение, дневници на промените и абонаменти (български).

diff-title = Промени, в сила от { $date }
diff-compared = Сравнено с версията, която е в сила от { $old } нататък.
diff-read-old = Предишна версия
diff-read-new = Тази версия
diff-summary-heading = Обобщение
diff-legend = Отбелязано в текста:
diff-legend-inserted = добавено
diff-legend-deleted = премахнато
diff-coarse = Някои промени бяха твърде големи, за да бъдат отбелязани дума по дума: те са показани като цели премахнати и добавени пасажи.
diff-policy-title = Заглавие на политиката
diff-intro = Въведение
diff-status-unchanged = без промяна
diff-status-added = нов
diff-status-removed = премахнат
diff-status-changed = променен
# What a diff page says of a section beyond its words.
diff-note-moved = Този раздел е на ново място.
diff-note-was = Преди това разделът „{ $title }“.
diff-note-split-from = Отделен от раздела „{ $title }“.
diff-note-promoted = Преди това подраздел на „{ $title }“, сега самостоятелен раздел.
diff-note-split-into = Част от този раздел сега е разделът „{ $title }“.
diff-note-merged-from = Сега включва текста на раздела „{ $title }“.
diff-note-merged-into = Обединен с раздела „{ $title }“.
diff-note-demoted-into = Сега е подраздел на раздела „{ $title }“.
# Екранните четци прочитат това около всяка промяна.
diff-inserted = добавено
diff-deleted = премахнато
diff-end = {""}

diff-count-none = Няма промени в текста или в получателите.
diff-count-processors-added = { $count ->
    [one] добавен е един получател
   *[other] добавени са { $count } получатели
}
diff-count-processors-removed = { $count ->
    [one] един получател вече не е посочен
   *[other] { $count } получатели вече не са посочени
}
diff-count-processors-changed = { $count ->
    [one] променен е един получател
   *[other] променени са { $count } получатели
}
diff-count-sections-added = { $count ->
    [one] добавен е един раздел
   *[other] добавени са { $count } раздела
}
diff-count-sections-removed = { $count ->
    [one] премахнат е един раздел
   *[other] премахнати са { $count } раздела
}
diff-count-sections-changed = { $count ->
    [one] променен е един раздел
   *[other] променени са { $count } раздела
}
diff-count-purposes-added = { $count ->
    [one] добавена е една цел
   *[other] добавени са { $count } цели
}
diff-count-purposes-removed = { $count ->
    [one] премахната е една цел
   *[other] премахнати са { $count } цели
}
diff-count-purposes-changed = { $count ->
    [one] променена е една цел
   *[other] променени са { $count } цели
}
diff-count-title-changed = заглавието е променено
diff-count-intro-changed = въведението е променено

diff-processor-added = Нов получател: { $name }. { $details }
diff-processor-where = Обработва данни в: { $countries }.
diff-processor-safeguard = Гаранция за предаването: { $safeguard }.
diff-processor-removed = { $name } вече не е посочен като получател.
diff-processor-safeguard-changed = { $name }: гаранцията за предаването е променена от „{ $old }“ на „{ $new }“.
diff-processor-headquarters-changed = { $name }: ново седалище: { $new } (преди: { $old }).
diff-processor-purpose-changed = { $name }: целта е променена от „{ $old }“ на „{ $new }“.
diff-processor-data-changed = { $name }: предоставяните лични данни са променени от „{ $old }“ на „{ $new }“.
safeguard-none = не е посочена

processors-log-heading = Дневник на промените
exports-label = Машинночетими формати:
feed-subscribe = Atom абонамент
feed-title = { $company }: промени в политиката за поверителност
site-feed-title = Всички промени в политиките за поверителност
subscribe-heading = Следете промените
subscribe-feed = Новите версии се обявяват в емисията:
subscribe-email-label = Имейл адрес
subscribe-button = Абониране
feed-entry-title = Нова версия, в сила от { $date }
feed-entry-upcoming = Нова версия, която влиза в сила от { $date }
feed-read-policy = Прочетете политиката

## Recipients: facts as stated (roles, renames, groups, translations)
value-not-stated = не е посочено
diff-processor-where-unstated = Не е посочено къде се обработват данните.
diff-processor-renamed = { $old } вече се нарича { $new }.
diff-processor-role-changed = { $name }: ролята е променена от { $old } на { $new }.
diff-processor-countries-changed = { $name }: мястото на обработване е променено от { $old } на { $new }.

## Notices of change: announced dates, classes, notice e-mails
notice-announced-line = Обявено на { $announced } · влиза в сила на { $date }
notice-objection-deadline = Клиентите могат да възразят срещу тази промяна до { $deadline }
notice-class-material = Съществена промяна
notice-class-editorial = Редакционна промяна
notice-reference-upcoming = Текстът на оригинала ({ $language }) има нова версия, която влиза в сила на { $date }; този превод все още не я съдържа.
notice-email-subject = { $company }: нашата политика за поверителност се променя на { $date }
notice-email-intro = { $company } променя своята политика за поверителност. Новата версия влиза в сила на { $date }
notice-email-added = Добавени получатели
notice-email-removed = Премахнати получатели
notice-email-renamed = Преименувани получатели
notice-email-changed = Променени получатели
notice-email-col-name = Получател
notice-email-col-location = Къде се обработват данните
notice-email-col-safeguard = Гаранция за предаването
notice-email-objection = Можете да възразите срещу тази промяна до { $deadline }
notice-email-objection-contact = За да възразите, пишете на { $contact }.
notice-email-diff = Какво се промени, дума по дума:
notice-email-policy = Новата версия:

## The notice block: the facts of a change one by one, and who classed it and why.
notice-facts-class = Вид на промяната
notice-facts-announced = Обявено
notice-facts-effective = Влиза в сила
notice-facts-deadline = Срок за възражения
notice-facts-object = Как да възразите
notice-facts-changes = Засегнати получатели

# The class is this site's word, not the company's: say who decided it and from what.
notice-class-computed = Класифицирано от този сайт въз основа на разликите между двете версии: { $reasons }.
notice-class-computed-none = Класифицирано от този сайт: разликите между двете версии не променят нито един получател, предаване, цел, правно основание или срок на съхранение.
notice-class-declared = Определено от редакторите на този сайт, а не изчислено от разликите.
notice-object-write = Пишете на { $email }
notice-object-page = Страницата на дружеството за възражения
notice-email-objection-page = За да възразите, използвайте { $contact }
notice-email-col-purpose = Цел
notice-email-col-data = Данни
diff-processor-purpose = Цел: { $purpose }.
diff-processor-data = Данни: { $data }.

## Why a change is material, one reason at a time (joined with "; ").
reason-recipient-added = добавен е получателят { $name }
reason-country-outside-eea = { $name } вече обработва данни извън ЕИП: { $country }
reason-safeguard-weakened = гаранцията за предаването към { $name } е променена от „{ $old }“ на „{ $new }“
reason-purpose-added = добавена е целта „{ $purpose }“
reason-legal-basis-changed = правното основание на целта „{ $purpose }“ е променено
reason-retention-changed = разделът за срока на съхранение на данните е променен
reason-section-changed = разделът { $section } за получателите, предаването или целите е променен
reason-table-row-added = таблица в раздел „{ $section }“ има нов ред: { $row }
reason-table-row-changed = ред от таблица в раздел „{ $section }“ вече гласи: { $row }

## Summaries privsite import writes from what changed between two versions of a text.
import-summary-added = Добавени: { $names }
import-summary-removed = Премахнати: { $names }
import-summary-renamed = { $old } вече се казва { $new }
import-summary-places-first = { $name } – места на обработване: { $places }
import-summary-places-added = { $name } – нови места на обработване: { $places }
import-summary-places-removed = { $name } – места на обработване, които вече не са посочени: { $places }
import-summary-places-changed = { $name } – места на обработване: { $places } (преди: { $old })
import-summary-purpose = { $name }: нова цел
import-summary-section-added = Нов раздел { $title }
import-summary-section-removed = Премахнат раздел { $title }
import-summary-reworded = Преформулирано: { $titles }
import-summary-intro = Преформулирано въведение
import-summary-quoted = „{ $title }“

## A correction notice: a notice sent again because its revision changed after it went out
notice-email-correction-subject = Поправка: { $subject }
notice-email-correction-intro = Настоящото уведомление поправя изпратеното от нас по-рано уведомление относно същата промяна: оттогава текстът е променен. Моля, прочетете настоящото уведомление вместо него.
