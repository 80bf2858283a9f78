"""Run whole interviews in-process for tests."""

from __future__ import annotations

import asyncio
from pathlib import Path

from agent.graph.launch import InterviewOptions, new_interview, resume_interview
from agent.graph.runner import InterviewRunner
from agent.session.store import load_session


async def drive(runner: InterviewRunner, answers: list[str]) -> InterviewRunner:
    """Answer questions until the answers or the interview run out."""
    pending = await runner.step(None)
    queue = list(answers)
    while pending is not None and queue:
        pending = await runner.step(queue.pop(0))
    return runner


def run_interview(
    sessions: Path, answers: list[str], *, seed: int = 1, scenario: str | None = None, max_turns: int = 40
) -> InterviewRunner:
    """A new offline interview answered with ``answers``; the runner is closed afterwards."""
    options = InterviewOptions(sessions_dir=sessions, seed=seed, scenario_id=scenario, max_turns=max_turns)
    runner = asyncio.run(drive(new_interview(options), answers))
    runner.close()
    return runner


def resume(sessions: Path, path: Path, answers: list[str]) -> InterviewRunner:
    """Resume the session at ``path`` and answer with ``answers``."""
    runner = asyncio.run(drive(resume_interview(path, InterviewOptions(sessions_dir=sessions)), answers))
    runner.close()
    return runner


def interviewer_events(path: Path):
    """Interviewer events saved in a session file."""
    return [e for e in load_session(path).events if e.type == "interviewer"]


async def drive_by(runner: InterviewRunner, answer_for, limit: int = 80) -> InterviewRunner:
    """Answer each question with ``answer_for(pending)`` (``None`` stops) until the interview ends."""
    pending = await runner.step(None)
    for _ in range(limit):
        if pending is None:
            break
        answer = answer_for(pending)
        if answer is None:
            break
        pending = await runner.step(answer)
    return runner


def run_adaptive(
    sessions: Path, answer_for, *, seed: int = 1, scenario: str | None = None, max_turns: int = 40
) -> InterviewRunner:
    """A new offline interview whose answers depend on what was asked; the runner is closed afterwards."""
    options = InterviewOptions(sessions_dir=sessions, seed=seed, scenario_id=scenario, max_turns=max_turns)
    runner = asyncio.run(drive_by(new_interview(options), answer_for))
    runner.close()
    return runner
