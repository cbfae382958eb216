"""VERIFY.txt: how a recipient checks a bundle with the tools their computer already has.

Written for a lawyer or clerk who is not technical, in English, Azerbaijani and Russian, with the
exact commands for Windows 11 `cmd`, macOS Terminal and Linux. The Windows commands use `cmd`
and its `<` redirection on purpose: a PowerShell pipe would re-encode the signed file's bytes
and the signature check would fail on an intact bundle.
"""

from __future__ import annotations

from dataclasses import dataclass

_RULE = "=" * 72


@dataclass(frozen=True)
class VerifyFacts:
    bag_name: str
    exported_at: str
    identity: str
    fingerprint: str
    namespace: str
    payload_files: int


def _commands(f: VerifyFacts) -> dict[str, str]:
    ssh = (f"ssh-keygen -Y verify -f allowed_signers -I {f.identity} -n {f.namespace} "
           "-s tagmanifest-sha256.txt.sig < tagmanifest-sha256.txt")

    def certutil_loop(manifest: str) -> str:
        return (f'for /f "usebackq tokens=1,*" %A in ("{manifest}") do @(certutil -hashfile "%B" SHA256 '
                '| findstr /i /x "%A" >nul && echo OK %B || echo FAILED %B)')

    return {
        "signature": f"    Windows 11 (cmd):\n      chcp 65001\n      {ssh}\n    macOS, Linux:\n      {ssh}",
        "good": f'Good "{f.namespace}" signature for {f.identity} with ED25519 key {f.fingerprint}',
        "tags": ("    Windows 11 (cmd):\n      " + certutil_loop("tagmanifest-sha256.txt")
                 + "\n    macOS:  shasum -a 256 -c tagmanifest-sha256.txt"
                 + "\n    Linux:  sha256sum -c tagmanifest-sha256.txt"),
        "payload": ("    Windows 11 (cmd):\n      " + certutil_loop("manifest-sha256.txt")
                    + "\n    macOS:  shasum -a 256 -c manifest-sha256.txt"
                    + "\n    Linux:  sha256sum -c manifest-sha256.txt"),
        "count": ('    Windows 11 (cmd):  dir /s /b /a-d data | find /c /v ""\n'
                  "    macOS:             find data -type f ! -name .DS_Store | wc -l\n"
                  "    Linux:             find data -type f | wc -l"),
    }


_ENGLISH = """\
HOW TO CHECK THIS EVIDENCE BUNDLE
{rule}

Bundle:       {bag_name}
Exported at:  {exported_at} (UTC)
Signed by:    {identity}, key {fingerprint}

This folder is a BagIt bag (RFC 8493). Everything in it can be checked with programs that come
with Windows 11, macOS and Linux. Threatlog is not needed.

What the checks prove. The file tagmanifest-sha256.txt is signed with the key above. It holds
the SHA-256 of manifest-sha256.txt, which holds the SHA-256 of every file in the data folder.
If every step below gives the expected result, no byte of any file was changed, and no file
was added or removed, since the export; and the bundle was signed with that key. Whether the
key belongs to the person who sent you the bundle is a separate question: compare the key
fingerprint above ({fingerprint}) with the one that person gave you in person, by phone or
on paper.

Step 0. Unzip the bundle (Windows: right-click the zip file, then "Extract All"; macOS:
double-click it). Open a terminal in the folder that contains this file:
    Windows 11: open the folder in File Explorer, type cmd in the address bar, press Enter.
                Use this Command Prompt (cmd), not PowerShell.
    macOS:      open Terminal, type cd and a space, drag the folder into the window, press Enter.
    Linux:      open a terminal in the folder.

Step 1. The signature.
{signature}
  Expected result:
    {good}
  (On Windows, type the command in cmd with the "<" exactly as shown: PowerShell would change
  the bytes of the signed file and the check would fail.)

Step 2. The tag files (bagit.txt, bag-info.txt, manifest-sha256.txt, allowed_signers, VERIFY.txt).
{tags}
  Expected result: OK for every file, and no FAILED.

Step 3. Every evidence file and every other file in the data folder.
{payload}
  Expected result: OK for every file ({payload_files} files), and no FAILED.

Step 4. Check that nothing was added to the data folder: count its files.
{count}
  Expected result: {payload_files} (the number after the dot in "Payload-Oxum" in bag-info.txt).

If every step gives the expected result, the bundle is intact.

The custody log, data/custody-log.jsonl, records when each exported incident was created and
edited and when each evidence file was attached (with the file's SHA-256). Entries about other
things in the vault appear only as links of the chain ("redacted"). Each line's "prev_hash" is
the "hash" of the line before it (64 zeros for the first line). The "hash" of a full line is
the SHA-256 of the UTF-8 JSON object of its fields "action", "object_id", "object_sha256",
"prev_hash", "seq" and "utc_time", with the keys sorted and no spaces. The last line's "hash"
equals "Threatlog-Custody-Head" in bag-info.txt. The program "threatlog verify" runs all of
these checks at once.
"""

