"""A small JSON Schema (draft 2020-12) validator for the keywords incidents.schema.json uses.

The `jsonschema` package is not among the project's dependencies; this covers exactly the
keywords the schema uses and fails loudly on any other, so the schema cannot silently grow a
keyword that nothing checks. Written from the specification, independently of the code that
writes incidents.json.
"""

from __future__ import annotations

import re
from typing import Any

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description"}
_KNOWN = _ANNOTATIONS | {"type", "const", "enum", "pattern", "minLength", "minimum", "minItems", "maxItems",
                         "properties", "required", "additionalProperties", "items", "allOf", "not", "if", "then",
                         "else", "$ref"}


def _equal(a: Any, b: Any) -> bool:
    # JSON equality: true is not 1, though Python says it is.
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) else a == b


def errors(instance: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, where: str = "$") -> list[str]:
    """Every violation of `schema` by `instance`, as 'path: problem' strings (empty when valid)."""
    root = root or schema
    unknown = set(schema) - _KNOWN
    if unknown:
        raise AssertionError(f"schema keyword(s) this checker does not implement: {sorted(unknown)}")
    found: list[str] = []
    if "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/$defs/"), ref
        found += errors(instance, root["$defs"][ref.removeprefix("#/$defs/")], root, where)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[t](instance) for t in types):
            return [*found, f"{where}: {instance!r:.60} is not of type {types}"]
    if "const" in schema and not _equal(instance, schema["const"]):
        found.append(f"{where}: {instance!r:.60} is not {schema['const']!r}")
    if "enum" in schema and not any(_equal(instance, option) for option in schema["enum"]):
        found.append(f"{where}: {instance!r:.60} is not one of {schema['enum']}")
    if isinstance(instance, str):
        if "pattern" in schema and not re.search(schema["pattern"], instance):
            found.append(f"{where}: {instance!r:.60} does not match {schema['pattern']}")
        if len(instance) < schema.get("minLength", 0):
            found.append(f"{where}: too short")
    if _TYPES["number"](instance) and "minimum" in schema and instance < schema["minimum"]:
        found.append(f"{where}: below {schema['minimum']}")
    if isinstance(instance, list):
        if len(instance) < schema.get("minItems", 0) or len(instance) > schema.get("maxItems", len(instance)):
            found.append(f"{where}: wrong number of items")
        if "items" in schema:
            for i, item in enumerate(instance):
                found += errors(item, schema["items"], root, f"{where}[{i}]")
    if isinstance(instance, dict):
        found += _object_errors(instance, schema, root, where)
    for sub in schema.get("allOf", []):
        found += errors(instance, sub, root, where)
    if "not" in schema and not errors(instance, schema["not"], root, where):
        found.append(f"{where}: matches a schema it must not match")
    if "if" in schema:
        branch = "then" if not errors(instance, schema["if"], root, where) else "else"
        if branch in schema:
            found += errors(instance, schema[branch], root, where)
    return found


def _object_errors(instance: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], where: str) -> list[str]:
    found = [f"{where}: '{key}' is required" for key in schema.get("required", []) if key not in instance]
    properties = schema.get("properties", {})
    for key, value in instance.items():
        if key in properties:
            found += errors(value, properties[key], root, f"{where}.{key}")
        elif schema.get("additionalProperties") is False:
            found.append(f"{where}: '{key}' is not allowed")
    return found
