"""The rubric format (``rubrics/*.rubric.yaml``) as pydantic models.

Every model forbids unknown keys: a typo in a rubric would otherwise silently
change scores.  Regular expressions are compiled while validating so a bad
pattern is reported at its own position in the YAML file.
"""

from __future__ import annotations

import difflib
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from agent.analysis.models import Locus
from agent.rubric.policy import Bar, Scoring
from agent.stories.catalog import SIGNALS
from agent.util.bounded_regex import BoundedPattern, PatternError, compile_bounded

SCHEMA_VERSION = 1
MAX_LEVEL = 5
SENIORITIES: tuple[str, ...] = ("L4", "L5", "senior")
MAX_PATTERN_LENGTH = 400


Identifier = Annotated[
    str, Field(pattern=r"^[a-z][a-z0-9_-]{0,63}$", description="lower-case id: letters, digits, _ and -")
]
LevelNumber = Annotated[int, Field(ge=1, le=MAX_LEVEL)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def compile_pattern(pattern: str) -> BoundedPattern:
    """Compile a rubric pattern (case-insensitive, bounded time); raise ``ValueError`` with a readable message.

    The one entry point for rubric patterns: see ``agent.util.bounded_regex`` for the engines.  A pattern
    that can match zero characters is refused: it would fire without any words to quote as evidence.
    """
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ValueError(f"pattern is longer than {MAX_PATTERN_LENGTH} characters")
    try:
        compiled = compile_bounded(pattern)
    except PatternError as exc:
        raise ValueError(str(exc)) from None
    if compiled.can_match_empty():
        raise ValueError(
            f"pattern {pattern!r} can match zero characters (like '' or 'a*'), so it would fire "
            "without any words to quote; make it match at least one character"
        )
    return compiled


def _check_pattern(pattern: str) -> str:
    compile_pattern(pattern)
    return pattern


Pattern = Annotated[
    str,
    AfterValidator(_check_pattern),
    Field(description="Regular expression (case-insensitive; RE2 syntax, look-around allowed)"),
]


class Condition(_Strict):
    """Text or analyzer spans that must (``requires``) or must not (``unless``) appear near a cue."""

    scope: Literal["sentence", "turn"] = Field(
        "sentence", description="Where to look: the cue's sentence or its whole answer"
    )
    loci: list[Locus] = Field(default_factory=list, description="Analyzer locus classes that satisfy the condition")
    patterns: list[Pattern] = Field(
        default_factory=list, description="Regular expressions (case-insensitive) that satisfy it"
    )

    @model_validator(mode="after")
    def _not_empty(self) -> Condition:
        if not self.loci and not self.patterns:
            raise ValueError("a condition needs at least one of 'loci' or 'patterns'")
        return self


class Triggers(_Strict):
    """What fires a cue in a candidate sentence: analyzer loci and/or phrase patterns (either matches)."""

    loci: list[Locus] = Field(default_factory=list, description="Fire on analyzer spans with these locus classes")
    patterns: list[Pattern] = Field(
        default_factory=list, description="Fire on these regular expressions (case-insensitive)"
    )

    @model_validator(mode="after")
    def _not_empty(self) -> Triggers:
        if not self.loci and not self.patterns:
            raise ValueError("triggers need at least one of 'loci' or 'patterns'")
        return self


class Cue(_Strict):
    """Observable wording that moves a dimension up (``+``) or down (``-``)."""

    id: Identifier
    description: str = Field(min_length=1)
    polarity: Literal["+", "-"]
    weight: float = Field(gt=0, le=10)
    triggers: Triggers
    requires: Condition | None = Field(None, description="Only counts when this condition also holds")
    unless: Condition | None = Field(None, description="Does not count when this condition holds")
    needs_detail: bool = Field(
        False, description="Counts as weak evidence when the sentence has no concrete detail (claims alone)"
    )


class LevelAnchor(_Strict):
    """What a candidate says at one level of a dimension."""

    score: LevelNumber
    anchor: str = Field(min_length=1, description="Behavioural anchor: what the candidate says at this level")


class Calibration(_Strict):
    """Level expected at each seniority."""

    L4: LevelNumber
    L5: LevelNumber
    senior: LevelNumber


class Dimension(_Strict):
    """One scored dimension: anchors, the story signals it listens to, optional regex cues, probes, calibration."""

    id: Identifier
    name: str = Field(min_length=1)
    definition: str = Field(min_length=1)
    weight: float = Field(gt=0, le=10)
    levels: list[LevelAnchor] = Field(min_length=1)
    scoring: Scoring | None = Field(
        None, description="Story signals and level rules; without it the dimension reads only its cues"
    )
    cues: list[Cue] = Field(default_factory=list, description="Extra regex signals (a cue's id is its signal key)")
    probes: list[str] = Field(default_factory=list, description="Follow-up questions this dimension uses")
    calibration: Calibration

    def anchor(self, level: int | None) -> str:
        """The anchor text for ``level`` ("" for ``None``)."""
        return next((lv.anchor for lv in self.levels if lv.score == level), "")


class Recommendation(_Strict):
    """Recommendation text used when the overall level reaches ``min_level``."""

    min_level: float = Field(ge=1, le=MAX_LEVEL)
    text: str = Field(min_length=1)


_OLD_KEY = (
    "No longer used (phrase-count scoring before rubric 2.0); accepted so older rubric files still load and compare"
)


class Aggregation(_Strict):
    """What applies to every dimension: grader-addressed text, the work-topic gate, recommendations."""

    topic_words: list[str] = Field(
        default_factory=list,
        description="Work vocabulary: an answer using none of these words (e.g. gibberish) is not evidence; empty disables",
    )
    min_topic_words: int = Field(
        2, ge=0, le=20, description="Distinct topic words an answer needs to count as evidence"
    )
    ignore_patterns: list[Pattern] = Field(
        default_factory=list, description="Sentences matching these (text addressed to the grader) are never evidence"
    )
    recommendations: list[Recommendation] = Field(default_factory=list)
    min_evidence: object | None = Field(None, description=_OLD_KEY, json_schema_extra={"deprecated": True})
    saturation: object | None = Field(None, description=_OLD_KEY, json_schema_extra={"deprecated": True})
    thresholds: object | None = Field(None, description=_OLD_KEY, json_schema_extra={"deprecated": True})
    max_hits_per_cue: object | None = Field(None, description=_OLD_KEY, json_schema_extra={"deprecated": True})
    weak_evidence: object | None = Field(None, description=_OLD_KEY, json_schema_extra={"deprecated": True})


class LevelRange(_Strict):
    """An expected level range (inclusive)."""

    min: LevelNumber | None = None
    max: LevelNumber | None = None


Expected = LevelNumber | LevelRange | None


class Example(_Strict):
    """A short transcript or single answer and the levels it must produce."""

    id: Identifier
    description: str = ""
    transcript: str | None = Field(None, description="Plain transcript: 'Interviewer:' / 'Candidate:' lines")
    answer: str | None = Field(None, description="A single candidate answer (shortcut for a one-turn transcript)")
    level: Literal["L4", "L5", "senior"] | None = None
    expect: dict[str, Expected] = Field(min_length=1, description="dimension id -> level, null, or {min, max}")

    @model_validator(mode="after")
    def _one_source(self) -> Example:
        if (self.transcript is None) == (self.answer is None):
            raise ValueError("an example needs exactly one of 'transcript' or 'answer'")
        return self


class Rubric(_Strict):
    """A complete rubric file."""

    schema_version: Literal[1]
    id: Identifier
    version: str = Field(min_length=1, max_length=40)
    title: str = Field(min_length=1)
    description: str = ""
    dimensions: list[Dimension] = Field(min_length=1)
    aggregation: Aggregation = Field(default_factory=Aggregation)
    bars: dict[Literal["L4", "L5", "senior"], Bar] = Field(
        default_factory=dict, description="What each seniority's bar requires beyond the calibrated levels"
    )
    examples: list[Example] = Field(default_factory=list)

    def dimension(self, dim_id: str) -> Dimension | None:
        """The dimension called ``dim_id``, if any."""
        return next((d for d in self.dimensions if d.id == dim_id), None)

    def stamp(self) -> dict[str, str]:
        """``{"id", "version"}`` used to stamp scorecards."""
        return {"id": self.id, "version": self.version}


Loc = tuple[str | int, ...]


def semantic_problems(data: dict) -> list[tuple[Loc, str]]:
    """Cross-field problems (duplicates, missing levels, unknown references) in raw rubric data.

    Works on the plain data so it can run alongside schema validation (all problems in one pass).
    """
    problems: list[tuple[Loc, str]] = []
    dims = _items(data.get("dimensions"))
    problems += _duplicates([d.get("id") for d in dims], ("dimensions",), "id", "dimension id")
    for di, dim in enumerate(dims):
        base: Loc = ("dimensions", di)
        problems += _duplicates([c.get("id") for c in _items(dim.get("cues"))], (*base, "cues"), "id", "cue id")
        levels = _items(dim.get("levels"))
        scores = [lv.get("score") for lv in levels]
        problems += _duplicates(scores, (*base, "levels"), "score", "level")
        if "levels" in dim and levels:
            missing = [str(n) for n in range(1, MAX_LEVEL + 1) if n not in scores]
            if missing:
                problems.append(
                    ((*base, "levels"), "levels must define scores 1 to 5 once each; missing " + ", ".join(missing))
                )
        problems += _signal_problems(dim, base)
    problems += _bar_problems(data.get("bars"))
    examples = _items(data.get("examples"))
    problems += _duplicates([e.get("id") for e in examples], ("examples",), "id", "example id")
    dim_ids = sorted(str(d.get("id")) for d in dims if isinstance(d.get("id"), str))
    for ei, ex in enumerate(examples):
        expect = ex.get("expect")
        for key in expect if isinstance(expect, dict) else {}:
            if dim_ids and key not in dim_ids:
                problems.append(
                    (
                        ("examples", ei, "expect", key, "<key>"),
                        f"unknown dimension {key!r} (known: {', '.join(dim_ids)})",
                    )
                )
    return problems


def _unknown_signal(key: object, cue_ids: set[str]) -> str | None:
    if not isinstance(key, str) or key in SIGNALS or key in cue_ids:
        return None
    close = difflib.get_close_matches(key, [*SIGNALS, *cue_ids], n=1, cutoff=0.7)
    hint = f" (did you mean '{close[0]}'?)" if close else " (see `locus rubric schema` for the signal keys)"
    return f"unknown signal {key!r}{hint}"


def _signal_problems(dim: dict, base: Loc) -> list[tuple[Loc, str]]:
    """Every signal a dimension's scoring names must be a story signal or one of its cue ids."""
    scoring = dim.get("scoring")
    if not isinstance(scoring, dict):
        return []
    cue_ids = {c.get("id") for c in _items(dim.get("cues")) if isinstance(c.get("id"), str)}
    out: list[tuple[Loc, str]] = []
    signals = scoring.get("signals")
    for key in signals if isinstance(signals, dict) else {}:
        msg = _unknown_signal(key, cue_ids)
        if msg:
            out.append(((*base, "scoring", "signals", key, "<key>"), msg))
    for part, field in (("caps", "signal"), ("needs", "signals"), ("floors", "unless")):
        for i, rule in enumerate(_items(scoring.get(part))):
            value = rule.get(field)
            keys = [value] if part == "caps" else (value if isinstance(value, list) else [])
            for j, key in enumerate(keys):
                msg = _unknown_signal(key, cue_ids)
                if msg:
                    loc = (
                        (*base, "scoring", part, i, field) if part == "caps" else (*base, "scoring", part, i, field, j)
                    )
                    out.append((loc, msg))
    return out


def _bar_problems(bars: object) -> list[tuple[Loc, str]]:
    out: list[tuple[Loc, str]] = []
    for level, bar in bars.items() if isinstance(bars, dict) else ():
        requires = bar.get("requires") if isinstance(bar, dict) else None
        for j, key in enumerate(requires if isinstance(requires, list) else []):
            msg = _unknown_signal(key, set())
            if msg:
                out.append((("bars", level, "requires", j), msg))
    return out


def _items(value: object) -> list[dict]:
    """Dict items of a list (other entries become empty dicts so indices stay aligned)."""
    if not isinstance(value, list):
        return []
    return [v if isinstance(v, dict) else {} for v in value]


def _duplicates(values: list, base: Loc, field: str, what: str) -> list[tuple[Loc, str]]:
    seen: set = set()
    out: list[tuple[Loc, str]] = []
    for i, v in enumerate(values):
        if v is None or not isinstance(v, (str, int)):
            continue
        if v in seen:
            out.append(((*base, i, field), f"duplicate {what} {v!r}"))
        seen.add(v)
    return out
