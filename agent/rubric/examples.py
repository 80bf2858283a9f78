"""Run a rubric's embedded examples: expected vs actual level per dimension."""

from __future__ import annotations

from dataclasses import dataclass

from agent.rubric.model import Example, Expected, LevelRange, Rubric
from agent.rubric.slow_patterns import score_offline_bounded as score_offline
from agent.transcript.models import Turn
from agent.transcript.parse import parse_transcript


@dataclass(frozen=True)
class ExampleCheck:
    """Outcome for one dimension of one example."""

    example: str
    dimension: str
    expected: str
    actual: int | None
    ok: bool


def describe(expected: Expected) -> str:
    """Human text for an expectation: ``3``, ``null``, ``>= 3``, ``2..4``."""
    if expected is None:
        return "null"
    if isinstance(expected, int):
        return str(expected)
    if expected.min is not None and expected.max is not None:
        return f"{expected.min}..{expected.max}"
    if expected.min is not None:
        return f">= {expected.min}"
    if expected.max is not None:
        return f"<= {expected.max} or null"
    return "any"


def matches(expected: Expected, actual: int | None) -> bool:
    """Whether ``actual`` satisfies ``expected`` (a ``max`` bound also accepts null)."""
    if expected is None:
        return actual is None
    if isinstance(expected, int):
        return actual == expected
    assert isinstance(expected, LevelRange)
    if actual is None:
        return expected.min is None
    if expected.min is not None and actual < expected.min:
        return False
    return expected.max is None or actual <= expected.max


def example_turns(example: Example) -> list[Turn]:
    """Turns of an example (a bare ``answer`` becomes one candidate turn)."""
    if example.answer is not None:
        return [Turn(number=1, speaker="candidate", text=example.answer.strip())]
    return parse_transcript(example.transcript or "")


def run_examples(rubric: Rubric) -> list[ExampleCheck]:
    """Score every example offline and compare each expected dimension."""
    checks: list[ExampleCheck] = []
    for ex in rubric.examples:
        card = score_offline(example_turns(ex), rubric, level=ex.level)
        levels = {d.id: d.level for d in card.dimensions}
        for dim_id, expected in ex.expect.items():
            actual = levels.get(dim_id)
            checks.append(ExampleCheck(ex.id, dim_id, describe(expected), actual, matches(expected, actual)))
    return checks
