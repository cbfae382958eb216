"""Canonical JSON: the one byte form that hashes are taken over (revisions, custody entries,
imported Telegram records), so that anyone can recompute them with any JSON library: keys sorted,
no whitespace, UTF-8 text as itself.

One encoder object, made once: json.dumps with these options builds a new encoder on every call,
which an import of 50,000 messages does 200,000 times.
"""

from __future__ import annotations

import json
from typing import Any

_UTF8 = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_ASCII = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def canonical_json(value: Any) -> str:
    return _UTF8.encode(value)


def canonical_json_ascii(value: Any) -> str:
    """The same with non-ASCII written as \\u escapes: for text holding lone surrogates, which
    have no UTF-8 form."""
    return _ASCII.encode(value)
