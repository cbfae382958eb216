<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Threatlog</source>
        <translation>О программе Threatlog</translation>
    </message>
    <message>
        <source>Threatlog %1</source>
        <translation>Threatlog %1</translation>
    </message>
    <message>
        <source>An encrypted record of threats and their evidence.</source>
        <translation>Зашифрованный журнал угроз и доказательств.</translation>
    </message>
    <message>
        <source>Threatlog is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Threatlog — свободная программа: вы можете распространять и/или изменять её на условиях Стандартной общественной лицензии GNU (GNU General Public License), опубликованной Фондом свободного программного обеспечения, версии 3 либо (по вашему выбору) любой более поздней версии. Программа предоставляется БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ.</translation>
    </message>
    <message>
        <source>Threatlog includes these components, each under its own licence. Choose one to read its licence:</source>
        <translation>Threatlog включает следующие компоненты, у каждого своя лицензия. Выберите компонент, чтобы прочитать его лицензию:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Встроенные компоненты и их лицензии</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <source>Qt is used under the GNU LGPL version 3: this copy loads it as separate libraries, which you may replace with your own build of the same version. Qt includes third-party code under its own licences, listed at %1.</source>
        <translation>Qt используется на условиях GNU LGPL версии 3: эта копия программы загружает Qt как отдельные библиотеки, которые вы можете заменить собственной сборкой той же версии. Qt содержит сторонний код под собственными лицензиями; их список: %1.</translation>
    </message>
    <message>
        <source>%1 is distributed under %2. The full text is not included in this copy; it is published at %3</source>
        <translation>%1 распространяется на условиях %2. Полный текст лицензии не включён в эту копию; он опубликован здесь: %3</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Account %1</source>
        <translation>Аккаунт %1</translation>
    </message>
    <message>
        <source>Other handles of the same actor, separated by commas</source>
        <translation>Другие имена пользователя того же человека или группы, через запятую</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Отображаемое имя</translation>
    </message>
    <message>
        <source>&amp;Profile URL</source>
        <translation>&amp;Ссылка на профиль</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Другие имена</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Perpetrator accounts</source>
        <translation>Аккаунты преследователей</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>&amp;Show incidents</source>
        <translation>&amp;Показать инциденты</translation>
    </message>
    <message>
        <source>List this account&apos;s incidents in the main window (Enter)</source>
        <translation>Показать инциденты этого аккаунта в главном окне (Enter)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Display name, profile URL, aliases and notes (Ctrl+E)</source>
        <translation>Отображаемое имя, ссылка на профиль, другие имена и заметки (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Select two accounts that are one actor (Ctrl+click) to merge them</source>
        <translation>Выберите два аккаунта одного и того же человека или группы (Ctrl+щелчок), чтобы объединить их</translation>
    </message>
    <message>
        <source>Select an account to see what is known about it; select two that are one actor to merge them.</source>
        <translation>Выберите аккаунт, чтобы увидеть, что о нём известно; выберите два аккаунта одного и того же человека или группы, чтобы объединить их.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Ссылка на профиль</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into this account:</source>
        <translation>Объединены с этим аккаунтом:</translation>
    </message>
    <message>
        <source>Merge %1 into %2?

They will count as one actor: the %3 incident(s) of %1 are linked to %2, and its aliases move too. The incidents themselves are not changed, and %1 stays recorded as merged, so searching for it still finds them.</source>
        <translation>Объединить %1 с %2?

Они будут считаться одним человеком или группой: инциденты %1 (всего: %3) будут связаны с %2, туда же перейдут и другие имена. Сами инциденты не изменятся, а %1 останется записан как объединённый, поэтому поиск по нему по-прежнему их найдёт.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Впервые (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Последний раз (UTC)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>Threatlog</source>
        <translation>Threatlog</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>&amp;Новый инцидент</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot as new incident</source>
        <translation>&amp;Вставить скриншот как новый инцидент</translation>
    </message>
    <message>
        <source>&amp;Capture screen region…</source>
        <translation>Снимок &amp;области экрана…</translation>
    </message>
    <message>
        <source>&amp;Edit incident</source>
        <translation>&amp;Изменить инцидент</translation>
    </message>
    <message>
        <source>&amp;Add files to incident…</source>
        <translation>&amp;Добавить файлы к инциденту…</translation>
    </message>
    <message>
        <source>&amp;Delete incident…</source>
        <translation>&amp;Удалить инцидент…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;Проверить пакет доказательств…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>&amp;Экспортировать пакет доказательств…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Vault &amp;key…</source>
        <translation>&amp;Ключ хранилища…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Check integrity…</source>
        <translation>Проверить &amp;целостность…</translation>
    </message>
    <message>
        <source>&amp;Destroy this vault…</source>
        <translation>&amp;Уничтожить это хранилище…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;About Threatlog</source>
        <translation>&amp;О программе Threatlog</translation>
    </message>
    <message>
        <source>&amp;First-run guide</source>
        <translation>&amp;Знакомство с программой</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Инцидент</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Vault unlocked. Lock with Ctrl+L; F12 hides everything at once.</source>
        <translation>Хранилище разблокировано. Заблокировать: Ctrl+L; F12 мгновенно скрывает всё.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked. The vault is closed and its key forgotten.</source>
        <translation>Заблокировано. Хранилище закрыто, его ключ удалён из памяти.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>обязательны следующие аргументы: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>явно указанный аргумент %r проигнорирован</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>неожиданный параметр: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидался один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидалось не больше одного аргумента</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидался хотя бы один аргумент</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument</source>
        <translation>
            <numerusform>ожидался %s аргумент</numerusform>
            <numerusform>ожидалось %s аргумента</numerusform>
            <numerusform>ожидалось %s аргументов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDoneDialog</name>
    <message>
        <source>Backup written</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>Резервная копия записана и проверена.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>SHA-256 of the backup file</source>
        <translation>SHA-256 файла резервной копии</translation>
    </message>
    <message>
        <source>It opens with the passphrase and the recovery code you have now; a later passphrase change does not reach it. Keep it away from this computer: abroad, or with someone you trust. Whoever holds it and learns your passphrase can open it, and destroying this vault does not erase it.</source>
        <translation>Она открывается текущей парольной фразой и текущим кодом восстановления; если позже сменить парольную фразу, на эту копию это не повлияет. Храните её не на этом компьютере: за границей или у человека, которому вы доверяете. Любой, у кого есть эта копия и кто узнает вашу парольную фразу, сможет её открыть; уничтожение этого хранилища её не стирает.</translation>
    </message>
    <message>
        <source>Write the SHA-256 down: it lets you recognise this backup later, unaltered.</source>
        <translation>Запишите SHA-256: по нему вы позже узнаете эту резервную копию и убедитесь, что она не изменена.</translation>
    </message>
    <message>
        <source>Copy &amp;SHA-256</source>
        <translation>Копировать &amp;SHA-256</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 файла:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Как создана</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation>Первый (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation>Последний (UTC)</translation>
    </message>
    <message>
        <source>&amp;Show incidents</source>
        <translation>&amp;Показать инциденты</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>&amp;Ungroup…</source>
        <translation>&amp;Расформировать…</translation>
    </message>
    <message>
        <source>Delete the campaign; its incidents stay as they are</source>
        <translation>Удалить кампанию; её инциденты останутся без изменений</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Найдено по</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Suggested campaigns</source>
        <translation>Предложенные кампании</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Messages of the suggestion</source>
        <translation>Сообщения предложения</translation>
    </message>
    <message>
        <source>&amp;Detect campaigns</source>
        <translation>&amp;Найти кампании</translation>
    </message>
    <message>
        <source>Look for the same message from several accounts in a short time</source>
        <translation>Искать одинаковые сообщения от нескольких аккаунтов за короткое время</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Make this suggestion a campaign (Alt+A)</source>
        <translation>Сделать это предложение кампанией (Alt+П)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Drop this suggestion; the same messages are not suggested again</source>
        <translation>Отклонить это предложение; эти же сообщения больше не будут предлагаться</translation>
    </message>
    <message>
        <source>Suggestions: the same or nearly the same message (or picture) from several accounts within 48 hours. Check the messages, then accept or dismiss.</source>
        <translation>Предложения: одинаковое или почти одинаковое сообщение (или изображение) от нескольких аккаунтов в пределах 48 часов. Проверьте сообщения, затем примите или отклоните предложение.</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Кампании</translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation>Пре&amp;дложения</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>найдена автоматически</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>S&amp;uggestions (%1)</source>
        <translation>Пре&amp;дложения (%1)</translation>
    </message>
    <message>
        <source>Rename campaign</source>
        <translation>Переименовать кампанию</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Ungroup the campaign “%1”? Its incidents stay exactly as they are.</source>
        <translation>Расформировать кампанию «%1»? Её инциденты останутся в точности такими же.</translation>
    </message>
    <message>
        <source>Looking for campaigns…</source>
        <translation>Поиск кампаний…</translation>
    </message>
</context>
<context>
    <name>CaptureSession</name>
    <message>
        <source>This system does not let Threatlog capture the screen. Take the screenshot with the system&apos;s own tool, then paste it here.</source>
        <translation>Эта система не позволяет Threatlog делать снимки экрана. Сделайте скриншот встроенным средством системы, затем вставьте его сюда.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… и ещё %n проблема</numerusform>
            <numerusform>… и ещё %n проблемы</numerusform>
            <numerusform>… и ещё %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>HEALTHY — nothing in this vault is damaged.</source>
        <translation>ВСЁ В ПОРЯДКЕ — в этом хранилище ничего не повреждено.</translation>
    </message>
    <message numerus="yes">
        <source>DAMAGED — %n problem(s) found; the first: {first}</source>
        <translation>
            <numerusform>ПОВРЕЖДЕНО — найдена %n проблема; первая: {first}</numerusform>
            <numerusform>ПОВРЕЖДЕНО — найдено %n проблемы; первая: {first}</numerusform>
            <numerusform>ПОВРЕЖДЕНО — найдено %n проблем; первая: {first}</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ПОВРЕЖДЕНО</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>entry {entry} follows entry {previous}: entries are missing or reordered</source>
        <translation>запись {entry} идёт после записи {previous}: часть записей отсутствует или их порядок нарушен</translation>
    </message>
    <message>
        <source>entry {entry} does not point at the entry before it</source>
        <translation>запись {entry} не ссылается на предыдущую запись</translation>
    </message>
    <message>
        <source>entry {entry} was altered after it was written</source>
        <translation>запись {entry} изменена после того, как была сделана</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; of incident {incident}</source>
        <translation>файла «{name}» инцидента {incident}</translation>
    </message>
    <message>
        <source>{items} and {count} more</source>
        <translation>{items} и ещё {count}</translation>
    </message>
    <message>
        <source>evidence {sha256}</source>
        <translation>доказательства {sha256}</translation>
    </message>
    <message>
        <source>evidence item number {number}</source>
        <translation>доказательства № {number}</translation>
    </message>
    <message>
        <source>its bytes from offset {offset} on cannot be read: a page holding them is damaged</source>
        <translation>его байты начиная со смещения {offset} не читаются: повреждена страница, на которой они хранятся</translation>
    </message>
    <message>
        <source>{stored} bytes are stored where {recorded} were recorded</source>
        <translation>вместо записанных {recorded} байт хранится {stored}</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 recorded when it was collected</source>
        <translation>его байты больше не совпадают с SHA-256, записанным при его сборе</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>доказательства</translation>
    </message>
    <message>
        <source>The list of evidence cannot be read ({details}).</source>
        <translation>Не удаётся прочитать список доказательств ({details}).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), {size} bytes, every one matches its SHA-256</source>
        <translation>
            <numerusform>%n элемент, {size} байт, совпадает со своим SHA-256</numerusform>
            <numerusform>%n элемента, {size} байт, каждый совпадает со своим SHA-256</numerusform>
            <numerusform>%n элементов, {size} байт, каждый совпадает со своим SHA-256</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of {item} cannot be read: a page of it is damaged.</source>
        <translation>Не удаётся прочитать запись {item}: повреждена одна из её страниц.</translation>
    </message>
    <message>
        <source>Evidence {item} (SHA-256 {sha256}…) is damaged: {problem}.</source>
        <translation>Повреждено содержимое {item} (SHA-256 {sha256}…): {problem}.</translation>
    </message>
    <message>
        <source>Evidence {sha256} cannot be found in the vault.</source>
        <translation>Доказательство {sha256} не найдено в хранилище.</translation>
    </message>
    <message>
        <source>The key-slot file {name} is damaged ({reason}); the vault will not open once it is locked. While it is still unlocked, make a backup now: a backup carries the key slots this vault was unlocked with.</source>
        <translation>Файл слотов ключей {name} повреждён ({reason}); после блокировки хранилище не откроется. Пока оно ещё разблокировано, сразу сделайте резервную копию: в ней сохраняются слоты ключей, которыми это хранилище было разблокировано.</translation>
    </message>
    <message>
        <source>key-slot file</source>
        <translation>файл слотов ключей</translation>
    </message>
    <message>
        <source>readable, belongs to this vault, every slot as recorded</source>
        <translation>читается, принадлежит этому хранилищу, все слоты совпадают с записанными</translation>
    </message>
    <message>
        <source>The passphrase slot of the key-slot file {name} is damaged (it differs from the one this vault recorded): the passphrase would no longer open the vault. Keep the vault&apos;s other secret safe, and restore from a backup made before the damage if you need the passphrase.</source>
        <translation>Слот парольной фразы в файле слотов ключей {name} повреждён (он отличается от записанного в этом хранилище): парольная фраза больше не откроет хранилище. Надёжно храните второй секрет хранилища — код восстановления, а если вам нужна парольная фраза, восстановите резервную копию, сделанную до повреждения.</translation>
    </message>
    <message>
        <source>The recovery slot of the key-slot file {name} is damaged (it differs from the one this vault recorded): the recovery code would no longer open the vault. Keep the vault&apos;s other secret safe, and restore from a backup made before the damage if you need the recovery code.</source>
        <translation>Слот кода восстановления в файле слотов ключей {name} повреждён (он отличается от записанного в этом хранилище): код восстановления больше не откроет хранилище. Надёжно храните второй секрет хранилища — парольную фразу, а если вам нужен код восстановления, восстановите резервную копию, сделанную до повреждения.</translation>
    </message>
    <message>
        <source>write-ahead log</source>
        <translation>журнал упреждающей записи</translation>
    </message>
    <message>
        <source>no saved change is cut off</source>
        <translation>ни одно сохранённое изменение не потеряно</translation>
    </message>
    <message>
        <source>SQLCipher could not check the pages ({details}).</source>
        <translation>SQLCipher не удалось проверить страницы ({details}).</translation>
    </message>
    <message>
        <source>Page {page} of vault.db (of {pages}) was changed on disk: SQLCipher&apos;s authentication code for it does not match ({details}).</source>
        <translation>Страница {page} из {pages} файла vault.db изменена на диске: её код аутентификации SQLCipher не совпадает ({details}).</translation>
    </message>
    <message>
        <source>SQLCipher reports: {details}.</source>
        <translation>Сообщение SQLCipher: {details}.</translation>
    </message>
    <message>
        <source>database pages (SQLCipher HMAC)</source>
        <translation>страницы базы данных (SQLCipher HMAC)</translation>
    </message>
    <message numerus="yes">
        <source>all %n page(s) authentic</source>
        <translation>
            <numerusform>%n страница, подлинность подтверждена</numerusform>
            <numerusform>%n страницы, подлинность подтверждена</numerusform>
            <numerusform>%n страниц, подлинность подтверждена</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite&apos;s structure check: the check stopped at a page it cannot read ({details}).</source>
        <translation>Проверка структуры SQLite: проверка остановилась на странице, которую не удаётся прочитать ({details}).</translation>
    </message>
    <message>
        <source>SQLite&apos;s structure check: {details}.</source>
        <translation>Проверка структуры SQLite: {details}.</translation>
    </message>
    <message>
        <source>database structure (SQLite quick_check)</source>
        <translation>структура базы данных (SQLite quick_check)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>custody log</source>
        <translation>журнал цепочки хранения</translation>
    </message>
    <message>
        <source>The custody log cannot be read: a page of it is damaged ({details}).</source>
        <translation>Не удаётся прочитать журнал цепочки хранения: повреждена одна из его страниц ({details}).</translation>
    </message>
    <message>
        <source>The custody log is broken at entry {entry}: {problem}.</source>
        <translation>Журнал цепочки хранения нарушен на записи {entry}: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y|ies), hash chain intact</source>
        <translation>
            <numerusform>%n запись, цепочка хешей не нарушена</numerusform>
            <numerusform>%n записи, цепочка хешей не нарушена</numerusform>
            <numerusform>%n записей, цепочка хешей не нарушена</numerusform>
        </translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>инциденты</translation>
    </message>
    <message>
        <source>The list of incidents cannot be read ({details}).</source>
        <translation>Не удаётся прочитать список инцидентов ({details}).</translation>
    </message>
    <message numerus="yes">
        <source>%n readable, every revision matches its SHA-256</source>
        <translation>
            <numerusform>%n читается, каждая версия совпадает со своим SHA-256</numerusform>
            <numerusform>%n читаются, каждая версия совпадает со своим SHA-256</numerusform>
            <numerusform>%n читаются, каждая версия совпадает со своим SHA-256</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of incident {incident} cannot be read: a page of it is damaged.</source>
        <translation>Не удаётся прочитать запись инцидента {incident}: повреждена одна из её страниц.</translation>
    </message>
    <message>
        <source>The record of incident number {number} (its id is unreadable too) cannot be read: a page of it is damaged.</source>
        <translation>Не удаётся прочитать запись инцидента № {number} (его идентификатор тоже не читается): повреждена одна из её страниц.</translation>
    </message>
    <message>
        <source>The saved versions of incident {incident} cannot be read: a page of them is damaged.</source>
        <translation>Не удаётся прочитать сохранённые версии инцидента {incident}: повреждена одна из их страниц.</translation>
    </message>
    <message>
        <source>Version {revision} of incident {incident} no longer matches its recorded SHA-256.</source>
        <translation>Версия {revision} инцидента {incident} больше не совпадает со своим записанным SHA-256.</translation>
    </message>
    <message>
        <source>in its header, so none of its frames can be read</source>
        <translation>в заголовке, поэтому ни один его кадр не читается</translation>
    </message>
    <message>
        <source>at frame {frame} (database page {page})</source>
        <translation>на кадре {frame} (страница базы данных {page})</translation>
    </message>
    <message>
        <source>at frame {frame}</source>
        <translation>на кадре {frame}</translation>
    </message>
    <message>
        <source>{pages} and {count} more</source>
        <translation>{pages} и ещё {count}</translation>
    </message>
    <message>
        <source>The write-ahead log (vault.db-wal) is damaged {where}: {changes} recorded after it cannot be read ({frames}, database pages {pages}).</source>
        <translation>Журнал упреждающей записи (vault.db-wal) повреждён {where}: не читается всё, что записано после этого места, — {changes} ({frames}; страницы базы данных: {pages}).</translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s)</source>
        <translation>
            <numerusform>%n сохранённое изменение</numerusform>
            <numerusform>%n сохранённых изменения</numerusform>
            <numerusform>%n сохранённых изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n кадр</numerusform>
            <numerusform>%n кадра</numerusform>
            <numerusform>%n кадров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Repeat it: </source>
        <translation>Повторите её: </translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Код восстановления: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>Vault created in {folder}.</source>
        <translation>Хранилище создано в {folder}.</translation>
    </message>
    <message>
        <source>Recovery code — write it down and keep it away from this computer. It is shown only this once;
without it or the passphrase, nobody (not even us) can open the vault:</source>
        <translation>Код восстановления — запишите его и храните не на этом компьютере. Он показывается только один раз;
