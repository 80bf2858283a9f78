"""Optional LLM second opinion for sentences the rule-based analyzer marks ``uncertain``.

Only sentences the analyzer flags ``uncertain`` are sent.  Sentences whose spans come from negation or quotation handling
are never relabelled: those rules always win.  The model answers with one of the
seven locus labels through a structured output; any failure leaves the offline
analysis untouched.
"""

from __future__ import annotations

import asyncio
from typing import Literal

from pydantic import BaseModel, Field

from agent.analysis.models import AnswerAnalysis, SentenceResult, Span, is_probe
from agent.llm.client import LLMClient, LLMUnavailable
from agent.llm.prompts import PromptError, as_data, prompt
from agent.llm.settings import LLMSettings
from agent.llm.structured import structured

MAX_SENTENCES = 6
# Cues from negation ("did_not_ask", "did_not_defer") or quotation handling: the rules always win.
_PROTECTED_CUES = ("negat", "quot", "did_not", "not_")
LLM_CUE = "llm_classifier"


class SentenceLabel(BaseModel):
    """The classifier's answer: a short reason, then the label."""

    reason: str = Field(description="One sentence: who decided, according to the wording")
    locus: Literal["self", "authority", "group", "process", "agentless", "hedged", "none"]


def needs_opinion(sentence: SentenceResult) -> bool:
    """Uncertain per the rules, and not settled by negation or quotation handling."""
    if not sentence.uncertain:
        return False
    return not any(any(mark in span.cue.lower() for mark in _PROTECTED_CUES) for span in sentence.spans)


async def _label(client: LLMClient, sentence: SentenceResult) -> SentenceLabel | None:
    messages = [
        {"role": "system", "content": prompt("classifier")},
        {"role": "user", "content": as_data("sentence", sentence.text)},
    ]
    try:
        return await structured(client, "classifier", messages, SentenceLabel, name="sentence_locus", temperature=0.0)
    except (LLMUnavailable, PromptError):
        return None


def _relabelled(sentence: SentenceResult, label: SentenceLabel) -> SentenceResult:
    if label.locus == sentence.locus:
        return sentence
    spans = [s for s in sentence.spans if s.cue != LLM_CUE]
    if label.locus != "none":
        spans.append(Span(start=sentence.start, end=sentence.end, text=sentence.text, locus=label.locus, cue=LLM_CUE))
    return sentence.model_copy(update={"locus": label.locus, "probe": is_probe(label.locus), "spans": spans})


async def refine(analysis: AnswerAnalysis, client: LLMClient | LLMSettings) -> AnswerAnalysis:
    """Return ``analysis`` with uncertain sentences relabelled by the model (unchanged on failure)."""
    todo = [i for i, s in enumerate(analysis.sentences) if needs_opinion(s)][:MAX_SENTENCES]
    if not todo:
        return analysis
    own = isinstance(client, LLMSettings)
    llm = LLMClient(client) if isinstance(client, LLMSettings) else client
    try:
        labels = await asyncio.gather(*(_label(llm, analysis.sentences[i]) for i in todo))
    finally:
        if own:
            await llm.aclose()
    sentences = list(analysis.sentences)
    changed = False
    for i, label in zip(todo, labels, strict=True):
        if label is not None:
            new = _relabelled(sentences[i], label)
            changed = changed or new is not sentences[i]
            sentences[i] = new
    if not changed:
        return analysis
    return _recomputed(analysis, sentences)


def _recomputed(analysis: AnswerAnalysis, sentences: list[SentenceResult]) -> AnswerAnalysis:
    """New spans and verdict; a verdict decided by a certain sentence is kept."""
    spans = sorted((s for sent in sentences for s in sent.spans), key=lambda s: (s.start, s.end))
    main = analysis.main
    decided_by_rules = main is not None and any(
        sent.start <= main.start < sent.end and not sent.uncertain for sent in sentences
    )
    if not decided_by_rules:
        main = next((s for s in spans if is_probe(s.locus)), spans[0] if spans else None)
    locus = main.locus if main else "none"
    return analysis.model_copy(
        update={
            "sentences": sentences,
            "spans": spans,
            "main": main,
            "locus": locus,
            "probe": is_probe(locus),
            "analyzer": f"{analysis.analyzer}+llm",
        }
    )
