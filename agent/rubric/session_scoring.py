"""Bridge used by the interview graph, the TUI and replay: score turns with a rubric file."""

from __future__ import annotations

import asyncio
from pathlib import Path

from agent import paths
from agent.analysis.models import AnswerAnalysis
from agent.rubric.loader import load_rubric_cached
from agent.rubric.scorecard import Scorecard
from agent.rubric.scoring import score, score_async
from agent.transcript.models import Turn


async def score_for_session(
    turns: list[Turn],
    analyses: dict[int, AnswerAnalysis],
    *,
    rubric_path: Path | None = None,
    judge: object | None = None,
    level: str | None = None,
    phases: dict[int, tuple[str, str]] | None = None,
) -> Scorecard:
    """Load the rubric (cached per file version) and score; a failing judge falls back offline.

    ``phases``: the session's ``{interviewer turn: (phase, kind)}``, so stories follow the recorded phases.

    Offline scoring is CPU work, so it runs in a thread and the UI's event loop stays free.
    """
    rubric = load_rubric_cached(Path(rubric_path or paths.default_rubric_path()))
    if judge is None:
        return await asyncio.to_thread(score, turns, rubric, level=level, analyses=analyses, phases=phases)
    return await score_async(turns, rubric, level=level, analyses=analyses, judge=judge, phases=phases)
