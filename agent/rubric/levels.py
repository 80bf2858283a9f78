"""A dimension's level from the signals of the candidate's stories, and the reasons for it.

Per behavioural story each signal the dimension listens to counts once: positive weights add up
to at most ``story_cap`` per story (weak claims count ``weak_factor`` of their weight), negative
weights subtract in full.  The total is cut by ``thresholds``; then ``caps`` and ``needs`` apply.
No signal of the dimension in any story gives ``None`` (insufficient evidence), and so does a
rubric's ``situations`` list when no story puts the dimension at stake.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.rubric.policy import Scoring
from agent.stories.models import Story


@dataclass
class StoryPoints:
    """What one story contributed to a dimension."""

    story: int
    points: float
    keys: list[str]


@dataclass
class LevelResult:
    """A dimension's level, its points and why it is not higher."""

    level: int | None
    points: float
    stories: list[StoryPoints] = field(default_factory=list)
    limits: list[str] = field(default_factory=list)


def _stories_with(stories: list[Story], keys: list[str], strong_only: bool = True) -> int:
    return sum(1 for s in stories if any(sig.key in keys and not (strong_only and sig.weak) for sig in s.signals))


def _heard(scoring: Scoring, behavioural: list[Story]) -> bool:
    """Anything to judge the dimension on: a signal with substance, or one counting against it (weak claims alone are not)."""
    return any(
        (w := scoring.signals.get(sig.key)) is not None and (w < 0 or not sig.weak)
        for s in behavioural
        for sig in s.signals
    )


def _at_stake(scoring: Scoring, behavioural: list[Story]) -> bool:
    """Whether any story puts the dimension at stake (always, when the rubric names no situations)."""
    if not scoring.situations:
        return True
    wanted = set(scoring.situations)
    return any(sig.key in wanted for s in behavioural for sig in s.signals)


def _strong_support(scoring: Scoring, behavioural: list[Story]) -> bool:
    return any((scoring.signals.get(sig.key) or 0) > 0 and not sig.weak for s in behavioural for sig in s.signals)


def story_points(story: Story, scoring: Scoring) -> StoryPoints:
    """Points one story earns on a dimension (each signal once; positives capped per story)."""
    best: dict[str, float] = {}
    for sig in story.signals:
        weight = scoring.signals.get(sig.key)
        if weight is None:
            continue
        value = weight * (scoring.weak_factor if sig.weak and weight > 0 else 1.0)
        if sig.key not in best or abs(value) > abs(best[sig.key]):
            best[sig.key] = value
    pos = min(scoring.story_cap, sum(v for v in best.values() if v > 0))
    neg = sum(v for v in best.values() if v < 0)
    return StoryPoints(story.index, round(pos + neg, 6), sorted(best))


def level_for(scoring: Scoring, stories: list[Story]) -> LevelResult:
    """Level of one dimension over the candidate's stories (behavioural ones, plus design trade-offs)."""
    counted = [s for s in stories if s.kind in ("behavioural", "design")]
    per_story = [p for p in (story_points(s, scoring) for s in counted) if p.keys]
    behavioural = [s for s in counted if s.kind == "behavioural"]
    if not _heard(scoring, behavioural) or not _at_stake(scoring, behavioural):
        return LevelResult(None, 0.0, per_story)
    total = round(sum(p.points for p in per_story), 6)
    level = 1 + sum(1 for t in scoring.thresholds if total >= t)
    limits: list[str] = []
    if level > 2 and not _strong_support(scoring, behavioural):
        level = 2
        limits.append("capped at 2: no concrete instance behind the claims")
    for floor in scoring.floors:
        if level < floor.level and _stories_with(behavioural, floor.unless, strong_only=False) == 0:
            level = floor.level
            limits.append(
                floor.why or f"at least {floor.level}: no {' or '.join(k.replace('_', ' ') for k in floor.unless)}"
            )
    for cap in sorted(scoring.caps, key=lambda c: c.max_level):
        sentences = sum(1 for st in behavioural for x in st.signals if x.key == cap.signal)
        if (
            level > cap.max_level
            and _stories_with(behavioural, [cap.signal], strong_only=False) >= cap.min_stories
            and sentences >= cap.min_signals
        ):
            level = cap.max_level
            limits.append(cap.why or f"capped at {cap.max_level}: {cap.signal.replace('_', ' ')}")
    for need in sorted(scoring.needs, key=lambda n: n.level):
        if level >= need.level and _stories_with(behavioural, need.signals) < need.min_stories:
            level = need.level - 1
            limits.append(need.why or f"{need.level} needs {' or '.join(k.replace('_', ' ') for k in need.signals)}")
    return LevelResult(level, total, per_story, limits)
