"""A blur strong enough to hide what an image shows, made in memory.

Sensitive media is shown blurred until the user chooses to look (trauma-aware design, and a trainer
may be projecting the screen). A Gaussian blur of a few pixels leaves faces and large text
readable; what hides content is throwing nearly all the detail away. So the image is shrunk to a
few dozen pixels with smooth (area-averaging) sampling and then enlarged again in steps, which
leaves only soft patches of colour: enough to recognise "a chat screenshot" or "a photo", no more.

Nothing here touches the disk: QImage in, QImage out. `blurred` is safe on a worker thread;
`blurred_pixmap` makes a QPixmap and so belongs on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap

# The detail a strength of 1 would keep on the long side. At the default strength of 24 the
# coarse pass keeps 30 pixels across, then 15 in the second round: shapes and colours survive,
# letters and faces do not.
_DETAIL_AT_STRENGTH_1 = 720
_MIN_COARSE_SIDE = 3
# Enlarging in steps of four, each smooth, rounds off the diamond pattern that a single
# bilinear jump from 30 pixels to a full screenshot would leave.
_STEP = 4


def blurred(image: QImage, strength: int = 24) -> QImage:
    """A copy of `image`, the same size, with its content blurred beyond recognition.

    A higher `strength` keeps less detail. A null image gives a null image.
    """
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        return QImage()
    target = image.size()
    coarse_side = max(_MIN_COARSE_SIDE, _DETAIL_AT_STRENGTH_1 // max(1, strength))
    # Converting first keeps every step in one premultiplied format, so transparent pixels
    # (stickers, cut-outs) do not bleed dark fringes into their neighbours.
    work = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    small = _fit(target, coarse_side)
    work = work.scaled(small, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    # A second coarse round trip spreads each remaining pixel into its neighbours, so no
    # sharp block edge is left that could hint at the outline of a letter.
    half = _fit(target, max(_MIN_COARSE_SIDE, coarse_side // 2))
    work = work.scaled(half, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    work = work.scaled(small, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    while work.width() * _STEP < target.width() and work.height() * _STEP < target.height():
        work = work.scaled(work.size() * _STEP, Qt.AspectRatioMode.IgnoreAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    return work.scaled(target, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)


def blurred_pixmap(untrusted_bytes: bytes, size: QSize) -> QPixmap | None:
    """A blurred preview of an encoded image (a stored thumbnail), fitted into `size`.

    None if the bytes do not decode. GUI thread only, because it returns a QPixmap.
    """
    if not untrusted_bytes or size.isEmpty():
        return None
    # QImage.fromData obeys QImageReader's global allocation limit, so a crafted header that
    # declares a gigantic image is refused rather than allocated.
    image = QImage.fromData(untrusted_bytes)
    if image.isNull():
        return None
    fitted = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    # The same strength as the viewer: what hides a face is how few pixels of it survive, not
    # how large the preview is drawn.
    return QPixmap.fromImage(blurred(fitted))


def _fit(size: QSize, long_side: int) -> QSize:
    """`size` shrunk so its longer side is `long_side`, keeping the aspect ratio, never below 1."""
    scale = long_side / max(size.width(), size.height())
    if scale >= 1:
        return QSize(size)
    return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
