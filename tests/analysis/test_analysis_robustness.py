"""Offsets index the original text exactly, whatever the input; loading is thread-safe."""

from __future__ import annotations

import threading

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from agent.analysis import analyze, analyze_many, warmup
from agent.analysis.analyzer import MAX_PARSE_CHARS

WORDS = [
    "I",
    "we",
    "my",
    "manager",
    "the",
    "team",
    "runbook",
    "decided",
    "approved",
    "rolled",
    "back",
    "was",
    "it",
    "sort",
    "of",
    "ended",
    "up",
    "but",
    "didn't",
    "wait",
    "for",
    "sign-off",
    "'",
    '"',
    ",",
    ".",
    ";",
    "\n",
    "\t",
    "\x1b[31m",
    "\x00",
    "é",
    "😀",
    "\u202e",
    "\r",
    "  ",
    "per",
    "policy",
    "would",
    "escalated",
]


def _check(text: str) -> None:
    result = analyze(text)
    assert result.text == text
    for span in result.spans + ([result.main] if result.main else []):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for sentence in result.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for span in sentence.spans:
            assert text[span.start : span.end] == span.text
    assert result.probe == (result.locus in {"authority", "group", "process", "agentless", "hedged"})


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_text_never_breaks_offsets(nlp, text: str) -> None:
    _check(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
# A verb joined to a noun with no subject of its own once crashed the predicate reader (found by this test).
@example(text="decided , 😀 ended wait up per decided I")
def test_decision_words_in_random_order_keep_offsets(nlp, text: str) -> None:
    _check(text)


def test_long_text_is_capped_but_offsets_hold(nlp) -> None:
    filler = "The cache sits in front of the database. " * 400
    text = filler + "My manager approved the rollback."
    assert len(text) > MAX_PARSE_CHARS
    result = analyze(text)
    assert result.text == text  # kept whole, only the parse is capped
    for span in result.spans:
        assert text[span.start : span.end] == span.text


def test_analyze_many_keeps_order_and_empties(nlp) -> None:
    texts = ["", "I rolled it back.", "   ", "My manager approved it.", "\x00\x01"]
    loci = [r.locus for r in analyze_many(texts)]
    assert loci == ["none", "self", "none", "authority", "none"]


def test_warmup_is_idempotent_across_threads() -> None:
    from agent.analysis.nlp import get_nlp

    errors: list[BaseException] = []

    def run() -> None:
        try:
            warmup()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert get_nlp() is get_nlp()


def test_uncertain_flag_marks_weak_sentences(nlp) -> None:
    weak = analyze("We migrated the queue last spring.")
    strong = analyze("I decided to migrate the queue.")
    assert weak.sentences[0].uncertain is True
    assert strong.sentences[0].uncertain is False


def test_unparsed_decision_words_are_flagged_uncertain(nlp) -> None:
    # Nothing the rules can place, but a decision is mentioned: an optional LLM pass should look.
    assert analyze("The decision on sharding came later.").sentences[0].uncertain is True
    # Design proposals and plain descriptions are not sent for a second opinion.
    assert analyze("We'd decide the shard key first.").sentences[0].uncertain is False
    assert analyze("Reads go to replicas.").sentences[0].uncertain is False


CUE_WORDS = [
    *WORDS,
    "that",
    "was",
    "my",
    "call",
    "one",
    "who",
    "myself",
    "without",
    "asking",
    "nobody",
    "no",
    "asked",
    "me",
    "to",
    "made",
    "the",
    "itself",
    "decision",
    "guess",
    "vibe",
    "than",
    "a",
    "not",
    "sure",
    "how",
    "following",
    "runbook",
    "said",
    "automatically",
    "reverted",
    "lead",
    "approved",
    "approval",
    "from",
    "told",
    "had",
    "final",
    "say",
    "as",
    "team",
    "got",
    "buy-in",
    "ended",
    "up",
    "drifted",
    "into",
    "by",
    "policy",
    "we",
    "everyone",
    "agreed",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUE_WORDS), min_size=1, max_size=14).map(" ".join))
def test_trigger_words_never_hide_a_phrase_cue(text: str) -> None:
    from agent.analysis import cues

    for patterns in (cues.SENTENCE_CUES, cues.BACKSTOP):
        fast = list(cues.find(patterns, text))
        slow = [(loc, s, cue, m.start(), m.end()) for loc, s, cue, rx in patterns for m in rx.finditer(text)]
        assert fast == slow
