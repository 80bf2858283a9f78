"""Style variants (lower case and typos, fillers, run-ons) keep the loci of their clean versions."""

from __future__ import annotations

import style_cases
from style_agreement import score

from agent.analysis.learned import arbiter


def test_style_variants_keep_the_clean_loci(nlp) -> None:
    totals = score(style_cases.CASES)
    every = totals["all"]
    assert every.decision_rate >= 0.95, every.misses
    assert every.answer_rate >= 0.95, [m for a in totals.values() for m in a.misses]
    assert totals["disfluent"].decision_rate == 1.0, totals["disfluent"].misses
    # The learned arbiter reads one sentence at a time and leaves run-ons over its MAX_WORDS to the rules, so a
    # run-on joining two clean sentences holds one learned verdict where the clean answer held two.  The
    # answers still agree; sentence by sentence, the rules alone must agree on every decision.
    assert totals["runon"].answer_rate == 1.0, totals["runon"].misses
    assert totals["runon"].decision_rate >= 0.9, totals["runon"].misses
    with arbiter.disabled():
        rules = score(style_cases.CASES)
    for kind in ("disfluent", "runon"):
        assert rules[kind].decision_rate == 1.0, rules[kind].misses


def test_variant_never_adds_a_probe_the_clean_answer_lacks(nlp) -> None:
    from agent.analysis import analyze_many

    for case in style_cases.CASES:
        texts = [" ".join(case[k]) for k in ("clean", "typo", "disfluent", "runon") if k in case]
        clean, *variants = analyze_many(texts)
        for variant in variants:
            assert not (variant.probe and not clean.probe), (case["id"], variant.text)


def test_typed_answer_with_typos_is_not_taken_for_nonsense() -> None:
    from agent.interviewer.answer_quality import classify_answer

    question = "What does the member expect from downloads?"
    typed = "so, um, my manger aproved the rolback and we just waited for his sign off becuase i didnt want to overstep"
    assert classify_answer(typed, question) == "ok"
    assert classify_answer("um", question) == "empty"
    assert classify_answer("asdf qwer zxcv vbnm hjkl tyui", question) == "nonsense"
