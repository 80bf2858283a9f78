"""Result types of the decision-locus analyzer.

Every offset indexes the original text exactly: ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Locus = Literal["self", "authority", "group", "process", "agentless", "hedged", "none"]
LOCI: tuple[Locus, ...] = ("self", "authority", "group", "process", "agentless", "hedged", "none")
# Loci whose wording moves a decision away from the speaker: the interviewer probes these.
PROBE_LOCI: frozenset[str] = frozenset({"authority", "group", "process", "agentless", "hedged"})


def is_probe(locus: str) -> bool:
    """True when a decision placed at ``locus`` deserves a probing follow-up."""
    return locus in PROBE_LOCI


class Span(BaseModel):
    """A phrase that places a decision, with its character offsets in the analysed text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    locus: Locus
    cue: str = Field(description="Short machine name of the rule or phrase that fired")


class SentenceResult(BaseModel):
    """One sentence of an answer and the decisions it narrates."""

    start: int
    end: int
    text: str
    locus: Locus
    probe: bool
    spans: list[Span] = Field(default_factory=list)
    uncertain: bool = Field(default=False, description="The rules are unsure; an optional LLM pass may look")
    act: Literal["narration", "question", "closing"] = Field(
        default="narration",
        description="What the sentence does (speech_acts.sentence_act); only narration holds decisions",
    )


class AnswerAnalysis(BaseModel):
    """Verdict for a whole answer: its main decision locus plus every span found."""

    text: str
    locus: Locus = "none"
    probe: bool = False
    spans: list[Span] = Field(default_factory=list)
    sentences: list[SentenceResult] = Field(default_factory=list)
    main: Span | None = Field(default=None, description="The span that decided the answer's verdict")
    analyzer: str = "offline"

    def probe_spans(self) -> list[Span]:
        """Spans whose locus deserves a probe, in text order."""
        return [s for s in self.spans if is_probe(s.locus)]

    def to_line_json(self) -> dict:
        """The ``locus analyze --json`` shape for this answer."""
        return {
            "text": self.text,
            "locus": self.locus,
            "probe": self.probe,
            "spans": [s.model_dump() for s in self.spans],
        }
