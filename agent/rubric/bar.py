"""The seniority bar a rubric states: every dimension at its calibrated level, plus required signals.

``--level senior`` (or L4, L5) checks it and says met or not met, and why: which dimension is
below its level, and which required signal (for senior: scope extended beyond the candidate's
own team without being asked) no story showed.
"""

from __future__ import annotations

from agent.rubric.model import Rubric
from agent.rubric.scorecard import BarCheck, DimensionScore
from agent.stories.catalog import SIGNALS
from agent.stories.models import Story


def expected_levels(rubric: Rubric, level: str | None) -> dict[str, int]:
    """Calibrated level per dimension for a seniority (``L4``, ``L5``, ``senior``)."""
    if level is None:
        return {}
    return {d.id: getattr(d.calibration, level) for d in rubric.dimensions}


def _level_reasons(rubric: Rubric, level: str, dims: list[DimensionScore]) -> tuple[bool, list[str]]:
    expected = expected_levels(rubric, level)
    reasons: list[str] = []
    met = True
    for d in dims:
        want = expected.get(d.id)
        if want is None:
            continue
        if d.level is None:
            met = False
            reasons.append(f"{d.name}: not assessed (needs {want})")
        elif d.level < want:
            met = False
            reasons.append(f"{d.name}: {d.level}, below {want}")
        else:
            reasons.append(f"{d.name}: {d.level}, at or above {want}")
    return met, reasons


def check_bar(rubric: Rubric, level: str | None, dims: list[DimensionScore], stories: list[Story]) -> BarCheck | None:
    """Whether the candidate meets the bar for ``level``, with one reason per requirement."""
    if level is None:
        return None
    levels_met, reasons = _level_reasons(rubric, level, dims)
    bar = rubric.bars.get(level)  # type: ignore[call-overload]
    shown_reasons: list[str] = []
    missing: list[str] = []
    for key in bar.requires if bar is not None else []:
        shown = [s for s in stories if s.kind == "behavioural" and any(x.key == key and not x.weak for x in s.signals)]
        meaning = SIGNALS[key].meaning if key in SIGNALS else key.replace("_", " ")
        if shown:
            first = next(x for x in shown[0].signals if x.key == key and not x.weak)
            number = sum(1 for s in stories if s.kind == "behavioural" and s.index <= shown[0].index)
            shown_reasons.append(f"{key.replace('_', ' ')}: shown in story {number} (\u201c{first.text}\u201d)")
        else:
            missing.append(key)
            shown_reasons.append(f"{key.replace('_', ' ')}: no story shows it ({meaning})")
    return BarCheck(
        level=level,
        met=levels_met and not missing,
        reasons=reasons + shown_reasons,
        signal_reasons=shown_reasons,
        missing_signals=missing,
        description=bar.description if bar is not None else "",
    )


def recheck_bar(
    rubric: Rubric, level: str | None, dims: list[DimensionScore], offline: BarCheck | None
) -> BarCheck | None:
    """The bar on another scorer's levels (the LLM judge), keeping what the stories showed offline."""
    if level is None:
        return None
    levels_met, reasons = _level_reasons(rubric, level, dims)
    signal_reasons = offline.signal_reasons if offline is not None else []
    missing = offline.missing_signals if offline is not None else []
    bar = rubric.bars.get(level)  # type: ignore[call-overload]
    return BarCheck(
        level=level,
        met=levels_met and not missing,
        reasons=reasons + signal_reasons,
        signal_reasons=signal_reasons,
        missing_signals=missing,
        description=bar.description if bar is not None else "",
    )
