"""Upgrade event dictionaries written by older versions of Locus.

Version 0 (pre-release) files had no ``v`` field, called interviewer turns
``question`` events and stored the answer analysis inline in the ``answer`` event.
Each step upgrades one version; ``upgrade`` applies them in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from agent.session.events import FORMAT_VERSION


def _v0_to_v1(event: dict[str, Any]) -> Iterator[dict[str, Any]]:
    event = dict(event)
    event["v"] = 1
    if event.get("type") == "question":
        event["type"] = "interviewer"
        event.setdefault("kind", "question")
        event.setdefault("phase", "unknown")
    if event.get("type") == "answer" and "analysis" in event:
        analysis = event.pop("analysis")
        yield event
        yield {
            "v": 1,
            "type": "analysis",
            "turn": event.get("turn", 0),
            "analysis": analysis,
            "ts": event.get("ts", ""),
        }
        return
    yield event


_STEPS = {0: _v0_to_v1}


class UnsupportedVersion(ValueError):
    """The file was written by a newer Locus than this one."""


def upgrade(event: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the event (possibly split in several) upgraded to ``FORMAT_VERSION``."""
    version = event.get("v", 0)
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 0:
        raise UnsupportedVersion(
            f"session format version {version!r} is not supported (this Locus reads <= {FORMAT_VERSION})"
        )
    events = [event]
    while version < FORMAT_VERSION:
        events = [out for e in events for out in _STEPS[version](e)]
        version += 1
    return events