_AZERBAIJANI = """\
BU SÜBUT PAKETİNİ NECƏ YOXLAMALI
{rule}

Paket:           {bag_name}
İxrac vaxtı:     {exported_at} (UTC)
İmzalayan:       {identity}, açar {fingerprint}

Bu qovluq BagIt paketidir (RFC 8493). İçindəki hər şeyi Windows 11, macOS və Linux ilə birlikdə
gələn proqramlarla yoxlamaq olar. Threatlog proqramı lazım deyil.

Yoxlamalar nəyi sübut edir. tagmanifest-sha256.txt faylı yuxarıdakı açarla imzalanıb. Bu faylda
manifest-sha256.txt faylının SHA-256 dəyəri, manifest-sha256.txt faylında isə data qovluğundakı
hər faylın SHA-256 dəyəri yazılıb. Aşağıdakı bütün addımlar gözlənilən nəticəni verərsə, ixracdan
sonra heç bir faylın heç bir baytı dəyişdirilməyib, heç bir fayl əlavə edilməyib və ya
silinməyib, paket isə həmin açarla imzalanıb. Açarın paketi sizə göndərən şəxsə məxsus olub-olmaması
ayrıca sualdır: yuxarıdakı açar barmaq izini ({fingerprint}) həmin şəxsin sizə şəxsən,
telefonla və ya kağız üzərində verdiyi barmaq izi ilə müqayisə edin.

Addım 0. Paketi arxivdən çıxarın (Windows: zip faylının üzərində sağ düyməni basın və arxivi
çıxarmaq əmrini seçin, ingiliscə "Extract All"; macOS: faylın üzərinə iki dəfə klikləyin). Bu
faylın olduğu qovluqda terminal açın:
    Windows 11: qovluğu Fayl Bələdçisində (File Explorer) açın, ünvan sətrinə cmd yazın və Enter
                düyməsini basın. PowerShell yox, məhz bu Komanda sətrindən (cmd) istifadə edin.
    macOS:      Terminal proqramını açın, cd yazıb bir boşluq qoyun, qovluğu siçanla pəncərənin
                içinə çəkin və Enter düyməsini basın.
    Linux:      həmin qovluqda terminal açın.

Addım 1. İmza.
{signature}
  Gözlənilən nəticə:
    {good}
  (Windows-da əmri cmd-də, "<" işarəsi ilə, tam göstərildiyi kimi yazın: PowerShell imzalanmış
  faylın baytlarını dəyişdirər və yoxlama uğursuz olar.)

Addım 2. Xidməti fayllar (bagit.txt, bag-info.txt, manifest-sha256.txt, allowed_signers, VERIFY.txt).
{tags}
  Gözlənilən nəticə: hər fayl üçün OK, heç bir FAILED olmamalıdır.

Addım 3. Hər sübut faylı və data qovluğundakı bütün digər fayllar.
{payload}
  Gözlənilən nəticə: hər fayl üçün OK ({payload_files} fayl), heç bir FAILED olmamalıdır.

Addım 4. data qovluğuna heç nə əlavə edilmədiyini yoxlayın: onun fayllarını sayın.
{count}
  Gözlənilən nəticə: {payload_files} (bag-info.txt faylındakı "Payload-Oxum" sətrində nöqtədən
  sonrakı ədəd).

Bütün addımlar gözlənilən nəticəni verərsə, paket bütövdür və dəyişdirilməyib.

Sübutların saxlanma zənciri jurnalı (data/custody-log.jsonl) ixrac edilmiş hər hadisənin nə vaxt yaradıldığını
və redaktə edildiyini, hər sübut faylının nə vaxt əlavə edildiyini (faylın SHA-256 dəyəri ilə)
qeyd edir. Threatlog məlumat anbarındakı başqa şeylərə aid qeydlər yalnız zəncirin halqası kimi göstərilir
("redacted"). Hər sətrin "prev_hash" dəyəri özündən əvvəlki sətrin "hash" dəyərinə bərabərdir
(birinci sətir üçün 64 sıfır). Tam sətrin "hash" dəyəri onun "action", "object_id",
"object_sha256", "prev_hash", "seq" və "utc_time" sahələrindən ibarət JSON obyektinin (sahə
adları əlifba sırası ilə, boşluqsuz, UTF-8) SHA-256 dəyəridir. Son sətrin "hash" dəyəri bag-info.txt
faylındakı "Threatlog-Custody-Head" dəyərinə bərabərdir. "threatlog verify" proqramı bütün bu
yoxlamaları birlikdə aparır.
"""

