"""Offline, deterministic scorer: analyzer spans + rubric cues -> evidence-backed levels.

Per dimension, counted cue hits give a positive weight P and a negative weight N.
With too little evidence (P + N below ``min_evidence``) the level is ``None``.
Otherwise the score ``P / (P + N) * min(1, P / saturation)`` (0..1) is cut by the
rubric's thresholds into levels 1..5: a level needs both a favourable balance
and enough supporting evidence, so a few claims cannot reach the top.
"""

from __future__ import annotations

from agent import analysis as analysis_pkg
from agent.analysis.models import AnswerAnalysis, Span, is_probe
from agent.rubric.evidence import Hit, dimension_hits, prepare
from agent.rubric.model import Dimension, Rubric
from agent.rubric.scorecard import DimensionScore, Evidence, Overall, Reframe, Scorecard
from agent.transcript.models import Turn

_FALLBACK_REFRAMES = {
    "authority": "What was your own recommendation before it was approved, and what would you have done without the approval?",
    "group": "Which part of that decision was yours, and what did you argue for?",
    "process": "Where did the process leave room for your judgment, and what did you choose there?",
    "agentless": "Who actually made that call, and what was your part in it?",
    "hedged": "Looking back, who made that choice, and what would you choose now?",
}


def candidate_analyses(turns: list[Turn], analyses: dict[int, AnswerAnalysis] | None) -> dict[int, AnswerAnalysis]:
    """Analyses for every candidate turn: reuse saved ones that match the text, analyse the rest."""
    given = analyses or {}
    result: dict[int, AnswerAnalysis] = {}
    missing: list[Turn] = []
    for t in turns:
        if t.speaker != "candidate":
            continue
        a = given.get(t.number)
        # The interview analyses at most a long prefix of a huge paste; that analysis stands.
        if a is not None and (a.text == t.text or (a.text and t.text.startswith(a.text))):
            result[t.number] = a
        else:
            missing.append(t)
    if missing:
        many = getattr(analysis_pkg, "analyze_many", None)
        found = list(many([t.text for t in missing])) if many else [analysis_pkg.analyze(t.text) for t in missing]
        result.update({t.number: a for t, a in zip(missing, found)})
    return result


def level_from_hits(hits: list[Hit], rubric: Rubric) -> tuple[int | None, float, float]:
    """``(level, P, N)`` for a dimension's counted hits."""
    agg = rubric.aggregation
    strong = sum(h.weight for h in hits if h.cue.polarity == "+" and not h.weak)
    weak = min(agg.weak_evidence.max_total, sum(h.weight for h in hits if h.cue.polarity == "+" and h.weak))
    pos = round(strong + weak, 6)
    neg = round(sum(h.weight for h in hits if h.cue.polarity == "-"), 6)
    if pos + neg < agg.min_evidence or pos + neg == 0:
        return None, pos, neg
    score = pos / (pos + neg) * min(1.0, pos / agg.saturation)
    level = 1 + sum(1 for t in agg.thresholds if score >= t)
    return level, pos, neg


def _summary(dim: Dimension, level: int | None, hits: list[Hit]) -> str:
    if level is None:
        if not hits:
            return "Insufficient evidence: no answer narrated this dimension."
        return "Insufficient evidence: only weak or isolated cues."
    plus = sum(1 for h in hits if h.cue.polarity == "+")
    minus = len(hits) - plus
    weak = sum(1 for h in hits if h.weak)
    text = f"Level {level}: {plus} supporting and {minus} contrary cue(s)"
    if weak:
        text += f"; {weak} claim(s) without concrete detail counted as weak evidence"
    return text + f". Anchor: {dim.anchor(level)}"


def score_dimension(dim: Dimension, prepared: dict, rubric: Rubric) -> DimensionScore:
    """Level, evidence and summary for one dimension."""
    hits = dimension_hits(dim, prepared, rubric)
    level, _, _ = level_from_hits(hits, rubric)
    evidence = [Evidence(turn=h.turn, quote=h.quote, cue=h.cue.id, effect=h.cue.polarity) for h in hits]
    return DimensionScore(
        id=dim.id, name=dim.name, level=level, evidence=evidence, summary=_summary(dim, level, hits), anchor=dim.anchor(level)
    )


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


def reframe_question(span: Span) -> str:
    """The analyzer's reframing question for a deflecting span, or a local fallback."""
    fn = getattr(analysis_pkg, "reframe_question", None)
    if fn is not None:
        try:
            question = fn(span)
            if isinstance(question, str) and question.strip():
                return question
        except Exception:  # noqa: BLE001 - a broken helper must not break scoring
            pass
    return _FALLBACK_REFRAMES.get(span.locus, "What was your part in that decision?")


def reframes_for(turns: list[Turn], analyses: dict[int, AnswerAnalysis]) -> list[Reframe]:
    """One reframe per deflecting phrase, in transcript order."""
    out: list[Reframe] = []
    for t in turns:
        a = analyses.get(t.number)
        if t.speaker != "candidate" or a is None:
            continue
        for span in sorted(a.spans, key=lambda s: (s.start, s.end)):
            if is_probe(span.locus):
                out.append(Reframe(turn=t.number, phrase=span.text, locus=span.locus, question=reframe_question(span)))
    return out


def expected_levels(rubric: Rubric, level: str | None) -> dict[str, int]:
    """Calibrated level per dimension for a seniority (``L4``, ``L5``, ``senior``)."""
    if level is None:
        return {}
    return {d.id: getattr(d.calibration, level) for d in rubric.dimensions}


def score_offline(
    turns: list[Turn],
    rubric: Rubric,
    level: str | None = None,
    analyses: dict[int, AnswerAnalysis] | None = None,
) -> Scorecard:
    """Score ``turns`` against ``rubric`` without any model; same input, same output."""
    found = candidate_analyses(turns, analyses)
    prepared = prepare(turns, found, rubric)
    dims = [score_dimension(d, prepared, rubric) for d in rubric.dimensions]
    return Scorecard(
        rubric=rubric.stamp(),
        scorer="offline",
        dimensions=dims,
        overall=overall_from(dims, rubric),
        reframes=reframes_for(turns, found),
        level_expected=expected_levels(rubric, level),
    )
