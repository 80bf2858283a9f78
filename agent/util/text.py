"""Text that survives the round trip: no code point that UTF-8 cannot encode.

A lone surrogate (``\\ud800``) can arrive from a JSON escape in a session file, a
model's streamed reply or a paste, and crashes any later ``encode`` (printing,
saving, RE2).  ``encodable`` replaces each one with U+FFFD, keeping the length, so
offsets into the text stay valid; ``encodable_data`` does the same through nested
lists and dicts.
"""

from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def encodable(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (same length)."""
    if text.isascii():
        return text
    return _SURROGATE.sub(REPLACEMENT, text)


def encodable_data(value: Any) -> Any:
    """``value`` with ``encodable`` applied to every string inside it (keys too)."""
    if isinstance(value, str):
        return encodable(value)
    if isinstance(value, dict):
        return {encodable_data(k): encodable_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [encodable_data(v) for v in value]
    return value
