"""One sentence's verdict: the winning locus, its spans and whether the rules may have misread it."""

from __future__ import annotations

from agent.analysis import arbitrate, cues, hedging, lexicon
from agent.analysis.events import Event
from agent.analysis.lemmas import lemma
from agent.analysis.models import SentenceResult, Span, is_probe
from agent.analysis.sentence_shape import is_design

_BACKSTOP_CUES = frozenset(c for _, _, c, _ in cues.BACKSTOP)
_DECISION_WORDS = lexicon.DECISION_VERBS | frozenset({"decision", "call", "choice", "approval", "sign-off"})


def sentence_result(
    sent, events: list[Event], original: str, candidates: list[int] | None = None
) -> tuple[SentenceResult, Event | None]:
    """Verdict for one sentence, every span kept; texts are cut from ``original`` (the caller's text).

    ``uncertain`` marks sentences the rules may have misread: a weak or tied winner, a backstop-only
    verdict, or no decision found although a decision verb is there (outside a design proposal).
    """
    top = arbitrate.best(events, sent.text)
    hedging.settle(events, sent)
    locus = top.locus if top else "none"
    ranked = sorted(events, key=Event.key, reverse=True)
    uncertain = bool(
        top is not None
        and (
            top.strength <= 1
            or top.cue in _BACKSTOP_CUES
            or (
                len(ranked) > 1
                and ranked[1].key()[:2] == top.key()[:2]
                and is_probe(ranked[1].locus) != is_probe(locus)
            )
        )
    )
    if top is None and candidates and not is_design(sent):
        doc = sent.doc
        uncertain = any(lemma(doc[i].lower_) in _DECISION_WORDS for i in candidates)
    spans = _spans(original, events)
    result = SentenceResult.model_construct(
        start=sent.start_char,
        end=sent.end_char,
        text=original[sent.start_char : sent.end_char],
        locus=locus,
        probe=is_probe(locus),
        spans=spans,
        uncertain=uncertain,
        act="narration",
    )
    return result, top


def silent_result(sent, original: str, act: str) -> SentenceResult:
    """A sentence that narrates no decision because of what it does (a question, a sign-off)."""
    return SentenceResult.model_construct(
        start=sent.start_char,
        end=sent.end_char,
        text=original[sent.start_char : sent.end_char],
        locus="none",
        probe=False,
        spans=[],
        uncertain=False,
        act=act,
    )


def _spans(text: str, events: list[Event]) -> list[Span]:
    seen: set[tuple[int, int, str]] = set()
    spans = []
    for e in sorted(events, key=lambda e: (e.start, e.end)):
        k = (e.start, e.end, e.locus)
        if k in seen or e.end <= e.start:
            continue
        seen.add(k)
        spans.append(
            Span.model_construct(start=e.start, end=e.end, text=text[e.start : e.end], locus=e.locus, cue=e.cue)
        )
    return spans
