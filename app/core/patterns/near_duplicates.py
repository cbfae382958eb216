"""Texts that are the same or nearly the same, found among many without comparing every pair.

Each text is reduced to its comparable words (lookalike.py) and then to a set of features: its
words and the letter trigrams of its words. The words alone would let one typo or one added
hashtag cost a short message half its similarity; the trigrams alone would match unrelated texts
that share many common word parts. Together, word order does not matter (re-ordered copies stay
equal) and a typo changes only a few features. Texts with the same word set are one *group* at once
(a dictionary lookup). Every new group gets a MinHash signature; locality-sensitive hashing with
banding puts groups whose feature sets are similar into a shared bucket with high probability.
Only groups sharing a bucket are compared, by the exact Jaccard similarity of their feature
sets, and a pair at or above the threshold is joined in a union-find. A bucket keeps at most a few
"leaders" to compare against, so a bucket that thousands of copies land in costs a few
comparisons per copy rather than all pairs: the work grows linearly with the number of texts.
"""

from __future__ import annotations

import hashlib
from array import array

from app.core.patterns.lookalike import comparable_words

# Long texts are articles, not the messages campaigns copy; their first words decide.
MAX_WORDS = 400

# The signature is a one-permutation MinHash (Li, Owen and Zhang, 2012): each feature is hashed
# once to 64 bits, the low 5 bits pick one of 32 bins, and each bin keeps its smallest hash; two
# sets with Jaccard similarity s agree on a bin with probability about s. Computing 32 separate
# hashes per feature would cost several times more in pure Python for the same estimate.
_BINS = 32
_BIN_OF = (_BINS - 1).__and__  # hash -> its bin, callable from map() at C speed
# 8 bands of 4 bins: two groups with similarity s share a bucket with probability
# 1 - (1 - s^4)^8, which is 0.67 at s = 0.6, 0.89 at 0.7 and 0.99 at 0.8, but 0.0008 at 0.1 (two
# unrelated messages on one topic). A campaign has many copies and each needs one link to join, so
# the chance of missing a copy is far smaller than the chance of missing one pair.
_ROWS = 4
_BANDS = _BINS // _ROWS
_LEADERS_PER_BUCKET = 8


def _signature(hashes: list[int]) -> list[int]:
    ordered = sorted(hashes, reverse=True)
    # dict() keeps the last value given for a key: here the smallest hash of each bin.
    smallest = dict(zip(map(_BIN_OF, ordered), ordered))
    signature: list[int | None] = list(map(smallest.get, range(_BINS)))
    if len(smallest) == _BINS:
        return signature  # type: ignore[return-value]
    # A short text leaves bins empty. Each empty bin takes the value of the nearest filled bin to its
    # right, marked with the distance ("rotation" densification, Shrivastava and Li, 2014), so two
    # similar texts fill their empty bins alike instead of all sharing one "empty" value.
    filled = []
    for position in range(_BINS):
        step = 0
        while signature[(position + step) % _BINS] is None:
            step += 1
        filled.append(signature[(position + step) % _BINS] + (step << 64))  # type: ignore[operator]
    return filled


class UnionFind:
    """Disjoint sets over 0, 1, 2, ...; grows as elements are added."""

    def __init__(self, size: int = 0) -> None:
        self._parent = list(range(size))

    def add(self) -> int:
        self._parent.append(len(self._parent))
        return len(self._parent) - 1

    def find(self, item: int) -> int:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]  # path halving keeps the trees flat
            item = parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # The smaller index stays the root, so results do not depend on the order of unions.
            self._parent[max(root_a, root_b)] = min(root_a, root_b)


def _features(distinct_words: set[str]) -> set[str]:
    # A three-letter word and the same trigram inside a longer word become one feature; that
    # rarely matters and saves marking every trigram.
    found = set(distinct_words)
    for word in distinct_words:
        padded = f"^{word}$"
        found.update([padded[i:i + 3] for i in range(len(padded) - 2)])
    return found


class NearDuplicates:
    """Add texts one by one; texts the same or nearly the same end up in one cluster.

    `add` returns the text's group (texts with the same comparable word set), or -1 for a text with
    no words; `cluster` gives a group's cluster once every text has been added.
    """

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._group_of: dict[str, int] = {}
        self._group_features: list[array] = []
        self._group_words: array = array("I")
        self._feature_ids: dict[str, int] = {}
        self._feature_hashes: list[int] = []
        self._buckets: dict[int, int | list[int]] = {}
        self._sets = UnionFind()

    def add(self, text: str) -> int:
        words = comparable_words(text)[:MAX_WORDS]
        if not words:
            return -1
        distinct = set(words)
        key = " ".join(sorted(distinct))
        group = self._group_of.get(key)
        if group is None:
            group = self._new_group(_features(distinct), len(distinct))
            self._group_of[key] = group
        return group

    def cluster(self, group: int) -> int:
        return self._sets.find(group)

    def word_count(self, group: int) -> int:
        """How many distinct words the group's texts have."""
        return self._group_words[group]

    def _new_group(self, features: set[str], word_count: int) -> int:
        group = self._sets.add()
        # map() and zip() keep the per-feature work in C: this is the hot loop of detection.
        found = list(map(self._feature_ids.get, features))
        if None in found:
            found = [self._new_feature(f) if i is None else i for i, f in zip(found, features)]
        self._group_features.append(array("I", found))
        self._group_words.append(word_count)
        signature = _signature(list(map(self._feature_hashes.__getitem__, found)))
        mine = set(found)
        root = group
        for band in range(_BANDS):
            key = hash((band, *signature[band * _ROWS:(band + 1) * _ROWS]))
            root = self._visit_bucket(key, group, root, mine)
        return group

    def _new_feature(self, feature: str) -> int:
        number = self._feature_ids[feature] = len(self._feature_hashes)
        digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
        self._feature_hashes.append(int.from_bytes(digest, "little"))
        return number

    def _visit_bucket(self, key: int, group: int, root: int, mine: set[int]) -> int:
        """Compare the new group with the bucket's leaders; returns its cluster's root after."""
        leaders = self._buckets.get(key)
        if leaders is None:
            self._buckets[key] = group  # most buckets only ever hold one group: no list for them
            return root
        if isinstance(leaders, int):
            leaders = self._buckets[key] = [leaders]
        for leader in leaders:
            leader_root = self._sets.find(leader)
            if leader_root != root and self._similar(mine, leader):
                self._sets.union(leader_root, root)
                root = min(leader_root, root)  # UnionFind keeps the smaller root
        if len(leaders) < _LEADERS_PER_BUCKET:
            leaders.append(group)
        return root

    def features(self, group: int) -> set[int]:
        """The group's features, as numbers: equal numbers are equal features."""
        return set(self._group_features[group])

    def _similar(self, mine: set[int], other: int) -> bool:
        other_ids = self._group_features[other]
        shared = len(mine.intersection(other_ids))
        return shared >= self.threshold * (len(mine) + len(other_ids) - shared)
