"""Drive the compiled graph one answer at a time (used by headless mode and the TUI)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.types import Command

from agent.graph.builder import build_graph
from agent.graph.context import InterviewContext
from agent.graph.state import InterviewState, Pending

EventSink = Callable[[dict[str, Any]], None]


class InterviewRunner:
    """Runs the graph until it asks something (returns the question) or finishes (returns ``None``)."""

    def __init__(self, ctx: InterviewContext, initial: InterviewState, thread_id: str) -> None:
        self.ctx = ctx
        self.graph = build_graph()
        self.config = {"configurable": {"thread_id": thread_id}}
        self._initial: InterviewState | None = initial
        self.pending: Pending | None = None
        self.scorecard: dict | None = None
        self.done = False

    @property
    def session_path(self):
        """Where the session is saved (``None`` if only in memory)."""
        return self.ctx.recorder.path

    async def step(self, answer: str | None = None, on_event: EventSink | None = None) -> Pending | None:
        """Start (first call) or answer the pending question; returns the next question or ``None``."""
        if self.done:
            return None
        if self._initial is not None:
            graph_input: Any = self._initial
            self._initial = None
        else:
            if self.pending is None:
                raise RuntimeError("no question is waiting for an answer")
            graph_input = Command(resume=answer if answer is not None else "")
        async for mode, chunk in self.graph.astream(
            graph_input, self.config, context=self.ctx, stream_mode=["custom", "updates"]
        ):
            if mode == "custom" and on_event is not None:
                on_event(chunk)
        snapshot = await self.graph.aget_state(self.config)
        values = snapshot.values
        if snapshot.interrupts:
            self.pending = values.get("pending")
            return self.pending
        self.pending = None
        self.done = bool(values.get("done"))
        self.scorecard = values.get("scorecard")
        return None

    def transcript(self):
        """Turns so far, from the graph's state."""
        return list(self.graph.get_state(self.config).values.get("transcript", []))

    def transcript_for_display(self):
        """Turns saved before this run started (a resumed session), minus a trailing unanswered question."""
        if self._initial is None:
            return []
        turns = list(self._initial.get("transcript", []))
        if turns and turns[-1].speaker == "interviewer":
            turns = turns[:-1]
        return turns

    async def provisional_scorecard(self) -> dict:
        """Score the transcript so far without ending or saving the interview."""
        from agent.analysis.models import AnswerAnalysis

        analyses = {
            e.turn: AnswerAnalysis.model_validate(e.analysis)  # type: ignore[attr-defined]
            for e in self.ctx.recorder.events
            if e.type == "analysis"
        }
        return await self.ctx.scorer(self.transcript(), analyses)

    def close(self) -> None:
        """Release the session file."""
        self.ctx.recorder.close()
