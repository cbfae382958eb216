<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Threatlog</source>
        <translation>Threatlog haqqında</translation>
    </message>
    <message>
        <source>Threatlog %1</source>
        <translation>Threatlog %1</translation>
    </message>
    <message>
        <source>An encrypted record of threats and their evidence.</source>
        <translation>Təhdidlərin və onların sübutlarının şifrələnmiş qeydiyyatı.</translation>
    </message>
    <message>
        <source>Threatlog is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Threatlog azad proqram təminatıdır: onu Azad Proqram Təminatı Fondunun (Free Software Foundation) dərc etdiyi GNU Ümumi İctimai Lisenziyasının (GNU General Public License) 3-cü versiyasının və ya (istəyinizə görə) istənilən sonrakı versiyasının şərtləri ilə yenidən yaya və/və ya dəyişdirə bilərsiniz. Proqram HEÇ BİR ZƏMANƏT OLMADAN təqdim olunur.</translation>
    </message>
    <message>
        <source>Threatlog includes these components, each under its own licence. Choose one to read its licence:</source>
        <translation>Threatlog hər biri öz lisenziyası ilə yayılan aşağıdakı komponentləri ehtiva edir. Lisenziyasını oxumaq üçün birini seçin:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenziya</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Daxil edilmiş komponentlər və onların lisenziyaları</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lisenziya mətni</translation>
    </message>
    <message>
        <source>Qt is used under the GNU LGPL version 3: this copy loads it as separate libraries, which you may replace with your own build of the same version. Qt includes third-party code under its own licences, listed at %1.</source>
        <translation>Qt GNU LGPL 3-cü versiyası əsasında istifadə olunur: bu nüsxə onu ayrıca kitabxanalar kimi yükləyir və siz onları eyni versiyanın öz yığdığınız nüsxəsi ilə əvəz edə bilərsiniz. Qt öz lisenziyaları ilə yayılan üçüncü tərəf kodunu ehtiva edir; onların siyahısı burada verilib: %1.</translation>
    </message>
    <message>
        <source>%1 is distributed under %2. The full text is not included in this copy; it is published at %3</source>
        <translation>%1 %2 lisenziyası ilə yayılır. Tam mətn bu nüsxəyə daxil edilməyib; o, burada dərc olunub: %3</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Account %1</source>
        <translation>Hesab %1</translation>
    </message>
    <message>
        <source>Other handles of the same actor, separated by commas</source>
        <translation>Eyni şəxsin digər istifadəçi adları, vergüllə ayrılmış</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Görünən ad</translation>
    </message>
    <message>
        <source>&amp;Profile URL</source>
        <translation>&amp;Profil URL-i</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Ləqəblər</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Qeydlər</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Perpetrator accounts</source>
        <translation>Təcavüzkar hesabları</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesablar</translation>
    </message>
    <message>
        <source>&amp;Show incidents</source>
        <translation>Hadisələri &amp;göstər</translation>
    </message>
    <message>
        <source>List this account&apos;s incidents in the main window (Enter)</source>
        <translation>Bu hesabın hadisələrini əsas pəncərədə göstər (Enter)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <source>Display name, profile URL, aliases and notes (Ctrl+E)</source>
        <translation>Görünən ad, profil URL-i, ləqəblər və qeydlər (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Birləşdir…</translation>
    </message>
    <message>
        <source>Select two accounts that are one actor (Ctrl+click) to merge them</source>
        <translation>Eyni şəxsə aid iki hesabı birləşdirmək üçün onları seçin (Ctrl+klik)</translation>
    </message>
    <message>
        <source>Select an account to see what is known about it; select two that are one actor to merge them.</source>
        <translation>Hesab haqqında məlum olanları görmək üçün onu seçin; eyni şəxsə aid iki hesabı birləşdirmək üçün hər ikisini seçin.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Görünən ad</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil URL-i</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Ləqəblər</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n hadisə</numerusform>
            <numerusform>%n hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into this account:</source>
        <translation>Bu hesaba birləşdirilənlər:</translation>
    </message>
    <message>
        <source>Merge %1 into %2?

They will count as one actor: the %3 incident(s) of %1 are linked to %2, and its aliases move too. The incidents themselves are not changed, and %1 stays recorded as merged, so searching for it still finds them.</source>
        <translation>%1 hesabı %2 hesabına birləşdirilsin?

Onlar bir şəxs kimi sayılacaq: %1 hesabının hadisələri (%3) %2 hesabı ilə əlaqələndiriləcək, ləqəbləri də ona keçəcək. Hadisələrin özləri dəyişmir, %1 isə birləşdirilmiş kimi qeydə alınmış qalır, ona görə onu axtardıqda bu hadisələr yenə tapılır.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Görünən ad</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>İlk dəfə görülüb (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Son dəfə görülüb (UTC)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
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
        <translation>&amp;Yeni hadisə</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot as new incident</source>
        <translation>Ekran görüntüsünü yeni hadisə kimi ya&amp;pışdır</translation>
    </message>
    <message>
        <source>&amp;Capture screen region…</source>
        <translation>Ekranın bir &amp;hissəsini çək…</translation>
    </message>
    <message>
        <source>&amp;Edit incident</source>
        <translation>Hadisəni &amp;redaktə et</translation>
    </message>
    <message>
        <source>&amp;Add files to incident…</source>
        <translation>Hadisəyə &amp;fayl əlavə et…</translation>
    </message>
    <message>
        <source>&amp;Delete incident…</source>
        <translation>Hadisəni &amp;sil…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Axtar</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kilidlə</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle…</source>
        <translation>Sübut paketini &amp;yoxla…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>Sübut paketini i&amp;xrac et…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>İ&amp;dxal et…</translation>
    </message>
    <message>
        <source>Vault &amp;key…</source>
        <translation>Seyfin &amp;açarı…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Ehtiyat nüsxə çıxar…</translation>
    </message>
    <message>
        <source>&amp;Check integrity…</source>
        <translation>&amp;Bütövlüyü yoxla…</translation>
    </message>
    <message>
        <source>&amp;Destroy this vault…</source>
        <translation>Bu seyfi &amp;məhv et…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;About Threatlog</source>
        <translation>Threatlog &amp;haqqında</translation>
    </message>
    <message>
        <source>&amp;First-run guide</source>
        <translation>İlk istifadə &amp;bələdçisi</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Seyf</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Hadisə</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Əsas</translation>
    </message>
    <message>
        <source>Vault unlocked. Lock with Ctrl+L; F12 hides everything at once.</source>
        <translation>Seyfin kilidi açıldı. Ctrl+L ilə kilidləyin; F12 hər şeyi dərhal gizlədir.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n hadisə</numerusform>
            <numerusform>%n hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked. The vault is closed and its key forgotten.</source>
        <translation>Kilidləndi. Seyf bağlandı, açarı yaddaşdan silindi.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>istifadə: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>mövqe arqumentləri</translation>
    </message>
    <message>
        <source>options</source>
        <translation>seçimlər</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>bu kömək mesajını göstər və çıx</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: xəta: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s arqumenti: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>bu arqumentlər mütləqdir: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>%s arqumentlərindən biri mütləqdir</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tanınmayan arqumentlər: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>qeyri-müəyyən seçim: %(option)s bunlardan hər birinə uyğun ola bilər: %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>yanlış seçim: %(value)r (bunlardan birini seçin: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>yanlış %(type)s dəyəri: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s arqumenti ilə birlikdə olmaz</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>açıq verilmiş %r arqumentinə məhəl qoyulmadı</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>gözlənilməyən seçim: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>bir arqument gözlənilirdi</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ən çoxu bir arqument gözlənilirdi</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ən azı bir arqument gözlənilirdi</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument</source>
        <translation>
            <numerusform>%s arqument gözlənilirdi</numerusform>
            <numerusform>%s arqument gözlənilirdi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDoneDialog</name>
    <message>
        <source>Backup written</source>
        <translation>Ehtiyat nüsxə yazıldı</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>Ehtiyat nüsxə yazıldı və yoxlanıldı.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Ehtiyat nüsxə faylı</translation>
    </message>
    <message>
        <source>SHA-256 of the backup file</source>
        <translation>Ehtiyat nüsxə faylının SHA-256 heşi</translation>
    </message>
    <message>
        <source>It opens with the passphrase and the recovery code you have now; a later passphrase change does not reach it. Keep it away from this computer: abroad, or with someone you trust. Whoever holds it and learns your passphrase can open it, and destroying this vault does not erase it.</source>
        <translation>Bu nüsxə indiki parol ifadəniz və bərpa kodunuzla açılır; parol ifadəsini sonradan dəyişsəniz, bu ona şamil olunmur. Onu bu kompüterdən uzaqda saxlayın: xaricdə və ya etibar etdiyiniz birinin yanında. Nüsxə kimin əlindədirsə və o, parol ifadənizi öyrənərsə, onu aça bilər; bu seyfi məhv etmək də onu silmir.</translation>
    </message>
    <message>
        <source>Write the SHA-256 down: it lets you recognise this backup later, unaltered.</source>
        <translation>SHA-256 heşini yazıb saxlayın: sonradan bu ehtiyat nüsxəni tanımağa və onun dəyişdirilmədiyinə əmin olmağa imkan verir.</translation>
    </message>
    <message>
        <source>Copy &amp;SHA-256</source>
        <translation>&amp;SHA-256 heşini kopyala</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>Faylın SHA-256 heşi:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Ölçü:</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampaniyalar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesablar</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation>İlk (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation>Son (UTC)</translation>
    </message>
    <message>
        <source>&amp;Show incidents</source>
        <translation>Hadisələri &amp;göstər</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Adını &amp;dəyiş…</translation>
    </message>
    <message>
        <source>&amp;Ungroup…</source>
        <translation>Qrupu &amp;ləğv et…</translation>
    </message>
    <message>
        <source>Delete the campaign; its incidents stay as they are</source>
        <translation>Kampaniyanı sil; onun hadisələri olduğu kimi qalır</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Nə ilə tapılıb</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <source>Suggested campaigns</source>
        <translation>Təklif olunan kampaniyalar</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Vaxt (UTC)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Messages of the suggestion</source>
        <translation>Təklifin mesajları</translation>
    </message>
    <message>
        <source>&amp;Detect campaigns</source>
        <translation>Kampaniyaları &amp;aşkarla</translation>
    </message>
    <message>
        <source>Look for the same message from several accounts in a short time</source>
        <translation>Qısa müddətdə bir neçə hesabdan gələn eyni mesajı axtar</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Qəbul et</translation>
    </message>
    <message>
        <source>Make this suggestion a campaign (Alt+A)</source>
        <translation>Bu təklifi kampaniyaya çevir (Alt+Q)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Rədd et</translation>
    </message>
    <message>
        <source>Drop this suggestion; the same messages are not suggested again</source>
        <translation>Bu təklifi rədd et; həmin mesajlar bir daha təklif olunmayacaq</translation>
    </message>
    <message>
        <source>Suggestions: the same or nearly the same message (or picture) from several accounts within 48 hours. Check the messages, then accept or dismiss.</source>
        <translation>Təkliflər: 48 saat ərzində bir neçə hesabdan gələn eyni və ya demək olar ki, eyni mesaj (və ya şəkil). Mesajları yoxlayın, sonra qəbul və ya rədd edin.</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Kampaniyalar</translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation>&amp;Təkliflər</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>əllə</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>aşkarlanıb</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>şəkil</translation>
    </message>
    <message>
        <source>S&amp;uggestions (%1)</source>
        <translation>&amp;Təkliflər (%1)</translation>
    </message>
    <message>
        <source>Rename campaign</source>
        <translation>Kampaniyanın adını dəyiş</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Yeni ad:</translation>
    </message>
    <message>
        <source>Ungroup the campaign “%1”? Its incidents stay exactly as they are.</source>
        <translation>“%1” kampaniyası ləğv edilsin? Onun hadisələri olduğu kimi qalacaq.</translation>
    </message>
    <message>
        <source>Looking for campaigns…</source>
        <translation>Kampaniyalar axtarılır…</translation>
    </message>
</context>
<context>
    <name>CaptureSession</name>
    <message>
        <source>This system does not let Threatlog capture the screen. Take the screenshot with the system&apos;s own tool, then paste it here.</source>
        <translation>Bu sistem Threatlog proqramına ekranın şəklini çəkməyə icazə vermir. Ekran görüntüsünü sistemin öz aləti ilə çəkin, sonra buraya yapışdırın.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… və daha %n problem</numerusform>
            <numerusform>… və daha %n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>HEALTHY — nothing in this vault is damaged.</source>
        <translation>SAĞLAMDIR — bu seyfdə heç nə zədələnməyib.</translation>
    </message>
    <message numerus="yes">
        <source>DAMAGED — %n problem(s) found; the first: {first}</source>
        <translation>
            <numerusform>ZƏDƏLƏNİB — %n problem tapıldı; birincisi: {first}</numerusform>
            <numerusform>ZƏDƏLƏNİB — %n problem tapıldı; birincisi: {first}</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>QAYDASINDADIR</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ZƏDƏLƏNİB</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>entry {entry} follows entry {previous}: entries are missing or reordered</source>
        <translation>{entry} nömrəli qeyd {previous} nömrəli qeyddən sonra gəlir: qeydlər çatışmır və ya onların sırası dəyişdirilib</translation>
    </message>
    <message>
        <source>entry {entry} does not point at the entry before it</source>
        <translation>{entry} nömrəli qeyd özündən əvvəlki qeydə istinad etmir</translation>
    </message>
    <message>
        <source>entry {entry} was altered after it was written</source>
        <translation>{entry} nömrəli qeyd yazıldıqdan sonra dəyişdirilib</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; of incident {incident}</source>
        <translation>{incident} hadisəsinin &apos;{name}&apos; faylı</translation>
    </message>
    <message>
        <source>{items} and {count} more</source>
        <translation>{items} və daha {count}</translation>
    </message>
    <message>
        <source>evidence {sha256}</source>
        <translation>sübut {sha256}</translation>
    </message>
    <message>
        <source>evidence item number {number}</source>
        <translation>{number} nömrəli sübut</translation>
    </message>
    <message>
        <source>its bytes from offset {offset} on cannot be read: a page holding them is damaged</source>
        <translation>onun baytları {offset} mövqeyindən etibarən oxuna bilmir: onları saxlayan səhifə zədələnib</translation>
    </message>
    <message>
        <source>{stored} bytes are stored where {recorded} were recorded</source>
        <translation>{recorded} bayt qeydə alındığı halda {stored} bayt saxlanılıb</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 recorded when it was collected</source>
        <translation>onun baytları toplandığı zaman qeydə alınmış SHA-256 heşinə artıq uyğun gəlmir</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>sübutlar</translation>
    </message>
    <message>
        <source>The list of evidence cannot be read ({details}).</source>
        <translation>Sübutların siyahısı oxuna bilmir ({details}).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), {size} bytes, every one matches its SHA-256</source>
        <translation>
            <numerusform>%n sübut, {size} bayt, hər biri öz SHA-256 heşinə uyğundur</numerusform>
            <numerusform>%n sübut, {size} bayt, hər biri öz SHA-256 heşinə uyğundur</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of {item} cannot be read: a page of it is damaged.</source>
        <translation>Sübutun qeydi oxuna bilmir, çünki onun bir səhifəsi zədələnib: {item}.</translation>
    </message>
    <message>
        <source>Evidence {item} (SHA-256 {sha256}…) is damaged: {problem}.</source>
        <translation>Sübut zədələnib — {item} (SHA-256 {sha256}…): {problem}.</translation>
    </message>
    <message>
        <source>Evidence {sha256} cannot be found in the vault.</source>
        <translation>{sha256} heşli sübut seyfdə tapılmır.</translation>
    </message>
    <message>
        <source>The key-slot file {name} is damaged ({reason}); the vault will not open once it is locked. While it is still unlocked, make a backup now: a backup carries the key slots this vault was unlocked with.</source>
        <translation>Açar yuvaları faylı {name} zədələnib ({reason}); seyf kilidləndikdən sonra bir daha açılmayacaq. Kilidi hələ açıq ikən indi ehtiyat nüsxə çıxarın: ehtiyat nüsxə bu seyfin kilidini açmaq üçün istifadə olunmuş açar yuvalarını özündə saxlayır.</translation>
    </message>
    <message>
        <source>key-slot file</source>
        <translation>açar yuvaları faylı</translation>
    </message>
    <message>
        <source>readable, belongs to this vault, every slot as recorded</source>
        <translation>oxunur, bu seyfə aiddir, hər yuva qeydə alındığı kimidir</translation>
    </message>
    <message>
        <source>The passphrase slot of the key-slot file {name} is damaged (it differs from the one this vault recorded): the passphrase would no longer open the vault. Keep the vault&apos;s other secret safe, and restore from a backup made before the damage if you need the passphrase.</source>
        <translation>Açar yuvaları faylının ({name}) parol ifadəsi yuvası zədələnib (bu seyfin qeydə aldığı yuvadan fərqlidir): parol ifadəsi ilə seyfi artıq açmaq mümkün olmayacaq. Seyfin digər sirrini — bərpa kodunu — etibarlı yerdə saxlayın; parol ifadəsi sizə lazımdırsa, zədədən əvvəl çıxarılmış ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
        <source>The recovery slot of the key-slot file {name} is damaged (it differs from the one this vault recorded): the recovery code would no longer open the vault. Keep the vault&apos;s other secret safe, and restore from a backup made before the damage if you need the recovery code.</source>
        <translation>Açar yuvaları faylının ({name}) bərpa kodu yuvası zədələnib (bu seyfin qeydə aldığı yuvadan fərqlidir): bərpa kodu ilə seyfi artıq açmaq mümkün olmayacaq. Seyfin digər sirrini — parol ifadəsini — etibarlı yerdə saxlayın; bərpa kodu sizə lazımdırsa, zədədən əvvəl çıxarılmış ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
        <source>write-ahead log</source>
        <translation>əvvəlcədən yazma jurnalı (WAL)</translation>
    </message>
    <message>
        <source>no saved change is cut off</source>
        <translation>saxlanmış dəyişikliklərdən heç biri itməyib</translation>
    </message>
    <message>
        <source>SQLCipher could not check the pages ({details}).</source>
        <translation>SQLCipher səhifələri yoxlaya bilmədi ({details}).</translation>
    </message>
    <message>
        <source>Page {page} of vault.db (of {pages}) was changed on disk: SQLCipher&apos;s authentication code for it does not match ({details}).</source>
        <translation>vault.db faylının {page} nömrəli səhifəsi (cəmi {pages} səhifədən) diskdə dəyişdirilib: SQLCipher-in bu səhifə üçün autentifikasiya kodu uyğun gəlmir ({details}).</translation>
    </message>
    <message>
        <source>SQLCipher reports: {details}.</source>
        <translation>SQLCipher bildirir: {details}.</translation>
    </message>
    <message>
        <source>database pages (SQLCipher HMAC)</source>
        <translation>verilənlər bazasının səhifələri (SQLCipher HMAC)</translation>
    </message>
    <message numerus="yes">
        <source>all %n page(s) authentic</source>
        <translation>
            <numerusform>%n səhifənin hamısı həqiqidir</numerusform>
            <numerusform>%n səhifənin hamısı həqiqidir</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite&apos;s structure check: the check stopped at a page it cannot read ({details}).</source>
        <translation>SQLite struktur yoxlaması: yoxlama oxuya bilmədiyi səhifədə dayandı ({details}).</translation>
    </message>
    <message>
        <source>SQLite&apos;s structure check: {details}.</source>
        <translation>SQLite struktur yoxlaması: {details}.</translation>
    </message>
    <message>
        <source>database structure (SQLite quick_check)</source>
        <translation>verilənlər bazasının strukturu (SQLite quick_check)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>qaydasındadır</translation>
    </message>
    <message>
        <source>custody log</source>
        <translation>saxlama zənciri jurnalı</translation>
    </message>
    <message>
        <source>The custody log cannot be read: a page of it is damaged ({details}).</source>
        <translation>Saxlama zənciri jurnalı oxuna bilmir: onun bir səhifəsi zədələnib ({details}).</translation>
    </message>
    <message>
        <source>The custody log is broken at entry {entry}: {problem}.</source>
        <translation>Saxlama zənciri jurnalı {entry} nömrəli qeyddə qırılıb: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y|ies), hash chain intact</source>
        <translation>
            <numerusform>%n qeyd, heş zənciri bütövdür</numerusform>
            <numerusform>%n qeyd, heş zənciri bütövdür</numerusform>
        </translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>hadisələr</translation>
    </message>
    <message>
        <source>The list of incidents cannot be read ({details}).</source>
        <translation>Hadisələrin siyahısı oxuna bilmir ({details}).</translation>
    </message>
    <message numerus="yes">
        <source>%n readable, every revision matches its SHA-256</source>
        <translation>
            <numerusform>%n hadisə oxuna bilir, hər versiya öz SHA-256 heşinə uyğundur</numerusform>
            <numerusform>%n hadisə oxuna bilir, hər versiya öz SHA-256 heşinə uyğundur</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of incident {incident} cannot be read: a page of it is damaged.</source>
        <translation>{incident} hadisəsinin qeydi oxuna bilmir: onun bir səhifəsi zədələnib.</translation>
    </message>
    <message>
        <source>The record of incident number {number} (its id is unreadable too) cannot be read: a page of it is damaged.</source>
        <translation>{number} nömrəli hadisənin qeydi (onun identifikatoru da oxunmur) oxuna bilmir: onun bir səhifəsi zədələnib.</translation>
    </message>
    <message>
        <source>The saved versions of incident {incident} cannot be read: a page of them is damaged.</source>
        <translation>{incident} hadisəsinin saxlanılmış versiyaları oxuna bilmir: onların bir səhifəsi zədələnib.</translation>
    </message>
    <message>
        <source>Version {revision} of incident {incident} no longer matches its recorded SHA-256.</source>
        <translation>{incident} hadisəsinin {revision} nömrəli versiyası artıq qeydə alınmış SHA-256 heşinə uyğun gəlmir.</translation>
    </message>
    <message>
        <source>in its header, so none of its frames can be read</source>
        <translation>başlığında, ona görə onun heç bir çərçivəsi oxuna bilmir</translation>
    </message>
    <message>
        <source>at frame {frame} (database page {page})</source>
        <translation>{frame} nömrəli çərçivədə (verilənlər bazasının {page} nömrəli səhifəsi)</translation>
    </message>
    <message>
        <source>at frame {frame}</source>
        <translation>{frame} nömrəli çərçivədə</translation>
    </message>
    <message>
        <source>{pages} and {count} more</source>
        <translation>{pages} və daha {count}</translation>
    </message>
    <message>
        <source>The write-ahead log (vault.db-wal) is damaged {where}: {changes} recorded after it cannot be read ({frames}, database pages {pages}).</source>
        <translation>Əvvəlcədən yazma jurnalı (vault.db-wal) zədələnib — {where}: zədədən sonra qeydə alınmış {changes} oxuna bilmir ({frames}, verilənlər bazasının səhifələri: {pages}).</translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s)</source>
        <translation>
            <numerusform>%n saxlanmış dəyişiklik</numerusform>
            <numerusform>%n saxlanmış dəyişiklik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n çərçivə</numerusform>
            <numerusform>%n çərçivə</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Repeat it: </source>
        <translation>Təkrar daxil edin: </translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Bərpa kodu: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Parol ifadəsi: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Yeni parol ifadəsi: </translation>
    </message>
    <message>
        <source>Vault created in {folder}.</source>
        <translation>Seyf yaradıldı: {folder}.</translation>
    </message>
    <message>
        <source>Recovery code — write it down and keep it away from this computer. It is shown only this once;
without it or the passphrase, nobody (not even us) can open the vault:</source>
        <translation>Bərpa kodu — onu yazın və bu kompüterdən uzaqda saxlayın. O, yalnız bu dəfə göstərilir;
nə bu kod, nə də parol ifadəsi olmadan heç kim (hətta biz də) seyfi aça bilməz:</translation>
    </message>
    <message>
        <source>Purge removes incident {id} and its evidence for good. Type its id to confirm: </source>
        <translation>Təmizləmə {id} hadisəsini və onun sübutlarını həmişəlik silir. Təsdiqləmək üçün onun identifikatorunu yazın: </translation>
    </message>
    <message>
        <source>Not purged.</source>
        <translation>Təmizlənmədi.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Tarixçə:</translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation>Saxlama zənciri jurnalı:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s) to {path}; SHA-256 checked.</source>
        <translation>
            <numerusform>{path} faylına %n bayt yazıldı; SHA-256 heşi yoxlanıldı.</numerusform>
            <numerusform>{path} faylına %n bayt yazıldı; SHA-256 heşi yoxlanıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery code still works.</source>
        <translation>Parol ifadəsi dəyişdirildi. Bərpa kodu əvvəlki kimi işləyir.</translation>
    </message>
    <message>
        <source>incident type id, e.g. threat, doxxing, smear_media</source>
        <translation>hadisə növünün identifikatoru, məs. threat, doxxing, smear_media</translation>
    </message>
    <message>
        <source>2026-10-05T14:30+04:00, 2026-10-05, 2026-10, or A/B range</source>
        <translation>2026-10-05T14:30+04:00, 2026-10-05, 2026-10 və ya A/B aralığı</translation>
    </message>
    <message>
        <source>[PLATFORM:]HANDLE; repeatable</source>
        <translation>[PLATFORM:]HANDLE; təkrarlana bilər</translation>
    </message>
    <message>
        <source>me, relative, colleague or other</source>
        <translation>me, relative, colleague və ya other (mən, qohum, həmkar, başqa biri)</translation>
    </message>
    <message>
        <source>the original text exactly as received</source>
        <translation>orijinal mətn, tam alındığı kimi</translation>
    </message>
    <message>
        <source>1 (low) to 5 (severe)</source>
        <translation>1 (aşağı) ilə 5 (çox ciddi) arasında</translation>
    </message>
    <message>
        <source>private notes, never exported unless chosen</source>
        <translation>şəxsi qeydlər; seçilməsə, heç vaxt ixrac olunmur</translation>
    </message>
    <message>
        <source>a type-specific field; repeatable</source>
        <translation>növə xas sahə; təkrarlana bilər</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>seyf qovluğu</translation>
    </message>
    <message>
        <source>unlock with the recovery code instead of the passphrase</source>
        <translation>kilidi parol ifadəsi əvəzinə bərpa kodu ilə aç</translation>
    </message>
    <message>
        <source>Threatlog: an encrypted log of threats and their evidence.</source>
        <translation>Threatlog: təhdidlərin və onların sübutlarının şifrələnmiş qeydiyyatı.</translation>
    </message>
    <message>
        <source>create a vault and print its recovery code once</source>
        <translation>seyf yarat və onun bərpa kodunu bir dəfə göstər</translation>
    </message>
    <message>
        <source>log an incident; prints its id</source>
        <translation>hadisəni qeydə al; onun identifikatorunu çıxarır</translation>
    </message>
    <message>
        <source>attach evidence files to an incident</source>
        <translation>hadisəyə sübut faylları əlavə et</translation>
    </message>
    <message>
        <source>change an incident (saved as a new revision)</source>
        <translation>hadisəni dəyiş (yeni versiya kimi saxlanılır)</translation>
    </message>
    <message>
        <source>delete an incident, leaving a tombstone with the reason</source>
        <translation>hadisəni sil; səbəbi ilə birlikdə silinmə qeydi qalır</translation>
    </message>
    <message>
        <source>remove an incident&apos;s content and evidence for good</source>
        <translation>hadisənin məzmununu və sübutlarını həmişəlik sil</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>təsdiq soruşma</translation>
    </message>
    <message>
        <source>list incidents, newest first</source>
        <translation>hadisələri sadala, ən yeniləri əvvəldə</translation>
    </message>
    <message>
        <source>include deleted incidents</source>
        <translation>silinmiş hadisələri də daxil et</translation>
    </message>
    <message>
        <source>show one incident</source>
        <translation>bir hadisəni göstər</translation>
    </message>
    <message>
        <source>with every revision and custody entry</source>
        <translation>bütün versiyaları və saxlama zənciri qeydləri ilə</translation>
    </message>
    <message>
        <source>write an original evidence file back out, byte for byte</source>
        <translation>orijinal sübut faylını bayt-bayt dəyişmədən diskə yaz</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>parol ifadəsini dəyiş</translation>
    </message>
    <message>
        <source>show the custody log</source>
        <translation>saxlama zənciri jurnalını göstər</translation>
    </message>
    <message>
        <source>check the hash chain; exit 1 if it is broken</source>
        <translation>heş zəncirini yoxla; qırılıbsa, çıxış kodu 1 olur</translation>
    </message>
    <message>
        <source>the desktop app cannot start: {reason}. The commands below still work.</source>
        <translation>masaüstü proqram işə düşə bilmir: {reason}. Aşağıdakı komandalar yenə də işləyir.</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed.</source>
        <translation>dayandırıldı; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>Set THREATLOG_DEBUG=1 to see details.</source>
        <translation>Təfərrüatı görmək üçün THREATLOG_DEBUG=1 təyin edin.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n hadisə</numerusform>
            <numerusform>%n hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>name: {name}</source>
        <translation>görünən ad: {name}</translation>
    </message>
    <message>
        <source>merged: {accounts}</source>
        <translation>birləşdirilənlər: {accounts}</translation>
    </message>
    <message>
        <source>aliases: {aliases}</source>
        <translation>ləqəblər: {aliases}</translation>
    </message>
    <message numerus="yes">
        <source>Merged {merged} into {kept}: %n incident link(s) moved.</source>
        <translation>
            <numerusform>{merged} hesabı {kept} hesabına birləşdirildi: %n hadisə əlaqəsi köçürüldü.</numerusform>
            <numerusform>{merged} hesabı {kept} hesabına birləşdirildi: %n hadisə əlaqəsi köçürüldü.</numerusform>
        </translation>
    </message>
    <message>
        <source>perpetrator accounts: list, merge two that are one actor, edit</source>
        <translation>təcavüzkar hesabları: siyahı, eyni şəxsə aid iki hesabın birləşdirilməsi, redaktə</translation>
    </message>
    <message>
        <source>B is the same actor as A: B&apos;s incident links move to A</source>
        <translation>B və A eyni şəxsdir: B-nin hadisə əlaqələri A-ya keçir</translation>
    </message>
    <message>
        <source>[PLATFORM:]HANDLE, an alias, or #ID: the account kept</source>
        <translation>[PLATFORM:]HANDLE, ləqəb və ya #ID: saxlanılan hesab</translation>
    </message>
    <message>
        <source>the account merged into A</source>
        <translation>A-ya birləşdirilən hesab</translation>
    </message>
    <message>
        <source>what you know about an account</source>
        <translation>hesab haqqında bildikləriniz</translation>
    </message>
    <message>
        <source>[PLATFORM:]HANDLE, an alias, or #ID</source>
        <translation>[PLATFORM:]HANDLE, ləqəb və ya #ID</translation>
    </message>
    <message>
        <source>the display name</source>
        <translation>görünən ad</translation>
    </message>
    <message>
        <source>the profile URL</source>
        <translation>profil URL-i</translation>
    </message>
    <message>
        <source>private notes about the account</source>
        <translation>hesab haqqında şəxsi qeydlər</translation>
    </message>
    <message>
        <source>another name it goes by (replaces them)</source>
        <translation>hesabın işlətdiyi başqa ad (mövcud ləqəbləri əvəz edir)</translation>
    </message>
    <message>
        <source>This bundle will contain {incidents} and {files}, {size}:</source>
        <translation>Bu paketə {incidents} və {files} daxil olacaq ({size}):</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n sübut faylı</numerusform>
            <numerusform>%n sübut faylı</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… və daha {count}</translation>
    </message>
    <message numerus="yes">
        <source>Included: the private notes of %n incident(s).</source>
        <translation>
            <numerusform>Daxil edilib: %n hadisənin şəxsi qeydləri.</numerusform>
            <numerusform>Daxil edilib: %n hadisənin şəxsi qeydləri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: the private notes of %n incident(s) (add {option} to include them).</source>
        <translation>
            <numerusform>Daxil edilməyib: %n hadisənin şəxsi qeydləri (daxil etmək üçün {option} əlavə edin).</numerusform>
            <numerusform>Daxil edilməyib: %n hadisənin şəxsi qeydləri (daxil etmək üçün {option} əlavə edin).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included: the locations of %n incident(s).</source>
        <translation>
            <numerusform>Daxil edilib: %n hadisənin yer məlumatı.</numerusform>
            <numerusform>Daxil edilib: %n hadisənin yer məlumatı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: the locations of %n incident(s) (add {option} to include them).</source>
        <translation>
            <numerusform>Daxil edilməyib: %n hadisənin yer məlumatı (daxil etmək üçün {option} əlavə edin).</numerusform>
            <numerusform>Daxil edilməyib: %n hadisənin yer məlumatı (daxil etmək üçün {option} əlavə edin).</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: {path} carries a GPS position in its metadata; the original leaves unchanged.</source>
        <translation>XƏBƏRDARLIQ: {path} faylının metaməlumatlarında GPS mövqeyi var; orijinal dəyişdirilmədən ixrac olunur.</translation>
    </message>
    <message numerus="yes">
        <source>Note: the metadata of %n non-image file(s) was not read; it may also hold a location.</source>
        <translation>
            <numerusform>Qeyd: şəkil olmayan %n faylın metaməlumatları oxunmayıb; onlarda da yer məlumatı ola bilər.</numerusform>
            <numerusform>Qeyd: şəkil olmayan %n faylın metaməlumatları oxunmayıb; onlarda da yer məlumatı ola bilər.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signing key of this vault (identity {identity}). Give this fingerprint to your lawyer by phone or in person; they check bundles with: threatlog verify FILE.zip --signer {fingerprint}</source>
        <translation>Bu seyfin imza açarı (identifikator: {identity}). Bu barmaq izini vəkilinizə telefonla və ya şəxsən çatdırın; vəkil paketləri bu komanda ilə yoxlayır: threatlog verify FILE.zip --signer {fingerprint}</translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}. Send the SHA-256 above to the recipient by another channel: it proves later that this is the file you sent.</source>
        <translation>İmzalayan açar: {fingerprint}. Yuxarıdakı SHA-256 heşini alıcıya başqa kanalla göndərin: sonradan o, bunun məhz sizin göndərdiyiniz fayl olduğunu sübut edir.</translation>
    </message>
    <message>
        <source>print the fingerprint of this vault&apos;s signing key</source>
        <translation>bu seyfin imza açarının barmaq izini çıxar</translation>
    </message>
    <message>
        <source>print the key as an OpenSSH allowed_signers line instead</source>
        <translation>açarı bunun əvəzinə OpenSSH allowed_signers sətri kimi çıxar</translation>
    </message>
    <message>
        <source>export incidents as a signed evidence bundle (zip)</source>
        <translation>hadisələri imzalanmış sübut paketi (zip) kimi ixrac et</translation>
    </message>
    <message>
        <source>every incident that is not deleted</source>
        <translation>silinməmiş bütün hadisələr</translation>
    </message>
    <message>
        <source>include private notes (left out by default)</source>
        <translation>şəxsi qeydləri daxil et (susmaya görə daxil edilmir)</translation>
    </message>
    <message>
        <source>include locations (left out by default)</source>
        <translation>yerləri daxil et (susmaya görə daxil edilmir)</translation>
    </message>
    <message>
        <source>the language of report.pdf: en, az or ru (by default the language of these messages)</source>
        <translation>report.pdf faylının dili: en, az və ya ru (susmaya görə bu mesajların dili)</translation>
    </message>
    <message>
        <source>check a bundle: exit 0 intact, 1 not intact (no vault needed)</source>
        <translation>paketi yoxla: çıxış kodu 0 — bütövdür, 1 — bütöv deyil (seyf lazım deyil)</translation>
    </message>
    <message>
        <source>the key fingerprint you were given by the sender</source>
        <translation>göndərənin sizə verdiyi açar barmaq izi</translation>
    </message>
    <message>
        <source>an OpenSSH allowed_signers file of keys you trust</source>
        <translation>etibar etdiyiniz açarların OpenSSH allowed_signers faylı</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>əllə</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>aşkarlanıb</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <source>image</source>
        <translation>şəkil</translation>
    </message>
    <message>
        <source>({origin}) {incidents}, {accounts}, {span}</source>
        <translation>({origin}) {incidents}, {accounts}, {span}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n hesab</numerusform>
            <numerusform>%n hesab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) {from_accounts}, {span}</source>
        <translation>
            <numerusform>{from_accounts} %n mesaj, {span}</numerusform>
            <numerusform>{from_accounts} %n mesaj, {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n account(s)</source>
        <translation>
            <numerusform>%n hesabdan</numerusform>
            <numerusform>%n hesabdan</numerusform>
        </translation>
    </message>
    <message>
        <source>adds to C{id}</source>
        <translation>C{id} kampaniyasına əlavə olunur</translation>
    </message>
    <message>
        <source>Detecting</source>
        <translation>Aşkarlanır</translation>
    </message>
    <message>
        <source>Campaigns ({count}):</source>
        <translation>Kampaniyalar ({count}):</translation>
    </message>
    <message>
        <source>Suggestions ({count}; &apos;campaigns accept N&apos; or &apos;campaigns dismiss N&apos;):</source>
        <translation>Təkliflər ({count}; &apos;campaigns accept N&apos; və ya &apos;campaigns dismiss N&apos;):</translation>
    </message>
    <message>
        <source>campaigns and suggested ones: list, detect, accept, dismiss, create</source>
        <translation>kampaniyalar və təklif olunanlar: siyahı, aşkarlama, qəbul, rədd, yaratma</translation>
    </message>
    <message>
        <source>look for campaigns again (replaces the suggestions)</source>
        <translation>kampaniyaları yenidən axtar (təklifləri əvəz edir)</translation>
    </message>
    <message>
        <source>distinct accounts needed within the window (default {count})</source>
        <translation>zaman pəncərəsi daxilində tələb olunan fərqli hesabların sayı (susmaya görə {count})</translation>
    </message>
    <message>
        <source>the time window (default {hours} hours)</source>
        <translation>zaman pəncərəsi (susmaya görə {hours} saat)</translation>
    </message>
    <message>
        <source>make suggestion N a campaign; prints its id</source>
        <translation>N nömrəli təklifi kampaniyaya çevir; onun identifikatorunu çıxarır</translation>
    </message>
    <message>
        <source>the campaign&apos;s name (default: its date and text)</source>
        <translation>kampaniyanın adı (susmaya görə: tarixi və mətni)</translation>
    </message>
    <message>
        <source>what the campaign is</source>
        <translation>kampaniyanın təsviri</translation>
    </message>
    <message>
        <source>drop suggestion N; it is not suggested again</source>
        <translation>N nömrəli təklifi rədd et; o, bir daha təklif olunmur</translation>
    </message>
    <message>
        <source>a campaign of the incidents given; prints its id</source>
        <translation>göstərilən hadisələrdən kampaniya yarat; onun identifikatorunu çıxarır</translation>
    </message>
    <message>
        <source>incident ids (a unique prefix of 4+ characters will do)</source>
        <translation>hadisə identifikatorları (4 və daha çox simvoldan ibarət unikal prefiks kifayətdir)</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>Demo qurulur</translation>
    </message>
    <message numerus="yes">
        <source>Demo vault built in {seconds} s: %n incident(s), all fictional.</source>
        <translation>
            <numerusform>Demo seyf {seconds} saniyəyə quruldu: %n hadisə, hamısı uydurmadır.</numerusform>
            <numerusform>Demo seyf {seconds} saniyəyə quruldu: %n hadisə, hamısı uydurmadır.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo vault is already there (&apos;threatlog demo --reset&apos; rebuilds it).</source>
        <translation>Demo seyf artıq mövcuddur (&apos;threatlog demo --reset&apos; onu yenidən qurur).</translation>
    </message>
    <message>
        <source>Open it in the app (“Open the demo”), or: threatlog --vault &apos;{folder}&apos; list</source>
        <translation>Onu proqramda açın (“Demonu aç”) və ya: threatlog --vault &apos;{folder}&apos; list</translation>
    </message>
    <message>
        <source>build the workshop demo vault (fictional) and print its folder and passphrase</source>
        <translation>təlimlər üçün demo seyfi (uydurma) qur və onun qovluğunu və parol ifadəsini çıxar</translation>
    </message>
    <message>
        <source>rebuild the demo vault from scratch</source>
        <translation>demo seyfi sıfırdan yenidən qur</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mesaj</numerusform>
            <numerusform>%n mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n e-poçt məktubu</numerusform>
            <numerusform>%n e-poçt məktubu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fayl</numerusform>
            <numerusform>%n fayl</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} found, {chosen} chosen: {incidents} {with_files} ({size}); {duplicates} already in the vault.</source>
        <translation>{items} tapıldı, {chosen} seçildi: {with_files} {incidents} ({size}); {duplicates} artıq seyfdədir.</translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <translation>
            <numerusform>%n yeni hadisə</numerusform>
            <numerusform>%n yeni hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n evidence file(s)</source>
        <translation>
            <numerusform>%n sübut faylı ilə</numerusform>
            <numerusform>%n sübut faylı ilə</numerusform>
        </translation>
    </message>
    <message>
        <source>chat “{name}”: {found} found, {chosen} chosen, {new} new</source>
        <translation>söhbət “{name}”: {found} tapıldı, {chosen} seçildi, {new} yeni</translation>
    </message>
    <message>
        <source>sender “{name}”: {found} found, {chosen} chosen, {new} new</source>
        <translation>göndərən “{name}”: {found} tapıldı, {chosen} seçildi, {new} yeni</translation>
    </message>
    <message>
        <source>left out: {what}</source>
        <translation>daxil edilməyib: {what}</translation>
    </message>
    <message>
        <source>missing: {what} (in “{title}”)</source>
        <translation>çatışmır: {what} (“{title}” daxilində)</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>xəbərdarlıq: {warning}</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>tarix məlum deyil</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Oxunur</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Sınaq rejimi: heç nə yazılmadı.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>İdxal edilir</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s) {with_files}; {items} already in the vault.</source>
        <translation>
            <numerusform>%n hadisə {with_files} idxal edildi; {items} artıq seyfdə idi.</numerusform>
            <numerusform>%n hadisə {with_files} idxal edildi; {items} artıq seyfdə idi.</numerusform>
        </translation>
    </message>
    <message>
        <source>import a Telegram or WhatsApp export, e-mails (.eml, .mbox) or a folder of files</source>
        <translation>Telegram və ya WhatsApp ixracını, e-poçtları (.eml, .mbox) və ya fayl qovluğunu idxal et</translation>
    </message>
    <message>
        <source>result.json or its folder, a WhatsApp .zip or folder, .eml, .mbox, or a folder of files</source>
        <translation>result.json və ya onun qovluğu, WhatsApp .zip faylı və ya qovluğu, .eml, .mbox və ya fayl qovluğu</translation>
    </message>
    <message>
        <source>the kind of source (else detected)</source>
        <translation>mənbənin növü (göstərilməsə, avtomatik müəyyən edilir)</translation>
    </message>
    <message>
        <source>show what would be imported; write nothing</source>
        <translation>nəyin idxal ediləcəyini göstər; heç nə yazma</translation>
    </message>
    <message>
        <source>print the plan (with --dry-run) or the result as JSON</source>
        <translation>planı (--dry-run ilə) və ya nəticəni JSON kimi çıxar</translation>
    </message>
    <message>
        <source>only this chat (name or id); repeatable</source>
        <translation>yalnız bu söhbət (ad və ya identifikator); təkrarlana bilər</translation>
    </message>
    <message>
        <source>only this sender (name, id, handle or address); repeatable</source>
        <translation>yalnız bu göndərən (ad, identifikator, istifadəçi adı və ya ünvan); təkrarlana bilər</translation>
    </message>
    <message>
        <source>consecutive messages of one sender within N minutes become one incident</source>
        <translation>bir göndərənin N dəqiqə ərzindəki ardıcıl mesajları bir hadisə olur</translation>
    </message>
    <message>
        <source>everything new becomes one incident</source>
        <translation>yeni olan hər şey bir hadisə olur</translation>
    </message>
    <message>
        <source>the type of the new incidents</source>
        <translation>yeni hadisələrin növü</translation>
    </message>
    <message>
        <source>WhatsApp dates that read both ways (05/10): day-first or month-first</source>
        <translation>hər iki cür oxuna bilən WhatsApp tarixləri (05/10): day-first (əvvəl gün) və ya month-first (əvvəl ay)</translation>
    </message>
    <message>
        <source>zone of times given without one (WhatsApp, EXIF), e.g. Asia/Baku or +04:00</source>
        <translation>saat qurşağı göstərilmədən verilmiş vaxtların saat qurşağı (WhatsApp, EXIF), məs. Asia/Baku və ya +04:00</translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation>Miniatürlər yaradılır</translation>
    </message>
    <message>
        <source>Warning: thumbnails were not made now ({reason}); they will be made later.</source>
        <translation>Xəbərdarlıq: miniatürlər indi yaradılmadı ({reason}); onlar sonra yaradılacaq.</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bayt</numerusform>
            <numerusform>%n bayt</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Baş verib</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesablar</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hədəf</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Həssas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL-lər</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Orijinal mətn</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tərcümə</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Şəxsi qeydlər</translation>
    </message>
    <message>
        <source>Incident {id} (revision {revision}, recorded {time})</source>
        <translation>Hadisə {id} (versiya {revision}, qeydə alınıb: {time})</translation>
    </message>
    <message>
        <source>PURGED {time}: its content was removed.</source>
        <translation>TƏMİZLƏNİB {time}: məzmunu silinib.</translation>
    </message>
    <message>
        <source>DELETED {time}: {reason}</source>
        <translation>SİLİNİB {time}: {reason}</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Sübutlar:</translation>
    </message>
    <message>
        <source>created</source>
        <translation>yaradılıb</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>dəyişdirilib: {fields}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>dəyişiklik yoxdur</translation>
    </message>
    <message>
        <source>revision {revision}  {saved_at}  sha256 {sha256}  {summary}</source>
        <translation>versiya {revision}  {saved_at}  sha256 {sha256}  {summary}</translation>
    </message>
    <message>
        <source>Custody log intact: {count} entries, head {hash}.</source>
        <translation>Saxlama zənciri jurnalı bütövdür: {count} qeyd, son qeydin heşi {hash}.</translation>
    </message>
    <message>
        <source>Custody log BROKEN at entry {seq}: {problem}.</source>
        <translation>Saxlama zənciri jurnalı {seq} nömrəli qeyddə QIRILIB: {problem}.</translation>
    </message>
    <message>
        <source>To recover, restore your most recent backup into a new folder:
  threatlog --vault NEW_FOLDER restore BACKUP_FILE
