"""LLM judge: scores a transcript against a rubric, citing verbatim candidate evidence.

Per dimension and sample the model returns evidence first, then reasoning, then
the level (a structured output).  Every quote must be an exact substring of a
candidate turn (the turn number is corrected when the words sit in another
candidate turn); invalid quotes are dropped, and a sample that loses all its
evidence is asked once more.  A level without surviving evidence becomes
``None``.  Samples are reduced by their median.  Any dimension that cannot be
judged at all raises :class:`LLMUnavailable`, so the rubric scorer falls back to
the offline scorecard.
"""

from __future__ import annotations

import asyncio
import json
import statistics
from typing import Literal

from pydantic import BaseModel

from agent.llm.client import LLMClient, LLMUnavailable
from agent.llm.prompts import as_data, prompt
from agent.llm.structured import structured
from agent.rubric.model import Dimension, Rubric, compile_pattern
from agent.rubric.scorecard import DimensionScore, Evidence, Scorecard
from agent.rubric.scorer import overall_from
from agent.transcript.models import Turn

MAX_EVIDENCE = 6
MIN_QUOTE_CHARS = 4
JUDGE_CUE = "llm_judge"


class Quote(BaseModel):
    turn: int
    quote: str
    effect: Literal["+", "-"]


class DimensionJudgement(BaseModel):
    """Schema the model fills, in this order: evidence, reasoning, level."""

    evidence: list[Quote]
    reasoning: str
    level: Literal[1, 2, 3, 4, 5] | None


def verified(quotes: list[Quote], turns: list[Turn], ignore: list[str] | None = None) -> list[Evidence]:
    """Quotes that are verbatim in a candidate turn (turn number fixed if needed), deduplicated."""
    candidate = {t.number: t.text for t in turns if t.speaker == "candidate"}
    skip = [compile_pattern(p) for p in (ignore or [])]
    out: list[Evidence] = []
    seen: set[tuple[int, str]] = set()
    for q in quotes:
        text = q.quote.strip().strip("\"'\u201c\u201d").strip(" .\u2026").strip()
        if len(text) < MIN_QUOTE_CHARS or any(p.search(text) for p in skip):
            continue
        turn = q.turn if text in candidate.get(q.turn, "") else next((n for n, t in candidate.items() if text in t), None)
        if turn is None or (turn, text) in seen:
            continue
        seen.add((turn, text))
        out.append(Evidence(turn=turn, quote=text, cue=JUDGE_CUE, effect=q.effect))
    return out


def transcript_data(turns: list[Turn]) -> str:
    rows = [{"turn": t.number, "speaker": t.speaker, "text": t.text} for t in turns]
    return as_data("transcript", json.dumps(rows, ensure_ascii=False, indent=0))


class _Sample(BaseModel):
    level: int | None
    evidence: list[Evidence]
    reasoning: str


class LLMJudge:
    """``await LLMJudge(client).judge(turns, rubric)`` -> a ``Scorecard`` with ``scorer="llm"``."""

    name = "llm"

    def __init__(self, client: LLMClient, *, samples: int | None = None, concurrency: int = 3) -> None:
        self.client = client
        self.samples = samples or client.settings.judge_samples
        self.concurrency = concurrency
        self._limit = asyncio.Semaphore(concurrency)

    async def judge(self, turns: list[Turn], rubric: Rubric) -> Scorecard:
        """Score every dimension; raises ``LLMUnavailable`` when one cannot be judged."""
        if not any(t.speaker == "candidate" and t.text.strip() for t in turns):
            raise LLMUnavailable("no candidate answers to judge")
        self._limit = asyncio.Semaphore(self.concurrency)  # bound to this call's event loop
        dims = await asyncio.gather(*(self._dimension(turns, rubric, d) for d in rubric.dimensions))
        return Scorecard(rubric=rubric.stamp(), scorer="llm", dimensions=list(dims), overall=overall_from(list(dims), rubric))

    async def _dimension(self, turns: list[Turn], rubric: Rubric, dim: Dimension) -> DimensionScore:
        messages = self._messages(turns, dim)
        ignore = rubric.aggregation.ignore_patterns
        results = await asyncio.gather(*(self._sample(messages, turns, ignore) for _ in range(self.samples)))
        samples = [s for s in results if s is not None]
        if not samples:
            raise LLMUnavailable(f"the judge could not score {dim.id}")
        levels = [s.level for s in samples if s.level is not None]
        level = statistics.median_low(levels) if len(levels) * 2 > len(samples) else None
        chosen = [s for s in samples if s.level == level] or samples
        evidence: list[Evidence] = []
        for s in chosen:
            evidence += [e for e in s.evidence if (e.turn, e.quote) not in {(x.turn, x.quote) for x in evidence}]
        return DimensionScore(
            id=dim.id,
            name=dim.name,
            level=level,
            evidence=sorted(evidence[:MAX_EVIDENCE], key=lambda e: e.turn),
            summary=chosen[0].reasoning.strip()[:600],
            anchor=dim.anchor(level),
        )

    async def _sample(self, messages: list[dict[str, str]], turns: list[Turn], ignore: list[str]) -> _Sample | None:
        for attempt in range(2):
            ask = messages if attempt == 0 else [*messages, {"role": "user", "content": prompt("judge_retry")}]
            try:
                async with self._limit:
                    got = await structured(self.client, "judge", ask, DimensionJudgement, name="dimension_judgement")
            except LLMUnavailable:
                return None
            evidence = verified(got.evidence, turns, ignore)
            if evidence or not got.evidence:
                break  # nothing was cited, or something survived: no need to ask again
        level = got.level if evidence else None
        return _Sample(level=level, evidence=evidence, reasoning=got.reasoning)

    def _messages(self, turns: list[Turn], dim: Dimension) -> list[dict[str, str]]:
        levels = "\n".join(f"{lv.score}: {lv.anchor}" for lv in sorted(dim.levels, key=lambda lv: lv.score))
        system = prompt(
            "judge", dimension_name=dim.name, dimension_id=dim.id, dimension_description=dim.definition, levels=levels
        )
        return [{"role": "system", "content": system}, {"role": "user", "content": transcript_data(turns)}]