без него или парольной фразы никто (даже мы) не сможет открыть хранилище:</translation>
    </message>
    <message>
        <source>Purge removes incident {id} and its evidence for good. Type its id to confirm: </source>
        <translation>Стирание навсегда удалит инцидент {id} и его доказательства. Для подтверждения введите его идентификатор: </translation>
    </message>
    <message>
        <source>Not purged.</source>
        <translation>Инцидент не стёрт.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation>Цепочка хранения:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s) to {path}; SHA-256 checked.</source>
        <translation>
            <numerusform>В {path} записан %n байт; проверка SHA-256 пройдена.</numerusform>
            <numerusform>В {path} записано %n байта; проверка SHA-256 пройдена.</numerusform>
            <numerusform>В {path} записано %n байт; проверка SHA-256 пройдена.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery code still works.</source>
        <translation>Парольная фраза изменена. Код восстановления по-прежнему действует.</translation>
    </message>
    <message>
        <source>incident type id, e.g. threat, doxxing, smear_media</source>
        <translation>идентификатор типа инцидента, например threat, doxxing, smear_media</translation>
    </message>
    <message>
        <source>2026-10-05T14:30+04:00, 2026-10-05, 2026-10, or A/B range</source>
        <translation>2026-10-05T14:30+04:00, 2026-10-05, 2026-10 или промежуток A/B</translation>
    </message>
    <message>
        <source>[PLATFORM:]HANDLE; repeatable</source>
        <translation>[PLATFORM:]HANDLE; можно указать несколько раз</translation>
    </message>
    <message>
        <source>me, relative, colleague or other</source>
        <translation>me, relative, colleague или other</translation>
    </message>
    <message>
        <source>the original text exactly as received</source>
        <translation>исходный текст точно в том виде, в каком он получен</translation>
    </message>
    <message>
        <source>1 (low) to 5 (severe)</source>
        <translation>от 1 (низкая) до 5 (очень высокая)</translation>
    </message>
    <message>
        <source>private notes, never exported unless chosen</source>
        <translation>личные заметки; не экспортируются, если вы сами этого не выберете</translation>
    </message>
    <message>
        <source>a type-specific field; repeatable</source>
        <translation>поле, свойственное типу инцидента; можно указать несколько раз</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>папка хранилища</translation>
    </message>
    <message>
        <source>unlock with the recovery code instead of the passphrase</source>
        <translation>разблокировать кодом восстановления вместо парольной фразы</translation>
    </message>
    <message>
        <source>Threatlog: an encrypted log of threats and their evidence.</source>
        <translation>Threatlog: зашифрованный журнал угроз и доказательств.</translation>
    </message>
    <message>
        <source>create a vault and print its recovery code once</source>
        <translation>создать хранилище и один раз вывести его код восстановления</translation>
    </message>
    <message>
        <source>log an incident; prints its id</source>
        <translation>записать инцидент; выводит его идентификатор</translation>
    </message>
    <message>
        <source>attach evidence files to an incident</source>
        <translation>прикрепить файлы доказательств к инциденту</translation>
    </message>
    <message>
        <source>change an incident (saved as a new revision)</source>
        <translation>изменить инцидент (сохраняется как новая версия)</translation>
    </message>
    <message>
        <source>delete an incident, leaving a tombstone with the reason</source>
        <translation>удалить инцидент, оставив отметку об удалении с причиной</translation>
    </message>
    <message>
        <source>remove an incident&apos;s content and evidence for good</source>
        <translation>навсегда удалить содержимое и доказательства инцидента</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>не спрашивать подтверждения</translation>
    </message>
    <message>
        <source>list incidents, newest first</source>
        <translation>вывести список инцидентов, сначала новые</translation>
    </message>
    <message>
        <source>include deleted incidents</source>
        <translation>включить удалённые инциденты</translation>
    </message>
    <message>
        <source>show one incident</source>
        <translation>показать один инцидент</translation>
    </message>
    <message>
        <source>with every revision and custody entry</source>
        <translation>со всеми версиями и записями журнала цепочки хранения</translation>
    </message>
    <message>
        <source>write an original evidence file back out, byte for byte</source>
        <translation>записать исходный файл доказательства обратно на диск, байт в байт</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>сменить парольную фразу</translation>
    </message>
    <message>
        <source>show the custody log</source>
        <translation>показать журнал цепочки хранения</translation>
    </message>
    <message>
        <source>check the hash chain; exit 1 if it is broken</source>
        <translation>проверить цепочку хешей; код выхода 1, если она нарушена</translation>
    </message>
    <message>
        <source>the desktop app cannot start: {reason}. The commands below still work.</source>
        <translation>настольное приложение не может запуститься: {reason}. Команды ниже по-прежнему работают.</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed.</source>
        <translation>прервано; ничего не изменено.</translation>
    </message>
    <message>
        <source>Set THREATLOG_DEBUG=1 to see details.</source>
        <translation>Чтобы увидеть подробности, задайте THREATLOG_DEBUG=1.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>name: {name}</source>
        <translation>имя: {name}</translation>
    </message>
    <message>
        <source>merged: {accounts}</source>
        <translation>объединены: {accounts}</translation>
    </message>
    <message>
        <source>aliases: {aliases}</source>
        <translation>другие имена: {aliases}</translation>
    </message>
    <message numerus="yes">
        <source>Merged {merged} into {kept}: %n incident link(s) moved.</source>
        <translation>
            <numerusform>Аккаунт {merged} объединён с {kept}: перенесена %n связь с инцидентом.</numerusform>
            <numerusform>Аккаунт {merged} объединён с {kept}: перенесено %n связи с инцидентами.</numerusform>
            <numerusform>Аккаунт {merged} объединён с {kept}: перенесено %n связей с инцидентами.</numerusform>
        </translation>
    </message>
    <message>
        <source>perpetrator accounts: list, merge two that are one actor, edit</source>
        <translation>аккаунты преследователей: просмотр, объединение двух аккаунтов одного человека или группы, изменение</translation>
    </message>
    <message>
        <source>B is the same actor as A: B&apos;s incident links move to A</source>
        <translation>B — тот же человек или группа, что и A: связи B с инцидентами переходят к A</translation>
    </message>
    <message>
        <source>[PLATFORM:]HANDLE, an alias, or #ID: the account kept</source>
        <translation>[PLATFORM:]HANDLE, другое имя или #ID: аккаунт, который остаётся</translation>
    </message>
    <message>
        <source>the account merged into A</source>
        <translation>аккаунт, объединяемый с A</translation>
    </message>
    <message>
        <source>what you know about an account</source>
        <translation>что вы знаете об аккаунте</translation>
    </message>
    <message>
        <source>[PLATFORM:]HANDLE, an alias, or #ID</source>
        <translation>[PLATFORM:]HANDLE, другое имя или #ID</translation>
    </message>
    <message>
        <source>the display name</source>
        <translation>отображаемое имя</translation>
    </message>
    <message>
        <source>the profile URL</source>
        <translation>ссылка на профиль</translation>
    </message>
    <message>
        <source>private notes about the account</source>
        <translation>личные заметки об аккаунте</translation>
    </message>
    <message>
        <source>another name it goes by (replaces them)</source>
        <translation>другое имя, под которым он известен (заменяет прежние)</translation>
    </message>
    <message>
        <source>This bundle will contain {incidents} and {files}, {size}:</source>
        <translation>В пакет войдут {incidents} и {files}, {size}:</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл доказательств</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message numerus="yes">
        <source>Included: the private notes of %n incident(s).</source>
        <translation>
            <numerusform>Включено: личные заметки %n инцидента.</numerusform>
            <numerusform>Включено: личные заметки %n инцидентов.</numerusform>
            <numerusform>Включено: личные заметки %n инцидентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: the private notes of %n incident(s) (add {option} to include them).</source>
        <translation>
            <numerusform>Исключено: личные заметки %n инцидента (чтобы включить их, добавьте {option}).</numerusform>
            <numerusform>Исключено: личные заметки %n инцидентов (чтобы включить их, добавьте {option}).</numerusform>
            <numerusform>Исключено: личные заметки %n инцидентов (чтобы включить их, добавьте {option}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included: the locations of %n incident(s).</source>
        <translation>
            <numerusform>Включено: местоположение %n инцидента.</numerusform>
            <numerusform>Включено: местоположение %n инцидентов.</numerusform>
            <numerusform>Включено: местоположение %n инцидентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: the locations of %n incident(s) (add {option} to include them).</source>
        <translation>
            <numerusform>Исключено: местоположение %n инцидента (чтобы включить его, добавьте {option}).</numerusform>
            <numerusform>Исключено: местоположение %n инцидентов (чтобы включить его, добавьте {option}).</numerusform>
            <numerusform>Исключено: местоположение %n инцидентов (чтобы включить его, добавьте {option}).</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: {path} carries a GPS position in its metadata; the original leaves unchanged.</source>
        <translation>ВНИМАНИЕ: в метаданных {path} есть GPS-координаты; оригинал экспортируется без изменений.</translation>
    </message>
    <message numerus="yes">
        <source>Note: the metadata of %n non-image file(s) was not read; it may also hold a location.</source>
        <translation>
            <numerusform>Примечание: метаданные %n файла, не являющегося изображением, не читались; они тоже могут содержать местоположение.</numerusform>
            <numerusform>Примечание: метаданные %n файлов, не являющихся изображениями, не читались; они тоже могут содержать местоположение.</numerusform>
            <numerusform>Примечание: метаданные %n файлов, не являющихся изображениями, не читались; они тоже могут содержать местоположение.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signing key of this vault (identity {identity}). Give this fingerprint to your lawyer by phone or in person; they check bundles with: threatlog verify FILE.zip --signer {fingerprint}</source>
        <translation>Ключ подписи этого хранилища (идентификатор {identity}). Сообщите этот отпечаток своему адвокату по телефону или лично; адвокат проверяет пакеты командой: threatlog verify FILE.zip --signer {fingerprint}</translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}. Send the SHA-256 above to the recipient by another channel: it proves later that this is the file you sent.</source>
        <translation>Подписано ключом {fingerprint}. Передайте указанный выше SHA-256 получателю другим способом: позже это докажет, что это именно тот файл, который вы отправили.</translation>
    </message>
    <message>
        <source>print the fingerprint of this vault&apos;s signing key</source>
        <translation>вывести отпечаток ключа подписи этого хранилища</translation>
    </message>
    <message>
        <source>print the key as an OpenSSH allowed_signers line instead</source>
        <translation>вместо этого вывести ключ как строку allowed_signers для OpenSSH</translation>
    </message>
    <message>
        <source>export incidents as a signed evidence bundle (zip)</source>
        <translation>экспортировать инциденты в подписанный пакет доказательств (zip)</translation>
    </message>
    <message>
        <source>every incident that is not deleted</source>
        <translation>все инциденты, кроме удалённых</translation>
    </message>
    <message>
        <source>include private notes (left out by default)</source>
        <translation>включить личные заметки (по умолчанию исключены)</translation>
    </message>
    <message>
        <source>include locations (left out by default)</source>
        <translation>включить местоположение (по умолчанию исключено)</translation>
    </message>
    <message>
        <source>the language of report.pdf: en, az or ru (by default the language of these messages)</source>
        <translation>язык файла report.pdf: en, az или ru (по умолчанию — язык этих сообщений)</translation>
    </message>
    <message>
        <source>check a bundle: exit 0 intact, 1 not intact (no vault needed)</source>
        <translation>проверить пакет: код выхода 0 — цел, 1 — целостность нарушена (хранилище не нужно)</translation>
    </message>
    <message>
        <source>the key fingerprint you were given by the sender</source>
        <translation>отпечаток ключа, полученный от отправителя</translation>
    </message>
    <message>
        <source>an OpenSSH allowed_signers file of keys you trust</source>
        <translation>файл allowed_signers для OpenSSH с ключами, которым вы доверяете</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>найдена автоматически</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>({origin}) {incidents}, {accounts}, {span}</source>
        <translation>({origin}) {incidents}, {accounts}, {span}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n аккаунт</numerusform>
            <numerusform>%n аккаунта</numerusform>
            <numerusform>%n аккаунтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) {from_accounts}, {span}</source>
        <translation>
            <numerusform>%n сообщение {from_accounts}, {span}</numerusform>
            <numerusform>%n сообщения {from_accounts}, {span}</numerusform>
            <numerusform>%n сообщений {from_accounts}, {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n account(s)</source>
        <translation>
            <numerusform>от %n аккаунта</numerusform>
            <numerusform>от %n аккаунтов</numerusform>
            <numerusform>от %n аккаунтов</numerusform>
        </translation>
    </message>
    <message>
        <source>adds to C{id}</source>
        <translation>дополняет C{id}</translation>
    </message>
    <message>
        <source>Detecting</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Campaigns ({count}):</source>
        <translation>Кампании ({count}):</translation>
    </message>
    <message>
        <source>Suggestions ({count}; &apos;campaigns accept N&apos; or &apos;campaigns dismiss N&apos;):</source>
        <translation>Предложения ({count}; «campaigns accept N» или «campaigns dismiss N»):</translation>
    </message>
    <message>
        <source>campaigns and suggested ones: list, detect, accept, dismiss, create</source>
        <translation>кампании и предложенные кампании: просмотр, поиск, принятие, отклонение, создание</translation>
    </message>
    <message>
        <source>look for campaigns again (replaces the suggestions)</source>
        <translation>искать кампании заново (заменяет предложения)</translation>
    </message>
    <message>
        <source>distinct accounts needed within the window (default {count})</source>
        <translation>сколько разных аккаунтов нужно в пределах окна (по умолчанию {count})</translation>
    </message>
    <message>
        <source>the time window (default {hours} hours)</source>
        <translation>временное окно (по умолчанию {hours} ч)</translation>
    </message>
    <message>
        <source>make suggestion N a campaign; prints its id</source>
        <translation>сделать предложение N кампанией; выводит её идентификатор</translation>
    </message>
    <message>
        <source>the campaign&apos;s name (default: its date and text)</source>
        <translation>название кампании (по умолчанию — её дата и текст)</translation>
    </message>
    <message>
        <source>what the campaign is</source>
        <translation>что это за кампания</translation>
    </message>
    <message>
        <source>drop suggestion N; it is not suggested again</source>
        <translation>отклонить предложение N; оно больше не будет предлагаться</translation>
    </message>
    <message>
        <source>a campaign of the incidents given; prints its id</source>
        <translation>создать кампанию из указанных инцидентов; выводит её идентификатор</translation>
    </message>
    <message>
        <source>incident ids (a unique prefix of 4+ characters will do)</source>
        <translation>идентификаторы инцидентов (достаточно уникального начала из 4 и более символов)</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>Создание демо</translation>
    </message>
    <message numerus="yes">
        <source>Demo vault built in {seconds} s: %n incident(s), all fictional.</source>
        <translation>
            <numerusform>Демо-хранилище создано за {seconds} с: %n инцидент, все вымышленные.</numerusform>
            <numerusform>Демо-хранилище создано за {seconds} с: %n инцидента, все вымышленные.</numerusform>
            <numerusform>Демо-хранилище создано за {seconds} с: %n инцидентов, все вымышленные.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo vault is already there (&apos;threatlog demo --reset&apos; rebuilds it).</source>
        <translation>Демо-хранилище уже существует (пересоздать его можно командой «threatlog demo --reset»).</translation>
    </message>
    <message>
        <source>Open it in the app (“Open the demo”), or: threatlog --vault &apos;{folder}&apos; list</source>
        <translation>Откройте его в приложении («Открыть демо») или выполните: threatlog --vault &apos;{folder}&apos; list</translation>
    </message>
    <message>
        <source>build the workshop demo vault (fictional) and print its folder and passphrase</source>
        <translation>создать демо-хранилище для тренингов (вымышленные данные) и вывести его папку и парольную фразу</translation>
    </message>
    <message>
        <source>rebuild the demo vault from scratch</source>
        <translation>пересоздать демо-хранилище с нуля</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n электронное письмо</numerusform>
            <numerusform>%n электронных письма</numerusform>
            <numerusform>%n электронных писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} found, {chosen} chosen: {incidents} {with_files} ({size}); {duplicates} already in the vault.</source>
        <translation>Найдено: {items}, выбрано: {chosen} — {incidents} {with_files} ({size}); уже в хранилище: {duplicates}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <translation>
            <numerusform>%n новый инцидент</numerusform>
            <numerusform>%n новых инцидента</numerusform>
            <numerusform>%n новых инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n evidence file(s)</source>
        <translation>
            <numerusform>с %n файлом доказательств</numerusform>
            <numerusform>с %n файлами доказательств</numerusform>
            <numerusform>с %n файлами доказательств</numerusform>
        </translation>
    </message>
    <message>
        <source>chat “{name}”: {found} found, {chosen} chosen, {new} new</source>
        <translation>чат «{name}»: найдено {found}, выбрано {chosen}, новых {new}</translation>
    </message>
    <message>
        <source>sender “{name}”: {found} found, {chosen} chosen, {new} new</source>
        <translation>отправитель «{name}»: найдено {found}, выбрано {chosen}, новых {new}</translation>
    </message>
    <message>
        <source>left out: {what}</source>
        <translation>исключено: {what}</translation>
    </message>
    <message>
        <source>missing: {what} (in “{title}”)</source>
        <translation>отсутствует: {what} (в «{title}»)</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>предупреждение: {warning}</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: ничего не записано.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s) {with_files}; {items} already in the vault.</source>
        <translation>
            <numerusform>Импортирован %n инцидент {with_files}; уже были в хранилище: {items}.</numerusform>
            <numerusform>Импортировано %n инцидента {with_files}; уже были в хранилище: {items}.</numerusform>
            <numerusform>Импортировано %n инцидентов {with_files}; уже были в хранилище: {items}.</numerusform>
        </translation>
    </message>
    <message>
        <source>import a Telegram or WhatsApp export, e-mails (.eml, .mbox) or a folder of files</source>
        <translation>импортировать экспорт Telegram или WhatsApp, электронные письма (.eml, .mbox) или папку с файлами</translation>
    </message>
    <message>
        <source>result.json or its folder, a WhatsApp .zip or folder, .eml, .mbox, or a folder of files</source>
        <translation>result.json или его папка, .zip или папка WhatsApp, .eml, .mbox или папка с файлами</translation>
    </message>
    <message>
        <source>the kind of source (else detected)</source>
        <translation>вид источника (иначе определяется автоматически)</translation>
    </message>
    <message>
        <source>show what would be imported; write nothing</source>
        <translation>показать, что будет импортировано; ничего не записывать</translation>
    </message>
    <message>
        <source>print the plan (with --dry-run) or the result as JSON</source>
        <translation>вывести план (с --dry-run) или результат в формате JSON</translation>
    </message>
    <message>
        <source>only this chat (name or id); repeatable</source>
        <translation>только этот чат (название или идентификатор); можно указать несколько раз</translation>
    </message>
    <message>
        <source>only this sender (name, id, handle or address); repeatable</source>
        <translation>только этот отправитель (имя, идентификатор, имя пользователя или адрес); можно указать несколько раз</translation>
    </message>
    <message>
        <source>consecutive messages of one sender within N minutes become one incident</source>
        <translation>идущие подряд сообщения одного отправителя с интервалом до N минут становятся одним инцидентом</translation>
    </message>
    <message>
        <source>everything new becomes one incident</source>
        <translation>всё новое становится одним инцидентом</translation>
    </message>
    <message>
        <source>the type of the new incidents</source>
        <translation>тип новых инцидентов</translation>
    </message>
    <message>
        <source>WhatsApp dates that read both ways (05/10): day-first or month-first</source>
        <translation>даты WhatsApp, которые можно прочитать двояко (05/10): day-first (сначала день) или month-first (сначала месяц)</translation>
    </message>
    <message>
        <source>zone of times given without one (WhatsApp, EXIF), e.g. Asia/Baku or +04:00</source>
        <translation>часовой пояс для времени, указанного без пояса (WhatsApp, EXIF), например Asia/Baku или +04:00</translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation>Создание миниатюр</translation>
    </message>
    <message>
        <source>Warning: thumbnails were not made now ({reason}); they will be made later.</source>
        <translation>Предупреждение: миниатюры сейчас не созданы ({reason}); они будут созданы позже.</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Произошло</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Против кого</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Деликатное</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
    <message>
        <source>Incident {id} (revision {revision}, recorded {time})</source>
        <translation>Инцидент {id} (версия {revision}, записан {time})</translation>
    </message>
    <message>
        <source>PURGED {time}: its content was removed.</source>
        <translation>СТЁРТ {time}: его содержимое удалено.</translation>
    </message>
    <message>
        <source>DELETED {time}: {reason}</source>
        <translation>УДАЛЁН {time}: {reason}</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Доказательства:</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>изменено: {fields}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>revision {revision}  {saved_at}  sha256 {sha256}  {summary}</source>
        <translation>версия {revision}  {saved_at}  sha256 {sha256}  {summary}</translation>
    </message>
    <message>
        <source>Custody log intact: {count} entries, head {hash}.</source>
        <translation>Журнал цепочки хранения не нарушен (записей: {count}, хеш последней записи: {hash}).</translation>
    </message>
    <message>
        <source>Custody log BROKEN at entry {seq}: {problem}.</source>
        <translation>Журнал цепочки хранения НАРУШЕН на записи {seq}: {problem}.</translation>
    </message>
    <message>
        <source>To recover, restore your most recent backup into a new folder:
  threatlog --vault NEW_FOLDER restore BACKUP_FILE
Until then the damaged vault can still be opened read-only, to read and export what is intact.</source>
        <translation>Чтобы восстановить данные, восстановите последнюю резервную копию в новую папку:
  threatlog --vault NEW_FOLDER restore BACKUP_FILE
