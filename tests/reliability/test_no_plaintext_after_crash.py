"""No plaintext after a crash: a CLI session killed mid-attach and mid-export leaves nothing readable behind.

Each command runs as its own process (`python -m app`), as a user's would, with HOME, TMPDIR and the
XDG folders inside the test's folder. A canary text and a canary image are logged; the process
attaching a large canary file is SIGKILLed mid-stream, and so is an export mid-write; then the
session is completed (the attach and the export done again) and the vault folder, temp dir, HOME
with its caches, the export folder and the system temp are scanned: the canary may be in the
bundle the user asked for, and nowhere else.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import canary_scan, png_bytes, sealed_environment_variables

ROOT = Path(__file__).resolve().parents[2]
CANARY = "CANARY-c41d07-ölüm-угроза"
IMAGE_MARKER = os.urandom(24).hex()
BIG_MIB = 64  # long enough to stream that a kill lands mid-attach on any disk


class Session:
    """The user's commands, each a process of its own in the sealed environment."""

    def __init__(self, tmp_path: Path) -> None:
        self.vault = tmp_path / "vault"
        self.env = {**os.environ, **sealed_environment_variables(tmp_path)}
        self.env.pop("THREATLOG_PASSPHRASE", None)
        self.secret = tmp_path / "passphrase.txt"
        self.secret.write_text(PASSPHRASE, encoding="utf-8")

    def _argv(self, args: tuple[str, ...]) -> list[str]:
        return [sys.executable, "-m", "app", "--vault", str(self.vault), "--passphrase-file", str(self.secret), *args]

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(self._argv(args), cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=300)
        assert "Traceback" not in done.stderr, done.stderr
        return done

    def kill_when(self, ready: Callable[[], bool], *args: str) -> None:
        """Start a command and SIGKILL it as soon as `ready()` holds; it must not have finished by then."""
        process = subprocess.Popen(self._argv(args), cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while not ready():
            assert process.poll() is None, f"{args[0]} ended before it could be killed: {process.stderr.read()!r}"
            assert time.monotonic() < deadline, f"{args[0]} never reached the moment to kill it"
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL, f"{args[0]} finished before the kill"
        process.stderr.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


@pytest.mark.timeout(600)
def test_a_session_killed_mid_attach_and_mid_export_leaves_no_plaintext(tmp_path: Path, record,
                                                                       tmp_path_factory: pytest.TempPathFactory) -> None:
    started = time.time()
    originals, exports = tmp_path / "users-own-files", tmp_path / "exports"  # the user's own folders
    originals.mkdir()
    exports.mkdir()
    image = originals / f"{CANARY}.png"
    image.write_bytes(png_bytes(640, 480, text=IMAGE_MARKER))
    big = originals / "recording.txt"
    line = f"{CANARY} — the whole call, transcribed\n".encode("utf-8")
    big.write_bytes(line * (BIG_MIB * 1024 * 1024 // len(line)))
    session = Session(tmp_path)
    wal = session.vault / "vault.db-wal"

    assert session.run("init", "--kdf-memory", "64", "--kdf-iterations", "3").returncode == 0
    added = session.run("add", "--type", "threat", "--title", CANARY, "--text", CANARY, "--notes", CANARY,
                        "--attach", str(image))
    assert added.returncode == 0, added.stderr
    incident = added.stdout.strip()
    assert session.run("add", "--type", "harassment", "--title", "Second", "--text", CANARY).returncode == 0

    # Killed with some megabytes of the file streamed into the write-ahead log.
    session.kill_when(lambda: _size(wal) > 8 * 1024 * 1024, "attach", incident, str(big))
    attached = session.run("attach", incident, str(big))
    assert attached.returncode == 0, attached.stderr

    bundle = exports / "for-the-lawyer.zip"
    part = bundle.with_name(bundle.name + ".part")
    session.kill_when(lambda: _size(part) > 1024 * 1024, "export", "--all", "--out", str(bundle))
    retry = session.run("export", "--all", "--out", str(bundle))
    in_the_way = retry.returncode != 0
    if in_the_way:  # the half-written .part is "in the way": the user removes it, as told
        assert "in the way" in retry.stderr, retry.stderr
        part.unlink()
        retry = session.run("export", "--all", "--out", str(bundle))
    assert retry.returncode == 0, retry.stderr
    assert session.run("check").returncode == 0

    texts = (CANARY, IMAGE_MARKER, "CANARY-c41d07")
    home, temp = Path(session.env["HOME"]), Path(session.env["TMPDIR"])
    ours = canary_scan([session.vault, home, temp, exports], started, skip=(originals, bundle), texts=texts)
    # Other programs and other pytest runs write to the system temp as well: theirs are not ours to scan.
    system_temp = Path(os.environ.get("PYTEST_SYSTEM_TMP", tempfile.gettempdir()))
    system = canary_scan([system_temp], started, skip=(tmp_path_factory.getbasetemp().parent,), texts=texts)
    hits = ours.hits + system.hits
    record("canary hits", len(hits))
    record("files scanned for the canary", ours.files + system.files)
    print(f"\ncanary scan after two kills: {len(hits)} hits in {ours.files + system.files} files "
          f"(the killed export's .part {'was in the way and removed' if in_the_way else 'was gone'})")
    assert hits == []
    # The scan can see the canary where it is meant to be: in the bundle, and in the user's originals.
    assert canary_scan([exports, originals], started, skip=(), texts=texts).hits
