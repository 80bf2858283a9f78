"""Drive the compiled graph one answer at a time (used by headless mode and the TUI)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.types import Command

from agent.analysis.models import AnswerAnalysis
from agent.graph.builder import build_graph
from agent.graph.context import InterviewContext
from agent.graph.state import InterviewState, Pending
from agent.interviewer.brain import OfflineBrain
from agent.session.store import analyses_of

EventSink = Callable[[dict[str, Any]], None]


class InterviewRunner:
    """Runs the graph until it asks something (returns the question) or finishes (returns ``None``).

    Custom stream events passed to ``on_event``: ``token`` (text chunk of the
    interviewer's turn), ``turn_done``, ``notice``, ``analysis``, ``scoring``.
    """

    def __init__(self, ctx: InterviewContext, initial: InterviewState, thread_id: str) -> None:
        self.ctx = ctx
        self.graph = build_graph()
        self.config = {"configurable": {"thread_id": thread_id}}
        self._initial: InterviewState | None = initial
        self._resumed_turns = list(initial.get("transcript", []))
        self.pending: Pending | None = None
        self.scorecard: dict | None = None
        self.done = False

    @property
    def session_path(self):
        """Where the session is saved (``None`` if only in memory)."""
        return self.ctx.recorder.path

    @property
    def session_id(self) -> str:
        """The session's id (from its meta event)."""
        return self.ctx.recorder.events[0].session_id  # type: ignore[attr-defined]

    async def _drive(self, graph_input: Any, on_event: EventSink | None) -> Pending | None:
        async for mode, chunk in self.graph.astream(
            graph_input, self.config, context=self.ctx, stream_mode=["custom", "updates"]
        ):
            if mode == "custom" and on_event is not None:
                on_event(chunk)
        snapshot = await self.graph.aget_state(self.config)
        if snapshot.interrupts:
            self.pending = snapshot.values.get("pending")
            return self.pending
        self.pending = None
        self.done = bool(snapshot.values.get("done"))
        self.scorecard = snapshot.values.get("scorecard")
        return None

    async def step(self, answer: str | None = None, on_event: EventSink | None = None) -> Pending | None:
        """Start (first call) or answer the pending question; returns the next question or ``None``."""
        if self.done:
            return None
        if self._initial is not None:
            graph_input: Any = self._initial
            self._initial = None
        elif self.pending is None:
            raise RuntimeError("no question is waiting for an answer")
        else:
            graph_input = Command(resume=answer if answer is not None else "")
        return await self._drive(graph_input, on_event)

    async def recover_after_cancel(self, on_event: EventSink | None = None) -> Pending | None:
        """After a cancelled ``step`` (Esc during a streamed reply), finish the interrupted turn
        with the offline wording so the interview goes on; nothing answered is lost."""
        saved, self.ctx.brain = self.ctx.brain, OfflineBrain()
        try:
            if self._initial is not None:
                return await self.step(None, on_event)
            return await self._drive(None, on_event)
        finally:
            self.ctx.brain = saved

    def transcript(self):
        """Turns so far, from the graph's state."""
        return list(self.graph.get_state(self.config).values.get("transcript", self._resumed_turns))

    def transcript_for_display(self):
        """Turns saved before this run started (a resumed session), minus a trailing unanswered question."""
        turns = list(self._resumed_turns)
        if turns and turns[-1].speaker == "interviewer":
            turns = turns[:-1]
        return turns

    def analyses(self) -> dict[int, AnswerAnalysis]:
        """Saved analysis per candidate turn so far."""
        return analyses_of(self.ctx.recorder.events)

    async def provisional_scorecard(self) -> dict:
        """Score the transcript so far without ending or saving the interview."""
        return await self.ctx.scorer(self.transcript(), self.analyses())

    def close(self) -> None:
        """Release the session file."""
        self.ctx.recorder.close()
