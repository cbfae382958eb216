"""The processes the crash loop kills: each logs, attaches, edits and exports until SIGKILL arrives.

    python -m tests.reliability.crash_child VAULT PASSPHRASE_FILE BIG_FILES_DIR EXPORT_DIR

runs a fork server: for each line `SEED ACK_FILE` on stdin it forks a child (Python and the app
already imported, no vault open, no thread: ~0.3 s saved per life, which is what lets 200 kills fit
in the time the CI has) and prints its pid; the child opens the vault itself, in its own session.

A child acknowledges a save only after the core call returned (the transaction committed): one
JSON line per save appended to ACK_FILE with a single os.write, so a kill can cut a line short but
never make a false one (the bytes of a finished write survive the process). "ready" comes first,
once the vault is open, so the parent's random delay is spent doing work, not opening the vault.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import sys
from pathlib import Path

from app.core.bundles import bundle
from app.core.bundles.bundle import Selection
from app.core.records import evidence, incidents, search
from app.core.records.drafts import IncidentDraft
from app.core.storage.vault import Vault

_ack_fd = -1


def ack(**fields: object) -> None:
    os.write(_ack_fd, (json.dumps(fields, ensure_ascii=False) + "\n").encode("utf-8"))


def small_evidence(rng: random.Random) -> tuple[bytes, str]:
    if rng.random() < 0.3:
        from tests.helpers import png_bytes  # an image: decoded by the isolated workers

        return png_bytes(rng.randint(8, 200), rng.randint(8, 200), (rng.randrange(256),) * 3,
                         text=f"{rng.random()}"), "screenshot.png"
    return rng.randbytes(rng.randint(0, 300_000)), "message.bin"


def main(vault_dir: Path, passphrase_file: Path, big_files: Path, export_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    big = sorted(big_files.iterdir())
    vault = Vault.open(vault_dir, passphrase=passphrase_file.read_text(encoding="utf-8"))
    conn = vault.connection()
    ids = search.find_ids(conn, search.Filter())
    ack(op="ready")
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.25 or not ids:
            title = f"Threat {seed}-{n} — hədə угроза"
            text = rng.randbytes(rng.randint(0, 2000)).hex()
            with vault.transaction() as tx:
                incident_id = incidents.create(tx, IncidentDraft("threat", title, text=text))
            ids.append(incident_id)
            ack(op="add", id=incident_id, title=title, text_sha256=hashlib.sha256(text.encode()).hexdigest())
        elif roll < 0.45:
            incident_id = rng.choice(ids)
            title = f"Edited {seed}-{n}"
            with vault.transaction() as tx:
                draft = incidents.get(tx, incident_id).draft
                revision = incidents.edit(tx, incident_id, IncidentDraft(
                    draft.type, title, text=draft.text, severity=rng.randint(1, 5)))
            ack(op="edit", id=incident_id, revision=revision, title=title)
        elif roll < 0.88:
            incident_id = rng.choice(ids)
            with vault.transaction() as tx:
                if rng.random() < 0.4:  # multi-MB: a kill often lands mid-stream
                    item = evidence.attach_path(tx, incident_id, rng.choice(big)).item
                else:
                    data, name = small_evidence(rng)
                    item = evidence.attach_stream(tx, incident_id, io.BytesIO(data), name).item
            ack(op="attach", id=incident_id, sha256=item.sha256, size=item.size)
        else:
            chosen = tuple(rng.sample(ids, min(len(ids), rng.randint(1, 3))))
            result = bundle.export_bundle(vault, export_dir / f"bundle-{seed}-{n}.zip", Selection(ids=chosen))
            ack(op="export", path=str(result.path), sha256=result.sha256)


def serve(vault_dir: Path, passphrase_file: Path, big_files: Path, export_dir: Path) -> None:
    from tests.helpers import png_bytes  # noqa: F401 — imported once here, not in every child

    for line in sys.stdin:
        seed, ack_file = line.split(" ", 1)
        pid = os.fork()
        if pid == 0:
            global _ack_fd
            os.setsid()  # its own process group: the parent checks that its decoder workers go too
            _ack_fd = os.open(ack_file.strip(), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                main(vault_dir, passphrase_file, big_files, export_dir, int(seed))
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                os._exit(1)  # a child only ends by being killed: anything else is a failure
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)  # -9: killed, as it should be


if __name__ == "__main__":
    serve(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
