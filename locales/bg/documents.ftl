## Други документи на дружеството освен политиката за поверителност
## Датата завършва с „г.“, затова { $date } никога не стои в края на изречение.

documents-nav-label = { $company }: документи
# Когато документът не е на езика на читателя: езикът, на който се отваря.
document-in-language = (език: { $language })
document-kind-privacy = Политика за поверителност
# ОРЗД, чл. 28, параграфи 2 и 4: „друг обработващ лични данни“
document-kind-subprocessors = Подизпълнители (обработващи лични данни)
document-kind-cookies = Декларация за бисквитките
document-kind-dpa = Договор за обработване на лични данни
document-kind-terms = Общи условия
document-kind-other = Документ
company-documents-heading = Документи
# Пред връзка към списъка на подизпълнителите на дружеството, когато уведомлението посочва получателите си там.
processors-listed-in = Получателите са посочени в:
# Първата връзка в навигацията на документ (тази на политиката гласи „Действаща политика“).
nav-current-document = Действаща версия

## Бисквитки и подобни технологии за съхранение

nav-cookies = Бисквитки
cookies-title = Бисквитки и подобни технологии за съхранение
cookies-heading = Бисквитки и подобни технологии за съхранение
cookies-intro = { $count ->
    [one] Версията, която е в сила от { $date }, посочва една бисквитка или подобна технология за съхранение.
   *[other] Версията, която е в сила от { $date }, посочва { $count } бисквитки и подобни технологии за съхранение.
}
cookies-none = Тази версия не посочва бисквитки.
cookies-caption = { $company }: бисквитки и подобни технологии за съхранение
cookies-upcoming-heading = Предстоящи промени
cookie-name = Наименование
cookie-purpose = Цел
cookie-duration = Срок на съхранение
cookie-provider = Доставчик
cookie-category-necessary = Строго необходими
cookie-category-preferences = Предпочитания
cookie-category-statistics = Статистика
cookie-category-marketing = Маркетинг
cookie-category-unstated = Категорията не е посочена
cookie-category-necessary-description = Съхраняването, което е строго необходимо за услуга, поискана от вас, не изисква съгласие (чл. 5, пар. 3 от Директивата за правото на неприкосновеност на личния живот и електронни комуникации).
cookie-category-consent-description = Изисква се вашето съгласие, преди да бъдат поставени (чл. 5, пар. 3 от Директивата за правото на неприкосновеност на личния живот и електронни комуникации).
# След името на доставчика в скоби и в change-cookie-party (преди: …; сега: …).
cookie-party-first = първа страна
cookie-party-third = трета страна
cookie-type-cookie = бисквитка
cookie-type-local-storage = локално хранилище
cookie-type-session-storage = хранилище на сесията
cookie-type-pixel = пиксел
cookie-type-indexeddb = IndexedDB
# Самостоятелно в таблицата и след „срок на съхранение:“.
duration-session = до затваряне на браузъра
duration-years = { $count ->
    [one] { $count } година
   *[other] { $count } години
}
duration-months = { $count ->
    [one] { $count } месец
   *[other] { $count } месеца
}
duration-weeks = { $count ->
    [one] { $count } седмица
   *[other] { $count } седмици
}
duration-days = { $count ->
    [one] { $count } ден
   *[other] { $count } дни
}
duration-hours = { $count ->
    [one] { $count } час
   *[other] { $count } часа
}
duration-minutes = { $count ->
    [one] { $count } минута
   *[other] { $count } минути
}
duration-seconds = { $count ->
    [one] { $count } секунда
   *[other] { $count } секунди
}

## Промени в бисквитките, представени като факти

diff-cookies-heading = Бисквитки
diff-count-cookies-added = { $count ->
    [one] добавена е една бисквитка
   *[other] добавени са { $count } бисквитки
}
diff-count-cookies-removed = { $count ->
    [one] премахната е една бисквитка
   *[other] премахнати са { $count } бисквитки
}
diff-count-cookies-changed = { $count ->
    [one] променена е една бисквитка
   *[other] променени са { $count } бисквитки
}
change-cookie-added = Нова бисквитка { $name } ({ $category }), доставчик: { $provider }; срок на съхранение: { $duration }.
change-cookie-added-unstated-provider = Нова бисквитка { $name } ({ $category }); срок на съхранение: { $duration }; не е посочено кой я поставя.
change-cookie-removed = Бисквитката { $name } вече не се използва.
change-cookie-provider = { $name }: доставчикът е променен (преди: { $old }; сега: { $new }).
change-cookie-category = { $name }: категорията е променена (преди: { $old }; сега: { $new }).
change-cookie-duration = { $name }: срокът на съхранение е променен (преди: { $old }; сега: { $new }).
change-cookie-party = { $name }: променена е страната, която поставя бисквитката (преди: { $old }; сега: { $new }).
change-cookie-purpose = Целта на бисквитката { $name } вече е: „{ $new }“ (преди: „{ $old }“).
change-cookie-countries = { $name }: мястото на обработване е променено (преди: { $old }; сега: { $new }).
change-cookie-safeguard = { $name }: гаранцията за предаването е променена от „{ $old }“ на „{ $new }“.
reason-cookie-added = добавена е бисквитката { $name } ({ $category })
reason-cookie-needs-consent = бисквитката { $name } вече е в категория „{ $category }“ и изисква съгласие
reason-cookie-kept-longer = бисквитката { $name } вече се съхранява по-дълго (преди: { $old }; сега: { $new })
reason-cookie-country-outside-eea = бисквитката { $name } вече се обработва извън ЕИП: { $country }

## Известия за промяна на документ, различен от политиката за поверителност

notice-email-subject-document = { $company }: „{ $document }“ се променя на { $date }
notice-email-intro-document = { $company } променя „{ $document }“. Новата версия влиза в сила на { $date }
