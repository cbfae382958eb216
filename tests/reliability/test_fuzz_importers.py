"""Fuzzing the importers: Telegram's result.json, WhatsApp's _chat.txt, an .eml and an .mbox.

Each starts from an export written the way the app that made it writes it (tests/import_fixtures.py)
and feeds hostile variations to `importers.plan`, which reads, parses, selects and validates
everything an import would write. It must give a plan or refuse with one of our errors, with a
message (tests/reliability/fuzzing.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.core import importers
from app.core.importers import ImportOptions, ImportPlan, SourceKind
from tests.import_fixtures import eml_with_attachment, mbox_three, telegram_single, whatsapp_export
from tests.reliability.fuzzing import FUZZ, Examples, Variant, hostile_variants, ours


def _fuzz_import(record, folder: Path, file_name: str, original: bytes, kind: SourceKind, parser: str,
                 variants: st.SearchStrategy[Variant]) -> None:
    examples = Examples()
    target = folder / file_name

    @FUZZ
    @given(variants, st.sampled_from((0, 5)))
    def run(variant: Variant, group_minutes: int) -> None:
        examples()
        target.write_bytes(variant.of(original))
        for options in (ImportOptions(group_minutes=group_minutes), ImportOptions(kind=kind)):
            plan = ours(lambda: importers.plan(target, options))
            if isinstance(plan, ImportPlan):
                json.dumps(plan.to_json())  # what the preview shows and `import --json` prints

    run()
    examples.record(record, parser)


def test_telegram_result_json(record, tmp_path: Path) -> None:
    folder = telegram_single(tmp_path / "telegram")
    original = (folder / "result.json").read_bytes()
    _fuzz_import(record, folder, "result.json", original, SourceKind.TELEGRAM, "Telegram result.json",
                 hostile_variants(json.loads(original)))


def test_whatsapp_chat_text(record, tmp_path: Path) -> None:
    folder = whatsapp_export(tmp_path / "whatsapp", "ios_day_first_24h", as_zip=False)
    original = (folder / "_chat.txt").read_bytes()
    lines = original.decode("utf-8").splitlines(keepends=True)
    # Also whole lines moved, repeated or dropped: a chat's structure is its lines.
    reordered = st.lists(st.sampled_from(lines), max_size=len(lines) + 3).map(
        lambda chosen: Variant(garbage="".join(chosen).encode("utf-8")))
    _fuzz_import(record, folder, "_chat.txt", original, SourceKind.WHATSAPP, "WhatsApp _chat.txt",
                 hostile_variants() | reordered)


def test_eml(record, tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    _fuzz_import(record, folder, "threat.eml", eml_with_attachment(), SourceKind.EMAIL, ".eml", hostile_variants())


def test_mbox(record, tmp_path: Path) -> None:
    folder = tmp_path / "mbox"
    folder.mkdir()
    _fuzz_import(record, folder, "threats.mbox", mbox_three()[0], SourceKind.MBOX, ".mbox", hostile_variants())