До тех пор повреждённое хранилище можно открыть только для чтения, чтобы читать и экспортировать то, что не повреждено.</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} МиБ</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Backup written and checked ({size}; {count} custody entries). It opens with the passphrase and the recovery code in force now. Keep it away from this computer.</source>
        <translation>Резервная копия записана и проверена ({size}; записей журнала цепочки хранения: {count}). Она открывается текущей парольной фразой и текущим кодом восстановления. Храните её не на этом компьютере.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Restored the backup of {time} into {folder} ({size}). It opens with the passphrase and the recovery code that were in force when the backup was made. Check it with: threatlog --vault {folder} check</source>
        <translation>Резервная копия от {time} восстановлена в {folder} ({size}). Она открывается парольной фразой и кодом восстановления, которые действовали на момент создания копии. Проверьте её командой: threatlog --vault {folder} check</translation>
    </message>
    <message>
        <source>DAMAGED — {reason}</source>
        <translation>ПОВРЕЖДЕНО — {reason}</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>This erases the vault in {folder} for good: nobody, with the passphrase or the recovery code, will open it again. Backups and copies elsewhere are not touched.</source>
        <translation>Хранилище в {folder} будет стёрто навсегда: никто — ни с парольной фразой, ни с кодом восстановления — больше не сможет его открыть. Резервные копии и копии в других местах не затрагиваются.</translation>
    </message>
    <message>
        <source>Type {word} to confirm: </source>
        <translation>Для подтверждения введите {word}: </translation>
    </message>
    <message>
        <source>Not destroyed; nothing was changed.</source>
        <translation>Хранилище не уничтожено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Destroyed: the key of the vault in {folder} is overwritten and deleted; without it the database cannot be decrypted. Files removed: {files}.</source>
        <translation>Уничтожено: ключ хранилища в {folder} перезаписан и удалён; без него базу данных невозможно расшифровать. Удалённые файлы: {files}.</translation>
    </message>
    <message>
        <source>Could not remove {name} (it is ciphertext whose key is gone).</source>
        <translation>Не удалось удалить {name} (это зашифрованные данные, ключа к которым больше нет).</translation>
    </message>
    <message>
        <source>Other files in {folder} were left alone: {files}.</source>
        <translation>Другие файлы в {folder} не тронуты: {files}.</translation>
    </message>
    <message>
        <source>write one encrypted, checked backup file of the vault</source>
        <translation>записать один зашифрованный и проверенный файл резервной копии хранилища</translation>
    </message>
    <message>
        <source>restore a backup into a new vault folder (--vault); needs no passphrase</source>
        <translation>восстановить резервную копию в новую папку хранилища (--vault); парольная фраза не нужна</translation>
    </message>
    <message>
        <source>check the vault for damage: exit 0 healthy, 1 damaged</source>
        <translation>проверить хранилище на повреждения: код выхода 0 — всё в порядке, 1 — есть повреждения</translation>
    </message>
    <message>
        <source>erase the vault for good by destroying its key; needs no passphrase</source>
        <translation>стереть хранилище навсегда, уничтожив его ключ; парольная фраза не нужна</translation>
    </message>
    <message>
        <source>do not ask to type {word}</source>
        <translation>не просить ввести {word}</translation>
    </message>
    <message>
        <source>Incidents by week (total {total}):</source>
        <translation>Инциденты по неделям (всего {total}):</translation>
    </message>
    <message>
        <source>Incidents by month (total {total}):</source>
        <translation>Инциденты по месяцам (всего {total}):</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>растёт</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>снижается</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>не меняется</translation>
    </message>
    <message>
        <source>… {count} more</source>
        <translation>… ещё {count}</translation>
    </message>
    <message>
        <source>severity {mean}</source>
        <translation>серьёзность {mean}</translation>
    </message>
    <message>
        <source>By type: {counts}</source>
        <translation>По типам: {counts}</translation>
    </message>
    <message>
        <source>By platform: {counts}</source>
        <translation>По платформам: {counts}</translation>
    </message>
    <message>
        <source>By severity: {counts}</source>
        <translation>По серьёзности: {counts}</translation>
    </message>
    <message>
        <source>Accounts: {accounts}; without an account: {count}</source>
        <translation>Аккаунты: {accounts}; без аккаунта: {count}</translation>
    </message>
    <message>
        <source>; mean severity {recent} vs {previous}: {direction}</source>
        <translation>; средняя серьёзность {recent} против {previous}: {direction}</translation>
    </message>
    <message>
        <source>Trend (the last {days} days vs the {days} before, to {date}): {recent} vs {previous} incidents ({recent_rate} vs {previous_rate} a month): {direction}{severity}</source>
        <translation>Тенденция (последние {days} дн. по сравнению с предыдущими {days} дн., по {date}): инцидентов {recent} против {previous} ({recent_rate} против {previous_rate} в месяц): {direction}{severity}</translation>
    </message>
    <message>
        <source>incidents per week or month by type, platform, severity and account</source>
        <translation>инциденты по неделям или месяцам: по типам, платформам, серьёзности и аккаунтам</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>Something went wrong inside Threatlog (%1). What you just did may not have been saved; everything saved before is safe in the vault. If it happens again, lock the vault and restart Threatlog.</source>
        <translation>В Threatlog произошла ошибка (%1). Последнее действие могло не сохраниться; всё, что было сохранено раньше, надёжно хранится в хранилище. Если ошибка повторится, заблокируйте хранилище и перезапустите Threatlog.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Everything you log is encrypted with a key protected by this passphrase. Choose several words only you know. Nobody — not even the makers of Threatlog — can recover it.</source>
        <translation>Всё, что вы записываете, шифруется ключом, который защищён этой парольной фразой. Выберите несколько слов, которые знаете только вы. Никто — даже создатели Threatlog — не сможет её восстановить.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Папка хранилища: %1</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your recovery code.&lt;/b&gt; Write it on paper and keep it somewhere safe, away from this computer. If you forget your passphrase, this code is the only way back into your vault. It is shown only now.</source>
        <translation>&lt;b&gt;Ваш код восстановления.&lt;/b&gt; Запишите его на бумаге и храните в надёжном месте, не рядом с этим компьютером. Если вы забудете парольную фразу, только этот код вернёт вам доступ к хранилищу. Он показывается только сейчас.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Код &amp;записан</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Открыть моё хранилище</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Слишком коротко: нужно не меньше %1 символов.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Слабая: добавьте ещё слов.</translation>
    </message>
    <message>
        <source>Fair: longer is better.</source>
        <translation>Средняя: чем длиннее, тем лучше.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Creating the vault (measuring this computer&apos;s speed for the key)…</source>
        <translation>Создание хранилища (измеряется скорость этого компьютера для ключа)…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>&lt;b&gt;DEMO&lt;/b&gt; vault — fictional data, for workshops. Passphrase: %1</source>
        <translation>&lt;b&gt;ДЕМО&lt;/b&gt;-хранилище — вымышленные данные для тренингов. Парольная фраза: %1</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Демо-хранилище</translation>
    </message>
    <message>
        <source>&amp;Reset demo…</source>
        <translation>&amp;Сбросить демо…</translation>
    </message>
    <message>
        <source>Rebuild the demo vault as it was first made</source>
        <translation>Пересоздать демо-хранилище в исходном виде</translation>
    </message>
    <message>
        <source>Rebuild the demo vault from scratch? Everything changed in it since it was made is lost (it holds only fictional data).</source>
        <translation>Пересоздать демо-хранилище с нуля? Все изменения, сделанные в нём после создания, будут потеряны (в нём только вымышленные данные).</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy this vault</source>
        <translation>Уничтожить это хранилище</translation>
    </message>
    <message>
        <source>DESTROY</source>
        <translation>УНИЧТОЖИТЬ</translation>
    </message>
    <message>
        <source>This erases the vault for good. Nobody, not even you with your passphrase or recovery code, will ever open it again. This cannot be undone.</source>
        <translation>Хранилище будет стёрто навсегда. Никто, даже вы с парольной фразой или кодом восстановления, больше никогда его не откроет. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>First the key that unlocks the vault is overwritten and deleted: without it, nobody can decrypt the vault&apos;s contents. Then the vault&apos;s files are overwritten and deleted. No passphrase is needed.</source>
        <translation>Сначала перезаписывается и удаляется ключ, которым открывается хранилище: без него никто не сможет расшифровать содержимое. Затем перезаписываются и удаляются файлы хранилища. Парольная фраза не нужна.</translation>
    </message>
    <message>
        <source>Backups and other copies are not touched: each still opens with the passphrase it was made with. Destroy them separately, or keep them where nobody can force you to hand them over.</source>
        <translation>Резервные и другие копии не затрагиваются: каждая по-прежнему открывается той парольной фразой, с которой была создана. Уничтожьте их отдельно или храните там, где никто не сможет заставить вас их отдать.</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Слово подтверждения</translation>
    </message>
    <message>
        <source>To confirm, type %1 here:</source>
        <translation>Для подтверждения введите здесь %1:</translation>
    </message>
    <message>
        <source>&amp;Destroy the vault</source>
        <translation>&amp;Уничтожить хранилище</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Incident details</source>
        <translation>Сведения об инциденте</translation>
    </message>
    <message>
        <source>Select an incident to see it here, or press Ctrl+N to log a new one.</source>
        <translation>Выберите инцидент, чтобы увидеть его здесь, или нажмите Ctrl+N, чтобы записать новый.</translation>
    </message>
    <message>
        <source>This incident was purged: its content was removed.</source>
        <translation>Этот инцидент стёрт: его содержимое удалено.</translation>
    </message>
    <message>
        <source>Deleted %1 — %2</source>
        <translation>Удалён %1 — %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Журнал цепочки хранения</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot</source>
        <translation>&amp;Вставить скриншот</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Occurred (as you stated):</source>
        <translation>Произошло (по вашим словам):</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Recorded (by the app):</source>
        <translation>Записано (приложением):</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <source>Click an account to list its incidents</source>
        <translation>Щёлкните аккаунт, чтобы увидеть его инциденты</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Аккаунты:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Против кого:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Серьёзность:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>URLs:</source>
        <translation>Ссылки:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Местоположение:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Sensitive:</source>
        <translation>Деликатное:</translation>
    </message>
    <message>
        <source>yes — media stays blurred until you reveal it</source>
        <translation>да — медиафайлы размыты, пока вы их не откроете</translation>
    </message>
    <message>
        <source>No evidence yet. Paste a screenshot (Ctrl+V) or add files.</source>
        <translation>Доказательств пока нет. Вставьте скриншот (Ctrl+V) или добавьте файлы.</translation>
    </message>
    <message>
        <source>Open evidence %1</source>
        <translation>Открыть доказательство %1</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Private notes (never exported unless you choose)</source>
        <translation>Личные заметки (не экспортируются, если вы сами этого не выберете)</translation>
    </message>
    <message>
        <source>Revision %1 — %2 UTC — created</source>
        <translation>Версия %1 — %2 UTC — создано</translation>
    </message>
    <message>
        <source>Revision %1 — %2 UTC — changed: %3</source>
        <translation>Версия %1 — %2 UTC — изменено: %3</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Threatlog</source>
        <translation>Threatlog</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The vault is busy in another Threatlog window or command; try again in a moment.</source>
        <translation>Хранилище занято другим окном или командой Threatlog; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is too large to hold a passphrase.</source>
        <translation>Файл «{path}» слишком велик, чтобы содержать парольную фразу.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not UTF-8 text.</source>
        <translation>Файл «{path}» не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or {variable} (stdin is not a terminal).</source>
        <translation>Парольная фраза не указана: используйте --passphrase-file FILE или {variable} (стандартный ввод — не терминал).</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Парольные фразы не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, not &apos;{item}&apos;.</source>
        <translation>--field принимает KEY=VALUE, а не «{item}».</translation>
    </message>
    <message>
        <source>database error ({reason}).</source>
        <translation>ошибка базы данных ({reason}).</translation>
    </message>
    <message>
        <source>The vault database is damaged ({reason}).</source>
        <translation>База данных хранилища повреждена ({reason}).</translation>
    </message>
    <message>
        <source>Say what to export: --all, --incident ID..., or --since/--until/--type/--tag (filters may be combined with each other, not with --all or --incident).</source>
        <translation>Укажите, что экспортировать: --all, --incident ID... или --since/--until/--type/--tag (фильтры можно сочетать друг с другом, но не с --all или --incident).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file.</source>
        <translation>«{path}» — не файл.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a suggestion number (as listed by &apos;threatlog campaigns&apos;).</source>
        <translation>«{value}» — не номер предложения (номера показывает «threatlog campaigns»).</translation>
    </message>
    <message>
        <source>--time-zone {value}: offsets run from -14:00 to +14:00.</source>
        <translation>--time-zone {value}: смещение должно быть от -14:00 до +14:00.</translation>
    </message>
    <message>
        <source>--time-zone takes a zone like Asia/Baku or an offset like +04:00, not &apos;{value}&apos;.</source>
        <translation>--time-zone принимает часовой пояс, например Asia/Baku, или смещение, например +04:00, а не «{value}».</translation>
    </message>
    <message>
        <source>No vault in {folder}; nothing was erased.</source>
        <translation>В {folder} нет хранилища; ничего не стёрто.</translation>
    </message>
    <message>
        <source>destroy asks for confirmation on a terminal; give --yes to erase without asking.</source>
        <translation>Команда destroy запрашивает подтверждение в терминале; чтобы стереть хранилище без подтверждения, укажите --yes.</translation>
    </message>
    <message>
        <source>No account #{id} in this vault.</source>
        <translation>В этом хранилище нет аккаунта #{id}.</translation>
    </message>
    <message>
        <source>No account {account} in this vault.</source>
        <translation>В этом хранилище нет аккаунта {account}.</translation>
    </message>
    <message>
        <source>No account given.</source>
        <translation>Аккаунт не указан.</translation>
    </message>
    <message>
        <source>No account &apos;{account}&apos; in this vault.</source>
        <translation>В этом хранилище нет аккаунта «{account}».</translation>
    </message>
    <message>
        <source>&apos;{account}&apos; names several accounts; say which: {accounts}.</source>
        <translation>«{account}» подходит к нескольким аккаунтам; уточните, к какому: {accounts}.</translation>
    </message>
    <message>
        <source>Account {handle} was merged into another; change that one instead.</source>
        <translation>Аккаунт {handle} объединён с другим аккаунтом; вносите изменения в тот аккаунт.</translation>
    </message>
    <message>
        <source>The display name is too long ({length} characters; at most {limit}).</source>
        <translation>Отображаемое имя слишком длинное (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>The profile URL is too long ({length} characters; at most {limit}).</source>
        <translation>Ссылка на профиль слишком длинная (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>The notes are too long ({length} characters; at most {limit}).</source>
        <translation>Заметки слишком длинные (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>Too many aliases ({count}; at most {limit}).</source>
        <translation>Слишком много других имён ({count}; допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>Only accounts that were not merged away can be merged; use the survivors.</source>
        <translation>Объединять можно только аккаунты, которые ещё не объединены с другими; выберите те аккаунты, с которыми их объединили.</translation>
    </message>
    <message>
        <source>{first} and {second} are already one account.</source>
        <translation>{first} и {second} — уже один аккаунт.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key fingerprint; it looks like SHA256: followed by 43 letters, digits, + and /.</source>
        <translation>«{text}» — не отпечаток ключа; отпечаток выглядит так: SHA256:, а за ним 43 знака — буквы, цифры, + и /.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is too large to be an allowed_signers file.</source>
        <translation>Файл «{path}» слишком велик для файла allowed_signers.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; names no {key_type} key in allowed_signers form.</source>
        <translation>В «{path}» нет ключа {key_type} в формате allowed_signers.</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; appeared while the backup was written; choose a new file name.</source>
        <translation>Пока записывалась резервная копия, появился файл «{path}»; выберите новое имя файла.</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; or &apos;{scratch}&apos; is in the way; move or delete it, then back up again.</source>
        <translation>Мешает «{part}» или «{scratch}»; переместите или удалите этот файл, затем снова создайте резервную копию.</translation>
    </message>
    <message>
        <source>The vault cannot be copied: a page of it cannot be read ({details}). No backup was written. Run &apos;threatlog check&apos;; to keep what is left, copy the vault folder as it is.</source>
        <translation>Хранилище не удаётся скопировать: одну из его страниц невозможно прочитать ({details}). Резервная копия не записана. Выполните «threatlog check»; чтобы сохранить то, что осталось, скопируйте папку хранилища как есть.</translation>
    </message>
    <message>
        <source>Cannot write the backup &apos;{path}&apos;: {reason}.</source>
        <translation>Не удаётся записать резервную копию «{path}»: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose a new file name.</source>
        <translation>«{path}» уже существует; выберите новое имя файла.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is in the way (an interrupted backup?); delete it, then back up again.</source>
        <translation>Мешает «{path}» (прерванное резервное копирование?); удалите этот файл, затем снова создайте резервную копию.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>Папка «{folder}» не существует.</translation>
    </message>
    <message>
        <source>A backup inside the vault&apos;s own folder would be lost with the laptop and erased with the vault; choose another place (a USB stick, another disk).</source>
        <translation>Резервная копия в папке самого хранилища пропадёт вместе с ноутбуком и будет стёрта вместе с хранилищем; выберите другое место (USB-флешку, другой диск).</translation>
    </message>
    <message>
        <source>The copy of the vault cannot be read back ({details}); the vault may be damaged. Run &apos;threatlog check&apos;. No backup was written.</source>
        <translation>Копию хранилища не удаётся прочитать обратно ({details}); возможно, хранилище повреждено. Выполните «threatlog check». Резервная копия не записана.</translation>
    </message>
    <message>
        <source>SQLCipher reports {details}</source>
        <translation>SQLCipher сообщает: {details}</translation>
    </message>
    <message>
        <source>SQLite reports {details}</source>
        <translation>SQLite сообщает: {details}</translation>
    </message>
    <message>
        <source>its custody log is broken at entry {entry} ({problem})</source>
        <translation>журнал цепочки хранения в копии нарушен на записи {entry} ({problem})</translation>
    </message>
    <message>
        <source>its custody log does not end where the vault&apos;s did at the moment of the copy</source>
        <translation>журнал цепочки хранения в копии заканчивается не там, где заканчивался журнал хранилища в момент копирования</translation>
    </message>
    <message>
        <source>it does not carry this vault&apos;s identity</source>
        <translation>в копии нет идентификатора этого хранилища</translation>
    </message>
    <message>
        <source>The copy of the vault did not pass its check: {problem}. No backup was written; run &apos;threatlog check&apos; on the vault.</source>
        <translation>Копия хранилища не прошла проверку: {problem}. Резервная копия не записана; выполните «threatlog check» для хранилища.</translation>
    </message>
    <message>
        <source>The backup read back from the disk differs from what was written; the disk may be failing. No backup was kept.</source>
        <translation>Резервная копия, прочитанная обратно с диска, отличается от записанной; возможно, диск неисправен. Резервная копия не сохранена.</translation>
    </message>
    <message>
        <source>The database copy read back from the disk does not match what was written; the disk may be failing. No backup was kept.</source>
        <translation>Копия базы данных, прочитанная обратно с диска, не совпадает с записанной; возможно, диск неисправен. Резервная копия не сохранена.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a file, not a folder; choose an empty or new folder.</source>
        <translation>«{path}» — файл, а не папка; выберите пустую или новую папку.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}; a restore never overwrites one. Choose a new folder.</source>
        <translation>В {folder} уже есть хранилище; восстановление никогда не перезаписывает существующее хранилище. Выберите новую папку.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; restore into a new or empty folder.</source>
        <translation>Папка {folder} не пуста; восстанавливайте в новую или пустую папку.</translation>
    </message>
    <message>
        <source>Cannot write the vault into {folder}: {reason}. Nothing was restored.</source>
        <translation>Не удаётся записать хранилище в {folder}: {reason}. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>its database is not encrypted</source>
        <translation>база данных в нём не зашифрована</translation>
    </message>
    <message>
        <source>its {name} does not match the SHA-256 in its manifest (altered or damaged)</source>
        <translation>SHA-256 файла {name} в нём не совпадает с указанным в манифесте (файл изменён или повреждён)</translation>
    </message>
    <message>
        <source>This file is not a usable Threatlog backup: {reason}. Nothing was restored.</source>
        <translation>Этот файл не является пригодной резервной копией Threatlog: {reason}. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>This file is not a usable Threatlog backup. {refusal} Nothing was restored.</source>
        <translation>Этот файл не является пригодной резервной копией Threatlog. {refusal} Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON</source>
        <translation>его манифест не является корректным JSON</translation>
    </message>
    <message>
        <source>its manifest does not describe a Threatlog backup</source>
        <translation>его манифест не описывает резервную копию Threatlog</translation>
    </message>
    <message>
        <source>it was written by another version of Threatlog</source>
        <translation>он записан другой версией Threatlog</translation>
    </message>
    <message>
        <source>its manifest has no creation time</source>
        <translation>в его манифесте нет времени создания</translation>
    </message>
    <message>
        <source>its manifest names no vault</source>
        <translation>в его манифесте не указано хранилище</translation>
    </message>
    <message>
        <source>its manifest names an unsupported page size</source>
        <translation>в его манифесте указан неподдерживаемый размер страницы</translation>
    </message>
    <message>
        <source>its manifest must list exactly {database} and {key_slots}</source>
        <translation>в его манифесте должны быть перечислены ровно {database} и {key_slots}</translation>
    </message>
    <message>
        <source>its manifest entry for {name} is malformed</source>
        <translation>запись манифеста для {name} имеет неверный формат</translation>
    </message>
    <message>
        <source>the database in it cannot be read ({details})</source>
        <translation>базу данных в нём не удаётся прочитать ({details})</translation>
    </message>
    <message>
        <source>the database in it is not the size its manifest declares (truncated?)</source>
        <translation>размер базы данных в нём не совпадает с указанным в манифесте (файл обрезан?)</translation>
    </message>
    <message>
        <source>its {name} is far larger than any real one</source>
        <translation>файл {name} в нём намного больше, чем бывает на самом деле</translation>
    </message>
    <message>
        <source>its {name} cannot be read ({details})</source>
        <translation>файл {name} в нём не удаётся прочитать ({details})</translation>
    </message>
    <message>
        <source>it is larger than any backup Threatlog writes</source>
        <translation>он больше любой резервной копии, которую создаёт Threatlog</translation>
    </message>
    <message>
        <source>it must hold exactly {folder}/ with {names}</source>
        <translation>он должен содержать только папку {folder}/ с файлами {names}</translation>
    </message>
    <message>
        <source>its {name} is compressed, which Threatlog never does</source>
        <translation>файл {name} в нём сжат, а Threatlog никогда этого не делает</translation>
    </message>
    <message>
        <source>its files are not the sizes its manifest declares</source>
        <translation>размеры файлов в нём не совпадают с указанными в манифесте</translation>
    </message>
    <message>
        <source>the database in it is not a whole number of encrypted pages</source>
        <translation>база данных в нём не состоит из целого числа зашифрованных страниц</translation>
    </message>
    <message>
        <source>its key slots are refused ({reason})</source>
        <translation>слоты ключей в нём отклонены ({reason})</translation>
    </message>
    <message>
        <source>its key slots belong to another vault than its manifest names</source>
        <translation>слоты ключей в нём относятся не к тому хранилищу, которое указано в манифесте</translation>
    </message>
    <message>
        <source>Incident {id} is deleted; deleted incidents are never exported.</source>
        <translation>Инцидент {id} удалён; удалённые инциденты никогда не экспортируются.</translation>
    </message>
    <message>
        <source>The stored bytes of {name} no longer match their hash: the vault is damaged.</source>
        <translation>Сохранённые байты файла {name} больше не совпадают со своим хешем: хранилище повреждено.</translation>
    </message>
    <message>
        <source>The vault&apos;s custody log is broken at entry {seq} ({problem}); a bundle made from it would not verify, so none was written.</source>
        <translation>Журнал цепочки хранения в хранилище нарушен на записи {seq} ({problem}); пакет, созданный на его основе, не прошёл бы проверку, поэтому пакет не записан.</translation>
    </message>
    <message>
        <source>No incident matches the selection; nothing was exported.</source>
        <translation>Ни один инцидент не соответствует выбору; ничего не экспортировано.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is in the way: most likely an export that was cut off (a crash or power loss), which may hold evidence unencrypted. Delete it, then export again.</source>
        <translation>Мешает «{path}»: скорее всего, это прерванный экспорт (сбой или отключение питания), который может содержать доказательства в незашифрованном виде. Удалите этот файл, затем повторите экспорт.</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: {reason}.</source>
        <translation>Не удаётся записать «{path}»: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; appeared while exporting; choose a new file name.</source>
        <translation>Во время экспорта появился файл «{path}»; выберите новое имя файла.</translation>
    </message>
    <message>
        <source>A campaign needs at least 2 accounts (--min-accounts).</source>
        <translation>Для кампании нужно не менее 2 аккаунтов (--min-accounts).</translation>
    </message>
    <message>
        <source>The time window goes from a few minutes to {limit} hours (a year).</source>
        <translation>Временное окно — от нескольких минут до {limit} ч (год).</translation>
    </message>
    <message>
        <source>Similarity thresholds go from 0 (excluded) to 1, the central one no higher.</source>
        <translation>Пороги сходства — от 0 (не включая) до 1, причём центральный порог не может быть выше основного.</translation>
    </message>
    <message>
        <source>The image distance goes from 0 to {limit} bits.</source>
        <translation>Расстояние между изображениями — от 0 до {limit} бит.</translation>
    </message>
    <message>
        <source>Campaign detection</source>
        <translation>Поиск кампаний</translation>
    </message>
    <message>
        <source>No open suggestion #{id}; list them with &apos;threatlog campaigns&apos;.</source>
        <translation>Нет открытого предложения #{id}; список предложений показывает «threatlog campaigns».</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>У кампании должно быть название.</translation>
    </message>
    <message>
        <source>The campaign name is too long ({length} characters; at most {limit}).</source>
        <translation>Название кампании слишком длинное (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>The description is too long (at most {limit} characters).</source>
        <translation>Описание слишком длинное (допустимо не более {limit} символов).</translation>
    </message>
    <message>
        <source>A campaign needs at least one incident.</source>
        <translation>В кампании должен быть хотя бы один инцидент.</translation>
    </message>
    <message>
        <source>No campaign #{id} in this vault.</source>
        <translation>В этом хранилище нет кампании #{id}.</translation>
    </message>
    <message>
        <source>No live incident with id &apos;{id}&apos; (it may be deleted).</source>
        <translation>Нет действующего инцидента с идентификатором «{id}» (возможно, он удалён).</translation>
    </message>
    <message>
        <source>The integrity check</source>
        <translation>Проверка целостности</translation>
    </message>
    <message>
        <source>The vault database {name} is missing.</source>
        <translation>База данных хранилища {name} отсутствует.</translation>
    </message>
    <message>
        <source>This copy of SQLite has no encryption (SQLCipher missing); refusing to open or write the vault.</source>
        <translation>Эта сборка SQLite не поддерживает шифрование (нет SQLCipher); хранилище не будет ни открыто, ни изменено.</translation>
    </message>
    <message>
        <source>The vault database cannot be decrypted although the key is right: the file is damaged. Restore it from a backup.</source>
        <translation>Базу данных хранилища не удаётся расшифровать, хотя ключ верный: файл повреждён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The vault database was written unencrypted; refusing to use it.</source>
        <translation>База данных хранилища была записана без шифрования; Threatlog не будет её использовать.</translation>
    </message>
    <message>
        <source>The vault in {folder} is not the Threatlog demo; the demo never replaces a real vault. Choose another folder for the demo.</source>
        <translation>Хранилище в {folder} — не демо-хранилище Threatlog; демо никогда не заменяет настоящее хранилище. Выберите для демо другую папку.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Тег не может быть пустым.</translation>
    </message>
    <message>
        <source>The tag is too long ({length} characters; at most {limit}).</source>
        <translation>Тег слишком длинный (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>An account handle cannot be empty.</source>
        <translation>Имя пользователя аккаунта не может быть пустым.</translation>
    </message>
    <message>
        <source>The account handle is too long ({length} characters; at most {limit}).</source>
        <translation>Имя пользователя аккаунта слишком длинное (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>Too many entries in one list ({count}; at most {limit}).</source>
        <translation>Слишком много элементов в одном списке ({count}; допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; takes yes or no, not &apos;{value}&apos;.</source>
        <translation>Для «{key}» укажите yes или no, а не «{value}».</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; takes a whole number, not &apos;{value}&apos;.</source>
        <translation>Для «{key}» нужно целое число, а не «{value}».</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; cannot be negative.</source>
        <translation>Значение «{key}» не может быть отрицательным.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; takes one of: {choices} (not &apos;{value}&apos;).</source>
        <translation>Для «{key}» допустимо одно из значений: {choices} (а не «{value}»).</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; is too long ({length} characters; at most {limit}).</source>
        <translation>Поле «{field}» слишком длинное (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>An incident needs a title (a few words are enough).</source>
        <translation>У инцидента должен быть заголовок (достаточно нескольких слов).</translation>
    </message>
    <message>
        <source>Severity goes from 1 to 5, not {value}.</source>
        <translation>Серьёзность — от 1 до 5, а не {value}.</translation>
    </message>
    <message>
        <source>The URL is too long ({length} characters; at most {limit}).</source>
        <translation>URL слишком длинный (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}).</source>
        <translation>Заголовок слишком длинный (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>The original text is too long ({length} characters; at most {limit}).</source>
        <translation>Исходный текст слишком длинный (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>The translation is too long ({length} characters; at most {limit}).</source>
        <translation>Перевод слишком длинный (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>The location is too long ({length} characters; at most {limit}).</source>
        <translation>Местоположение слишком длинное (символов: {length}, допустимо не более {limit}).</translation>
    </message>
    <message>
        <source>The key-slot file {name} could not be erased ({reason}); the vault is NOT destroyed. Close every Threatlog window and try again.</source>
        <translation>Файл слотов ключей {name} не удалось стереть ({reason}); хранилище НЕ уничтожено. Закройте все окна Threatlog и повторите попытку.</translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery code. Nothing was changed.</source>
        <translation>Неверная парольная фраза или код восстановления. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Экспорт отменён; пакет не записан.</translation>
    </message>
    <message>
        <source>{what} was cancelled; nothing was changed.</source>
        <translation>{what}: отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>The operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Attaching was cancelled; nothing was stored.</source>
        <translation>Прикрепление отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>No incident with id &apos;{id}&apos;.</source>
        <translation>Нет инцидента с идентификатором «{id}».</translation>
    </message>
    <message>
        <source>Incident {id} is deleted; evidence cannot be added to it.</source>
        <translation>Инцидент {id} удалён; к нему нельзя добавить доказательства.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;{path}&apos;: no such file.</source>
        <translation>Не удаётся прикрепить «{path}»: такого файла нет.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;{path}&apos;: it is a folder, not a file.</source>
        <translation>Не удаётся прикрепить «{path}»: это папка, а не файл.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;{path}&apos;: {reason}.</source>
        <translation>Не удаётся прикрепить «{path}»: {reason}.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;{path}&apos;: it is not a regular file.</source>
        <translation>Не удаётся прикрепить «{path}»: это не обычный файл.</translation>
    </message>
    <message>
        <source>No evidence with SHA-256 {sha256} in this vault.</source>
        <translation>В этом хранилище нет доказательства с SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>The stored bytes of {sha256} no longer match their hash: the vault is damaged.</source>
        <translation>Сохранённые байты доказательства {sha256} больше не совпадают со своим хешем: хранилище повреждено.</translation>
    </message>
    <message>
        <source>The vault is damaged, so no bundle was written: {first} Run &apos;threatlog check&apos; for the full report, and restore from a backup.</source>
        <translation>Хранилище повреждено, поэтому пакет не записан: {first} Выполните «threatlog check», чтобы получить полный отчёт, и восстановите данные из резервной копии.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is damaged, so no bundle was written: {first} (%n more problem(s)) Run &apos;threatlog check&apos; for the full report, and restore from a backup.</source>
        <translation>
            <numerusform>Хранилище повреждено, поэтому пакет не записан: {first} (и ещё %n проблема) Выполните «threatlog check», чтобы получить полный отчёт, и восстановите данные из резервной копии.</numerusform>
            <numerusform>Хранилище повреждено, поэтому пакет не записан: {first} (и ещё %n проблемы) Выполните «threatlog check», чтобы получить полный отчёт, и восстановите данные из резервной копии.</numerusform>
            <numerusform>Хранилище повреждено, поэтому пакет не записан: {first} (и ещё %n проблем) Выполните «threatlog check», чтобы получить полный отчёт, и восстановите данные из резервной копии.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: {reason}.</source>
        <translation>Не удаётся прочитать «{path}»: {reason}.</translation>
    </message>
    <message>
        <source>{name} changed since the preview; preview the import again. Nothing was imported.</source>
        <translation>Файл {name} изменился после предварительного просмотра; снова выполните предварительный просмотр импорта. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MiB, the most Threatlog reads at once.</source>
        <translation>{name}: размер больше {limit} МиБ — это максимум, который Threatlog читает за один раз.</translation>
    </message>
    <message>
        <source>The time {time} is out of range ({first}–{last}).</source>
        <translation>Время {time} вне допустимого диапазона ({first}–{last}).</translation>
    </message>
    <message>
        <source>Cannot tell the time zone of {time}; give one (e.g. +04:00).</source>
        <translation>Не удаётся определить часовой пояс для {time}; укажите его (например, +04:00).</translation>
    </message>
    <message>
        <source>{source} names the file {path}, which contains a control character; an export only names files inside itself. Nothing was imported.</source>
        <translation>{source} указывает файл {path}, путь к которому содержит управляющий символ; экспорт может указывать только файлы внутри себя. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{source} names the file {path}, which is an absolute path; an export only names files inside itself. Nothing was imported.</source>
        <translation>{source} указывает файл {path} по абсолютному пути; экспорт может указывать только файлы внутри себя. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{source} names the file {path}, which contains a backslash; an export only names files inside itself. Nothing was imported.</source>
        <translation>{source} указывает файл {path}, путь к которому содержит обратную косую черту; экспорт может указывать только файлы внутри себя. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{source} names the file {path}, which climbs out of the export with &apos;..&apos;; an export only names files inside itself. Nothing was imported.</source>
        <translation>{source} указывает файл {path}, путь к которому выходит за пределы экспорта через «..»; экспорт может указывать только файлы внутри себя. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{source} names the file {path}, which is empty; an export only names files inside itself. Nothing was imported.</source>
        <translation>{source} указывает файл {path} с пустым путём; экспорт может указывать только файлы внутри себя. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path} in the folder is a symbolic link; Threatlog does not follow links in what it imports. Replace the link by the file itself, or remove it.</source>
        <translation>{path} в папке — символическая ссылка; при импорте Threatlog не переходит по ссылкам. Замените ссылку самим файлом или удалите её.</translation>
    </message>
    <message>
        <source>{path} in the folder is not a regular file (a device, FIFO or socket); remove it and import again.</source>
        <translation>{path} в папке — не обычный файл (устройство, FIFO или сокет); удалите его и повторите импорт.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Не удаётся прочитать {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is no longer in the export; preview the import again.</source>
        <translation>{path} больше нет в экспорте; снова выполните предварительный просмотр импорта.</translation>
    </message>
    <message>
        <source>{path} changed while it was being imported; import again.</source>
        <translation>Файл {path} изменился во время импорта; повторите импорт.</translation>
    </message>
    <message>
        <source>The zip member {name} cannot be read ({reason}); the archive is damaged. Nothing was imported.</source>
        <translation>Файл {name} в ZIP-архиве не удаётся прочитать ({reason}); архив повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{path} is no longer in {source}; preview the import again.</source>
        <translation>{path} больше нет в {source}; снова выполните предварительный просмотр импорта.</translation>
    </message>
    <message>
        <source>{name} is not a zip file, or it is truncated. Nothing was imported.</source>
        <translation>{name} — не ZIP-файл или он обрезан. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Threatlog imports a Telegram export (result.json), a WhatsApp export (.zip or _chat.txt), e-mails (.eml, .mbox) and folders of files; to add one file, use &apos;threatlog add --attach&apos;.</source>
        <translation>Threatlog импортирует экспорт Telegram (result.json), экспорт WhatsApp (.zip или _chat.txt), электронные письма (.eml, .mbox) и папки с файлами; чтобы добавить один файл, используйте «threatlog add --attach».</translation>
    </message>
    <message>
        <source>This is Telegram&apos;s HTML export, which cannot be read reliably. Export the chat again from Telegram Desktop choosing &apos;Machine-readable JSON&apos;.</source>
        <translation>Это HTML-экспорт Telegram, который невозможно надёжно прочитать. Экспортируйте чат заново из Telegram Desktop, выбрав «Machine-readable JSON».</translation>
    </message>
    <message>
        <source>There is no file or folder {path}.</source>
        <translation>Нет файла или папки {path}.</translation>
    </message>
    <message>
        <source>{name} is not an export Threatlog knows.</source>
        <translation>{name} не похож ни на один экспорт, который знает Threatlog.</translation>
    </message>
    <message>
        <source>Cannot read the folder {path}: {reason}.</source>
        <translation>Не удаётся прочитать папку {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} holds no files to import.</source>
        <translation>В {name} нет файлов для импорта.</translation>
    </message>
    <message>
        <source>{name} holds {count} files; Threatlog imports at most {limit} at once.</source>
        <translation>В {name} файлов: {count}; Threatlog импортирует не более {limit} за один раз.</translation>
    </message>
    <message>
        <source>Save the e-mail without its largest attachments, or attach them separately.</source>
        <translation>Сохраните письмо без самых больших вложений или прикрепите их отдельно.</translation>
    </message>
    <message>
        <source>{name} holds no .eml files.</source>
        <translation>В {name} нет файлов .eml.</translation>
    </message>
    <message>
        <source>{name} holds {count} messages; Threatlog imports at most {limit} at once.</source>
        <translation>В {name} сообщений: {count}; Threatlog импортирует не более {limit} за один раз.</translation>
    </message>
    <message>
        <source>{name} message {number}</source>
        <translation>{name}, сообщение {number}</translation>
    </message>
    <message>
        <source>{name} holds no messages.</source>
        <translation>В {name} нет сообщений.</translation>
    </message>
    <message>
        <source>{where} is not an e-mail: it has no From, Date, Subject or Message-ID header. Nothing was imported.</source>
        <translation>{where} — не электронное письмо: в нём нет ни одного из заголовков From, Date, Subject и Message-ID. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name} does not begin with a &apos;From &apos; line; it is not an mbox mailbox.</source>
        <translation>{name} не начинается со строки «From »; это не почтовый ящик mbox.</translation>
    </message>
    <message>
        <source>Grouping takes 0 to {limit} minutes, not {minutes}.</source>
        <translation>Интервал объединения — от 0 до {limit} мин, а не {minutes}.</translation>
    </message>
    <message>
        <source>Cannot import “{title}”: {reason}</source>
        <translation>Не удаётся импортировать «{title}»: {reason}</translation>
    </message>
    <message>
        <source>Export the chat again from Telegram Desktop (Export chat history, format: Machine-readable JSON).</source>
        <translation>Экспортируйте чат заново из Telegram Desktop (Export chat history, формат: Machine-readable JSON).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Export fewer chats, or a shorter period, at a time.</source>
        <translation>Экспортируйте за один раз меньше чатов или более короткий период.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, as Telegram writes it.</source>
        <translation>{name} — не текст в кодировке UTF-8, а Telegram записывает именно UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}, column {column}: {reason}); it may be truncated.</source>
        <translation>{name} не является корректным JSON (строка {line}, столбец {column}: {reason}); возможно, файл обрезан.</translation>
    </message>
    <message>
        <source>{name} holds JSON nested or sized beyond reason; it is not a Telegram export. Nothing was imported.</source>
        <translation>В {name} JSON с неправдоподобно глубокой вложенностью или размером; это не экспорт Telegram. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name} is not a Telegram export: it lists neither messages nor chats.</source>
        <translation>{name} — не экспорт Telegram: в нём нет ни списка сообщений, ни списка чатов.</translation>
    </message>
    <message>
        <source>{name} has a chat without a list of messages; it is damaged.</source>
        <translation>В {name} есть чат без списка сообщений; файл повреждён.</translation>
    </message>
    <message>
        <source>{name} has a list of chats that is not a list; it is damaged.</source>
        <translation>В {name} список чатов не является списком; файл повреждён.</translation>
    </message>
    <message>
        <source>{where} has a &apos;{key}&apos; of the wrong kind; the export is damaged. Nothing was imported.</source>
        <translation>{where}: поле «{key}» неверного типа; экспорт повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}, chat “{chat}” has a message without an id; the export is damaged. Nothing was imported.</source>
        <translation>{file}, чат «{chat}»: есть сообщение без id; экспорт повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}, chat “{chat}”, message {id}</source>
        <translation>{file}, чат «{chat}», сообщение {id}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{where} has text in a form Telegram does not write; the export is damaged. Nothing was imported.</source>
        <translation>{where}: текст в виде, в котором Telegram его не записывает; экспорт повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{where} has a date_unixtime that is not a number; the export is damaged. Nothing was imported.</source>
        <translation>{where}: date_unixtime не является числом; экспорт повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{where} has a date_unixtime out of range; the export is damaged. Nothing was imported.</source>
        <translation>{where}: date_unixtime вне допустимого диапазона; экспорт повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{where} has a date Telegram does not write ({date}); the export is damaged. Nothing was imported.</source>
        <translation>{where}: дата в формате, в котором Telegram её не записывает ({date}); экспорт повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Export a shorter part of the chat.</source>
        <translation>Экспортируйте более короткую часть чата.</translation>
    </message>
    <message>
        <source>The export holds several chat texts ({names}); import each chat on its own. Nothing was imported.</source>
        <translation>В экспорте несколько текстов чатов ({names}); импортируйте каждый чат отдельно. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name} holds no chat text (_chat.txt or a .txt file); it is not a WhatsApp export.</source>
        <translation>В {name} нет текста чата (_chat.txt или файла .txt); это не экспорт WhatsApp.</translation>
    </message>
    <message>
        <source>{name} does not begin like a WhatsApp chat (a date, a time and a name); it is not a chat export, or it was edited. Nothing was imported.</source>
        <translation>{name} начинается не так, как чат WhatsApp (дата, время и имя); это не экспорт чата, или файл был изменён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name}, line {line}: {reason}</source>
        <translation>{name}, строка {line}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text (the byte at position {position} cannot be read). WhatsApp writes UTF-8; if the file was opened and saved again in another program, export the chat again.</source>
        <translation>{name} — не текст в кодировке {encoding} (байт в позиции {position} не удаётся прочитать). WhatsApp записывает UTF-8; если файл открывали и снова сохраняли в другой программе, экспортируйте чат заново.</translation>
    </message>
    <message>
        <source>{name} holds NUL characters; it is not a WhatsApp chat. Nothing was imported.</source>
        <translation>{name} содержит символы NUL; это не чат WhatsApp. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name} has dates that are day-first ({day_first}) and others that are month-first ({month_first}); it is not one export. Nothing was imported.</source>
        <translation>В {name} есть даты, в которых сначала идёт день ({day_first}), и даты, в которых сначала идёт месяц ({month_first}); это не один экспорт. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name}, line {line}: the time {time} does not exist; the file is damaged or was edited. Nothing was imported.</source>
        <translation>{name}, строка {line}: времени {time} не существует; файл повреждён или был изменён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Incident {id} was purged; nothing of it is left to change.</source>
        <translation>Инцидент {id} стёрт; в нём не осталось ничего, что можно изменить.</translation>
    </message>
    <message>
        <source>Incident {id} is deleted; it can be read but not changed.</source>
        <translation>Инцидент {id} удалён; его можно читать, но нельзя изменять.</translation>
    </message>
    <message>
        <source>Say why the incident is deleted (--reason); the reason stays in its history.</source>
        <translation>Укажите, почему инцидент удаляется (--reason); причина сохранится в его истории.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {limit} characters).</source>
        <translation>Причина слишком длинная (допустимо не более {limit} символов).</translation>
    </message>
    <message>
        <source>Incident {id} was already purged.</source>
        <translation>Инцидент {id} уже стёрт.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; matches several incidents; type more of the id.</source>
        <translation>«{id}» подходит к нескольким инцидентам; введите идентификатор подробнее.</translation>
    </message>
    <message>
        <source>it belongs to another vault</source>
        <translation>он относится к другому хранилищу</translation>
    </message>
    <message>
        <source>Refusing key derivation with {memory} MiB of memory: allowed is {minimum}–{maximum} MiB.</source>
        <translation>Параметры формирования ключа отклонены: памяти {memory} МиБ, допустимо {minimum}–{maximum} МиБ.</translation>
    </message>
    <message>
        <source>Refusing key derivation with {iterations} iterations: allowed is {minimum}–{maximum}.</source>
        <translation>Параметры формирования ключа отклонены: итераций {iterations}, допустимо {minimum}–{maximum}.</translation>
    </message>
    <message>
        <source>Refusing key derivation with {lanes} lanes: allowed is 1–{maximum}.</source>
        <translation>Параметры формирования ключа отклонены: потоков (lanes) {lanes}, допустимо 1–{maximum}.</translation>
    </message>
    <message>
        <source>The vault has no passphrase key slot.</source>
        <translation>В хранилище нет слота ключа для парольной фразы.</translation>
    </message>
    <message>
        <source>The vault has no recovery key slot.</source>
        <translation>В хранилище нет слота ключа для кода восстановления.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed. If you are sure it is right, the key-slot file may be damaged: unlock with your recovery code instead, or restore your latest backup.</source>
        <translation>Неверная парольная фраза. Ничего не изменено. Если вы уверены, что она верна, возможно, повреждён файл слотов ключей: разблокируйте хранилище кодом восстановления или восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>Wrong recovery code. Nothing was changed. If you are sure it is right, the key-slot file may be damaged: unlock with your passphrase instead, or restore your latest backup.</source>
        <translation>Неверный код восстановления. Ничего не изменено. Если вы уверены, что он верен, возможно, повреждён файл слотов ключей: разблокируйте хранилище парольной фразой или восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: &apos;{field}&apos; is missing.</source>
        <translation>Файл слотов ключей повреждён: отсутствует «{field}».</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: &apos;{field}&apos; is not base64.</source>
        <translation>Файл слотов ключей повреждён: «{field}» не в формате base64.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: &apos;{field}&apos; has the wrong length.</source>
        <translation>Файл слотов ключей повреждён: «{field}» неверной длины.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: &apos;{field}&apos; must be a whole number.</source>
        <translation>Файл слотов ключей повреждён: значение «{field}» должно быть целым числом.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: a slot is not an object.</source>
        <translation>Файл слотов ключей повреждён: слот не является объектом.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: unknown slot kind.</source>
        <translation>Файл слотов ключей повреждён: неизвестный вид слота.</translation>
    </message>
    <message>
        <source>The key-slot file names a key derivation other than Argon2id; refusing it.</source>
        <translation>В файле слотов ключей указан способ формирования ключа, отличный от Argon2id; такой файл отклонён.</translation>
    </message>
    <message>
        <source>The key-slot file is far larger than any real one; refusing to read it.</source>
        <translation>Файл слотов ключей намного больше любого настоящего; Threatlog не будет его читать.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: it is not valid JSON.</source>
        <translation>Файл слотов ключей повреждён: это некорректный JSON.</translation>
    </message>
    <message>
        <source>This is not a Threatlog key-slot file.</source>
        <translation>Это не файл слотов ключей Threatlog.</translation>
    </message>
    <message>
        <source>The key-slot file was written by another version of Threatlog.</source>
        <translation>Файл слотов ключей записан другой версией Threatlog.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: &apos;vault_id&apos; is missing.</source>
        <translation>Файл слотов ключей повреждён: отсутствует «vault_id».</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: unsupported database page size.</source>
        <translation>Файл слотов ключей повреждён: неподдерживаемый размер страницы базы данных.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: it has no usable key slots.</source>
        <translation>Файл слотов ключей повреждён: в нём нет пригодных слотов ключей.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: a key slot appears twice.</source>
        <translation>Файл слотов ключей повреждён: один из слотов ключей встречается дважды.</translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file {name} is missing.</source>
        <translation>Файл слотов ключей хранилища {name} отсутствует.</translation>
    </message>
    <message>
        <source>like 2026-10-05, 2026-10-05 14:30, 2026-10 or 2026</source>
        <translation>в виде 2026-10-05, 2026-10-05 14:30, 2026-10 или 2026</translation>
    </message>
    <message>
        <source>Cannot read the range {text}: a range has one start and one end, separated by &apos;/&apos; or &apos;..&apos;.</source>
        <translation>Не удаётся прочитать промежуток {text}: у промежутка одно начало и один конец, разделённые «/» или «..».</translation>
    </message>
    <message>
        <source>Cannot use the range {text} here: give one date, month, year or time.</source>
        <translation>Здесь нельзя использовать промежуток {text}: укажите одну дату, месяц, год или время.</translation>
    </message>
    <message>
        <source>The date {text}… is too long: {length} characters, at most {limit}.</source>
        <translation>Дата {text}… слишком длинная: символов {length}, допустимо не более {limit}.</translation>
    </message>
    <message>
        <source>No date given: write one {examples}, or a range like 2026-10-01/2026-10-10.</source>
        <translation>Дата не указана: запишите её {examples} либо укажите промежуток, например 2026-10-01/2026-10-10.</translation>
    </message>
    <message>
        <source>Cannot read the range {text}: the start is missing.</source>
        <translation>Не удаётся прочитать промежуток {text}: не указано начало.</translation>
    </message>
    <message>
        <source>Cannot read the range {text}: the end is missing.</source>
        <translation>Не удаётся прочитать промежуток {text}: не указан конец.</translation>
    </message>
    <message>
        <source>Cannot read the range {text}: it ends ({end}) before it starts ({start}).</source>
        <translation>Не удаётся прочитать промежуток {text}: он заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <source>Cannot read the date {text}: write it {examples}.</source>
        <translation>Не удаётся прочитать дату {text}: запишите её {examples}.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>час</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>минута</translation>
    </message>
    <message>
        <source>second</source>
        <translation>секунда</translation>
    </message>
    <message>
        <source>Cannot read the date {text}: {name} must be {low}–{high} for {month}.</source>
        <translation>Не удаётся прочитать дату {text}: {name} — от {low} до {high} в месяце {month}.</translation>
    </message>
    <message>
        <source>Cannot read the date {text}: {name} must be {low}–{high}.</source>
        <translation>Не удаётся прочитать дату {text}: {name} — от {low} до {high}.</translation>
    </message>
    <message>
        <source>Cannot read the date {text}: time-zone offset must be -14:00 to +14:00.</source>
        <translation>Не удаётся прочитать дату {text}: смещение часового пояса должно быть от -14:00 до +14:00.</translation>
    </message>
    <message>
        <source>time-zone offset minute</source>
        <translation>минута смещения часового пояса</translation>
    </message>
    <message>
        <source>time-zone offset second</source>
        <translation>секунда смещения часового пояса</translation>
    </message>
    <message>
        <source>Cannot tell the time zone for {text}: add an offset after the time, e.g. +04:00.</source>
        <translation>Не удаётся определить часовой пояс для {text}: добавьте смещение после времени, например +04:00.</translation>
    </message>
    <message>
        <source>The archive was refused: {reason}. Nothing was extracted.</source>
        <translation>Архив отклонён: {reason}. Ничего не извлечено.</translation>
    </message>
    <message>
        <source>This is not a zip file (or it is truncated); it cannot be a Threatlog bundle.</source>
        <translation>Это не zip-файл (или он обрезан), поэтому он не может быть пакетом Threatlog.</translation>
    </message>
    <message>
        <source>its zip64 end record is damaged</source>
        <translation>повреждена его запись конца каталога zip64</translation>
    </message>
    <message>
        <source>it declares {count} members (at most {limit})</source>
        <translation>в нём заявлено элементов: {count} (допустимо не более {limit})</translation>
    </message>
    <message>
        <source>its table of contents is larger than any bundle&apos;s</source>
        <translation>его оглавление больше, чем у любого пакета</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>управляющий символ</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>обратную косую черту</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>абсолютный путь</translation>
    </message>
    <message>
        <source>a colon (a drive letter or an alternate data stream on Windows)</source>
        <translation>двоеточие (признак буквы диска или альтернативного потока данных в Windows)</translation>
    </message>
    <message>
        <source>an empty, &apos;.&apos; or &apos;..&apos; path component</source>
        <translation>пустой компонент пути либо компонент &apos;.&apos; или &apos;..&apos;</translation>
    </message>
    <message>
        <source>the member name {name} contains {problem}</source>
        <translation>имя элемента {name} содержит {problem}</translation>
    </message>
    <message>
        <source>{name} is a symbolic link or a special file</source>
        <translation>элемент {name} — символическая ссылка или специальный файл</translation>
    </message>
    <message>
        <source>{name} is encrypted</source>
        <translation>элемент {name} зашифрован</translation>
    </message>
    <message>
        <source>{name} uses a compression method bundles never use</source>
        <translation>элемент {name} сжат методом, который в пакетах никогда не используется</translation>
    </message>
    <message>
        <source>{name} declares two different sizes</source>
        <translation>для элемента {name} указаны два разных размера</translation>
    </message>
    <message>
        <source>{name} expands more than {ratio}:1 (a zip bomb)</source>
        <translation>степень сжатия элемента {name} больше {ratio}:1 (zip-бомба)</translation>
    </message>
    <message>
        <source>the folder entry {name} has content</source>
        <translation>запись папки {name} содержит данные</translation>
    </message>
    <message>
        <source>it must hold exactly one top-level folder</source>
        <translation>в нём должна быть ровно одна папка верхнего уровня</translation>
    </message>
    <message>
        <source>{name} lies outside the bundle&apos;s folder</source>
        <translation>элемент {name} находится вне папки пакета</translation>
    </message>
    <message>
        <source>two members would extract to the same file ({name})</source>
        <translation>два элемента были бы извлечены в один и тот же файл ({name})</translation>
    </message>
    <message>
        <source>a file and a folder have the same name ({name})</source>
        <translation>у файла и папки одинаковое имя ({name})</translation>
    </message>
    <message>
        <source>its members declare more than {gib} GiB in total</source>
        <translation>общий заявленный размер его элементов больше {gib} ГиБ</translation>
    </message>
    <message>
        <source>a member is placed before the start of the archive (bytes are missing from it)</source>
        <translation>один из элементов расположен до начала архива (в архиве недостаёт байтов)</translation>
    </message>
    <message>
        <source>{name} declares more bytes than the archive holds for it</source>
        <translation>для элемента {name} заявлено больше байтов, чем отведено ему в архиве</translation>
    </message>
    <message>
        <source>its local header is missing</source>
        <translation>отсутствует локальный заголовок</translation>
    </message>
    <message>
        <source>its local header does not match the table of contents</source>
        <translation>локальный заголовок не совпадает с оглавлением</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>элемент зашифрован</translation>
    </message>
    <message>
        <source>the archive ends inside it</source>
        <translation>архив обрывается посреди элемента</translation>
    </message>
    <message>
        <source>This zip file is damaged; it cannot be read as a Threatlog bundle.</source>
        <translation>Этот zip-файл повреждён; его нельзя прочитать как пакет Threatlog.</translation>
    </message>
    <message>
        <source>it holds more than {limit} members</source>
        <translation>в нём больше {limit} элементов</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>архив пуст</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Threatlog; update the app to open it.</source>
        <translation>Это хранилище создано более новой версией Threatlog; чтобы открыть его, обновите приложение.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a day (YYYY-MM-DD).</source>
        <translation>&apos;{day}&apos; не является датой (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>The vault&apos;s signing key is missing or damaged; bundles cannot be signed.</source>
        <translation>Ключ подписи хранилища отсутствует или повреждён; подписывать пакеты невозможно.</translation>
    </message>
    <message>
        <source>The public key is malformed ({problem}).</source>
        <translation>Открытый ключ имеет неверный формат ({problem}).</translation>
    </message>
    <message>
        <source>The SSH signature is malformed ({problem}).</source>
        <translation>SSH-подпись имеет неверный формат ({problem}).</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>данные обрываются раньше времени</translation>
    </message>
    <message>
        <source>a name is not ASCII</source>
        <translation>одно из имён содержит символы вне ASCII</translation>
    </message>
    <message>
        <source>extra bytes at the end</source>
        <translation>лишние байты в конце</translation>
    </message>
    <message>
        <source>The key is of type &apos;{type}&apos;; only {supported} keys are supported.</source>
        <translation>Ключ имеет тип &apos;{type}&apos;; поддерживаются только ключи {supported}.</translation>
    </message>
    <message>
        <source>an Ed25519 key has 32 bytes</source>
        <translation>ключ Ed25519 должен содержать 32 байта</translation>
    </message>
    <message>
        <source>The signature file is far too large to be an SSH signature.</source>
        <translation>Файл подписи слишком велик для SSH-подписи.</translation>
    </message>
    <message>
        <source>The signature file is not an SSH signature (it is not ASCII text).</source>
        <translation>Файл подписи не является SSH-подписью (это не текст ASCII).</translation>
    </message>
    <message>
        <source>The signature file is not an SSH signature (no &apos;{armor}&apos; block).</source>
        <translation>Файл подписи не является SSH-подписью (нет блока &apos;{armor}&apos;).</translation>
    </message>
    <message>
        <source>The SSH signature is damaged (its base64 text does not decode).</source>
        <translation>SSH-подпись повреждена (её текст base64 не декодируется).</translation>
    </message>
    <message>
        <source>it does not start with &apos;{magic}&apos;</source>
        <translation>данные не начинаются с &apos;{magic}&apos;</translation>
    </message>
    <message>
        <source>The SSH signature has version {version}; only version {supported} exists.</source>
        <translation>SSH-подпись имеет версию {version}; существует только версия {supported}.</translation>
    </message>
    <message>
        <source>its namespace is not text</source>
        <translation>пространство имён не является текстом</translation>
    </message>
    <message>
        <source>The SSH signature uses hash &apos;{hash}&apos;; only sha256 and sha512 exist.</source>
        <translation>SSH-подпись использует хеш &apos;{hash}&apos;; существуют только sha256 и sha512.</translation>
    </message>
    <message>
        <source>The SSH signature is of type &apos;{type}&apos;, not {supported}.</source>
        <translation>SSH-подпись имеет тип &apos;{type}&apos;, а не {supported}.</translation>
    </message>
    <message>
        <source>an Ed25519 signature has 64 bytes</source>
        <translation>подпись Ed25519 должна содержать 64 байта</translation>
    </message>
    <message>
        <source>The signature was made for &apos;{made_for}&apos;, not for &apos;{namespace}&apos;.</source>
        <translation>Подпись предназначена для &apos;{made_for}&apos;, а не для &apos;{namespace}&apos;.</translation>
    </message>
    <message>
        <source>The signature does not match the signed file: one of them was changed.</source>
        <translation>Подпись не соответствует подписанному файлу: один из них был изменён.</translation>
    </message>
    <message>
        <source>Statistics go by week or month, not &apos;{value}&apos;.</source>
        <translation>Статистика строится по неделям (week) или по месяцам (month), а не по &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Incidents of type &apos;{type}&apos; have no fields of their own (not &apos;{key}&apos;).</source>
        <translation>У инцидентов типа &apos;{type}&apos; нет собственных полей (в том числе &apos;{key}&apos;).</translation>
    </message>
    <message>
        <source>Incidents of type &apos;{type}&apos; have no field &apos;{key}&apos; (fields: {known}).</source>
        <translation>У инцидентов типа &apos;{type}&apos; нет поля &apos;{key}&apos; (поля: {known}).</translation>
    </message>
    <message>
        <source>Unknown incident type &apos;{type}&apos;. Known types: {known}.</source>
        <translation>Неизвестный тип инцидента &apos;{type}&apos;. Известные типы: {known}.</translation>
    </message>
    <message>
        <source>Unknown platform &apos;{platform}&apos;. Known platforms: {known}.</source>
        <translation>Неизвестная платформа &apos;{platform}&apos;. Известные платформы: {known}.</translation>
    </message>
    <message>
        <source>Unknown target &apos;{target}&apos;. Use one of: {known}.</source>
        <translation>Неизвестное значение &apos;{target}&apos; для поля «Против кого». Используйте одно из значений: {known}.</translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation>Создание миниатюр</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>Парольная фраза должна содержать не менее {count} символов.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}.</source>
        <translation>В {folder} уже есть хранилище.</translation>
    </message>
    <message>
        <source>No vault in {folder}. Create one with &apos;threatlog init&apos;.</source>
        <translation>В {folder} нет хранилища. Создайте его командой &apos;threatlog init&apos;.</translation>
    </message>
    <message>
        <source>Nothing was changed. The vault can be opened read-only to see and export what is intact; run &apos;threatlog check&apos; for a full report, and restore your latest backup into a new folder (&apos;threatlog --vault NEW_FOLDER restore BACKUP_FILE&apos;).</source>
        <translation>Ничего не изменено. Хранилище можно открыть только для чтения, чтобы просмотреть и экспортировать неповреждённое; выполните &apos;threatlog check&apos;, чтобы получить полный отчёт, и восстановите последнюю резервную копию в новую папку (&apos;threatlog --vault NEW_FOLDER restore BACKUP_FILE&apos;).</translation>
    </message>
    <message>
        <source>This vault must be opened normally once (to update it) before it can be opened read-only.</source>
        <translation>Это хранилище нужно один раз открыть обычным способом (чтобы обновить его), прежде чем его можно будет открыть только для чтения.</translation>
    </message>
    <message>
        <source>The vault database is damaged ({reason}): a page the vault needs to open cannot be read.</source>
        <translation>База данных хранилища повреждена ({reason}): не удаётся прочитать страницу, необходимую для открытия хранилища.</translation>
    </message>
    <message>
        <source>Run &apos;threatlog check&apos; for a report, and restore your latest backup into a new folder.</source>
        <translation>Выполните &apos;threatlog check&apos;, чтобы получить отчёт, и восстановите последнюю резервную копию в новую папку.</translation>
    </message>
    <message>
        <source>The key-slot file and the database belong to different vaults.</source>
        <translation>Файл слотов ключей и база данных относятся к разным хранилищам.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>This vault is open read-only (it is damaged, or being checked); nothing can be changed in it.</source>
        <translation>Это хранилище открыто только для чтения (оно повреждено или проверяется); в нём ничего нельзя изменить.</translation>
    </message>
    <message>
        <source>This vault is open read-only; its passphrase cannot be changed now.</source>
        <translation>Это хранилище открыто только для чтения; сейчас сменить его парольную фразу нельзя.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was changed.</source>
        <translation>Непредвиденная ошибка ({kind}). Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>EvidenceDamaged</name>
    <message>
        <source>Some evidence in this vault is damaged, so no bundle was written:</source>
        <translation>Часть доказательств в этом хранилище повреждена, поэтому пакет доказательств не записан:</translation>
    </message>
    <message>
        <source>Incidents whose evidence is intact can still be exported: choose them alone. Vault ▸ Check integrity… shows everything that is damaged; to recover, restore your latest backup into a new folder from the start screen.</source>
        <translation>Инциденты с неповреждёнными доказательствами по-прежнему можно экспортировать: выберите только их. «Хранилище ▸ Проверить целостность…» покажет всё повреждённое; чтобы восстановить данные, восстановите последнюю резервную копию в новую папку с начального экрана.</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <source>No evidence yet. Paste a screenshot (Ctrl+Shift+V), drop files onto this window, or capture a region of the screen.</source>
        <translation>Доказательств пока нет. Вставьте скриншот (Ctrl+Shift+V), перетащите файлы в это окно или сделайте снимок области экрана.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>Paste screens&amp;hot</source>
        <translation>Вставить скри&amp;ншот</translation>
    </message>
    <message>
        <source>Paste an image or files from the clipboard (Ctrl+Shift+V)</source>
        <translation>Вставить изображение или файлы из буфера обмена (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Capture screen region…</source>
        <translation>Снимок области &amp;экрана…</translation>
    </message>
    <message>
        <source>Threatlog hides itself, then you select a part of the screen</source>
        <translation>Threatlog скроет своё окно, затем вы выделите часть экрана</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Remove the selected items that are not saved yet (Delete)</source>
        <translation>Убрать выбранные ещё не сохранённые элементы (Delete)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>Вставить скриншот</translation>
    </message>
    <message>
        <source>Capture screen region</source>
        <translation>Снимок области экрана</translation>
    </message>
    <message>
        <source>Remove selected evidence</source>
        <translation>Убрать выбранные доказательства</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file. Copy a screenshot or a file first.</source>
        <translation>В буфере обмена нет изображения или файла. Сначала скопируйте скриншот или файл.</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Добавить файлы доказательств</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>вычисляется…</translation>
    </message>
    <message>
        <source>{0} (already stored)</source>
        <translation>{0} (уже сохранено)</translation>
    </message>
    <message>
        <source>“{0}” cannot be read and was not added: {1}</source>
        <translation>Не удалось прочитать «{0}», файл не добавлен: {1}</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <source>Evidence viewer</source>
        <translation>Просмотр доказательства</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Opening the evidence…</source>
        <translation>Открытие доказательства…</translation>
    </message>
    <message>
        <source>Evidence image</source>
        <translation>Изображение-доказательство</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Текст доказательства</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>Threatlog does not open evidence in other programs, because that would write a plaintext copy to disk. If you need to open it elsewhere, save a copy — the copy will not be encrypted.</source>
        <translation>Threatlog не открывает доказательства в других программах: для этого пришлось бы записать на диск незашифрованную копию. Если нужно открыть файл в другой программе, сохраните копию — она не будет зашифрована.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 оригинала</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This file is too large to show here.</source>
        <translation>Этот файл слишком большой, чтобы показать его здесь.</translation>
    </message>
    <message>
        <source>This image cannot be shown: the file is damaged or not in a format Threatlog can display.</source>
        <translation>Не удаётся показать изображение: файл повреждён или его формат не поддерживается Threatlog.</translation>
    </message>
    <message>
        <source>Threatlog cannot show this kind of file.</source>
        <translation>Threatlog не умеет показывать файлы такого типа.</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Снова скрыть</translation>
    </message>
    <message>
        <source>Copied; cleared from the clipboard in 30 seconds.</source>
        <translation>Скопировано; через 30 секунд буфер обмена будет очищен.</translation>
    </message>
    <message>
        <source>The copy will not be encrypted. Anyone who can read that folder — or a seized or stolen laptop — can open it. Save an unencrypted copy of “{name}”?</source>
        <translation>Копия не будет зашифрована. Её сможет открыть любой, у кого есть доступ к этой папке, — в том числе если ноутбук изымут или украдут. Сохранить незашифрованную копию «{name}»?</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy to {path}.</source>
        <translation>Незашифрованная копия сохранена: {path}.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Сохранение копии…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export an evidence bundle</source>
        <translation>Экспорт пакета доказательств</translation>
    </message>
    <message>
        <source>Which incidents</source>
        <translation>Какие инциденты</translation>
    </message>
    <message>
        <source>The &amp;selected incident</source>
        <translation>&amp;Выбранный инцидент</translation>
    </message>
    <message>
        <source>The incidents &amp;listed now (your current search and filters)</source>
        <translation>Инциденты, &amp;показанные сейчас (текущий поиск и фильтры)</translation>
    </message>
    <message>
        <source>&amp;All incidents</source>
        <translation>В&amp;се инциденты</translation>
    </message>
    <message>
        <source>No search or filter is active: that would be all incidents.</source>
        <translation>Поиск и фильтры не заданы: это были бы все инциденты.</translation>
    </message>
    <message>
        <source>Deleted incidents are never exported.</source>
        <translation>Удалённые инциденты никогда не экспортируются.</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Что включить</translation>
    </message>
    <message>
        <source>Include private &amp;notes</source>
        <translation>Включить личные &amp;заметки</translation>
    </message>
    <message>
        <source>Include locations (&amp;place of each incident)</source>
        <translation>Включить &amp;местоположение каждого инцидента</translation>
    </message>
    <message>
        <source>Notes are private: what you wrote for yourself. They stay on this device unless you tick this.</source>
        <translation>Заметки — личные: то, что вы писали для себя. Они остаются на этом устройстве, если вы не отметите этот пункт.</translation>
    </message>
    <message>
        <source>A location can endanger you or witnesses. Leave it out unless the recipient needs it.</source>
        <translation>Местоположение может подвергнуть опасности вас или свидетелей. Не включайте его, если получателю оно не нужно.</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <source>The report (report.pdf) is written in this language; the files, the data and VERIFY.txt are the same in every language.</source>
        <translation>На этом языке написан отчёт (report.pdf); файлы, данные и VERIFY.txt одинаковы для всех языков.</translation>
    </message>
    <message>
        <source>What will leave this device</source>
        <translation>Что покинет это устройство</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Location warnings</source>
        <translation>Предупреждения о местоположении</translation>
    </message>
    <message>
        <source>Left out or included</source>
        <translation>Исключено или включено</translation>
    </message>
    <message>
        <source>Incidents and files in the bundle</source>
        <translation>Инциденты и файлы в пакете</translation>
    </message>
    <message>
        <source>Incident or file</source>
        <translation>Инцидент или файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Location data</source>
        <translation>Данные о местоположении</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Also in the bundle: these incidents as a readable report (PDF), a spreadsheet and a data file; the custody-log entries about them (other entries only as links, without content); this vault&apos;s public key and instructions for checking the bundle.</source>
        <translation>Также в пакете: эти инциденты в виде читаемого отчёта (PDF), таблицы и файла данных; записи журнала цепочки хранения о них (остальные записи — только как ссылки, без содержимого); открытый ключ этого хранилища и инструкция по проверке пакета.</translation>
    </message>
    <message>
        <source>Signed with this vault&apos;s key:</source>
        <translation>Подписано ключом этого хранилища:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Choose what to export, then check below what will leave this device. Nothing is written until you press “Export…” and choose where to save the bundle.</source>
        <translation>Выберите, что экспортировать, и проверьте ниже, что покинет это устройство. Ничего не записывается, пока вы не нажмёте «Экспорт…» и не выберете, куда сохранить пакет доказательств.</translation>
    </message>
    <message>
        <source>Working out what would be exported…</source>
        <translation>Определяется, что будет экспортировано…</translation>
    </message>
    <message>
        <source>No incident matches this choice: there is nothing to export.</source>
        <translation>Под этот выбор не подходит ни один инцидент: экспортировать нечего.</translation>
    </message>
    <message>
        <source>“%1” carries a GPS position in its metadata. This original is exported unchanged, because altering it would destroy it as evidence.</source>
        <translation>В метаданных «%1» есть GPS-координаты. Этот оригинал экспортируется без изменений: любое изменение лишило бы его силы доказательства.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not photos (videos, documents…): their metadata was not read and may also hold a location.</source>
        <translation>
            <numerusform>%n файл — не фотография (видео, документ…): его метаданные не читались и тоже могут содержать местоположение.</numerusform>
            <numerusform>%n файла — не фотографии (видео, документы…): их метаданные не читались и тоже могут содержать местоположение.</numerusform>
            <numerusform>%n файлов — не фотографии (видео, документы…): их метаданные не читались и тоже могут содержать местоположение.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 in total.</source>
        <translation>%1, %2, всего %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл доказательств</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included: the private notes of %n incident(s).</source>
        <translation>
            <numerusform>Включено: личные заметки %n инцидента.</numerusform>
            <numerusform>Включено: личные заметки %n инцидентов.</numerusform>
            <numerusform>Включено: личные заметки %n инцидентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: the private notes of %n incident(s).</source>
        <translation>
            <numerusform>Исключено: личные заметки %n инцидента.</numerusform>
            <numerusform>Исключено: личные заметки %n инцидентов.</numerusform>
            <numerusform>Исключено: личные заметки %n инцидентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included: the locations of %n incident(s).</source>
        <translation>
            <numerusform>Включено: местоположение %n инцидента.</numerusform>
            <numerusform>Включено: местоположение %n инцидентов.</numerusform>
            <numerusform>Включено: местоположение %n инцидентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: the locations of %n incident(s).</source>
        <translation>
            <numerusform>Исключено: местоположение %n инцидента.</numerusform>
            <numerusform>Исключено: местоположение %n инцидентов.</numerusform>
            <numerusform>Исключено: местоположение %n инцидентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPS position inside</source>
        <translation>Содержит GPS-координаты</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more incident(s)</source>
        <translation>
            <numerusform>… и ещё %n инцидент</numerusform>
            <numerusform>… и ещё %n инцидента</numerusform>
            <numerusform>… и ещё %n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the evidence bundle</source>
        <translation>Сохранение пакета доказательств</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>Пакеты доказательств (*.zip)</translation>
    </message>
    <message>
        <source>Writing the evidence bundle…</source>
        <translation>Запись пакета доказательств…</translation>
    </message>
    <message>
        <source>The evidence bundle was written and signed.</source>
        <translation>Пакет доказательств записан и подписан.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle file</source>
        <translation>SHA-256 файла пакета</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Send the SHA-256 and the key fingerprint to the recipient by another channel than the bundle itself (phone, in person, another messenger). With them, the recipient can prove that the bundle is the one you sent and that your key signed it.</source>
        <translation>Передайте получателю SHA-256 и отпечаток ключа другим способом, не тем, которым отправляете сам пакет (по телефону, лично, через другой мессенджер). С их помощью получатель сможет доказать, что это именно тот пакет, который вы отправили, и что он подписан вашим ключом.</translation>
    </message>
    <message>
        <source>Copy &amp;SHA-256</source>
        <translation>Копировать &amp;SHA-256</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Копировать &amp;отпечаток</translation>
    </message>
    <message>
        <source>&amp;Verify this bundle now</source>
        <translation>&amp;Проверить этот пакет сейчас</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 файла:</translation>
    </message>
    <message>
        <source>Signed by key:</source>
        <translation>Подписано ключом:</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Что это значит</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>не изменён</translation>
    </message>
    <message>
        <source>changed after it was signed</source>
        <translation>изменён после подписания</translation>
    </message>
    <message>
        <source>listed as signed, but not in the bundle</source>
        <translation>указан как подписанный, но отсутствует в пакете</translation>
    </message>
    <message>
        <source>added: not among the signed files</source>
        <translation>добавлен: его нет среди подписанных файлов</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, messages, accounts, tags, file names…  (Ctrl+F)</source>
        <translation>Поиск по заголовкам, сообщениям, аккаунтам, тегам, именам файлов…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>Фильтр по платформе</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Все платформы</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фильтр по тегу</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Filter by account</source>
        <translation>Фильтр по аккаунту</translation>
    </message>
    <message>
        <source>From (2026-01)</source>
        <translation>С (2026-01)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>Until (2026-12-31)</source>
        <translation>По (2026-12-31)</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Show incidents of every campaign</source>
        <translation>Показать инциденты всех кампаний</translation>
    </message>
    <message>
        <source>Show incidents of every period</source>
        <translation>Показать инциденты за все периоды</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Кампания: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Welcome to Threatlog</source>
        <translation>Добро пожаловать в Threatlog</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; На&amp;зад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Skip the guide</source>
        <translation>&amp;Пропустить знакомство</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message numerus="yes">
        <source>Threatlog also locks itself after %n minute(s) without use; you can change this in Settings.</source>
        <translation>
            <numerusform>Кроме того, Threatlog сам блокируется после %n минуты бездействия; это можно изменить в настройках.</numerusform>
            <numerusform>Кроме того, Threatlog сам блокируется после %n минут бездействия; это можно изменить в настройках.</numerusform>
            <numerusform>Кроме того, Threatlog сам блокируется после %n минут бездействия; это можно изменить в настройках.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can make Threatlog lock itself after some minutes without use, in Settings.</source>
        <translation>В настройках можно включить автоматическую блокировку Threatlog после нескольких минут бездействия.</translation>
    </message>
    <message>
        <source>What is stored where</source>
        <translation>Что и где хранится</translation>
    </message>
    <message>
        <source>Everything you record (incidents, evidence files, their history and custody log) is kept in one vault folder, encrypted with your passphrase:</source>
        <translation>Всё, что вы записываете (инциденты, файлы доказательств, их история и журнал цепочки хранения), хранится в одной папке хранилища и зашифровано вашей парольной фразой:</translation>
    </message>
    <message>
        <source>Threatlog writes nothing else about your incidents to this computer. A small settings file holds only the language, the lock time and which folder your vault is in:</source>
        <translation>Больше ничего о ваших инцидентах Threatlog на этот компьютер не записывает. В небольшом файле настроек хранятся только язык, время блокировки и то, в какой папке находится ваше хранилище:</translation>
    </message>
    <message>
        <source>To keep a copy, use Vault › Back up: the backup is encrypted too.</source>
        <translation>Чтобы сохранить копию, выберите «Хранилище › Резервная копия»: резервная копия тоже зашифрована.</translation>
    </message>
    <message>
        <source>Your passphrase and recovery code</source>
        <translation>Парольная фраза и код восстановления</translation>
    </message>
    <message>
        <source>Nobody can reset your passphrase: there is no account and no server, and the developers cannot open your vault either. That is what keeps it safe if the computer is taken.</source>
        <translation>Никто не может сбросить вашу парольную фразу: здесь нет учётной записи и сервера, и разработчики тоже не могут открыть ваше хранилище. Именно это защищает его, если компьютер отберут.</translation>
    </message>
    <message>
        <source>When you create a vault, Threatlog shows a recovery code once. It is the only other way in. Write it on paper and keep it somewhere safe, away from this computer.</source>
        <translation>При создании хранилища Threatlog один раз показывает код восстановления. Это единственный другой способ открыть хранилище. Запишите код на бумаге и храните в надёжном месте, не рядом с этим компьютером.</translation>
    </message>
    <message>
        <source>Lock fast</source>
        <translation>Быстрая блокировка</translation>
    </message>
    <message>
        <source>%1 or %2 hides everything at once, locks the vault and minimizes the window.</source>
        <translation>%1 или %2 мгновенно скрывает всё, блокирует хранилище и сворачивает окно.</translation>
    </message>
    <message>
        <source>%1 locks the vault without minimizing.</source>
        <translation>%1 блокирует хранилище, не сворачивая окно.</translation>
    </message>
    <message>
        <source>Look after yourself</source>
        <translation>Берегите себя</translation>
    </message>
    <message>
        <source>Reading threats again takes a toll. Take breaks; nothing has to be logged in one sitting, and a draft can wait.</source>
        <translation>Перечитывать угрозы тяжело. Делайте перерывы: не обязательно записывать всё за один раз, черновик может подождать.</translation>
    </message>
    <message>
        <source>You can ask a person you trust to do the logging for you, on your computer or on theirs, with their own vault.</source>
        <translation>Вы можете попросить человека, которому доверяете, вести записи за вас — на вашем компьютере или на своём, в собственном хранилище.</translation>
    </message>
    <message>
        <source>Pictures and videos of an incident marked sensitive stay blurred until you choose to reveal them. In Settings you can blur all media.</source>
        <translation>Фото и видео инцидента, отмеченного как деликатный, остаются размытыми, пока вы не решите их открыть. В настройках можно включить размытие всех медиафайлов.</translation>
    </message>
    <message>
        <source>You can see this guide again from Help › First-run guide.</source>
        <translation>Это знакомство можно открыть снова: «Справка › Знакомство с программой».</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Telegram export</source>
        <translation>Экспорт Telegram</translation>
    </message>
    <message>
        <source>WhatsApp chat export</source>
        <translation>Экспорт чата WhatsApp</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронное письмо</translation>
    </message>
    <message>
        <source>mailbox (mbox)</source>
        <translation>почтовый ящик (mbox)</translation>
    </message>
    <message>
        <source>folder of files</source>
        <translation>папка с файлами</translation>
    </message>
    <message numerus="yes">
        <source>%n service message(s) (joins, pins, calls)</source>
        <translation>
            <numerusform>%n служебное сообщение (вступления в чат, закрепления, звонки)</numerusform>
            <numerusform>%n служебных сообщения (вступления в чат, закрепления, звонки)</numerusform>
            <numerusform>%n служебных сообщений (вступления в чат, закрепления, звонки)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system message(s) (encryption notice, joins, changes)</source>
        <translation>
            <numerusform>%n системное сообщение (уведомление о шифровании, вступления, изменения)</numerusform>
            <numerusform>%n системных сообщения (уведомление о шифровании, вступления, изменения)</numerusform>
            <numerusform>%n системных сообщений (уведомление о шифровании, вступления, изменения)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) identical to another in the source</source>
        <translation>
            <numerusform>%n электронное письмо, совпадающее с другим в источнике</numerusform>
            <numerusform>%n электронных письма, совпадающих с другими в источнике</numerusform>
            <numerusform>%n электронных писем, совпадающих с другими в источнике</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden or system file(s)</source>
        <translation>
            <numerusform>%n скрытый или системный файл</numerusform>
            <numerusform>%n скрытых или системных файла</numerusform>
            <numerusform>%n скрытых или системных файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) identical to another in the folder</source>
        <translation>
            <numerusform>%n файл, совпадающий с другим в папке</numerusform>
            <numerusform>%n файла, совпадающих с другими в папке</numerusform>
            <numerusform>%n файлов, совпадающих с другими в папке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in other chats</source>
        <translation>
            <numerusform>%n сообщение в других чатах</numerusform>
            <numerusform>%n сообщения в других чатах</numerusform>
            <numerusform>%n сообщений в других чатах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from other senders</source>
        <translation>
            <numerusform>%n сообщение от других отправителей</numerusform>
            <numerusform>%n сообщения от других отправителей</numerusform>
            <numerusform>%n сообщений от других отправителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a date (a date range was chosen)</source>
        <translation>
            <numerusform>%n без даты (выбран диапазон дат)</numerusform>
            <numerusform>%n без даты (выбран диапазон дат)</numerusform>
            <numerusform>%n без даты (выбран диапазон дат)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the dates chosen</source>
        <translation>
            <numerusform>%n вне выбранных дат</numerusform>
            <numerusform>%n вне выбранных дат</numerusform>
            <numerusform>%n вне выбранных дат</numerusform>
        </translation>
    </message>
    <message>
        <source>No chat is called “{name}”.</source>
        <translation>Нет чата с названием «{name}».</translation>
    </message>
    <message>
        <source>No sender is called “{name}”.</source>
        <translation>Нет отправителя с именем «{name}».</translation>
    </message>
    <message>
        <source>{file}: not in the export folder</source>
        <translation>{file}: нет в папке экспорта</translation>
    </message>
    <message>
        <source>{marker}: exported without media</source>
        <translation>{marker}: экспортировано без медиафайлов</translation>
    </message>
    <message>
        <source>{file}: not in the export</source>
        <translation>{file}: нет в экспорте</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>сначала день</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>сначала месяц</translation>
    </message>
    <message>
        <source>The dates in {name} are {found}; --date-order {chosen} was ignored.</source>
        <translation>Даты в {name} записаны в порядке «{found}»; параметр --date-order {chosen} не учтён.</translation>
    </message>
    <message>
        <source>Every date in {name} reads both ways (like {example}); they were read {order} (as you chose). If that is wrong, choose {other}.</source>
        <translation>Каждую дату в {name} можно прочитать двояко (например, {example}); они прочитаны в порядке «{order}» (как вы выбрали). Если это неверно, выберите «{other}».</translation>
    </message>
    <message>
        <source>Every date in {name} reads both ways (like {example}); they were read {order} (from this computer&apos;s region settings). If that is wrong, choose {other}.</source>
        <translation>Каждую дату в {name} можно прочитать двояко (например, {example}); они прочитаны в порядке «{order}» (по региональным настройкам этого компьютера). Если это неверно, выберите «{other}».</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <source>Chats to import</source>
        <translation>Чаты для импорта</translation>
    </message>
    <message>
        <source>Senders to import</source>
        <translation>Отправители для импорта</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Отправители</translation>
    </message>
    <message>
        <source>From (2026-01)</source>
        <translation>С (2026-01)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>Until (2026-12-31)</source>
        <translation>По (2026-12-31)</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>One incident per &amp;message</source>
        <translation>&amp;Каждое сообщение — отдельный инцидент</translation>
    </message>
    <message>
        <source>&amp;Consecutive messages from one sender as one incident,</source>
        <translation>&amp;Серия сообщений одного отправителя — один инцидент,</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes between grouped messages</source>
        <translation>Минут между объединяемыми сообщениями</translation>
    </message>
    <message>
        <source>Everything as &amp;one incident</source>
        <translation>Всё — &amp;одним инцидентом</translation>
    </message>
    <message>
        <source>Type of the new incidents</source>
        <translation>Тип новых инцидентов</translation>
    </message>
    <message>
        <source>Date order of the chat</source>
        <translation>Порядок дня и месяца в датах чата</translation>
    </message>
    <message>
        <source>As the chat&apos;s dates show (else this computer&apos;s region)</source>
        <translation>Как видно по датам чата (иначе — по региону этого компьютера)</translation>
    </message>
    <message>
        <source>Day first (05/10 is 5 October)</source>
        <translation>Сначала день (05/10 — это 5 октября)</translation>
    </message>
    <message>
        <source>Month first (05/10 is May 10)</source>
        <translation>Сначала месяц (05/10 — это 10 мая)</translation>
    </message>
    <message>
        <source>Time zone of the times in the source</source>
        <translation>Часовой пояс времени в источнике</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Часовой пояс этого компьютера</translation>
    </message>
    <message>
        <source>each &amp;within</source>
        <translation>с инт&amp;ервалом до</translation>
    </message>
    <message>
        <source>of the one before</source>
        <translation>между сообщениями</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>По&amp;рядок дня и месяца:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>Д&amp;аты</translation>
    </message>
    <message>
        <source>&amp;Type of the new incidents</source>
        <translation>&amp;Тип новых инцидентов</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n сообщение)</numerusform>
            <numerusform>%1 (%n сообщения)</numerusform>
            <numerusform>%1 (%n сообщений)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import messages</source>
        <translation>Импорт сообщений</translation>
    </message>
    <message>
        <source>Import the messages you received, each as an incident with its original kept as evidence:
