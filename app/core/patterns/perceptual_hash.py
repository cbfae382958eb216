"""The same picture re-posted or re-captured: a 64-bit perceptual hash (pHash) per image.

Identical files are already one blob (same SHA-256). A screenshot re-captured, resized or
re-compressed by a platform has other bytes but nearly the same hash: pHash shrinks the image to
32x32 grey pixels, takes the 8x8 lowest frequencies of its discrete cosine transform, and keeps
one bit per frequency: above or below their median. Two images are "the same picture" when their
hashes differ in at most MAX_DISTANCE of the 64 bits. (The simpler difference hash, dHash, was
measured first and rejected: two different screenshots of one chat app were as close as 3 bits,
because the app's layout dominates a 9x8 grid; with pHash they stay 10 or more apart while
re-captures stay within 6. See docs/campaign-detection.md.)

The hash is computed from the stored thumbnail (a JPEG of at most 320 pixels that this app wrote;
the original is never decoded again) in memory, and kept in `blobs.phash`. Near pairs are found by
multi-index hashing: the 64 bits are cut into 4 bands of 16; two hashes within distance 11 agree
to within 2 bits on at least one band (pigeonhole), so each hash looks up only the 137 band values
within 2 bits of its own in each band, never every other hash.
"""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Callable, Iterator, Sequence
from operator import mul

from PIL import Image

from app.core.errors import OperationCancelled
from app.core.storage.database import Connection, transaction
from app.core.wording import Errors

# Re-captures measured within 6 bits, different screenshots of one app 10 or more apart.
MAX_DISTANCE = 8
_BANDS = 4
_BAND_BITS = 16
_BAND_RADIUS = 2
# Hashes within this distance agree to within _BAND_RADIUS bits on some band (pigeonhole), so the
# band search finds every such pair: 4 x (2 + 1) - 1 = 11.
MAX_SEARCH_DISTANCE = _BANDS * (_BAND_RADIUS + 1) - 1
_BAND_MASK = (1 << _BAND_BITS) - 1
_FLIPS = tuple(
    sum(1 << bit for bit in bits)
    for count in range(_BAND_RADIUS + 1)
    for bits in itertools.combinations(range(_BAND_BITS), count)
)
# Thumbnails are at most 320 pixels a side; anything larger in that column is not one of ours.
_MAX_THUMBNAIL_PIXELS = 400 * 400
_SIGN = 1 << 63
_BATCH = 100  # hashes per transaction in store_missing
_SIDE = 32
_FREQUENCIES = 8
# DCT-II basis, one row per frequency: the transform is then sums of products at C speed.
_COSINES = tuple(
    tuple(math.cos(math.pi * (2 * x + 1) * u / (2 * _SIDE)) for x in range(_SIDE)) for u in range(_FREQUENCIES)
)


def phash(thumbnail: bytes) -> int | None:
    """The 64-bit perceptual hash of a JPEG thumbnail, or None if it cannot be decoded."""
    try:
        with Image.open(io.BytesIO(thumbnail), formats=("JPEG",)) as image:
            if image.width * image.height > _MAX_THUMBNAIL_PIXELS:
                return None
            grey = image.convert("L").resize((_SIDE, _SIDE), Image.Resampling.BOX).tobytes()
    except Exception:
        # Any decoder failure means "no hash": detection then simply does not see this picture.
        return None
    rows = [[sum(map(mul, basis, grey[y * _SIDE:(y + 1) * _SIDE])) for basis in _COSINES] for y in range(_SIDE)]
    columns = [[row[u] for row in rows] for u in range(_FREQUENCIES)]
    coefficients = [sum(map(mul, basis, columns[u])) for basis in _COSINES for u in range(_FREQUENCIES)]
    # The first coefficient is the mean brightness: it says nothing about the picture's shapes.
    median = sorted(coefficients[1:])[len(coefficients) // 2 - 1]
    bits = 0
    for value in coefficients:
        bits = (bits << 1) | (value > median)
    return bits


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def near_pairs(hashes: Sequence[int], max_distance: int = MAX_DISTANCE) -> Iterator[tuple[int, int]]:
    """Index pairs (i, j), i < j, whose hashes are within `max_distance` bits of each other."""
    if not 0 <= max_distance <= MAX_SEARCH_DISTANCE:
        raise ValueError(f"max_distance must be 0 to {MAX_SEARCH_DISTANCE}")
    tables: list[dict[int, list[int]]] = [{} for _ in range(_BANDS)]
    for j, value in enumerate(hashes):
        found: set[int] = set()
        for band, table in enumerate(tables):
            own = (value >> (band * _BAND_BITS)) & _BAND_MASK
            for flip in _FLIPS:
                for i in table.get(own ^ flip, ()):
                    if i not in found and distance(hashes[i], value) <= max_distance:
                        found.add(i)
            table.setdefault(own, []).append(j)
        yield from ((i, j) for i in sorted(found))


def store_missing(conn: Connection, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
    """Hash every thumbnail that has no hash yet; returns how many were stored.

    Not inside a transaction: it commits every _BATCH hashes, so a vault with thousands of new
    pictures is never locked for long, and a cancel keeps what was done (the hashes are a cache).
    """
    ids = [row[0] for row in conn.execute("SELECT id FROM blobs WHERE phash IS NULL AND thumbnail IS NOT NULL")]
    stored = 0
    for start in range(0, len(ids), _BATCH):
        if cancelled is not None and cancelled():
            raise OperationCancelled(Errors.tr("Campaign detection"))
        with transaction(conn):
            for blob_id in ids[start:start + _BATCH]:
                # One thumbnail at a time: ten thousand of them at once would be hundreds of megabytes.
                row = conn.execute("SELECT thumbnail FROM blobs WHERE id = ?", (blob_id,)).fetchone()
                value = phash(row[0]) if row else None  # the blob may have been purged meanwhile
                if value is not None:
                    conn.execute("UPDATE blobs SET phash = ? WHERE id = ?", (to_sqlite(value), blob_id))
                    stored += 1
        if progress is not None:
            progress(min(start + _BATCH, len(ids)), len(ids))
    return stored


def to_sqlite(value: int) -> int:
    """SQLite integers are signed 64-bit: the top bit becomes the sign."""
    return value - (1 << 64) if value & _SIGN else value


def from_sqlite(value: int) -> int:
    return value & ((1 << 64) - 1)
