"""Speed work must not change results: parses shared between calls, batches cut by size, and a bounded cache.

Every check compares against a fresh, one-text-at-a-time run of the same public functions, so a
faster path that gave a different sentence split, tag or verdict would fail here.
"""

from __future__ import annotations

from agent.analysis import analyze, analyze_many, analyze_with_docs, analyzer, parse_many

ANSWERS = [
    "i didnt wait for the director, i rolled it back myself becuase the error rate kept climbing.",
    "My manager approved the rollback after we saw the errors.",
    "We aligned stakeholders and got sign-off, um, before proceeding with the schema change.",
    "It was decided at planning that the pipeline should move onto a queue. I wrote the plan.",
    "",
    "Could you tell me more about the team?",
]


def _parse_signature(doc) -> list[tuple]:
    return [(t.idx, t.text, t.tag_, t.dep_, t.head.i, t.is_sent_start) for t in doc]


def _fresh(texts: list[str]) -> tuple[list[str], list[list[tuple]]]:
    """Analyses and parses made one text at a time with nothing remembered."""
    dumps, parses = [], []
    for text in texts:
        analyzer.forget_parses()
        dumps.append(analyze(text).model_dump_json())
        analyzer.forget_parses()
        parses.append(_parse_signature(parse_many([text])[0]))
    analyzer.forget_parses()
    return dumps, parses


def test_batched_and_reused_parses_give_the_same_results_as_fresh_ones(monkeypatch) -> None:
    long_answer = " ".join(ANSWERS[:4] * 12)  # several batches' worth of characters
    texts = [*ANSWERS, long_answer, ANSWERS[0]]
    want_dumps, want_parses = _fresh(texts)
    monkeypatch.setattr(analyzer, "BATCH_CHARS", 300)  # force many small batches
    assert [a.model_dump_json() for a in analyze_many(texts)] == want_dumps
    pairs = analyze_with_docs(texts)  # every parse now comes from the cache
    assert [a.model_dump_json() for a, _ in pairs] == want_dumps
    assert [_parse_signature(d) for _, d in pairs] == want_parses
    assert [_parse_signature(d) for d in parse_many(texts)] == want_parses
    for text, (_, doc) in zip(texts, pairs, strict=False):
        assert len(doc.text) == len(text)  # offsets index the original


def test_the_scorer_reads_the_parse_the_interview_made() -> None:
    analyzer.forget_parses()
    analyze(ANSWERS[1])
    first = parse_many([ANSWERS[1]])[0]
    assert parse_many([ANSWERS[1]])[0] is first


def test_the_parse_cache_stays_bounded() -> None:
    analyzer.forget_parses()
    analyze_many([f"I shipped fix number {n} myself." for n in range(analyzer.CACHE_DOCS * 2)])
    assert len(analyzer._parses._items) == analyzer.CACHE_DOCS
    analyzer.forget_parses()
