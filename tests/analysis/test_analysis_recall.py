"""Issue 11's fresh batches per kind of wording (first-sight scores in bench/README.md) and the
precision pairs: guards for the rules that generalised them."""

from __future__ import annotations

import pytest
from recall_batches import KINDS, PRECISION

from agent.analysis import PROBE_LOCI, analyze_many


@pytest.mark.parametrize("kind", list(KINDS))
def test_kind_of_wording(nlp, kind: str) -> None:
    cases = KINDS[kind]
    results = analyze_many([t for t, _ in cases])
    wrong = [(t, want, got.locus) for (t, want), got in zip(cases, results, strict=False) if got.locus != want]
    false_probes = [w for w in wrong if w[1] not in PROBE_LOCI and w[2] in PROBE_LOCI]
    missed = [w for w in wrong if w[1] in PROBE_LOCI and w[2] not in PROBE_LOCI]
    # Known misses stay visible: parser misreadings ("the process doc says", "tech leads" read as a verb).
    assert len(false_probes) <= 1, false_probes
    assert len(missed) <= 2, missed
    assert len(wrong) <= 3, wrong


def test_owned_and_design_sentences_never_probe(nlp) -> None:
    results = analyze_many([t for t, _ in PRECISION])
    false_probes = [
        (t, got.locus, [(s.text, s.cue) for s in got.spans])
        for (t, _), got in zip(PRECISION, results, strict=False)
        if got.probe
    ]
    assert false_probes == []
    wrong = [(t, want, got.locus) for (t, want), got in zip(PRECISION, results, strict=False) if got.locus != want]
    assert len(wrong) <= 1, wrong
