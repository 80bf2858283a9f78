"""Offline, deterministic scorer: the candidate's stories and their signals -> levels with evidence.

The transcript is read into stories (``agent.stories``); each dimension's level comes from the
signals of the behavioural stories, weighted, capped and required as its rubric says
(``dimensions[].scoring``); evidence is the sentences that most support and most contradict
that level.  Same input, same output.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from agent.analysis.models import AnswerAnalysis
from agent.rubric.bar import check_bar, expected_levels
from agent.rubric.cues import cue_reader
from agent.rubric.evidence import dimension_evidence
from agent.rubric.findings import story_line
from agent.rubric.levels import LevelResult, level_for
from agent.rubric.model import Dimension, Rubric, compile_pattern
from agent.rubric.policy import Scoring
from agent.rubric.reframes import story_reframe
from agent.rubric.relevance import off_topic_turns
from agent.rubric.scorecard import DimensionScore, IgnoredQuote, Overall, Reframe, Scorecard, StoryFinding
from agent.stories import TranscriptReading, read_transcript
from agent.transcript.models import Turn
from agent.util.bounded_regex import PatternError, compile_bounded

# A dimension without its own ``scoring`` (an older, cue-only rubric) reads only its cues.
_CUE_ONLY_THRESHOLDS = [1.0, 2.0, 3.0, 4.5]


@lru_cache(maxsize=4096)
def _rx(pattern: str):
    return compile_pattern(pattern)


def grader_filter(rubric: Rubric):
    """A predicate for sentences addressed to the grader (also when spelled in look-alike characters)."""
    matchers = _grader_matchers(tuple(rubric.aggregation.ignore_patterns))

    def addressed(text: str) -> bool:
        folded = unicodedata.normalize("NFKC", text)
        texts = (text,) if folded == text else (text, folded)
        return any(m.search(t) is not None for m in matchers for t in texts)

    return addressed


@lru_cache(maxsize=64)
def _grader_matchers(patterns: tuple[str, ...]) -> tuple:
    """The grader patterns as few matchers: the RE2 ones joined in one alternation (one linear scan per sentence
    instead of one per pattern; a sentence matches it exactly when it matches one of them), the rest one by one."""
    compiled = [_rx(p) for p in patterns]
    linear = [c.pattern for c in compiled if c.engine == "re2"]
    if len(linear) < 2:
        return tuple(compiled)
    try:
        joined = compile_bounded("|".join(f"(?:{p})" for p in linear))
    except PatternError:  # too large as one program: keep them apart
        return tuple(compiled)
    if joined.engine != "re2":
        return tuple(compiled)
    return (joined, *(c for c in compiled if c.engine != "re2"))


def scoring_of(dim: Dimension) -> Scoring:
    """The dimension's scoring policy; its cues are extra signals at their own weight unless it names them."""
    cues = cue_weights_for(dim)
    if dim.scoring is None:
        return Scoring(signals=cues or {"own_decision": 0.5}, thresholds=_CUE_ONLY_THRESHOLDS)
    extra = {k: v for k, v in cues.items() if k not in dim.scoring.signals}
    return dim.scoring.model_copy(update={"signals": {**dim.scoring.signals, **extra}}) if extra else dim.scoring


def cue_weights_for(dim: Dimension) -> dict[str, float]:
    return {c.id: (c.weight if c.polarity == "+" else -c.weight) for c in dim.cues}


def _summary(dim: Dimension, result: LevelResult, numbers: dict[int, int]) -> str:
    if result.level is None:
        return "Insufficient evidence: no past-experience answer narrated this dimension."
    shown = [f"story {numbers[p.story]} {p.points:+.1f}" for p in result.stories if p.story in numbers]
    text = f"Level {result.level} from {result.points:.1f} points" + (f" ({', '.join(shown)})" if shown else "")
    if result.limits:
        text += "; " + "; ".join(result.limits)
    return text + f". Anchor: {dim.anchor(result.level)}"


