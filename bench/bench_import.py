"""Importing a Telegram export of 50,000 messages and 2,000 media files, against the stock tools.

Baseline, in the same run: `json.load` of result.json plus `sha256sum` of every media file —
reading the export and hashing its files, the least any importer must do. Ours: `importers.plan`
then `importers.apply` into a new vault (parse, deduplicate, 50,000 incidents with their records,
2,000 media, one transaction; thumbnails follow after the commit, as for every attach), in a fresh
child process that also reports its peak RSS (VmHWM, reset after the vault is opened). Targets:
ratio <= 3, peak <= 500 MiB. It also prints the floor: the rows the import wrote, less the
evidence bytes, inserted again by plain executemany into an empty vault.

The export is generated: five chats, text in Azerbaijani, Russian and English (a fifth of it as
Telegram's entity lists), 1,200 JPEG photos of 960x720 px, 500 voice messages and 300 PDFs;
about 255 MiB of media. BENCH_IMPORT_MESSAGES and BENCH_IMPORT_MEDIA scale it; BENCH_REPEAT sets
the number of timed runs of each side (default 2, the best is kept, as machines are noisy).
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import PASSPHRASE, make_vault, raw_insert_seconds, report, reset_peak_rss, run_in_child  # noqa: E402

TARGET_RATIO = 3.0
TARGET_PEAK_MIB = 500
CHATS = 5
WORDS = ("Səni", "tapacağıq", "xain", "jurnalist", "ailən", "bilirik", "harada", "yaşayırsan", "Мы", "тебя",
         "найдём", "предатель", "знаем", "где", "живёт", "твоя", "семья", "we", "know", "where", "you", "live",
         "traitor", "watch", "your", "back", "😡", "🔪")
# Every row the import writes except the evidence bytes themselves (blob_chunks): inserted by
# plain executemany, they are a lower bound for any importer that keeps the vault's data model.
FLOOR_ROWS = (
    ("incidents", "SELECT * FROM incidents"),
    ("revisions", "SELECT * FROM revisions"),
    ("search_index (rowid, body)", "SELECT rowid, body FROM search_index"),
    ("custody_log", "SELECT * FROM custody_log WHERE action IN ('create', 'import', 'attach')"),
    ("accounts", "SELECT * FROM accounts"),
    ("incident_accounts", "SELECT * FROM incident_accounts"),
    ("blobs", "SELECT * FROM blobs"),
    ("evidence", "SELECT * FROM evidence"),
)
SENDERS = [(f"Troll {n}", f"user{5133004700 + n}") for n in range(40)] + [("Leyla Məmmədova", "user7000000001")]


def _photo(rng: random.Random) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (960, 720), tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(960), rng.randrange(720)
        draw.rectangle((x, y, x + rng.randrange(20, 300), y + rng.randrange(10, 120)),
                       fill=tuple(rng.randrange(256) for _ in range(3)))
    for _ in range(30):
        draw.text((rng.randrange(900), rng.randrange(700)), " ".join(rng.choices(WORDS[:8], k=5)), fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _media(folder: Path, rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(field, relative path) of each generated file: photos, voice messages and PDFs."""
    made = []
    for n in range(count):
        kind = "photo" if n % 20 < 12 else "voice" if n % 20 < 17 else "pdf"
        if kind == "photo":
            relative, data = f"photos/photo_{n}@05-10-2026_23-14-02.jpg", _photo(rng)
        elif kind == "voice":
            relative, data = f"voice_messages/audio_{n}@05-10-2026_23-14-02.ogg", \
                b"OggS\x00" + rng.randbytes(rng.randrange(20_000, 60_000))
        else:
            relative, data = f"files/report_{n}.pdf", b"%PDF-1.4\n" + rng.randbytes(rng.randrange(100_000, 1_000_000))
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(data)
        made.append(("photo" if kind == "photo" else "file", relative))
    return made


def _text(rng: random.Random) -> str | list:
    words = " ".join(rng.choices(WORDS, k=rng.randrange(3, 30)))
    if rng.random() < 0.2:
        return [words[:10], {"type": "bold", "text": words[10:20]}, " ",
                {"type": "link", "text": f"https://example.org/{rng.randrange(10**6)}"}, words[20:]]
    return words


def generate_export(folder: Path, messages: int, media: int) -> list[Path]:
    rng = random.Random(20261005)
    files = _media(folder, rng, media)
    media_at = dict(zip(rng.sample(range(messages), media), files))
    start = datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=4)))
    chats = []
    for c in range(CHATS):
        chat_messages = []
        for n in range(c * messages // CHATS, (c + 1) * messages // CHATS):
            sent = start + timedelta(seconds=n * 480 + rng.randrange(400))
            name, from_id = rng.choice(SENDERS)
            message = {"id": n + 1, "type": "message", "date": sent.strftime("%Y-%m-%dT%H:%M:%S"),
                       "date_unixtime": str(int(sent.timestamp())), "from": name, "from_id": from_id,
                       "text": _text(rng)}
            if n in media_at:
                field, relative = media_at[n]
                message[field] = relative
                if relative.endswith(".ogg"):
                    message.update(media_type="voice_message", mime_type="audio/ogg", duration_seconds=4)
            chat_messages.append(message)
        chats.append({"name": f"Hədə qrupu {c}", "type": "private_group", "id": 4417000000 + c,
                      "messages": chat_messages})
    export = {"about": "Here is the data you requested.", "chats": {"about": "", "list": chats}}
    (folder / "result.json").write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    return [folder / relative for _, relative in files]


def _own_peak_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))