Until then the damaged vault can still be opened read-only, to read and export what is intact.</source>
        <translation>Bərpa etmək üçün ən son ehtiyat nüsxənizi yeni qovluğa bərpa edin:
  threatlog --vault NEW_FOLDER restore BACKUP_FILE
O vaxta qədər zədələnmiş seyfi yalnız oxumaq rejimində açıb zədəsiz olanları oxumaq və ixrac etmək olar.</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Ehtiyat nüsxə çıxarılır</translation>
    </message>
    <message>
        <source>Backup written and checked ({size}; {count} custody entries). It opens with the passphrase and the recovery code in force now. Keep it away from this computer.</source>
        <translation>Ehtiyat nüsxə yazıldı və yoxlanıldı ({size}; saxlama zənciri jurnalında {count} qeyd). O, hazırda qüvvədə olan parol ifadəsi və bərpa kodu ilə açılır. Onu bu kompüterdən uzaqda saxlayın.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Bərpa edilir</translation>
    </message>
    <message>
        <source>Restored the backup of {time} into {folder} ({size}). It opens with the passphrase and the recovery code that were in force when the backup was made. Check it with: threatlog --vault {folder} check</source>
        <translation>{time} tarixli ehtiyat nüsxə bu qovluğa bərpa edildi: {folder} ({size}). O, ehtiyat nüsxə çıxarılan zaman qüvvədə olan parol ifadəsi və bərpa kodu ilə açılır. Onu bu komanda ilə yoxlayın: threatlog --vault {folder} check</translation>
    </message>
    <message>
        <source>DAMAGED — {reason}</source>
        <translation>ZƏDƏLƏNİB — {reason}</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Yoxlanılır</translation>
    </message>
    <message>
        <source>This erases the vault in {folder} for good: nobody, with the passphrase or the recovery code, will open it again. Backups and copies elsewhere are not touched.</source>
        <translation>Bu, {folder} qovluğundakı seyfi həmişəlik silir: heç kim, nə parol ifadəsi, nə də bərpa kodu ilə onu bir daha aça bilməyəcək. Başqa yerlərdəki ehtiyat nüsxələrə və surətlərə toxunulmur.</translation>
    </message>
    <message>
        <source>Type {word} to confirm: </source>
        <translation>Təsdiqləmək üçün {word} yazın: </translation>
    </message>
    <message>
        <source>Not destroyed; nothing was changed.</source>
        <translation>Məhv edilmədi; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>Destroyed: the key of the vault in {folder} is overwritten and deleted; without it the database cannot be decrypted. Files removed: {files}.</source>
        <translation>Məhv edildi: {folder} qovluğundakı seyfin açarının üzərinə yazıldı və o silindi; onsuz verilənlər bazasını deşifrə etmək mümkün deyil. Silinən fayllar: {files}.</translation>
    </message>
    <message>
        <source>Could not remove {name} (it is ciphertext whose key is gone).</source>
        <translation>{name} silinə bilmədi (bu, açarı artıq olmayan şifrələnmiş məlumatdır).</translation>
    </message>
    <message>
        <source>Other files in {folder} were left alone: {files}.</source>
        <translation>{folder} qovluğundakı digər fayllara toxunulmadı: {files}.</translation>
    </message>
    <message>
        <source>write one encrypted, checked backup file of the vault</source>
        <translation>seyfin şifrələnmiş və yoxlanılmış bir ehtiyat nüsxə faylını yaz</translation>
    </message>
    <message>
        <source>restore a backup into a new vault folder (--vault); needs no passphrase</source>
        <translation>ehtiyat nüsxəni yeni seyf qovluğuna (--vault) bərpa et; parol ifadəsi tələb olunmur</translation>
    </message>
    <message>
        <source>check the vault for damage: exit 0 healthy, 1 damaged</source>
        <translation>seyfi zədələrə görə yoxla: çıxış kodu 0 — sağlamdır, 1 — zədələnib</translation>
    </message>
    <message>
        <source>erase the vault for good by destroying its key; needs no passphrase</source>
        <translation>açarını məhv edərək seyfi həmişəlik sil; parol ifadəsi tələb olunmur</translation>
    </message>
    <message>
        <source>do not ask to type {word}</source>
        <translation>{word} yazmağı tələb etmə</translation>
    </message>
    <message>
        <source>Incidents by week (total {total}):</source>
        <translation>Həftələr üzrə hadisələr (cəmi {total}):</translation>
    </message>
    <message>
        <source>Incidents by month (total {total}):</source>
        <translation>Aylar üzrə hadisələr (cəmi {total}):</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>artır</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>azalır</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>sabitdir</translation>
    </message>
    <message>
        <source>… {count} more</source>
        <translation>… daha {count}</translation>
    </message>
    <message>
        <source>severity {mean}</source>
        <translation>ciddilik {mean}</translation>
    </message>
    <message>
        <source>By type: {counts}</source>
        <translation>Növə görə: {counts}</translation>
    </message>
    <message>
        <source>By platform: {counts}</source>
        <translation>Platformaya görə: {counts}</translation>
    </message>
    <message>
        <source>By severity: {counts}</source>
        <translation>Ciddiliyə görə: {counts}</translation>
    </message>
    <message>
        <source>Accounts: {accounts}; without an account: {count}</source>
        <translation>Hesablar: {accounts}; hesab göstərilməyənlər: {count}</translation>
    </message>
    <message>
        <source>; mean severity {recent} vs {previous}: {direction}</source>
        <translation>; orta ciddilik {recent} və {previous}: {direction}</translation>
    </message>
    <message>
        <source>Trend (the last {days} days vs the {days} before, to {date}): {recent} vs {previous} incidents ({recent_rate} vs {previous_rate} a month): {direction}{severity}</source>
        <translation>Tendensiya (son {days} gün ilə ondan əvvəlki {days} gün, {date} tarixinədək): {recent} və {previous} hadisə (ayda {recent_rate} və {previous_rate}): {direction}{severity}</translation>
    </message>
    <message>
        <source>incidents per week or month by type, platform, severity and account</source>
        <translation>növ, platforma, ciddilik və hesab üzrə həftəlik və ya aylıq hadisələr</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>Something went wrong inside Threatlog (%1). What you just did may not have been saved; everything saved before is safe in the vault. If it happens again, lock the vault and restart Threatlog.</source>
        <translation>Threatlog daxilində xəta baş verdi (%1). Az öncə etdiyiniz dəyişiklik yadda saxlanmamış ola bilər; bundan əvvəl saxlanılan hər şey seyfdə təhlükəsizdir. Bu təkrarlansa, seyfi kilidləyin və Threatlog proqramını yenidən başladın.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a vault</source>
        <translation>Seyf yaradın</translation>
    </message>
    <message>
        <source>Everything you log is encrypted with a key protected by this passphrase. Choose several words only you know. Nobody — not even the makers of Threatlog — can recover it.</source>
        <translation>Qeydə aldığınız hər şey bu parol ifadəsi ilə qorunan açarla şifrələnir. Yalnız sizin bildiyiniz bir neçə söz seçin. Heç kim — hətta Threatlog-un yaradıcıları belə — onu bərpa edə bilməz.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Parol ifadəsini təkrarlayın</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Parol ifadəsinin gücü</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parol ifadəsi:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Təkrar:</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Seyf qovluğu: %1</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Seyf yarat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your recovery code.&lt;/b&gt; Write it on paper and keep it somewhere safe, away from this computer. If you forget your passphrase, this code is the only way back into your vault. It is shown only now.</source>
        <translation>&lt;b&gt;Bərpa kodunuz.&lt;/b&gt; Onu kağıza yazın və bu kompüterdən uzaqda, təhlükəsiz bir yerdə saxlayın. Parol ifadənizi unutsanız, seyfinizə qayıtmağın yeganə yolu bu koddur. O, yalnız indi göstərilir.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Bərpa kodu</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Kodu &amp;yazdım</translation>
    </message>
    <message>
        <source>Open my vault</source>
        <translation>Seyfimi aç</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Çox qısadır: ən azı %1 simvol.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Zəifdir: daha çox söz əlavə edin.</translation>
    </message>
    <message>
        <source>Fair: longer is better.</source>
        <translation>Orta: daha uzun olsa, daha yaxşıdır.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Yaxşıdır.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Güclüdür.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>İki parol ifadəsi üst-üstə düşmür.</translation>
    </message>
    <message>
        <source>Creating the vault (measuring this computer&apos;s speed for the key)…</source>
        <translation>Seyf yaradılır (açar üçün bu kompüterin sürəti ölçülür)…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>&lt;b&gt;DEMO&lt;/b&gt; vault — fictional data, for workshops. Passphrase: %1</source>
        <translation>&lt;b&gt;DEMO&lt;/b&gt; seyf — uydurma məlumatlar, təlimlər üçün. Parol ifadəsi: %1</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Demo seyf</translation>
    </message>
    <message>
        <source>&amp;Reset demo…</source>
        <translation>Demonu &amp;sıfırla…</translation>
    </message>
    <message>
        <source>Rebuild the demo vault as it was first made</source>
        <translation>Demo seyfi ilk yaradıldığı vəziyyətə qaytar</translation>
    </message>
    <message>
        <source>Rebuild the demo vault from scratch? Everything changed in it since it was made is lost (it holds only fictional data).</source>
        <translation>Demo seyf sıfırdan yenidən qurulsun? Yaradıldıqdan sonra orada dəyişdirilən hər şey itəcək (orada yalnız uydurma məlumatlar var).</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy this vault</source>
        <translation>Bu seyfi məhv edin</translation>
    </message>
    <message>
        <source>DESTROY</source>
        <translation>YOX ET</translation>
    </message>
    <message>
        <source>This erases the vault for good. Nobody, not even you with your passphrase or recovery code, will ever open it again. This cannot be undone.</source>
        <translation>Bu, seyfi həmişəlik silir. Heç kim, hətta parol ifadəniz və ya bərpa kodunuzla siz özünüz belə, onu bir daha aça bilməyəcəksiniz. Bunu geri qaytarmaq mümkün deyil.</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Seyf: %1</translation>
    </message>
    <message>
        <source>First the key that unlocks the vault is overwritten and deleted: without it, nobody can decrypt the vault&apos;s contents. Then the vault&apos;s files are overwritten and deleted. No passphrase is needed.</source>
        <translation>Əvvəlcə seyfi açan açarın üzərinə yazılır və o silinir: onsuz heç kim seyfin məzmununu deşifrə edə bilməz. Sonra seyfin fayllarının üzərinə yazılır və onlar silinir. Parol ifadəsi tələb olunmur.</translation>
    </message>
    <message>
        <source>Backups and other copies are not touched: each still opens with the passphrase it was made with. Destroy them separately, or keep them where nobody can force you to hand them over.</source>
        <translation>Ehtiyat nüsxələrə və digər nüsxələrə toxunulmur: hər biri yaradıldığı vaxtkı parol ifadəsi ilə açılmağa davam edir. Onları ayrıca məhv edin və ya heç kimin sizi onları təhvil verməyə məcbur edə bilməyəcəyi yerdə saxlayın.</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Təsdiq sözü</translation>
    </message>
    <message>
        <source>To confirm, type %1 here:</source>
        <translation>Təsdiqləmək üçün buraya %1 yazın:</translation>
    </message>
    <message>
        <source>&amp;Destroy the vault</source>
        <translation>Seyfi &amp;məhv et</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Incident details</source>
        <translation>Hadisənin təfərrüatı</translation>
    </message>
    <message>
        <source>Select an incident to see it here, or press Ctrl+N to log a new one.</source>
        <translation>Burada görmək üçün hadisə seçin və ya yenisini qeydə almaq üçün Ctrl+N basın.</translation>
    </message>
    <message>
        <source>This incident was purged: its content was removed.</source>
        <translation>Bu hadisə təmizlənib: məzmunu silinib.</translation>
    </message>
    <message>
        <source>Deleted %1 — %2</source>
        <translation>Silinib: %1 — %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Saxlama zənciri jurnalı</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(başlıqsız)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə et</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Fayl əlavə et…</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot</source>
        <translation>Ekran görüntüsünü ya&amp;pışdır</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>Occurred (as you stated):</source>
        <translation>Baş verib (sizin dediyinizə görə):</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>göstərilməyib</translation>
    </message>
    <message>
        <source>Recorded (by the app):</source>
        <translation>Qeydə alınıb (proqram tərəfindən):</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platforma:</translation>
    </message>
    <message>
        <source>Click an account to list its incidents</source>
        <translation>Hadisələrinin siyahısını görmək üçün hesaba klikləyin</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Hesablar:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Hədəf:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Ciddilik:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiketlər:</translation>
    </message>
    <message>
        <source>URLs:</source>
        <translation>URL-lər:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Yer:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <source>Sensitive:</source>
        <translation>Həssas:</translation>
    </message>
    <message>
        <source>yes — media stays blurred until you reveal it</source>
        <translation>bəli — media siz göstərənə qədər bulanıq qalır</translation>
    </message>
    <message>
        <source>No evidence yet. Paste a screenshot (Ctrl+V) or add files.</source>
        <translation>Hələ sübut yoxdur. Ekran görüntüsünü yapışdırın (Ctrl+V) və ya fayl əlavə edin.</translation>
    </message>
    <message>
        <source>Open evidence %1</source>
        <translation>Sübutu aç: %1</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Orijinal mətn</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tərcümə</translation>
    </message>
    <message>
        <source>Private notes (never exported unless you choose)</source>
        <translation>Şəxsi qeydlər (siz seçməsəniz, heç vaxt ixrac olunmur)</translation>
    </message>
    <message>
        <source>Revision %1 — %2 UTC — created</source>
        <translation>Versiya %1 — %2 UTC — yaradılıb</translation>
    </message>
    <message>
        <source>Revision %1 — %2 UTC — changed: %3</source>
        <translation>Versiya %1 — %2 UTC — dəyişdirilib: %3</translation>
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
        <translation>Seyf başqa Threatlog pəncərəsində və ya komandasında istifadə olunur; bir azdan yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is too large to hold a passphrase.</source>
        <translation>&apos;{path}&apos; parol ifadəsi saxlamaq üçün çox böyükdür.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not UTF-8 text.</source>
        <translation>&apos;{path}&apos; UTF-8 mətni deyil.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or {variable} (stdin is not a terminal).</source>
        <translation>Parol ifadəsi verilməyib: --passphrase-file FILE və ya {variable} istifadə edin (stdin terminal deyil).</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>İki parol ifadəsi üst-üstə düşmür; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, not &apos;{item}&apos;.</source>
        <translation>--field KEY=VALUE şəklində dəyər qəbul edir, &apos;{item}&apos; yox.</translation>
    </message>
    <message>
        <source>database error ({reason}).</source>
        <translation>verilənlər bazası xətası ({reason}).</translation>
    </message>
    <message>
        <source>The vault database is damaged ({reason}).</source>
        <translation>Seyfin verilənlər bazası zədələnib ({reason}).</translation>
    </message>
    <message>
        <source>Say what to export: --all, --incident ID..., or --since/--until/--type/--tag (filters may be combined with each other, not with --all or --incident).</source>
        <translation>Nəyi ixrac edəcəyinizi göstərin: --all, --incident ID... və ya --since/--until/--type/--tag (filtrləri bir-biri ilə birləşdirmək olar, amma --all və ya --incident ilə yox).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file.</source>
        <translation>&apos;{path}&apos; fayl deyil.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a suggestion number (as listed by &apos;threatlog campaigns&apos;).</source>
        <translation>&apos;{value}&apos; təklif nömrəsi deyil (nömrələri &apos;threatlog campaigns&apos; göstərir).</translation>
    </message>
    <message>
        <source>--time-zone {value}: offsets run from -14:00 to +14:00.</source>
        <translation>--time-zone {value}: saat qurşağı fərqi -14:00 ilə +14:00 arasında olur.</translation>
    </message>
    <message>
        <source>--time-zone takes a zone like Asia/Baku or an offset like +04:00, not &apos;{value}&apos;.</source>
        <translation>--time-zone Asia/Baku kimi saat qurşağı və ya +04:00 kimi fərq qəbul edir, &apos;{value}&apos; yox.</translation>
    </message>
    <message>
        <source>No vault in {folder}; nothing was erased.</source>
        <translation>{folder} qovluğunda seyf yoxdur; heç nə silinmədi.</translation>
    </message>
    <message>
        <source>destroy asks for confirmation on a terminal; give --yes to erase without asking.</source>
        <translation>destroy komandası terminalda təsdiq istəyir; soruşmadan silmək üçün --yes verin.</translation>
    </message>
    <message>
        <source>No account #{id} in this vault.</source>
        <translation>Bu seyfdə #{id} hesabı yoxdur.</translation>
    </message>
    <message>
        <source>No account {account} in this vault.</source>
        <translation>Bu seyfdə {account} hesabı yoxdur.</translation>
    </message>
    <message>
        <source>No account given.</source>
        <translation>Hesab göstərilməyib.</translation>
    </message>
    <message>
        <source>No account &apos;{account}&apos; in this vault.</source>
        <translation>Bu seyfdə &apos;{account}&apos; hesabı yoxdur.</translation>
    </message>
    <message>
        <source>&apos;{account}&apos; names several accounts; say which: {accounts}.</source>
        <translation>&apos;{account}&apos; bir neçə hesaba uyğun gəlir; hansını nəzərdə tutduğunuzu göstərin: {accounts}.</translation>
    </message>
    <message>
        <source>Account {handle} was merged into another; change that one instead.</source>
        <translation>{handle} hesabı başqa hesaba birləşdirilib; onun əvəzinə həmin hesabı dəyişin.</translation>
    </message>
    <message>
        <source>The display name is too long ({length} characters; at most {limit}).</source>
        <translation>Görünən ad çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>The profile URL is too long ({length} characters; at most {limit}).</source>
        <translation>Profil URL-i çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>The notes are too long ({length} characters; at most {limit}).</source>
        <translation>Qeydlər çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>Too many aliases ({count}; at most {limit}).</source>
        <translation>Ləqəblər həddən artıq çoxdur ({count}; ən çox {limit}).</translation>
    </message>
    <message>
        <source>Only accounts that were not merged away can be merged; use the survivors.</source>
        <translation>Yalnız başqa hesaba birləşdirilməmiş hesabları birləşdirmək olar; digərlərinin birləşdirildiyi hesablardan istifadə edin.</translation>
    </message>
    <message>
        <source>{first} and {second} are already one account.</source>
        <translation>{first} və {second} artıq bir hesabdır.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key fingerprint; it looks like SHA256: followed by 43 letters, digits, + and /.</source>
        <translation>&apos;{text}&apos; açarın barmaq izi deyil; barmaq izi SHA256: və ardınca gələn 43 simvoldan (hərf, rəqəm, + və /) ibarət olur.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is too large to be an allowed_signers file.</source>
        <translation>&apos;{path}&apos; allowed_signers faylı olmaq üçün çox böyükdür.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; names no {key_type} key in allowed_signers form.</source>
        <translation>&apos;{path}&apos; faylında allowed_signers formatında {key_type} açarı yoxdur.</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>Ehtiyat nüsxənin çıxarılması</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; appeared while the backup was written; choose a new file name.</source>
        <translation>Ehtiyat nüsxə yazılarkən &apos;{path}&apos; yarandı; yeni fayl adı seçin.</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; or &apos;{scratch}&apos; is in the way; move or delete it, then back up again.</source>
        <translation>&apos;{part}&apos; və ya &apos;{scratch}&apos; mane olur; onu köçürün və ya silin, sonra yenidən ehtiyat nüsxə çıxarın.</translation>
    </message>
    <message>
        <source>The vault cannot be copied: a page of it cannot be read ({details}). No backup was written. Run &apos;threatlog check&apos;; to keep what is left, copy the vault folder as it is.</source>
        <translation>Seyfi kopyalamaq mümkün deyil: onun bir səhifəsi oxunmur ({details}). Ehtiyat nüsxə yazılmadı. &apos;threatlog check&apos; komandasını işə salın; qalanları saxlamaq üçün seyf qovluğunu olduğu kimi kopyalayın.</translation>
    </message>
    <message>
        <source>Cannot write the backup &apos;{path}&apos;: {reason}.</source>
        <translation>&apos;{path}&apos; ehtiyat nüsxəsini yazmaq mümkün deyil: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists; choose a new file name.</source>
        <translation>&apos;{path}&apos; artıq mövcuddur; yeni fayl adı seçin.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is in the way (an interrupted backup?); delete it, then back up again.</source>
        <translation>&apos;{path}&apos; mane olur (yarımçıq qalmış ehtiyat nüsxə?); onu silin, sonra yenidən ehtiyat nüsxə çıxarın.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>&apos;{folder}&apos; qovluğu mövcud deyil.</translation>
    </message>
    <message>
        <source>A backup inside the vault&apos;s own folder would be lost with the laptop and erased with the vault; choose another place (a USB stick, another disk).</source>
        <translation>Seyfin öz qovluğundakı ehtiyat nüsxə noutbukla birlikdə itər və seyflə birlikdə silinərdi; başqa yer seçin (USB fləş-kart, başqa disk).</translation>
    </message>
    <message>
        <source>The copy of the vault cannot be read back ({details}); the vault may be damaged. Run &apos;threatlog check&apos;. No backup was written.</source>
        <translation>Seyfin nüsxəsini geri oxumaq mümkün deyil ({details}); seyf zədələnmiş ola bilər. &apos;threatlog check&apos; komandasını işə salın. Ehtiyat nüsxə yazılmadı.</translation>
    </message>
    <message>
        <source>SQLCipher reports {details}</source>
        <translation>SQLCipher bildirir: {details}</translation>
    </message>
    <message>
        <source>SQLite reports {details}</source>
        <translation>SQLite bildirir: {details}</translation>
    </message>
    <message>
        <source>its custody log is broken at entry {entry} ({problem})</source>
        <translation>onun saxlama zənciri jurnalı {entry} nömrəli qeyddə qırılıb ({problem})</translation>
    </message>
    <message>
        <source>its custody log does not end where the vault&apos;s did at the moment of the copy</source>
        <translation>onun saxlama zənciri jurnalı kopyalama anında seyfin jurnalının bitdiyi yerdə bitmir</translation>
    </message>
    <message>
        <source>it does not carry this vault&apos;s identity</source>
        <translation>onda bu seyfin identifikatoru yoxdur</translation>
    </message>
    <message>
        <source>The copy of the vault did not pass its check: {problem}. No backup was written; run &apos;threatlog check&apos; on the vault.</source>
        <translation>Seyfin nüsxəsi yoxlamadan keçmədi: {problem}. Ehtiyat nüsxə yazılmadı; seyf üçün &apos;threatlog check&apos; komandasını işə salın.</translation>
    </message>
    <message>
        <source>The backup read back from the disk differs from what was written; the disk may be failing. No backup was kept.</source>
        <translation>Diskdən geri oxunan ehtiyat nüsxə yazılandan fərqlənir; disk nasaz ola bilər. Ehtiyat nüsxə saxlanmadı.</translation>
    </message>
    <message>
        <source>The database copy read back from the disk does not match what was written; the disk may be failing. No backup was kept.</source>
        <translation>Diskdən geri oxunan verilənlər bazası nüsxəsi yazılanla üst-üstə düşmür; disk nasaz ola bilər. Ehtiyat nüsxə saxlanmadı.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a file, not a folder; choose an empty or new folder.</source>
        <translation>&apos;{path}&apos; qovluq deyil, fayldır; boş və ya yeni qovluq seçin.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}; a restore never overwrites one. Choose a new folder.</source>
        <translation>{folder} qovluğunda artıq seyf var; bərpa heç vaxt mövcud seyfin üzərinə yazmır. Yeni qovluq seçin.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; restore into a new or empty folder.</source>
        <translation>{folder} qovluğu boş deyil; yeni və ya boş qovluğa bərpa edin.</translation>
    </message>
    <message>
        <source>Cannot write the vault into {folder}: {reason}. Nothing was restored.</source>
        <translation>Seyfi {folder} qovluğuna yazmaq mümkün deyil: {reason}. Heç nə bərpa edilmədi.</translation>
    </message>
    <message>
        <source>its database is not encrypted</source>
        <translation>onun verilənlər bazası şifrələnməyib</translation>
    </message>
    <message>
        <source>its {name} does not match the SHA-256 in its manifest (altered or damaged)</source>
        <translation>onun {name} faylı manifestdəki SHA-256 heşinə uyğun gəlmir (dəyişdirilib və ya zədələnib)</translation>
    </message>
    <message>
        <source>This file is not a usable Threatlog backup: {reason}. Nothing was restored.</source>
        <translation>Bu fayl yararlı Threatlog ehtiyat nüsxəsi deyil: {reason}. Heç nə bərpa edilmədi.</translation>
    </message>
    <message>
        <source>This file is not a usable Threatlog backup. {refusal} Nothing was restored.</source>
        <translation>Bu fayl yararlı Threatlog ehtiyat nüsxəsi deyil. {refusal} Heç nə bərpa edilmədi.</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON</source>
        <translation>onun manifesti düzgün JSON deyil</translation>
    </message>
    <message>
        <source>its manifest does not describe a Threatlog backup</source>
        <translation>onun manifesti Threatlog ehtiyat nüsxəsini təsvir etmir</translation>
    </message>
    <message>
        <source>it was written by another version of Threatlog</source>
        <translation>o, Threatlog-un başqa versiyası ilə yazılıb</translation>
    </message>
    <message>
        <source>its manifest has no creation time</source>
        <translation>onun manifestində yaradılma vaxtı yoxdur</translation>
    </message>
    <message>
        <source>its manifest names no vault</source>
        <translation>onun manifestində seyf göstərilməyib</translation>
    </message>
    <message>
        <source>its manifest names an unsupported page size</source>
        <translation>onun manifestində dəstəklənməyən səhifə ölçüsü göstərilib</translation>
    </message>
    <message>
        <source>its manifest must list exactly {database} and {key_slots}</source>
        <translation>onun manifestində məhz {database} və {key_slots} sadalanmalıdır, başqa heç nə</translation>
    </message>
    <message>
        <source>its manifest entry for {name} is malformed</source>
        <translation>onun manifestində {name} üçün qeyd düzgün tərtib olunmayıb</translation>
    </message>
    <message>
        <source>the database in it cannot be read ({details})</source>
        <translation>içindəki verilənlər bazası oxuna bilmir ({details})</translation>
    </message>
    <message>
        <source>the database in it is not the size its manifest declares (truncated?)</source>
        <translation>içindəki verilənlər bazasının ölçüsü manifestdə göstəriləndən fərqlidir (sonu kəsilib?)</translation>
    </message>
    <message>
        <source>its {name} is far larger than any real one</source>
        <translation>onun {name} faylı istənilən real fayldan xeyli böyükdür</translation>
    </message>
    <message>
        <source>its {name} cannot be read ({details})</source>
        <translation>onun {name} faylı oxuna bilmir ({details})</translation>
    </message>
    <message>
        <source>it is larger than any backup Threatlog writes</source>
        <translation>o, Threatlog-un yazdığı istənilən ehtiyat nüsxədən böyükdür</translation>
    </message>
    <message>
        <source>it must hold exactly {folder}/ with {names}</source>
        <translation>onun içində məhz {folder}/ qovluğu və orada {names} olmalıdır</translation>
    </message>
    <message>
        <source>its {name} is compressed, which Threatlog never does</source>
        <translation>onun {name} faylı sıxılıb, Threatlog isə bunu heç vaxt etmir</translation>
    </message>
    <message>
        <source>its files are not the sizes its manifest declares</source>
        <translation>onun fayllarının ölçüləri manifestdə göstərilənlərə uyğun deyil</translation>
    </message>
    <message>
        <source>the database in it is not a whole number of encrypted pages</source>
        <translation>içindəki verilənlər bazası tam sayda şifrələnmiş səhifədən ibarət deyil</translation>
    </message>
    <message>
        <source>its key slots are refused ({reason})</source>
        <translation>onun açar yuvaları rədd edildi ({reason})</translation>
    </message>
    <message>
        <source>its key slots belong to another vault than its manifest names</source>
        <translation>onun açar yuvaları manifestdə göstərilən seyfə deyil, başqa seyfə aiddir</translation>
    </message>
    <message>
        <source>Incident {id} is deleted; deleted incidents are never exported.</source>
        <translation>Hadisə {id} silinib; silinmiş hadisələr heç vaxt ixrac olunmur.</translation>
    </message>
    <message>
        <source>The stored bytes of {name} no longer match their hash: the vault is damaged.</source>
        <translation>{name} faylının saxlanılan baytları artıq öz heşinə uyğun gəlmir: seyf zədələnib.</translation>
    </message>
    <message>
        <source>The vault&apos;s custody log is broken at entry {seq} ({problem}); a bundle made from it would not verify, so none was written.</source>
        <translation>Seyfin saxlama zənciri jurnalı {seq} nömrəli qeyddə qırılıb ({problem}); ondan hazırlanan paket yoxlamadan keçməzdi, ona görə paket yazılmadı.</translation>
    </message>
    <message>
        <source>No incident matches the selection; nothing was exported.</source>
        <translation>Seçimə uyğun hadisə yoxdur; heç nə ixrac edilmədi.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is in the way: most likely an export that was cut off (a crash or power loss), which may hold evidence unencrypted. Delete it, then export again.</source>
        <translation>&apos;{path}&apos; mane olur: çox güman ki, bu, yarımçıq kəsilmiş ixracdır (proqramın çökməsi və ya elektrik kəsilməsi) və orada sübutlar şifrələnməmiş halda ola bilər. Onu silin, sonra yenidən ixrac edin.</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: {reason}.</source>
        <translation>&apos;{path}&apos; yazıla bilmir: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; appeared while exporting; choose a new file name.</source>
        <translation>İxrac zamanı &apos;{path}&apos; yarandı; yeni fayl adı seçin.</translation>
    </message>
    <message>
        <source>A campaign needs at least 2 accounts (--min-accounts).</source>
        <translation>Kampaniya üçün ən azı 2 hesab lazımdır (--min-accounts).</translation>
    </message>
    <message>
        <source>The time window goes from a few minutes to {limit} hours (a year).</source>
        <translation>Zaman pəncərəsi bir neçə dəqiqədən {limit} saata (bir il) qədər ola bilər.</translation>
    </message>
    <message>
        <source>Similarity thresholds go from 0 (excluded) to 1, the central one no higher.</source>
        <translation>Oxşarlıq hədləri 0 (daxil deyil) ilə 1 arasında olur; mərkəzi hədd digərindən yüksək ola bilməz.</translation>
    </message>
    <message>
        <source>The image distance goes from 0 to {limit} bits.</source>
        <translation>Şəkil məsafəsi 0 ilə {limit} bit arasında olur.</translation>
    </message>
    <message>
        <source>Campaign detection</source>
        <translation>Kampaniyaların aşkarlanması</translation>
    </message>
    <message>
        <source>No open suggestion #{id}; list them with &apos;threatlog campaigns&apos;.</source>
        <translation>#{id} nömrəli açıq təklif yoxdur; təklifləri &apos;threatlog campaigns&apos; komandası göstərir.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Kampaniyanın adı olmalıdır.</translation>
    </message>
    <message>
        <source>The campaign name is too long ({length} characters; at most {limit}).</source>
        <translation>Kampaniyanın adı çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>The description is too long (at most {limit} characters).</source>
        <translation>Təsvir çox uzundur (ən çox {limit} simvol).</translation>
    </message>
    <message>
        <source>A campaign needs at least one incident.</source>
        <translation>Kampaniyada ən azı bir hadisə olmalıdır.</translation>
    </message>
    <message>
        <source>No campaign #{id} in this vault.</source>
        <translation>Bu seyfdə #{id} kampaniyası yoxdur.</translation>
    </message>
    <message>
        <source>No live incident with id &apos;{id}&apos; (it may be deleted).</source>
        <translation>&apos;{id}&apos; identifikatorlu silinməmiş hadisə yoxdur (o, silinmiş ola bilər).</translation>
    </message>
    <message>
        <source>The integrity check</source>
        <translation>Bütövlüyün yoxlanması</translation>
    </message>
    <message>
        <source>The vault database {name} is missing.</source>
        <translation>Seyfin verilənlər bazası ({name}) yoxdur.</translation>
    </message>
    <message>
        <source>This copy of SQLite has no encryption (SQLCipher missing); refusing to open or write the vault.</source>
        <translation>SQLite-ın bu nüsxəsində şifrələmə yoxdur (SQLCipher çatışmır); seyfi açmaqdan və ya ona yazmaqdan imtina edilir.</translation>
    </message>
    <message>
        <source>The vault database cannot be decrypted although the key is right: the file is damaged. Restore it from a backup.</source>
        <translation>Açar düzgün olsa da, seyfin verilənlər bazası deşifrə edilə bilmir: fayl zədələnib. Onu ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
        <source>The vault database was written unencrypted; refusing to use it.</source>
        <translation>Seyfin verilənlər bazası şifrələnmədən yazılıb; ondan istifadə etməkdən imtina edilir.</translation>
    </message>
    <message>
        <source>The vault in {folder} is not the Threatlog demo; the demo never replaces a real vault. Choose another folder for the demo.</source>
        <translation>{folder} qovluğundakı seyf Threatlog demosu deyil; demo heç vaxt real seyfi əvəz etmir. Demo üçün başqa qovluq seçin.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Etiket boş ola bilməz.</translation>
    </message>
    <message>
        <source>The tag is too long ({length} characters; at most {limit}).</source>
        <translation>Etiket çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>An account handle cannot be empty.</source>
        <translation>Hesabın istifadəçi adı boş ola bilməz.</translation>
    </message>
    <message>
        <source>The account handle is too long ({length} characters; at most {limit}).</source>
        <translation>Hesabın istifadəçi adı çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>Too many entries in one list ({count}; at most {limit}).</source>
        <translation>Bir siyahıda elementlər həddən artıq çoxdur ({count}; ən çox {limit}).</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; takes yes or no, not &apos;{value}&apos;.</source>
        <translation>&apos;{key}&apos; üçün yes və ya no yazın, &apos;{value}&apos; yox.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; takes a whole number, not &apos;{value}&apos;.</source>
        <translation>&apos;{key}&apos; üçün tam ədəd yazın, &apos;{value}&apos; yox.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; cannot be negative.</source>
        <translation>&apos;{key}&apos; mənfi ola bilməz.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; takes one of: {choices} (not &apos;{value}&apos;).</source>
        <translation>&apos;{key}&apos; üçün bunlardan birini yazın: {choices} (&apos;{value}&apos; yox).</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; is too long ({length} characters; at most {limit}).</source>
        <translation>&apos;{field}&apos; sahəsi çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>An incident needs a title (a few words are enough).</source>
        <translation>Hadisənin başlığı olmalıdır (bir neçə söz kifayətdir).</translation>
    </message>
    <message>
        <source>Severity goes from 1 to 5, not {value}.</source>
        <translation>Ciddilik 1 ilə 5 arasında olur, {value} yox.</translation>
    </message>
    <message>
        <source>The URL is too long ({length} characters; at most {limit}).</source>
        <translation>URL çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}).</source>
        <translation>Başlıq çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>The original text is too long ({length} characters; at most {limit}).</source>
        <translation>Orijinal mətn çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>The translation is too long ({length} characters; at most {limit}).</source>
        <translation>Tərcümə çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>The location is too long ({length} characters; at most {limit}).</source>
        <translation>Yer çox uzundur ({length} simvol; ən çox {limit}).</translation>
    </message>
    <message>
        <source>The key-slot file {name} could not be erased ({reason}); the vault is NOT destroyed. Close every Threatlog window and try again.</source>
        <translation>Açar yuvası faylı ({name}) silinə bilmədi ({reason}); seyf məhv EDİLMƏYİB. Bütün Threatlog pəncərələrini bağlayın və yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery code. Nothing was changed.</source>
        <translation>Parol ifadəsi və ya bərpa kodu səhvdir. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>İxrac ləğv edildi; paket yazılmadı.</translation>
    </message>
    <message>
        <source>{what} was cancelled; nothing was changed.</source>
        <translation>{what} ləğv edildi; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>The operation</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>İdxal ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message>
        <source>Attaching was cancelled; nothing was stored.</source>
        <translation>Faylların əlavə edilməsi ləğv edildi; heç nə saxlanmadı.</translation>
    </message>
    <message>
        <source>No incident with id &apos;{id}&apos;.</source>
        <translation>&apos;{id}&apos; identifikatorlu hadisə yoxdur.</translation>
    </message>
    <message>
        <source>Incident {id} is deleted; evidence cannot be added to it.</source>
        <translation>Hadisə {id} silinib; ona sübut əlavə etmək olmaz.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;{path}&apos;: no such file.</source>
        <translation>&apos;{path}&apos; əlavə edilə bilmir: belə fayl yoxdur.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;{path}&apos;: it is a folder, not a file.</source>
        <translation>&apos;{path}&apos; əlavə edilə bilmir: bu, fayl deyil, qovluqdur.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;{path}&apos;: {reason}.</source>
        <translation>&apos;{path}&apos; əlavə edilə bilmir: {reason}.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;{path}&apos;: it is not a regular file.</source>
        <translation>&apos;{path}&apos; əlavə edilə bilmir: bu, adi fayl deyil.</translation>
    </message>
    <message>
        <source>No evidence with SHA-256 {sha256} in this vault.</source>
        <translation>Bu seyfdə SHA-256 heşi {sha256} olan sübut yoxdur.</translation>
    </message>
    <message>
        <source>The stored bytes of {sha256} no longer match their hash: the vault is damaged.</source>
        <translation>SHA-256 heşi {sha256} olan sübutun saxlanılan baytları artıq bu heşə uyğun gəlmir: seyf zədələnib.</translation>
    </message>
    <message>
        <source>The vault is damaged, so no bundle was written: {first} Run &apos;threatlog check&apos; for the full report, and restore from a backup.</source>
        <translation>Seyf zədələnib, ona görə paket yazılmadı: {first} Tam hesabat üçün &apos;threatlog check&apos; komandasını işə salın və ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is damaged, so no bundle was written: {first} (%n more problem(s)) Run &apos;threatlog check&apos; for the full report, and restore from a backup.</source>
        <translation>
            <numerusform>Seyf zədələnib, ona görə paket yazılmadı: {first} (daha %n problem) Tam hesabat üçün &apos;threatlog check&apos; komandasını işə salın və ehtiyat nüsxədən bərpa edin.</numerusform>
            <numerusform>Seyf zədələnib, ona görə paket yazılmadı: {first} (daha %n problem) Tam hesabat üçün &apos;threatlog check&apos; komandasını işə salın və ehtiyat nüsxədən bərpa edin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: {reason}.</source>
        <translation>&apos;{path}&apos; oxuna bilmir: {reason}.</translation>
    </message>
    <message>
        <source>{name} changed since the preview; preview the import again. Nothing was imported.</source>
        <translation>{name} ilkin baxışdan sonra dəyişib; idxala yenidən ilkin baxış keçirin. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MiB, the most Threatlog reads at once.</source>
        <translation>{name}: ölçüsü {limit} MiB-dan böyükdür, Threatlog isə bir dəfəyə ən çox bu qədər oxuyur.</translation>
    </message>
    <message>
        <source>The time {time} is out of range ({first}–{last}).</source>
        <translation>{time} vaxtı icazə verilən aralıqdan kənardadır ({first}–{last}).</translation>
    </message>
    <message>
        <source>Cannot tell the time zone of {time}; give one (e.g. +04:00).</source>
        <translation>{time} vaxtının saat qurşağını müəyyən etmək mümkün deyil; onu göstərin (məs. +04:00).</translation>
    </message>
    <message>
        <source>{source} names the file {path}, which contains a control character; an export only names files inside itself. Nothing was imported.</source>
        <translation>{source} içində {path} faylı göstərilib, lakin bu yolda idarəedici simvol var; ixrac yalnız öz içindəki faylları göstərir. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{source} names the file {path}, which is an absolute path; an export only names files inside itself. Nothing was imported.</source>
        <translation>{source} içində {path} faylı göstərilib, lakin bu, mütləq yoldur; ixrac yalnız öz içindəki faylları göstərir. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{source} names the file {path}, which contains a backslash; an export only names files inside itself. Nothing was imported.</source>
        <translation>{source} içində {path} faylı göstərilib, lakin bu yolda tərs çəp xətt var; ixrac yalnız öz içindəki faylları göstərir. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{source} names the file {path}, which climbs out of the export with &apos;..&apos;; an export only names files inside itself. Nothing was imported.</source>
        <translation>{source} içində {path} faylı göstərilib, lakin bu yol &apos;..&apos; vasitəsilə ixracdan kənara çıxır; ixrac yalnız öz içindəki faylları göstərir. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{source} names the file {path}, which is empty; an export only names files inside itself. Nothing was imported.</source>
        <translation>{source} içində {path} faylı göstərilib, lakin bu ad boşdur; ixrac yalnız öz içindəki faylları göstərir. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{path} in the folder is a symbolic link; Threatlog does not follow links in what it imports. Replace the link by the file itself, or remove it.</source>
        <translation>Qovluqdakı {path} simvolik keçiddir; Threatlog idxal etdiyi məlumatlarda keçidlərin ardınca getmir. Keçidi faylın özü ilə əvəz edin və ya onu silin.</translation>
    </message>
    <message>
        <source>{path} in the folder is not a regular file (a device, FIFO or socket); remove it and import again.</source>
        <translation>Qovluqdakı {path} adi fayl deyil (qurğu, FIFO və ya soket); onu silin və yenidən idxal edin.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} oxuna bilmir: {reason}.</translation>
    </message>
    <message>
        <source>{path} is no longer in the export; preview the import again.</source>
        <translation>{path} artıq ixracda yoxdur; idxala yenidən ilkin baxış keçirin.</translation>
    </message>
    <message>
        <source>{path} changed while it was being imported; import again.</source>
        <translation>{path} idxal edilərkən dəyişdi; yenidən idxal edin.</translation>
    </message>
    <message>
        <source>The zip member {name} cannot be read ({reason}); the archive is damaged. Nothing was imported.</source>
        <translation>Zip arxivindəki {name} elementi oxuna bilmir ({reason}); arxiv zədələnib. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{path} is no longer in {source}; preview the import again.</source>
        <translation>{path} artıq {source} içində yoxdur; idxala yenidən ilkin baxış keçirin.</translation>
    </message>
    <message>
        <source>{name} is not a zip file, or it is truncated. Nothing was imported.</source>
        <translation>{name} zip faylı deyil və ya onun sonu kəsilib. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Threatlog imports a Telegram export (result.json), a WhatsApp export (.zip or _chat.txt), e-mails (.eml, .mbox) and folders of files; to add one file, use &apos;threatlog add --attach&apos;.</source>
        <translation>Threatlog Telegram ixracını (result.json), WhatsApp ixracını (.zip və ya _chat.txt), e-poçtları (.eml, .mbox) və fayl qovluqlarını idxal edir; bir fayl əlavə etmək üçün &apos;threatlog add --attach&apos; komandasından istifadə edin.</translation>
    </message>
    <message>
        <source>This is Telegram&apos;s HTML export, which cannot be read reliably. Export the chat again from Telegram Desktop choosing &apos;Machine-readable JSON&apos;.</source>
        <translation>Bu, Telegram-ın HTML ixracıdır və onu etibarlı şəkildə oxumaq mümkün deyil. Söhbəti Telegram Desktop-dan &apos;Machine-readable JSON&apos; seçərək yenidən ixrac edin.</translation>
    </message>
    <message>
        <source>There is no file or folder {path}.</source>
        <translation>{path} adlı fayl və ya qovluq yoxdur.</translation>
    </message>
    <message>
        <source>{name} is not an export Threatlog knows.</source>
        <translation>{name} Threatlog-un tanıdığı ixrac deyil.</translation>
    </message>
    <message>
        <source>Cannot read the folder {path}: {reason}.</source>
        <translation>{path} qovluğu oxuna bilmir: {reason}.</translation>
    </message>
    <message>
        <source>{name} holds no files to import.</source>
        <translation>{name} içində idxal ediləcək fayl yoxdur.</translation>
    </message>
    <message>
        <source>{name} holds {count} files; Threatlog imports at most {limit} at once.</source>
        <translation>{name} içində {count} fayl var; Threatlog bir dəfəyə ən çox {limit} fayl idxal edir.</translation>
    </message>
    <message>
        <source>Save the e-mail without its largest attachments, or attach them separately.</source>
        <translation>E-poçtu ən böyük qoşmaları olmadan saxlayın və ya onları ayrıca əlavə edin.</translation>
    </message>
    <message>
        <source>{name} holds no .eml files.</source>
        <translation>{name} içində .eml faylı yoxdur.</translation>
    </message>
    <message>
        <source>{name} holds {count} messages; Threatlog imports at most {limit} at once.</source>
        <translation>{name} içində {count} mesaj var; Threatlog bir dəfəyə ən çox {limit} mesaj idxal edir.</translation>
    </message>
    <message>
        <source>{name} message {number}</source>
        <translation>{name}, mesaj {number}</translation>
    </message>
    <message>
        <source>{name} holds no messages.</source>
        <translation>{name} içində mesaj yoxdur.</translation>
    </message>
    <message>
        <source>{where} is not an e-mail: it has no From, Date, Subject or Message-ID header. Nothing was imported.</source>
        <translation>{where} e-poçt deyil: onda From, Date, Subject və ya Message-ID başlığı yoxdur. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{name} does not begin with a &apos;From &apos; line; it is not an mbox mailbox.</source>
        <translation>{name} &apos;From &apos; sətri ilə başlamır; bu, mbox poçt qutusu deyil.</translation>
    </message>
    <message>
        <source>Grouping takes 0 to {limit} minutes, not {minutes}.</source>
        <translation>Qruplaşdırma 0 ilə {limit} dəqiqə arasında olur, {minutes} yox.</translation>
    </message>
    <message>
        <source>Cannot import “{title}”: {reason}</source>
        <translation>“{title}” idxal edilə bilmir: {reason}</translation>
    </message>
    <message>
        <source>Export the chat again from Telegram Desktop (Export chat history, format: Machine-readable JSON).</source>
        <translation>Söhbəti Telegram Desktop-dan yenidən ixrac edin (Export chat history, format: Machine-readable JSON).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>Export fewer chats, or a shorter period, at a time.</source>
        <translation>Bir dəfəyə daha az söhbət və ya daha qısa dövr ixrac edin.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, as Telegram writes it.</source>
        <translation>{name} Telegram-ın yazdığı kimi UTF-8 mətni deyil.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}, column {column}: {reason}); it may be truncated.</source>
        <translation>{name} düzgün JSON deyil (sətir {line}, sütun {column}: {reason}); sonu kəsilmiş ola bilər.</translation>
    </message>
    <message>
        <source>{name} holds JSON nested or sized beyond reason; it is not a Telegram export. Nothing was imported.</source>
        <translation>{name} ağlasığmaz dərəcədə iç-içə və ya böyük JSON ehtiva edir; bu, Telegram ixracı deyil. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{name} is not a Telegram export: it lists neither messages nor chats.</source>
        <translation>{name} Telegram ixracı deyil: orada nə mesajlar, nə də söhbətlər sadalanıb.</translation>
    </message>
    <message>
        <source>{name} has a chat without a list of messages; it is damaged.</source>
        <translation>{name} içində mesaj siyahısı olmayan söhbət var; fayl zədələnib.</translation>
    </message>
    <message>
        <source>{name} has a list of chats that is not a list; it is damaged.</source>
        <translation>{name} içindəki söhbətlər siyahısı əslində siyahı deyil; fayl zədələnib.</translation>
    </message>
    <message>
        <source>{where} has a &apos;{key}&apos; of the wrong kind; the export is damaged. Nothing was imported.</source>
        <translation>{where} daxilində &apos;{key}&apos; sahəsi yanlış növdədir; ixrac zədələnib. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{file}, chat “{chat}” has a message without an id; the export is damaged. Nothing was imported.</source>
        <translation>{file}, “{chat}” söhbətində identifikatoru olmayan mesaj var; ixrac zədələnib. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{file}, chat “{chat}”, message {id}</source>
        <translation>{file}, “{chat}” söhbəti, mesaj {id}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{where} has text in a form Telegram does not write; the export is damaged. Nothing was imported.</source>
        <translation>{where} daxilində Telegram-ın yazmadığı formada mətn var; ixrac zədələnib. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{where} has a date_unixtime that is not a number; the export is damaged. Nothing was imported.</source>
        <translation>{where} daxilində date_unixtime rəqəm deyil; ixrac zədələnib. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{where} has a date_unixtime out of range; the export is damaged. Nothing was imported.</source>
        <translation>{where} daxilində date_unixtime icazə verilən aralıqdan kənardadır; ixrac zədələnib. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{where} has a date Telegram does not write ({date}); the export is damaged. Nothing was imported.</source>
        <translation>{where} daxilində Telegram-ın yazmadığı formatda tarix var ({date}); ixrac zədələnib. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>Export a shorter part of the chat.</source>
        <translation>Söhbətin daha qısa hissəsini ixrac edin.</translation>
    </message>
    <message>
        <source>The export holds several chat texts ({names}); import each chat on its own. Nothing was imported.</source>
        <translation>İxracda bir neçə söhbət mətni var ({names}); hər söhbəti ayrıca idxal edin. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{name} holds no chat text (_chat.txt or a .txt file); it is not a WhatsApp export.</source>
        <translation>{name} içində söhbət mətni yoxdur (_chat.txt və ya .txt faylı); bu, WhatsApp ixracı deyil.</translation>
    </message>
    <message>
        <source>{name} does not begin like a WhatsApp chat (a date, a time and a name); it is not a chat export, or it was edited. Nothing was imported.</source>
        <translation>{name} WhatsApp söhbəti kimi başlamır (tarix, vaxt və ad); bu, söhbət ixracı deyil və ya redaktə edilib. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{name}, line {line}: {reason}</source>
        <translation>{name}, sətir {line}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not {encoding} text (the byte at position {position} cannot be read). WhatsApp writes UTF-8; if the file was opened and saved again in another program, export the chat again.</source>
        <translation>{name} {encoding} mətni deyil ({position} mövqeyindəki bayt oxuna bilmir). WhatsApp UTF-8 yazır; fayl başqa proqramda açılıb yenidən saxlanılıbsa, söhbəti yenidən ixrac edin.</translation>
    </message>
    <message>
        <source>{name} holds NUL characters; it is not a WhatsApp chat. Nothing was imported.</source>
        <translation>{name} NUL simvolları ehtiva edir; bu, WhatsApp söhbəti deyil. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{name} has dates that are day-first ({day_first}) and others that are month-first ({month_first}); it is not one export. Nothing was imported.</source>
        <translation>{name} içində bəzi tarixlər əvvəl gün ({day_first}), digərləri isə əvvəl ay ({month_first}) formatındadır; bu, vahid ixrac deyil. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>{name}, line {line}: the time {time} does not exist; the file is damaged or was edited. Nothing was imported.</source>
        <translation>{name}, sətir {line}: {time} vaxtı mövcud deyil; fayl zədələnib və ya redaktə edilib. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>Incident {id} was purged; nothing of it is left to change.</source>
        <translation>Hadisə {id} təmizlənib; ondan dəyişdiriləcək heç nə qalmayıb.</translation>
    </message>
    <message>
        <source>Incident {id} is deleted; it can be read but not changed.</source>
        <translation>Hadisə {id} silinib; onu oxumaq olar, amma dəyişdirmək olmaz.</translation>
    </message>
    <message>
        <source>Say why the incident is deleted (--reason); the reason stays in its history.</source>
        <translation>Hadisənin niyə silindiyini göstərin (--reason); səbəb onun tarixçəsində qalır.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {limit} characters).</source>
        <translation>Səbəb çox uzundur (ən çox {limit} simvol).</translation>
    </message>
    <message>
        <source>Incident {id} was already purged.</source>
        <translation>Hadisə {id} artıq təmizlənib.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; matches several incidents; type more of the id.</source>
        <translation>&apos;{id}&apos; bir neçə hadisəyə uyğun gəlir; identifikatorun daha çox hissəsini yazın.</translation>
    </message>
    <message>
        <source>it belongs to another vault</source>
        <translation>o, başqa seyfə aiddir</translation>
    </message>
    <message>
        <source>Refusing key derivation with {memory} MiB of memory: allowed is {minimum}–{maximum} MiB.</source>
        <translation>{memory} MiB yaddaşla açarın törədilməsindən imtina edilir: icazə verilən həddlər {minimum}–{maximum} MiB.</translation>
    </message>
    <message>
        <source>Refusing key derivation with {iterations} iterations: allowed is {minimum}–{maximum}.</source>
        <translation>{iterations} iterasiya ilə açarın törədilməsindən imtina edilir: icazə verilən həddlər {minimum}–{maximum}.</translation>
    </message>
    <message>
        <source>Refusing key derivation with {lanes} lanes: allowed is 1–{maximum}.</source>
        <translation>{lanes} paralel zolaqla açarın törədilməsindən imtina edilir: icazə verilən həddlər 1–{maximum}.</translation>
    </message>
    <message>
        <source>The vault has no passphrase key slot.</source>
        <translation>Seyfdə parol ifadəsi üçün açar yuvası yoxdur.</translation>
    </message>
    <message>
        <source>The vault has no recovery key slot.</source>
        <translation>Seyfdə bərpa kodu üçün açar yuvası yoxdur.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed. If you are sure it is right, the key-slot file may be damaged: unlock with your recovery code instead, or restore your latest backup.</source>
        <translation>Parol ifadəsi səhvdir. Heç nə dəyişdirilmədi. Onun düzgün olduğuna əminsinizsə, açar yuvası faylı zədələnmiş ola bilər: bunun əvəzinə bərpa kodunuzla kilidi açın və ya ən son ehtiyat nüsxənizi bərpa edin.</translation>
    </message>
    <message>
        <source>Wrong recovery code. Nothing was changed. If you are sure it is right, the key-slot file may be damaged: unlock with your passphrase instead, or restore your latest backup.</source>
        <translation>Bərpa kodu səhvdir. Heç nə dəyişdirilmədi. Onun düzgün olduğuna əminsinizsə, açar yuvası faylı zədələnmiş ola bilər: bunun əvəzinə parol ifadənizlə kilidi açın və ya ən son ehtiyat nüsxənizi bərpa edin.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: &apos;{field}&apos; is missing.</source>
        <translation>Açar yuvası faylı zədələnib: &apos;{field}&apos; yoxdur.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: &apos;{field}&apos; is not base64.</source>
        <translation>Açar yuvası faylı zədələnib: &apos;{field}&apos; base64 deyil.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: &apos;{field}&apos; has the wrong length.</source>
        <translation>Açar yuvası faylı zədələnib: &apos;{field}&apos; uzunluğu yanlışdır.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: &apos;{field}&apos; must be a whole number.</source>
        <translation>Açar yuvası faylı zədələnib: &apos;{field}&apos; tam ədəd olmalıdır.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: a slot is not an object.</source>
        <translation>Açar yuvası faylı zədələnib: yuvalardan biri obyekt deyil.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: unknown slot kind.</source>
        <translation>Açar yuvası faylı zədələnib: naməlum yuva növü.</translation>
    </message>
    <message>
        <source>The key-slot file names a key derivation other than Argon2id; refusing it.</source>
        <translation>Açar yuvası faylında Argon2id-dən fərqli açar törətmə üsulu göstərilib; ondan imtina edilir.</translation>
    </message>
    <message>
        <source>The key-slot file is far larger than any real one; refusing to read it.</source>
        <translation>Açar yuvası faylı istənilən real fayldan xeyli böyükdür; onu oxumaqdan imtina edilir.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: it is not valid JSON.</source>
        <translation>Açar yuvası faylı zədələnib: o, düzgün JSON deyil.</translation>
    </message>
    <message>
        <source>This is not a Threatlog key-slot file.</source>
        <translation>Bu, Threatlog açar yuvası faylı deyil.</translation>
    </message>
    <message>
        <source>The key-slot file was written by another version of Threatlog.</source>
        <translation>Açar yuvası faylı Threatlog-un başqa versiyası ilə yazılıb.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: &apos;vault_id&apos; is missing.</source>
        <translation>Açar yuvası faylı zədələnib: &apos;vault_id&apos; yoxdur.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: unsupported database page size.</source>
        <translation>Açar yuvası faylı zədələnib: verilənlər bazasının səhifə ölçüsü dəstəklənmir.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: it has no usable key slots.</source>
        <translation>Açar yuvası faylı zədələnib: onda yararlı açar yuvası yoxdur.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged: a key slot appears twice.</source>
        <translation>Açar yuvası faylı zədələnib: açar yuvalarından biri iki dəfə var.</translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file {name} is missing.</source>
        <translation>Seyfin açar yuvası faylı ({name}) yoxdur.</translation>
    </message>
    <message>
        <source>like 2026-10-05, 2026-10-05 14:30, 2026-10 or 2026</source>
        <translation>2026-10-05, 2026-10-05 14:30, 2026-10 və ya 2026 kimi</translation>
    </message>
    <message>
        <source>Cannot read the range {text}: a range has one start and one end, separated by &apos;/&apos; or &apos;..&apos;.</source>
        <translation>{text} aralığını oxumaq mümkün deyil: aralığın bir başlanğıcı və bir sonu olur, onlar &apos;/&apos; və ya &apos;..&apos; ilə ayrılır.</translation>
    </message>
    <message>
        <source>Cannot use the range {text} here: give one date, month, year or time.</source>
        <translation>{text} aralığından burada istifadə etmək olmaz: bir tarix, ay, il və ya vaxt göstərin.</translation>
    </message>
    <message>
        <source>The date {text}… is too long: {length} characters, at most {limit}.</source>
        <translation>{text}… tarixi çox uzundur: {length} simvol, ən çox {limit}.</translation>
    </message>
    <message>
        <source>No date given: write one {examples}, or a range like 2026-10-01/2026-10-10.</source>
        <translation>Tarix göstərilməyib: onu {examples} yazın və ya 2026-10-01/2026-10-10 kimi aralıq göstərin.</translation>
    </message>
    <message>
        <source>Cannot read the range {text}: the start is missing.</source>
        <translation>{text} aralığını oxumaq mümkün deyil: başlanğıcı göstərilməyib.</translation>
    </message>
    <message>
        <source>Cannot read the range {text}: the end is missing.</source>
        <translation>{text} aralığını oxumaq mümkün deyil: sonu göstərilməyib.</translation>
    </message>
    <message>
        <source>Cannot read the range {text}: it ends ({end}) before it starts ({start}).</source>
        <translation>{text} aralığını oxumaq mümkün deyil: onun sonu ({end}) başlanğıcından ({start}) əvvəldir.</translation>
    </message>
    <message>
        <source>Cannot read the date {text}: write it {examples}.</source>
        <translation>{text} tarixini oxumaq mümkün deyil: onu {examples} yazın.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>il</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>dəqiqə</translation>
    </message>
    <message>
        <source>second</source>
        <translation>saniyə</translation>
    </message>
    <message>
        <source>Cannot read the date {text}: {name} must be {low}–{high} for {month}.</source>
        <translation>{text} tarixini oxumaq mümkün deyil: {month} üçün {name} {low}–{high} arasında olmalıdır.</translation>
    </message>
    <message>
        <source>Cannot read the date {text}: {name} must be {low}–{high}.</source>
        <translation>{text} tarixini oxumaq mümkün deyil: {name} {low}–{high} arasında olmalıdır.</translation>
    </message>
    <message>
        <source>Cannot read the date {text}: time-zone offset must be -14:00 to +14:00.</source>
        <translation>{text} tarixini oxumaq mümkün deyil: saat qurşağı fərqi -14:00 ilə +14:00 arasında olmalıdır.</translation>
    </message>
    <message>
        <source>time-zone offset minute</source>
        <translation>saat qurşağı fərqinin dəqiqəsi</translation>
    </message>
    <message>
        <source>time-zone offset second</source>
        <translation>saat qurşağı fərqinin saniyəsi</translation>
    </message>
    <message>
        <source>Cannot tell the time zone for {text}: add an offset after the time, e.g. +04:00.</source>
        <translation>{text} üçün saat qurşağını müəyyən etmək mümkün deyil: vaxtdan sonra UTC-yə görə fərqi əlavə edin, məs. +04:00.</translation>
    </message>
    <message>
        <source>The archive was refused: {reason}. Nothing was extracted.</source>
        <translation>Arxiv rədd edildi: {reason}. Heç nə çıxarılmadı.</translation>
    </message>
    <message>
        <source>This is not a zip file (or it is truncated); it cannot be a Threatlog bundle.</source>
        <translation>Bu, zip faylı deyil (və ya sonu kəsilib); o, Threatlog paketi ola bilməz.</translation>
    </message>
    <message>
        <source>its zip64 end record is damaged</source>
        <translation>arxivin zip64 sonluq qeydi zədələnib</translation>
    </message>
    <message>
        <source>it declares {count} members (at most {limit})</source>
        <translation>arxivdə {count} element olduğu bildirilir (ən çoxu {limit} ola bilər)</translation>
    </message>
    <message>
        <source>its table of contents is larger than any bundle&apos;s</source>
        <translation>arxivin mündəricat cədvəli istənilən paketinkindən böyükdür</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>idarəetmə simvolu</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>tərs kəsik xətt (\)</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>mütləq yol</translation>
    </message>
    <message>
        <source>a colon (a drive letter or an alternate data stream on Windows)</source>
        <translation>iki nöqtə (Windows-da disk hərfi və ya alternativ məlumat axını)</translation>
    </message>
    <message>
        <source>an empty, &apos;.&apos; or &apos;..&apos; path component</source>
        <translation>yolun boş, &apos;.&apos; və ya &apos;..&apos; hissəsi</translation>
    </message>
    <message>
        <source>the member name {name} contains {problem}</source>
        <translation>{name} elementinin adında {problem} var</translation>
    </message>
    <message>
        <source>{name} is a symbolic link or a special file</source>
        <translation>{name} simvolik keçid və ya xüsusi fayldır</translation>
    </message>
    <message>
        <source>{name} is encrypted</source>
        <translation>{name} şifrələnib</translation>
    </message>
    <message>
        <source>{name} uses a compression method bundles never use</source>
        <translation>{name} paketlərdə heç vaxt istifadə olunmayan sıxılma üsulundan istifadə edir</translation>
    </message>
    <message>
        <source>{name} declares two different sizes</source>
        <translation>{name} üçün iki fərqli ölçü göstərilib</translation>
    </message>
    <message>
        <source>{name} expands more than {ratio}:1 (a zip bomb)</source>
        <translation>{name} açıldıqda həcmi {ratio}:1 nisbətindən çox artır (zip bombası)</translation>
    </message>
    <message>
        <source>the folder entry {name} has content</source>
        <translation>{name} qovluq elementidir, amma məzmunu var</translation>
    </message>
    <message>
        <source>it must hold exactly one top-level folder</source>
        <translation>arxivdə düz bir yuxarı səviyyəli qovluq olmalıdır</translation>
    </message>
    <message>
        <source>{name} lies outside the bundle&apos;s folder</source>
        <translation>{name} paketin qovluğundan kənardadır</translation>
    </message>
    <message>
        <source>two members would extract to the same file ({name})</source>
        <translation>iki element eyni fayla çıxarılardı ({name})</translation>
    </message>
    <message>
        <source>a file and a folder have the same name ({name})</source>
        <translation>bir fayl və bir qovluq eyni adı daşıyır ({name})</translation>
    </message>
    <message>
        <source>its members declare more than {gib} GiB in total</source>
        <translation>arxivin elementləri üçün göstərilən ümumi ölçü {gib} GiB həddini aşır</translation>
    </message>
    <message>
        <source>a member is placed before the start of the archive (bytes are missing from it)</source>
        <translation>element arxivin başlanğıcından əvvəl yerləşdirilib (arxivdən baytlar çatışmır)</translation>
    </message>
    <message>
        <source>{name} declares more bytes than the archive holds for it</source>
        <translation>{name} üçün arxivin ona ayırdığından çox bayt göstərilib</translation>
    </message>
    <message>
        <source>its local header is missing</source>
        <translation>faylın lokal başlığı yoxdur</translation>
    </message>
    <message>
        <source>its local header does not match the table of contents</source>
        <translation>faylın lokal başlığı mündəricat cədvəli ilə uyğun gəlmir</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>fayl şifrələnib</translation>
    </message>
    <message>
        <source>the archive ends inside it</source>
        <translation>arxiv bu faylın ortasında bitir</translation>
    </message>
    <message>
        <source>This zip file is damaged; it cannot be read as a Threatlog bundle.</source>
        <translation>Bu zip faylı zədələnib; onu Threatlog paketi kimi oxumaq mümkün deyil.</translation>
    </message>
    <message>
        <source>it holds more than {limit} members</source>
        <translation>arxivdəki elementlərin sayı {limit} həddini aşır</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>arxiv boşdur</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Threatlog; update the app to open it.</source>
        <translation>Bu seyf Threatlog-un daha yeni versiyası ilə yaradılıb; onu açmaq üçün proqramı yeniləyin.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a day (YYYY-MM-DD).</source>
        <translation>&apos;{day}&apos; düzgün gün tarixi deyil (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The vault&apos;s signing key is missing or damaged; bundles cannot be signed.</source>
        <translation>Seyfin imza açarı yoxdur və ya zədələnib; paketləri imzalamaq mümkün deyil.</translation>
    </message>
    <message>
        <source>The public key is malformed ({problem}).</source>
        <translation>Açıq açar düzgün formatda deyil ({problem}).</translation>
    </message>
    <message>
        <source>The SSH signature is malformed ({problem}).</source>
        <translation>SSH imzası düzgün formatda deyil ({problem}).</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>vaxtından əvvəl bitir</translation>
    </message>
    <message>
        <source>a name is not ASCII</source>
        <translation>adlardan biri ASCII deyil</translation>
    </message>
    <message>
        <source>extra bytes at the end</source>
        <translation>sonda artıq baytlar var</translation>
    </message>
    <message>
        <source>The key is of type &apos;{type}&apos;; only {supported} keys are supported.</source>
        <translation>Açar &apos;{type}&apos; növündədir; yalnız {supported} açarları dəstəklənir.</translation>
    </message>
    <message>
        <source>an Ed25519 key has 32 bytes</source>
        <translation>Ed25519 açarı 32 baytdan ibarət olmalıdır</translation>
    </message>
    <message>
        <source>The signature file is far too large to be an SSH signature.</source>
        <translation>İmza faylı SSH imzası olmaq üçün həddən artıq böyükdür.</translation>
    </message>
    <message>
        <source>The signature file is not an SSH signature (it is not ASCII text).</source>
        <translation>İmza faylı SSH imzası deyil (ASCII mətni deyil).</translation>
    </message>
    <message>
        <source>The signature file is not an SSH signature (no &apos;{armor}&apos; block).</source>
        <translation>İmza faylı SSH imzası deyil (&apos;{armor}&apos; bloku yoxdur).</translation>
    </message>
    <message>
        <source>The SSH signature is damaged (its base64 text does not decode).</source>
        <translation>SSH imzası zədələnib (onun base64 mətnini dekod etmək mümkün deyil).</translation>
    </message>
    <message>
        <source>it does not start with &apos;{magic}&apos;</source>
        <translation>&apos;{magic}&apos; ilə başlamır</translation>
    </message>
    <message>
        <source>The SSH signature has version {version}; only version {supported} exists.</source>
        <translation>SSH imzasının versiyası: {version}; yalnız {supported} versiyası mövcuddur.</translation>
    </message>
    <message>
        <source>its namespace is not text</source>
        <translation>ad sahəsi (namespace) mətn deyil</translation>
    </message>
    <message>
        <source>The SSH signature uses hash &apos;{hash}&apos;; only sha256 and sha512 exist.</source>
        <translation>SSH imzası &apos;{hash}&apos; heş alqoritmindən istifadə edir; yalnız sha256 və sha512 mövcuddur.</translation>
    </message>
    <message>
        <source>The SSH signature is of type &apos;{type}&apos;, not {supported}.</source>
        <translation>SSH imzası {supported} deyil, &apos;{type}&apos; növündədir.</translation>
    </message>
    <message>
        <source>an Ed25519 signature has 64 bytes</source>
        <translation>Ed25519 imzası 64 baytdan ibarət olmalıdır</translation>
    </message>
    <message>
        <source>The signature was made for &apos;{made_for}&apos;, not for &apos;{namespace}&apos;.</source>
        <translation>İmza &apos;{namespace}&apos; üçün deyil, &apos;{made_for}&apos; üçün yaradılıb.</translation>
    </message>
    <message>
        <source>The signature does not match the signed file: one of them was changed.</source>
        <translation>İmza imzalanmış faylla uyğun gəlmir: onlardan biri dəyişdirilib.</translation>
    </message>
    <message>
        <source>Statistics go by week or month, not &apos;{value}&apos;.</source>
        <translation>Statistika yalnız həftə (week) və ya ay (month) üzrə hesablanır, &apos;{value}&apos; üzrə yox.</translation>
    </message>
    <message>
        <source>Incidents of type &apos;{type}&apos; have no fields of their own (not &apos;{key}&apos;).</source>
        <translation>&apos;{type}&apos; növlü hadisələrin öz sahələri yoxdur, ona görə &apos;{key}&apos; sahəsi də yoxdur.</translation>
    </message>
    <message>
        <source>Incidents of type &apos;{type}&apos; have no field &apos;{key}&apos; (fields: {known}).</source>
        <translation>&apos;{type}&apos; növlü hadisələrdə &apos;{key}&apos; sahəsi yoxdur (sahələr: {known}).</translation>
    </message>
    <message>
        <source>Unknown incident type &apos;{type}&apos;. Known types: {known}.</source>
        <translation>Naməlum hadisə növü: &apos;{type}&apos;. Məlum növlər: {known}.</translation>
    </message>
    <message>
        <source>Unknown platform &apos;{platform}&apos;. Known platforms: {known}.</source>
        <translation>Naməlum platforma: &apos;{platform}&apos;. Məlum platformalar: {known}.</translation>
    </message>
    <message>
        <source>Unknown target &apos;{target}&apos;. Use one of: {known}.</source>
        <translation>Naməlum hədəf: &apos;{target}&apos;. Bunlardan birini istifadə edin: {known}.</translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation>Miniatürlərin yaradılması</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>Parol ifadəsi ən azı {count} simvoldan ibarət olmalıdır.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}.</source>
        <translation>Bu qovluqda artıq seyf var: {folder}.</translation>
    </message>
    <message>
        <source>No vault in {folder}. Create one with &apos;threatlog init&apos;.</source>
        <translation>Bu qovluqda seyf yoxdur: {folder}. Onu &apos;threatlog init&apos; ilə yaradın.</translation>
    </message>
    <message>
        <source>Nothing was changed. The vault can be opened read-only to see and export what is intact; run &apos;threatlog check&apos; for a full report, and restore your latest backup into a new folder (&apos;threatlog --vault NEW_FOLDER restore BACKUP_FILE&apos;).</source>
        <translation>Heç nə dəyişdirilmədi. Zədəsiz olanlara baxmaq və onları ixrac etmək üçün seyfi yalnız oxumaq rejimində açmaq olar; tam hesabat üçün &apos;threatlog check&apos; komandasını icra edin və ən son ehtiyat nüsxənizi yeni qovluğa bərpa edin (&apos;threatlog --vault NEW_FOLDER restore BACKUP_FILE&apos;).</translation>
    </message>
    <message>
        <source>This vault must be opened normally once (to update it) before it can be opened read-only.</source>
        <translation>Yalnız oxumaq rejimində açılmazdan əvvəl bu seyf bir dəfə adi qaydada açılmalıdır (onu yeniləmək üçün).</translation>
    </message>
    <message>
        <source>The vault database is damaged ({reason}): a page the vault needs to open cannot be read.</source>
        <translation>Seyfin verilənlər bazası zədələnib ({reason}): seyfin açılması üçün lazım olan səhifəni oxumaq mümkün deyil.</translation>
    </message>
    <message>
        <source>Run &apos;threatlog check&apos; for a report, and restore your latest backup into a new folder.</source>
        <translation>Hesabat üçün &apos;threatlog check&apos; komandasını icra edin və ən son ehtiyat nüsxənizi yeni qovluğa bərpa edin.</translation>
    </message>
    <message>
        <source>The key-slot file and the database belong to different vaults.</source>
        <translation>Açar yuvası faylı və verilənlər bazası fərqli seyflərə aiddir.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Seyf kilidlidir.</translation>
    </message>
    <message>
        <source>This vault is open read-only (it is damaged, or being checked); nothing can be changed in it.</source>
        <translation>Bu seyf yalnız oxumaq rejimində açılıb (zədələnib və ya yoxlanılır); orada heç nə dəyişdirilə bilməz.</translation>
    </message>
    <message>
        <source>This vault is open read-only; its passphrase cannot be changed now.</source>
        <translation>Bu seyf yalnız oxumaq rejimində açılıb; onun parol ifadəsini indi dəyişmək mümkün deyil.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was changed.</source>
        <translation>Gözlənilməz xəta ({kind}). Heç nə dəyişdirilmədi.</translation>
    </message>
