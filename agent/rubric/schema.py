"""Draft-07 JSON Schema of the rubric format (for yaml-language-server completion)."""

from __future__ import annotations

import json
from typing import Any

from agent.rubric.model import Rubric

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def rubric_json_schema() -> dict[str, Any]:
    """The rubric schema with ``definitions`` (draft-07) instead of ``$defs``."""
    schema = Rubric.model_json_schema(ref_template="#/definitions/{model}")
    defs = schema.pop("$defs", {})
    out: dict[str, Any] = {"$schema": DRAFT_07, "$id": "https://locus.invalid/rubric.schema.json"}
    out.update(schema)
    if defs:
        out["definitions"] = defs
    return out


def rubric_json_schema_text() -> str:
    """Stable text form (sorted keys, two-space indent, trailing newline) as committed."""
    return json.dumps(rubric_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
