"""Tools for the bundle tests: a populated vault, zip surgery, and the recipient's stock-tool checks.

`stock_tool_failures` does what VERIFY.txt tells a lawyer to do, with the programs it names
(ssh-keygen, sha256sum, find) and a plain JSON walk of the custody chain as VERIFY.txt describes
it: it shares no code with app.core.bundles.verify, so the two can check each other.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from app.core.records import evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.core.storage.vault import Vault
from tests.helpers import png_bytes

NOTE_CANARY = "NOTE-CANARY-8c41e2 şəxsi qeyd"
LOCATION_CANARY = "LOCATION-CANARY-51d0 Bakı, Nizami küç."


def gps_jpeg() -> bytes:
    """A photo whose EXIF holds a GPS position (40.41 N, 49.87 W)."""
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (40.0, 24.0, 36.0), 3: "W", 4: (49.0, 52.0, 12.0)})
    out = io.BytesIO()
    Image.new("RGB", (120, 80), (20, 90, 160)).save(out, format="JPEG", exif=exif)
    return out.getvalue()


@dataclass
class Sample:
    threat: str  # with notes, a location, a PNG, a GPS photo and a binary file
    harassment: str  # tagged, shares the PNG with the threat
    deleted: str  # deleted: never exported
    originals: dict[str, bytes]  # sha256 -> bytes as collected


def populate(vault: Vault) -> Sample:
    originals = {}
    files = {
        "Ekran şəkli 1.png": png_bytes(90, 60),
        "Фото с GPS.jpg": gps_jpeg(),
        "video clip.mp4": os.urandom(3 * evidence.CHUNK_BYTES + 517),
    }
    with vault.transaction() as conn:
        threat = incidents.create(conn, IncidentDraft(
            "threat", "Ölüm təhdidi — угроза", occurred="2026-10-05T14:30+04:00", platform="telegram",
            text="Səni tapacağıq.", translation="We will find you.", notes=NOTE_CANARY, location=LOCATION_CANARY,
            tags=("troll-wave",), severity=4))
        for name, data in files.items():
            item = evidence.attach_stream(conn, threat, io.BytesIO(data), name).item
            originals[item.sha256] = data
        harassment = incidents.create(conn, IncidentDraft(
            "harassment", "=HYPERLINK(\"http://evil.example\") troll comments", occurred="2026-09",
            tags=("campaign-x",), details={"message_count": 40}))
        evidence.attach_stream(conn, harassment, io.BytesIO(files["Ekran şəkli 1.png"]), "same shot.png")
        deleted = incidents.create(conn, IncidentDraft("doxxing", "DELETED-INCIDENT-TITLE", occurred="2026-10-01"))
        evidence.attach_stream(conn, deleted, io.BytesIO(b"DELETED-EVIDENCE-BYTES"), "gone.txt")
        incidents.delete(conn, deleted, "logged twice")
    return Sample(threat, harassment, deleted, originals)


def extract(zip_path: Path, destination: Path) -> Path:
    """Unzip as the lawyer would, and return the bag folder."""
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(destination)
        top = {name.split("/", 1)[0] for name in archive.namelist()}
    assert len(top) == 1
    return destination / top.pop()


def rewrite_zip(source: Path, target: Path, change: Callable[[dict[str, bytes]], dict[str, bytes]]) -> None:
    """Copy a bundle zip, letting `change` edit its members (paths inside the bag -> bytes)."""
    with zipfile.ZipFile(source) as archive:
        top = archive.namelist()[0].split("/", 1)[0]
        members = {name.split("/", 1)[1]: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(target, "w") as out:
        for path, data in change(members).items():
            out.writestr(f"{top}/{path}", data, compress_type=zipfile.ZIP_STORED)


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True, timeout=120)


def verify_txt_ssh_command(bag: Path) -> str:
    """The macOS/Linux signature command exactly as VERIFY.txt prints it."""
    text = (bag / "VERIFY.txt").read_text(encoding="utf-8-sig")
    return re.search(r"^\s+macOS, Linux:\n\s+(ssh-keygen -Y verify .*)$", text, re.MULTILINE).group(1)


def custody_chain_problem(bag: Path) -> str:
    """The chain check VERIFY.txt describes, with nothing but json and hashlib."""
    head = re.search(r"^Threatlog-Custody-Head: (\S+)$", (bag / "bag-info.txt").read_text(), re.MULTILINE).group(1)
    previous = "0" * 64
    for number, line in enumerate((bag / "data/custody-log.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        entry = json.loads(line)
        if entry["seq"] != number or entry["prev_hash"] != previous:
            return f"chain broken at line {number}"
        if not entry.get("redacted"):
            fields = {k: entry[k] for k in ("action", "object_id", "object_sha256", "prev_hash", "seq", "utc_time")}
            canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            if hashlib.sha256(canonical.encode("utf-8")).hexdigest() != entry["hash"]:
                return f"entry {number} altered"
        previous = entry["hash"]
    return "" if previous == head else "head differs"


def stock_tool_failures(bag: Path) -> list[str]:
    """The VERIFY.txt steps that fail on an extracted bag (empty: the stock tools call it intact)."""
    failures = []
    if _run(verify_txt_ssh_command(bag), bag).returncode != 0:
        failures.append("signature")
    if _run("sha256sum -c tagmanifest-sha256.txt", bag).returncode != 0:
        failures.append("tag files")
    if _run("sha256sum -c manifest-sha256.txt", bag).returncode != 0:
        failures.append("payload")
    oxum = re.search(r"^Payload-Oxum: \d+\.(\d+)$", (bag / "bag-info.txt").read_text(), re.MULTILINE)
    count = _run("find data -type f | wc -l", bag).stdout.strip()
    if oxum is None or count != oxum.group(1):
        failures.append("file count")
    try:
        if custody_chain_problem(bag):
            failures.append("custody chain")
    except (OSError, ValueError, KeyError, AttributeError):
        failures.append("custody chain")
    return failures