def _timing(module: object, name: str, spent: dict[str, float]) -> None:
    """Wrap module.name to add up the seconds spent in it (for the breakdown printed)."""
    original = getattr(module, name)

    def timed_call(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
    setattr(module, name, timed_call)


def import_in_child(vault_folder: Path, export: Path) -> dict[str, float]:
    from app.core import importers
    from app.core.importers import ImportOptions
    from app.core.records import evidence, incidents
    from app.core.storage.vault import Vault

    spent: dict[str, float] = {}
    _timing(incidents, "create_many", spent)
    _timing(evidence, "attach_many", spent)
    vault = Vault.open(vault_folder, passphrase=PASSPHRASE)
    reset_peak_rss()
    start = time.perf_counter()
    plan = importers.plan(export, ImportOptions(), vault)
    planned = time.perf_counter()
    plan_peak_kib = _own_peak_kib()
    result = importers.apply(vault, plan)
    done = time.perf_counter()
    peak_kib = _own_peak_kib()
    raw = make_vault(vault_folder.with_name(vault_folder.name + "-raw"))
    floor = raw_insert_seconds(vault, raw, FLOOR_ROWS)
    raw.close()
    vault.close()
    return {"seconds": done - start, "plan_seconds": planned - start, "apply_seconds": done - planned,
            "incidents": len(result.incident_ids), "files": result.evidence_files, "floor_seconds": floor,
            "bytes": result.evidence_bytes, "plan_peak_kib": plan_peak_kib, "peak_kib": peak_kib, **spent}


def baseline_seconds(export: Path, media: list[Path]) -> float:
    start = time.perf_counter()
    with open(export / "result.json", encoding="utf-8") as f:
        json.load(f)
    subprocess.run(["sha256sum", *map(str, media)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    messages = int(os.environ.get("BENCH_IMPORT_MESSAGES", "50000"))
    media_count = int(os.environ.get("BENCH_IMPORT_MEDIA", "2000"))
    repeat = int(os.environ.get("BENCH_REPEAT", "2"))
    if shutil.which("sha256sum") is None:
        print("needs 'sha256sum' on PATH")
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        export = Path(tmp) / "export"
        export.mkdir()
        media = generate_export(export, messages, media_count)
        media_mib = sum(p.stat().st_size for p in media) / 2**20
        json_mib = (export / "result.json").stat().st_size / 2**20
        ours, baseline, peak, child = [], [], 0.0, {}
        for n in range(repeat):
            baseline.append(baseline_seconds(export, media))
            vault_folder = Path(tmp) / f"vault-{n}"
            make_vault(vault_folder).close()
            child = run_in_child(import_in_child, vault_folder, export)
            if child["incidents"] != messages:
                print(f"the import created {child['incidents']} incidents, not {messages}")
                return 1
            ours.append(child["seconds"])
            peak = max(peak, child["peak_kib"] / 1024)
            shutil.rmtree(vault_folder)
            shutil.rmtree(vault_folder.with_name(vault_folder.name + "-raw"))
    print(f"export: {messages:,} messages in {CHATS} chats (result.json {json_mib:.1f} MiB), {media_count:,} media "
          f"files ({media_mib:.0f} MiB); best of {repeat} runs each")
    print(f"import:  threatlog {min(ours):.2f} s (last run: plan {child['plan_seconds']:.2f} s, "
          f"apply {child['apply_seconds']:.2f} s)   json.load + sha256sum: {min(baseline):.2f} s")
    print(f"for information (last run): incidents.create_many {child['create_many']:.2f} s, "
          f"evidence.attach_many for the media {child['attach_many']:.2f} s")
    print(f"for information: peak RSS while planning {child['plan_peak_kib'] / 1024:.0f} MiB (last run); image "
          "decoding runs in isolated worker processes, not counted here")
    print(f"floor (last run): raw executemany of the rows written, without the evidence bytes: "
          f"{child['floor_seconds']:.2f} s = {child['floor_seconds'] / min(baseline):.1f}x the baseline")
    status = report("import time ratio", min(ours) / min(baseline), TARGET_RATIO)
    status |= report("import peak RSS", peak, TARGET_PEAK_MIB, " MiB")
    return status


if __name__ == "__main__":
    sys.exit(main())
