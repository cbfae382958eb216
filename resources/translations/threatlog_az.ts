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
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
