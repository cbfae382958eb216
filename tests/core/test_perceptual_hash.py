"""The same screenshot passed on (resized, re-compressed, cropped a little) is found; a different
screenshot of the same app is not; and finding them never compares every pair."""

from __future__ import annotations

import io
import itertools
import random

import pytest

from app.core.errors import OperationCancelled
from app.core.patterns import campaign_suggestions, perceptual_hash
from app.core.patterns.perceptual_hash import MAX_DISTANCE, distance, near_pairs, phash
from app.core.records import incidents
from app.core.records.drafts import AccountRef, IncidentDraft
from app.core.records.evidence import attach_stream
from app.core.untrusted import thumbnails
from app.core.untrusted.imagemeta import inspect_image
from tests.core.campaign_fixtures import encoded, recaptures, screenshot


def _hash(image_bytes: bytes) -> int:
    # As the vault does it: the thumbnail imagemeta makes at attach time, then its hash.
    info = inspect_image(image_bytes)
    assert info is not None and info.thumbnail is not None
    value = phash(info.thumbnail)
    assert value is not None
    return value


@pytest.mark.parametrize("seed", range(4))
def test_a_screenshot_passed_on_keeps_its_hash_within_the_distance(seed: int) -> None:
    original = screenshot(seed)
    reference = _hash(encoded(original))
    for how, copy in recaptures(original).items():
        assert distance(reference, _hash(copy)) <= MAX_DISTANCE, how


def test_different_screenshots_of_the_same_app_are_further_apart() -> None:
    hashes = [_hash(encoded(screenshot(seed), "JPEG")) for seed in range(100, 130)]
    closest = min(distance(a, b) for a, b in itertools.combinations(hashes, 2))
    assert closest > MAX_DISTANCE


def test_what_is_not_a_jpeg_thumbnail_has_no_hash() -> None:
    assert phash(b"not an image") is None
    assert phash(encoded(screenshot(1), "PNG")) is None  # thumbnails are JPEG; nothing else is decoded


@pytest.mark.parametrize("max_distance", [0, MAX_DISTANCE, perceptual_hash.MAX_SEARCH_DISTANCE])
def test_near_pairs_finds_exactly_the_pairs_within_the_distance(max_distance: int) -> None:
    rng = random.Random(3)
    hashes = [rng.getrandbits(64) for _ in range(300)]
    for n in range(150):  # planted near-duplicates, 0 to 12 bits away
        flips = rng.sample(range(64), rng.randint(0, 12))
        hashes.append(hashes[n] ^ sum(1 << bit for bit in flips))
    brute = {(i, j) for i, j in itertools.combinations(range(len(hashes)), 2)
             if distance(hashes[i], hashes[j]) <= max_distance}
    assert set(near_pairs(hashes, max_distance)) == brute
    assert len(brute) >= 10


def test_sqlite_storage_keeps_all_64_bits() -> None:
    for value in (0, 1, (1 << 63) - 1, 1 << 63, (1 << 64) - 1):
        stored = perceptual_hash.to_sqlite(value)
        assert -(1 << 63) <= stored < (1 << 63)
        assert perceptual_hash.from_sqlite(stored) == value


def test_a_re_posted_screenshot_from_three_accounts_is_suggested(vault) -> None:
    original = screenshot(7)
    copies = [encoded(original), *list(recaptures(original).values())[:2]]
    other = encoded(screenshot(8))
    with vault.transaction() as conn:
        ids = incidents.create_many(conn, [
            IncidentDraft("harassment", title, occurred=f"2025-10-04T2{n}:00+04:00", platform="instagram",
                          accounts=(AccountRef("instagram", f"@page{n}"),))
            for n, title in enumerate(("Story", "Repost", "Another repost", "Unrelated screenshot"))
        ])
        for incident_id, data in zip(ids, [*copies, other]):
            attach_stream(conn, incident_id, io.BytesIO(data), "shot.png")
    (suggestion,) = campaign_suggestions.refresh(vault.connection())
    assert set(suggestion.incident_ids) == set(ids[:3])
    assert suggestion.reasons == ("image",)
    stored = vault.connection().execute("SELECT count(*) FROM blobs WHERE phash IS NOT NULL").fetchone()[0]
    assert stored == 4


def test_hashing_reports_progress_can_be_cancelled_and_is_done_once(vault) -> None:
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, IncidentDraft("harassment", "Two screenshots"))
        for seed in (1, 2):
            attach_stream(conn, incident_id, io.BytesIO(encoded(screenshot(seed), "JPEG")), f"{seed}.jpg")
    conn = vault.connection()
    thumbnails.make_pending(conn)
    with pytest.raises(OperationCancelled):
        perceptual_hash.store_missing(conn, cancelled=lambda: True)
    seen: list[tuple[int, int]] = []
    assert perceptual_hash.store_missing(conn, progress=lambda done, total: seen.append((done, total))) == 2
    assert seen == [(2, 2)]
    assert perceptual_hash.store_missing(conn) == 0
