"""Exports written the way Telegram Desktop, WhatsApp and mail clients write them.

Every person, handle, number and address is invented. The journalist is Leyla Məmmədova; the
trolls are "Qara Kölgə", "Патриот Родины" and an unknown number. Times are Baku time (+04:00).
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image

BAKU = timezone(timedelta(hours=4))
LEYLA = ("Leyla Məmmədova", "user7000000001")
QARA = ("Qara Kölgə", "user5133004712")
PATRIOT = ("Патриот Родины", "user6000000002")
UNKNOWN_NUMBER = "\u202a+994 50 555 01 02\u202c"  # WhatsApp wraps numbers in bidi embedding marks


def jpeg(color: tuple[int, int, int] = (180, 20, 20), taken: str | None = None, offset: str | None = None) -> bytes:
    exif = Image.Exif()
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    if offset:
        exif.get_ifd(0x8769)[0x9011] = offset
    out = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def voice(seed: int) -> bytes:
    return b"OggS\x00\x02" + bytes((seed + n) % 251 for n in range(700))


# ---- Telegram Desktop, "Machine-readable JSON" ----------------------------------------------

def tg_message(message_id: int, sender: tuple[str, str] | None, when: datetime, text: object, **extra: object) -> dict:
    message = {"id": message_id, "type": "message", "date": when.strftime("%Y-%m-%dT%H:%M:%S"),
               "date_unixtime": str(int(when.timestamp()))}
    if sender:
        message.update({"from": sender[0], "from_id": sender[1]})
    message["text"] = text
    message.update(extra)
    return message


def _at(day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, second, tzinfo=BAKU)


def telegram_chat_messages(prefix: str = "") -> tuple[list[dict], dict[str, bytes]]:
    """A direct chat with Qara Kölgə: text, entities, a photo, a voice message, a file that was not
    downloaded, a deleted account, a reply from Leyla, and a service message."""
    photo = f"{prefix}photos/photo_1@05-10-2026_23-14-40.jpg"
    audio = f"{prefix}voice_messages/audio_1@05-10-2026_23-15-10.ogg"
    messages = [
        {"id": 1, "type": "service", "date": "2026-10-05T23:10:00", "date_unixtime": str(int(_at(5, 23, 10).timestamp())),
         "actor": QARA[0], "actor_id": QARA[1], "action": "phone_call", "discard_reason": "missed"},
        tg_message(2, QARA, _at(5, 23, 14, 2), "Səni tapacağıq."),
        tg_message(3, QARA, _at(5, 23, 14, 40), ["Смотри ", {"type": "bold", "text": "сюда"}, ": ",
                                                 {"type": "link", "text": "https://example.org/leyla-home"}],
                   photo=photo, width=64, height=48),
        tg_message(4, QARA, _at(5, 23, 15, 10), "", file=audio, media_type="voice_message", mime_type="audio/ogg",
                   duration_seconds=4),
        tg_message(5, QARA, _at(5, 23, 16, 0), [{"type": "text_link", "text": "sənin ünvanın",
                                                 "href": "https://example.org/doxx"}, " — hamı bilir"]),
        tg_message(6, QARA, _at(5, 23, 20, 0), "",
                   photo="(File not included. Change data exporting settings to download.)"),
        tg_message(7, LEYLA, _at(6, 9, 0, 0), "Bu mesajları polisə göndərirəm."),
        {**tg_message(8, None, _at(6, 9, 30, 0), "We know where your mother lives."), "from": None,
         "from_id": "user6660000003"},
    ]
    return messages, {photo: jpeg((200, 30, 30)), audio: voice(1)}


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    for relative, data in files.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(data)


def telegram_single(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    messages, files = telegram_chat_messages()
    write_files(folder, files)
    chat = {"name": QARA[0], "type": "personal_chat", "id": 5133004712, "messages": messages}
    (folder / "result.json").write_text(json.dumps(chat, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def telegram_full(folder: Path) -> Path:
    """A full export: the chat above and a group where Патриот Родины posts three times in a row."""
    folder.mkdir(parents=True, exist_ok=True)
    direct, files = telegram_chat_messages("chats/chat_001/")
    write_files(folder, files)
    group = [tg_message(100 + n, PATRIOT, _at(7, 12, n * 2), text) for n, text in enumerate(
        ("Предатель!", "Xain jurnalist", "Мы тебя найдём"))]
    group.append(tg_message(110, LEYLA, _at(7, 12, 5), "Şikayət edirəm."))
    group.append(tg_message(111, PATRIOT, _at(7, 12, 7), "Жди."))
    export = {"about": "Here is the data you requested.",
              "personal_information": {"user_id": 7000000001, "first_name": "Leyla"},
              "chats": {"about": "", "list": [
                  {"name": QARA[0], "type": "personal_chat", "id": 5133004712, "messages": direct},
                  {"name": "Vətən keşikçiləri", "type": "public_supergroup", "id": 1900000001, "messages": group},
              ]}}
    (folder / "result.json").write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


# ---- WhatsApp chat exports ---------------------------------------------------------------

@dataclass(frozen=True)
class WaEvent:
    when: datetime
    sender: str | None
    text: str = ""
    media: str = ""  # "photo", "voice", "missing" (named but not in the export), "omitted"


WA_EVENTS = (
    WaEvent(_at(5, 23, 10, 0), None, "Messages and calls are end-to-end encrypted. No one outside of this chat, "
                                     "not even WhatsApp, can read or listen to them."),
    WaEvent(_at(5, 23, 14, 2), QARA[0], "Səni tapacağıq."),
    WaEvent(_at(5, 23, 14, 40), QARA[0], media="photo"),
    WaEvent(_at(5, 23, 15, 10), QARA[0], "Мы знаем, где живёт твоя мать.\nHər gün izləyirik.\nWe are watching."),
    WaEvent(_at(13, 8, 5, 0), LEYLA[0], "Kimsən?"),
    WaEvent(_at(13, 8, 6, 0), UNKNOWN_NUMBER, media="omitted"),
    WaEvent(_at(13, 20, 7, 30), QARA[0], media="voice"),
    WaEvent(_at(13, 20, 9, 0), QARA[0], media="missing"),
)


@dataclass(frozen=True)
class WaLocale:
    name: str
    ios: bool
    date: str  # strftime of the date
    time: str  # strftime of the time
    ampm_space: str = " "
    encoding: str = "utf-8"

    def stamp(self, when: datetime) -> str:
        date = when.strftime(self.date).replace("/0", "/").lstrip("0") if "%m/%d" in self.date else \
            when.strftime(self.date)
        time = when.strftime(self.time)
        if "%I" in self.time:
            time = time.lstrip("0").replace(" ", self.ampm_space)
        return f"[{date}, {time}]" if self.ios else f"{date}, {time} -"

    def seconds(self) -> bool:
        return "%S" in self.time


WA_LOCALES = {
    "ios_day_first_24h": WaLocale("ios_day_first_24h", True, "%d.%m.%y", "%H:%M:%S"),
    "android_month_first_12h": WaLocale("android_month_first_12h", False, "%m/%d/%y", "%I:%M %p"),
    "android_german_dots": WaLocale("android_german_dots", False, "%d.%m.%y", "%H:%M"),
    "ios_month_first_narrow_space": WaLocale("ios_month_first_narrow_space", True, "%m/%d/%y", "%I:%M:%S %p",
                                             ampm_space="\u202f"),
    "android_russian_utf16": WaLocale("android_russian_utf16", False, "%d.%m.%Y", "%H:%M", encoding="utf-16"),
}


def _wa_media_name(locale: WaLocale, event: WaEvent, number: int) -> str:
    kind = {"photo": ("PHOTO", "IMG", "jpg"), "voice": ("AUDIO", "PTT", "opus"), "missing": ("PHOTO", "IMG", "jpg")}
    ios_kind, android_kind, extension = kind[event.media]
    if locale.ios:
        return f"{number:08d}-{ios_kind}-{event.when:%Y-%m-%d-%H-%M-%S}.{extension}"
    return f"{android_kind}-{event.when:%Y%m%d}-WA{number:04d}.{extension}"


def whatsapp_chat(locale: WaLocale, chat_name: str = "Hədə") -> tuple[str, dict[str, bytes]]:
    """The chat text and the media files of the export."""
    lines, files = [], {}
    for number, event in enumerate(WA_EVENTS, 1):
        stamp = locale.stamp(event.when)
        if event.sender is None:
            lines.append(f"{stamp} {chat_name}: \u200e{event.text}" if locale.ios else f"{stamp} {event.text}")
            continue
        text = event.text
        if event.media == "omitted":
            text = "\u200eimage omitted" if locale.ios else "<Media omitted>"
        elif event.media:
            name = _wa_media_name(locale, event, number)
            text = f"\u200e<attached: {name}>" if locale.ios else f"{name} (file attached)"
            if event.media != "missing":
                files[name] = jpeg((20, 20, 200 - number)) if event.media == "photo" else voice(number)
        lines.append(f"{stamp} {event.sender}: {text}")
    return "\n".join(lines) + "\n", files


def whatsapp_export(base: Path, locale_name: str, as_zip: bool) -> Path:
    """The export as the phone shares it: iOS `_chat.txt`, Android `WhatsApp Chat with NAME.txt`."""
    locale = WA_LOCALES[locale_name]
    text, files = whatsapp_chat(locale)
    chat_file = "_chat.txt" if locale.ios else "WhatsApp Chat with Hədə.txt"
    files = {chat_file: text.encode(locale.encoding), **files}
    if as_zip:
        path = base / ("WhatsApp Chat - Hədə.zip" if locale.ios else "WhatsApp Chat with Hədə.zip")
        base.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
        return path
    folder = base / "WhatsApp Chat - Hədə"
    folder.mkdir(parents=True)
    write_files(folder, files)
    return folder


# ---- E-mail --------------------------------------------------------------------------------

PNG_ATTACHMENT = jpeg((10, 120, 10))


def eml_with_attachment() -> bytes:
    """A threat in Russian, Windows-1251 text, with a photo attached (RFC 2231 file name)."""
    import base64

    body = "Мы знаем, где ты живёшь.\r\nТвоя мать тоже.\r\n".encode("windows-1251")
    attachment = base64.encodebytes(PNG_ATTACHMENT).replace(b"\n", b"\r\n")
    return (
        b"Received: from mail.example.net (mail.example.net [192.0.2.25])\r\n"
        b"\tby mx.example.org with ESMTPS id 4f1a2b3c; Mon, 05 Oct 2026 23:14:05 +0400\r\n"
        b"Received: from [198.51.100.7] by mail.example.net; Mon, 05 Oct 2026 23:14:03 +0400\r\n"
        b"DKIM-Signature: v=1; a=rsa-sha256; d=example.net; s=mail; h=from:subject:date;\r\n"
        b"\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdHNpZ25hdHVyZQ==\r\n"
        b"Message-ID: <threat-0001@mail.example.net>\r\n"
        b"Date: Mon, 05 Oct 2026 23:14:02 +0400\r\n"
        b"From: =?utf-8?b?" + base64.b64encode("Qara Kölgə".encode()) + b"?= <qara.kolge@example.net>\r\n"
        b"To: leyla@example.org\r\n"
        b"Subject: =?utf-8?q?S=C9=99ni_tapaca=C4=9F=C4=B1q?=\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
        b"--b1\r\nContent-Type: text/plain; charset=windows-1251\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + body +
        b"--b1\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Disposition: attachment; filename*=utf-8''%D1%81%D0%BA%D1%80%D0%B8%D0%BD.jpg\r\n\r\n"
        + attachment + b"--b1--\r\n"
    )


def eml_html_only() -> bytes:
    return (
        "Message-ID: <smear-0002@news.example.com>\n"
        "Date: Tue, 13 Oct 2026 08:05:00 +0000\n"
        "From: \"Патриот Родины\" <patriot@example.com>\n"
        "Subject: Xain jurnalist\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/html; charset=utf-8\n\n"
        "<html><head><title>Not shown</title><style>p {color: red}</style></head><body>"
        "<script>fetch('https://tracker.example/steal')</script>"
        "<p>Salam&nbsp;Leyla,</p><p>Sən   xainsən.<br>Biz hər şeyi bilirik.</p>"
        "<img src=\"https://tracker.example/pixel.png\"></body></html>\n"
    ).encode("utf-8")


def mbox_three() -> tuple[bytes, list[bytes]]:
    """An mbox of three messages (the second with a quoted '>From ' line); and the messages' exact bytes."""
    messages = [
        b"Message-ID: <m1@example.net>\nDate: Mon, 05 Oct 2026 23:14:02 +0400\nFrom: qara.kolge@example.net\n"
        b"Subject: Birinci\n\nSeni tapacagiq.\n",
        b"Message-ID: <m2@example.net>\nDate: Tue, 06 Oct 2026 10:00:00 +0400\nFrom: qara.kolge@example.net\n"
        b"Subject: Second\n\nRead this:\n\n>From the ministry, with love.\nWe know.\n",
        b"Message-ID: <m3@example.com>\nDate: Wed, 07 Oct 2026 12:30:00 +0300\n"
        b"From: \"=?utf-8?b?0J/QsNGC0YDQuNC+0YI=?=\" <patriot@example.com>\nSubject: =?utf-8?b?0J/RgNC10LTQsNGC0LXQu9GM?=\n"
        b"\n\xd0\x96\xd0\xb4\xd0\xb8.\n",
    ]
    separators = [b"From qara.kolge@example.net Mon Oct  5 19:14:02 2026\n",
                  b"From qara.kolge@example.net Tue Oct  6 06:00:00 2026\n",
                  b"From patriot@example.com Wed Oct  7 09:30:00 2026\n"]
    return b"".join(sep + message + b"\n" for sep, message in zip(separators, messages)), messages


# ---- A folder of screenshots --------------------------------------------------------------

SCREENSHOT_MTIME = datetime(2026, 10, 9, 14, 0, 0, tzinfo=timezone.utc)


def screenshots(folder: Path) -> Path:
    """Two photos with EXIF dates (one with its offset), one PNG without, a PDF, and a .DS_Store."""
    folder.mkdir(parents=True)
    (folder / "IMG_0001.jpg").write_bytes(jpeg((1, 2, 3), "2026:10:05 23:14:02", "+04:00"))
    (folder / "IMG_0002.jpg").write_bytes(jpeg((4, 5, 6), "2026:10:06 09:00:00"))
    png = io.BytesIO()
    Image.new("RGB", (30, 20), (9, 9, 9)).save(png, "PNG")
    (folder / "Screenshot 2026-10-09.png").write_bytes(png.getvalue())
    (folder / "reports").mkdir()
    (folder / "reports" / "police-report.pdf").write_bytes(b"%PDF-1.4\n% fictional report\n")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    stamp = SCREENSHOT_MTIME.timestamp()
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (stamp, stamp))
    return folder
