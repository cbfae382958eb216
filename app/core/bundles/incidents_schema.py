"""The JSON Schema (draft 2020-12) of a bundle's incidents.json, built from the taxonomy.

Built in code so that a new incident type or field can never leave the schema behind; the bundle
carries it as data/incidents.schema.json and the repository as docs/incidents.schema.json (a test
keeps the two identical). It states exactly what bundle.py writes: no key is optional unless the
format says so, and `notes` / `location` are present exactly when incidents.json says they were
included.
"""

from __future__ import annotations

import json
from typing import Any

from app.core.records import evidence, taxonomy

SCHEMA_ID = "urn:threatlog:bundle:incidents:1"

_UTC_TIME = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$"
_SHA256 = r"^[0-9a-f]{64}$"
_NULLABLE_STRING = {"type": ["string", "null"]}


def _field_schema(field: taxonomy.Field) -> dict[str, Any]:
    if field.kind == "bool":
        return {"type": "boolean"}
    if field.kind == "int":
        return {"type": "integer", "minimum": 0}
    if field.kind == "choice":
        return {"enum": list(field.choices)}
    return {"type": "string"}


def _details_by_type() -> list[dict[str, Any]]:
    return [
        {
            "if": {"properties": {"type": {"const": kind.id}}},
            "then": {"properties": {"details": {
                "type": "object",
                "properties": {f.key: _field_schema(f) for f in kind.fields},
                "additionalProperties": False,
            }}},
        }
        for kind in taxonomy.TYPES
    ]


def _evidence() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["sha256", "filename", "display_name", "size", "media_type", "source", "attached_at", "image",
                     "path", "gps_in_metadata"],
        "additionalProperties": False,
        "properties": {
            "sha256": {"type": "string", "pattern": _SHA256},
            "filename": {"type": "string", "description": "the name as received, undecodable bytes as \\xNN"},
            "display_name": {"type": "string"},
            "size": {"type": "integer", "minimum": 0},
            "media_type": {"type": "string"},
            "source": {"enum": list(evidence.SOURCES)},
            "attached_at": {"type": "string", "pattern": _UTC_TIME},
            "image": {
                "type": ["object", "null"],
                "required": ["width", "height", "taken_at", "camera"],
                "additionalProperties": False,
                "properties": {
                    "width": {"type": "integer", "minimum": 1},
                    "height": {"type": "integer", "minimum": 1},
                    "taken_at": _NULLABLE_STRING,
                    "camera": _NULLABLE_STRING,
                    "gps": {
                        "description": "latitude, longitude from the file's metadata; only when location was included",
                        "type": ["array", "null"], "items": {"type": "number"}, "minItems": 2, "maxItems": 2,
                    },
                },
            },
            "path": {"type": "string", "pattern": r"^data/evidence/[0-9a-z]+/[0-9]{2,}-[A-Za-z0-9._-]+$"},
            "gps_in_metadata": {"type": "boolean"},
        },
    }


def _incident() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["id", "recorded_at", "revision", "type", "title", "occurred_at", "platform", "accounts",
                     "target", "text", "translation", "urls", "severity", "tags", "sensitive", "details", "evidence"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "pattern": "^[0-9a-z]+$"},
            "recorded_at": {"type": "string", "pattern": _UTC_TIME},
            "revision": {"type": "integer", "minimum": 1},
            "type": {"enum": [t.id for t in taxonomy.TYPES]},
            "title": {"type": "string", "minLength": 1},
            "occurred_at": _NULLABLE_STRING,
            "platform": {"enum": [p for p, _ in taxonomy.PLATFORMS] + [None]},
            "accounts": {"type": "array", "items": {
                "type": "object", "required": ["platform", "handle"], "additionalProperties": False,
                "properties": {"platform": {"enum": [p for p, _ in taxonomy.PLATFORMS]}, "handle": {"type": "string"}},
            }},
            "target": {"enum": [t for t, _ in taxonomy.TARGETS] + [None]},
            "text": {"type": "string"},
            "translation": {"type": "string"},
            "urls": {"type": "array", "items": {"type": "string"}},
            "location": {"type": "string"},
            "severity": {"enum": [1, 2, 3, 4, 5, None]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "notes": {"type": "string"},
            "sensitive": {"type": "boolean"},
            "details": {"type": "object"},
            "evidence": {"type": "array", "items": {"$ref": "#/$defs/evidence"}},
        },
        "allOf": _details_by_type(),
    }


def _included(key: str) -> dict[str, Any]:
    """`key` is in every incident when included.<key> is true, and in none when it is false.

    For location this also covers the GPS position read from images (image.gps).
    """
    every: dict[str, Any] = {"required": [key]}
    none: dict[str, Any] = {"not": {"required": [key]}}
    if key == "location":
        image_rule = {"if": {"type": "object"}, "then": {"required": ["gps"]}}
        no_gps = {"if": {"type": "object"}, "then": {"not": {"required": ["gps"]}}}
        every["properties"] = {"evidence": {"items": {"properties": {"image": image_rule}}}}
        none = {"allOf": [none, {"properties": {"evidence": {"items": {"properties": {"image": no_gps}}}}}]}
    return {
        "if": {"properties": {"included": {"properties": {key: {"const": True}}}}},
        "then": {"properties": {"incidents": {"items": every}}},
        "else": {"properties": {"incidents": {"items": none}}},
    }


SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": SCHEMA_ID,
    "title": "Threatlog bundle: incidents.json, version 1",
    "type": "object",
    "required": ["format", "version", "exported_at", "bundle_id", "signer_fingerprint", "included", "incidents"],
    "additionalProperties": False,
    "properties": {
        "format": {"const": "threatlog-incidents"},
        "version": {"const": 1},
        "exported_at": {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},
        "bundle_id": {"type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},
        "signer_fingerprint": {"type": "string", "pattern": "^SHA256:[A-Za-z0-9+/]{43}$"},
        "included": {
            "type": "object", "required": ["notes", "location"], "additionalProperties": False,
            "properties": {"notes": {"type": "boolean"}, "location": {"type": "boolean"}},
        },
        "incidents": {"type": "array", "items": {"$ref": "#/$defs/incident"}},
    },
    "allOf": [_included("notes"), _included("location")],
    "$defs": {"incident": _incident(), "evidence": _evidence()},
}


def schema_bytes() -> bytes:
    """The schema file's exact bytes (UTF-8, two-space indent, final newline)."""
    return (json.dumps(SCHEMA, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
