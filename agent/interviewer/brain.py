"""What the graph asks of an interviewer brain, and the offline (deterministic) brain.

The graph decides *what* happens next (phase, question, probe, follow-up); a brain
only decides *how it is worded*.  The offline brain returns the bank's wording
unchanged; the LLM brain rephrases it around the candidate's last answer and
streams the tokens, falling back to the draft on any failure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, Protocol

from pydantic import BaseModel, Field

UtteranceKind = Literal["question", "followup", "probe", "nudge", "wrapup", "clarify", "closing"]


class PhraseRequest(BaseModel):
    """Everything a brain may use to word the next interviewer turn."""

    kind: UtteranceKind
    draft: str = Field(description="The offline wording; always a valid thing to say")
    phase: str
    scenario_title: str
    scenario_brief: str
    scenario_facts: list[str] = Field(default_factory=list)
    last_question: str | None = None
    last_answer: str | None = None
    quote: str | None = Field(default=None, description="Candidate's exact words a probe must quote")
    locus: str | None = None
    deflection: str | None = Field(
        default=None, description="How the decision was handed away (approval, group, gate…)"
    )
    asked: list[str] = Field(default_factory=list, description="Interviewer turns already said")


class PhraseResult(BaseModel):
    """The worded turn plus provenance for the session file (never secrets)."""

    text: str
    source: Literal["offline", "llm"] = "offline"
    model: str | None = None
    host: str | None = None
    usage: dict[str, int] = Field(default_factory=dict)
    usage_estimated: bool | None = Field(default=None, description="True when the server sent no token counts")
    latency_ms: float | None = None
    notice: str | None = Field(default=None, description="Shown to the user, e.g. a fallback")


TokenSink = Callable[[str], None]


class Brain(Protocol):
    """Interface every interviewer brain implements."""

    name: str

    async def phrase(self, request: PhraseRequest, emit: TokenSink) -> PhraseResult:
        """Word the next turn; call ``emit`` with text chunks as they become available."""
        ...


class OfflineBrain:
    """Deterministic brain: says the draft exactly."""

    name = "offline"

    async def phrase(self, request: PhraseRequest, emit: TokenSink) -> PhraseResult:
        """Emit the whole draft at once and return it."""
        emit(request.draft)
        return PhraseResult(text=request.draft, source="offline")