</context>
<context>
    <name>EvidenceDamaged</name>
    <message>
        <source>Some evidence in this vault is damaged, so no bundle was written:</source>
        <translation>Bu seyfdəki bəzi sübutlar zədələnib, ona görə sübut paketi yazılmadı:</translation>
    </message>
    <message>
        <source>Incidents whose evidence is intact can still be exported: choose them alone. Vault ▸ Check integrity… shows everything that is damaged; to recover, restore your latest backup into a new folder from the start screen.</source>
        <translation>Sübutları zədəsiz olan hadisələri yenə də ixrac etmək olar: yalnız onları seçin. Seyf ▸ Bütövlüyü yoxla… zədələnən hər şeyi göstərir; bərpa etmək üçün başlanğıc ekranından ən son ehtiyat nüsxənizi yeni qovluğa bərpa edin.</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <source>No evidence yet. Paste a screenshot (Ctrl+Shift+V), drop files onto this window, or capture a region of the screen.</source>
        <translation>Hələ sübut yoxdur. Ekran görüntüsünü yapışdırın (Ctrl+Shift+V), faylları bu pəncərəyə sürükləyin və ya ekranın bir hissəsini çəkin.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>&amp;Fayl əlavə et…</translation>
    </message>
    <message>
        <source>Paste screens&amp;hot</source>
        <translation>Ekran görüntüsünü ya&amp;pışdır</translation>
    </message>
    <message>
        <source>Paste an image or files from the clipboard (Ctrl+Shift+V)</source>
        <translation>Mübadilə buferindən şəkil və ya faylları yapışdır (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Capture screen region…</source>
        <translation>Ekranın bir &amp;hissəsini çək…</translation>
    </message>
    <message>
        <source>Threatlog hides itself, then you select a part of the screen</source>
        <translation>Threatlog gizlənir, sonra siz ekranın bir hissəsini seçirsiniz</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Çı&amp;xar</translation>
    </message>
    <message>
        <source>Remove the selected items that are not saved yet (Delete)</source>
        <translation>Seçilmiş və hələ saxlanmamış elementləri çıxar (Delete)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Fayl əlavə et</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>Ekran görüntüsünü yapışdır</translation>
    </message>
    <message>
        <source>Capture screen region</source>
        <translation>Ekranın bir hissəsini çək</translation>
    </message>
    <message>
        <source>Remove selected evidence</source>
        <translation>Seçilmiş sübutu çıxar</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file. Copy a screenshot or a file first.</source>
        <translation>Mübadilə buferində şəkil və ya fayl yoxdur. Əvvəlcə ekran görüntüsünü və ya faylı kopyalayın.</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Sübut faylları əlavə et</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>hesablanır…</translation>
    </message>
    <message>
        <source>{0} (already stored)</source>
        <translation>{0} (artıq saxlanılıb)</translation>
    </message>
    <message>
        <source>“{0}” cannot be read and was not added: {1}</source>
        <translation>“{0}” oxuna bilmir və əlavə edilmədi: {1}</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence</source>
        <translation>Sübut</translation>
    </message>
    <message>
        <source>Evidence viewer</source>
        <translation>Sübutlara baxış</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Böyüt</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Kiçilt</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Pəncərəyə sığdır</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Həqiqi ölçü</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Göstər</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Miqyas</translation>
    </message>
    <message>
        <source>Opening the evidence…</source>
        <translation>Sübut açılır…</translation>
    </message>
    <message>
        <source>Evidence image</source>
        <translation>Sübut şəkli</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Sübut mətni</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Gizlədilib</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Faylın adı:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Növ:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Ölçü:</translation>
    </message>
    <message>
        <source>Threatlog does not open evidence in other programs, because that would write a plaintext copy to disk. If you need to open it elsewhere, save a copy — the copy will not be encrypted.</source>
        <translation>Threatlog sübutları başqa proqramlarda açmır, çünki bu, diskə şifrələnməmiş nüsxə yazardı. Onu başqa yerdə açmaq lazımdırsa, nüsxəsini saxlayın — nüsxə şifrələnməyəcək.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Nüsxəsini saxla…</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>Orijinalın SHA-256 heşi</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 heşini kopyala</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>This file is too large to show here.</source>
        <translation>Bu fayl burada göstərmək üçün çox böyükdür.</translation>
    </message>
    <message>
        <source>This image cannot be shown: the file is damaged or not in a format Threatlog can display.</source>
        <translation>Bu şəkil göstərilə bilmir: fayl zədələnib və ya Threatlog-un göstərə bildiyi formatda deyil.</translation>
    </message>
    <message>
        <source>Threatlog cannot show this kind of file.</source>
        <translation>Threatlog bu növ faylı göstərə bilmir.</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Yenidən gizlət</translation>
    </message>
    <message>
        <source>Copied; cleared from the clipboard in 30 seconds.</source>
        <translation>Kopyalandı; 30 saniyədən sonra mübadilə buferindən silinəcək.</translation>
    </message>
    <message>
        <source>The copy will not be encrypted. Anyone who can read that folder — or a seized or stolen laptop — can open it. Save an unencrypted copy of “{name}”?</source>
        <translation>Nüsxə şifrələnməyəcək. Həmin qovluğu oxuya bilən hər kəs — müsadirə edilmiş və ya oğurlanmış noutbuka sahib olan da — onu aça bilər. “{name}” faylının şifrələnməmiş nüsxəsi saxlanılsın?</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Şifrələnməmiş nüsxəni saxla</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy to {path}.</source>
        <translation>Şifrələnməmiş nüsxə saxlanıldı: {path}.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Nüsxə saxlanılır…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export an evidence bundle</source>
        <translation>Sübut paketini ixrac et</translation>
    </message>
    <message>
        <source>Which incidents</source>
        <translation>Hansı hadisələr</translation>
    </message>
    <message>
        <source>The &amp;selected incident</source>
        <translation>&amp;Seçilmiş hadisə</translation>
    </message>
    <message>
        <source>The incidents &amp;listed now (your current search and filters)</source>
        <translation>&amp;Hazırda siyahıda olan hadisələr (cari axtarış və filtrləriniz)</translation>
    </message>
    <message>
        <source>&amp;All incidents</source>
        <translation>&amp;Bütün hadisələr</translation>
    </message>
    <message>
        <source>No search or filter is active: that would be all incidents.</source>
        <translation>Heç bir axtarış və ya filtr aktiv deyil: bu, bütün hadisələr deməkdir.</translation>
    </message>
    <message>
        <source>Deleted incidents are never exported.</source>
        <translation>Silinmiş hadisələr heç vaxt ixrac olunmur.</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Nələr daxil edilsin</translation>
    </message>
    <message>
        <source>Include private &amp;notes</source>
        <translation>Şəxsi &amp;qeydləri daxil et</translation>
    </message>
    <message>
        <source>Include locations (&amp;place of each incident)</source>
        <translation>Yerləri daxil et (hər hadisənin baş verdiyi &amp;yer)</translation>
    </message>
    <message>
        <source>Notes are private: what you wrote for yourself. They stay on this device unless you tick this.</source>
        <translation>Qeydlər şəxsidir: özünüz üçün yazdıqlarınızdır. Bunu işarələməsəniz, onlar bu cihazda qalır.</translation>
    </message>
    <message>
        <source>A location can endanger you or witnesses. Leave it out unless the recipient needs it.</source>
        <translation>Yer məlumatı sizi və ya şahidləri təhlükəyə ata bilər. Alıcıya lazım deyilsə, onu daxil etməyin.</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>Hesabatın &amp;dili:</translation>
    </message>
    <message>
        <source>The report (report.pdf) is written in this language; the files, the data and VERIFY.txt are the same in every language.</source>
        <translation>Hesabat (report.pdf) bu dildə yazılır; fayllar, məlumatlar və VERIFY.txt bütün dillərdə eynidir.</translation>
    </message>
    <message>
        <source>What will leave this device</source>
        <translation>Bu cihazdan nə çıxacaq</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>Location warnings</source>
        <translation>Yer məlumatı barədə xəbərdarlıqlar</translation>
    </message>
    <message>
        <source>Left out or included</source>
        <translation>Daxil edilməyənlər və daxil edilənlər</translation>
    </message>
    <message>
        <source>Incidents and files in the bundle</source>
        <translation>Paketdəki hadisələr və fayllar</translation>
    </message>
    <message>
        <source>Incident or file</source>
        <translation>Hadisə və ya fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>Location data</source>
        <translation>Yer məlumatı</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>İmza açarı</translation>
    </message>
    <message>
        <source>Also in the bundle: these incidents as a readable report (PDF), a spreadsheet and a data file; the custody-log entries about them (other entries only as links, without content); this vault&apos;s public key and instructions for checking the bundle.</source>
        <translation>Paketdə bunlar da var: bu hadisələr oxunaqlı hesabat (PDF), cədvəl və məlumat faylı şəklində; saxlama zənciri jurnalının onlara aid qeydləri (digər qeydlər yalnız məzmunsuz istinad kimi); bu seyfin açıq açarı və paketi yoxlamaq üçün təlimat.</translation>
    </message>
    <message>
        <source>Signed with this vault&apos;s key:</source>
        <translation>Bu seyfin açarı ilə imzalanır:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>İ&amp;xrac et…</translation>
    </message>
    <message>
        <source>Choose what to export, then check below what will leave this device. Nothing is written until you press “Export…” and choose where to save the bundle.</source>
        <translation>Nəyi ixrac edəcəyinizi seçin, sonra aşağıda bu cihazdan nəyin çıxacağını yoxlayın. “İxrac et…” düyməsini basıb paketin saxlanacağı yeri seçməyincə heç nə yazılmır.</translation>
    </message>
    <message>
        <source>Working out what would be exported…</source>
        <translation>İxrac ediləcəklər müəyyənləşdirilir…</translation>
    </message>
    <message>
        <source>No incident matches this choice: there is nothing to export.</source>
        <translation>Bu seçimə uyğun hadisə yoxdur: ixrac ediləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <source>“%1” carries a GPS position in its metadata. This original is exported unchanged, because altering it would destroy it as evidence.</source>
        <translation>“%1” faylının metaməlumatlarında GPS mövqeyi var. Bu orijinal dəyişdirilmədən ixrac olunur, çünki onu dəyişdirmək onun sübut kimi dəyərini məhv edərdi.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not photos (videos, documents…): their metadata was not read and may also hold a location.</source>
        <translation>
            <numerusform>%n fayl foto deyil (video, sənəd…): onların metaməlumatları oxunmayıb və onlarda da yer məlumatı ola bilər.</numerusform>
            <numerusform>%n fayl foto deyil (video, sənəd…): onların metaməlumatları oxunmayıb və onlarda da yer məlumatı ola bilər.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 in total.</source>
        <translation>%1, %2, cəmi %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n hadisə</numerusform>
            <numerusform>%n hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n sübut faylı</numerusform>
            <numerusform>%n sübut faylı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included: the private notes of %n incident(s).</source>
        <translation>
            <numerusform>Daxil edilib: %n hadisənin şəxsi qeydləri.</numerusform>
            <numerusform>Daxil edilib: %n hadisənin şəxsi qeydləri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: the private notes of %n incident(s).</source>
        <translation>
            <numerusform>Daxil edilməyib: %n hadisənin şəxsi qeydləri.</numerusform>
            <numerusform>Daxil edilməyib: %n hadisənin şəxsi qeydləri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included: the locations of %n incident(s).</source>
        <translation>
            <numerusform>Daxil edilib: %n hadisənin yer məlumatı.</numerusform>
            <numerusform>Daxil edilib: %n hadisənin yer məlumatı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: the locations of %n incident(s).</source>
        <translation>
            <numerusform>Daxil edilməyib: %n hadisənin yer məlumatı.</numerusform>
            <numerusform>Daxil edilməyib: %n hadisənin yer məlumatı.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPS position inside</source>
        <translation>İçində GPS mövqeyi var</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more incident(s)</source>
        <translation>
            <numerusform>… və daha %n hadisə</numerusform>
            <numerusform>… və daha %n hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the evidence bundle</source>
        <translation>Sübut paketini saxla</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip)</source>
        <translation>Sübut paketləri (*.zip)</translation>
    </message>
    <message>
        <source>Writing the evidence bundle…</source>
        <translation>Sübut paketi yazılır…</translation>
    </message>
    <message>
        <source>The evidence bundle was written and signed.</source>
        <translation>Sübut paketi yazıldı və imzalandı.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paket faylı</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle file</source>
        <translation>Paket faylının SHA-256 heşi</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Açarın barmaq izi</translation>
    </message>
    <message>
        <source>Send the SHA-256 and the key fingerprint to the recipient by another channel than the bundle itself (phone, in person, another messenger). With them, the recipient can prove that the bundle is the one you sent and that your key signed it.</source>
        <translation>SHA-256 heşini və açarın barmaq izini alıcıya paketin özündən fərqli kanalla göndərin (telefonla, şəxsən, başqa messencerlə). Bunlarla alıcı paketin məhz sizin göndərdiyiniz paket olduğunu və onu sizin açarınızın imzaladığını sübut edə bilər.</translation>
    </message>
    <message>
        <source>Copy &amp;SHA-256</source>
        <translation>&amp;SHA-256 heşini kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>&amp;Barmaq izini kopyala</translation>
    </message>
    <message>
        <source>&amp;Verify this bundle now</source>
        <translation>Bu paketi indi &amp;yoxla</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>Faylın SHA-256 heşi:</translation>
    </message>
    <message>
        <source>Signed by key:</source>
        <translation>İmzalayan açar:</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bu nə deməkdir</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>dəyişməyib</translation>
    </message>
    <message>
        <source>changed after it was signed</source>
        <translation>imzalandıqdan sonra dəyişdirilib</translation>
    </message>
    <message>
        <source>listed as signed, but not in the bundle</source>
        <translation>imzalanmış kimi siyahıdadır, amma paketdə yoxdur</translation>
    </message>
    <message>
        <source>added: not among the signed files</source>
        <translation>əlavə edilib: imzalanmış fayllar arasında yoxdur</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, messages, accounts, tags, file names…  (Ctrl+F)</source>
        <translation>Başlıqlarda, mesajlarda, hesablarda, etiketlərdə, fayl adlarında axtar…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Növə görə filtr</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Bütün növlər</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>Platformaya görə filtr</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Bütün platformalar</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Etiketə görə filtr</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesab</translation>
    </message>
    <message>
        <source>Filter by account</source>
        <translation>Hesaba görə filtr</translation>
    </message>
    <message>
        <source>From (2026-01)</source>
        <translation>Tarixdən (2026-01)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
        <source>Until (2026-12-31)</source>
        <translation>Tarixədək (2026-12-31)</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Show incidents of every campaign</source>
        <translation>Bütün kampaniyaların hadisələrini göstər</translation>
    </message>
    <message>
        <source>Show incidents of every period</source>
        <translation>Bütün dövrlərin hadisələrini göstər</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Kampaniya: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Dövr: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Welcome to Threatlog</source>
        <translation>Threatlog-a xoş gəlmisiniz</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>İ&amp;rəli &gt;</translation>
    </message>
    <message>
        <source>&amp;Skip the guide</source>
        <translation>Bələdçini &amp;keç</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başla</translation>
    </message>
    <message numerus="yes">
        <source>Threatlog also locks itself after %n minute(s) without use; you can change this in Settings.</source>
        <translation>
            <numerusform>Threatlog %n dəqiqə istifadə olunmadıqda özünü həm də avtomatik kilidləyir; bunu Parametrlərdə dəyişə bilərsiniz.</numerusform>
            <numerusform>Threatlog %n dəqiqə istifadə olunmadıqda özünü həm də avtomatik kilidləyir; bunu Parametrlərdə dəyişə bilərsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can make Threatlog lock itself after some minutes without use, in Settings.</source>
        <translation>Parametrlərdə Threatlog-un bir neçə dəqiqə istifadə olunmadıqda özünü kilidləməsini qura bilərsiniz.</translation>
    </message>
    <message>
        <source>What is stored where</source>
        <translation>Nə harada saxlanılır</translation>
    </message>
    <message>
        <source>Everything you record (incidents, evidence files, their history and custody log) is kept in one vault folder, encrypted with your passphrase:</source>
        <translation>Qeydə aldığınız hər şey (hadisələr, sübut faylları, onların tarixçəsi və saxlama zənciri jurnalı) parol ifadənizlə şifrələnmiş bir seyf qovluğunda saxlanılır:</translation>
    </message>
    <message>
        <source>Threatlog writes nothing else about your incidents to this computer. A small settings file holds only the language, the lock time and which folder your vault is in:</source>
        <translation>Threatlog bu kompüterə hadisələriniz barədə başqa heç nə yazmır. Kiçik parametrlər faylında yalnız dil, kilidlənmə vaxtı və seyfinizin hansı qovluqda olduğu saxlanılır:</translation>
    </message>
    <message>
        <source>To keep a copy, use Vault › Back up: the backup is encrypted too.</source>
        <translation>Nüsxə saxlamaq üçün Seyf › Ehtiyat nüsxə çıxar əmrindən istifadə edin: ehtiyat nüsxə də şifrələnir.</translation>
    </message>
    <message>
        <source>Your passphrase and recovery code</source>
        <translation>Parol ifadəniz və bərpa kodunuz</translation>
    </message>
    <message>
        <source>Nobody can reset your passphrase: there is no account and no server, and the developers cannot open your vault either. That is what keeps it safe if the computer is taken.</source>
        <translation>Parol ifadənizi heç kim sıfırlaya bilməz: heç bir hesab və server yoxdur, tərtibatçılar da seyfinizi aça bilməz. Kompüter əlinizdən alınsa, seyfi məhz bu qoruyur.</translation>
    </message>
    <message>
        <source>When you create a vault, Threatlog shows a recovery code once. It is the only other way in. Write it on paper and keep it somewhere safe, away from this computer.</source>
        <translation>Seyf yaradarkən Threatlog bərpa kodunu yalnız bir dəfə göstərir. Seyfə girməyin yeganə digər yolu budur. Onu kağıza yazın və bu kompüterdən uzaqda, təhlükəsiz bir yerdə saxlayın.</translation>
    </message>
    <message>
        <source>Lock fast</source>
        <translation>Tez kilidləyin</translation>
    </message>
    <message>
        <source>%1 or %2 hides everything at once, locks the vault and minimizes the window.</source>
        <translation>%1 və ya %2 hər şeyi dərhal gizlədir, seyfi kilidləyir və pəncərəni kiçildir.</translation>
    </message>
    <message>
        <source>%1 locks the vault without minimizing.</source>
        <translation>%1 seyfi pəncərəni kiçiltmədən kilidləyir.</translation>
    </message>
    <message>
        <source>Look after yourself</source>
        <translation>Özünüzə qayğı göstərin</translation>
    </message>
    <message>
        <source>Reading threats again takes a toll. Take breaks; nothing has to be logged in one sitting, and a draft can wait.</source>
        <translation>Təhdidləri yenidən oxumaq ağır gəlir. Fasilə verin; hər şeyi bir oturuşda qeydə almaq lazım deyil, qaralama gözləyə bilər.</translation>
    </message>
    <message>
        <source>You can ask a person you trust to do the logging for you, on your computer or on theirs, with their own vault.</source>
        <translation>Etibar etdiyiniz birindən qeydləri sizin əvəzinizə aparmağı xahiş edə bilərsiniz — sizin kompüterinizdə və ya onun öz kompüterində, onun öz seyfi ilə.</translation>
    </message>
    <message>
        <source>Pictures and videos of an incident marked sensitive stay blurred until you choose to reveal them. In Settings you can blur all media.</source>
        <translation>Həssas kimi işarələnmiş hadisənin şəkil və videoları siz göstərməyi seçənə qədər bulanıq qalır. Parametrlərdə bütün medianı bulanıq etmək olar.</translation>
    </message>
    <message>
        <source>You can see this guide again from Help › First-run guide.</source>
        <translation>Bu bələdçini Kömək › İlk istifadə bələdçisi menyusundan yenidən aça bilərsiniz.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Telegram export</source>
        <translation>Telegram ixracı</translation>
    </message>
    <message>
        <source>WhatsApp chat export</source>
        <translation>WhatsApp söhbət ixracı</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-poçt</translation>
    </message>
    <message>
        <source>mailbox (mbox)</source>
        <translation>poçt qutusu (mbox)</translation>
    </message>
    <message>
        <source>folder of files</source>
        <translation>fayl qovluğu</translation>
    </message>
    <message numerus="yes">
        <source>%n service message(s) (joins, pins, calls)</source>
        <translation>
            <numerusform>%n xidməti mesaj (qoşulmalar, bərkitmələr, zənglər)</numerusform>
            <numerusform>%n xidməti mesaj (qoşulmalar, bərkitmələr, zənglər)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system message(s) (encryption notice, joins, changes)</source>
        <translation>
            <numerusform>%n sistem mesajı (şifrələmə bildirişi, qoşulmalar, dəyişikliklər)</numerusform>
            <numerusform>%n sistem mesajı (şifrələmə bildirişi, qoşulmalar, dəyişikliklər)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) identical to another in the source</source>
        <translation>
            <numerusform>mənbədəki başqa bir e-poçtun eynisi olan %n e-poçt</numerusform>
            <numerusform>mənbədəki başqa bir e-poçtun eynisi olan %n e-poçt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden or system file(s)</source>
        <translation>
            <numerusform>%n gizli və ya sistem faylı</numerusform>
            <numerusform>%n gizli və ya sistem faylı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) identical to another in the folder</source>
        <translation>
            <numerusform>qovluqdakı başqa bir faylın eynisi olan %n fayl</numerusform>
            <numerusform>qovluqdakı başqa bir faylın eynisi olan %n fayl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in other chats</source>
        <translation>
            <numerusform>başqa söhbətlərdəki %n mesaj</numerusform>
            <numerusform>başqa söhbətlərdəki %n mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from other senders</source>
        <translation>
            <numerusform>başqa göndərənlərdən %n mesaj</numerusform>
            <numerusform>başqa göndərənlərdən %n mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a date (a date range was chosen)</source>
        <translation>
            <numerusform>tarixi olmayan %n element (tarix aralığı seçilib)</numerusform>
            <numerusform>tarixi olmayan %n element (tarix aralığı seçilib)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the dates chosen</source>
        <translation>
            <numerusform>seçilmiş tarixlərdən kənarda qalan %n element</numerusform>
            <numerusform>seçilmiş tarixlərdən kənarda qalan %n element</numerusform>
        </translation>
    </message>
    <message>
        <source>No chat is called “{name}”.</source>
        <translation>“{name}” adlı söhbət yoxdur.</translation>
    </message>
    <message>
        <source>No sender is called “{name}”.</source>
        <translation>“{name}” adlı göndərən yoxdur.</translation>
    </message>
    <message>
        <source>{file}: not in the export folder</source>
        <translation>{file}: ixrac qovluğunda yoxdur</translation>
    </message>
    <message>
        <source>{marker}: exported without media</source>
        <translation>{marker}: mediasız ixrac edilib</translation>
    </message>
    <message>
        <source>{file}: not in the export</source>
        <translation>{file}: ixracda yoxdur</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>əvvəl gün</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>əvvəl ay</translation>
    </message>
    <message>
        <source>The dates in {name} are {found}; --date-order {chosen} was ignored.</source>
        <translation>{name} faylındakı tarixlər “{found}” qaydasındadır; --date-order {chosen} nəzərə alınmadı.</translation>
    </message>
    <message>
        <source>Every date in {name} reads both ways (like {example}); they were read {order} (as you chose). If that is wrong, choose {other}.</source>
        <translation>{name} faylındakı hər tarixi iki cür oxumaq olar (məsələn, {example}); onlar “{order}” qaydası ilə oxundu (sizin seçiminizə görə). Bu səhvdirsə, “{other}” seçin.</translation>
    </message>
    <message>
        <source>Every date in {name} reads both ways (like {example}); they were read {order} (from this computer&apos;s region settings). If that is wrong, choose {other}.</source>
        <translation>{name} faylındakı hər tarixi iki cür oxumaq olar (məsələn, {example}); onlar “{order}” qaydası ilə oxundu (bu kompüterin region parametrlərinə görə). Bu səhvdirsə, “{other}” seçin.</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <source>Chats to import</source>
        <translation>İdxal ediləcək söhbətlər</translation>
    </message>
    <message>
        <source>Senders to import</source>
        <translation>İdxal ediləcək göndərənlər</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Söhbətlər</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Göndərənlər</translation>
    </message>
    <message>
        <source>From (2026-01)</source>
        <translation>Tarixdən (2026-01)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
        <source>Until (2026-12-31)</source>
        <translation>Tarixədək (2026-12-31)</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>One incident per &amp;message</source>
        <translation>Hər &amp;mesaj ayrıca hadisə</translation>
    </message>
    <message>
        <source>&amp;Consecutive messages from one sender as one incident,</source>
        <translation>Bir göndərənin &amp;ardıcıl mesajları bir hadisə kimi,</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <source>Minutes between grouped messages</source>
        <translation>Qruplaşdırılan mesajlar arasındakı dəqiqələr</translation>
    </message>
    <message>
        <source>Everything as &amp;one incident</source>
        <translation>&amp;Hamısı bir hadisə kimi</translation>
    </message>
    <message>
        <source>Type of the new incidents</source>
        <translation>Yeni hadisələrin növü</translation>
    </message>
    <message>
        <source>Date order of the chat</source>
        <translation>Söhbətdə tarixlərin yazılış qaydası</translation>
    </message>
    <message>
        <source>As the chat&apos;s dates show (else this computer&apos;s region)</source>
        <translation>Söhbətdəki tarixlərə görə (olmasa, bu kompüterin regionuna görə)</translation>
    </message>
    <message>
        <source>Day first (05/10 is 5 October)</source>
        <translation>Əvvəl gün (05/10 — 5 oktyabr)</translation>
    </message>
    <message>
        <source>Month first (05/10 is May 10)</source>
        <translation>Əvvəl ay (05/10 — 10 may)</translation>
    </message>
    <message>
        <source>Time zone of the times in the source</source>
        <translation>Mənbədəki vaxtların saat qurşağı</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Bu kompüterin saat qurşağı</translation>
    </message>
    <message>
        <source>each &amp;within</source>
        <translation>hər biri ə&amp;vvəlkindən ən çox</translation>
    </message>
    <message>
        <source>of the one before</source>
        <translation>sonra gəlirsə</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>&amp;Tarix qaydası:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Saat qurşağı:</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>Ta&amp;rixlər</translation>
    </message>
    <message>
        <source>&amp;Type of the new incidents</source>
        <translation>Yeni hadisələrin &amp;növü</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n mesaj)</numerusform>
            <numerusform>%1 (%n mesaj)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import messages</source>
        <translation>Mesajları idxal et</translation>
    </message>
    <message>
        <source>Import the messages you received, each as an incident with its original kept as evidence:
