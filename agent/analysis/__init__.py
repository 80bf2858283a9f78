"""Decision-locus analysis: who holds each decision a candidate narrates.

``analyze(text)`` is the stable entry point used by the graph, the scorer, the
CLI and the TUI; ``analyze_many(texts)`` batches many texts through the parser.
``warmup()`` loads the spaCy pipeline ahead of time (call it from a background
thread so the UI opens instantly).  ``reframe_question(span)`` is the question
that helps a candidate re-tell a deflecting phrase honestly.
"""

from agent.analysis.analyzer import (
    analyze,
    analyze_many,
    analyze_stream,
    analyze_with_clean_docs,
    analyze_with_docs,
    parse_clean_many,
    parse_many,
    warmup,
)
from agent.analysis.models import LOCI, PROBE_LOCI, AnswerAnalysis, Locus, SentenceResult, Span, is_probe
from agent.analysis.reframe import reframe_question

__all__ = [
    "LOCI",
    "PROBE_LOCI",
    "AnswerAnalysis",
    "Locus",
    "SentenceResult",
    "Span",
    "analyze",
    "analyze_many",
    "analyze_stream",
    "analyze_with_clean_docs",
    "analyze_with_docs",
    "is_probe",
    "parse_clean_many",
    "parse_many",
    "reframe_question",
    "warmup",
]
