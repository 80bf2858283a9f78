"""An answer read in its normalised words, and what is found there put back into the candidate's own words.

The analyzer parses a normalised copy of each answer (``agent.analysis.normalize``: "didnt" -> "didn't",
"i" -> "I", "becuase" -> "because", fillers dropped).  The story readers read that same copy, its
sentences, parse and words, so an answer typed in lower case with slips gives the signals its clean
version gives.  Offsets found in the copy go back to the turn's text through ``Normalized.to_original``:
every ``Signal``, ``Decision`` and ``IgnoredSentence`` indexes the original, and quotes stay verbatim.
"""

from __future__ import annotations

from collections.abc import Mapping

from agent.analysis.models import AnswerAnalysis, SentenceResult, Span
from agent.analysis.normalize import Normalized
from agent.stories.models import Decision, IgnoredSentence, Signal, Story


def in_clean_offsets(a: AnswerAnalysis, norm: Normalized) -> AnswerAnalysis:
    """``a`` (offsets in the original) with its sentences and spans indexing ``norm.text``."""
    text = norm.text

    def span(s: Span) -> Span:
        start, end = norm.to_clean(s.start, s.end)
        return s.model_copy(update={"start": start, "end": end, "text": text[start:end]})

    def sentence(r: SentenceResult) -> SentenceResult:
        start, end = norm.to_clean(r.start, r.end)
        return r.model_copy(
            update={"start": start, "end": end, "text": text[start:end], "spans": [span(s) for s in r.spans]}
        )

    sentences = [sentence(r) for r in a.sentences]
    spans = [s for r in sentences for s in r.spans]
    main = None
    if a.main is not None:
        start, end = norm.to_clean(a.main.start, a.main.end)
        main = next((s for s in spans if (s.start, s.end, s.locus) == (start, end, a.main.locus)), span(a.main))
    return a.model_copy(update={"text": text, "sentences": sentences, "spans": spans, "main": main})


class Restorer:
    """Puts what was read in normalised turns back into the turns' own text (``{turn: (norm, original text)}``)."""

    def __init__(self, turns: Mapping[int, tuple[Normalized, str]]) -> None:
        self.turns = turns

    def _span(self, turn: int, start: int, end: int) -> tuple[int, int, str] | None:
        found = self.turns.get(turn)
        if found is None:
            return None
        norm, original = found
        start, end = norm.to_original(start, end)
        return start, end, original[start:end]

    def signal(self, s: Signal) -> Signal:
        span = self._span(s.turn, s.start, s.end)
        if span is None:
            return s
        sentence = self._span(s.turn, s.sentence_start, s.sentence_end)
        assert sentence is not None
        return s.model_copy(
            update={
                "start": span[0],
                "end": span[1],
                "text": span[2],
                "sentence_start": sentence[0],
                "sentence_end": sentence[1],
                "sentence": sentence[2],
            }
        )

    def decision(self, d: Decision) -> Decision:
        span = self._span(d.turn, d.start, d.end)
        return d if span is None else d.model_copy(update={"start": span[0], "end": span[1], "text": span[2]})

    def ignored(self, i: IgnoredSentence) -> IgnoredSentence:
        span = self._span(i.turn, i.start, i.end)
        return i if span is None else i.model_copy(update={"start": span[0], "end": span[1], "text": span[2]})

    def story(self, story: Story) -> Story:
        if not self.turns or not any(t in self.turns for t in story.answer_turns):
            return story
        decisions = [self.decision(d) for d in story.decisions]
        key = None
        if story.key_decision is not None:
            key = next(
                (n for o, n in zip(story.decisions, decisions, strict=True) if o is story.key_decision),
                self.decision(story.key_decision),
            )
        return story.model_copy(
            update={"decisions": decisions, "key_decision": key, "signals": [self.signal(s) for s in story.signals]}
        )