• a Telegram Desktop export (“Machine-readable JSON”: result.json or its folder)
• a WhatsApp chat export (the .zip your phone shares, or its folder)
• e-mails (.eml files, or an .mbox mailbox)
• a folder of screenshots or other files

Nothing is written until you have seen what will be created and pressed “Import”.</source>
        <translation>Импортируйте полученные сообщения: каждое станет инцидентом, а его оригинал сохранится как доказательство. Поддерживаются:
• экспорт Telegram Desktop («Machine-readable JSON»: result.json или его папка)
• экспорт чата WhatsApp (.zip, которым делится телефон, или его папка)
• электронные письма (файлы .eml или почтовый ящик .mbox)
• папка со скриншотами или другими файлами

Ничего не записывается, пока вы не увидите, что будет создано, и не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <source>Or drop the export (a folder, a .zip, .json, .eml or .mbox file) here.</source>
        <translation>Или перетащите сюда экспорт (папку или файл .zip, .json, .eml или .mbox).</translation>
    </message>
    <message>
        <source>Choose the export to import</source>
        <translation>Выберите экспорт для импорта</translation>
    </message>
    <message>
        <source>Exports (*.json *.zip *.txt *.eml *.mbox);;All files (*)</source>
        <translation>Экспорты (*.json *.zip *.txt *.eml *.mbox);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the export folder, or a folder of files</source>
        <translation>Выберите папку экспорта или папку с файлами</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Чтение экспорта…</translation>
    </message>
    <message>
        <source>Tick at least one chat and one sender to import.</source>
        <translation>Отметьте для импорта хотя бы один чат и одного отправителя.</translation>
    </message>
    <message>
        <source>Working out what would be imported…</source>
        <translation>Определяется, что будет импортировано…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n incident(s)</source>
        <translation>
            <numerusform>&amp;Импортировать %n инцидент</numerusform>
            <numerusform>&amp;Импортировать %n инцидента</numerusform>
            <numerusform>&amp;Импортировать %n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Other source…</source>
        <translation>&amp;Другой источник…</translation>
    </message>
    <message>
        <source>One import is one transaction: if it fails or you cancel it, nothing of it is kept.</source>
        <translation>Импорт выполняется целиком: если он прервётся с ошибкой или вы его отмените, ничего из него не сохранится.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n incident(s)… Cancel undoes all of it.</source>
        <translation>
            <numerusform>Импорт %n инцидента… «Отмена» отменит весь импорт.</numerusform>
            <numerusform>Импорт %n инцидентов… «Отмена» отменит весь импорт.</numerusform>
            <numerusform>Импорт %n инцидентов… «Отмена» отменит весь импорт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s)</source>
        <translation>
            <numerusform>Импортирован %n инцидент</numerusform>
            <numerusform>Импортировано %n инцидента</numerusform>
            <numerusform>Импортировано %n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n evidence file(s).</source>
        <translation>
            <numerusform> с %n файлом доказательств.</numerusform>
            <numerusform> с %n файлами доказательств.</numerusform>
            <numerusform> с %n файлами доказательств.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already in the vault and were not imported again.</source>
        <translation>
            <numerusform>%n элемент уже был в хранилище и не импортирован повторно.</numerusform>
            <numerusform>%n элемента уже были в хранилище и не импортированы повторно.</numerusform>
            <numerusform>%n элементов уже были в хранилище и не импортированы повторно.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Telegram export</source>
        <translation>Экспорт Telegram</translation>
    </message>
    <message>
        <source>WhatsApp chat export</source>
        <translation>Экспорт чата WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронное письмо</translation>
    </message>
    <message>
        <source>Mailbox (mbox)</source>
        <translation>Почтовый ящик (mbox)</translation>
    </message>
    <message>
        <source>Folder of files</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Уже в хранилище</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>Warnings and missing files</source>
        <translation>Предупреждения и отсутствующие файлы</translation>
    </message>
    <message>
        <source>Incidents that will be created</source>
        <translation>Инциденты, которые будут созданы</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n item(s) found</source>
        <translation>
            <numerusform>%1: %2 — найден %n элемент</numerusform>
            <numerusform>%1: %2 — найдено %n элемента</numerusform>
            <numerusform>%1: %2 — найдено %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Нового для импорта ничего нет.</translation>
    </message>
    <message>
        <source>%1 will be created, with %2 (%3).</source>
        <translation>Будет создано: %1; доказательства: %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <translation>
            <numerusform>%n новый инцидент</numerusform>
            <numerusform>%n новых инцидента</numerusform>
            <numerusform>%n новых инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) chosen are already in the vault: importing again creates nothing.</source>
        <translation>
            <numerusform>Все выбранные элементы (%n) уже есть в хранилище: повторный импорт ничего не создаст.</numerusform>
            <numerusform>Все выбранные элементы (%n) уже есть в хранилище: повторный импорт ничего не создаст.</numerusform>
            <numerusform>Все выбранные элементы (%n) уже есть в хранилище: повторный импорт ничего не создаст.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) chosen are already in the vault and will not be imported again.</source>
        <translation>
            <numerusform>%n выбранный элемент уже есть в хранилище и не будет импортирован повторно.</numerusform>
            <numerusform>%n выбранных элемента уже есть в хранилище и не будут импортированы повторно.</numerusform>
            <numerusform>%n выбранных элементов уже есть в хранилище и не будут импортированы повторно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Исключено: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) named in the export are not in it. Their messages are imported all the same, and each incident&apos;s notes say what is missing:</source>
        <translation>
            <numerusform>В экспорте нет %n файла, на который он ссылается. Сообщения всё равно импортируются, а в заметках каждого инцидента указано, чего не хватает:</numerusform>
            <numerusform>В экспорте нет %n файлов, на которые он ссылается. Сообщения всё равно импортируются, а в заметках каждого инцидента указано, чего не хватает:</numerusform>
            <numerusform>В экспорте нет %n файлов, на которые он ссылается. Сообщения всё равно импортируются, а в заметках каждого инцидента указано, чего не хватает:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (in “%2”)</source>
        <translation>• %1 (в «%2»)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Edit incident</source>
        <translation>Изменение инцидента</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>Тип инцидента</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>A few words, e.g. “Death threat in Telegram comments”</source>
        <translation>Несколько слов, например: «Угроза убийством в комментариях Telegram»</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Когда это произошло</translation>
    </message>
    <message>
        <source>2026-10-05 14:30 · 2026-10-05 · 2026-10 · 2026-10-01/2026-10-10</source>
        <translation>2026-10-05 14:30 · 2026-10-05 · 2026-10 · 2026-10-01/2026-10-10</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <source>Set to the current time</source>
        <translation>Указать текущее время</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>A day, a month or a range is enough when you do not know the exact time.</source>
        <translation>Если точное время неизвестно, достаточно указать день, месяц или промежуток.</translation>
    </message>
    <message>
        <source>1 — low</source>
        <translation>1 — низкая</translation>
    </message>
    <message>
        <source>5 — severe</source>
        <translation>5 — очень высокая</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Се&amp;рьёзность</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Т&amp;еги</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Разделяйте теги запятыми.</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Кто и где</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Платформа</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Perpetrator accounts</source>
        <translation>Аккаунты преследователей</translation>
    </message>
    <message>
        <source>@handle, @another</source>
        <translation>@имя, @другое_имя</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Аккаунты</translation>
    </message>
    <message>
        <source>Separate with commas. An account on another platform: telegram:@name.</source>
        <translation>Через запятую. Аккаунт на другой платформе: telegram:@name.</translation>
    </message>
    <message>
        <source>Ta&amp;rget</source>
        <translation>Против ко&amp;го</translation>
    </message>
    <message>
        <source>Who was targeted</source>
        <translation>Против кого направлено</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>&amp;URLs</source>
        <translation>Сс&amp;ылки</translation>
    </message>
    <message>
        <source>One address per line.</source>
        <translation>По одному адресу в строке.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Местоположение</translation>
    </message>
    <message>
        <source>Optional — it can endanger you or others.</source>
        <translation>Необязательно — это может подвергнуть опасности вас или других.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>&amp;Original text</source>
        <translation>&amp;Исходный текст</translation>
    </message>
    <message>
        <source>Exactly as received, in any language or script.</source>
        <translation>Точно так, как получено, на любом языке и в любой письменности.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Tran&amp;slation</source>
        <translation>Пере&amp;вод</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Личное</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
    <message>
        <source>Private not&amp;es</source>
        <translation>&amp;Личные заметки</translation>
    </message>
    <message>
        <source>Never exported unless you choose.</source>
        <translation>Не экспортируются, если вы сами этого не выберете.</translation>
    </message>
    <message>
        <source>Mar&amp;k as sensitive: media stays blurred until you choose to look</source>
        <translation>&amp;Отметить как деликатное: медиафайлы размыты, пока вы не решите их посмотреть</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Деликатное</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+S или Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Always sensitive for this type of incident.</source>
        <translation>Для этого типа инцидентов — всегда деликатное.</translation>
    </message>
    <message>
        <source>Saving and storing evidence…</source>
        <translation>Сохранение инцидента и доказательств…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saving was cancelled; nothing was stored. Everything you entered is still here.</source>
        <translation>Сохранение отменено; ничего не записано. Всё, что вы ввели, осталось здесь.</translation>
    </message>
    <message>
        <source>Close without saving? What you entered here will be lost.</source>
        <translation>Закрыть без сохранения? Всё, что вы здесь ввели, будет потеряно.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>e.g. 2026-10-05, 2026-10 or 2026</source>
        <translation>например, 2026-10-05, 2026-10 или 2026</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Файлы</translation>
    </message>
