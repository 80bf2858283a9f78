"""50 seeded headless interviews with scripted personas: no loops, no repeats, always an ending."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import pytest

from agent.graph.routing import Limits
from agent.graph.state import normalise
from agent.interviewer.deflection import APPROVAL
from agent.session.store import load_session
from tests.graph.helpers import run_interview
from tests.graph.personas import PERSONAS, answers_for

PERSONA_NAMES = sorted(PERSONAS)
SIGN_OFF = re.compile(r"sign(?:ed)?[- ]?off|approv|green light|permission", re.I)


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
    for before, after in itertools.pairwise(asked):
        assert not (before.kind == "probe" and after.kind == "probe"), "a probe answer was probed again"
        assert not (before.kind == "nudge" and after.kind == "nudge"), "nudged twice in a row"
    probes = [e for e in asked if e.kind == "probe"]
    per_phase = Counter(e.phase for e in probes)
    assert all(n <= limits.probes_per_phase + limits.strong_extra_per_phase for n in per_phase.values())
    assert len(probes) <= limits.max_probes
    for probe in probes:  # only a strong deflection goes past a phase's share
        assert not probe.reason["over_share"] or probe.reason["strong"], probe.reason
        if SIGN_OFF.search(probe.text.replace(probe.reason["quote"], "")):
            assert probe.reason["kind"] == "approval" and APPROVAL.search(probe.reason["quote"]), probe.text
    phrases = [normalise(e.reason["phrase"]) for e in probes]
    assert len(phrases) == len(set(phrases)), "the same phrase was probed twice"
    assert [e.kind for e in asked[-2:]] == ["wrapup", "closing"]
    nudges = Counter(e.question_id for e in asked if e.kind == "nudge")
    assert all(n <= 1 for n in nudges.values())
    if persona in {"over-delegator", "hedger"}:
        assert probes, f"{persona}: deflecting answers were never probed"
    if persona == "questioner":
        acts = {e.turn: e.act for e in loaded.events if e.type == "analysis"}
        asked_back = {t for t, act in acts.items() if act != "narration"}
        assert asked_back, "the questioner's questions were not recognised"
        assert not any(
            e.reason and e.reason.get("answer_turn") in asked_back
            for e in probes + [e for e in asked if e.kind == "nudge"]
        ), "a candidate question was probed or nudged"
    if persona == "owner":
        assert not probes, f"owner was probed: {[p.reason['phrase'] for p in probes]}"
