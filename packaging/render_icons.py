"""Render the app icon from resources/icons/threatlog.svg, the only original, for the desktop builds.

    python packaging/render_icons.py [OUT_DIR]        (default: build/icons)

Writes, rendered by Qt's own SVG renderer (QSvgRenderer, the one the app draws its icons with):

    OUT_DIR/hicolor/<N>x<N>/apps/org.threatlog.Threatlog.png   N = 16 24 32 48 64 128 256 512 (Linux)
    OUT_DIR/hicolor/scalable/apps/org.threatlog.Threatlog.svg  the SVG itself
    OUT_DIR/threatlog.ico                                      16…256 px, for the Windows executables
    OUT_DIR/threatlog.icns                                     16…512 px (and @2x), for the macOS app

The PNGs are not committed: they are derived files, remade on every build from the SVG with the Qt
version pinned in requirements.lock, so a changed SVG can never ship beside stale PNGs. Pillow
(also pinned) packs them into .ico and .icns; it writes both formats on any OS.

Run by `make package` and by packaging/threatlog.spec itself, with the build venv's Python.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SVG = REPO / "resources" / "icons" / "threatlog.svg"
APP_ID = "org.threatlog.Threatlog"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"render_icons: could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else REPO / "build" / "icons"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed on a build machine
    from PIL import Image
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(argv[:1])  # noqa: F841 - QPainter needs one
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SVG} is not a valid SVG")

    pngs: dict[int, bytes] = {}
    for size in sorted(set(SIZES) | {1024}):
        pngs[size] = render_png(renderer, size)
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)

    # Each size drawn by Qt at that size (sharper than letting Pillow scale one big image down).
    images = {size: Image.open(io.BytesIO(data)) for size, data in pngs.items()}
    largest = images[max(ICO_SIZES)]
    largest.save(out / "threatlog.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    images[1024].save(out / "threatlog.icns", format="ICNS",
                      append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    print(f"render_icons: {len(SIZES)} PNG sizes, threatlog.ico and threatlog.icns in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