• a Telegram Desktop export (“Machine-readable JSON”: result.json or its folder)
• a WhatsApp chat export (the .zip your phone shares, or its folder)
• e-mails (.eml files, or an .mbox mailbox)
• a folder of screenshots or other files

Nothing is written until you have seen what will be created and pressed “Import”.</source>
        <translation>Aldığınız mesajları idxal edin — hər biri hadisə kimi, orijinalı isə sübut kimi saxlanılır:
• Telegram Desktop ixracı (“Machine-readable JSON”: result.json və ya onun qovluğu)
• WhatsApp söhbət ixracı (telefonunuzun paylaşdığı .zip və ya onun qovluğu)
• e-poçtlar (.eml faylları və ya .mbox poçt qutusu)
• ekran görüntüləri və ya digər fayllar olan qovluq

Nə yaradılacağını görüb “İdxal et” düyməsini basmayınca heç nə yazılmır.</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Fayl seç…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>&amp;Qovluq seç…</translation>
    </message>
    <message>
        <source>Or drop the export (a folder, a .zip, .json, .eml or .mbox file) here.</source>
        <translation>Və ya ixracı (qovluq, .zip, .json, .eml və ya .mbox faylı) bura sürükləyin.</translation>
    </message>
    <message>
        <source>Choose the export to import</source>
        <translation>İdxal ediləcək ixracı seçin</translation>
    </message>
    <message>
        <source>Exports (*.json *.zip *.txt *.eml *.mbox);;All files (*)</source>
        <translation>İxraclar (*.json *.zip *.txt *.eml *.mbox);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Choose the export folder, or a folder of files</source>
        <translation>İxrac qovluğunu və ya faylları olan qovluğu seçin</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>İxrac oxunur…</translation>
    </message>
    <message>
        <source>Tick at least one chat and one sender to import.</source>
        <translation>İdxal üçün ən azı bir söhbət və bir göndərən işarələyin.</translation>
    </message>
    <message>
        <source>Working out what would be imported…</source>
        <translation>İdxal ediləcəklər müəyyənləşdirilir…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n incident(s)</source>
        <translation>
            <numerusform>%n hadisəni i&amp;dxal et</numerusform>
            <numerusform>%n hadisəni i&amp;dxal et</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>İ&amp;dxal et</translation>
    </message>
    <message>
        <source>&amp;Other source…</source>
        <translation>&amp;Başqa mənbə…</translation>
    </message>
    <message>
        <source>One import is one transaction: if it fails or you cancel it, nothing of it is kept.</source>
        <translation>Hər idxal tək bir əməliyyatdır: uğursuz olsa və ya onu ləğv etsəniz, ondan heç nə saxlanmır.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n incident(s)… Cancel undoes all of it.</source>
        <translation>
            <numerusform>%n hadisə idxal edilir… “Ləğv et” hamısını geri qaytarır.</numerusform>
            <numerusform>%n hadisə idxal edilir… “Ləğv et” hamısını geri qaytarır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s)</source>
        <translation>
            <numerusform>%n hadisə idxal edildi</numerusform>
            <numerusform>%n hadisə idxal edildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n evidence file(s).</source>
        <translation>
            <numerusform> (%n sübut faylı ilə).</numerusform>
            <numerusform> (%n sübut faylı ilə).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already in the vault and were not imported again.</source>
        <translation>
            <numerusform>%n element artıq seyfdə idi və yenidən idxal edilmədi.</numerusform>
            <numerusform>%n element artıq seyfdə idi və yenidən idxal edilmədi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Telegram export</source>
        <translation>Telegram ixracı</translation>
    </message>
    <message>
        <source>WhatsApp chat export</source>
        <translation>WhatsApp söhbət ixracı</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>Mailbox (mbox)</source>
        <translation>Poçt qutusu (mbox)</translation>
    </message>
    <message>
        <source>Folder of files</source>
        <translation>Fayl qovluğu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Artıq seyfdə olanlar</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Daxil edilməyənlər</translation>
    </message>
    <message>
        <source>Warnings and missing files</source>
        <translation>Xəbərdarlıqlar və çatışmayan fayllar</translation>
    </message>
    <message>
        <source>Incidents that will be created</source>
        <translation>Yaradılacaq hadisələr</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n item(s) found</source>
        <translation>
            <numerusform>%1: %2 — %n element tapıldı</numerusform>
            <numerusform>%1: %2 — %n element tapıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>İdxal ediləcək yeni heç nə yoxdur.</translation>
    </message>
    <message>
        <source>%1 will be created, with %2 (%3).</source>
        <translation>%1 yaradılacaq; onlarla birlikdə %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <translation>
            <numerusform>%n yeni hadisə</numerusform>
            <numerusform>%n yeni hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n sübut faylı</numerusform>
            <numerusform>%n sübut faylı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) chosen are already in the vault: importing again creates nothing.</source>
        <translation>
            <numerusform>Seçilmiş %n elementin hamısı artıq seyfdədir: yenidən idxal heç nə yaratmayacaq.</numerusform>
            <numerusform>Seçilmiş %n elementin hamısı artıq seyfdədir: yenidən idxal heç nə yaratmayacaq.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) chosen are already in the vault and will not be imported again.</source>
        <translation>
            <numerusform>Seçilmiş elementlərdən %n ədədi artıq seyfdədir və yenidən idxal edilməyəcək.</numerusform>
            <numerusform>Seçilmiş elementlərdən %n ədədi artıq seyfdədir və yenidən idxal edilməyəcək.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Daxil edilməyib: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) named in the export are not in it. Their messages are imported all the same, and each incident&apos;s notes say what is missing:</source>
        <translation>
            <numerusform>İxracda adı çəkilən %n fayl onun içində yoxdur. Onların mesajları yenə də idxal olunur və hər hadisənin qeydlərində nəyin çatışmadığı yazılır:</numerusform>
            <numerusform>İxracda adı çəkilən %n fayl onun içində yoxdur. Onların mesajları yenə də idxal olunur və hər hadisənin qeydlərində nəyin çatışmadığı yazılır:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (in “%2”)</source>
        <translation>• %1 (“%2” daxilində)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… və daha %n</numerusform>
            <numerusform>… və daha %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Edit incident</source>
        <translation>Hadisəni redaktə et</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Yeni hadisə</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nə baş verib</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Növ</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>Hadisənin növü</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>A few words, e.g. “Death threat in Telegram comments”</source>
        <translation>Bir neçə söz, məs. “Telegram şərhlərində ölüm təhdidi”</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Başlıq</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Nə vaxt baş verib</translation>
    </message>
    <message>
        <source>2026-10-05 14:30 · 2026-10-05 · 2026-10 · 2026-10-01/2026-10-10</source>
        <translation>2026-10-05 14:30 · 2026-10-05 · 2026-10 · 2026-10-01/2026-10-10</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>İnd&amp;i</translation>
    </message>
    <message>
        <source>Set to the current time</source>
        <translation>İndiki vaxtı qoy</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Nə &amp;vaxt</translation>
    </message>
    <message>
        <source>A day, a month or a range is enough when you do not know the exact time.</source>
        <translation>Dəqiq vaxtı bilmirsinizsə, gün, ay və ya tarix aralığı kifayətdir.</translation>
    </message>
    <message>
        <source>1 — low</source>
        <translation>1 — aşağı</translation>
    </message>
    <message>
        <source>5 — severe</source>
        <translation>5 — çox ciddi</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Ciddilik</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Etiketlər</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Etiketləri vergüllə ayırın.</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Kim və harada</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>Pla&amp;tforma</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Perpetrator accounts</source>
        <translation>Təcavüzkar hesabları</translation>
    </message>
    <message>
        <source>@handle, @another</source>
        <translation>@istifadəçi, @digəri</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>Hes&amp;ablar</translation>
    </message>
    <message>
        <source>Separate with commas. An account on another platform: telegram:@name.</source>
        <translation>Vergüllə ayırın. Başqa platformadakı hesab: telegram:@ad.</translation>
    </message>
    <message>
        <source>Ta&amp;rget</source>
        <translation>Hə&amp;dəf</translation>
    </message>
    <message>
        <source>Who was targeted</source>
        <translation>Kim hədəfə alınıb</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL-lər</translation>
    </message>
    <message>
        <source>&amp;URLs</source>
        <translation>&amp;URL-lər</translation>
    </message>
    <message>
        <source>One address per line.</source>
        <translation>Hər sətirdə bir ünvan.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Yer</translation>
    </message>
    <message>
        <source>Optional — it can endanger you or others.</source>
        <translation>İstəyə bağlıdır — sizi və ya başqalarını təhlükəyə ata bilər.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Orijinal mətn</translation>
    </message>
    <message>
        <source>&amp;Original text</source>
        <translation>&amp;Orijinal mətn</translation>
    </message>
    <message>
        <source>Exactly as received, in any language or script.</source>
        <translation>Tam alındığı kimi, istənilən dildə və əlifbada.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tərcümə</translation>
    </message>
    <message>
        <source>Tran&amp;slation</source>
        <translation>Tərcü&amp;mə</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Şəxsi</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Şəxsi qeydlər</translation>
    </message>
    <message>
        <source>Private not&amp;es</source>
        <translation>Şəxsi &amp;qeydlər</translation>
    </message>
    <message>
        <source>Never exported unless you choose.</source>
        <translation>Siz seçməsəniz, heç vaxt ixrac olunmur.</translation>
    </message>
    <message>
        <source>Mar&amp;k as sensitive: media stays blurred until you choose to look</source>
        <translation>Həssas kimi işarə&amp;lə: media siz baxmaq istəyənə qədər bulanıq qalır</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Həssas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Saxla (Ctrl+S və ya Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Always sensitive for this type of incident.</source>
        <translation>Bu növ hadisələr həmişə həssas sayılır.</translation>
    </message>
    <message>
        <source>Saving and storing evidence…</source>
        <translation>Saxlanılır, sübutlar seyfə yazılır…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saxlanılır…</translation>
    </message>
    <message>
        <source>Saving was cancelled; nothing was stored. Everything you entered is still here.</source>
        <translation>Saxlama ləğv edildi; heç nə saxlanmadı. Daxil etdiyiniz hər şey yerindədir.</translation>
    </message>
    <message>
        <source>Close without saving? What you entered here will be lost.</source>
        <translation>Saxlamadan bağlansın? Burada daxil etdikləriniz itəcək.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Xəta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <source>e.g. 2026-10-05, 2026-10 or 2026</source>
        <translation>məs. 2026-10-05, 2026-10 və ya 2026</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesablar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
</context>
<context>
    <name>IntegrityReportDialog</name>
    <message>
        <source>Integrity check</source>
        <translation>Bütövlüyün yoxlanması</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Checked: %1 pages of the database, %2 incidents, %3 evidence items (%4).</source>
        <translation>Yoxlanıldı: verilənlər bazasının %1 səhifəsi, %2 hadisə, %3 sübut (%4).</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Yoxlamalar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Yoxlama</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüat</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>QAYDASINDADIR</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ZƏDƏLƏNİB</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Tapılan problemlər</translation>
    </message>
    <message>
        <source>&amp;What is damaged:</source>
        <translation>&amp;Nə zədələnib:</translation>
    </message>
    <message>
        <source>Nothing was changed in the vault. To recover, lock it and restore your most recent backup into a new folder (“Restore from a backup…” on the start screen). Until then, back up what is left now (Vault ▸ Back up…): whatever is intact can still be read and exported.</source>
        <translation>Seyfdə heç nə dəyişdirilmədi. Bərpa etmək üçün onu kilidləyin və ən son ehtiyat nüsxənizi yeni qovluğa bərpa edin (başlanğıc ekranında “Ehtiyat nüsxədən bərpa et…”). O vaxta qədər qalanların ehtiyat nüsxəsini indi çıxarın (Seyf ▸ Ehtiyat nüsxə çıxar…): zədəsiz olan hər şeyi hələ də oxumaq və ixrac etmək olar.</translation>
    </message>
    <message>
        <source>Healthy: nothing in this vault is damaged.</source>
        <translation>Sağlamdır: bu seyfdə heç nə zədələnməyib.</translation>
    </message>
    <message numerus="yes">
        <source>Damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>Zədələnib: %n problem tapıldı.</numerusform>
            <numerusform>Zədələnib: %n problem tapıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>This vault&apos;s signing key</source>
        <translation>Bu seyfin imza açarı</translation>
    </message>
    <message>
        <source>Every evidence bundle you export is signed with this key. Give its fingerprint to your lawyer by phone or in person, not with the bundle: it is how they know a bundle really comes from you.</source>
        <translation>İxrac etdiyiniz hər sübut paketi bu açarla imzalanır. Onun barmaq izini vəkilinizə paketlə birlikdə yox, telefonla və ya şəxsən çatdırın: paketin həqiqətən sizdən gəldiyini vəkil məhz bununla bilir.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Açarın barmaq izi</translation>
    </message>
    <message>
        <source>Key identity</source>
        <translation>Açarın identifikatoru</translation>
    </message>
    <message>
        <source>allowed_signers line</source>
        <translation>allowed_signers sətri</translation>
    </message>
    <message>
        <source>The command line shows the same: “threatlog key” prints the fingerprint, “threatlog key --allowed-signers” the line.</source>
        <translation>Komanda sətri də eynisini göstərir: “threatlog key” barmaq izini, “threatlog key --allowed-signers” isə sətri çıxarır.</translation>
    </message>
    <message>
        <source>Read the fingerprint out, or write it down for them. Anyone can copy a bundle&apos;s contents, but not the key&apos;s private half, which never leaves this vault.</source>
        <translation>Barmaq izini onlara oxuyun və ya yazıb verin. Paketin məzmununu hər kəs kopyalaya bilər, amma açarın gizli hissəsini yox — o, heç vaxt bu seyfdən çıxmır.</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>&amp;Barmaq izini kopyala</translation>
    </message>
    <message>
        <source>Copy allowed_signers &amp;line</source>
        <translation>allowed_signers &amp;sətrini kopyala</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Barmaq izi:</translation>
    </message>
    <message>
        <source>OpenSSH allowed_signers line (for “ssh-keygen -Y verify”):</source>
        <translation>OpenSSH allowed_signers sətri (“ssh-keygen -Y verify” üçün):</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Açar oxunur…</translation>
    </message>
    <message>
        <source>Identity in bundles: %1</source>
        <translation>Paketlərdəki identifikator: %1</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>Uyğun hadisə yoxdur.</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file to log.</source>
        <translation>Mübadilə buferində qeydə alınacaq şəkil və ya fayl yoxdur.</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file to attach.</source>
        <translation>Mübadilə buferində əlavə ediləcək şəkil və ya fayl yoxdur.</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Sübut faylları əlavə et</translation>
    </message>
    <message>
        <source>Storing evidence…</source>
        <translation>Sübutlar seyfə yazılır…</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Hadisəni sil</translation>
    </message>
    <message>
        <source>The incident will be hidden but kept, with every revision, and the reason recorded.
Why delete it?</source>
        <translation>Hadisə gizlədiləcək, amma bütün versiyaları ilə saxlanılacaq, silinmə səbəbi də qeydə alınacaq.
Niyə silirsiniz?</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>PlannedIncidentsModel</name>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesablar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>tarix məlum deyil</translation>
    </message>
</context>
<context>
    <name>ProofSection</name>
    <message>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>İmza açarı</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Saxlama zənciri jurnalı</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle file</source>
        <translation>Paket faylının SHA-256 heşi</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Texniki təfərrüat</translation>
    </message>
    <message>
        <source>Signature: valid. The list of files and their SHA-256 fingerprints is exactly what key %1 signed.</source>
        <translation>İmza: etibarlıdır. Faylların siyahısı və onların SHA-256 heşləri məhz %1 açarının imzaladığı kimidir.</translation>
    </message>
    <message>
        <source>Signature: NOT valid. The bundle was changed after signing, or it was not signed by the key it names.</source>
        <translation>İmza: etibarlı DEYİL. Paket imzalandıqdan sonra dəyişdirilib və ya onda göstərilən açarla imzalanmayıb.</translation>
    </message>
    <message>
        <source>Key: you did not say which key you expected, so this is only the key the bundle names itself. Enter the fingerprint the sender gave you to check it.</source>
        <translation>Açar: hansı açarı gözlədiyinizi göstərmədiniz, ona görə bu, sadəcə paketin özünün göstərdiyi açardır. Yoxlamaq üçün göndərənin sizə verdiyi barmaq izini daxil edin.</translation>
    </message>
    <message>
        <source>Key: this is the key you expected.</source>
        <translation>Açar: bu, gözlədiyiniz açardır.</translation>
    </message>
    <message>
        <source>Key: this is NOT the key you expected.</source>
        <translation>Açar: bu, gözlədiyiniz açar DEYİL.</translation>
    </message>
    <message>
        <source>Custody log (who collected and handled the evidence, and when): not checked, because the checks stopped earlier.</source>
        <translation>Saxlama zənciri jurnalı (sübutu kim və nə vaxt toplayıb, onunla kim işləyib): yoxlanılmadı, çünki yoxlamalar daha əvvəl dayandı.</translation>
    </message>
    <message>
        <source>Custody log (who collected and handled the evidence, and when): complete and unbroken, %1 entries.</source>
        <translation>Saxlama zənciri jurnalı (sübutu kim və nə vaxt toplayıb, onunla kim işləyib): tamdır və qırılmayıb, %1 qeyd.</translation>
    </message>
    <message>
        <source>Custody log (who collected and handled the evidence, and when): BROKEN — %1</source>
        <translation>Saxlama zənciri jurnalı (sübutu kim və nə vaxt toplayıb, onunla kim işləyib): QIRILIB — %1</translation>
    </message>
    <message>
        <source>SHA-256 of this bundle file: %1
If the sender gave you this number, it must be the same.</source>
        <translation>Bu paket faylının SHA-256 heşi: %1
Göndərən sizə bu rəqəmi veribsə, o, eyni olmalıdır.</translation>
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
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: this vault is damaged, so nothing can be changed in it. You can read, export and back up what is intact (Vault ▸ Check integrity… shows what is damaged). To work again, restore your latest backup into a new folder from the start screen.</source>
        <translation>Yalnız oxumaq üçün: bu seyf zədələnib, ona görə orada heç nə dəyişdirilə bilməz. Zədəsiz olanları oxuya, ixrac edə və ehtiyat nüsxəsini çıxara bilərsiniz (Seyf ▸ Bütövlüyü yoxla… nəyin zədələndiyini göstərir). Yenidən işləmək üçün başlanğıc ekranından ən son ehtiyat nüsxənizi yeni qovluğa bərpa edin.</translation>
    </message>
    <message>
        <source>Read-only vault</source>
        <translation>Yalnız oxunan seyf</translation>
    </message>
</context>
<context>
    <name>RegionCapture</name>
    <message>
        <source>Screen region capture</source>
        <translation>Ekranın bir hissəsinin çəkilməsi</translation>
    </message>
    <message>
        <source>Drag to select an area. Enter or double-click keeps it, Escape cancels, a single click takes the whole screen.</source>
        <translation>Sahəni seçmək üçün siçanla sürükləyin. Enter və ya iki klik seçimi saxlayır, Escape ləğv edir, bir klik bütün ekranı çəkir.</translation>
    </message>
    <message>
        <source>Drag to select an area · Enter or double-click keeps it · Esc cancels · a single click takes the whole screen</source>
        <translation>Sahəni seçmək üçün sürükləyin · Enter və ya iki klik saxlayır · Esc ləğv edir · bir klik bütün ekranı çəkir</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Threatlog evidence report · bundle {bundle}</source>
        <translation>Threatlog sübut hesabatı · paket {bundle}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Səhifə {page} / {pages}</translation>
    </message>
    <message>
        <source>Evidence report</source>
        <translation>Sübut hesabatı</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Titul səhifəsi</translation>
    </message>
    <message>
        <source>THREATLOG · EVIDENCE BUNDLE</source>
        <translation>THREATLOG · SÜBUT PAKETİ</translation>
    </message>
    <message>
        <source>Simplified report: some incident text could not be laid out, so every character outside plain ASCII is written as an escape (\u…). The exact data is in data/incidents.json.</source>
        <translation>Sadələşdirilmiş hesabat: hadisə mətninin bir hissəsini səhifədə yerləşdirmək mümkün olmadı, ona görə sadə ASCII-dən kənar hər simvol escape ardıcıllığı (\u…) kimi yazılıb. Dəqiq məlumatlar data/incidents.json faylındadır.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>İxrac edilib</translation>
    </message>
    <message>
        <source>{moment}  (computer clock)</source>
        <translation>{moment}  (kompüter saatı)</translation>
    </message>
    <message>
        <source>{incidents}, {files}</source>
        <translation>{incidents}, {files}</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n hadisə</numerusform>
            <numerusform>%n hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n sübut faylı</numerusform>
            <numerusform>%n sübut faylı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GPS coordinates in the metadata of %n file(s): share with care</source>
        <translation>
            <numerusform>%n faylın metaməlumatlarında GPS koordinatları var: ehtiyatla paylaşın</numerusform>
            <numerusform>%n faylın metaməlumatlarında GPS koordinatları var: ehtiyatla paylaşın</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Tərkib</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <source>Also included</source>
        <translation>Həmçinin daxil edilib</translation>
    </message>
    <message>
        <source>private notes: {notes}   ·   locations: {locations}</source>
        <translation>şəxsi qeydlər: {notes}   ·   yerlər: {locations}</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Paketin ID-si</translation>
    </message>
    <message>
        <source>Custody log head</source>
        <translation>Saxlama zənciri jurnalının son qeydi</translation>
    </message>
    <message>
        <source>SHA-256 of the vault&apos;s last custody-log entry at export; also in bag-info.txt</source>
        <translation>İxrac anında seyfin saxlama zənciri jurnalındakı son qeydin SHA-256 heşi; bag-info.txt faylında da var</translation>
    </message>
    <message>
        <source>Signed by the key with this fingerprint</source>
        <translation>Bu barmaq izli açarla imzalanıb</translation>
    </message>
    <message>
        <source>As printed by ssh-keygen: {fingerprint}</source>
        <translation>ssh-keygen-in çıxardığı kimi: {fingerprint}</translation>
    </message>
    <message>
        <source>Letters are case-sensitive.  Signer identity: {identity}</source>
        <translation>Böyük və kiçik hərflər fərqləndirilir.  İmzalayanın identifikatoru: {identity}</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>Signer identity: {identity}</source>
        <translation>İmzalayanın identifikatoru: {identity}</translation>
    </message>
    <message>
        <source>How to verify this bundle</source>
        <translation>Bu paketi necə yoxlamalı</translation>
    </message>
    <message>
        <source>Anyone can check, without Threatlog, that no file in this bundle changed after it was signed. Unzip the bundle, open a terminal in its folder (Windows: Command Prompt; macOS: Terminal):</source>
        <translation>Hər kəs Threatlog olmadan bu paketdəki heç bir faylın imzalandıqdan sonra dəyişdirilmədiyini yoxlaya bilər. Paketi arxivdən çıxarın, onun qovluğunda terminal açın (Windows: Command Prompt; macOS: Terminal):</translation>
    </message>
    <message>
        <source>1.  Check the signature. It must print Good &quot;threatlog-evidence&quot; signature … with the fingerprint above:</source>
        <translation>1.  İmzanı yoxlayın. Komanda yuxarıdakı barmaq izi ilə birlikdə Good &quot;threatlog-evidence&quot; signature … çıxarmalıdır:</translation>
    </message>
    <message>
        <source>2.  Check every file against the signed lists (on macOS: shasum -a 256 -c …; on Windows: certutil -hashfile FILE SHA256 for each file, as VERIFY.txt shows):</source>
        <translation>2.  Hər faylı imzalanmış siyahılarla yoxlayın (macOS-da: shasum -a 256 -c …; Windows-da: VERIFY.txt faylında göstərildiyi kimi, hər fayl üçün certutil -hashfile FILE SHA256):</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Siyahı</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>In the order exported. Dates are as stated by the user; a date marked * was not stated and is the day the incident was recorded in the app. Click a line to open the incident.</source>
        <translation>İxrac sırası ilə. Tarixlər istifadəçinin göstərdiyi kimidir; * ilə işarələnmiş tarixi istifadəçi göstərməyib — bu, hadisənin proqramda qeydə alındığı gündür. Hadisəni açmaq üçün sətrə klikləyin.</translation>
    </message>
    <message>
        <source>This bundle contains no incidents.</source>
        <translation>Bu paketdə hadisə yoxdur.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Səhifə</translation>
    </message>
    <message>
        <source>Incidents over time</source>
        <translation>Hadisələrin zamanla dəyişməsi</translation>
    </message>
    <message numerus="yes">
        <source>%n exported incident(s) per month, from {first} to {last}, by type. An incident counts in the month in which it started (as stated by the user, or when it was recorded if no date was stated).</source>
        <translation>
            <numerusform>İxrac edilmiş %n hadisə — aylar və növlər üzrə, {first} – {last}. Hər hadisə başladığı ayda sayılır (istifadəçinin göstərdiyi tarixə görə, tarix göstərilməyibsə, qeydə alındığı vaxta görə).</numerusform>
            <numerusform>İxrac edilmiş %n hadisə — aylar və növlər üzrə, {first} – {last}. Hər hadisə başladığı ayda sayılır (istifadəçinin göstərdiyi tarixə görə, tarix göstərilməyibsə, qeydə alındığı vaxta görə).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported incident(s) per week, from {first} to {last}, by type. An incident counts in the week in which it started (as stated by the user, or when it was recorded if no date was stated).</source>
        <translation>
            <numerusform>İxrac edilmiş %n hadisə — həftələr və növlər üzrə, {first} – {last}. Hər hadisə başladığı həftədə sayılır (istifadəçinin göstərdiyi tarixə görə, tarix göstərilməyibsə, qeydə alındığı vaxta görə).</numerusform>
            <numerusform>İxrac edilmiş %n hadisə — həftələr və növlər üzrə, {first} – {last}. Hər hadisə başladığı həftədə sayılır (istifadəçinin göstərdiyi tarixə görə, tarix göstərilməyibsə, qeydə alındığı vaxta görə).</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures per period</source>
        <translation>Dövrlər üzrə göstəricilər</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <source>Mean severity</source>
        <translation>Orta ciddilik</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Növlər</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(başlıqsız)</translation>
    </message>
    <message>
        <source>Incident {number} (continued) · {title}</source>
        <translation>Hadisə {number} (davamı) · {title}</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>{date} tarixinədək</translation>
    </message>
    <message>
        <source>INCIDENT {number} OF {total}</source>
        <translation>HADİSƏ {number} / {total}</translation>
    </message>
    <message>
        <source>REVISION {revision}</source>
        <translation>VERSİYA {revision}</translation>
    </message>
    <message>
        <source>Sensitive: previews of this incident&apos;s images are blurred in this report. The original files in data/evidence are not blurred.</source>
        <translation>Həssas: bu hesabatda hadisənin şəkillərinin önizləmələri bulanıqdır. data/evidence qovluğundakı orijinal fayllar bulanıq deyil.</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Baş verib</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>göstərilməyib</translation>
    </message>
    <message>
        <source>as stated by the user</source>
        <translation>istifadəçinin göstərdiyi kimi</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Qeydə alınıb</translation>
    </message>
    <message>
        <source>recorded by the app when first saved (computer clock)</source>
        <translation>ilk dəfə saxlanılanda proqram tərəfindən qeydə alınıb (kompüter saatı)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesablar</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hədəf</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <source>{severity} of 5</source>
        <translation>5 baldan {severity}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketlər</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL-lər</translation>
    </message>
    <message>
        <source>shown as text, not as links: open with care</source>
        <translation>keçid kimi deyil, mətn kimi göstərilib: ehtiyatla açın</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüat</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Orijinal mətn</translation>
    </message>
    <message>
        <source>exactly as received</source>
        <translation>tam alındığı kimi</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tərcümə</translation>
    </message>
    <message>
        <source>by the user, not a certified translation</source>
        <translation>istifadəçi tərəfindən edilib, təsdiqlənmiş tərcümə deyil</translation>
    </message>
    <message>
        <source>included by the user&apos;s choice</source>
        <translation>istifadəçinin seçimi ilə daxil edilib</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Şəxsi qeydlər</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>… and {count} more (see data/incidents.json)</source>
        <translation>… və daha {count} (bax: data/incidents.json)</translation>
    </message>
    <message>
        <source>Evidence files ({count})</source>
        <translation>Sübut faylları ({count})</translation>
    </message>
    <message>
        <source>No files are attached to this incident.</source>
        <translation>Bu hadisəyə fayl əlavə edilməyib.</translation>
    </message>
    <message>
        <source>blurred: sensitive</source>
        <translation>bulanıqdır: həssas</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>önizləmə yoxdur</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>FILE IN THIS BUNDLE</source>
        <translation>BU PAKETDƏKİ FAYL</translation>
    </message>
    <message>
        <source>Original file name: {name}</source>
        <translation>Faylın orijinal adı: {name}</translation>
    </message>
    <message>
        <source>Attached {moment}, recorded by the app (source: {source})</source>
        <translation>Əlavə edilib: {moment}, proqram tərəfindən qeydə alınıb (mənbə: {source})</translation>
    </message>
    <message>
        <source>Attached {moment}, recorded by the app</source>
        <translation>Əlavə edilib: {moment}, proqram tərəfindən qeydə alınıb</translation>
    </message>
    <message>
        <source>taken {moment}</source>
        <translation>çəkilib: {moment}</translation>
    </message>
    <message>
        <source>camera {camera}</source>
        <translation>kamera: {camera}</translation>
    </message>
    <message>
        <source>In the file&apos;s metadata: {facts}</source>
        <translation>Faylın metaməlumatlarında: {facts}</translation>
    </message>
    <message>
        <source>GPS LOCATION IN THIS FILE — the original file&apos;s metadata contains GPS coordinates (not shown here). Anyone who receives the file can read them.</source>
        <translation>BU FAYLDA GPS MÖVQEYİ VAR — orijinal faylın metaməlumatlarında GPS koordinatları var (burada göstərilmir). Faylı alan hər kəs onları oxuya bilər.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bayt</numerusform>
            <numerusform>%n bayt</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Naməlum növ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <source>{count} characters the report cannot draw (emoji, control or direction characters…) are shown as [U+…] marks</source>
        <translation>hesabatın çəkə bilmədiyi {count} simvol (emoji, idarəetmə və ya istiqamət simvolları…) [U+…] işarələri kimi göstərilib</translation>
    </message>
    <message>
        <source>{count} invisible formatting characters or excess stacked accents are not shown</source>
        <translation>{count} görünməz formatlama simvolu və ya üst-üstə yığılmış artıq diakritik işarə göstərilmir</translation>
    </message>
    <message>
        <source>the text continues for {count} more characters, not printed here</source>
        <translation>mətn daha {count} simvol davam edir, burada çap olunmayıb</translation>
    </message>
    <message>
        <source>The exact text is in data/incidents.json.</source>
        <translation>Dəqiq mətn data/incidents.json faylındadır.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>Save the backup</source>
        <translation>Ehtiyat nüsxəni saxla</translation>
    </message>
    <message>
        <source>Threatlog backups (*.zip)</source>
        <translation>Threatlog ehtiyat nüsxələri (*.zip)</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Ehtiyat nüsxə yazılır və yoxlanılır…</translation>
    </message>
    <message>
        <source>Checking every page and every evidence item…</source>
        <translation>Hər səhifə və hər sübut yoxlanılır…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Bərpa ediləcək ehtiyat nüsxəni seçin</translation>
    </message>
    <message>
        <source>Threatlog backups (*.zip);;All files (*)</source>
        <translation>Threatlog ehtiyat nüsxələri (*.zip);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>Bərpa edilən seyf üçün yeni, boş qovluq seçin</translation>
    </message>
    <message>
        <source>The backup of %1 was restored into %2. It opens with the passphrase and the recovery code that were in force when the backup was made.

Open it now?</source>
        <translation>%1 tarixli ehtiyat nüsxə bu qovluğa bərpa edildi: %2. O, ehtiyat nüsxə çıxarılan zaman qüvvədə olan parol ifadəsi və bərpa kodu ilə açılır.

İndi açılsın?</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Ehtiyat nüsxə yoxlanılır və bərpa edilir…</translation>
    </message>
    <message>
        <source>Destroying the vault…</source>
        <translation>Seyf məhv edilir…</translation>
    </message>
    <message>
        <source>The vault is destroyed: its key is overwritten and deleted, so nobody can decrypt it.</source>
        <translation>Seyf məhv edildi: açarının üzərinə yazılıb və o silinib, ona görə heç kim onu deşifrə edə bilməz.</translation>
    </message>
    <message>
        <source>Some of its encrypted files could not be removed (their key is gone): %1</source>
        <translation>Onun bəzi şifrələnmiş faylları silinə bilmədi (açarları artıq yoxdur): %1</translation>
    </message>
    <message>
        <source>Other files in the folder were left alone: %1</source>
        <translation>Qovluqdakı digər fayllara toxunulmadı: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Heç vaxt</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Neçə dəqiqə fəaliyyətsizlikdən sonra kilidlənsin</translation>
    </message>
    <message>
        <source>0 = never</source>
        <translation>0 = heç vaxt</translation>
    </message>
    <message>
        <source>&amp;Blur all media until I reveal it</source>
        <translation>Mən göstərənə qədər bütün medianı &amp;bulanıq saxla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>Applies the next time Threatlog starts.</source>
        <translation>Threatlog növbəti dəfə işə salındıqda qüvvəyə minir.</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Kilidlənmə müddəti:</translation>
    </message>
    <message>
        <source>Threatlog locks itself after this many minutes without use.</source>
        <translation>Threatlog bu qədər dəqiqə istifadə olunmadıqda özünü kilidləyir.</translation>
    </message>
    <message>
        <source>Media of incidents marked sensitive is always blurred, whatever you choose here.</source>
        <translation>Həssas kimi işarələnmiş hadisələrin mediası burada nə seçməyinizdən asılı olmayaraq həmişə bulanıq olur.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Dil:</translation>
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
        <translation>Aldığınız təhdidlərin şifrələnmiş qeydiyyatı.</translation>
    </message>
    <message>
        <source>Use my &amp;recovery code instead</source>
        <translation>Bunun əvəzinə &amp;bərpa kodumdan istifadə et</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Kilidin açılması</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>Kilidin açılma vəziyyəti</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>Yeni &amp;seyf yarat…</translation>
    </message>
    <message>
        <source>Choose another vault &amp;folder…</source>
        <translation>Başqa seyf &amp;qovluğu seç…</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle… (no vault needed)</source>
        <translation>Sübut paketini &amp;yoxla… (seyf lazım deyil)</translation>
    </message>
    <message>
        <source>Open the de&amp;mo (fictional, for workshops)</source>
        <translation>&amp;Demonu aç (uydurma, təlimlər üçün)</translation>
    </message>
    <message>
        <source>A made-up case to learn and teach the app with; no passphrase needed</source>
        <translation>Proqramı öyrənmək və öyrətmək üçün uydurma iş; parol ifadəsi lazım deyil</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Ehtiyat nüsxədən bərpa et…</translation>
    </message>
    <message>
        <source>&amp;Destroy this vault…</source>
        <translation>Bu seyfi &amp;məhv et…</translation>
    </message>
    <message>
        <source>Erase this vault for good, without unlocking it</source>
        <translation>Bu seyfi kilidini açmadan həmişəlik sil</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Seyf: %1</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>Bu qovluqda hələ seyf yoxdur: %1</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Bərpa kodu</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <source>Opening read-only…</source>
        <translation>Yalnız oxumaq üçün açılır…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Kilid açılır…</translation>
    </message>
    <message>
        <source>Rebuilding the demo…</source>
        <translation>Demo yenidən qurulur…</translation>
    </message>
    <message>
        <source>Opening the demo…</source>
        <translation>Demo açılır…</translation>
    </message>
    <message>
        <source>This vault is damaged: %1

Open it read-only? You can read, export and back up what is intact; nothing in the vault will be changed. To work in it again, restore your latest backup into a new folder.</source>
        <translation>Bu seyf zədələnib: %1

Yalnız oxumaq üçün açılsın? Zədəsiz olanları oxuya, ixrac edə və ehtiyat nüsxəsini çıxara bilərsiniz; seyfdə heç nə dəyişdirilməyəcək. Yenidən işləmək üçün ən son ehtiyat nüsxənizi yeni qovluğa bərpa edin.</translation>
    </message>
    <message>
        <source>This vault cannot be opened normally: %1 Nothing was changed in it.</source>
        <translation>Bu seyfi adi qaydada açmaq mümkün deyil: %1 Orada heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>To recover, restore your latest backup into a new folder (“Restore from a backup…” below).</source>
        <translation>Bərpa etmək üçün ən son ehtiyat nüsxənizi yeni qovluğa bərpa edin (aşağıda “Ehtiyat nüsxədən bərpa et…”).</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Seyf qovluğunu seçin</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>week %1, %2</source>
        <translation>həftə %1, %2</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Timeline of incidents</source>
        <translation>Hadisələrin zaman xətti</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s); arrow keys choose one, Enter lists its incidents.</source>
        <translation>
            <numerusform>%n dövr; ox düymələri ilə birini seçin, Enter onun hadisələrini siyahıda göstərir.</numerusform>
            <numerusform>%n dövr; ox düymələri ilə birini seçin, Enter onun hadisələrini siyahıda göstərir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents to chart.</source>
        <translation>Qrafikdə göstəriləcək hadisə yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n hadisə</numerusform>
            <numerusform>%1: %n hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Qrafik bura yazıla bilmədi: %1.</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline and figures</source>
        <translation>Zaman xətti və statistika</translation>
    </message>
    <message>
        <source>Incidents per</source>
        <translation>Hadisələrin bölgüsü</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Aylar üzrə</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Həftələr üzrə</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesab</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Bütün hesablar</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaniya</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Bütün kampaniyalar</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Bütün platformalar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılır…</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>Qrafiki &amp;saxla…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing (Ctrl+S)</source>
        <translation>Qrafiki PNG şəkli və ya SVG çertyoju kimi saxla (Ctrl+S)</translation>
    </message>
    <message>
        <source>Click a bar (or choose one with the arrow keys and press Enter) to list its incidents in the main window.</source>
        <translation>Hadisələrini əsas pəncərədə görmək üçün sütuna klikləyin (və ya ox düymələri ilə seçib Enter basın).</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <source>Mean severity</source>
        <translation>Orta ciddilik</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Ciddilik %1</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Ciddilik göstərilməyib</translation>
    </message>
    <message>
        <source>Severity over time</source>
        <translation>Ciddiliyin zamanla dəyişməsi</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Növə görə</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Platformaya görə</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Hesaba görə</translation>
    </message>
    <message>
        <source>(no account named)</source>
        <translation>(hesab göstərilməyib)</translation>
    </message>
    <message>
        <source>(no platform)</source>
        <translation>(platforma göstərilməyib)</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>artır</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>azalır</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>sabitdir</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>məlum deyil</translation>
    </message>
    <message>
        <source>Last three months: %1 incident(s) (%2 a month); the three months before: %3 (%4 a month). Frequency: %5.</source>
        <translation>Son üç ay: %1 hadisə (ayda %2); ondan əvvəlki üç ay: %3 (ayda %4). Tezlik: %5.</translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation>Ciddilik: %1.</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Qrafiki saxla</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG şəkli (*.png);;SVG çertyoju (*.svg)</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>Qrafik saxlanıldı: %1.</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>İmza açarı</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Nəyi yoxlamalı</translation>
    </message>
    <message>
        <source>INTACT — nothing was changed since it was signed</source>
        <translation>BÜTÖVDÜR — imzalandıqdan sonra heç nə dəyişdirilməyib</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>İmzalayan açar: %1</translation>
    </message>
    <message>
        <source>This is the key you said you expected.</source>
        <translation>Bu, gözlədiyinizi bildirdiyiniz açardır.</translation>
    </message>
    <message>
        <source>Every file is exactly as it was when the bundle was signed, and the record of who handled it is complete.</source>
        <translation>Hər fayl paket imzalanan andakı kimidir və onunla kimin işlədiyinə dair qeyd tamdır.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the sender gave you by another channel (phone, in person). Only that tells you who signed it.</source>
        <translation>Bu barmaq izini göndərənin sizə başqa kanalla (telefonla, şəxsən) verdiyi barmaq izi ilə müqayisə edin. Paketi kimin imzaladığını yalnız bu göstərir.</translation>
    </message>
    <message>
        <source>NOT INTACT — %1</source>
        <translation>BÜTÖV DEYİL — %1</translation>
    </message>
    <message>
        <source>Technical reason: %1</source>
        <translation>Texniki səbəb: %1</translation>
    </message>
    <message>
        <source>the file “%1” was changed after it was signed</source>
        <translation>“%1” faylı imzalandıqdan sonra dəyişdirilib</translation>
    </message>
    <message>
        <source>the file “%1” is missing</source>
        <translation>“%1” faylı yoxdur</translation>
    </message>
    <message>
        <source>the file “%1” was added after it was signed</source>
        <translation>“%1” faylı imzalandıqdan sonra əlavə edilib</translation>
    </message>
    <message>
        <source>it holds other files, or files of another size, than were signed</source>
        <translation>içindəki fayllar və ya onların ölçüsü imzalananlardan fərqlidir</translation>
    </message>
    <message>
        <source>the signature does not match: the bundle was changed, or signed by another key</source>
        <translation>imza uyğun gəlmir: paket dəyişdirilib və ya başqa açarla imzalanıb</translation>
    </message>
    <message>
        <source>it was signed by a different key than the one you expected</source>
        <translation>paket gözlədiyiniz açarla deyil, başqa açarla imzalanıb</translation>
    </message>
    <message>
        <source>the record of who handled the evidence (custody log) does not check</source>
        <translation>sübutla kimin işlədiyinə dair qeyd (saxlama zənciri jurnalı) yoxlamadan keçmir</translation>
    </message>
    <message>
        <source>it is incomplete or damaged, so it cannot be checked</source>
        <translation>paket natamamdır və ya zədələnib, ona görə yoxlanıla bilmir</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} UTF-8 mətni deyil</translation>
    </message>
    <message>
        <source>line {line} of {file} is not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;</source>
        <translation>{file} faylının {line} nömrəli sətri &apos;&lt;sha256&gt;  &lt;path&gt;&apos; formatında deyil</translation>
    </message>
    <message>
        <source>{file} lists {path} twice</source>
        <translation>{file} faylında {path} iki dəfə göstərilib</translation>
    </message>
    <message>
        <source>bag-info.txt starts with a continuation line</source>
        <translation>bag-info.txt davam sətri ilə başlayır</translation>
    </message>
    <message>
        <source>line {line} of bag-info.txt is not &apos;Label: value&apos;</source>
        <translation>bag-info.txt faylının {line} nömrəli sətri &apos;Label: value&apos; formatında deyil</translation>
    </message>
    <message>
        <source>bag-info.txt must give {label} exactly once</source>
        <translation>bag-info.txt faylında {label} düz bir dəfə göstərilməlidir</translation>
    </message>
    <message>
        <source>bag-info.txt names a bundle format this program does not know</source>
        <translation>bag-info.txt faylında bu proqramın tanımadığı paket formatı göstərilib</translation>
    </message>
    <message>
        <source>Payload-Oxum in bag-info.txt is not &apos;&lt;bytes&gt;.&lt;files&gt;&apos;</source>
        <translation>bag-info.txt faylındakı Payload-Oxum &apos;&lt;bytes&gt;.&lt;files&gt;&apos; formatında deyil</translation>
    </message>
    <message>
        <source>entry {seq} is far longer than a custody entry</source>
        <translation>{seq} nömrəli qeyd saxlama zənciri qeydi üçün həddən artıq uzundur</translation>
    </message>
    <message>
        <source>line {seq} is not a JSON custody entry</source>
        <translation>{seq} nömrəli sətir JSON formatında saxlama zənciri qeydi deyil</translation>
    </message>
    <message>
        <source>line {seq} does not have the fields of a custody entry</source>
        <translation>{seq} nömrəli sətirdə saxlama zənciri qeydinin sahələri yoxdur</translation>
    </message>
    <message>
        <source>line {seq} has a field of the wrong type</source>
        <translation>{seq} nömrəli sətirdə yanlış tipli sahə var</translation>
    </message>
    <message>
        <source>entry {seq} follows entry {previous}: entries are missing or reordered</source>
        <translation>{seq} nömrəli qeyd {previous} nömrəli qeyddən sonra gəlir: qeydlər çatışmır və ya sırası dəyişdirilib</translation>
    </message>
    <message>
        <source>entry {seq} does not point at the entry before it</source>
        <translation>{seq} nömrəli qeyd özündən əvvəlki qeydə istinad etmir</translation>
    </message>
    <message>
        <source>entry {seq} was altered after it was written</source>
        <translation>{seq} nömrəli qeyd yazıldıqdan sonra dəyişdirilib</translation>
    </message>
    <message>
        <source>entry {seq} is not a complete line</source>
        <translation>{seq} nömrəli qeyd tam sətir deyil</translation>
    </message>
    <message>
        <source>the custody log is empty</source>
        <translation>saxlama zənciri jurnalı boşdur</translation>
    </message>
    <message>
        <source>the last entry is not the custody head named in bag-info.txt: entries are missing</source>
        <translation>sonuncu qeyd bag-info.txt faylında göstərilən son saxlama zənciri qeydi deyil: qeydlər çatışmır</translation>
    </message>
    <message>
        <source>no custody entry records attaching {sha256} to incident {incident}</source>
        <translation>{sha256} heşli faylın {incident} hadisəsinə əlavə edilməsi heç bir saxlama zənciri qeydində qeydə alınmayıb</translation>
    </message>
    <message>
        <source>NOT INTACT — {reason}</source>
        <translation>BÜTÖV DEYİL — {reason}</translation>
    </message>
    <message>
        <source>INTACT — signed by key {fingerprint} (this key is only the bundle&apos;s own claim: compare it with the fingerprint the sender gave you, or name it with --signer)</source>
        <translation>BÜTÖVDÜR — {fingerprint} açarı ilə imzalanıb (bu açarı yalnız paketin özü göstərir: onu göndərənin sizə verdiyi barmaq izi ilə müqayisə edin və ya --signer ilə göstərin)</translation>
    </message>
    <message>
        <source>INTACT — signed by key {fingerprint}</source>
        <translation>BÜTÖVDÜR — {fingerprint} açarı ilə imzalanıb</translation>
    </message>
    <message>
        <source>the files beside the data folder are far larger than a bag&apos;s tag files can be</source>
        <translation>data qovluğunun yanındakı fayllar BagIt paketinin tag fayllarının ola biləcəyindən qat-qat böyükdür</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason})</source>
        <translation>{path} oxuna bilmir ({reason})</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>yoxlanılmayıb</translation>
    </message>
    <message>
        <source>{path} is missing: this is not a complete bag</source>
        <translation>{path} yoxdur: bu, tam BagIt paketi deyil</translation>
    </message>
    <message>
        <source>bagit.txt is not the BagIt 1.0 declaration</source>
        <translation>bagit.txt BagIt 1.0 bəyannaməsi deyil</translation>
    </message>
    <message>
        <source>{manifest} lists a file outside the data folder</source>
        <translation>{manifest} faylında data qovluğundan kənarda olan fayl göstərilib</translation>
    </message>
    <message>
        <source>{manifest} lists a file it must not cover</source>
        <translation>{manifest} faylında onun əhatə etməməli olduğu fayl göstərilib</translation>
    </message>
    <message>
        <source>{path} was altered ({detail})</source>
        <translation>{path} dəyişdirilib ({detail})</translation>
    </message>
    <message>
        <source>listed in {manifest}</source>
        <translation>{manifest} faylında göstərilib</translation>
    </message>
    <message>
        <source>in no manifest</source>
        <translation>heç bir manifestdə yoxdur</translation>
    </message>
    <message>
        <source>{path} was added (it is in no manifest)</source>
        <translation>{path} əlavə edilib (heç bir manifestdə yoxdur)</translation>
    </message>
    <message>
        <source>its bytes cannot be read: {reason}</source>
        <translation>faylın baytlarını oxumaq mümkün deyil: {reason}</translation>
    </message>
    <message>
        <source>its SHA-256 is not the one in {manifest}</source>
        <translation>SHA-256 heşi {manifest} faylındakı ilə uyğun gəlmir</translation>
    </message>
    <message>
        <source>bag-info.txt declares {declared_files} payload files of {declared_bytes} bytes (Payload-Oxum), but the bundle holds {files} files of {bytes} bytes</source>
        <translation>bag-info.txt faylında {declared_bytes} bayt həcmində {declared_files} məzmun (payload) faylı göstərilib (Payload-Oxum), amma paketdə {bytes} bayt həcmində {files} fayl var</translation>
    </message>
    <message>
        <source>the custody log is missing</source>
        <translation>saxlama zənciri jurnalı yoxdur</translation>
    </message>
    <message>
        <source>custody log: {problem}</source>
        <translation>saxlama zənciri jurnalı: {problem}</translation>
    </message>
    <message>
        <source>signature: {problem}</source>
        <translation>imza: {problem}</translation>
    </message>
    <message>
        <source>the bundle is signed by key {fingerprint}, which is not a key you trust</source>
        <translation>paket {fingerprint} açarı ilə imzalanıb, bu isə etibar etdiyiniz açar deyil</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>imzası yoxlamadan keçmir</translation>
    </message>
    <message>
        <source>the signing key {fingerprint} is not the key in {file}</source>
        <translation>imza açarı {fingerprint} {file} faylındakı açar deyil</translation>
    </message>
    <message>
        <source>bag-info.txt names key {named}, but the signature was made with key {fingerprint}</source>
        <translation>bag-info.txt faylında {named} açarı göstərilib, amma imza {fingerprint} açarı ilə yaradılıb</translation>
    </message>
    <message>
        <source>{path} is missing</source>
        <translation>{path} yoxdur</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>QAYDASINDADIR</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>DƏYİŞDİRİLİB</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>YOXDUR</translation>
    </message>
    <message>
        <source>UNLISTED</source>
        <translation>SİYAHIDA YOXDUR</translation>
    </message>
    <message>
        <source>Signature: NOT valid: {problem}.</source>
        <translation>İmza: etibarlı DEYİL: {problem}.</translation>
    </message>
    <message>
        <source>Signature: valid, key {fingerprint} ({identity}); not compared with a key you trust (use --signer or --allowed-signers).</source>
        <translation>İmza: etibarlıdır, açar {fingerprint} ({identity}); etibar etdiyiniz açarla müqayisə edilməyib (--signer və ya --allowed-signers istifadə edin).</translation>
    </message>
    <message>
        <source>Signature: valid, key {fingerprint} ({identity}); the key you trust.</source>
        <translation>İmza: etibarlıdır, açar {fingerprint} ({identity}); etibar etdiyiniz açardır.</translation>
    </message>
    <message>
        <source>Signature: valid, key {fingerprint} ({identity}); NOT the key you trust.</source>
        <translation>İmza: etibarlıdır, açar {fingerprint} ({identity}); etibar etdiyiniz açar DEYİL.</translation>
    </message>
    <message>
        <source>Custody log: intact; {entries} entries, {full} given in full.</source>
        <translation>Saxlama zənciri jurnalı: bütövdür; {entries} qeyd, onlardan {full} qeyd tam verilib.</translation>
    </message>
    <message>
        <source>Custody log: BROKEN: {problem}; {entries} entries, {full} given in full.</source>
        <translation>Saxlama zənciri jurnalı: QIRILIB: {problem}; {entries} qeyd, onlardan {full} qeyd tam verilib.</translation>
    </message>
    <message>
        <source>Bundle: {name}</source>
        <translation>Paket: {name}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify an evidence bundle</source>
        <translation>Sübut paketini yoxla</translation>
    </message>
    <message>
        <source>Check whether an evidence bundle (.zip) is exactly as it was when it was signed. Nothing is extracted and nothing is changed.</source>
        <translation>Sübut paketinin (.zip) imzalandığı andakı kimi qalıb-qalmadığını yoxlayın. Heç nə çıxarılmır və heç nə dəyişdirilmir.</translation>
    </message>
    <message>
        <source>No bundle chosen — choose one, or drop the .zip file here</source>
        <translation>Paket seçilməyib — birini seçin və ya .zip faylını bura sürükləyin</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paket faylı</translation>
    </message>
    <message>
        <source>&amp;Choose bundle…</source>
        <translation>Paketi &amp;seç…</translation>
    </message>
    <message>
        <source>SHA256:… (optional)</source>
        <translation>SHA256:… (istəyə bağlı)</translation>
    </message>
    <message>
        <source>Expected key fingerprint</source>
        <translation>Gözlənilən açarın barmaq izi</translation>
    </message>
    <message>
        <source>The fingerprint the sender gave you by another channel</source>
        <translation>Göndərənin sizə başqa kanalla verdiyi barmaq izi</translation>
    </message>
    <message>
        <source>&amp;Load allowed_signers file…</source>
        <translation>allowed_signers faylını yük&amp;lə…</translation>
    </message>
    <message>
        <source>Optional: the key fingerprint the sender gave you by phone or in person. Without it you still learn whether anything was changed, but not who signed it.</source>
        <translation>İstəyə bağlı: göndərənin sizə telefonla və ya şəxsən verdiyi açar barmaq izi. Onsuz da nəyinsə dəyişdirilib-dəyişdirilmədiyini öyrənəcəksiniz, amma paketi kimin imzaladığını yox.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Yoxla</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Yoxlama</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Paketdəki fayllar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüat</translation>
    </message>
    <message>
        <source>Each file</source>
        <translation>Hər fayl</translation>
    </message>
    <message>
        <source>Signature and custody chain</source>
        <translation>İmza və saxlama zənciri</translation>
    </message>
    <message>
        <source>Drop the bundle (.zip) here, or press “Choose bundle…”.</source>
        <translation>Paketi (.zip) bura sürükləyin və ya “Paketi seç…” düyməsini basın.</translation>
    </message>
    <message>
        <source>C&amp;opy report</source>
        <translation>Hesabatı k&amp;opyala</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>Expected &amp;key:</source>
        <translation>Gözlənilən &amp;açar:</translation>
    </message>
    <message>
        <source>Choose an evidence bundle</source>
        <translation>Sübut paketini seçin</translation>
    </message>
    <message>
        <source>Evidence bundles (*.zip);;All files (*)</source>
        <translation>Sübut paketləri (*.zip);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Choose an allowed_signers file</source>
        <translation>allowed_signers faylını seçin</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) from %1</source>
        <translation>
            <numerusform>%1 faylından %n açar</numerusform>
            <numerusform>%1 faylından %n açar</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every file of %1…</source>
        <translation>%1 paketinin hər faylı yoxlanılır…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Yenidən yoxla</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Yoxlanıldı: %1.</translation>
    </message>
    <message>
        <source>this file was refused as unsafe or unreadable, and was not opened</source>
        <translation>bu fayl təhlükəli və ya oxunmaz olduğu üçün rədd edildi və açılmadı</translation>
    </message>
    <message>
        <source>Each file (%1 of %2 with a problem)</source>
        <translation>Hər fayl (%2 fayldan %1 faylda problem var)</translation>
    </message>
    <message>
        <source>Each file (all %1 unchanged)</source>
        <translation>Hər fayl (%1 faylın hamısı dəyişməyib)</translation>
    </message>
    <message>
        <source>Verification of an evidence bundle (Threatlog)</source>
        <translation>Sübut paketinin yoxlanması (Threatlog)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fayl: %1</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>Faylın SHA-256 heşi: %1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Yoxlanıldı: %1</translation>
    </message>
    <message>
        <source>Expected key: %1</source>
        <translation>Gözlənilən açar: %1</translation>
    </message>
    <message>
        <source>Expected key: none given</source>
        <translation>Gözlənilən açar: göstərilməyib</translation>
    </message>
    <message>
        <source>Technical report (the same as the command “threatlog verify”):</source>
        <translation>Texniki hesabat (“threatlog verify” komandası ilə eyni):</translation>
    </message>
    <message>
        <source>Report copied. Paste it within %1 seconds: Threatlog then clears the clipboard.</source>
        <translation>Hesabat kopyalandı. Onu %1 saniyə ərzində yapışdırın: sonra Threatlog mübadilə buferini təmizləyir.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Hesablar…</translation>
    </message>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Kampaniyalar…</translation>
    </message>
    <message>
        <source>&amp;Timeline and figures…</source>
        <translation>&amp;Zaman xətti və statistika…</translation>
    </message>
    <message>
        <source>&amp;New campaign from selected incidents…</source>
        <translation>Seçilmiş hadisələrdən &amp;yeni kampaniya…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>Select the incidents of the campaign in the list first (Ctrl+click or Shift+click to select several).</source>
        <translation>Əvvəlcə siyahıda kampaniyanın hadisələrini seçin (bir neçəsini seçmək üçün Ctrl+klik və ya Shift+klik).</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Yeni kampaniya</translation>
    </message>
    <message numerus="yes">
        <source>A name for the campaign of the %n selected incident(s):</source>
        <translation>
            <numerusform>Seçilmiş %n hadisədən ibarət kampaniyanın adı:</numerusform>
            <numerusform>Seçilmiş %n hadisədən ibarət kampaniyanın adı:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RevealCover</name>
    <message>
        <source>Sensitive content</source>
        <translation>Həssas məzmun</translation>
    </message>
    <message>
        <source>It stays hidden until you choose to look.</source>
        <translation>Siz baxmaq istəyənə qədər gizli qalır.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Göstər</translation>
    </message>
    <message>
        <source>Reveal sensitive content</source>
        <translation>Həssas məzmunu göstər</translation>
    </message>
