"""Score with an optional judge (LLM mode), falling back to the offline scorer on any failure."""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, runtime_checkable

from agent.analysis.models import AnswerAnalysis
from agent.rubric.bar import expected_levels, recheck_bar
from agent.rubric.model import Rubric
from agent.rubric.scorecard import Scorecard
from agent.rubric.slow_patterns import score_offline_bounded as score_offline
from agent.transcript.models import Turn


@runtime_checkable
class Judge(Protocol):
    """Anything with ``async def judge(turns, rubric) -> Scorecard`` (e.g. ``agent.llm.judge.LLMJudge``)."""

    def judge(self, turns: list[Turn], rubric: Rubric) -> Awaitable[Scorecard] | Scorecard: ...


JudgeLike = Judge | Callable[[list[Turn], Rubric], Any]


def _call(judge: JudgeLike, turns: list[Turn], rubric: Rubric) -> Any:
    method = getattr(judge, "judge", None)
    if callable(method):
        return method(turns, rubric)
    if callable(judge):
        return judge(turns, rubric)
    raise TypeError(f"{type(judge).__name__} is not a judge (needs a judge() method or to be callable)")


def _finish(
    card: Any, turns: list[Turn], rubric: Rubric, level: str | None, analyses: dict | None, phases: dict | None = None
) -> Scorecard:
    """Validate the judge's scorecard and add what the offline side owns.

    The stamp and calibration always; the story findings, the ignored grader-addressed sentences
    and the reframes when the judge gave none; the seniority bar checked on the judge's levels.
    """
    if isinstance(card, dict):
        card = Scorecard.model_validate(card)
    if not isinstance(card, Scorecard):
        raise TypeError(f"judge returned {type(card).__name__}, not a Scorecard")
    if not card.dimensions:
        raise ValueError("judge returned no dimensions")
    offline = score_offline(turns, rubric, level=level, analyses=analyses, phases=phases)
    updates: dict[str, Any] = {
        "rubric": rubric.stamp(),
        "scorer": "llm",
        "level_expected": expected_levels(rubric, level),
    }
    updates["answer_numbers"] = offline.answer_numbers
    for name in ("reframes", "stories", "ignored"):
        if not getattr(card, name):
            updates[name] = getattr(offline, name)
    updates["bar"] = recheck_bar(rubric, level, card.dimensions, offline.bar)
    return card.model_copy(update=updates)


def _fallback(
    turns: list[Turn],
    rubric: Rubric,
    level: str | None,
    analyses: dict | None,
    exc: BaseException,
    phases: dict | None = None,
) -> Scorecard:
    card = score_offline(turns, rubric, level=level, analyses=analyses, phases=phases)
    reason = str(exc).splitlines()[0][:200] if str(exc) else ""
    detail = f"{type(exc).__name__}: {reason}" if reason else type(exc).__name__
    return card.model_copy(update={"notice": f"LLM judge failed ({detail}); scored offline instead."})


async def score_async(
    turns: list[Turn],
    rubric: Rubric,
    *,
    level: str | None = None,
    analyses: dict[int, AnswerAnalysis] | None = None,
    judge: JudgeLike | None = None,
    phases: dict[int, tuple[str, str]] | None = None,
) -> Scorecard:
    """Like :func:`score`, awaiting an async judge on the running loop."""
    if judge is None:
        return score_offline(turns, rubric, level=level, analyses=analyses, phases=phases)
    try:
        result = _call(judge, turns, rubric)
        if inspect.isawaitable(result):
            result = await result
        return _finish(result, turns, rubric, level, analyses, phases)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        return _fallback(turns, rubric, level, analyses, exc, phases)


def score(
    turns: list[Turn],
    rubric: Rubric,
    *,
    level: str | None = None,
    analyses: dict[int, AnswerAnalysis] | None = None,
    judge: JudgeLike | None = None,
    phases: dict[int, tuple[str, str]] | None = None,
) -> Scorecard:
    """Score ``turns``: with ``judge`` when given (offline fallback on any error), else offline.

    ``phases``: a saved session's ``{interviewer turn: (phase, kind)}`` (stories follow the phases).
    ``scorecard.scorer`` says which scorer produced the result and ``notice`` why it fell back.
    From async code prefer :func:`score_async` (this runs an async judge on a private loop).
    """
    if judge is None:
        return score_offline(turns, rubric, level=level, analyses=analyses, phases=phases)
    coro = score_async(turns, rubric, level=level, analyses=analyses, judge=judge, phases=phases)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
