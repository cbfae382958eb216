"""Nothing of an incident leaves the vault in plaintext: no temp files, logs, caches or thumbnails.

A canary string goes into every text field and a file name, and a canary image is attached; after a
whole CLI session the vault folder, HOME, the temp dir and anything new in the system temp dir are
scanned for the canary in the encodings a leak would use. Zero hits is the only pass.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest

from tests.helpers import png_bytes, scan_for_canary, sealed_environment_variables

CANARY = "CANARY-7f3a9c-təhdid-угроза"
IMAGE_MARKER = os.urandom(24).hex()
TEXTS = (CANARY, IMAGE_MARKER, "CANARY-7f3a9c")


@pytest.fixture
def sealed_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    for name, value in sealed_environment_variables(tmp_path).items():
        monkeypatch.setenv(name, value)
    home, temp = tmp_path / "home", tmp_path / "tmp"
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return {"home": home, "temp": temp}


def test_cli_session_leaves_no_plaintext(cli_vault, sealed_environment, vault_dir: Path, tmp_path: Path) -> None:
    started = time.time()  # only what this test's session wrote; older files are other programs'
    outside = tmp_path / "users-own-files"  # where the user's originals are: not ours to scan
    outside.mkdir()
    image = outside / f"{CANARY}.png"
    image.write_bytes(png_bytes(900, 700, text=IMAGE_MARKER))
    note = outside / "note.txt"
    note.write_text(f"{CANARY} in a text file", encoding="utf-8")

    result = cli_vault("add", "--type", "threat", "--title", CANARY, "--text", CANARY, "--translation", CANARY,
                       "--notes", CANARY, "--tag", CANARY, "--account", f"@{CANARY}", "--location", CANARY,
                       "--attach", str(image))
    assert result.code == 0, result.err
    incident_id = result.out.strip()
    assert cli_vault("attach", incident_id, str(note)).code == 0
    assert cli_vault("edit", incident_id, "--title", CANARY + " edited").code == 0
    assert CANARY in cli_vault("list", "--query", CANARY).out
    assert cli_vault("show", incident_id, "--history").code == 0
    assert cli_vault("delete", incident_id, "--reason", CANARY).code == 0

    roots = [vault_dir, sealed_environment["home"], sealed_environment["temp"], Path(tempfile.gettempdir())]
    system_temp = Path(os.environ.get("PYTEST_SYSTEM_TMP", "/tmp"))
    if system_temp.is_dir():
        roots.append(system_temp)
    assert scan_for_canary(roots, started, skip=outside, texts=TEXTS) == []
    # The scan itself must be able to see a leak: the originals outside do contain the canary.
    assert scan_for_canary([outside], started, skip=tmp_path / "none", texts=TEXTS)
