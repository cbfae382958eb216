"""Suggesting campaigns: the same message, or the same picture, from several accounts in a short time.

Messages (an incident's original text, or its title when it has none) are linked when they are the
same or nearly the same (near_duplicates.py) and incidents are linked when their images are the
same picture (perceptual_hash.py). Each linked set is cut in time wherever more than the window
separates two consecutive messages, kept to the messages close to a central text, and what is
suggested are its bursts: the messages lying in some window in which enough distinct accounts
posted. The method, thresholds and blind spots are in docs/campaign-detection.md. Nothing here
writes to the vault: suggestions are stored by campaign_suggestions.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from app.core.errors import InvalidInput, OperationCancelled
from app.core.patterns import perceptual_hash
from app.core.patterns.near_duplicates import NearDuplicates, UnionFind
from app.core.storage.database import Connection
from app.core.wording import Errors, Number

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_CHECK_EVERY = 1000  # messages between two progress reports and cancel checks
_MAX_WINDOW_HOURS = 24 * 366
_CENTRAL_CANDIDATES = 16
_CENTRE_ROUNDS = 3


@dataclass(frozen=True)
class DetectionSettings:
    min_accounts: int = 3
    window_hours: float = 48
    # Jaccard similarity of two messages' features (their words and the words' letter trigrams)
    # for linking them, and of every message of a suggestion to its central text (lower: copies
    # of one text each carry their own typos, emoji and hashtags, so they differ more from one
    # another than two linked copies).
    similarity: float = 0.6
    centre_similarity: float = 0.4
    # Messages of one to three words ("Xain!", "Rədd ol") are written by unrelated people every
    # day: from them, only a crowd within one window is a sign of coordination.
    short_words: int = 4
    min_accounts_short: int = 10
    image_distance: int = perceptual_hash.MAX_DISTANCE

    def __post_init__(self) -> None:
        if self.min_accounts < 2 or self.min_accounts_short < 2:
            raise InvalidInput(Errors.tr("A campaign needs at least 2 accounts (--min-accounts)."))
        if not 0 < self.window_hours <= _MAX_WINDOW_HOURS:
            raise InvalidInput(Errors.tr("The time window goes from a few minutes to {limit} hours (a year).").format(
                limit=Number(_MAX_WINDOW_HOURS)))
        if not 0 < self.centre_similarity <= self.similarity <= 1:
            raise InvalidInput(Errors.tr("Similarity thresholds go from 0 (excluded) to 1, the central one no higher."))
        if not 0 <= self.image_distance <= perceptual_hash.MAX_SEARCH_DISTANCE:
            raise InvalidInput(Errors.tr("The image distance goes from 0 to {limit} bits.").format(
                limit=perceptual_hash.MAX_SEARCH_DISTANCE))

    @property
    def window_seconds(self) -> int:
        return int(self.window_hours * 3600)


@dataclass(frozen=True, slots=True)
class Message:
    """One incident as detection sees it. `time` is in seconds since 1970 (UTC), None if unknown."""

    key: str
    time: int | None
    accounts: tuple[int, ...]
    text: str
    image_hashes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Group:
    """A suggested campaign: its messages in time order, and why they were linked."""

    keys: tuple[str, ...]
    accounts: tuple[int, ...]
    first_time: int
    last_time: int
    representative: str  # the key of the message whose text is most like the others
    reasons: tuple[str, ...]  # "text", "image" or both


def find_groups(messages: Iterable[Message], settings: DetectionSettings = DetectionSettings(),
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                total: int = 0) -> list[Group]:
    """Suggested campaigns among `messages`, largest first. `total` only scales `progress`."""
    texts = NearDuplicates(settings.similarity)
    kept: list[Message] = []
    text_groups: list[int] = []
    for count, message in enumerate(messages, 1):
        if count % _CHECK_EVERY == 0:
            _report(count, total, progress, cancelled)
        if message.time is None:
            continue  # a message that cannot be placed in time cannot be part of a burst
        text_groups.append(texts.add(message.text))
        # The text is no longer needed: a vault's worth of texts would not stay in memory.
        kept.append(Message(message.key, message.time, message.accounts, "", message.image_hashes))
    links = UnionFind(len(kept))
    text_linked = _link_by_text(kept, text_groups, texts, links)
    image_linked = _link_by_image(kept, settings.image_distance, links)
    groups = []
    window = settings.window_seconds
    for members in _components(links, len(kept)):
        for piece in _split_in_time(kept, members, window):
            for part in _around_centres(piece, text_groups, texts, image_linked, settings.centre_similarity):
                for chain in _split_in_time(kept, part, window):
                    needed = _accounts_needed(chain, text_groups, texts, image_linked, settings)
                    for burst in _bursts(kept, chain, window, needed):
                        groups.append(_group(kept, burst, text_groups, texts, text_linked, image_linked))
    groups.sort(key=lambda g: (-len(g.keys), g.first_time, g.keys[0]))
    return groups


def _report(count: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled(Errors.tr("Campaign detection"))
    if progress is not None:
        progress(count, max(total, count))


def _link_by_text(kept: list[Message], text_groups: list[int], texts: NearDuplicates, links: UnionFind) -> list[bool]:
    """Join messages whose texts are in one cluster; True for each message joined to another this way."""
    first_of_cluster: dict[int, int] = {}
    linked = [False] * len(kept)
    for index, group in enumerate(text_groups):
        if group < 0:
            continue
        first = first_of_cluster.setdefault(texts.cluster(group), index)
        if first != index:
            links.union(first, index)
            linked[first] = linked[index] = True
    return linked


def _link_by_image(kept: list[Message], max_distance: int, links: UnionFind) -> list[bool]:
    """Join messages that hold the same picture; True for each message joined to another this way."""
    hashes: dict[int, list[int]] = {}
    for index, message in enumerate(kept):
        for value in message.image_hashes:
            hashes.setdefault(value, []).append(index)
    linked = [False] * len(kept)
    values = list(hashes)
    pictures = UnionFind(len(values))
    for i, j in perceptual_hash.near_pairs(values, max_distance):
        pictures.union(i, j)
    holder_of_picture: dict[int, int] = {}
    for position, value in enumerate(values):
        for index in hashes[value]:
            first = holder_of_picture.setdefault(pictures.find(position), index)
            if first != index:
                links.union(first, index)
                linked[first] = linked[index] = True
    return linked


def _components(links: UnionFind, size: int) -> Iterator[list[int]]:
    members: dict[int, list[int]] = {}
    for index in range(size):
        members.setdefault(links.find(index), []).append(index)
    return (m for m in members.values() if len(m) > 1)


def _split_in_time(kept: list[Message], members: list[int], window: int) -> Iterator[list[int]]:
    """Cut a linked set wherever more than `window` seconds pass between two consecutive messages."""
    members.sort(key=lambda i: (kept[i].time, kept[i].key))
    piece = [members[0]]
    for index in members[1:]:
        if kept[index].time - kept[piece[-1]].time > window:  # type: ignore[operator]
            if len(piece) > 1:
                yield piece
            piece = []
        piece.append(index)
    if len(piece) > 1:
        yield piece


def _around_centres(piece: list[int], text_groups: list[int], texts: NearDuplicates, image_linked: list[bool],
                    similarity: float) -> Iterator[list[int]]:
    """The piece cut into sets of messages that are each close to one central text.

    Linking is transitive: A like B and B like C puts A and C together however unlike they are, and
    on a busy topic such chains can run through thousands of unrelated messages. Keeping only the
    messages close to the central text, then looking again among the rest (a few rounds), gives
    suggestions in which every message is nearly the same as the one shown for them.
    """
    remaining = piece
    for _ in range(_CENTRE_ROUNDS):
        centre = _central_text(Counter(text_groups[i] for i in remaining if text_groups[i] >= 0), texts)
        if centre is None:
            yield remaining  # linked by pictures only
            return
        centre_features = texts.features(centre)
        closeness: dict[int, bool] = {}
        near, far = [], []
        for index in remaining:
            group = text_groups[index]
            if group >= 0 and group not in closeness:
                features = texts.features(group)
                shared = len(features & centre_features)
                closeness[group] = shared >= similarity * (len(features) + len(centre_features) - shared)
            (near if image_linked[index] or closeness.get(group, False) else far).append(index)
        if len(near) > 1:
            yield near
        if len(far) < 2:
            return
        remaining = far


def _accounts_needed(piece: list[int], text_groups: list[int], texts: NearDuplicates, image_linked: list[bool],
                     settings: DetectionSettings) -> int:
    """More accounts for a set of mostly short messages ("Xain!"): unrelated people write those daily."""
    if any(image_linked[i] for i in piece):
        return settings.min_accounts
    short = sum(1 for i in piece if 0 <= text_groups[i] and texts.word_count(text_groups[i]) < settings.short_words)
    return settings.min_accounts_short if 2 * short >= len(piece) else settings.min_accounts


def _bursts(kept: list[Message], piece: list[int], window: int, needed: int) -> Iterator[list[int]]:
    """The runs of a time-ordered piece that lie in some window where `needed` distinct accounts posted.

    A slow trickle of copies over months is no campaign, and a campaign inside it is only its burst.
    """
    # covered[i] > 0 once message i lies in a window that qualifies (a difference array: +1 where a
    # qualifying window starts, -1 after it ends), so each message is added and removed once.
    covered = [0] * (len(piece) + 1)
    posts: dict[int, int] = {}  # account -> its messages inside the current window
    start = 0
    for end, index in enumerate(piece):
        for account in kept[index].accounts:
            posts[account] = posts.get(account, 0) + 1
        while kept[index].time - kept[piece[start]].time > window:  # type: ignore[operator]
            for account in kept[piece[start]].accounts:
                posts[account] -= 1
                if not posts[account]:
                    del posts[account]
            start += 1
        if len(posts) >= needed and end > start:
            covered[start] += 1
            covered[end + 1] -= 1
    depth, run = 0, []
    for position, index in enumerate(piece):
        depth += covered[position]
        if depth > 0:
            run.append(index)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _group(kept: list[Message], burst: list[int], text_groups: list[int], texts: NearDuplicates,
           text_linked: list[bool], image_linked: list[bool]) -> Group:
    central = _central_text(Counter(text_groups[i] for i in burst if text_groups[i] >= 0), texts)
    representative = next((i for i in burst if text_groups[i] == central), burst[0])
    accounts = sorted({a for i in burst for a in kept[i].accounts})
    reasons = tuple(name for name, linked in (("text", text_linked), ("image", image_linked))
                    if any(linked[i] for i in burst))
    return Group(tuple(kept[i].key for i in burst), tuple(accounts), kept[burst[0]].time,  # type: ignore[arg-type]
                 kept[burst[-1]].time, kept[representative].key, reasons)  # type: ignore[arg-type]


def _central_text(posted: Counter[int], texts: NearDuplicates) -> int | None:
    """The text most like all the others (weighted by how often each was posted): the campaign's
    text as given out, rather than one copy's typos and emoji. Among the most posted texts only,
    so that a campaign of thousands costs a bounded number of comparisons."""
    candidates = posted.most_common(_CENTRAL_CANDIDATES)
    if not candidates:
        return None
    features = [texts.features(group) for group, _ in candidates]
    closeness = [float(n) for _, n in candidates]  # a text is fully like its own copies
    for a in range(len(candidates)):
        for b in range(a + 1, len(candidates)):
            shared = len(features[a] & features[b])
            similarity = shared / (len(features[a]) + len(features[b]) - shared)
            closeness[a] += candidates[b][1] * similarity
            closeness[b] += candidates[a][1] * similarity
    return candidates[closeness.index(max(closeness))][0]


def load_messages(conn: Connection, settings: DetectionSettings = DetectionSettings()) -> Iterator[Message]:
    """The live incidents of the vault as messages, one row at a time.

    An incident whose time is known less precisely than the window (a month, a long range) gets
    no time: it cannot show that messages came together.
    """
    rows = conn.execute(
        "SELECT i.id, unixepoch(i.sort_time), unixepoch(coalesce(i.occurred_end, i.sort_time)),"
        " json_extract(i.data, '$.text'), i.title,"
        " (SELECT group_concat(account_id) FROM incident_accounts WHERE incident_id = i.id),"
        " (SELECT group_concat(b.phash) FROM evidence e JOIN blobs b ON b.id = e.blob_id"
        "  WHERE e.incident_id = i.id AND b.phash IS NOT NULL)"
        " FROM incidents i WHERE i.deleted_at IS NULL ORDER BY i.seq"
    )
    window = settings.window_seconds
    for key, start, end, text, title, accounts, hashes in rows:
        precise = start is not None and end is not None and end - start <= window
        yield Message(
            key,
            start if precise else None,
            tuple(int(a) for a in accounts.split(",")) if accounts else (),
            text if text and text.strip() else title,
            tuple(perceptual_hash.from_sqlite(int(h)) for h in hashes.split(",")) if hashes else (),
        )


def detect(conn: Connection, settings: DetectionSettings = DetectionSettings(),
           progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[Group]:
    """Suggested campaigns among the vault's live incidents. Reads only; safe in a worker thread
    with its own connection. Hashes of new pictures must be stored first (perceptual_hash.store_missing)."""
    total = conn.execute("SELECT count(*) FROM incidents WHERE deleted_at IS NULL").fetchone()[0]
    return find_groups(load_messages(conn, settings), settings, progress, cancelled, total)
