"""Minimal pairs and unseen-style sentences: one small change, the expected locus."""

from __future__ import annotations

import pytest
from analysis_minimal_pairs import ACTORS, FLIPS
from analysis_unseen_cases import ANSWERS, UNSEEN, UNSEEN_HARD, UNSEEN_HOLDOUT

from agent.analysis import PROBE_LOCI, analyze, analyze_many

GRID = [(actor, form, text, want) for actor, forms in ACTORS.items() for form, (text, want) in forms.items()]


@pytest.mark.parametrize(("actor", "form", "text", "want"), GRID, ids=[f"{a}-{f}" for a, f, _, _ in GRID])
def test_actor_by_form(nlp, actor: str, form: str, text: str, want: str) -> None:
    result = analyze(text)
    assert result.locus == want, (text, [(s.text, s.locus, s.cue) for s in result.spans])
    assert result.probe == (want in PROBE_LOCI)


@pytest.mark.parametrize(("text", "want"), FLIPS, ids=[t[:40] for t, _ in FLIPS])
def test_one_change_moves_the_decision(nlp, text: str, want: str) -> None:
    assert analyze(text).locus == want


def test_unseen_sentences_get_their_locus(nlp) -> None:
    cases = UNSEEN + UNSEEN_HARD + UNSEEN_HOLDOUT
    wrong = [
        (text, want, got.locus)
        for (text, want), got in zip(cases, analyze_many([t for t, _ in cases]), strict=False)
        if got.locus != want
    ]
    # Everything here is a regression guard; allow no drift on probe/non-probe.
    assert [w for w in wrong if (w[1] in PROBE_LOCI) != (w[2] in PROBE_LOCI)] == []
    assert len(wrong) <= len(cases) // 20, wrong


def test_answer_verdict_follows_the_contrast(nlp) -> None:
    text = "My manager wanted to wait for the vendor. But I shipped the fix that night and told her after."
    result = analyze(text)
    assert result.locus == "self"
    assert result.main is not None and result.main.text.startswith("I shipped")
    # The deflecting phrase is still there to be quoted, even though it lost.
    assert len(result.sentences) == 2


def test_probe_span_quotes_the_exact_words(nlp) -> None:
    text = "So the cache was fine. Then my director made the call to fail over, and I ran the script."
    result = analyze(text)
    assert result.locus == "authority"
    assert result.main is not None
    assert text[result.main.start : result.main.end] == result.main.text
    assert "my director made the call" in result.main.text


def test_design_answer_has_no_probe(nlp) -> None:
    text = (
        "We'd shard the ledger by account id. The approval service would check limits before a charge "
        "is granted, and if the primary fails a replica gets promoted."
    )
    result = analyze(text)
    assert result.locus == "none"
    assert result.probe_spans() == []


@pytest.mark.parametrize(("text", "want"), ANSWERS, ids=[t[:40] for t, _ in ANSWERS])
def test_whole_answer_verdict(nlp, text: str, want: str) -> None:
    result = analyze(text)
    assert result.locus == want, [(s.text, s.locus, s.cue) for s in result.spans]
    if result.main is not None:
        assert result.main.locus == result.locus
