"""Structured outputs: a pydantic model in, a validated instance out.

Asks with ``response_format={"type": "json_schema", ...}``.  Servers that reject
that (llama.cpp answers HTTP 500, others 400/422, naming the response format or
the schema) get ``{"type": "json_object", "schema": ...}`` plus the schema in the
prompt, and the endpoint is remembered so later calls skip the failing form.
Invalid JSON or a schema mismatch gets one repair request; a second failure
raises :class:`StructuredOutputError` so the caller can go offline.
"""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from agent.llm.client import Completion, LLMClient, LLMUnavailable
from agent.llm.settings import Role
from agent.util.inert import clip

T = TypeVar("T", bound=BaseModel)
# Endpoints (base URLs) known to reject ``json_schema``; shared by every client in the process.
_JSON_MODE_ONLY: set[str] = set()
_FORMAT_WORDS = ("response_format", "json_schema", "schema", "grammar")
REPAIR_ECHO_CHARS = 1500  # the bad reply sent back for repair; more would crowd a small context


class StructuredOutputError(LLMUnavailable):
    """No valid structured answer after the repair attempt."""


def forget_endpoints() -> None:
    """Clear the remembered ``json_schema`` rejections (tests, or after a server upgrade)."""
    _JSON_MODE_ONLY.clear()


def json_mode_only(endpoint: str) -> bool:
    return endpoint in _JSON_MODE_ONLY


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema made strict: every property required, no extra properties, no titles."""

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: walk(v) for k, v in node.items() if k not in ("title", "default")}
            if out.get("type") == "object" and "properties" in out:
                out["required"] = list(out["properties"])
                out["additionalProperties"] = False
            return out
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(model.model_json_schema())


def parse_json(text: str) -> Any:
    """Parse a JSON value, tolerating a Markdown code fence around it."""
    stripped = text.strip()
    fence = re.match(r"^```(?:json)?\s*\n(.*?)\n```$", stripped, re.S)
    return json.loads(fence.group(1) if fence else stripped)


def _rejects_format(exc: LLMUnavailable) -> bool:
    if exc.status not in (400, 422, 500, 501):
        return False
    text = f"{exc.detail} {exc}".lower()
    return any(word in text for word in _FORMAT_WORDS)


async def structured(
    client: LLMClient, role: Role, messages: list[dict[str, str]], model: type[T], *, name: str, **params: Any
) -> T:
    """Ask for one ``model`` instance; raises :class:`LLMUnavailable` (or its subclass) on failure."""
    schema = strict_schema(model)
    endpoint = client.settings.endpoint
    done: Completion | None = None
    if not json_mode_only(endpoint):
        fmt = {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
        try:
            done = await client.complete(role, messages, response_format=fmt, **params)
        except LLMUnavailable as exc:
            if not _rejects_format(exc):
                raise
            _JSON_MODE_ONLY.add(endpoint)
    if done is None:
        messages = _with_schema_hint(messages, schema)
        fmt = {"type": "json_object", "schema": schema}
        done = await client.complete(role, messages, response_format=fmt, **params)
    try:
        return _validated(model, done)
    except (ValueError, ValidationError) as first:
        problem = _problem(first)
    repair = [
        *messages,
        {"role": "assistant", "content": clip(done.text, REPAIR_ECHO_CHARS)},
        {"role": "user", "content": f"That reply was not valid: {problem}. Reply with only the corrected JSON object."},
    ]
    done = await client.complete(role, repair, response_format=fmt, **params)
    try:
        return _validated(model, done)
    except (ValueError, ValidationError) as second:
        raise StructuredOutputError(f"invalid structured output after one repair: {_problem(second)}") from None


def _validated(model: type[T], done: Completion) -> T:
    if done.finish_reason == "length":
        raise ValueError("it was cut off at the length limit; keep it much shorter")
    return model.model_validate(parse_json(done.text))


def _with_schema_hint(messages: list[dict[str, str]], schema: dict[str, Any]) -> list[dict[str, str]]:
    hint = "Reply with one JSON object, and nothing else, matching this JSON Schema:\n" + json.dumps(schema)
    if messages and messages[0]["role"] == "system":
        return [{"role": "system", "content": messages[0]["content"] + "\n\n" + hint}, *messages[1:]]
    return [{"role": "system", "content": hint}, *messages]


def _problem(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "object"
        return f"{where}: {first['msg']} ({exc.error_count()} problem(s))"
    text = str(exc)
    return text if text.startswith("it was cut off") else f"not JSON ({clip(text, 120)})"
