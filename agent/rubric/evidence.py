"""Find rubric cue hits in candidate sentences (the offline scorer's evidence).

Rules that keep the evidence honest:

* sentences addressed to the grader (``aggregation.ignore_patterns``) are never evidence;
* a sentence repeated word for word counts once;
* a cue counts at most once per answer and ``max_hits_per_cue`` times per transcript,
  so keyword stuffing saturates quickly;
* ``needs_detail`` cues in sentences without concrete words are weak evidence, and so are
  all of them in an answer made mostly of claim vocabulary (``weak_evidence.max_claim_ratio``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from agent.analysis.models import AnswerAnalysis
from agent.rubric.model import Condition, Cue, Dimension, Rubric, compile_pattern
from agent.rubric.relevance import off_topic_turns
from agent.rubric.sentences import Sentence, claim_ratio, normalise, specific_words, split_sentences
from agent.transcript.models import Turn

MAX_QUOTE = 300


@dataclass(frozen=True)
class CandidateSentence:
    """A scorable sentence: its text, the analyzer loci inside it, and whether it is concrete."""

    sentence: Sentence
    loci: frozenset[str]
    concrete: bool


@dataclass(frozen=True)
class Hit:
    """One counted cue hit."""

    turn: int
    start: int
    quote: str
    cue: Cue
    weight: float
    weak: bool


@lru_cache(maxsize=4096)
def _rx(pattern: str) -> re.Pattern[str]:
    return compile_pattern(pattern)


def _any_pattern(patterns: list[str], text: str) -> bool:
    return any(_rx(p).search(text) for p in patterns)


def _addresses_grader(patterns: list[str], text: str) -> bool:
    """Grader-addressed text, also when spelled in look-alike (full-width, ligature) characters."""
    return _any_pattern(patterns, text) or _any_pattern(patterns, unicodedata.normalize("NFKC", text))


def prepare(turns: list[Turn], analyses: dict[int, AnswerAnalysis], rubric: Rubric) -> dict[int, list[CandidateSentence]]:
    """Candidate sentences per turn number, minus off-topic answers, grader-addressed and repeated sentences."""
    agg = rubric.aggregation
    vocab = frozenset(w.lower() for w in agg.weak_evidence.vocabulary)
    off_topic = off_topic_turns(turns, rubric)
    seen: set[str] = set()
    out: dict[int, list[CandidateSentence]] = {}
    for turn in turns:
        if turn.speaker != "candidate":
            continue
        if turn.number in off_topic:
            out[turn.number] = []
            continue
        analysis = analyses.get(turn.number)
        spans = analysis.spans if analysis is not None and analysis.text == turn.text else []
        kept: list[CandidateSentence] = []
        sentences = [s for s in split_sentences(turn.number, turn.text) if not _addresses_grader(agg.ignore_patterns, s.text)]
        limit = agg.weak_evidence.max_claim_ratio
        stuffed = limit is not None and claim_ratio(" ".join(s.text for s in sentences), vocab) > limit
        for sent in sentences:
            key = normalise(sent.text)
            if not key or key in seen:
                continue
            seen.add(key)
            loci = frozenset(s.locus for s in spans if sent.start <= s.start < sent.end)
            concrete = not stuffed and specific_words(sent.text, vocab) >= agg.weak_evidence.min_specific_words
            kept.append(CandidateSentence(sentence=sent, loci=loci, concrete=concrete))
        out[turn.number] = kept
    return out


def _holds(cond: Condition, sent: CandidateSentence, turn_sents: list[CandidateSentence], turn_text: str) -> bool:
    """``turn_text`` holds only the turn's scorable sentences: ignored text cannot satisfy a condition."""
    if cond.scope == "sentence":
        return bool(sent.loci & set(cond.loci)) or _any_pattern(cond.patterns, sent.sentence.text)
    return any(s.loci & set(cond.loci) for s in turn_sents) or _any_pattern(cond.patterns, turn_text)


def quote_for(cue: Cue, sent: CandidateSentence) -> tuple[int, str]:
    """``(offset, quote)``: the sentence, or for a very long one a word-aligned window around the match."""
    text = sent.sentence.text
    if len(text) <= MAX_QUOTE:
        return sent.sentence.start, text
    found = [m.start() for p in cue.triggers.patterns if (m := _rx(p).search(text))]
    centre = min(found) if found else 0
    lo = max(0, centre - MAX_QUOTE // 3)
    hi = min(len(text), lo + MAX_QUOTE)
    lo = text.rfind(" ", 0, lo) + 1 if lo > 0 else 0
    cut = text.rfind(" ", lo, hi) if hi < len(text) else hi
    hi = cut if cut > lo else hi
    window = text[lo:hi].strip()
    return sent.sentence.start + lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip())), window


def _fires(cue: Cue, sent: CandidateSentence) -> bool:
    trig = cue.triggers
    return bool(sent.loci & set(trig.loci)) or _any_pattern(trig.patterns, sent.sentence.text)


def dimension_hits(dim: Dimension, prepared: dict[int, list[CandidateSentence]], rubric: Rubric) -> list[Hit]:
    """Counted hits for one dimension, in transcript order."""
    agg = rubric.aggregation
    texts = {n: " ".join(s.sentence.text for s in sents) for n, sents in prepared.items()}
    counts: dict[str, int] = {}
    hits: list[Hit] = []
    for number in sorted(prepared):
        sents = prepared[number]
        for cue in dim.cues:
            if counts.get(cue.id, 0) >= agg.max_hits_per_cue:
                continue
            chosen: CandidateSentence | None = None
            for sent in sents:
                if not _fires(cue, sent):
                    continue
                if cue.requires is not None and not _holds(cue.requires, sent, sents, texts[number]):
                    continue
                if cue.unless is not None and _holds(cue.unless, sent, sents, texts[number]):
                    continue
                if chosen is None or (sent.concrete and not chosen.concrete):
                    chosen = sent
                if chosen.concrete or not cue.needs_detail:
                    break  # a cue counts once per answer: keep the first concrete sentence
            if chosen is None:
                continue
            weak = cue.needs_detail and not chosen.concrete
            weight = cue.weight * (agg.weak_evidence.factor if weak else 1.0)
            start, quote = quote_for(cue, chosen)
            hits.append(Hit(number, start, quote, cue, weight, weak))
            counts[cue.id] = counts.get(cue.id, 0) + 1
    hits.sort(key=lambda h: (h.turn, h.start, h.cue.polarity, h.cue.id))
    return hits