_RUSSIAN = """\
КАК ПРОВЕРИТЬ ЭТОТ ПАКЕТ ДОКАЗАТЕЛЬСТВ
{rule}

Пакет:            {bag_name}
Время экспорта:   {exported_at} (UTC)
Подписан:         {identity}, ключ {fingerprint}

Эта папка — пакет BagIt (RFC 8493). Всё её содержимое можно проверить программами, которые
входят в состав Windows 11, macOS и Linux. Программа Threatlog для этого не нужна.

Что доказывает проверка. Файл tagmanifest-sha256.txt подписан указанным выше ключом. В нём
записан SHA-256 файла manifest-sha256.txt, а в manifest-sha256.txt — SHA-256 каждого файла в
папке data. Если каждый шаг ниже даёт ожидаемый результат, значит, после экспорта ни один байт
ни одного файла не изменён, ни один файл не добавлен и не удалён, а пакет подписан этим ключом.
Принадлежит ли ключ человеку, который прислал вам пакет, — отдельный вопрос: сравните отпечаток
ключа выше ({fingerprint}) с отпечатком, который этот человек сообщил вам лично, по телефону
или на бумаге.

Шаг 0. Распакуйте архив (Windows: щёлкните zip-файл правой кнопкой мыши и выберите «Извлечь
все»; macOS: дважды щёлкните по файлу). Откройте терминал в папке, где лежит этот файл:
    Windows 11: откройте папку в Проводнике, введите cmd в адресной строке и нажмите Enter.
                Пользуйтесь именно этой командной строкой (cmd), а не PowerShell.
    macOS:      откройте «Терминал», введите cd и пробел, перетащите папку в окно и нажмите Enter.
    Linux:      откройте терминал в этой папке.

Шаг 1. Подпись.
{signature}
  Ожидаемый результат:
    {good}
  (В Windows вводите команду в cmd со знаком «<», точно как показано: PowerShell изменил бы
  байты подписанного файла, и проверка не прошла бы.)

Шаг 2. Служебные файлы (bagit.txt, bag-info.txt, manifest-sha256.txt, allowed_signers, VERIFY.txt).
{tags}
  Ожидаемый результат: OK для каждого файла и ни одного FAILED.

Шаг 3. Все файлы доказательств и все остальные файлы в папке data.
{payload}
  Ожидаемый результат: OK для каждого файла (всего файлов: {payload_files}) и ни одного FAILED.

Шаг 4. Проверьте, что в папку data ничего не добавлено: посчитайте её файлы.
{count}
  Ожидаемый результат: {payload_files} (число после точки в строке «Payload-Oxum» файла
  bag-info.txt).

Если каждый шаг дал ожидаемый результат, пакет цел и не изменён.

Журнал цепочки хранения доказательств (data/custody-log.jsonl) фиксирует, когда каждый экспортированный
инцидент был создан и изменён и когда был приложен каждый файл доказательств (с SHA-256 файла).
Записи о других данных хранилища Threatlog показаны только как звенья цепочки («redacted»). Значение
"prev_hash" каждой строки равно значению "hash" предыдущей строки (для первой строки — 64 нуля).
"hash" полной строки — это SHA-256 JSON-объекта из её полей "action", "object_id",
"object_sha256", "prev_hash", "seq" и "utc_time" (имена полей по алфавиту, без пробелов, UTF-8).
"hash" последней строки равен значению "Threatlog-Custody-Head" в bag-info.txt. Программа
«threatlog verify» выполняет все эти проверки сразу.
"""


def render(facts: VerifyFacts) -> bytes:
    """VERIFY.txt's bytes: UTF-8 with a byte-order mark, so Notepad and TextEdit pick the right encoding."""
    values = {**vars(facts), **_commands(facts), "rule": _RULE}
    sections = [template.format(**values) for template in (_ENGLISH, _AZERBAIJANI, _RUSSIAN)]
    return ("\n\n".join(sections)).encode("utf-8-sig")