</context>
<context>
    <name>IntegrityReportDialog</name>
    <message>
        <source>Integrity check</source>
        <translation>Проверка целостности</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Checked: %1 pages of the database, %2 incidents, %3 evidence items (%4).</source>
        <translation>Проверено страниц базы данных: %1, инцидентов: %2, доказательств: %3 (%4).</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ПОВРЕЖДЕНО</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <source>&amp;What is damaged:</source>
        <translation>&amp;Что повреждено:</translation>
    </message>
    <message>
        <source>Nothing was changed in the vault. To recover, lock it and restore your most recent backup into a new folder (“Restore from a backup…” on the start screen). Until then, back up what is left now (Vault ▸ Back up…): whatever is intact can still be read and exported.</source>
        <translation>В хранилище ничего не изменено. Чтобы восстановить данные, заблокируйте хранилище и восстановите последнюю резервную копию в новую папку («Восстановить из резервной копии…» на начальном экране). А пока сделайте резервную копию того, что осталось («Хранилище ▸ Резервная копия…»): всё неповреждённое по-прежнему можно читать и экспортировать.</translation>
    </message>
    <message>
        <source>Healthy: nothing in this vault is damaged.</source>
        <translation>Всё в порядке: в этом хранилище ничего не повреждено.</translation>
    </message>
    <message numerus="yes">
        <source>Damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>Есть повреждения: найдена %n проблема.</numerusform>
            <numerusform>Есть повреждения: найдено %n проблемы.</numerusform>
            <numerusform>Есть повреждения: найдено %n проблем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>This vault&apos;s signing key</source>
        <translation>Ключ подписи этого хранилища</translation>
    </message>
    <message>
        <source>Every evidence bundle you export is signed with this key. Give its fingerprint to your lawyer by phone or in person, not with the bundle: it is how they know a bundle really comes from you.</source>
        <translation>Каждый экспортируемый вами пакет доказательств подписывается этим ключом. Сообщите его отпечаток своему адвокату по телефону или лично, а не вместе с пакетом: так адвокат сможет убедиться, что пакет действительно от вас.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Key identity</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <source>allowed_signers line</source>
        <translation>Строка allowed_signers</translation>
    </message>
    <message>
        <source>The command line shows the same: “threatlog key” prints the fingerprint, “threatlog key --allowed-signers” the line.</source>
        <translation>То же самое показывает командная строка: «threatlog key» выводит отпечаток, «threatlog key --allowed-signers» — строку.</translation>
    </message>
    <message>
        <source>Read the fingerprint out, or write it down for them. Anyone can copy a bundle&apos;s contents, but not the key&apos;s private half, which never leaves this vault.</source>
        <translation>Прочитайте отпечаток вслух или запишите его для адвоката. Содержимое пакета может скопировать кто угодно, но не закрытую часть ключа: она никогда не покидает это хранилище.</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Копировать &amp;отпечаток</translation>
    </message>
    <message>
        <source>Copy allowed_signers &amp;line</source>
        <translation>Копировать &amp;строку allowed_signers</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>OpenSSH allowed_signers line (for “ssh-keygen -Y verify”):</source>
        <translation>Строка allowed_signers для OpenSSH (для «ssh-keygen -Y verify»):</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Чтение ключа…</translation>
    </message>
    <message>
        <source>Identity in bundles: %1</source>
        <translation>Идентификатор в пакетах: %1</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>Подходящих инцидентов нет.</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file to log.</source>
        <translation>В буфере обмена нет изображения или файла, которые можно записать.</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file to attach.</source>
        <translation>В буфере обмена нет изображения или файла, которые можно прикрепить.</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Добавить файлы доказательств</translation>
    </message>
    <message>
        <source>Storing evidence…</source>
        <translation>Сохранение доказательств…</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Удаление инцидента</translation>
    </message>
    <message>
        <source>The incident will be hidden but kept, with every revision, and the reason recorded.
