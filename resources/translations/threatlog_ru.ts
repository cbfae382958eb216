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
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
