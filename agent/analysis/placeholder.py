"""Temporary phrase detector (replaced by the parser-based analyzer)."""

from __future__ import annotations

import re

from agent.analysis.models import AnswerAnalysis, SentenceResult, Span, is_probe

_RULES: list[tuple[str, str, str]] = [
    ("authority", "manager_approved", r"\b(?:my|our|the)\s+(?:manager|lead|director|vp|boss|architect)\s+(?:approved|decided|signed off|told me|wanted)\b[^.]*"),
    ("authority", "approval_from", r"\b(?:approval|sign-off|permission)\s+from\b[^.]*"),
    ("group", "we_aligned", r"\bwe\s+(?:aligned|agreed|got buy-in|decided)\b[^.]*"),
    ("group", "team_decided", r"\bthe\s+(?:team|group|retro|stakeholders)\s+(?:decided|agreed)\b[^.]*"),
    ("process", "per_runbook", r"\bper\s+the\s+(?:runbook|policy|process)\b[^.]*"),
    ("agentless", "passive_decided", r"\b(?:it|the \w+)\s+was\s+(?:decided|approved|agreed)\b[^.]*"),
    ("hedged", "ended_up", r"\bwe\s+(?:kind of|sort of|somehow)\s+(?:ended up|landed on|wound up)\b[^.]*"),
    ("self", "i_decided", r"\bI\s+(?:decided|chose|made the call|rolled back|shipped|picked)\b[^.]*"),
]
_COMPILED = [(loc, cue, re.compile(p, re.IGNORECASE if loc != "self" else 0)) for loc, cue, p in _RULES]


def warmup() -> None:
    """Nothing to load for the placeholder."""


def analyze(text: str) -> AnswerAnalysis:
    """Find decision phrases with regular expressions (placeholder)."""
    spans: list[Span] = []
    for locus, cue, rx in _COMPILED:
        for m in rx.finditer(text):
            spans.append(Span(start=m.start(), end=m.end(), text=m.group(0), locus=locus, cue=cue))
    spans.sort(key=lambda s: s.start)
    main = next((s for s in spans if is_probe(s.locus)), spans[0] if spans else None)
    locus = main.locus if main else "none"
    sentence = SentenceResult(start=0, end=len(text), text=text, locus=locus, probe=is_probe(locus), spans=spans)
    return AnswerAnalysis(text=text, locus=locus, probe=is_probe(locus), spans=spans, sentences=[sentence], main=main)
