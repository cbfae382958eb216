"""Small tools for tests: hashing a folder's files, making images in memory."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image


def folder_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder`, to prove a failed command changed no byte."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def png_bytes(width: int = 64, height: int = 48, color: tuple[int, int, int] = (200, 30, 30), text: str = "") -> bytes:
    image = Image.new("RGB", (width, height), color)
    buffer = io.BytesIO()
    if text:
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_text("Comment", text)
        image.save(buffer, "PNG", pnginfo=info)
    else:
        image.save(buffer, "PNG")
    return buffer.getvalue()
