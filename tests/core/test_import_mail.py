"""Importing e-mails: .eml files, a folder of them, and .mbox mailboxes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.core import importers
from app.core.errors import ImportMalformed
from app.core.importers import ImportOptions, SourceKind
from app.core.importers.common import manifest_sha256
from app.core.importers.mailtext import html_to_text
from app.core.records import custody, evidence, incidents
from app.core.storage.vault import Vault
from tests.import_fixtures import PNG_ATTACHMENT, eml_html_only, eml_with_attachment, mbox_three


def stored(vault: Vault, sha256: str) -> bytes:
    return b"".join(evidence.read_chunks(vault.connection(), sha256))


def imported(vault: Vault, path: Path, **options: object) -> list[incidents.Incident]:
    result = importers.apply(vault, importers.plan(path, ImportOptions(**options), vault))
    return [incidents.get(vault.connection(), i) for i in result.incident_ids]


def test_an_eml_keeps_its_original_bytes_and_its_attachment(vault: Vault, tmp_path: Path) -> None:
    mail = tmp_path / "threat.eml"
    mail.write_bytes(eml_with_attachment())
    assert importers.detect(mail) is SourceKind.EMAIL
    (incident,) = imported(vault, mail, incident_type="threat")
    assert incident.draft.title == "Səni tapacağıq"
    assert incident.draft.text == "Мы знаем, где ты живёшь.\nТвоя мать тоже."  # declared Windows-1251
    assert incident.draft.occurred == "2026-10-05T23:14:02+04:00"
    assert [(a.platform, a.handle) for a in incident.draft.accounts] == [("email", "qara.kolge@example.net")]
    assert incident.draft.platform == "email"
    original, attachment = incident.evidence
    assert original.filename == "threat.eml"
    assert stored(vault, original.sha256) == mail.read_bytes()  # Received, DKIM-Signature, all of it
    assert attachment.filename == "скрин.jpg"
    assert stored(vault, attachment.sha256) == PNG_ATTACHMENT
    assert "<threat-0001@mail.example.net>" in incident.draft.notes
    (entry,) = [e for e in custody.entries(vault.connection()) if e.action == "import"]
    assert entry.object_sha256 == hashlib.sha256(mail.read_bytes()).hexdigest()


def test_an_html_only_mail_becomes_text_without_scripts_or_styles(vault: Vault, tmp_path: Path) -> None:
    mail = tmp_path / "smear.eml"
    mail.write_bytes(eml_html_only())
    (incident,) = imported(vault, mail)
    assert incident.draft.text == "Salam Leyla,\n\nSən xainsən.\nBiz hər şeyi bilirik."
    assert incident.draft.accounts[0].handle == "patriot@example.com"
    assert incident.draft.occurred == "2026-10-13T08:05:00+00:00"
    assert len(incident.evidence) == 1


def test_html_to_text_drops_what_is_not_shown() -> None:
    html = ("<html><head><style>x{}</style><script>alert(1)</script><title>t</title></head>"
            "<body><p>a&amp;b</p><pre>  kept   as is</pre><ul><li>one</li><li>two</li></ul></body></html>")
    assert html_to_text(html) == "a&b\n\nkept   as is\n\none\n\ntwo"
    assert html_to_text("<p>unclosed <b>tags <script>x") == "unclosed tags"


def test_an_mbox_is_split_into_the_exact_bytes_of_each_message(vault: Vault, tmp_path: Path) -> None:
    data, messages = mbox_three()
    folder = tmp_path / "mail"
    folder.mkdir()
    mailbox = folder / "Threats.mbox"
    mailbox.write_bytes(data)
    assert importers.detect(mailbox) is SourceKind.MBOX
    found = imported(vault, mailbox)
    assert [i.draft.title for i in found] == ["Birinci", "Second", "Предатель"]
    assert [stored(vault, i.evidence[0].sha256) for i in found] == messages
    assert b"\n>From the ministry, with love.\n" in stored(vault, found[1].evidence[0].sha256)  # not unquoted
    assert found[2].draft.accounts[0].handle == "patriot@example.com"
    assert found[2].draft.text == "Жди.\n"
    assert [i.evidence[0].filename for i in found] == [f"Threats-0000{n}.eml" for n in (1, 2, 3)]
    assert {e.object_sha256 for e in custody.entries(vault.connection()) if e.action == "import"} == {
        hashlib.sha256(data).hexdigest()}
    # Read-only: no lock file, nothing else written into the user's folder.
    assert sorted(p.name for p in folder.iterdir()) == ["Threats.mbox"]
    assert mailbox.read_bytes() == data
    assert imported(vault, mailbox) == []


def test_undeclared_windows_1251_and_raw_header_bytes_are_read(vault: Vault, tmp_path: Path) -> None:
    mail = tmp_path / "old.eml"
    mail.write_bytes(b"From: \xcf\xe0\xf2\xf0\xe8\xee\xf2 <patriot@example.com>\nSubject: \xd3\xe3\xf0\xee\xe7\xe0\n"
                     b"Date: Mon, 05 Oct 2009 10:00:00 +0400\n\n\xcc\xfb \xe7\xed\xe0\xe5\xec.\n")
    (incident,) = imported(vault, mail)
    assert incident.draft.title == "Угроза"
    assert incident.draft.text == "Мы знаем.\n"


def test_a_folder_of_eml_files_is_one_source(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.eml").write_bytes(eml_with_attachment())
    (folder / "b.eml").write_bytes(eml_html_only())
    (folder / "copy of a.eml").write_bytes(eml_with_attachment())
    assert importers.detect(folder) is SourceKind.EMAIL
    plan = importers.plan(folder, ImportOptions(), vault)
    assert len(plan.incidents) == 2
    assert plan.skipped == {"identical copies of another e-mail in the source": 1}
    assert plan.source.sha256 == manifest_sha256(
        (p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in folder.iterdir())


def test_a_file_that_is_not_an_email_is_refused(vault: Vault, tmp_path: Path) -> None:
    fake = tmp_path / "invoice.eml"
    fake.write_bytes(b"\x89PNG\r\n\x1a\nnot a mail at all")
    with pytest.raises(ImportMalformed, match="not an e-mail"):
        importers.plan(fake, ImportOptions(), vault)


def test_a_mailbox_that_does_not_start_with_from_is_refused(tmp_path: Path) -> None:
    mailbox = tmp_path / "broken.mbox"
    mailbox.write_bytes(b"Subject: x\n\nFrom here on\n")
    with pytest.raises(ImportMalformed, match="not an mbox"):
        importers.plan(mailbox, ImportOptions())
