"""Chat-completion bodies read straight from the HTTP response: SSE streams and plain JSON.

Parsing the ``data:`` lines ourselves (one ``json.loads`` per event) costs a
fraction of building SDK objects for every chunk, which keeps our per-turn
overhead low.  Malformed events raise ``ValueError``; an error object (an
``error`` event in a stream, or ``{"error": …}`` in an HTTP 200 body) raises
:class:`ServerReportedError` carrying the server's own message.

:func:`parse_body` reads a non-streaming answer, and also accepts a body that
streams SSE events although ``stream: false`` was asked for (some proxies and
local servers do that).
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any

from agent.util.text import encodable

_TRANSIENT = re.compile(
    r"overload|rate.?limit|too many|timed? ?out|timeout|unavailable|busy|capacity|try again|temporar", re.I
)


class ServerReportedError(Exception):
    """The server answered with an error object; ``transient`` says whether a retry may help."""

    def __init__(self, message: str, *, transient: bool, code: Any = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.code = code


@dataclass
class Delta:
    """What one event adds: answer text, reasoning text, the finish reason, token usage."""

    content: str = ""
    reasoning: str = ""
    finish_reason: str | None = None
    usage: dict[str, Any] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.finish_reason is not None


def error_from(obj: Any) -> ServerReportedError:
    """The exception for an ``error`` member (a dict with a message, or a bare string)."""
    if isinstance(obj, dict):
        message = obj.get("message") or obj.get("msg") or obj.get("detail") or json.dumps(obj)[:300]
        code = obj.get("code") or obj.get("status") or obj.get("type")
    else:
        message, code = obj, None
    text = str(message)[:300]
    status = code if isinstance(code, int) else int(code) if isinstance(code, str) and code.isdigit() else None
    transient = bool(_TRANSIENT.search(f"{text} {code}")) or (status is not None and (status >= 500 or status == 429))
    return ServerReportedError(text, transient=transient, code=code)


def _event_objects(lines: Iterable[str]) -> Iterable[dict[str, Any]]:
    for line in lines:
        if not line.startswith("data:"):
            continue  # blank separators, comments, ``event:`` / ``id:`` fields
        payload = line[5:].strip()
        if payload == "[DONE]":
            return
        if not payload:
            continue
        event = json.loads(payload)
        if not isinstance(event, dict):
            raise ValueError("stream event is not a JSON object")
        if event.get("error"):
            raise error_from(event["error"])
        yield event


async def events(lines: AsyncIterator[str]) -> AsyncIterator[dict[str, Any]]:
    """JSON payloads of the ``data:`` lines until ``[DONE]``."""
    async for line in lines:
        for event in _event_objects([line]):
            yield event
        if line.startswith("data:") and line[5:].strip() == "[DONE]":
            return


def delta(event: dict[str, Any]) -> Delta:
    """Content, reasoning, finish reason and usage carried by one chunk."""
    out = Delta(usage=event.get("usage") or {})
    for choice in event.get("choices") or []:
        if not isinstance(choice, dict):
            continue
        part = choice.get("delta") or choice.get("message") or {}
        piece = part.get("content")
        if isinstance(piece, str):
            out.content += encodable(piece)  # a lone surrogate from the endpoint never reaches the screen
        thought = part.get("reasoning_content") or part.get("reasoning")
        if isinstance(thought, str):
            out.reasoning += encodable(thought)
        if choice.get("finish_reason"):
            out.finish_reason = str(choice["finish_reason"])
    return out


def parse_body(text: str) -> Delta:
    """The whole answer of a non-streaming call, from a JSON body or an SSE body."""
    stripped = text.lstrip()
    if stripped.startswith("data:") or "\ndata:" in stripped[:2000]:
        total = Delta()
        for event in _event_objects(stripped.splitlines()):
            got = delta(event)
            total.content += got.content
            total.reasoning += got.reasoning
            total.finish_reason = got.finish_reason or total.finish_reason
            total.usage = got.usage or total.usage
        if total.finish_reason is None and not total.content:
            raise ValueError("streamed body carried no answer")
        return total
    body = json.loads(text)
    if not isinstance(body, dict):
        raise ValueError("response body is not a JSON object")
    if body.get("error"):
        raise error_from(body["error"])
    if "choices" not in body:
        raise ValueError("response body has no choices")
    return delta(body)
