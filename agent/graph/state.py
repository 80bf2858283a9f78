"""Graph state: a TypedDict whose values are pydantic models.

``transcript`` grows through a reducer; everything else is replaced by the node
that returns it.  ``Cursor`` is the interviewer's position: it is saved with every
interviewer turn so an interrupted session resumes exactly where it stopped.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict

from pydantic import BaseModel, Field

from agent.analysis.models import AnswerAnalysis
from agent.transcript.models import Turn


class Cursor(BaseModel):
    """Where the interview stands; enough to continue it without the graph's memory."""

    plan_index: int = 0
    followups: int = Field(default=0, description="Technical follow-ups asked for the current main question")
    nudged: bool = Field(default=False, description="The one nudge for the current main question is used")
    probes_by_phase: dict[str, int] = Field(default_factory=dict)
    probed_phrases: list[str] = Field(default_factory=list)
    asked: list[str] = Field(default_factory=list, description="Normalised texts of every interviewer turn")
    wrapping_up: bool = False
    probe_templates: list[str] = Field(default_factory=list, description="Probe wordings used so far (varied)")
    question_turn: int | None = Field(default=None, description="Turn number of the current main question")
    clarifications: int = Field(default=0, description="Candidate questions answered for the current main question")


class Draft(BaseModel):
    """What the interviewer will say next (offline wording) and why."""

    kind: str
    phase: str
    question_id: str | None = None
    text: str
    quote: str | None = None
    locus: str | None = None
    deflection: str | None = Field(default=None, description="Kind of deflection a probe presses on")
    reason: dict[str, Any] | None = None


class Pending(BaseModel):
    """The interviewer turn that is waiting for the candidate's answer."""

    turn: int
    kind: str
    phase: str
    question_id: str | None = None
    text: str
    reason: dict[str, Any] | None = None


class InterviewState(TypedDict, total=False):
    """Everything the graph reads and writes."""

    transcript: Annotated[list[Turn], operator.add]
    cursor: Cursor
    draft: Draft | None
    pending: Pending | None
    last_analysis: AnswerAnalysis | None
    last_quality: str
    last_act: str
    route_note: dict[str, Any] | None
    scorecard: dict[str, Any] | None
    done: bool


def normalise(text: str) -> str:
    """Lower-case, whitespace-collapsed text for "said before?" checks."""
    return " ".join(text.lower().split())
