"""LLM judge: scores a transcript against a rubric, citing verbatim candidate evidence.

Per dimension and sample the model returns evidence first, then reasoning, then
the level (a structured output).  Each quote is matched to a candidate turn the
way every quote in Locus is (:mod:`agent.llm.quotes`: typographic quotes and
spacing normalised); a quote that is not there word for word is replaced by the
candidate sentence it paraphrases when the similarity is high, otherwise
dropped, and a sample that loses all its evidence is asked once more.  Samples
are reduced by their median.

The model gets the same scaffolding as the offline scorer: the story reader's
segmentation of the transcript (:func:`agent.stories.read_transcript`) with each
behavioural story's key decision, who holds it, and its signals, as pointers to
where to look; every level must still rest on quotes from the transcript.

Works on one-slot local servers: requests go through the client's concurrency
limit (one at a time for a local endpoint), and the transcript is fitted to the
model's context (:mod:`agent.llm.judge_context`); a server that still reports a
context overflow gets one more try with half the budget.

Fallback is per dimension: a dimension gets the model's level only when the
model delivered one backed by verified evidence; the others take the offline
scorer's level, and the card's notice says which is which.  A card where no
dimension has verified evidence raises :class:`LLMUnavailable`, so the rubric
scorer falls back offline as a whole, with its notice.
"""

from __future__ import annotations

import asyncio
import re
import statistics
from typing import Literal

from pydantic import BaseModel

from agent.llm.client import LLMClient, LLMUnavailable
from agent.llm.judge_context import ContextOverflow, Fitted, fit_transcript, story_notes
from agent.llm.prompts import prompt
from agent.llm.quotes import locate, nearest_sentence, trim_quote
from agent.llm.structured import REPAIR_ECHO_CHARS, structured
from agent.llm.tokens import estimate_tokens
from agent.rubric.model import Dimension, Rubric, compile_pattern
from agent.rubric.scorecard import DimensionScore, Evidence, Scorecard
from agent.rubric.scorer import overall_from
from agent.rubric.slow_patterns import score_offline_bounded
from agent.stories import TranscriptReading, read_transcript
from agent.transcript.models import Turn

MAX_EVIDENCE = 6
MIN_QUOTE_CHARS = 4
JUDGE_CUE = "llm_judge"
PARAPHRASE_CUE = "llm_judge_nearest"
SCHEMA_HINT_TOKENS = 200  # the JSON Schema added to the prompt in JSON mode
_WINDOW = re.compile(
    r"(?:context (?:window|length|size) (?:of|is)|maximum context length is|n_ctx[ =:]+)\s*(\d{3,7})", re.I
)
_CONTEXT_WORDS = re.compile(r"context|n_ctx|too long|too many tokens|maximum.{0,20}tokens|exceed", re.I)


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
    """Quotes found in a candidate turn (turn number fixed if needed), as the candidate's exact words."""
    candidate = {t.number: t.text for t in turns if t.speaker == "candidate"}
    skip = [compile_pattern(p) for p in (ignore or [])]
    out: list[Evidence] = []
    seen: set[tuple[int, str]] = set()
    for q in quotes:
        text = trim_quote(q.quote)
        if len(text) < MIN_QUOTE_CHARS or any(p.search(text) for p in skip):
            continue
        found = _find(text, q.turn, candidate)
        if found is None:
            continue
        turn, exact, cue = found
        if (turn, exact) in seen or any(p.search(exact) for p in skip):
            continue
        seen.add((turn, exact))
        out.append(Evidence(turn=turn, quote=exact, cue=cue, effect=q.effect))
    return out


def _find(text: str, claimed: int, candidate: dict[int, str]) -> tuple[int, str, str] | None:
    order = [claimed, *(n for n in candidate if n != claimed)] if claimed in candidate else list(candidate)
    for number in order:
        exact = locate(text, candidate[number])
        if exact:
            return number, exact, JUDGE_CUE
    for number in order:
        sentence = nearest_sentence(text, candidate[number])
        if sentence:
            return number, sentence, PARAPHRASE_CUE
    return None


class _Sample(BaseModel):
    level: int | None
    evidence: list[Evidence]
    reasoning: str