</context>
<context>
    <name>taxonomy</name>
    <message>
        <source>Direct threat (violence, death, rape)</source>
        <translation>Birbaşa təhdid (zorakılıq, ölüm, zorlama)</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Təhdid</translation>
    </message>
    <message>
        <source>Threat wording (original)</source>
        <translation>Təhdidin mətni (orijinal)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Explicit or implicit</source>
        <translation>Açıq və ya üstüörtülü</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>açıq</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>üstüörtülü</translation>
    </message>
    <message>
        <source>Mentions family</source>
        <translation>Ailədən bəhs edir</translation>
    </message>
    <message>
        <source>Harassment / trolling</source>
        <translation>Təqib / trollinq</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Təqib</translation>
    </message>
    <message>
        <source>Kind of insult</source>
        <translation>Təhqirin növü</translation>
    </message>
    <message>
        <source>sexualised</source>
        <translation>seksual xarakterli</translation>
    </message>
    <message>
        <source>ethnic</source>
        <translation>etnik</translation>
    </message>
    <message>
        <source>traitor</source>
        <translation>“xain” damğası</translation>
    </message>
    <message>
        <source>religious</source>
        <translation>dini</translation>
    </message>
    <message>
        <source>other</source>
        <translation>digər</translation>
    </message>
    <message>
        <source>Number of messages</source>
        <translation>Mesajların sayı</translation>
    </message>
    <message>
        <source>Private data exposed</source>
        <translation>Şəxsi məlumatlar ifşa edilib</translation>
    </message>
    <message>
        <source>Doxxing</source>
        <translation>Doksinq</translation>
    </message>
    <message>
        <source>What was exposed</source>
        <translation>Nə ifşa edilib</translation>
    </message>
    <message>
        <source>address</source>
        <translation>ünvan</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>family</source>
        <translation>ailə</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>iş yeri</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>fotolar</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>sənədlər</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Harada</translation>
    </message>
    <message>
        <source>Fake profile / impersonation</source>
        <translation>Saxta profil / başqasının adından çıxış</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Saxta profil</translation>
    </message>
    <message>
        <source>Fake profile URL</source>
        <translation>Saxta profilin URL-i</translation>
    </message>
    <message>
        <source>Takedown requested</source>
        <translation>Silinməsi tələb olunub</translation>
    </message>
    <message>
        <source>Takedown result</source>
        <translation>Silinmə tələbinin nəticəsi</translation>
    </message>
    <message>
        <source>Hacked account / phishing</source>
        <translation>Sındırılmış hesab / fişinq</translation>
    </message>
    <message>
        <source>Hacked account</source>
        <translation>Sındırılmış hesab</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesab</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nə baş verib</translation>
    </message>
    <message>
        <source>Recovery status</source>
        <translation>Bərpa vəziyyəti</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>bərpa edilib</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>davam edir</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>itirilib</translation>
    </message>
    <message>
        <source>Phishing link</source>
        <translation>Fişinq linki</translation>
    </message>
    <message>
        <source>Intimate images published or threatened</source>
        <translation>İntim görüntülər yayılıb və ya yaymaqla hədələyiblər</translation>
    </message>
    <message>
        <source>Intimate images</source>
        <translation>İntim görüntülər</translation>
    </message>
    <message>
        <source>Demand (if blackmail)</source>
        <translation>Tələb (şantaj varsa)</translation>
    </message>
    <message>
        <source>Blackmail / extortion</source>
        <translation>Şantaj / qəsb</translation>
    </message>
    <message>
        <source>Blackmail</source>
        <translation>Şantaj</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Tələb</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Son müddət</translation>
    </message>
    <message>
        <source>Pressure on relatives</source>
        <translation>Qohumlara təzyiq</translation>
    </message>
    <message>
        <source>Family pressure</source>
        <translation>Ailəyə təzyiq</translation>
    </message>
    <message>
        <source>Relative (relation only)</source>
        <translation>Qohum (yalnız qohumluq əlaqəsi)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>summoned</source>
        <translation>çağırılıb</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>saxlanılıb</translation>
    </message>
    <message>
        <source>threatened</source>
        <translation>hədələnib</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>ittiham olunub</translation>
    </message>
    <message>
        <source>forced to renounce</source>
        <translation>imtinaya məcbur edilib</translation>
    </message>
    <message>
        <source>Summons or questioning by authorities</source>
        <translation>Hakimiyyət orqanlarına çağırış və ya dindirmə</translation>
    </message>
    <message>
        <source>Summons</source>
        <translation>Çağırış</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Who was questioned</source>
        <translation>Kim dindirilib</translation>
    </message>
    <message>
        <source>Smear article or broadcast</source>
        <translation>Qarayaxma məqaləsi və ya verilişi</translation>
    </message>
    <message>
        <source>Smear media</source>
        <translation>Qarayaxma (media)</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Media orqanı</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Dərc tarixi</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Charges, warrants, extradition, Interpol</source>
        <translation>İttihamlar, həbs qərarları, ekstradisiya, İnterpol</translation>
    </message>
    <message>
        <source>Legal harassment</source>
        <translation>Hüquqi təqib</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>İşin nömrəsi</translation>
    </message>
    <message>
        <source>Court or agency</source>
        <translation>Məhkəmə və ya qurum</translation>
    </message>
    <message>
        <source>Interpol notice type</source>
        <translation>İnterpol bildirişinin növü</translation>
    </message>
    <message>
        <source>red notice</source>
        <translation>qırmızı bildiriş</translation>
    </message>
    <message>
        <source>diffusion</source>
        <translation>diffuziya (axtarış sorğusu)</translation>
    </message>
    <message>
        <source>blue notice</source>
        <translation>mavi bildiriş</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Spyware or physical surveillance</source>
        <translation>Casus proqram və ya fiziki izləmə</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>İzləmə</translation>
    </message>
    <message>
        <source>Spyware name</source>
        <translation>Casus proqramın adı</translation>
    </message>
    <message>
        <source>Notification source</source>
        <translation>Bildirişin mənbəyi</translation>
    </message>
    <message>
        <source>Forensic report (attach it as evidence)</source>
        <translation>Ekspertiza hesabatı (sübut kimi əlavə edin)</translation>
    </message>
    <message>
        <source>Mass reporting / false takedowns</source>
        <translation>Kütləvi şikayətlər / saxta silinmə tələbləri</translation>
    </message>
    <message>
        <source>False takedowns</source>
        <translation>Saxta silinmələr</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Məzmun</translation>
    </message>
    <message>
        <source>Claim made</source>
        <translation>İrəli sürülən iddia</translation>
    </message>
    <message>
        <source>Physical attack or attempt</source>
        <translation>Fiziki hücum və ya hücum cəhdi</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Fiziki hücum</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Xəsarətlər</translation>
    </message>
    <message>
        <source>Police report number</source>
        <translation>Polis protokolunun nömrəsi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
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
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefon zəngi</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Şəxsən</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Mətbuat</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mən</translation>
    </message>
    <message>
        <source>A relative</source>
        <translation>Qohum</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Həmkar</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Başqa biri</translation>
    </message>
</context>
</TS>
