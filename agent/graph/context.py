"""Run-time dependencies handed to every node through LangGraph's ``Runtime``.

Clients, the session recorder and the scorer come in here rather than through
globals, so tests and the TUI can pass their own.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from agent.analysis.models import AnswerAnalysis
from agent.graph.routing import Limits
from agent.interviewer.bank import Bank, Scenario
from agent.interviewer.brain import Brain
from agent.interviewer.plan import PlanItem
from agent.session.recorder import SessionRecorder
from agent.transcript.models import Turn

Analyzer = Callable[[str], Awaitable[AnswerAnalysis]]
Scorer = Callable[[list[Turn], dict[int, AnswerAnalysis]], Awaitable[dict]]


@dataclass
class InterviewContext:
    """Everything the nodes need that is not interview state."""

    bank: Bank
    scenario: Scenario
    plan: list[PlanItem]
    seed: int
    brain: Brain
    recorder: SessionRecorder
    analyzer: Analyzer
    scorer: Scorer
    limits: Limits = field(default_factory=Limits)
    elapsed_before: float = 0.0
    clock: Callable[[], float] = time.monotonic
    started_at: float = field(default_factory=time.monotonic)
    llm_calls_saved: int = 0

    def elapsed(self) -> float:
        """Seconds of interview so far, including earlier runs of a resumed session."""
        return self.elapsed_before + (self.clock() - self.started_at)
