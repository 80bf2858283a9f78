"""The scorecard every scorer (offline or LLM) produces; its JSON is a public format."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Evidence(BaseModel):
    """A verbatim quote from a candidate turn and what it did to a level.

    ``cue`` names the signal (or rubric cue) the sentence shows; ``effect`` is ``+`` when the
    sentence supports the level and ``-`` when it counts against it.
    """

    turn: int
    quote: str
    cue: str
    effect: Literal["+", "-"]


class DimensionScore(BaseModel):
    """Level for one rubric dimension, or ``None`` when the evidence is insufficient."""

    id: str
    name: str
    level: int | None
    max_level: int = 5
    evidence: list[Evidence] = Field(default_factory=list)
    summary: str = ""
    anchor: str = ""


class Overall(BaseModel):
    """Weighted overall level and the hiring-style recommendation."""

    level: float | None
    recommendation: str


class Reframe(BaseModel):
    """A story's key deflection and the question that helps the candidate re-tell it."""

    turn: int
    phrase: str
    locus: str
    question: str
    story: int | None = Field(None, description="Story number (past-experience stories, from 1)")
    signal: str = Field("", description="The deflection the reframe aims at (a story signal key)")


class StoryFinding(BaseModel):
    """What the scorer found in one past-experience story."""

    number: int
    title: str = ""
    turns: list[int] = Field(default_factory=list, description="Transcript turn numbers of the story's answers")
    answers: list[int] = Field(
        default_factory=list, description="The same answers counted from 1 (answer 3 = third answer)"
    )
    holder: str = "none"
    key_decision: str | None = None
    signals: list[str] = Field(default_factory=list)
    line: str = ""


class IgnoredQuote(BaseModel):
    """A candidate sentence ignored because it addresses the grader."""

    turn: int
    quote: str


class BarCheck(BaseModel):
    """Whether the candidate meets a seniority's bar, and why."""

    level: str
    met: bool
    reasons: list[str] = Field(default_factory=list)
    signal_reasons: list[str] = Field(
        default_factory=list, description="The part of ``reasons`` about required signals"
    )
    missing_signals: list[str] = Field(default_factory=list, description="Required signals no story showed")
    description: str = ""


class Scorecard(BaseModel):
    """Result of scoring one transcript against one rubric."""

    rubric: dict[str, str]
    scorer: Literal["offline", "llm"] = "offline"
    dimensions: list[DimensionScore]
    overall: Overall
    reframes: list[Reframe] = Field(default_factory=list)
    level_expected: dict[str, int] = Field(default_factory=dict)
    notice: str = ""
    stories: list[StoryFinding] = Field(default_factory=list)
    ignored: list[IgnoredQuote] = Field(default_factory=list)
    bar: BarCheck | None = None
    answer_numbers: dict[int, int] = Field(
        default_factory=dict,
        description="Turn number -> answer number (answer 3 = the third answer), for text people read",
    )

    @property
    def senior_bar_met(self) -> bool | None:
        """``True``/``False`` when scored with ``--level senior``, else ``None``."""
        return self.bar.met if self.bar is not None and self.bar.level == "senior" else None

    def public_json(self) -> dict:
        """The documented ``locus score --json`` shape (stable key order)."""
        data = {
            "rubric": {"id": self.rubric.get("id", ""), "version": self.rubric.get("version", "")},
            "scorer": self.scorer,
            "dimensions": [
                {
                    "id": d.id,
                    "name": d.name,
                    "level": d.level,
                    "max_level": d.max_level,
                    "evidence": [e.model_dump() for e in d.evidence],
                    "summary": d.summary,
                }
                for d in self.dimensions
            ],
            "overall": self.overall.model_dump(),
            "stories": [s.model_dump() for s in self.stories],
            "reframes": [r.model_dump() for r in self.reframes],
            "ignored": [i.model_dump() for i in self.ignored],
        }
        if self.bar is not None:
            data["level_check"] = self.bar.model_dump()
            data["meets_level"] = self.bar.met
            if self.bar.level == "senior":
                data["senior_bar_met"] = self.bar.met
        return data
