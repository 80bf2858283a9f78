"""The learned locus classifier: ships with the package, matches its trainer, and never costs precision where
the project's labelled sentences say a probe would be false."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from analysis_minimal_pairs import ACTORS, FLIPS
from conftest import DEV_SET
from hypothesis import given
from hypothesis import strategies as st

from agent.analysis import LOCI, PROBE_LOCI, analyze_many
from agent.analysis.learned import arbiter, features, model
from agent.analysis.nlp import get_nlp


@pytest.fixture(scope="module")
def dev_rows() -> list[dict]:
    if not DEV_SET.exists():
        pytest.skip(f"dev set not found at {DEV_SET}")
    return [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_weights_ship_inside_the_package_and_load_offline() -> None:
    assert model.WEIGHTS.parent == Path(features.__file__).parent
    loaded = model.load()
    assert loaded.classes == LOCI
    assert loaded.weights.shape == (len(loaded.index), len(LOCI))
    assert len(loaded.index) > 1000  # trained on the batches, not a stub


def test_shipped_inference_matches_the_trainers_predictions(nlp) -> None:
    """The trainer stored its own probabilities for a few sentences beside the weights."""
    checks = json.loads(model.WEIGHTS.read_text(encoding="utf-8"))["checks"]
    assert len(checks) >= 5
    loaded = model.load()
    for check in checks:
        sent = next(iter(get_nlp()(check["text"]).sents))
        got = loaded.probabilities(features.sentence_features(sent))
        for locus, want in check["probs"].items():
            assert got[locus] == pytest.approx(want, abs=5e-3), (check["text"], locus)


@given(
    rule=st.sampled_from(sorted(PROBE_LOCI)),
    weights=st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=len(LOCI), max_size=len(LOCI)),
)
def test_policy_never_turns_a_probe_into_a_non_probe(rule: str, weights: list[float]) -> None:
    total = sum(weights) or 1.0
    probs = {locus: w / total for locus, w in zip(LOCI, weights, strict=True)}
    assert arbiter.decide(rule, probs) in PROBE_LOCI


def test_confident_model_moves_none_but_not_on_doubt() -> None:
    confident = dict.fromkeys(LOCI, 0.0) | {"hedged": 0.97, "none": 0.03}
    doubtful = dict.fromkeys(LOCI, 0.0) | {"hedged": 0.6, "none": 0.4}
    assert arbiter.decide("none", confident) == "hedged"
    assert arbiter.decide("none", doubtful) == "none"
    assert arbiter.decide("self", confident) == "self"  # owned decisions need more than that


def test_no_false_probe_on_the_dev_set_or_the_minimal_pairs(nlp, dev_rows) -> None:
    cases = [(r["text"], r["locus"]) for r in dev_rows]
    cases += [case for forms in ACTORS.values() for case in forms.values()] + list(FLIPS)
    with arbiter.enabled():
        results = analyze_many([t for t, _ in cases])
    false = [
        (t, got.locus) for (t, want), got in zip(cases, results, strict=True) if want not in PROBE_LOCI and got.probe
    ]
    assert false == []
    with arbiter.disabled():
        rules = analyze_many([t for t, _ in cases])
    moved_wrong = [
        (t, r.locus, m.locus)
        for (t, want), r, m in zip(cases, rules, results, strict=True)
        if r.locus != m.locus and m.locus != want
    ]
    assert moved_wrong == []


def test_questions_to_the_interviewer_stay_silent_whatever_the_model_thinks(nlp) -> None:
    with arbiter.enabled():
        results = analyze_many(["Who ends up making the final call on architecture at your company?"])
    assert not results[0].probe


def test_the_classifier_changes_verdicts_only_when_switched_on(nlp) -> None:
    """Off by default; switched on, its verdict reaches the answer with a span marked as learned."""
    text = "It had to go past the risk committee before anything shipped."
    with arbiter.enabled():
        on = analyze_many([text])[0]
    off = analyze_many([text])[0]
    assert on.probe
    if off.locus != on.locus:
        assert any(arbiter.LEARNED_CUE in s.cue for s in on.spans)


@pytest.mark.parametrize(
    "text",
    [
        "We'd decide together as a team which metrics to alert on.",  # a design's process, in the conditional
        "If my manager had said no, I would have escalated to her boss.",  # a hypothesis
        "The design lets the on-call engineer decide whether to fail over.",  # present tense: how it works
    ],
)
def test_designs_and_hypotheses_are_never_promoted(nlp, text: str) -> None:
    with arbiter.enabled():
        result = analyze_many([text])[0]
    assert not result.probe, (text, result.locus)


def test_an_unframed_sentence_needs_more_confidence_than_a_framed_one() -> None:
    probs = dict.fromkeys(LOCI, 0.0) | {"authority": 0.8, "none": 0.2}
    assert arbiter.decide("none", probs, framed=True) == "authority"
    assert arbiter.decide("none", probs, framed=False) == "none"
    assert arbiter.decide("none", probs, framed=True, promotable=False) == "none"


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("We'd decide together as a team which metrics to alert on.", True),
        ("If my manager had said no, I would have escalated to her boss.", True),
        ("The design lets the on-call engineer decide whether to fail over.", True),
        ("The vote that mattered was mine.", True),
        ("It might have been decided in a meeting I missed.", False),  # a hedge on a past decision
        ("We couldn't ship without the SRE team's sign-off.", False),  # a gate that held
        ("The rewrite got shelved in March.", False),
        # a modal inside what someone decided or ruled is reported content, not the speaker's design
        ("Our head of design decided we'd drop the dark theme.", False),
        ("The auditor ruled that the ledger would stay on site.", False),
        ("We would ship the ledger to the archive nightly.", True),
    ],
)
def test_promotion_gates_read_the_sentence_itself(nlp, text: str, blocked: bool) -> None:
    """The gates, not only the trained weights, keep designs, hypotheses and "mine" claims from promotion."""
    sent = next(iter(get_nlp()(text).sents))
    assert arbiter.blocks_promotion(sent) is blocked
