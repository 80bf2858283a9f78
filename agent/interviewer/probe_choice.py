"""Rank every deflecting phrase of an answer the way an interviewer would.

Each probe-worthy span is quoted as its whole decision clause and weighed by who
holds the decision and what the decision was (``deflection.weigh``).  The top
candidate is the one to probe; the others are kept so the saved reason can say
why this one was chosen over them.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent.analysis.models import AnswerAnalysis, Span
from agent.interviewer.deflection import HOLDER_LABEL, Weighing, weigh
from agent.interviewer.quoting import Quote, decision_quote


@dataclass(frozen=True)
class Candidate:
    """A deflecting span, the clause a probe would quote, and how much it weighs."""

    span: Span
    quote: Quote
    weighing: Weighing

    @property
    def score(self) -> float:
        return self.weighing.score

    def summary(self) -> dict:
        """A compact, JSON-ready record for the saved reason."""
        w = self.weighing
        return {
            "phrase": self.span.text,
            "quote": self.quote.text,
            "locus": self.span.locus,
            "kind": w.kind,
            "holder": HOLDER_LABEL[w.holder],
            "stakes": w.stakes,
            "score": w.score,
        }


def rank_candidates(analysis: AnswerAnalysis) -> list[Candidate]:
    """Probe-worthy spans, strongest first (ties: the analyzer's main span, then text order)."""
    found: list[Candidate] = []
    for span in analysis.probe_spans():
        quote = decision_quote(analysis, span)
        before = analysis.text[max(0, quote.start - 40) : quote.start]
        found.append(Candidate(span=span, quote=quote, weighing=weigh(span, quote.text, before)))
    main = analysis.main
    found.sort(key=lambda c: (-c.score, 0 if main is not None and c.span == main else 1, c.span.start))
    kept: list[Candidate] = []
    for cand in found:  # a span inside a stronger candidate's quote is the same decision
        if any(k.quote.start <= cand.span.start and cand.span.end <= k.quote.end for k in kept):
            continue
        kept.append(cand)
    return kept


def _describe(c: Candidate) -> str:
    w = c.weighing
    what = "a minor step" if w.stakes == "minor" else f"a {w.stakes} decision"
    if w.action and w.stakes == "key":
        what += f" ({w.action})"
    return f"{HOLDER_LABEL[w.holder]} on {what}, score {w.score:g}"


def why_chosen(chosen: Candidate, others: list[Candidate]) -> str:
    """One sentence saying why ``chosen`` was probed rather than ``others``."""
    if not others:
        return f"{_describe(chosen)}; the only deflection in the answer"
    beaten = others[0]
    relation = "ties with and comes before" if beaten.score == chosen.score else "ranked above"
    return f"{_describe(chosen)}; {relation} \u201c{beaten.quote.text}\u201d ({_describe(beaten)})"
