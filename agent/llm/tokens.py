"""Token counts when the server gives none: a deliberately cautious estimate.

English prose runs about four characters per token with the common BPE
vocabularies; JSON, code and numbers run denser, so the estimate uses 3.5 and
rounds up.  Counts made this way are always flagged ``estimated``.
"""

from __future__ import annotations

import math

CHARS_PER_TOKEN = 3.5
MESSAGE_OVERHEAD = 4  # role markers and separators per chat message


def estimate_tokens(text: str) -> int:
    """Estimated tokens in ``text`` (0 for empty text)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN) if text else 0


def estimate_messages(messages: list[dict[str, str]]) -> int:
    """Estimated prompt tokens of a chat request."""
    return sum(estimate_tokens(str(m.get("content") or "")) + MESSAGE_OVERHEAD for m in messages)