Why delete it?</source>
        <translation>Инцидент будет скрыт, но сохранится со всеми версиями, а причина удаления будет записана.
Почему вы его удаляете?</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PlannedIncidentsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
</context>
<context>
    <name>ProofSection</name>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Журнал цепочки хранения</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle file</source>
        <translation>SHA-256 файла пакета</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
    <message>
        <source>Signature: valid. The list of files and their SHA-256 fingerprints is exactly what key %1 signed.</source>
        <translation>Подпись: действительна. Список файлов и их отпечатков SHA-256 в точности совпадает с тем, что подписал ключ %1.</translation>
    </message>
    <message>
        <source>Signature: NOT valid. The bundle was changed after signing, or it was not signed by the key it names.</source>
        <translation>Подпись: НЕДЕЙСТВИТЕЛЬНА. Пакет изменён после подписания или подписан не тем ключом, который в нём указан.</translation>
    </message>
    <message>
        <source>Key: you did not say which key you expected, so this is only the key the bundle names itself. Enter the fingerprint the sender gave you to check it.</source>
        <translation>Ключ: вы не указали, какой ключ ожидаете, поэтому это лишь ключ, который указан в самом пакете. Чтобы проверить его, введите отпечаток, полученный от отправителя.</translation>
    </message>
    <message>
        <source>Key: this is the key you expected.</source>
        <translation>Ключ: это ожидаемый вами ключ.</translation>
    </message>
    <message>
        <source>Key: this is NOT the key you expected.</source>
        <translation>Ключ: это НЕ тот ключ, который вы ожидали.</translation>
    </message>
    <message>
        <source>Custody log (who collected and handled the evidence, and when): not checked, because the checks stopped earlier.</source>
        <translation>Журнал цепочки хранения (кто и когда собирал доказательства и работал с ними): не проверен, потому что проверка остановилась раньше.</translation>
    </message>
    <message>
        <source>Custody log (who collected and handled the evidence, and when): complete and unbroken, %1 entries.</source>
        <translation>Журнал цепочки хранения (кто и когда собирал доказательства и работал с ними): полный и непрерывный, записей: %1.</translation>
    </message>
    <message>
        <source>Custody log (who collected and handled the evidence, and when): BROKEN — %1</source>
        <translation>Журнал цепочки хранения (кто и когда собирал доказательства и работал с ними): НАРУШЕН — %1</translation>
    </message>
    <message>
        <source>SHA-256 of this bundle file: %1