def read_for_scoring(
    turns: list[Turn],
    rubric: Rubric,
    analyses: Mapping[int, AnswerAnalysis] | None = None,
    phases=None,
    docs: Mapping[int, object] | None = None,
) -> TranscriptReading:
    """The transcript's stories as the scorer reads them (grader text ignored, off-topic answers skipped, cues read);
    ``docs``: the analyzer's parse of analysed turns, when the caller has it (``read_transcript``)."""
    return read_transcript(
        turns,
        analyses,
        phases=phases,
        ignore=grader_filter(rubric),
        skip_turns=off_topic_turns(turns, rubric),
        extra=cue_reader(rubric),
        docs=docs,
    )


def score_reading(reading: TranscriptReading, turns: list[Turn], rubric: Rubric, level: str | None = None) -> Scorecard:
    """The scorecard for an already-read transcript."""
    stories = reading.stories
    behavioural = reading.behavioural()
    numbers = {s.index: n for n, s in enumerate(behavioural, start=1)}
    answer_no = {t.number: n for n, t in enumerate((t for t in turns if t.speaker == "candidate"), start=1)}
    dims: list[DimensionScore] = []
    for dim in rubric.dimensions:
        scoring = scoring_of(dim)
        result = level_for(scoring, stories)
        evidence = dimension_evidence(scoring, stories) if result.level is not None else []
        dims.append(
            DimensionScore(
                id=dim.id,
                name=dim.name,
                level=result.level,
                evidence=evidence,
                summary=_summary(dim, result, numbers),
                anchor=dim.anchor(result.level),
            )
        )
    findings = [
        StoryFinding(
            number=numbers[s.index],
            title=s.title,
            turns=s.answer_turns,
            answers=[answer_no[t] for t in s.answer_turns if t in answer_no],
            holder=s.holder,
            key_decision=s.key_decision.text if s.key_decision else None,
            signals=sorted({x.key for x in s.signals}),
            line=story_line(s, numbers[s.index]),
        )
        for s in behavioural
    ]
    reframes = [r for r in (story_reframe(s) for s in behavioural) if r is not None]
    reframes = [r.model_copy(update={"story": numbers.get(r.story, r.story)}) for r in reframes]
    return Scorecard(
        rubric=rubric.stamp(),
        scorer="offline",
        dimensions=dims,
        overall=overall_from(dims, rubric),
        reframes=reframes,
        level_expected=expected_levels(rubric, level),
        stories=findings,
        ignored=[IgnoredQuote(turn=i.turn, quote=i.text) for i in reading.ignored],
        bar=check_bar(rubric, level, dims, stories),
        answer_numbers=answer_no,
    )


def score_offline(
    turns: list[Turn],
    rubric: Rubric,
    level: str | None = None,
    analyses: Mapping[int, AnswerAnalysis] | None = None,
    phases=None,
) -> Scorecard:
    """Score ``turns`` against ``rubric`` without any model; same input, same output."""
    return score_reading(read_for_scoring(turns, rubric, analyses, phases), turns, rubric, level)


def reframes_for(
    turns: list[Turn], rubric: Rubric, analyses: Mapping[int, AnswerAnalysis] | None = None, phases=None
) -> list[Reframe]:
    """One reframe per story, for scorecards from a judge that gave none."""
    return score_offline(turns, rubric, analyses=analyses, phases=phases).reframes


def overall_from(dimensions: list[DimensionScore], rubric: Rubric) -> Overall:
    """Weighted mean of the dimensions that have a level, and its recommendation."""
    weights = {d.id: d.weight for d in rubric.dimensions}
    scored = [(weights.get(d.id, 1.0), d.level) for d in dimensions if d.level is not None]
    if not scored:
        return Overall(level=None, recommendation="Insufficient evidence to recommend")
    total = sum(w for w, _ in scored)
    mean = round(sum(w * lv for w, lv in scored) / total, 2)
    recs = sorted(rubric.aggregation.recommendations, key=lambda r: -r.min_level)
    text = next((r.text for r in recs if mean >= r.min_level), "No recommendation")
    return Overall(level=mean, recommendation=text)


__all__ = [
    "expected_levels",
    "overall_from",
    "read_for_scoring",
    "reframes_for",
    "score_offline",
    "score_reading",
    "scoring_of",
]
