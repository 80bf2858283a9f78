"""Coverage of the story bank for a level: kinds present and missing, and what the bar needs
that no story shows yet.

Every Locus interview asks about a migration, an incident, a decision without a
spec and work outside one's area; disagreement and failure stories matter more
as the level rises.  The bar per dimension is the rubric's calibration for the
level; each story's level estimate comes from the same scorer as the interview.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.practice.kinds import KIND_LABELS, KINDS
from agent.practice.report import StoryReport
from agent.rubric.model import Rubric

LEVELS = ("L4", "L5", "senior")
# Kinds each level should have a story for (the rest are listed as useful extras).
NEEDED_KINDS = {
    "L4": ("migration", "incident", "no_spec", "outside_scope", "failure"),
    "L5": ("migration", "incident", "no_spec", "outside_scope", "disagreement", "failure"),
    "senior": KINDS,
}


@dataclass
class Gap:
    """Something the level's bar needs that no story shows yet."""

    what: str
    detail: str = ""


@dataclass
class Coverage:
    """The bank measured against one level."""

    level: str
    present: dict[str, list[str]] = field(default_factory=dict)  # kind -> story titles
    missing: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    bar: dict[str, int] = field(default_factory=dict)  # dimension id -> expected level
    best: dict[str, tuple[int | None, str]] = field(default_factory=dict)  # dimension id -> (level, story title)
    gaps: list[Gap] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "level": self.level,
            "kinds_present": {k: list(v) for k, v in self.present.items()},
            "kinds_missing": list(self.missing),
            "kinds_optional_missing": list(self.extras),
            "bar": dict(self.bar),
            "best": {k: {"level": lv, "story": title} for k, (lv, title) in self.best.items()},
            "gaps": [{"what": g.what, "detail": g.detail} for g in self.gaps],
        }


def _owned_outside(report: StoryReport) -> bool:
    """An outside-your-area story whose key decision is the speaker's and that was not assigned."""
    if report.signals.scope:
        return True
    outside = report.signals.outside_area or "outside_scope" in report.kinds.kinds
    return outside and report.holder == "self" and not report.signals.assigned


def coverage(reports: list[StoryReport], rubric: Rubric, level: str) -> Coverage:
    """How well the stories in ``reports`` cover ``level`` (``L4``, ``L5`` or ``senior``)."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    out = Coverage(level=level)
    for kind in KINDS:
        titles = [r.title for r in reports if kind in r.kinds.kinds]
        if titles:
            out.present[kind] = titles
        elif kind in NEEDED_KINDS[level]:
            out.missing.append(kind)
        else:
            out.extras.append(kind)
    for kind in out.missing:
        out.gaps.append(
            Gap(
                f"no {KIND_LABELS[kind]} story",
                "the interview asks for one"
                if kind != "disagreement"
                else "interviewers ask how you handled a call you did not agree with",
            )
        )
    for dim in rubric.dimensions:
        expected = getattr(dim.calibration, level)
        out.bar[dim.id] = expected
        scored = [(r.levels.get(dim.id), r.title) for r in reports if r.levels.get(dim.id) is not None]
        best = max(scored, key=lambda x: x[0]) if scored else (None, "")
        out.best[dim.id] = best
        if best[0] is None or best[0] < expected:
            shown = "no story has a level yet" if best[0] is None else f"best so far {best[0]} ({best[1]})"
            out.gaps.append(
                Gap(
                    f"no story shows {dim.name} at {expected} (the {level} bar)",
                    f"{shown}; level {expected} reads: {dim.anchor(expected)}",
                )
            )
    if not any(r.holder == "self" for r in reports):
        out.gaps.append(
            Gap(
                "no story where the key decision is yours",
                "every level needs at least one call you made yourself, with your reasons",
            )
        )
    if not any(r.signals.outcome_owned for r in reports):
        out.gaps.append(
            Gap(
                "no story where you own the outcome",
                "say what happened because of your call, including what went wrong and what you did then",
            )
        )
    if level in ("L5", "senior") and not any(_owned_outside(r) for r in reports):
        out.gaps.append(
            Gap(
                "no story of extending your scope beyond your team without being asked",
                f"the {level} bar looks for influence on decisions outside what you directly own",
            )
        )
    return out
