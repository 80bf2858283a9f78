"""Streamed interviewer turns, shown a checked sentence at a time.

The model's text is held until its first sentence is complete and has passed
the guard's checks (labels and preambles removed, no scaffolding, no grading
talk, no praise, no echo of the answer), then shown; each later sentence is
checked the same way before it is shown.  A probe is held until the
candidate's quoted words have appeared.  A hard limit or a rejected pattern
raises :class:`~agent.llm.client.StopGeneration`, which closes the stream, so
the model stops generating at once instead of running on to ``max_tokens``.
"""

from __future__ import annotations

from agent.interviewer.brain import PhraseRequest, TokenSink
from agent.llm import turn_patterns as tp
from agent.llm.client import StopGeneration
from agent.llm.quotes import contains
from agent.llm.turn_guard import clean_start, clean_turn, early_problem, partial_problem
from agent.util.inert import inert_text


class TurnStream:
    """``feed`` is the client's ``on_token``; ``shown`` is what reached the screen."""

    def __init__(self, emit: TokenSink, request: PhraseRequest) -> None:
        self.emit = emit
        self.request = request
        self.raw = ""
        self.shown = ""
        self.problem: str | None = None
        self._quote = request.quote if request.kind == "probe" and request.quote else None

    def feed(self, piece: str) -> None:
        """Take one chunk; show whatever complete sentences now pass; stop the stream on a problem."""
        self.raw += inert_text(piece)
        text, _ = clean_start(self.raw.replace("**", "").replace("__", ""))
        problem = early_problem(text)
        if problem:
            self._stop(problem)
        ends = [m.end() for m in tp.SENTENCE_END.finditer(text)]
        if not ends or text.lstrip()[:1] in '"“':
            return  # no whole sentence yet, or a quoted turn whose marks come off at the end
        ready = text[: ends[-1]].rstrip()
        if len(ready) <= len(self.shown) or (self._quote and not contains(ready, self._quote)):
            return
        problem = partial_problem(ready, self.request)
        if problem:
            self._stop(problem)
        self._show(ready)

    def final_text(self) -> str:
        """The whole turn as it would be said (wrappers removed)."""
        return clean_turn(self.raw)

    def show_rest(self, text: str) -> None:
        """Show the accepted turn's remainder (after the stream ended)."""
        self._show(text)

    def _show(self, text: str) -> None:
        if not text.startswith(self.shown):
            return  # the cleaned text shifted; the finished turn replaces the preview
        fresh = text[len(self.shown) :]
        if fresh.strip():
            self.emit(fresh if self.shown else fresh.lstrip())
            self.shown = text

    def _stop(self, problem: str) -> None:
        self.problem = problem
        raise StopGeneration(problem)
