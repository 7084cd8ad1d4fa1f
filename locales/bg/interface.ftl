### Текстове на интерфейса на темата по подразбиране: български.
### Сайтът може да замени всяко съобщение в собствените си файлове locales/bg/*.ftl. Там
### може да се определи `site-title`, за да се преведе заглавието от site.toml.
### Датите, имената на месеците и имената на езиците идват от Unicode CLDR.
### Датата завършва с „г.“ („25 май 2018 г.“), затова { $date } не стои в края на изречение.

## Дати: от Unicode CLDR (тук няма съобщения)

## Рамка на страницата
skip-to-content = Към съдържанието
language-switcher = Език
footer-published = Публикувано с privsite.
policy-navigation = Тази политика
nav-current = Действаща политика
nav-history = История на версиите
nav-processors = Получатели

## Известия
notice-past-title = Предишна версия.
notice-past = Тази версия беше в сила от { $from } до { $until } включително.
notice-read-current = Прочетете действащата версия.
notice-upcoming-title = Предстояща версия.
notice-upcoming = От { $date } се прилага тази версия. Дотогава е в сила настоящата версия.
notice-new-version-title = Предстои нова версия.
notice-new-version = От { $date } влиза в сила актуализирана политика.
notice-read-upcoming = Прочетете новата версия.
notice-stale-title = Този превод не е актуален.
notice-stale = От { $since } насам версията на { $reference } е променена, а този превод все още не е актуализиран.
notice-read-reference = Прочетете версията на { $reference }.
no-revision-in-force = Все още няма действаща версия на тази политика.

## Политиката
in-force-from = В сила от { $date }
takes-effect = Влиза в сила от { $date }
all-versions = Всички версии
what-changed = Какво е променено
contents = Съдържание
purposes-heading = Цели и правни основания
processors-heading = Получатели на лични данни
processors-caption = { $company }: обработващи лични данни и други получатели на лични данни
processors-more = Получатели във времето
legal-basis-label = { $count ->
    [one] Правно основание:
   *[other] Правни основания:
}
legitimate-interest-label = Преследван легитимен интерес:
version-footer = Това е версията, която е в сила от { $date } нататък.
permalink = Постоянна връзка към тази версия

## Администратор
controller-heading = Администратор
controller-name = Наименование
controller-org-number = ЕИК или друг регистрационен номер
controller-address = Адрес
controller-email = Електронна поща
controller-phone = Телефон
controller-website = Уебсайт
controller-dpo = Длъжностно лице по защита на данните
controller-authority = Надзорен орган
not-stated = Не е посочено в тази политика

## Таблица на получателите
processor-name = Получател
processor-purpose = Цел
processor-data = Лични данни
processor-since = От
processor-removed-on = Не е посочен, считано от
processor-headquarters = Седалище: { $country }
outside-eea = извън ЕИП
safeguard-missing = Не е посочена

## История
history-title = История на версиите
history-intro = { $count ->
    [one] Тази политика има една версия.
   *[other] Тази политика има { $count } версии, като най-новата е първа.
}
status-current = В сила
status-past = Предишна версия
status-upcoming = Предстояща

## Страница за обработващите лични данни
processors-title = Получатели на лични данни
processors-intro = { $count ->
    [0] Версията, която е в сила от { $date }, не изброява получатели.
    [one] Версията, която е в сила от { $date }, посочва един получател на лични данни.
   *[other] Версията, която е в сила от { $date }, посочва { $count } получатели на лични данни.
}
processors-upcoming-heading = Предстоящи промени
processors-removed-heading = Получатели, които вече не са посочени
processors-removed-caption = Получатели, посочени в предишни версии, но не и във версията, която е в сила

## Страници на сайта
index-intro = Политики за поверителност, всяка с версиите, с които разполага този сайт.
company-choose-language = Изберете език:
not-found-title = Страницата не е намерена
not-found-text = На този адрес няма страница. Политиката може да е преместена или във връзката да има грешка.
not-found-home = Към всички политики за поверителност

## Recipients: facts as stated (roles, renames, groups, translations)
processor-location = Място на обработване и гаранция
location-within-eea = В рамките на ЕИП
region-eu = Европейски съюз
region-eea = Европейско икономическо пространство
processor-formerly = Предишно наименование: { $names }
processor-since-date = От { $date }
group-purpose = Цел: { $purpose }
# Чл. 4, точка 8 и чл. 28 от ОРЗД: „обработващ лични данни“
role-processor = Обработващ лични данни
# Чл. 4, точка 7 от ОРЗД: „администратор“; тук такъв, който сам определя целите и средствата
role-controller = Самостоятелен администратор
# Чл. 26 от ОРЗД: „съвместни администратори“
role-joint-controller = Съвместен администратор
# Чл. 4, точка 19 от ОРЗД: „група предприятия“
role-affiliate = Предприятие от същата група предприятия
processors-in-prose = Версията, която е в сила от { $date }, описва получателите в текста, а не в таблица:
translation-notice-title = Превод.
translation-notice = Този текст е превод, изготвен за този сайт. Език на оригинала: { $language }; дружеството е публикувало текста на този език.
translation-read-original = Прочетете оригинала ({ $language }).
print-address = Постоянен адрес на тази версия:
print-address-page = Адрес на тази страница:

## The site's voice, apart from the company's.
translation-notice-company = Този текст е собствен превод на дружеството. Език на оригинала: { $language }.
archived-notice-title = Архивно копие.
archived-notice = Това е текстът във вида, в който е публикуван на { $date }, запазен като документ. Не се твърди, че е в сила днес.
status-archived = Архивно копие
date-note-label = Дата, избрана от този сайт:
# Before what was corrected in a revision after it was published, and why (`corrected`).
corrected-label = Поправено след публикуването:
summary-by-site = Резюме, написано за този сайт:

# Shown where the interface of a page is in English because its locale has no
# translation of it.
interface-untranslated-note = Заглавията и надписите на тази страница са на английски: все още не са преведени на езика на тази политика.
