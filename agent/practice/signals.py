"""A bank story read the way the scorer reads an interview answer (``agent.stories``).

The story is the answer to its kind's past-experience question; the story
reader gives its decisions, key decision (and who holds it) and signals.  This
module only summarises them for the workshop and ``locus stories``: it finds
nothing of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.analysis import AnswerAnalysis
from agent.stories import Story, TranscriptReading, read_transcript
from agent.transcript.models import Turn

REASON_KEYS = ("stated_reason", "alternative_weighed", "evidence_used", "risk_accepted")
OUTCOME_KEYS = ("owned_outcome",)
BLAME_KEYS = ("blamed_others",)
SCOPE_KEYS = ("scope_extension",)


@dataclass
class StorySignals:
    """The signals of one telling, summarised, with the quotes that show them."""

    reasons: int = 0
    outcome_owned: bool = False
    blame: int = 0
    scope: bool = False
    outside_area: bool = False
    assigned: bool = False
    keys: list[str] = field(default_factory=list)
    quotes: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "reasons": self.reasons,
            "outcome_owned": self.outcome_owned,
            "blame": self.blame,
            "scope": self.scope,
            "outside_area": self.outside_area,
            "keys": list(self.keys),
            "quotes": {k: list(v) for k, v in self.quotes.items()},
        }


STORY_PHASES = {1: ("past_experience", "question")}  # a bank story is the answer to a past-experience question


def first_story(reading: TranscriptReading) -> Story | None:
    """The (behavioural) story of a one-answer reading."""
    stories = reading.behavioural() or reading.stories
    return stories[0] if stories else None


def read_story(body: str, question: str, analysis: AnswerAnalysis) -> Story | None:
    """The story reader's view of ``body`` told in answer to ``question``."""
    turns = [Turn(number=1, speaker="interviewer", text=question), Turn(number=2, speaker="candidate", text=body)]
    return first_story(read_transcript(turns, {2: analysis}, phases=STORY_PHASES))


def summarise(story: Story | None) -> StorySignals:
    """Counts and quotes of the signals the story reader found."""
    out = StorySignals()
    if story is None:
        return out
    for signal in story.signals:
        out.keys.append(signal.key)
        group = (
            "reasons"
            if signal.key in REASON_KEYS
            else "outcome"
            if signal.key in OUTCOME_KEYS
            else "blame"
            if signal.key in BLAME_KEYS
            else "scope"
            if signal.key in SCOPE_KEYS
            else None
        )
        if group:
            out.quotes.setdefault(group, []).append(signal.sentence)
    out.reasons = sum(1 for k in out.keys if k in REASON_KEYS)
    out.outcome_owned = any(k in OUTCOME_KEYS for k in out.keys)
    out.blame = sum(1 for k in out.keys if k in BLAME_KEYS)
    out.scope = any(k in SCOPE_KEYS for k in out.keys)
    out.outside_area = "outside_own_area" in out.keys
    out.assigned = "assigned_work" in out.keys
    return out