class _Outcome(BaseModel):
    score: DimensionScore | None = None
    why_not: str = ""
    context: int | None = None  # the context size a server said it has, after an overflow


class LLMJudge:
    """``await LLMJudge(client).judge(turns, rubric)`` -> a ``Scorecard`` with ``scorer="llm"``."""

    name = "llm"

    def __init__(self, client: LLMClient, *, samples: int | None = None) -> None:
        self.client = client
        self.samples = samples or client.settings.judge_samples

    async def judge(self, turns: list[Turn], rubric: Rubric) -> Scorecard:
        """Score every dimension; raises ``LLMUnavailable`` when none could be judged with verified evidence."""
        if not any(t.speaker == "candidate" and t.text.strip() for t in turns):
            raise LLMUnavailable("no candidate answers to judge")
        skip = [compile_pattern(p) for p in rubric.aggregation.ignore_patterns]
        reading = read_transcript(turns, ignore=lambda text: any(p.search(text) for p in skip))
        notes = story_notes(reading)
        fitted = self._fit(turns, rubric, reading, notes)
        outcomes = await self._all(turns, rubric, reading, notes, fitted)
        if all(o.score is None for o in outcomes):
            reasons = sorted({o.why_not for o in outcomes})
            raise LLMUnavailable("the judge gave no verified evidence (" + "; ".join(reasons) + ")")
        offline = None
        dims: list[DimensionScore] = []
        fell: list[str] = []
        for dim, outcome in zip(rubric.dimensions, outcomes, strict=True):
            if outcome.score is not None:
                dims.append(outcome.score)
                continue
            offline = offline or score_offline_bounded(turns, rubric)
            own = next(d for d in offline.dimensions if d.id == dim.id)
            dims.append(
                own.model_copy(update={"summary": f"Scored offline ({outcome.why_not}). {own.summary}".strip()})
            )
            fell.append(f"{dim.name} ({outcome.why_not})")
        notice = self._notice(rubric, outcomes, fell, fitted)
        return Scorecard(
            rubric=rubric.stamp(), scorer="llm", dimensions=dims, overall=overall_from(dims, rubric), notice=notice
        )

    @property
    def reply_tokens(self) -> int:
        """Token cap of one judge answer: the setting, but never more than a quarter of the context."""
        settings = self.client.settings
        return min(settings.max_tokens_for("judge"), settings.context_window // 4)

    def _fit(
        self,
        turns: list[Turn],
        rubric: Rubric,
        reading: TranscriptReading,
        notes: str,
        *,
        window: int | None = None,
        shrink: float = 1.0,
    ) -> Fitted:
        """The transcript cut to what is left of the context after prompt, story notes, answer and one repair."""
        system = max(estimate_tokens(self._system(d)) for d in rubric.dimensions) + SCHEMA_HINT_TOKENS
        echo = min(self.reply_tokens, estimate_tokens("x" * REPAIR_ECHO_CHARS))  # the bad reply sent back for repair
        reserve = self.reply_tokens + echo + estimate_tokens(prompt("judge_retry")) + 250
        budget = (window or self.client.settings.context_window) - system - reserve - estimate_tokens(notes)
        try:
            return fit_transcript(turns, max(int(budget * shrink), 0), reading)
        except ContextOverflow as exc:
            raise LLMUnavailable(f"{exc}; raise context_tokens if the server allows more") from None

    async def _all(
        self, turns: list[Turn], rubric: Rubric, reading: TranscriptReading, notes: str, fitted: Fitted
    ) -> list[_Outcome]:
        outcomes = await asyncio.gather(*(self._dimension(turns, rubric, d, fitted, notes) for d in rubric.dimensions))
        overflow = [o for o in outcomes if o.why_not == "context overflow"]
        if overflow:
            # the server's own figure when it gave one, else our estimate was low: half the transcript budget
            told = [n for o in overflow if (n := o.context) is not None]
            window = min(told) if told else None
            shrink = 1.0 if window is not None and window < self.client.settings.context_window else 0.5
            smaller = self._fit(turns, rubric, reading, notes, window=window, shrink=shrink)
            redo = [d for d, o in zip(rubric.dimensions, outcomes, strict=True) if o.why_not == "context overflow"]
            again = iter(await asyncio.gather(*(self._dimension(turns, rubric, d, smaller, notes) for d in redo)))
            outcomes = [next(again) if o.why_not == "context overflow" else o for o in outcomes]
            fitted.dropped_design, fitted.clipped, fitted.dropped_story = (
                smaller.dropped_design,
                smaller.clipped,
                smaller.dropped_story,
            )
        return list(outcomes)

    def _notice(self, rubric: Rubric, outcomes: list[_Outcome], fell: list[str], fitted: Fitted) -> str:
        parts = []
        if fell:
            judged = [d.name for d, o in zip(rubric.dimensions, outcomes, strict=True) if o.score is not None]
            parts.append(f"Scored by the LLM: {', '.join(judged)}. Scored offline: {', '.join(fell)}.")
        if fitted.trimmed:
            parts.append(f"The transcript was cut to fit the model's context ({fitted.describe()}).")
        return " ".join(parts)

    async def _dimension(
        self, turns: list[Turn], rubric: Rubric, dim: Dimension, fitted: Fitted, notes: str
    ) -> _Outcome:
        messages = [
            {"role": "system", "content": self._system(dim)},
            {"role": "user", "content": f"{fitted.data}\n\n{notes}"},
        ]
        ignore = rubric.aggregation.ignore_patterns
        results = await asyncio.gather(*(self._sample(messages, turns, ignore) for _ in range(self.samples)))
        samples = [s for s in results if isinstance(s, _Sample)]
        if not samples:
            why = next((r for r in results if isinstance(r, str)), "no answer")
            told = [int(m.group(1)) for r in results if isinstance(r, str) and (m := _WINDOW.search(r))]
            return _Outcome(why_not=why.split(":")[0], context=min(told) if told else None)
        levels = [s.level for s in samples if s.level is not None]
        level = statistics.median_low(levels) if len(levels) * 2 > len(samples) else None
        chosen = [s for s in samples if s.level == level] or samples
        evidence: list[Evidence] = []
        for s in chosen:
            evidence += [e for e in s.evidence if (e.turn, e.quote) not in {(x.turn, x.quote) for x in evidence}]
        if level is None or not evidence:
            return _Outcome(
                why_not="no verified quotes"
                if level is not None or not any(s.evidence for s in samples)
                else "no level"
            )
        score = DimensionScore(
            id=dim.id,
            name=dim.name,
            level=level,
            evidence=sorted(evidence[:MAX_EVIDENCE], key=lambda e: e.turn),
            summary=chosen[0].reasoning.strip()[:600],
            anchor=dim.anchor(level),
        )
        return _Outcome(score=score)

    async def _sample(self, messages: list[dict[str, str]], turns: list[Turn], ignore: list[str]) -> _Sample | str:
        got = None
        evidence: list[Evidence] = []
        for attempt in range(2):
            ask = messages if attempt == 0 else [*messages, {"role": "user", "content": prompt("judge_retry")}]
            try:
                got = await structured(
                    self.client,
                    "judge",
                    ask,
                    DimensionJudgement,
                    name="dimension_judgement",
                    max_tokens=self.reply_tokens,
                )
            except LLMUnavailable as exc:
                said = f"{exc} {exc.detail}"
                if exc.status == 400 and _CONTEXT_WORDS.search(said):
                    window = _WINDOW.search(said)
                    return f"context overflow: {window.group(0)}" if window else "context overflow"
                return "model unavailable" if got is None else "no verified quotes"
            evidence = verified(got.evidence, turns, ignore)
            if evidence or not got.evidence:
                break  # nothing was cited, or something survived: no need to ask again
        level = got.level if evidence else None
        return _Sample(level=level, evidence=evidence, reasoning=got.reasoning)

    def _system(self, dim: Dimension) -> str:
        levels = "\n".join(f"{lv.score}: {lv.anchor}" for lv in sorted(dim.levels, key=lambda lv: lv.score))
        return prompt(
            "judge", dimension_name=dim.name, dimension_id=dim.id, dimension_description=dim.definition, levels=levels
        )
