"""A rubric's own regex cues, read as extra story signals (a cue's id is its signal key).

Every pattern goes through ``compile_pattern`` (the bounded engine); a cue fires in a
behavioural sentence on its trigger loci or patterns, subject to ``requires``/``unless`` over the
sentence or its whole answer.  Sentences addressed to the grader never reach this reader.
"""

from __future__ import annotations

from functools import lru_cache

from agent.rubric.model import Condition, Cue, Rubric, compile_pattern
from agent.stories.build import CueSentence


@lru_cache(maxsize=4096)
def _rx(pattern: str):
    return compile_pattern(pattern)


def _matches(patterns: list[str], text: str):
    for p in patterns:
        m = _rx(p).search(text)
        if m is not None:
            return m
    return None


def _holds(cond: Condition, sent: CueSentence) -> bool:
    if cond.scope == "sentence":
        return bool(set(cond.loci) & sent.loci) or _matches(cond.patterns, sent.text) is not None
    return bool(set(cond.loci) & sent.answer_loci) or _matches(cond.patterns, sent.answer_text) is not None


def _fires(cue: Cue, sent: CueSentence) -> tuple[int, int] | None:
    m = _matches(cue.triggers.patterns, sent.text)
    if m is not None:
        return m.start(), m.end()
    if set(cue.triggers.loci) & sent.loci:
        return 0, len(sent.text)
    return None


def cue_reader(rubric: Rubric):
    """A reader for ``read_transcript(extra=...)``: ``(key, start, end)`` hits of every cue in a sentence."""
    cues = [c for d in rubric.dimensions for c in d.cues]
    if not cues:
        return None

    def read(sent: CueSentence) -> list[tuple[str, int, int]]:
        hits = []
        for cue in cues:
            where = _fires(cue, sent)
            if where is None:
                continue
            if cue.requires is not None and not _holds(cue.requires, sent):
                continue
            if cue.unless is not None and _holds(cue.unless, sent):
                continue
            hits.append((cue.id, *where))
        return hits

    return read


def cue_weights(rubric: Rubric) -> dict[str, dict[str, float]]:
    """Per dimension, the weight of each of its cues (``+``/``-`` by polarity)."""
    return {d.id: {c.id: (c.weight if c.polarity == "+" else -c.weight) for c in d.cues} for d in rubric.dimensions}
