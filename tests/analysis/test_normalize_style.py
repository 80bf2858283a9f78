"""Style variants (lower case and typos, fillers, run-ons) keep the loci of their clean versions."""

from __future__ import annotations

import style_cases
from style_agreement import score


def test_style_variants_keep_the_clean_loci(nlp) -> None:
    totals = score(style_cases.CASES)
    every = totals["all"]
    assert every.decision_rate >= 0.95, every.misses
    assert every.answer_rate >= 0.95, [m for a in totals.values() for m in a.misses]
    for kind in ("disfluent", "runon"):
        assert totals[kind].decision_rate == 1.0, totals[kind].misses


def test_variant_never_adds_a_probe_the_clean_answer_lacks(nlp) -> None:
    from agent.analysis import analyze_many

    for case in style_cases.CASES:
        texts = [" ".join(case[k]) for k in ("clean", "typo", "disfluent", "runon") if k in case]
        clean, *variants = analyze_many(texts)
        for variant in variants:
            assert not (variant.probe and not clean.probe), (case["id"], variant.text)
