"""50 seeded headless interviews with scripted personas: no loops, no repeats, always an ending."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from agent.graph.routing import Limits
from agent.graph.state import normalise
from agent.session.store import load_session
from tests.graph.helpers import run_interview
from tests.graph.personas import PERSONAS, answers_for

PERSONA_NAMES = sorted(PERSONAS)


@pytest.mark.parametrize("seed", range(50))
def test_seeded_interview_has_no_loops_or_repeats(tmp_path: Path, seed: int) -> None:
    persona = PERSONA_NAMES[seed % len(PERSONA_NAMES)]
    runner = run_interview(tmp_path, answers_for(persona), seed=seed)
    loaded = load_session(runner.session_path)
    asked = [e for e in loaded.events if e.type == "interviewer"]
    limits = Limits()

    assert runner.done, f"{persona}: interview did not finish"
    assert loaded.scorecard is not None
    assert len(asked) <= limits.max_turns
    texts = [normalise(e.text) for e in asked]
    assert len(texts) == len(set(texts)), f"{persona}: an interviewer turn was repeated"
    for before, after in zip(asked, asked[1:]):
        assert not (before.kind == "probe" and after.kind == "probe"), "a probe answer was probed again"
        assert not (before.kind == "nudge" and after.kind == "nudge"), "nudged twice in a row"
    probes = [e for e in asked if e.kind == "probe"]
    per_phase = Counter(e.phase for e in probes)
    assert all(n <= limits.probes_per_phase for n in per_phase.values())
    phrases = [normalise(e.reason["phrase"]) for e in probes]
    assert len(phrases) == len(set(phrases)), "the same phrase was probed twice"
    nudges = Counter(e.question_id for e in asked if e.kind == "nudge")
    assert all(n <= 1 for n in nudges.values())
    if persona in {"over-delegator", "hedger"}:
        assert probes, f"{persona}: deflecting answers were never probed"
    if persona == "owner":
        assert not probes, f"owner was probed: {[p.reason['phrase'] for p in probes]}"
