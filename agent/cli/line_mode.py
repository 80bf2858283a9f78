"""The interview in line mode: ``--headless``, ``--plain`` and ``--jsonl`` share this loop.

Each interviewer turn is printed the moment the graph has said (and saved) it;
each answer is read only after the question is out, and is saved by the graph
before the next question is worded.  So a program can play the candidate over a
pipe, a person can answer at a plain terminal, and a process killed at any point
loses no answered turn.  Ctrl-C prints the resume command; end of input pauses.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Protocol

from agent.cli.answer_stream import AnswerInputError
from agent.graph.runner import InterviewRunner
from agent.session.store import SessionError


class Answers(Protocol):
    """Where answers come from: a stream read as it arrives, or a file read up front."""

    async def next_answer(self) -> str | None: ...


class ListAnswers:
    """Answers already read (``--answers FILE``)."""

    def __init__(self, answers: list[str]) -> None:
        self.queue = list(answers)

    async def next_answer(self) -> str | None:
        return self.queue.pop(0) if self.queue else None


class FirstThen:
    """An answer read before the session was created, then the rest of the stream."""

    def __init__(self, first: str, rest: Answers) -> None:
        self.first: str | None = first
        self.rest = rest

    async def next_answer(self) -> str | None:
        if self.first is not None:
            first, self.first = self.first, None
            return first
        return await self.rest.next_answer()


def _pending_turn(pending) -> dict:
    return {
        "turn": pending.turn,
        "kind": pending.kind,
        "phase": pending.phase,
        "text": pending.text,
        "reason": pending.reason,
        "awaits_answer": True,
    }


async def _finish(runner: InterviewRunner, out, pending, resume_hint: str, why: str) -> None:
    if pending is not None:
        card = await runner.provisional_scorecard() if runner.transcript() else None
        out.paused(card=card, resume_hint=resume_hint, why=why, turns=runner.transcript())
    else:
        out.finished(runner.scorecard, turns=runner.transcript())


def _session_line(runner: InterviewRunner, out, sessions_dir: Path) -> None:
    from agent.cli.main import CliError
    from agent.session.rescue import rescue_copy
    from agent.util.inert import inert_text

    status = "completed" if runner.done else "in progress"
    runner.close()
    if runner.ctx.recorder.error:
        problem = runner.ctx.recorder.error.split(" \u2014 ")[0]
        try:
            rescue = rescue_copy(runner.ctx.recorder, runner.session_id, [Path.cwd(), sessions_dir])
        except SessionError as exc:
            raise CliError(f"{inert_text(problem)}; {inert_text(str(exc))}", 1) from None
        out.error(f"sessions directory unusable ({problem}); saved to {rescue}")
        out.session(session_id=runner.session_id, path=rescue, status=status)
    else:
        out.session(session_id=runner.session_id, path=runner.session_path, status=status)


async def run_line_mode(runner: InterviewRunner, answers: Answers, out, resume_hint: str, sessions_dir: Path) -> int:
    """Run the interview to its end or until the answers run out; returns the exit code."""
    shown: set[int] = set()

    def on_event(event: dict) -> None:
        kind = event.get("event")
        if kind == "turn_done":
            shown.add(int(event.get("turn", 0)))
            out.interviewer(event)
        elif kind == "notice":
            out.notice(str(event.get("text", "")))
        elif kind == "analysis":
            out.analysis(event)

    if runner.ctx.recorder.error:
        out.error(f"warning: {runner.ctx.recorder.error}")
    earlier = runner.transcript_for_display()
    out.start(
        session_id=runner.session_id,
        scenario=runner.ctx.scenario.title,
        resumed=bool(earlier),
        earlier=earlier,
        resume_hint=resume_hint,
    )
    code, why = 0, "answers ran out; the interview is paused"
    pending = None
    try:
        pending = await runner.step(None, on_event)
        while pending is not None:
            if pending.turn not in shown:  # a resumed session: the question was asked before
                shown.add(pending.turn)
                out.interviewer(_pending_turn(pending))
            out.prompt()
            try:
                answer = await answers.next_answer()
            except AnswerInputError as exc:
                out.error(str(exc))
                code, why = 2, "the answer input could not be used; the interview is paused"
                break
            if answer is None:
                break
            out.answer(pending.turn + 1, answer)
            pending = await runner.step(answer, on_event)
    except asyncio.CancelledError:  # Ctrl-C: everything answered is already on disk
        out.paused(card=None, resume_hint=resume_hint, why="interrupted")
        runner.close()
        raise
    await _finish(runner, out, pending, resume_hint, why)
    _session_line(runner, out, sessions_dir)
    client = getattr(runner.ctx.brain, "client", None)
    if client is not None:  # LLM mode: release the HTTP connection pool cleanly
        await client.aclose()
    return code
