"""Offline scoring that skips a cue whose pattern hits the match time limit, with a notice naming it.

Only patterns on the backtracking engine (look-around, back-references) have a time limit
(``agent.util.bounded_regex``).  When one runs out, the transcript is scored again without
every cue that uses the pattern (and without the pattern in ``ignore_patterns``), and the
scorecard's notice says which cues were skipped.  Each retry drops at least one pattern,
so the work stays bounded by the number of slow patterns.
"""

from __future__ import annotations

from agent.analysis.models import AnswerAnalysis
from agent.rubric.model import Cue, Rubric
from agent.rubric.scorecard import Scorecard
from agent.rubric.scorer import score_offline
from agent.transcript.models import Turn
from agent.util.bounded_regex import PatternTimeout


def _uses(cue: Cue, pattern: str) -> bool:
    conditions = [c for c in (cue.requires, cue.unless) if c is not None]
    return pattern in cue.triggers.patterns or any(pattern in c.patterns for c in conditions)


def without_pattern(rubric: Rubric, pattern: str) -> tuple[Rubric, list[str]]:
    """``rubric`` minus every cue using ``pattern`` (and the pattern from ``ignore_patterns``), and what went."""
    dropped: list[str] = []
    dimensions = []
    for dim in rubric.dimensions:
        kept = [c for c in dim.cues if not _uses(c, pattern)]
        dropped += [f"{dim.id}.{c.id}" for c in dim.cues if _uses(c, pattern)]
        dimensions.append(dim.model_copy(update={"cues": kept}) if len(kept) != len(dim.cues) else dim)
    agg = rubric.aggregation
    if pattern in agg.ignore_patterns:
        dropped.append("aggregation.ignore_patterns")
        agg = agg.model_copy(update={"ignore_patterns": [p for p in agg.ignore_patterns if p != pattern]})
    return rubric.model_copy(update={"dimensions": dimensions, "aggregation": agg}), dropped


def score_offline_bounded(
    turns: list[Turn],
    rubric: Rubric,
    *,
    level: str | None = None,
    analyses: dict[int, AnswerAnalysis] | None = None,
    phases: dict[int, tuple[str, str]] | None = None,
) -> Scorecard:
    """``score_offline``, skipping the cues of any pattern that runs out of time (named in ``notice``)."""
    skipped: list[str] = []
    while True:
        try:
            card = score_offline(turns, rubric, level=level, analyses=analyses, phases=phases)
            break
        except PatternTimeout as exc:
            rubric, dropped = without_pattern(rubric, exc.pattern)
            if not dropped:  # not a rubric pattern: nothing to skip
                raise
            skipped.append(f"{', '.join(dropped)} (pattern {exc.pattern!r} took over {exc.seconds:g} s)")
    if not skipped:
        return card
    note = "Skipped as too slow to match: " + "; ".join(skipped) + "."
    return card.model_copy(update={"notice": f"{card.notice} {note}".strip()})
