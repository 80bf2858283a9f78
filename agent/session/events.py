"""Event records stored one per line in a session file.

Format version 1.  Every line is a JSON object with ``v`` (format version),
``seq`` (0-based line number), ``type`` and ``ts`` (UTC ISO time).  Files are
append-only: the state of an interview is whatever its events say.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from agent.session.ids import check_session_id
from agent.util.text import encodable_data

FORMAT_VERSION = 1
MAX_TURN = 1_000_000
TurnNumber = Annotated[int, Field(ge=0, le=MAX_TURN)]

EventType = Literal["meta", "interviewer", "answer", "analysis", "notice", "llm_calls", "scorecard", "end", "draft"]


class Event(BaseModel):
    """Common envelope; ``data`` holds the type-specific payload."""

    model_config = ConfigDict(extra="allow")

    v: int = FORMAT_VERSION
    seq: int = Field(0, ge=0)
    type: EventType
    ts: str = ""

    @model_validator(mode="before")
    @classmethod
    def _encodable(cls, data: Any) -> Any:
        """Lone surrogates (from a paste, a model, a JSON escape) become U+FFFD before anything is stored."""
        return encodable_data(data) if isinstance(data, dict) else data


class MetaEvent(Event):
    """First line of every session."""

    type: Literal["meta"] = "meta"
    session_id: str
    created: str
    scenario_id: str
    scenario_title: str = ""
    seed: int = Field(0, ge=-(2**63), lt=2**63)
    brain: str = "offline"
    model: str | None = None
    max_turns: int = Field(0, ge=0, le=MAX_TURN)
    time_budget_s: float | None = None
    app_version: str = ""
    rehearsal: dict[str, Any] | None = Field(
        default=None, description="Rehearsal of one bank story: story_id, title, kind, question_id, question"
    )

    @field_validator("session_id")
    @classmethod
    def _name(cls, value: str) -> str:
        """The id names the file (and a rescue copy): a name, never a path."""
        return check_session_id(value)


class InterviewerEvent(Event):
    """Something the interviewer said, why, and where the interview stands afterwards."""

    type: Literal["interviewer"] = "interviewer"
    turn: TurnNumber
    kind: str
    phase: str
    question_id: str | None = None
    text: str
    reason: dict[str, Any] | None = None
    source: dict[str, Any] = Field(default_factory=dict)
    cursor: dict[str, Any] = Field(default_factory=dict)


class AnswerEvent(Event):
    """The candidate's answer, saved the moment it arrives."""

    type: Literal["answer"] = "answer"
    turn: TurnNumber
    text: str


class DraftEvent(Event):
    """The unsent answer as it stood when the candidate paused typing (saved debounced).

    Only the last draft after the last answer counts; it is restored on resume and is
    never an answer unless the candidate sends it.
    """

    type: Literal["draft"] = "draft"
    turn: int = Field(description="The interviewer turn the draft answers")
    text: str


class AnalysisEvent(Event):
    """The decision-locus analysis of one answer."""

    type: Literal["analysis"] = "analysis"
    turn: TurnNumber
    analysis: dict[str, Any]
    quality: str = "ok"
    truncated_at: int | None = Field(default=None, description="Characters analysed when the answer was longer")
    act: str = Field(default="narration", description="narration, question or closing; only narration is scored")


class NoticeEvent(Event):
    """Something the user was told (e.g. a fallback to the offline brain)."""

    type: Literal["notice"] = "notice"
    text: str


class LLMCallsEvent(Event):
    """Model calls made since the last such event (LLM mode): role, model, endpoint host,
    attempts, latency and token usage per call.  Never the key."""

    type: Literal["llm_calls"] = "llm_calls"
    calls: list[dict[str, Any]]


class ScorecardEvent(Event):
    """A scorecard produced at the end of the interview."""

    type: Literal["scorecard"] = "scorecard"
    scorecard: dict[str, Any]


class EndEvent(Event):
    """The interview is over; ``status`` is ``completed`` or ``abandoned``."""

    type: Literal["end"] = "end"
    status: str = "completed"
    reason: str = ""


EVENT_TYPES: dict[str, type[Event]] = {
    "meta": MetaEvent,
    "interviewer": InterviewerEvent,
    "answer": AnswerEvent,
    "analysis": AnalysisEvent,
    "notice": NoticeEvent,
    "llm_calls": LLMCallsEvent,
    "scorecard": ScorecardEvent,
    "end": EndEvent,
    "draft": DraftEvent,
}
