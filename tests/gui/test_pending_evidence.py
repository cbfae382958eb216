"""Clipboard and drop contents become evidence exactly as the source gave them, and are stored so."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QUrl
from PySide6.QtGui import QColor, QImage

from app.core.records import evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.core.records.evidence import AttachCancelled
from app.gui.pending_evidence import (PendingEvidence, attach_all, carries_evidence, from_mime_data,
                                      image_bytes_from_qimage, sha256_of, total_size)
from tests.gui.conftest import reopen
from tests.helpers import png_bytes


def _mime(**formats: bytes) -> QMimeData:
    mime = QMimeData()
    for name, data in formats.items():
        mime.setData(name.replace("_", "/"), QByteArray(data))
    return mime


def test_raw_png_is_kept_byte_for_byte(qapp) -> None:
    untrusted_png = png_bytes(30, 20, text="exact bytes " + os.urandom(8).hex())
    items = from_mime_data(_mime(image_png=untrusted_png))
    assert len(items) == 1
    assert items[0].data == untrusted_png
    assert items[0].source == "clipboard"
    assert items[0].name.startswith("pasted-") and items[0].name.endswith(".png")


def test_png_is_preferred_to_other_encodings_and_to_the_decoded_image(qapp) -> None:
    mime = _mime(image_jpeg=b"\xff\xd8\xffjpeg", image_png=png_bytes())
    mime.setImageData(QImage(5, 5, QImage.Format.Format_RGB32))
    [item] = from_mime_data(mime)
    assert item.data == png_bytes() and item.name.endswith(".png")
    [jpeg] = from_mime_data(_mime(image_jpeg=b"\xff\xd8\xffjpeg"))
    assert jpeg.data == b"\xff\xd8\xffjpeg" and jpeg.name.endswith(".jpg")


def test_a_decoded_image_only_is_encoded_as_lossless_png(qapp) -> None:
    image = QImage(7, 3, QImage.Format.Format_ARGB32)
    image.fill(QColor(10, 200, 30, 255))
    image.setPixelColor(2, 1, QColor(250, 1, 2, 255))
    mime = QMimeData()
    mime.setImageData(image)
    [item] = from_mime_data(mime)
    assert item.data is not None and item.data.startswith(b"\x89PNG")
    decoded = QImage.fromData(item.data).convertToFormat(QImage.Format.Format_ARGB32)
    assert decoded == image


def test_local_files_win_over_images_and_text_or_links_are_not_evidence(qapp, tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.png"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl("https://example.org/x"), QUrl.fromLocalFile(str(second))])
    mime.setData("image/png", QByteArray(png_bytes()))
    items = from_mime_data(mime)
    assert [(i.path, i.source, i.data) for i in items] == [(first, "file", None), (second, "file", None)]
    assert carries_evidence(mime)

    text = QMimeData()
    text.setText("a threat typed as text")
    assert from_mime_data(text) == [] and not carries_evidence(text)
    link = QMimeData()
    link.setUrls([QUrl("https://example.org/post/1")])
    assert from_mime_data(link) == [] and not carries_evidence(link)
    assert from_mime_data(None) == []


def test_pending_evidence_needs_exactly_one_of_path_or_data(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        PendingEvidence("x", "file")
    with pytest.raises(ValueError):
        PendingEvidence("x", "file", path=tmp_path, data=b"1")
    with pytest.raises(ValueError):
        PendingEvidence("x", "import", data=b"1")
    assert PendingEvidence("x", "clipboard", data=b"123").size == 3


def test_image_bytes_from_an_empty_image_is_refused(qapp) -> None:
    with pytest.raises(ValueError):
        image_bytes_from_qimage(QImage())


def test_attach_all_stores_everything_with_its_source_and_reports_total_bytes(gui_vault, vault_dir: Path,
                                                                              tmp_path: Path) -> None:
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    pasted = png_bytes(text="pasted")
    items = [PendingEvidence("video.mp4", "file", path=big), PendingEvidence("shot.png", "clipboard", data=pasted)]
    assert sha256_of(items[0]) == (big.stat().st_size, hashlib.sha256(big.read_bytes()).hexdigest())
    reports: list[int] = []
    with gui_vault.transaction() as conn:
        incident_id = incidents.create(conn, IncidentDraft("threat", "attach all"))
        results = attach_all(conn, incident_id, items, reports.append)
    assert total_size(items) == big.stat().st_size + len(pasted)
    assert reports[-1] == total_size(items)  # one count over all items, not per item
    assert reports == sorted(reports)
    assert [r.item.source for r in results] == ["file", "clipboard"]
    with reopen(vault_dir) as vault:
        stored = incidents.get(vault.connection(), incident_id).evidence
        assert [i.sha256 for i in stored] == [hashlib.sha256(big.read_bytes()).hexdigest(),
                                              hashlib.sha256(pasted).hexdigest()]
        assert b"".join(evidence.read_chunks(vault.connection(), stored[1].sha256)) == pasted


def test_attach_all_cancelled_raises_inside_the_transaction(gui_vault, vault_dir: Path) -> None:
    items = [PendingEvidence("shot.png", "clipboard", data=png_bytes())]
    with pytest.raises(AttachCancelled):
        with gui_vault.transaction() as conn:
            incident_id = incidents.create(conn, IncidentDraft("threat", "cancelled"))
            attach_all(conn, incident_id, items, cancelled=lambda: True)
    with reopen(vault_dir) as vault:
        assert vault.connection().execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
