"""What the story reader finds in a transcript: stories, their decisions and their signals.

Every offset indexes the candidate turn's original text: ``turn_text[s.start:s.end] == s.text``.
These models are a public API (the scorer, the LLM judge, the interviewer and the practice loop
read them), so fields are only ever added, never renamed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

StoryKind = Literal["behavioural", "design", "wrap_up"]
QuestionRole = Literal["past_experience", "follow_up", "design", "wrap_up"]
Holder = Literal["self", "authority", "group", "process", "agentless", "hedged", "none"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Signal(_Frozen):
    """One thing an interviewer hears in a story, with the exact words that show it.

    ``key`` names the kind (``alternative_weighed``, ``blamed_others``, ``scope_extension`` ...;
    see :data:`agent.stories.catalog.SIGNALS`).  ``text`` is the exact span, ``sentence`` the whole
    sentence around it (the quote a scorecard shows), ``detail`` what the span is about
    ("QA", "every service").  ``weak`` marks a claim with nothing concrete behind it.
    """

    key: str
    turn: int
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    sentence: str
    detail: str = ""
    weak: bool = False


class Decision(_Frozen):
    """A decision narrated in a story and who holds it (the analyzer's locus)."""

    turn: int
    start: int
    end: int
    text: str
    holder: Holder
    explicit: bool = Field(
        False, description="Narrated as a decision ('I decided', 'the board approved'), not just an act"
    )


class IgnoredSentence(_Frozen):
    """A candidate sentence addressed to the grader: shown on the card, never evidence."""

    turn: int
    start: int
    end: int
    text: str


class Story(_Frozen):
    """One question and everything the candidate said in answer to it and its follow-ups.

    ``kind``: ``behavioural`` (past experience: the only evidence of behaviour), ``design``
    (what they would build) or ``wrap_up`` (their own questions at the end).
    """

    index: int
    kind: StoryKind
    title: str
    question_turn: int | None
    answer_turns: list[int]
    decisions: list[Decision] = Field(default_factory=list)
    key_decision: Decision | None = None
    signals: list[Signal] = Field(default_factory=list)
    substance: int = Field(0, description="Distinct concrete words (systems, numbers, names) in the answers")
    refused: bool = Field(False, description="The candidate declined to tell a past story")

    @property
    def holder(self) -> Holder:
        """Who holds the story's key decision (``none`` when no decision was narrated)."""
        return self.key_decision.holder if self.key_decision is not None else "none"

    def has(self, key: str) -> bool:
        """Whether any signal ``key`` was found in this story."""
        return any(s.key == key for s in self.signals)

    def of(self, key: str) -> list[Signal]:
        """The story's signals of one kind, in transcript order."""
        return [s for s in self.signals if s.key == key]


class TranscriptReading(_Frozen):
    """Everything read from one transcript."""

    stories: list[Story]
    ignored: list[IgnoredSentence] = Field(default_factory=list)

    def behavioural(self) -> list[Story]:
        """The past-experience stories (the ones that count as behaviour)."""
        return [s for s in self.stories if s.kind == "behavioural"]