If the sender gave you this number, it must be the same.</source>
        <translation>SHA-256 этого файла пакета: %1
Если отправитель сообщил вам это значение, оно должно совпадать.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: this vault is damaged, so nothing can be changed in it. You can read, export and back up what is intact (Vault ▸ Check integrity… shows what is damaged). To work again, restore your latest backup into a new folder from the start screen.</source>
        <translation>Только чтение: хранилище повреждено, поэтому в нём ничего нельзя изменить. Неповреждённое можно читать, экспортировать и копировать в резервную копию («Хранилище ▸ Проверить целостность…» покажет, что повреждено). Чтобы снова работать, восстановите последнюю резервную копию в новую папку с начального экрана.</translation>
    </message>
    <message>
        <source>Read-only vault</source>
        <translation>Хранилище только для чтения</translation>
    </message>
</context>
<context>
    <name>RegionCapture</name>
    <message>
        <source>Screen region capture</source>
        <translation>Снимок области экрана</translation>
    </message>
    <message>
        <source>Drag to select an area. Enter or double-click keeps it, Escape cancels, a single click takes the whole screen.</source>
        <translation>Выделите область, протянув мышью. Enter или двойной щелчок — сохранить, Escape — отменить, одиночный щелчок — снимок всего экрана.</translation>
    </message>
    <message>
        <source>Drag to select an area · Enter or double-click keeps it · Esc cancels · a single click takes the whole screen</source>
        <translation>Протяните мышью, чтобы выделить область · Enter или двойной щелчок — сохранить · Esc — отменить · одиночный щелчок — весь экран</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Threatlog evidence report · bundle {bundle}</source>
        <translation>Отчёт о доказательствах Threatlog · пакет {bundle}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Evidence report</source>
        <translation>Отчёт о доказательствах</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Титульная страница</translation>
    </message>
    <message>
        <source>THREATLOG · EVIDENCE BUNDLE</source>
        <translation>THREATLOG · ПАКЕТ ДОКАЗАТЕЛЬСТВ</translation>
    </message>
    <message>
        <source>Simplified report: some incident text could not be laid out, so every character outside plain ASCII is written as an escape (\u…). The exact data is in data/incidents.json.</source>
        <translation>Упрощённый отчёт: часть текста инцидентов не удалось разместить на странице, поэтому каждый символ за пределами простого ASCII записан в виде escape-последовательности (\u…). Точные данные находятся в data/incidents.json.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <source>{moment}  (computer clock)</source>
        <translation>{moment}  (по часам компьютера)</translation>
    </message>
    <message>
        <source>{incidents}, {files}</source>
        <translation>{incidents}, {files}</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл доказательств</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GPS coordinates in the metadata of %n file(s): share with care</source>
        <translation>
            <numerusform>GPS-координаты в метаданных %n файла: передавайте с осторожностью</numerusform>
            <numerusform>GPS-координаты в метаданных %n файлов: передавайте с осторожностью</numerusform>
            <numerusform>GPS-координаты в метаданных %n файлов: передавайте с осторожностью</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Also included</source>
        <translation>Также включено</translation>
    </message>
    <message>
        <source>private notes: {notes}   ·   locations: {locations}</source>
        <translation>личные заметки: {notes}   ·   местоположение: {locations}</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Идентификатор пакета</translation>
    </message>
    <message>
        <source>Custody log head</source>
        <translation>Последняя запись журнала цепочки хранения</translation>
    </message>
    <message>
        <source>SHA-256 of the vault&apos;s last custody-log entry at export; also in bag-info.txt</source>
        <translation>SHA-256 последней записи журнала цепочки хранения в хранилище на момент экспорта; также приведён в bag-info.txt</translation>
    </message>
    <message>
        <source>Signed by the key with this fingerprint</source>
        <translation>Подписано ключом с этим отпечатком</translation>
    </message>
    <message>
        <source>As printed by ssh-keygen: {fingerprint}</source>
        <translation>Так, как выводит ssh-keygen: {fingerprint}</translation>
    </message>
    <message>
        <source>Letters are case-sensitive.  Signer identity: {identity}</source>
        <translation>Регистр букв имеет значение.  Идентификатор подписавшего: {identity}</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(отсутствует)</translation>
    </message>
    <message>
        <source>Signer identity: {identity}</source>
        <translation>Идентификатор подписавшего: {identity}</translation>
    </message>
    <message>
        <source>How to verify this bundle</source>
        <translation>Как проверить этот пакет</translation>
    </message>
    <message>
        <source>Anyone can check, without Threatlog, that no file in this bundle changed after it was signed. Unzip the bundle, open a terminal in its folder (Windows: Command Prompt; macOS: Terminal):</source>
        <translation>Любой человек может без Threatlog проверить, что ни один файл в этом пакете не изменился после подписания. Распакуйте пакет и откройте терминал в его папке (Windows: «Командная строка»; macOS: «Терминал»):</translation>
    </message>
    <message>
        <source>1.  Check the signature. It must print Good &quot;threatlog-evidence&quot; signature … with the fingerprint above:</source>
        <translation>1.  Проверьте подпись. Команда должна вывести Good &quot;threatlog-evidence&quot; signature … с указанным выше отпечатком:</translation>
    </message>
    <message>
        <source>2.  Check every file against the signed lists (on macOS: shasum -a 256 -c …; on Windows: certutil -hashfile FILE SHA256 for each file, as VERIFY.txt shows):</source>
        <translation>2.  Сверьте каждый файл с подписанными списками (в macOS: shasum -a 256 -c …; в Windows: certutil -hashfile FILE SHA256 для каждого файла, как показано в VERIFY.txt):</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Указатель</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>In the order exported. Dates are as stated by the user; a date marked * was not stated and is the day the incident was recorded in the app. Click a line to open the incident.</source>
        <translation>В порядке экспорта. Даты указаны со слов пользователя; дата, отмеченная *, не была указана — это день, когда инцидент был записан в приложении. Щёлкните строку, чтобы открыть инцидент.</translation>
    </message>
    <message>
        <source>This bundle contains no incidents.</source>
        <translation>В этом пакете нет инцидентов.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Стр.</translation>
    </message>
    <message>
        <source>Incidents over time</source>
        <translation>Динамика инцидентов</translation>
    </message>
    <message numerus="yes">
        <source>%n exported incident(s) per month, from {first} to {last}, by type. An incident counts in the month in which it started (as stated by the user, or when it was recorded if no date was stated).</source>
        <translation>
            <numerusform>%n экспортированный инцидент по месяцам, с {first} по {last}, по типам. Инцидент относится к тому месяцу, в котором он начался (по дате, указанной пользователем, или по дате записи, если дата не указана).</numerusform>
            <numerusform>%n экспортированных инцидента по месяцам, с {first} по {last}, по типам. Инцидент относится к тому месяцу, в котором он начался (по дате, указанной пользователем, или по дате записи, если дата не указана).</numerusform>
            <numerusform>%n экспортированных инцидентов по месяцам, с {first} по {last}, по типам. Инцидент относится к тому месяцу, в котором он начался (по дате, указанной пользователем, или по дате записи, если дата не указана).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported incident(s) per week, from {first} to {last}, by type. An incident counts in the week in which it started (as stated by the user, or when it was recorded if no date was stated).</source>
        <translation>
            <numerusform>%n экспортированный инцидент по неделям, с {first} по {last}, по типам. Инцидент относится к той неделе, на которую пришлось его начало (по дате, указанной пользователем, или по дате записи, если дата не указана).</numerusform>
            <numerusform>%n экспортированных инцидента по неделям, с {first} по {last}, по типам. Инцидент относится к той неделе, на которую пришлось его начало (по дате, указанной пользователем, или по дате записи, если дата не указана).</numerusform>
            <numerusform>%n экспортированных инцидентов по неделям, с {first} по {last}, по типам. Инцидент относится к той неделе, на которую пришлось его начало (по дате, указанной пользователем, или по дате записи, если дата не указана).</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures per period</source>
        <translation>Показатели по периодам</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Mean severity</source>
        <translation>Ср. серьёзность</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Типы</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Incident {number} (continued) · {title}</source>
        <translation>Инцидент {number} (продолжение) · {title}</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>по {date}</translation>
    </message>
    <message>
        <source>INCIDENT {number} OF {total}</source>
        <translation>ИНЦИДЕНТ {number} ИЗ {total}</translation>
    </message>
    <message>
        <source>REVISION {revision}</source>
        <translation>ВЕРСИЯ {revision}</translation>
    </message>
    <message>
        <source>Sensitive: previews of this incident&apos;s images are blurred in this report. The original files in data/evidence are not blurred.</source>
        <translation>Деликатное содержимое: миниатюры изображений этого инцидента в отчёте размыты. Исходные файлы в data/evidence не размыты.</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Произошло</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>as stated by the user</source>
        <translation>со слов пользователя</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>recorded by the app when first saved (computer clock)</source>
        <translation>записано приложением при первом сохранении (по часам компьютера)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Против кого</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>{severity} of 5</source>
        <translation>{severity} из 5</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>shown as text, not as links: open with care</source>
        <translation>показаны как текст, а не как ссылки: открывайте с осторожностью</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>exactly as received</source>
        <translation>в точности как получено</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>by the user, not a certified translation</source>
        <translation>выполнен пользователем, не заверенный перевод</translation>
    </message>
    <message>
        <source>included by the user&apos;s choice</source>
        <translation>включено по выбору пользователя</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>… and {count} more (see data/incidents.json)</source>
        <translation>… и ещё {count} (см. data/incidents.json)</translation>
    </message>
    <message>
        <source>Evidence files ({count})</source>
        <translation>Файлы доказательств ({count})</translation>
    </message>
    <message>
        <source>No files are attached to this incident.</source>
        <translation>К этому инциденту не прикреплены файлы.</translation>
    </message>
    <message>
        <source>blurred: sensitive</source>
        <translation>размыто: деликатное</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>нет миниатюры</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>FILE IN THIS BUNDLE</source>
        <translation>ФАЙЛ В ЭТОМ ПАКЕТЕ</translation>
    </message>
    <message>
        <source>Original file name: {name}</source>
        <translation>Исходное имя файла: {name}</translation>
    </message>
    <message>
        <source>Attached {moment}, recorded by the app (source: {source})</source>
        <translation>Прикреплён {moment}, по записи приложения (источник: {source})</translation>
    </message>
    <message>
        <source>Attached {moment}, recorded by the app</source>
        <translation>Прикреплён {moment}, по записи приложения</translation>
    </message>
    <message>
        <source>taken {moment}</source>
        <translation>снято {moment}</translation>
    </message>
    <message>
        <source>camera {camera}</source>
        <translation>камера {camera}</translation>
    </message>
    <message>
        <source>In the file&apos;s metadata: {facts}</source>
        <translation>В метаданных файла: {facts}</translation>
    </message>
    <message>
        <source>GPS LOCATION IN THIS FILE — the original file&apos;s metadata contains GPS coordinates (not shown here). Anyone who receives the file can read them.</source>
        <translation>GPS-КООРДИНАТЫ В ЭТОМ ФАЙЛЕ — метаданные исходного файла содержат GPS-координаты (здесь они не показаны). Их может прочитать любой, кто получит файл.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Неизвестный тип</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>{count} characters the report cannot draw (emoji, control or direction characters…) are shown as [U+…] marks</source>
        <translation>символы, которые отчёт не может отобразить (эмодзи, управляющие символы, символы направления текста…), показаны метками [U+…] (всего: {count})</translation>
    </message>
    <message>
        <source>{count} invisible formatting characters or excess stacked accents are not shown</source>
        <translation>невидимые символы форматирования и лишние наложенные диакритические знаки не показаны (всего: {count})</translation>
    </message>
    <message>
        <source>the text continues for {count} more characters, not printed here</source>
        <translation>дальше текст здесь не напечатан (ещё символов: {count})</translation>
    </message>
    <message>
        <source>The exact text is in data/incidents.json.</source>
        <translation>Точный текст находится в data/incidents.json.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>Save the backup</source>
        <translation>Сохранение резервной копии</translation>
    </message>
    <message>
        <source>Threatlog backups (*.zip)</source>
        <translation>Резервные копии Threatlog (*.zip)</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Запись и проверка резервной копии…</translation>
    </message>
    <message>
        <source>Checking every page and every evidence item…</source>
        <translation>Проверка каждой страницы и каждого доказательства…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Выберите резервную копию для восстановления</translation>
    </message>
    <message>
        <source>Threatlog backups (*.zip);;All files (*)</source>
        <translation>Резервные копии Threatlog (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>Выберите новую пустую папку для восстановленного хранилища</translation>
    </message>
    <message>
        <source>The backup of %1 was restored into %2. It opens with the passphrase and the recovery code that were in force when the backup was made.

Open it now?</source>
        <translation>Резервная копия %1 восстановлена в %2. Она открывается парольной фразой и кодом восстановления, которые действовали на момент создания копии.

Открыть её сейчас?</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Проверка и восстановление резервной копии…</translation>
    </message>
    <message>
        <source>Destroying the vault…</source>
        <translation>Уничтожение хранилища…</translation>
    </message>
    <message>
        <source>The vault is destroyed: its key is overwritten and deleted, so nobody can decrypt it.</source>
        <translation>Хранилище уничтожено: его ключ перезаписан и удалён, поэтому расшифровать его никто не сможет.</translation>
    </message>
    <message>
        <source>Some of its encrypted files could not be removed (their key is gone): %1</source>
        <translation>Некоторые его зашифрованные файлы удалить не удалось (ключа к ним уже нет): %1</translation>
    </message>
    <message>
        <source>Other files in the folder were left alone: %1</source>
        <translation>Другие файлы в папке не тронуты: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Блокировать через столько минут бездействия</translation>
    </message>
    <message>
        <source>0 = never</source>
        <translation>0 = никогда</translation>
    </message>
    <message>
        <source>&amp;Blur all media until I reveal it</source>
        <translation>&amp;Размывать все медиафайлы, пока я их не открою</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Applies the next time Threatlog starts.</source>
        <translation>Вступит в силу при следующем запуске Threatlog.</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <source>Threatlog locks itself after this many minutes without use.</source>
        <translation>Threatlog сам заблокируется после стольких минут бездействия.</translation>
    </message>
    <message>
        <source>Media of incidents marked sensitive is always blurred, whatever you choose here.</source>
        <translation>Медиафайлы инцидентов, отмеченных как деликатные, размываются всегда, что бы вы здесь ни выбрали.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Threatlog</source>
        <translation>Threatlog</translation>
    </message>
    <message>
        <source>An encrypted record of the threats you receive.</source>
        <translation>Зашифрованный журнал угроз, которые вы получаете.</translation>
    </message>
    <message>
        <source>Use my &amp;recovery code instead</source>
        <translation>Использовать &amp;код восстановления</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>Состояние разблокировки</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Создать новое хранилище…</translation>
    </message>
    <message>
        <source>Choose another vault &amp;folder…</source>
        <translation>Выбрать другую &amp;папку хранилища…</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle… (no vault needed)</source>
        <translation>Про&amp;верить пакет доказательств… (хранилище не нужно)</translation>
    </message>
    <message>
        <source>Open the de&amp;mo (fictional, for workshops)</source>
        <translation>Открыть &amp;демо (вымышленные данные, для тренингов)</translation>
    </message>
    <message>
        <source>A made-up case to learn and teach the app with; no passphrase needed</source>
        <translation>Вымышленный случай, чтобы изучать приложение и обучать работе с ним; парольная фраза не нужна</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Восст&amp;ановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Destroy this vault…</source>
        <translation>&amp;Уничтожить это хранилище…</translation>
    </message>
    <message>
        <source>Erase this vault for good, without unlocking it</source>
        <translation>Стереть это хранилище навсегда, не разблокируя его</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>В %1 пока нет хранилища.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Opening read-only…</source>
        <translation>Открытие только для чтения…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>Rebuilding the demo…</source>
        <translation>Пересоздание демо…</translation>
    </message>
    <message>
        <source>Opening the demo…</source>
        <translation>Открытие демо…</translation>
    </message>
    <message>
        <source>This vault is damaged: %1

Open it read-only? You can read, export and back up what is intact; nothing in the vault will be changed. To work in it again, restore your latest backup into a new folder.</source>
        <translation>Хранилище повреждено: %1

Открыть его только для чтения? Неповреждённое можно будет читать, экспортировать и копировать в резервную копию; в хранилище ничего не изменится. Чтобы снова работать с ним, восстановите последнюю резервную копию в новую папку.</translation>
    </message>
    <message>
        <source>This vault cannot be opened normally: %1 Nothing was changed in it.</source>
        <translation>Хранилище не удаётся открыть обычным способом: %1 В нём ничего не изменено.</translation>
    </message>
    <message>
        <source>To recover, restore your latest backup into a new folder (“Restore from a backup…” below).</source>
        <translation>Чтобы восстановить данные, восстановите последнюю резервную копию в новую папку («Восстановить из резервной копии…» ниже).</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>week %1, %2</source>
        <translation>неделя %1, %2</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Timeline of incidents</source>
        <translation>Хронология инцидентов</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s); arrow keys choose one, Enter lists its incidents.</source>
        <translation>
            <numerusform>%n период; стрелки выбирают период, Enter показывает его инциденты.</numerusform>
            <numerusform>%n периода; стрелки выбирают период, Enter показывает его инциденты.</numerusform>
            <numerusform>%n периодов; стрелки выбирают период, Enter показывает его инциденты.</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents to chart.</source>
        <translation>Нет инцидентов для диаграммы.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n инцидент</numerusform>
            <numerusform>%1: %n инцидента</numerusform>
            <numerusform>%1: %n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Не удалось записать диаграмму в %1.</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline and figures</source>
        <translation>Хронология и статистика</translation>
    </message>
    <message>
        <source>Incidents per</source>
        <translation>Группировка инцидентов</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Все кампании</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Все платформы</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Сохранить диаграмму…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing (Ctrl+S)</source>
        <translation>Сохранить диаграмму как изображение PNG или рисунок SVG (Ctrl+S)</translation>
    </message>
    <message>
        <source>Click a bar (or choose one with the arrow keys and press Enter) to list its incidents in the main window.</source>
        <translation>Щёлкните столбец (или выберите его стрелками и нажмите Enter), чтобы показать его инциденты в главном окне.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Mean severity</source>
        <translation>Ср. серьёзность</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Серьёзность %1</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Без серьёзности</translation>
    </message>
    <message>
        <source>Severity over time</source>
        <translation>Серьёзность во времени</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>По типам</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>По платформам</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>По аккаунтам</translation>
    </message>
    <message>
        <source>(no account named)</source>
        <translation>(аккаунт не указан)</translation>
    </message>
    <message>
        <source>(no platform)</source>
        <translation>(платформа не указана)</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>растёт</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>снижается</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>не меняется</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Last three months: %1 incident(s) (%2 a month); the three months before: %3 (%4 a month). Frequency: %5.</source>
        <translation>Инцидентов за последние три месяца: %1 (%2 в месяц); за три месяца до этого: %3 (%4 в месяц). Частота: %5.</translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation>Серьёзность: %1.</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Сохранение диаграммы</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>Диаграмма сохранена: %1.</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Что проверить</translation>
    </message>
    <message>
        <source>INTACT — nothing was changed since it was signed</source>
        <translation>ЦЕЛОСТНОСТЬ ПОДТВЕРЖДЕНА — с момента подписания ничего не изменено</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>Подписано ключом %1</translation>
    </message>
    <message>
        <source>This is the key you said you expected.</source>
        <translation>Это тот ключ, который вы указали как ожидаемый.</translation>
    </message>
    <message>
        <source>Every file is exactly as it was when the bundle was signed, and the record of who handled it is complete.</source>
        <translation>Каждый файл в точности такой же, каким был при подписании пакета, а запись о том, кто с ним работал, полная.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the sender gave you by another channel (phone, in person). Only that tells you who signed it.</source>
        <translation>Сравните этот отпечаток с тем, который отправитель сообщил вам другим способом (по телефону, лично). Только так можно узнать, кто подписал пакет.</translation>
    </message>
    <message>
        <source>NOT INTACT — %1</source>
        <translation>ЦЕЛОСТНОСТЬ НАРУШЕНА — %1</translation>
    </message>
    <message>
        <source>Technical reason: %1</source>
        <translation>Техническая причина: %1</translation>
    </message>
    <message>
        <source>the file “%1” was changed after it was signed</source>
        <translation>файл «%1» изменён после подписания</translation>
    </message>
    <message>
        <source>the file “%1” is missing</source>
        <translation>файл «%1» отсутствует</translation>
    </message>
    <message>
        <source>the file “%1” was added after it was signed</source>
        <translation>файл «%1» добавлен после подписания</translation>
    </message>
    <message>
        <source>it holds other files, or files of another size, than were signed</source>
        <translation>в пакете не те файлы или не того размера, которые были подписаны</translation>
    </message>
    <message>
        <source>the signature does not match: the bundle was changed, or signed by another key</source>
        <translation>подпись не совпадает: пакет изменён или подписан другим ключом</translation>
    </message>
    <message>
        <source>it was signed by a different key than the one you expected</source>
        <translation>пакет подписан не тем ключом, который вы ожидали</translation>
    </message>
    <message>
        <source>the record of who handled the evidence (custody log) does not check</source>
        <translation>запись о том, кто работал с доказательствами (журнал цепочки хранения), не проходит проверку</translation>
    </message>
    <message>
        <source>it is incomplete or damaged, so it cannot be checked</source>
        <translation>пакет неполный или повреждён, поэтому его нельзя проверить</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} не является текстом в UTF-8</translation>
    </message>
    <message>
        <source>line {line} of {file} is not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;</source>
        <translation>строка {line} в {file} не имеет вида &apos;&lt;sha256&gt;  &lt;путь&gt;&apos;</translation>
    </message>
    <message>
        <source>{file} lists {path} twice</source>
        <translation>{file} содержит {path} дважды</translation>
    </message>
    <message>
        <source>bag-info.txt starts with a continuation line</source>
        <translation>bag-info.txt начинается со строки-продолжения</translation>
    </message>
    <message>
        <source>line {line} of bag-info.txt is not &apos;Label: value&apos;</source>
        <translation>строка {line} в bag-info.txt не имеет вида &apos;Метка: значение&apos;</translation>
    </message>
    <message>
        <source>bag-info.txt must give {label} exactly once</source>
        <translation>в bag-info.txt поле {label} должно быть указано ровно один раз</translation>
    </message>
    <message>
        <source>bag-info.txt names a bundle format this program does not know</source>
        <translation>в bag-info.txt указан формат пакета, неизвестный этой программе</translation>
    </message>
    <message>
        <source>Payload-Oxum in bag-info.txt is not &apos;&lt;bytes&gt;.&lt;files&gt;&apos;</source>
        <translation>Payload-Oxum в bag-info.txt не имеет вида &apos;&lt;байты&gt;.&lt;файлы&gt;&apos;</translation>
    </message>
    <message>
        <source>entry {seq} is far longer than a custody entry</source>
        <translation>запись {seq} намного длиннее, чем может быть запись журнала цепочки хранения</translation>
    </message>
    <message>
        <source>line {seq} is not a JSON custody entry</source>
        <translation>строка {seq} не является записью журнала цепочки хранения в формате JSON</translation>
    </message>
    <message>
        <source>line {seq} does not have the fields of a custody entry</source>
        <translation>в строке {seq} нет полей записи журнала цепочки хранения</translation>
    </message>
    <message>
        <source>line {seq} has a field of the wrong type</source>
        <translation>в строке {seq} есть поле неверного типа</translation>
    </message>
    <message>
        <source>entry {seq} follows entry {previous}: entries are missing or reordered</source>
        <translation>запись {seq} следует за записью {previous}: записи пропущены или переставлены</translation>
    </message>
    <message>
        <source>entry {seq} does not point at the entry before it</source>
        <translation>запись {seq} не ссылается на предыдущую запись</translation>
    </message>
    <message>
        <source>entry {seq} was altered after it was written</source>
        <translation>запись {seq} изменена после того, как была сделана</translation>
    </message>
    <message>
        <source>entry {seq} is not a complete line</source>
        <translation>запись {seq} — неполная строка</translation>
    </message>
    <message>
        <source>the custody log is empty</source>
        <translation>журнал цепочки хранения пуст</translation>
    </message>
    <message>
        <source>the last entry is not the custody head named in bag-info.txt: entries are missing</source>
        <translation>последняя запись не совпадает с последней записью журнала цепочки хранения, указанной в bag-info.txt: часть записей отсутствует</translation>
    </message>
    <message>
        <source>no custody entry records attaching {sha256} to incident {incident}</source>
        <translation>ни одна запись журнала цепочки хранения не фиксирует прикрепление {sha256} к инциденту {incident}</translation>
    </message>
    <message>
        <source>NOT INTACT — {reason}</source>
        <translation>ЦЕЛОСТНОСТЬ НАРУШЕНА — {reason}</translation>
    </message>
    <message>
        <source>INTACT — signed by key {fingerprint} (this key is only the bundle&apos;s own claim: compare it with the fingerprint the sender gave you, or name it with --signer)</source>
        <translation>ЦЕЛОСТНОСТЬ ПОДТВЕРЖДЕНА — подписано ключом {fingerprint} (об этом ключе сообщает только сам пакет: сравните его с отпечатком, который вам дал отправитель, или укажите его с помощью --signer)</translation>
    </message>
    <message>
        <source>INTACT — signed by key {fingerprint}</source>
        <translation>ЦЕЛОСТНОСТЬ ПОДТВЕРЖДЕНА — подписано ключом {fingerprint}</translation>
    </message>
    <message>
        <source>the files beside the data folder are far larger than a bag&apos;s tag files can be</source>
        <translation>файлы рядом с папкой data намного больше, чем могут быть служебные файлы пакета BagIt</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason})</source>
        <translation>{path} не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <source>{path} is missing: this is not a complete bag</source>
        <translation>{path} отсутствует: это неполный пакет BagIt</translation>
    </message>
    <message>
        <source>bagit.txt is not the BagIt 1.0 declaration</source>
        <translation>bagit.txt не является декларацией BagIt 1.0</translation>
    </message>
    <message>
        <source>{manifest} lists a file outside the data folder</source>
        <translation>{manifest} содержит файл за пределами папки data</translation>
    </message>
    <message>
        <source>{manifest} lists a file it must not cover</source>
        <translation>{manifest} содержит файл, который он не должен охватывать</translation>
    </message>
    <message>
        <source>{path} was altered ({detail})</source>
        <translation>{path} изменён ({detail})</translation>
    </message>
    <message>
        <source>listed in {manifest}</source>
        <translation>указан в {manifest}</translation>
    </message>
    <message>
        <source>in no manifest</source>
        <translation>нет ни в одном манифесте</translation>
    </message>
    <message>
        <source>{path} was added (it is in no manifest)</source>
        <translation>{path} добавлен (его нет ни в одном манифесте)</translation>
    </message>
    <message>
        <source>its bytes cannot be read: {reason}</source>
        <translation>его содержимое не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>its SHA-256 is not the one in {manifest}</source>
        <translation>его SHA-256 не совпадает с указанным в {manifest}</translation>
    </message>
    <message>
        <source>bag-info.txt declares {declared_files} payload files of {declared_bytes} bytes (Payload-Oxum), but the bundle holds {files} files of {bytes} bytes</source>
        <translation>в bag-info.txt заявлено файлов данных: {declared_files}, байтов: {declared_bytes} (Payload-Oxum), но в пакете файлов: {files}, байтов: {bytes}</translation>
    </message>
    <message>
        <source>the custody log is missing</source>
        <translation>журнал цепочки хранения отсутствует</translation>
    </message>
    <message>
        <source>custody log: {problem}</source>
        <translation>журнал цепочки хранения: {problem}</translation>
    </message>
    <message>
        <source>signature: {problem}</source>
        <translation>подпись: {problem}</translation>
    </message>
    <message>
        <source>the bundle is signed by key {fingerprint}, which is not a key you trust</source>
        <translation>пакет подписан ключом {fingerprint}, который не входит в число доверенных вами ключей</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>его подпись не проходит проверку</translation>
    </message>
    <message>
        <source>the signing key {fingerprint} is not the key in {file}</source>
        <translation>ключ подписи {fingerprint} не совпадает с ключом в {file}</translation>
    </message>
    <message>
        <source>bag-info.txt names key {named}, but the signature was made with key {fingerprint}</source>
        <translation>в bag-info.txt указан ключ {named}, но подпись сделана ключом {fingerprint}</translation>
    </message>
    <message>
        <source>{path} is missing</source>
        <translation>{path} отсутствует</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>ИЗМЕНЁН</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>ОТСУТСТВУЕТ</translation>
    </message>
    <message>
        <source>UNLISTED</source>
        <translation>НЕ В СПИСКЕ</translation>
    </message>
    <message>
        <source>Signature: NOT valid: {problem}.</source>
        <translation>Подпись: НЕДЕЙСТВИТЕЛЬНА: {problem}.</translation>
    </message>
    <message>
        <source>Signature: valid, key {fingerprint} ({identity}); not compared with a key you trust (use --signer or --allowed-signers).</source>
        <translation>Подпись: действительна, ключ {fingerprint} ({identity}); не сравнивалась с ключом, которому вы доверяете (используйте --signer или --allowed-signers).</translation>
    </message>
    <message>
        <source>Signature: valid, key {fingerprint} ({identity}); the key you trust.</source>
        <translation>Подпись: действительна, ключ {fingerprint} ({identity}); это ключ, которому вы доверяете.</translation>
    </message>
    <message>
        <source>Signature: valid, key {fingerprint} ({identity}); NOT the key you trust.</source>
        <translation>Подпись: действительна, ключ {fingerprint} ({identity}); это НЕ тот ключ, которому вы доверяете.</translation>
    </message>
    <message>
        <source>Custody log: intact; {entries} entries, {full} given in full.</source>
        <translation>Журнал цепочки хранения: не нарушен; записей: {entries}, из них полностью приведено: {full}.</translation>
    </message>
    <message>
        <source>Custody log: BROKEN: {problem}; {entries} entries, {full} given in full.</source>
        <translation>Журнал цепочки хранения: НАРУШЕН: {problem}; записей: {entries}, из них полностью приведено: {full}.</translation>
    </message>
    <message>
        <source>Bundle: {name}</source>
        <translation>Пакет: {name}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify an evidence bundle</source>
        <translation>Проверка пакета доказательств</translation>
    </message>
    <message>
        <source>Check whether an evidence bundle (.zip) is exactly as it was when it was signed. Nothing is extracted and nothing is changed.</source>
        <translation>Проверьте, остался ли пакет доказательств (.zip) в точности таким, каким был при подписании. Ничего не распаковывается и не изменяется.</translation>
    </message>
    <message>
        <source>No bundle chosen — choose one, or drop the .zip file here</source>
        <translation>Пакет не выбран — выберите его или перетащите сюда файл .zip</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>&amp;Choose bundle…</source>
        <translation>&amp;Выбрать пакет…</translation>
    </message>
    <message>
        <source>SHA256:… (optional)</source>
        <translation>SHA256:… (необязательно)</translation>
    </message>
    <message>
        <source>Expected key fingerprint</source>
        <translation>Ожидаемый отпечаток ключа</translation>
    </message>
    <message>
        <source>The fingerprint the sender gave you by another channel</source>
        <translation>Отпечаток, который отправитель сообщил вам другим способом</translation>
    </message>
    <message>
        <source>&amp;Load allowed_signers file…</source>
        <translation>&amp;Загрузить файл allowed_signers…</translation>
    </message>
    <message>
        <source>Optional: the key fingerprint the sender gave you by phone or in person. Without it you still learn whether anything was changed, but not who signed it.</source>
        <translation>Необязательно: отпечаток ключа, который отправитель сообщил вам по телефону или лично. Без него вы всё равно узнаете, изменено ли что-нибудь, но не узнаете, кто подписал пакет.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Файлы в пакете</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Each file</source>
        <translation>Каждый файл</translation>
    </message>
    <message>
        <source>Signature and custody chain</source>
        <translation>Подпись и цепочка хранения</translation>
    </message>
    <message>
        <source>Drop the bundle (.zip) here, or press “Choose bundle…”.</source>
        <translation>Перетащите сюда пакет (.zip) или нажмите «Выбрать пакет…».</translation>
    </message>
    <message>
        <source>C&amp;opy report</source>
        <translation>Копировать о&amp;тчёт</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>П&amp;акет:</translation>
    </message>
    <message>
        <source>Expected &amp;key:</source>
        <translation>Ожидаемый &amp;ключ:</translation>
    </message>
    <message>
        <source>Choose an evidence bundle</source>
        <translation>Выберите пакет доказательств</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip);;All files (*)</source>
        <translation>Пакеты доказательств (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose an allowed_signers file</source>
        <translation>Выберите файл allowed_signers</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) from %1</source>
        <translation>
            <numerusform>%n ключ из %1</numerusform>
            <numerusform>%n ключа из %1</numerusform>
            <numerusform>%n ключей из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every file of %1…</source>
        <translation>Проверка каждого файла %1…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Проверено %1.</translation>
    </message>
    <message>
        <source>this file was refused as unsafe or unreadable, and was not opened</source>
        <translation>этот файл отклонён как небезопасный или нечитаемый и не открывался</translation>
    </message>
    <message>
        <source>Each file (%1 of %2 with a problem)</source>
        <translation>Каждый файл (с проблемами: %1 из %2)</translation>
    </message>
    <message>
        <source>Each file (all %1 unchanged)</source>
        <translation>Каждый файл (все %1 без изменений)</translation>
    </message>
    <message>
        <source>Verification of an evidence bundle (Threatlog)</source>
        <translation>Проверка пакета доказательств (Threatlog)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 файла: %1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Проверено: %1</translation>
    </message>
    <message>
        <source>Expected key: %1</source>
        <translation>Ожидаемый ключ: %1</translation>
    </message>
    <message>
        <source>Expected key: none given</source>
        <translation>Ожидаемый ключ: не указан</translation>
    </message>
    <message>
        <source>Technical report (the same as the command “threatlog verify”):</source>
        <translation>Технический отчёт (такой же, как у команды «threatlog verify»):</translation>
    </message>
    <message>
        <source>Report copied. Paste it within %1 seconds: Threatlog then clears the clipboard.</source>
        <translation>Отчёт скопирован. Вставьте его в течение %1 с: затем Threatlog очистит буфер обмена.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Аккаунты…</translation>
    </message>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Кампании…</translation>
    </message>
    <message>
        <source>&amp;Timeline and figures…</source>
        <translation>&amp;Хронология и статистика…</translation>
    </message>
    <message>
        <source>&amp;New campaign from selected incidents…</source>
        <translation>&amp;Новая кампания из выбранных инцидентов…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Select the incidents of the campaign in the list first (Ctrl+click or Shift+click to select several).</source>
        <translation>Сначала выберите в списке инциденты кампании (Ctrl+щелчок или Shift+щелчок, чтобы выбрать несколько).</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message numerus="yes">
        <source>A name for the campaign of the %n selected incident(s):</source>
        <translation>
            <numerusform>Название кампании для %n выбранного инцидента:</numerusform>
            <numerusform>Название кампании для %n выбранных инцидентов:</numerusform>
            <numerusform>Название кампании для %n выбранных инцидентов:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RevealCover</name>
    <message>
        <source>Sensitive content</source>
        <translation>Деликатное содержимое</translation>
    </message>
    <message>
        <source>It stays hidden until you choose to look.</source>
        <translation>Оно скрыто, пока вы не решите посмотреть.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Reveal sensitive content</source>
        <translation>Показать деликатное содержимое</translation>
    </message>
