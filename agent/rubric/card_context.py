"""What a rendered scorecard says besides the card itself: which session, when, answer numbers, the card it replaces.

Evidence keeps the raw event turn (``turn 12`` counts both speakers); people think
in answers (``answer 6``), so every renderer shows the answer number when it knows it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC

from agent.rubric.scorecard import Scorecard
from agent.transcript.models import Turn


def number_answers(turns: Iterable[Turn]) -> dict[int, int]:
    """Turn number -> 1-based answer number, for every candidate turn in order."""
    numbers: dict[int, int] = {}
    for turn in turns:
        if turn.speaker == "candidate":
            numbers[turn.number] = len(numbers) + 1
    return numbers


@dataclass
class CardContext:
    """Session facts and numbering for a report; every field is optional."""

    session_id: str = ""
    scenario: str = ""
    date: str = ""
    answers: dict[int, int] = field(default_factory=dict)
    original: Scorecard | None = None  # set for a re-score: the card it is compared with
    rescored_at: str = ""

    def where(self, turn: int) -> str:
        """``answer 6`` when the turn is a known answer, otherwise ``turn 12``."""
        number = self.answers.get(turn)
        return f"answer {number}" if number is not None else f"turn {turn}"

    def facts(self, card: Scorecard) -> list[tuple[str, str]]:
        """Labelled header lines: session, scenario, date, rubric, scorer (and the re-score stamp)."""
        rubric = f"{card.rubric.get('id', '')} {card.rubric.get('version', '')}".strip() or "?"
        rows = [
            ("Session", self.session_id),
            ("Scenario", self.scenario),
            ("Date", self.date),
            ("Rubric", rubric),
            ("Scorer", card.scorer),
        ]
        if self.original is not None:
            old = f"{self.original.rubric.get('id', '')} {self.original.rubric.get('version', '')}".strip()
            stamp = (
                f"re-scored{' ' + self.rescored_at if self.rescored_at else ''} with rubric {rubric}; original: {old}"
            )
            rows.append(("Re-score", stamp))
        return [(label, value) for label, value in rows if value]


def session_date(created: str) -> str:
    """``2026-12-01 19:30 UTC`` from a meta event's ISO time (unchanged if it does not parse)."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(created)
    except ValueError:
        return created
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")
