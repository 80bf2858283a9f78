"""The unsent answer, kept in the session file as it is typed (debounced), never sent by itself.

Each pause in typing of ``delay`` seconds appends a ``draft`` event with the whole box
text (unchanged text is not saved again).  On resume the last draft after the last
answer goes back into the answer box, exactly as typed.
"""

from __future__ import annotations

from typing import Any

from agent.session.events import DraftEvent
from agent.util.inert import inert_text

MAX_DRAFT_CHARS = 1_000_000


def pending_turn(events: list[Any]) -> int:
    """The interviewer turn a draft typed now would answer (the latest question)."""
    return next((e.turn for e in reversed(events) if e.type == "interviewer"), 0)


class DraftKeeper:
    """Saves the draft through the session recorder; remembers what was saved last."""

    def __init__(self) -> None:
        self.saved = ""
        self.recorder: Any = None
        self.saves = 0

    def attach(self, recorder: Any, restored: str = "") -> None:
        """Start saving into ``recorder``; ``restored`` is the draft already in the file."""
        self.recorder = recorder
        self.saved = restored

    def save(self, text: str) -> bool:
        """Append a draft event if ``text`` differs from the last saved one; True when written."""
        clean = inert_text(text)[:MAX_DRAFT_CHARS]
        if self.recorder is None or clean == self.saved:
            return False
        self.recorder.record(DraftEvent(turn=pending_turn(self.recorder.events), text=clean))
        self.saved = clean
        self.saves += 1
        return True

    def sent(self) -> None:
        """The answer went out: the answer event supersedes every draft before it."""
        self.saved = ""
