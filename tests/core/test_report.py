"""The bundle's PDF report: readable text in every script, blurred sensitive previews, no disk I/O.

All people, accounts and events below are fictional.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat

from app.core.reporting import report as report_module
from app.core.reporting import report_layout
from app.core.reporting.report import ReportContext, render_report
from app.core.reporting.report_layout import font_dir
from app.core.untrusted.imagemeta import inspect_image

# The checks that read the PDF back use poppler-utils (scripts/ensure-system-packages poppler).
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

FINGERPRINT = "SHA256:q2V8mZ0dTt4cXb1YpL9wKf3Hn6RsUa7EoJi5GgBvCy0"
CUSTODY_HEAD = "5b0c8e3f9a1d2c4b6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c0d"
CONTEXT = ReportContext(
    bundle_id="3f9a2c1e-7b4d-4e2a-9c61-0d8f5a2b7e44",
    exported_at="2026-11-22T14:15:03Z",
    signer_fingerprint=FINGERPRINT,
    signer_identity="threatlog-8c2e1a9f",
    bag_name="threatlog-bundle-20261122-141503-3f9a2c1e",
    custody_head=CUSTODY_HEAD,
    included_notes=True,
    included_location=True,
)
HOSTILE_URL = "https://evil.example/" + "a%2F" * 1245
LONG_ARTICLE = ("Saxta vətənpərvər jurnalist xaricdən ölkəyə qarşı informasiya terroru aparır. " * 2600)[:200_000]


def screenshot_png(seed: int, size: tuple[int, int] = (720, 1280)) -> bytes:
    """A chat-screenshot-like image with plenty of fine detail (text lines, bubbles)."""
    image = Image.new("RGB", size, (236, 229, 221))
    draw = ImageDraw.Draw(image)
    for row in range(24):
        top = 40 + row * 50
        left = 30 if (row + seed) % 3 else 260
        draw.rounded_rectangle((left, top, left + 420, top + 40), radius=10,
                               fill=(255, 255, 255) if left == 30 else (220, 248, 198))
        for line in range(2):
            draw.text((left + 10, top + 6 + line * 14), f"msg {seed}-{row}-{line} WE WILL FIND YOU 0101",
                      fill=(20, 20, 20))
    for x in range(0, size[0], 6):  # a fine stripe pattern: high-frequency content a blur must remove
        draw.line((x, size[1] - 60, x, size[1]), fill=(0, 0, 0) if x % 12 else (255, 255, 255), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


IMAGES = {name: screenshot_png(seed) for seed, name in enumerate(("dm", "insta", "wa", "blackmail", "car"))}
SHA = {name: hashlib.sha256(data).hexdigest() for name, data in IMAGES.items()}
THUMBS = {SHA[name]: inspect_image(data).thumbnail for name, data in IMAGES.items()}


def thumbnail(sha256: str) -> bytes | None:
    return THUMBS.get(sha256)


def evidence(name: str, incident_id: str, position: int, filename: str, gps: bool = False, **image: object) -> dict:
    data = IMAGES[name]
    return {
        "sha256": SHA[name], "filename": filename, "display_name": filename, "size": len(data),
        "media_type": "image/png", "source": "file", "attached_at": "2026-11-20T09:12:44.512000Z",
        "image": {"width": 720, "height": 1280, "taken_at": None, "camera": None, "gps": None, **image},
        "path": f"data/evidence/{incident_id}/{position:02d}-{re.sub(r'[^A-Za-z0-9._-]+', '_', filename)}",
        "gps_in_metadata": gps,
    }


def incident(incident_id: str, type_: str, title: str, **fields: object) -> dict:
    base = {
        "id": incident_id, "recorded_at": "2026-11-20T09:10:02.120004Z", "revision": 1, "type": type_,
        "title": title, "occurred_at": None, "platform": None, "accounts": [], "target": "me", "text": "",
        "translation": "", "urls": [], "severity": 3, "tags": [], "sensitive": False, "details": {},
        "evidence": [],
    }
    base.update(fields)
    return base


def sample_incidents() -> list[dict]:
    return [
        incident(
            "hqf7dh0nzg", "threat", "Telegramda ölüm təhdidi: «Səni tapacağıq»",
            occurred_at="2026-10-05T14:30:00+04:00", platform="telegram", severity=5,
            accounts=[{"platform": "telegram", "handle": "@qara_kolge_77"}], tags=["troll-wave", "ölüm-təhdidi"],
            text="Səni tapacağıq. Ailən də bizim nəzarətimizdədir.\nÖlkədən qaçmaqla xilas olmadın, xain. "
                 "İstədiyin yerə get — Bakıda da, Berlində də gözümüz üstündədir.",
            translation="We will find you. Your family is under our watch too.\nRunning from the country did "
                        "not save you, traitor. Go wherever you want — in Baku or in Berlin, we are watching you.",
            details={"threat_wording": "Səni tapacağıq", "channel": "private message",
                     "explicitness": "explicit", "mentions_family": True},
            notes="Message deleted by the sender 3 minutes after it was read.", location="",
            evidence=[evidence("dm", "hqf7dh0nzg", 1, "telegram-dm-screenshot.png")],
        ),
        incident(
            "b2mx9kq4ra", "harassment", "Волна оскорблений под постом о суде", platform="instagram",
            occurred_at="2026-10-12/2026-10-14", severity=3, tags=["troll-wave"],
            accounts=[{"platform": "instagram", "handle": "@vatanpərvər_1987"},
                      {"platform": "instagram", "handle": "@pravda_za_nami"}],
            text="Предательница, тебе не место нигде. Скоро все узнают, кто ты такая.\nЖдём тебя в аэропорту.",
            translation="Traitor, there is no place for you anywhere. Soon everyone will know who you are.\n"
                        "We are waiting for you at the airport.",
            details={"insult_kind": "traitor", "message_count": 146},
            urls=["https://www.instagram.com/p/Cz0Fict1onal/"],
            evidence=[evidence("insta", "b2mx9kq4ra", 1, "instagram-comments-1.png")],
        ),
        incident(
            "p8wz3tn6ye", "family_pressure", "پیام تهدید در واتس‌اپ درباره خانواده", platform="whatsapp",
            occurred_at="2026-11-02", target="relative", severity=4,
            text="ما می‌دانیم خانواده‌ات کجا زندگی می‌کنند. اگر به نوشتن ادامه بدهی، پشیمان خواهی شد.\n"
                 "۲۴ ساعت فرصت داری. سنصل إليك أينما كنت.\n"
                 "Mixed line: Sən xainsən — تو خائنی — ты предатель.",
            translation="We know where your family lives. If you keep writing, you will regret it.\n"
                        "You have 24 hours. (Arabic:) We will reach you wherever you are.",
            details={"relation": "mother", "place": "Tabriz", "what_happened": "threatened"},
            evidence=[evidence("wa", "p8wz3tn6ye", 1, "whatsapp-چت.png")],
        ),
        incident(
            "s5kd2vb7xu", "intimate_image_abuse", "Blackmail e-mail threatening to publish private photos",
            platform="email", occurred_at="2026-11-08T22:05:00+01:00", severity=5, sensitive=True,
            text="We have your private photos. Delete every article about the ministry within 48 hours, "
                 "or they will be sent to your colleagues and published.",
            details={"where": "e-mail from an anonymous address", "demand": "Delete articles within 48 hours"},
            evidence=[evidence("blackmail", "s5kd2vb7xu", 1, "blackmail-attachment.png")],
        ),
        incident(
            "g4tn8rc2wm", "surveillance", "Car parked outside the flat for three nights", platform="in_person",
            occurred_at="2026-11", severity=3, location="Near the flat, Kreuzberg, Berlin",
            text="Same grey car, same two men, 23:00–02:00 on three nights. Photographed from the window.",
            details={"notification_source": "own observation"},
            evidence=[evidence("car", "g4tn8rc2wm", 1, "IMG_4821.png", gps=True,
                               taken_at="2026-11-14T23:41:07", camera="Pixel 7a")],
        ),
        incident(
            "r7hy5pa3kd", "smear_media", "Hökumətyönlü saytda «informasiya terrorçusu» məqaləsi",
            platform="press", occurred_at="2026-09-30", severity=2, text=LONG_ARTICLE,
            details={"outlet": "Fictional Xəbər Portalı", "author": "Anonim müəllif",
                     "headline": "Xaricdəki «jurnalist» kimə xidmət edir?", "publication_date": "2026-09-30",
                     "article_url": "https://xeber.example/2026/09/30/informasiya-terroru"},
        ),
        incident(
            "k3vq7mz9wd", "legal_harassment", "Interpol kırmızı bülten talebi / Red Notice request",
            occurred_at="2026", severity=4, platform="other",
            text="Savcılık, hakkında Interpol kırmızı bülten talebinde bulunduğunu açıkladı.",
            details={"case_number": "2026/1187-K", "court_or_agency": "Prosecutor General's Office",
                     "interpol_notice": "red notice", "country": "Azerbaijan"},
        ),
        incident(
            "x0hostile0", "other", "Normal start \u202eevil override\u202c \x00NUL\x07 😡😡😡 {nb} \ud800 end",
            platform="x", occurred_at="not-a-date",
            accounts=[{"platform": "x", "handle": "@" + "z" * 3000}, "not-a-dict", None],
            text="Zalgo: Z" + "\u0301" * 500 + "\n" + "\n" * 5000 + "Tabs\t\t\tand\x0bvertical\x0cfeed\r\n"
                 + "Emoji 👨‍👩‍👧 🏳️‍🌈 ❤️\u200b\ufeff\u2066isolate\u2069 " + "\U000e0041" * 3 + "\ue000\ue001"
                 + " " * 5000 + "x" * 7000,
            urls=[HOSTILE_URL, None, 42], tags=["a" * 500, None], severity=True,
            details={"unknown_key": {"nested": [1, 2]}, "another": None},
            evidence=[{"sha256": "0" * 64, "display_name": None, "size": "big", "image": "oops",
                       "path": "data/evidence/x0hostile0/01-" + "y" * 300, "gps_in_metadata": "yes"},
                      "not-a-dict"],
        ),
    ]


def pdftotext(pdf: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=120).stdout


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return render_report(CONTEXT, sample_incidents(), thumbnail)


@needs_poppler
def test_report_is_a_pdf_with_the_cover_facts(sample_pdf: bytes, tmp_path: Path) -> None:
    assert sample_pdf.startswith(b"%PDF-")
    text = pdftotext(sample_pdf, tmp_path)
    assert "Evidence report" in text
    assert FINGERPRINT in text
    assert CUSTODY_HEAD in text
    assert CONTEXT.bag_name in text
    assert "8 incidents, 7 evidence files" in text
    assert "GPS coordinates in the metadata of 1 file" in text
    assert "ssh-keygen -Y verify -f allowed_signers -I threatlog-8c2e1a9f" in text
    assert "VERIFY.txt" in text
    assert "barmaq izini göndərənlə" in text       # the Azerbaijani paragraph
    assert "подтвердите этот" in text              # the Russian paragraph
    assert "Simplified report" not in text         # the hostile incident did not force the fallback


@needs_poppler
def test_titles_hashes_and_words_in_every_script_are_extractable(sample_pdf: bytes, tmp_path: Path) -> None:
    text = pdftotext(sample_pdf, tmp_path)
    for title in ("Telegramda ölüm təhdidi: «Səni tapacağıq»", "Волна оскорблений под постом о суде",
                  "Blackmail e-mail threatening to publish private photos",
                  "Interpol kırmızı bülten talebi / Red Notice request"):
        assert title in text
    for sha256 in SHA.values():
        assert sha256 in text
    for word in ("Səni", "tapacağıq", "nəzarətimizdədir", "İstədiyin", "Предательница", "аэропорту",
                 "kırmızı", "Direct threat (violence, death, rape)", "Mentions family"):
        assert word in text
    assert "data/evidence/hqf7dh0nzg/01-telegram-dm-screenshot.png" in text
    assert "GPS LOCATION IN THIS FILE" in text
    assert "as stated by the user" in text and "recorded by the app" in text
    assert "2026-10-05 14:30 (UTC+04:00)" in text


@needs_poppler
def test_persian_and_arabic_are_shaped_with_the_arabic_font(sample_pdf: bytes, tmp_path: Path) -> None:
    raw = pdftotext(sample_pdf, tmp_path, "-raw")
    # pdftotext maps the shaped glyphs back to letters: whole words come back, not isolated forms.
    for word in ("خانواده", "پشیمان", "فرصت", "أينما"):
        assert word in raw
    fonts = subprocess.run(["pdffonts", "-"], input=sample_pdf, capture_output=True, check=True).stdout.decode()
    assert "NotoNaskhArabic" in fonts and "NotoSans" in fonts and "DejaVuSansMono" in fonts


@needs_poppler
def test_index_links_each_incident_to_its_page(sample_pdf: bytes, tmp_path: Path) -> None:
    text = pdftotext(sample_pdf, tmp_path, "-layout")
    assert "Incidents" in text
    # one link annotation per incident line, pointing inside the document
    assert sample_pdf.count(b"/Subtype /Link") >= len(sample_incidents())


@needs_poppler
def test_hostile_text_is_marked_not_executed(sample_pdf: bytes, tmp_path: Path) -> None:
    text = pdftotext(sample_pdf, tmp_path)
    assert "[U+202E right-to-left override]" in text
    assert "[U+0000 null]" in text
    assert "[U+1F621 pouting face ×3]" in text
    assert "{nb}" in text                    # user text is not taken for the page-count alias
    assert "[5000 spaces]" in text
    assert "The exact text is in data/incidents.json" in text
    assert "more characters, not printed here" in text   # the 200 KB article is cut, and says so
    assert HOSTILE_URL[:60] in text
    assert "Page 1 of" in text


def high_frequency_energy(image: Image.Image, size: tuple[int, int] = (54, 96)) -> float:
    """Mean difference between an image and a slightly blurred copy, compared at one small size:
    fine detail (text, stripes) survives the shrink and scores high; a blurred image scores ~0."""
    gray = image.convert("L").resize(size, Image.LANCZOS)
    return ImageStat.Stat(ImageChops.difference(gray, gray.filter(ImageFilter.GaussianBlur(1.5)))).mean[0]


@needs_poppler
def test_sensitive_thumbnail_is_blurred_in_the_pdf(tmp_path: Path) -> None:
    if shutil.which("pdfimages") is None:
        pytest.skip("pdfimages not installed")
    # The same screenshot attached to a normal and to a sensitive incident.
    shared = evidence("blackmail", "aaaaaaaaaa", 1, "same.png")
    incidents = [incident("aaaaaaaaaa", "threat", "Normal", evidence=[shared]),
                 incident("bbbbbbbbbb", "blackmail", "Sensitive", sensitive=True, evidence=[shared])]
    path = tmp_path / "r.pdf"
    path.write_bytes(render_report(CONTEXT, incidents, thumbnail))
    subprocess.run(["pdfimages", "-png", str(path), str(tmp_path / "img")], check=True, timeout=60)
    extracted = sorted(tmp_path.glob("img-*.png"))
    assert len(extracted) == 2                       # in page order: normal first, then sensitive
    original = Image.open(io.BytesIO(THUMBS[SHA["blackmail"]]))
    normal, blurred = (Image.open(p) for p in extracted)
    assert high_frequency_energy(normal) > 0.5 * high_frequency_energy(original)   # the test can see detail
    assert high_frequency_energy(blurred) < 0.05 * high_frequency_energy(original)
    assert max(blurred.size) <= 96


def test_render_report_writes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.chdir(tmp_path)
    real_open, real_os_open = builtins.open, os.open
    writes: list[str] = []

    def guarded_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if any(flag in mode for flag in "wax+"):
            writes.append(str(file))
            raise AssertionError(f"render_report opened {file!r} for writing")
        return real_open(file, mode, *args, **kwargs)

    def guarded_os_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            writes.append(str(path))
            raise AssertionError(f"render_report opened {path!r} for writing")
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    pdf = render_report(CONTEXT, sample_incidents()[:4], thumbnail)
    monkeypatch.undo()
    assert pdf.startswith(b"%PDF-")
    assert writes == []
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


@needs_poppler
def test_missing_or_broken_thumbnails_are_skipped(tmp_path: Path) -> None:
    def bad_thumbnail(sha256: str) -> bytes | None:
        if sha256 == SHA["dm"]:
            raise OSError("vault closed")
        return {SHA["insta"]: b"\xff\xd8 not a jpeg", SHA["wa"]: None}.get(sha256, b"")

    pdf = render_report(CONTEXT, sample_incidents()[:3], bad_thumbnail)
    text = pdftotext(pdf, tmp_path)
    assert "no preview" in text and SHA["dm"] in text


@needs_poppler
def test_empty_bundle_and_missing_fields(tmp_path: Path) -> None:
    assert "no incidents" in pdftotext(render_report(CONTEXT, [], thumbnail), tmp_path)
    pdf = render_report(CONTEXT, [{}, {"type": "nonsense", "evidence": None}], thumbnail)
    assert "(untitled)" in pdftotext(pdf, tmp_path)


@needs_poppler
def test_a_long_index_spans_pages_and_gives_the_right_page_numbers(tmp_path: Path) -> None:
    incidents = [incident(f"id{n:08d}", "harassment", f"Troll comment number {n}") for n in range(60)]
    path = tmp_path / "long.pdf"
    path.write_bytes(render_report(CONTEXT, incidents, thumbnail))
    text = pdftotext(path.read_bytes(), tmp_path, "-layout")
    assert "Page 1 of 64" in text                      # cover, 3 index pages, 60 incidents
    listed = {int(n): int(page) for n, page in re.findall(r"Troll comment number (\d+)\s+0\s+(\d+)", text)}
    assert sorted(listed) == list(range(60))           # every incident has its line in the index
    for number in (0, 20, 21, 59):                     # around the index's page breaks
        page = subprocess.run(["pdftotext", "-f", str(listed[number]), "-l", str(listed[number]), str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert f"INCIDENT {number + 1} OF 60" in page and f"Troll comment number {number}\n" in page


# -- hostile text, property-tested ---------------------------------------------------------------

_PDF = report_layout.ReportPDF("test")
DRAWABLE = _PDF.drawable
_PDF.close_fonts()
SPECIALS = "\u202e\u202d\u2066\u2069\u200c\u200d\u200b\u200e\u200f\u061c\ufeff\x00\x07\x0c\r\n\t\u0301\ud800\ue000{nb}😡👨‍👩‍👧əƏİığşçöüЖжپچژگی"
hostile_text = st.one_of(
    st.text(alphabet=st.one_of(st.characters(), st.sampled_from(SPECIALS)), max_size=60),
    st.text(alphabet=st.sampled_from(SPECIALS + "ab ."), max_size=30).map(lambda s: s * 30),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(hostile_text, min_size=12, max_size=12))
def test_any_text_in_any_field_renders(texts: list[str]) -> None:
    item = incident(
        "hypo000000", "impersonation", texts[0], text=texts[1], translation=texts[2], notes=texts[3],
        location=texts[4], occurred_at=texts[5], platform=texts[6], tags=[texts[7]], urls=[texts[8]],
        accounts=[{"platform": "x", "handle": texts[9]}], details={"fake_profile_url": texts[10], texts[11]: True},
        evidence=[{**evidence("dm", "hypo000000", 1, "x.png"), "display_name": texts[11], "path": texts[10]}],
    )
    # _render, not render_report: the simplified fallback must never be what saves the day.
    pdf = report_module._render(CONTEXT, [item], thumbnail)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(SPECIALS)), max_size=300))
def test_clean_output_is_always_drawable(text: str) -> None:
    cleaned = report_layout.clean(text, 10_000, DRAWABLE, multiline=True)
    assert all(ord(ch) in DRAWABLE or ch == "\n" for ch in cleaned.text)
    assert not any(ch in cleaned.text for ch in "\u202e\u2066\x00\ue000")


@given(st.text(alphabet="əƏğĞıİöÖüÜçÇşŞ abcxyz ЖжЁёЩщЫыЪъ АБВ ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی‌ًٌٍَُِّ،؛؟ ۰۱۲۳", max_size=300))
def test_clean_never_drops_azerbaijani_cyrillic_or_arabic(text: str) -> None:
    assert report_layout.clean(text, 10_000, DRAWABLE, multiline=True).text == text


def test_font_files_are_found_and_small() -> None:
    files = sorted(font_dir().glob("*.ttf"))
    assert len(files) == 5
    assert sum(f.stat().st_size for f in files) < 3 * 1024 * 1024
    for family in ("Noto", "DejaVu"):
        assert (font_dir() / f"LICENSE-{family}.txt").is_file()


@needs_poppler
def test_a_layout_failure_falls_back_to_a_simplified_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = report_module._Writer.long_text

    def fragile(self, title, value, note):  # type: ignore[no-untyped-def]
        if isinstance(value, str) and "ə" in value:
            raise RuntimeError("simulated layout bug")
        return original(self, title, value, note)

    monkeypatch.setattr(report_module._Writer, "long_text", fragile)
    text = pdftotext(render_report(CONTEXT, sample_incidents()[:1], thumbnail), tmp_path)
    assert "Simplified report" in text
    assert "S\\u0259ni tapaca\\u011f\\u0131q" in text       # escaped, not dropped
    assert FINGERPRINT in text and SHA["dm"] in text


def test_the_same_input_gives_the_same_bytes() -> None:
    # The creation date is the export time and nothing else varies: a re-export is reproducible.
    assert render_report(CONTEXT, sample_incidents()[:2], thumbnail) == render_report(CONTEXT, sample_incidents()[:2], thumbnail)


if __name__ == "__main__":
    # python -m tests.core.test_report OUT.pdf: the sample report of docs/report-sample/, to look at.
    import sys

    Path(sys.argv[1]).write_bytes(render_report(CONTEXT, sample_incidents(), thumbnail))


def _exported_report(vault, tmp_path: Path, occurred: list[str]) -> bytes:
    import zipfile

    from app.core.bundles import bundle
    from app.core.records import incidents
    from app.core.records.drafts import IncidentDraft

    with vault.transaction() as conn:
        incidents.create_many(conn, [IncidentDraft("threat" if n % 3 else "harassment", f"Incident {n}", occurred=o)
                                     for n, o in enumerate(occurred)])
    path = bundle.export_bundle(vault, tmp_path / "bundle.zip", bundle.Selection()).path
    with zipfile.ZipFile(path) as bag:
        (name,) = [n for n in bag.namelist() if n.endswith("data/report.pdf")]
        return bag.read(name)


@needs_poppler
def test_the_report_charts_the_incidents_over_time_when_they_span_several_periods(vault, tmp_path: Path) -> None:
    pdf = _exported_report(vault, tmp_path, ["2026-06-03", "2026-06-20", "2026-08-14", "2026-10-05", "2026-10-06"])
    text = pdftotext(pdf, tmp_path, "-layout")
    page = next(p for p in text.split("\f") if "Incidents over time" in p)
    assert "5 exported incidents per month, from 2026-06 to 2026-10" in page
    assert "Figures per period" in page and "Harassment" in page
    rows = {line.split()[0]: line.split()[1] for line in page.splitlines() if re.match(r"\s*2026-\d\d\s+\d", line)}
    assert rows == {"2026-06": "2", "2026-08": "1", "2026-10": "2"}  # empty months are bars of zero, not rows
    # The chart has a page of its own, between the index and the first incident.
    pages = text.split("\f")
    assert pages.index(page) == 2 and "INCIDENT 1 OF 5" in pages[3]


@needs_poppler
def test_incidents_within_one_period_get_no_chart(vault, tmp_path: Path) -> None:
    text = pdftotext(_exported_report(vault, tmp_path, ["2026-10-05", "2026-10-06"]), tmp_path)
    assert "Incidents over time" not in text
