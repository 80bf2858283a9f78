"""The labelling convention for drift, fixed by the dev set (shared/data/locus-dev.jsonl) and kept by every held-out
batch: a state of affairs nobody chose ("Python 2 lingered", "the flag was never switched off", "it came with the
acquisition", "it was just what we had") is **hedged**, whether or not a hedge word is spoken: the candidate narrates
a decision as something that happened to nobody.  **agentless** is a decision told with its maker left out ("the
rollback was approved", "it was decided to", "the launch got pushed back").  Do not relabel tests to the other
reading; a change that makes unhedged drift agentless fails here (lead, 2026-12-03).
"""

from __future__ import annotations

import pytest

from agent.analysis import analyze_many

DRIFT = [
    "The old fax gateway was never switched off.",
    "The analytics SDK came bundled with the game engine, and it stayed.",
    "The support contract renewed itself every January.",
    "Python 2 lingered in the billing scripts for another four years.",
    "The 30-second timeout was inherited from the original prototype.",
]
PASSIVE_DECISIONS = [
    "The rollback was approved around midnight.",
    "It was decided to move the recommendations service to its own cluster.",
    "The launch got pushed back.",
]


@pytest.mark.parametrize("text", DRIFT)
def test_unhedged_drift_is_hedged(nlp, text: str) -> None:
    assert analyze_many([text])[0].locus == "hedged"


@pytest.mark.parametrize("text", PASSIVE_DECISIONS)
def test_passive_decision_is_agentless(nlp, text: str) -> None:
    assert analyze_many([text])[0].locus == "agentless"
