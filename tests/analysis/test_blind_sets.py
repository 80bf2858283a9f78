"""The blind sets: sentences written by people who never saw the analyzer's rules, scored once at first sight
(bench/README.md) before they joined the learned arbiter's training.  They now guard what was learned from them:
the probes they hold are still heard, and the sentences where nobody handed a decision away stay unprobed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.analysis import PROBE_LOCI, analyze_many

BLIND_SETS = Path(__file__).with_name("blind_sets")
# Rules and model together, with the model trained on these sets: what a regression would fall below.
RECALL_FLOOR = 0.96
ACCURACY_FLOOR = 0.92
# Batches 12-14, and 9, 15, 16 and 17 (the measurement sets of the third and fourth stops of 2026-12-03, which
# joined after they were scored once), hold wording the rules do not reach yet: their own floors, from their
# in-sample figures when they joined (bench/README.md).
FLOORS = {
    "blind9": (0.96, 0.91),
    "blind12": (0.91, 0.86),
    "blind13": (0.93, 0.89),
    "blind14": (0.94, 0.90),
    "blind15": (0.95, 0.93),
    "blind16": (0.96, 0.92),
    "blind17": (0.94, 0.92),
}
# Known false probes, both from the rules: blind6 "Nobody signed off on it; I just did the index rebuild ..."
# (hedged), blind8 "The board game we shipped ..." (group); batches 12-14: the rules false probes listed in
# bench/README.md (third stop of 2026-12-03).
SIXTY_PER_CLASS = frozenset({"blind12", "blind13", "blind14"})
FALSE_PROBES_ALLOWED = {
    "blind6": 1,
    "blind7": 0,
    "blind9": 0,
    "blind8": 1,
    "blind10": 0,
    "blind11": 0,
    "blind12": 4,
    "blind13": 2,
    "blind14": 3,
    "blind15": 0,
    "blind16": 0,
    "blind17": 0,
}


def _rows(name: str) -> list[dict]:
    path = BLIND_SETS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(FALSE_PROBES_ALLOWED))
def test_blind_set_is_heard_without_false_probes(nlp, name: str) -> None:
    rows = _rows(name)
    got = analyze_many([r["text"] for r in rows])
    probes = [r for r in rows if r["locus"] in PROBE_LOCI]
    heard = sum(a.probe for r, a in zip(rows, got, strict=True) if r["locus"] in PROBE_LOCI)
    false = [(r["text"], a.locus) for r, a in zip(rows, got, strict=True) if r["locus"] not in PROBE_LOCI and a.probe]
    exact = sum(a.locus == r["locus"] for r, a in zip(rows, got, strict=True))
    assert len(rows) == (420 if name in SIXTY_PER_CLASS else 280)
    recall_floor, accuracy_floor = FLOORS.get(name, (RECALL_FLOOR, ACCURACY_FLOOR))
    assert heard / len(probes) >= recall_floor
    assert exact / len(rows) >= accuracy_floor
    assert len(false) <= FALSE_PROBES_ALLOWED[name], false
