"""Bridge used by the interview graph: score a finished transcript with a rubric file."""

from __future__ import annotations

import inspect
from pathlib import Path

from agent import paths
from agent.analysis.models import AnswerAnalysis
from agent.rubric.scorecard import DimensionScore, Evidence, Overall, Scorecard
from agent.transcript.models import Turn


def _interim(turns: list[Turn], analyses: dict[int, AnswerAnalysis]) -> Scorecard:
    """Minimal locus-count scorecard used until the rubric scorer is available."""
    own, away = [], []
    for number, analysis in sorted(analyses.items()):
        for span in analysis.spans:
            (own if span.locus == "self" else away).append(Evidence(turn=number, quote=span.text, cue=span.cue,
                                                                    effect="+" if span.locus == "self" else "-"))
    level = None if not (own or away) else max(1, min(5, 3 + len(own) - len(away)))
    dims = [DimensionScore(id=i, name=n, level=level, evidence=own + away) for i, n in
            (("judgment", "Judgment"), ("ownership", "Ownership"), ("independence", "Operating independently"))]
    return Scorecard(rubric={"id": "interim", "version": "0"}, dimensions=dims,
                     overall=Overall(level=float(level) if level else None, recommendation="n/a"))


_RUBRICS: dict[tuple[str, int, int], object] = {}


def _cached_rubric(load_rubric, path: Path):
    """Parse each rubric file once per process (round-trip YAML parsing is slow); edits reload."""
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError:
        return load_rubric(path)  # let the loader report the problem
    if key not in _RUBRICS:
        _RUBRICS[key] = load_rubric(path)
    return _RUBRICS[key]


async def score_for_session(turns: list[Turn], analyses: dict[int, AnswerAnalysis], *,
                            rubric_path: Path | None = None, judge: object | None = None,
                            level: str | None = None) -> Scorecard:
    """Load the rubric and score; the rubric scorer falls back offline itself if the judge fails."""
    try:
        from agent.rubric.loader import load_rubric
        from agent.rubric.scoring import score
    except ImportError:
        return _interim(turns, analyses)
    rubric = _cached_rubric(load_rubric, Path(rubric_path or paths.default_rubric_path()))
    result = score(turns, rubric, level=level, analyses=analyses, judge=judge)
    if inspect.isawaitable(result):
        result = await result
    return result
