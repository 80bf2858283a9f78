"""Server-sent events of a streamed chat completion, read straight from the HTTP response.

Parsing the ``data:`` lines ourselves (one ``json.loads`` per event) costs a
fraction of building SDK objects for every chunk, which keeps our per-turn
overhead low.  Malformed events raise ``ValueError``; an ``error`` event raises
:class:`StreamErrorEvent`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from agent.util.text import encodable


class StreamErrorEvent(Exception):
    """The server reported an error inside the stream."""


@dataclass
class Delta:
    """What one event adds: content text, a finish flag, token usage."""

    content: str = ""
    finished: bool = False
    usage: dict[str, Any] = field(default_factory=dict)


async def events(lines: AsyncIterator[str]) -> AsyncIterator[dict[str, Any]]:
    """JSON payloads of the ``data:`` lines until ``[DONE]``."""
    async for line in lines:
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
            error = event["error"]
            message = error.get("message") if isinstance(error, dict) else error
            raise StreamErrorEvent(str(message)[:300])
        yield event


def delta(event: dict[str, Any]) -> Delta:
    """Content, finish flag and usage carried by one chunk."""
    out = Delta(usage=event.get("usage") or {})
    for choice in event.get("choices") or []:
        piece = (choice.get("delta") or {}).get("content")
        if isinstance(piece, str):
            out.content += encodable(piece)  # a lone surrogate from the endpoint never reaches the screen
        if choice.get("finish_reason"):
            out.finished = True
    return out
