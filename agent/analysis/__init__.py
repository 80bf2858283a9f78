"""Decision-locus analysis: who holds each decision a candidate narrates.

``analyze(text)`` is the stable entry point used by the graph, the scorer, the
CLI and the TUI.  ``warmup()`` loads heavy models ahead of time (call it from a
background thread so the UI opens instantly).
"""

from agent.analysis.models import LOCI, PROBE_LOCI, AnswerAnalysis, Locus, SentenceResult, Span, is_probe
from agent.analysis.placeholder import analyze, warmup

__all__ = [
    "LOCI",
    "PROBE_LOCI",
    "AnswerAnalysis",
    "Locus",
    "SentenceResult",
    "Span",
    "analyze",
    "is_probe",
    "warmup",
]
