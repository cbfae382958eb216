"""A small fictional vault for screenshots: no real person, every name and handle invented.

(The full demo for workshops is built by `threatlog demo`; this is only what the README shows.)
"""

import io
import sys
from pathlib import Path
from PIL import Image, ImageDraw, ImageFont
from app.core.vault import Vault
from app.core import campaigns, incidents, evidence
from app.core.drafts import IncidentDraft, AccountRef
from app.core.keyslots import KdfParams
from app.resources import resource_dir
PASSPHRASE = "correct horse battery staple"


def build(folder: Path) -> str:
    vault, code = Vault.create(folder, PASSPHRASE, KdfParams(64 * 1024, 3))
    with vault.transaction() as conn:
        ids = []
        for draft, files in ROWS:
            incident_id = incidents.create(conn, draft)
            ids.append(incident_id)
            for name, data in files:
                evidence.attach_stream(conn, incident_id, io.BytesIO(data), name, "clipboard")
        incidents.create_many(conn, troll_wave() + background())
        # A campaign made by hand: the smear segment and the charges came together before the trial.
        campaigns.create(conn, "Smear and charges before the trial", [ids[4], ids[5]],
                         "TV segment a month after the charges in absentia.")
    vault.close()
    return code


WAVE_TEXT = ("Leyla Həsənova vətən xainidir, Avropada oturub ölkəmizi satır. Onun yeri həbsxanadır!",
             "Leyla Hasanova veten xainidir, Avropada oturub olkemizi satir. Onun yeri hebsxanadir!!",
             "Leyla Həsənova vətən xaini 🤮 Avropada oturub ölkəmizi satır. Yeri həbsxanadır!")


def troll_wave() -> list:
    """One evening in October: the same insult, barely altered, from eight invented accounts."""
    return [IncidentDraft("harassment", "Comment under my article", occurred=f"2026-10-19T{20 + n // 4}:{(n * 7) % 60:02d}+04:00",
                          platform="x", accounts=(AccountRef("x", f"@veten_sesi_{n + 1}"),), text=WAVE_TEXT[n % 3],
                          severity=2, tags=("troll-wave-oct",)) for n in range(8)]


def background() -> list:
    """A spread of smaller incidents over the year, so the timeline has a shape (fictional)."""
    kinds = ("harassment", "threat", "harassment", "doxxing", "harassment", "content_takedown")
    days = ("2026-03-04", "2026-03-22", "2026-04-09", "2026-04-30", "2026-05-07", "2026-05-21", "2026-06-11",
            "2026-06-19", "2026-07-02", "2026-07-15", "2026-07-28", "2026-08-05", "2026-08-12", "2026-08-26",
            "2026-09-02", "2026-09-09", "2026-09-16", "2026-09-23", "2026-10-01", "2026-10-08", "2026-10-27",
            "2026-11-03", "2026-11-10")
    return [IncidentDraft(kinds[n % len(kinds)], f"Message from {handle}", occurred=day, platform="telegram",
                          accounts=(AccountRef("telegram", handle),), severity=2 + n % 3)
            for n, day in enumerate(days) for handle in (("@qara_kolge_77", "@haqq_sesi_tg")[n % 2],)]



def shot(lines, color=(235, 240, 245)):
    im = Image.new("RGB", (720, 420), color); d = ImageDraw.Draw(im)
    f = ImageFont.truetype(str(resource_dir() / "fonts" / "NotoSans-Regular.ttf"), 22)
    y = 30
    for who, text in lines:
        d.rounded_rectangle((20, y, 700, y + 80), 16, fill=(255, 255, 255))
        d.text((40, y + 10), who, fill=(40, 90, 160), font=f); d.text((40, y + 42), text, fill=(20, 20, 20), font=f); y += 100
    b = io.BytesIO(); im.save(b, "PNG"); return b.getvalue()
def gps_photo() -> bytes:
    """A photo whose EXIF carries a (fictional) position, as phone cameras write it."""
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)})
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (90, 100, 110)).save(out, format="JPEG", exif=exif)
    return out.getvalue()


ROWS = [
 (IncidentDraft("threat", "Ölüm təhdidi Telegram-da: \"səni tapacağıq\"", occurred="2026-10-05T23:14+04:00", platform="telegram",
   accounts=(AccountRef("telegram","@qara_kolge_77"),), text="Səni tapacağıq. Harada gizlənsən də.", translation="We will find you. Wherever you hide.",
   tags=("troll-wave-oct",), severity=5, details={"mentions_family": True, "explicitness": "explicit"}),
   [("dm.png", shot([("@qara_kolge_77", "Səni tapacağıq."), ("@qara_kolge_77", "Harada gizlənsən də.")]))]),
 (IncidentDraft("harassment", "Wave of 'traitor' comments under my article", occurred="2026-10-05", platform="facebook",
   accounts=(AccountRef("facebook","vətənpərvər.az"), AccountRef("facebook","haqq_sesi")), text="Xain! Satqın jurnalist!", severity=3, tags=("troll-wave-oct",),
   details={"insult_kind": "traitor", "message_count": 212}), [("comments.png", shot([("vətənpərvər.az", "Xain! Satqın jurnalist!"), ("haqq_sesi", "Satqın!")], (245,240,235)))]),
 (IncidentDraft("impersonation", "Fake Instagram profile with my phone number", occurred="2026-09-18", platform="instagram",
   accounts=(AccountRef("instagram","leyla.real.official"),), severity=4, details={"takedown_requested": True, "takedown_result": "removed, recreated next day"}), []),
 (IncidentDraft("family_pressure", "Cousin summoned to police in Ganja", occurred="2026-09-01/2026-09-03", platform="phone",
   target="relative", text="Сказали: пусть она вернётся, иначе будет хуже.", translation="They said: let her come back, or it will be worse.", severity=4,
   details={"relation": "cousin", "place": "Ganja", "what_happened": "summoned"}), []),
 (IncidentDraft("smear_media", "TV segment calls me an 'informational terrorist'", occurred="2026-08-22", platform="tv", severity=3,
   details={"outlet": "Fictional TV", "headline": "İnformasiya terrorçusu"}), []),
 (IncidentDraft("legal_harassment", "Charges in absentia and Interpol diffusion", occurred="2026-07", platform="press", severity=5,
   details={"case_number": "2026-07-118", "interpol_notice": "diffusion", "country": "Azerbaijan"}), []),
 (IncidentDraft("intimate_image_abuse", "Threat to publish private photos", occurred="2026-06-30", platform="whatsapp", severity=5,
   accounts=(AccountRef("whatsapp","+994 50 000 00 00"),), details={"demand": "stop writing"}), [("threat.png", shot([("+994 50 …", "We have your photos."), ("+994 50 …", "Stop writing or they go public.")], (250,235,240)))]),
 (IncidentDraft("account_compromise", "Instagram account taken over after phishing SMS", occurred="2026-06-02", platform="instagram", severity=3,
   details={"recovery_status": "recovered"}), []),
 (IncidentDraft("surveillance", "Car watching my building, photographed by a neighbour", occurred="2026-10-11",
   platform="in_person", notes="Neighbour does not want to be named.", location="Fictional Street 12", severity=3),
   [("car-outside.jpg", gps_photo())]),
 (IncidentDraft("surveillance", "Apple threat notification: state-sponsored attacker", occurred="2026-05-14", platform="email", severity=4,
   details={"notification_source": "Apple"}), []),
]

if __name__ == "__main__":
    print(build(Path(sys.argv[1])))
