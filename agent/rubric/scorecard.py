"""The scorecard every scorer (offline or LLM) produces; its JSON is a public format."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Evidence(BaseModel):
    """A verbatim quote from a candidate turn and what it did to a level."""

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
    """A deflecting phrase and the question that helps the candidate reframe it."""

    turn: int
    phrase: str
    locus: str
    question: str


class Scorecard(BaseModel):
    """Result of scoring one transcript against one rubric."""

    rubric: dict[str, str]
    scorer: Literal["offline", "llm"] = "offline"
    dimensions: list[DimensionScore]
    overall: Overall
    reframes: list[Reframe] = Field(default_factory=list)
    level_expected: dict[str, int] = Field(default_factory=dict)
    notice: str = ""

    def public_json(self) -> dict:
        """The documented ``locus score --json`` shape (stable key order)."""
        return {
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
            "reframes": [r.model_dump() for r in self.reframes],
        }
