"""What the fuzz tests share: the Hypothesis profile, hostile variations of a valid input, and the property.

THREATLOG_FUZZ=large (set by `make reliability`) runs many more examples than the default `small`,
which keeps the fuzz files within a minute of `make test`. The profiles are applied per fuzz test,
never loaded globally, so other tests' own settings are not changed.

The property over every parser we own: it succeeds, or it raises one of our own errors
(app.core.errors.ThreatlogError) with a sentence for the user. Any other exception is a crash.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from app.core.errors import ThreatlogError

settings.register_profile("threatlog-fuzz-small", max_examples=50, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("threatlog-fuzz-large", max_examples=2000, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = "threatlog-fuzz-" + ("large" if os.environ.get("THREATLOG_FUZZ") == "large" else "small")
FUZZ = settings(settings.get_profile(PROFILE))

T = TypeVar("T")


def ours(call: Callable[[], T]) -> T | ThreatlogError:
    """Run a parser on hostile input: its result, or our error (checked to carry a message)."""
    try:
        return call()
    except ThreatlogError as error:
        assert str(error).strip(), f"{type(error).__name__} without a message"
        return error


class Examples:
    """Counts the examples a fuzz test ran, for the figures table."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1

    def record(self, record: Callable[[str, int], None], parser: str) -> None:
        record("fuzz examples run", self.count)
        record(f"fuzz examples: {parser}", self.count)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


@dataclass(frozen=True)
class Damage:
    """One change to a file's bytes; offsets wrap around the file's length, so a small example
    (printed when a test fails, and usable in @example) stands for any file."""

    kind: str  # flip, cut, insert, truncate, repeat
    at: int
    size: int = 1
    data: bytes = b""

    def apply(self, data: bytearray) -> None:
        at = self.at % (len(data) + 1)
        if self.kind == "flip" and at < len(data):
            data[at] ^= self.size & 0xFF or 0x5A
        elif self.kind == "cut":
            del data[at: at + self.size]
        elif self.kind == "insert":
            data[at:at] = self.data
        elif self.kind == "truncate":
            del data[at:]
        elif self.kind == "repeat":
            data[at:at] = data[at: at + self.size]


@dataclass(frozen=True)
class Variant:
    """A hostile variation of a valid input: damaged bytes, a lying JSON field, or garbage."""

    damage: tuple[Damage, ...] = ()
    json_path: tuple[str | int, ...] | None = None  # replace the value there (remove it: json_value is DELETE)
    json_value: Any = None
    garbage: bytes | None = None

    def of(self, original: bytes) -> bytes:
        if self.garbage is not None:
            return self.garbage
        if self.json_path is not None:
            return _json_changed(json.loads(original), self.json_path, self.json_value)
        data = bytearray(original)
        for step in self.damage:
            step.apply(data)
        return bytes(data)


DELETE = "<delete this key>"
_INSERTS = (b"\x00", b"\xff\xfe", b"\r\n", b"\n\n", b'"', b"\\u0000", b"\xc3", b"{", b"]", "\u202e".encode())

damages = st.lists(st.one_of(
    st.builds(Damage, st.just("flip"), st.integers(0, 1 << 24), st.integers(1, 255)),
    st.builds(Damage, st.sampled_from(("cut", "truncate", "repeat")), st.integers(0, 1 << 24), st.integers(1, 200)),
    st.builds(Damage, st.just("insert"), st.integers(0, 1 << 24), st.just(0),
              st.sampled_from(_INSERTS) | st.binary(min_size=1, max_size=32)),
), min_size=1, max_size=4).map(tuple)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, prefix + (index,))
    return found


def _json_changed(document: Any, path: tuple, value: Any) -> bytes:
    """`document` with the value at `path` replaced (or removed); where the document lacks the rest
    of a template's path, the lie goes in at the deepest place it has."""
    parent, key, node = None, None, document
    for step in path:
        if isinstance(node, dict):
            parent, key = node, step
            if step not in node:
                break
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            parent, key, node = node, step, node[step]
        else:
            break
    if parent is None:
        return json.dumps(value).encode("utf-8")
    if value == DELETE and isinstance(parent, dict):
        parent.pop(key, None)
    else:
        parent[key] = value
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def hostile_variants(json_template: Any = None) -> st.SearchStrategy[Variant]:
    """Byte-level damage, plain garbage, and, for JSON files, a lying field at one of the template's
    paths (well-formed files that lie get past the decoder into the code that trusts the fields)."""
    options = [st.builds(Variant, damages), st.builds(Variant, garbage=st.binary(max_size=512))]
    if json_template is not None:
        paths = _paths(json_template)
        options.append(st.builds(Variant, json_path=st.sampled_from(paths),
                                 json_value=json_values | st.just(DELETE)))
    return st.one_of(options)