</context>
<context>
    <name>taxonomy</name>
    <message>
        <source>Direct threat (violence, death, rape)</source>
        <translation>Прямая угроза (насилие, убийство, изнасилование)</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Threat wording (original)</source>
        <translation>Текст угрозы (оригинал)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал связи</translation>
    </message>
    <message>
        <source>Explicit or implicit</source>
        <translation>Явная или скрытая</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>явная</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>скрытая</translation>
    </message>
    <message>
        <source>Mentions family</source>
        <translation>Упоминается семья</translation>
    </message>
    <message>
        <source>Harassment / trolling</source>
        <translation>Травля / троллинг</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Травля</translation>
    </message>
    <message>
        <source>Kind of insult</source>
        <translation>Вид оскорбления</translation>
    </message>
    <message>
        <source>sexualised</source>
        <translation>сексуального характера</translation>
    </message>
    <message>
        <source>ethnic</source>
        <translation>на этнической почве</translation>
    </message>
    <message>
        <source>traitor</source>
        <translation>«предатель»</translation>
    </message>
    <message>
        <source>religious</source>
        <translation>на религиозной почве</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>Number of messages</source>
        <translation>Количество сообщений</translation>
    </message>
    <message>
        <source>Private data exposed</source>
        <translation>Раскрыты личные данные</translation>
    </message>
    <message>
        <source>Doxxing</source>
        <translation>Доксинг</translation>
    </message>
    <message>
        <source>What was exposed</source>
        <translation>Что раскрыто</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>family</source>
        <translation>семья</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>место работы</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>фотографии</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документы</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Fake profile / impersonation</source>
        <translation>Фейковый профиль / выдача себя за вас</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Фейковый профиль</translation>
    </message>
    <message>
        <source>Fake profile URL</source>
        <translation>Ссылка на фейковый профиль</translation>
    </message>
    <message>
        <source>Takedown requested</source>
        <translation>Запрошено удаление</translation>
    </message>
    <message>
        <source>Takedown result</source>
        <translation>Результат запроса на удаление</translation>
    </message>
    <message>
        <source>Hacked account / phishing</source>
        <translation>Взлом аккаунта / фишинг</translation>
    </message>
    <message>
        <source>Hacked account</source>
        <translation>Взлом аккаунта</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Recovery status</source>
        <translation>Восстановление доступа</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>доступ восстановлен</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в процессе</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>доступ утрачен</translation>
    </message>
    <message>
        <source>Phishing link</source>
        <translation>Фишинговая ссылка</translation>
    </message>
    <message>
        <source>Intimate images published or threatened</source>
        <translation>Интимные изображения: публикация или угроза публикации</translation>
    </message>
    <message>
        <source>Intimate images</source>
        <translation>Интимные изображения</translation>
    </message>
    <message>
        <source>Demand (if blackmail)</source>
        <translation>Требование (если это шантаж)</translation>
    </message>
    <message>
        <source>Blackmail / extortion</source>
        <translation>Шантаж / вымогательство</translation>
    </message>
    <message>
        <source>Blackmail</source>
        <translation>Шантаж</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Pressure on relatives</source>
        <translation>Давление на родственников</translation>
    </message>
    <message>
        <source>Family pressure</source>
        <translation>Давление на семью</translation>
    </message>
    <message>
        <source>Relative (relation only)</source>
        <translation>Родственник (только степень родства)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>summoned</source>
        <translation>вызов к властям</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>задержание</translation>
    </message>
    <message>
        <source>threatened</source>
        <translation>угрозы</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>обвинение</translation>
    </message>
    <message>
        <source>forced to renounce</source>
        <translation>принуждение к публичному отречению</translation>
    </message>
    <message>
        <source>Summons or questioning by authorities</source>
        <translation>Вызов или допрос властями</translation>
    </message>
    <message>
        <source>Summons</source>
        <translation>Вызов к властям</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Who was questioned</source>
        <translation>Кого допрашивали</translation>
    </message>
    <message>
        <source>Smear article or broadcast</source>
        <translation>Клеветническая статья или передача</translation>
    </message>
    <message>
        <source>Smear media</source>
        <translation>Клевета в СМИ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Charges, warrants, extradition, Interpol</source>
        <translation>Обвинения, ордера на арест, экстрадиция, Интерпол</translation>
    </message>
    <message>
        <source>Legal harassment</source>
        <translation>Юр. преследование</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Court or agency</source>
        <translation>Суд или ведомство</translation>
    </message>
    <message>
        <source>Interpol notice type</source>
        <translation>Тип циркуляра Интерпола</translation>
    </message>
    <message>
        <source>red notice</source>
        <translation>красный циркуляр</translation>
    </message>
    <message>
        <source>diffusion</source>
        <translation>диффузия (запрос о розыске)</translation>
    </message>
    <message>
        <source>blue notice</source>
        <translation>синий циркуляр</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Spyware or physical surveillance</source>
        <translation>Шпионская программа или физическая слежка</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Слежка</translation>
    </message>
    <message>
        <source>Spyware name</source>
        <translation>Название шпионской программы</translation>
    </message>
    <message>
        <source>Notification source</source>
        <translation>Источник уведомления</translation>
    </message>
    <message>
        <source>Forensic report (attach it as evidence)</source>
        <translation>Экспертное заключение (прикрепите его как доказательство)</translation>
    </message>
    <message>
        <source>Mass reporting / false takedowns</source>
        <translation>Массовые жалобы / ложные удаления</translation>
    </message>
    <message>
        <source>False takedowns</source>
        <translation>Ложные удаления</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Контент</translation>
    </message>
    <message>
        <source>Claim made</source>
        <translation>Содержание жалобы</translation>
    </message>
    <message>
        <source>Physical attack or attempt</source>
        <translation>Физическое нападение или попытка нападения</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Физическое нападение</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Травмы</translation>
    </message>
    <message>
        <source>Police report number</source>
        <translation>Номер заявления в полицию</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>Телевидение</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Пресса</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>A relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Кто-то другой</translation>
    </message>
</context>
</TS>
