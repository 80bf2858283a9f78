"""Which deflection the interviewer probes, in which words, and how the probe budget is spent.

Answers are fresh, written by class of wording (authority on a key action beside a group
follow-up step; mild group/passive chores; a gate plus an order on an incident call).
"""

from __future__ import annotations

import re
from pathlib import Path

from agent.analysis import analyze
from agent.graph.routing import Limits, decide
from agent.graph.state import Cursor, Pending
from agent.interviewer.bank import cached_bank
from agent.interviewer.plan import build_plan
from tests.graph.helpers import interviewer_events, run_adaptive, run_interview

OPENING = (
    "I'd keep the latest position per profile and title in a replicated key-value store written by the "
    "player heartbeat, with idempotent writes, a cache for reads, and per-region replicas for latency."
)
OWNED_DESIGN = "I'd shard by profile id, keep writes idempotent with a version number, and put a read cache in front."
OWNED_REPLY = (
    "That part was mine: I recommended it after comparing two options, because it was cheaper to undo, "
    "and I made the call and told my lead afterwards."
)
SIGN_OFF = re.compile(r"sign(?:ed)?[- ]?off|approv|green light|permission", re.I)


def _after_answer(path: Path, answer_index: int):
    return interviewer_events(path)[answer_index + 1]


def test_authority_on_the_key_action_is_probed_over_a_milder_group_step(tmp_path: Path) -> None:
    answer = (
        "The error budget ran out, so my director approved the rollback, and then the team agreed to add a smoke test."
    )
    runner = run_interview(tmp_path, [OPENING, answer], scenario="playback-resume", seed=7)
    probe = _after_answer(runner.session_path, 1)
    assert probe.kind == "probe"
    assert "my director approved the rollback" in probe.text
    assert probe.reason["kind"] == "approval" and probe.reason["stakes"] == "key"
    assert "ranked above" in probe.reason["chosen_because"]
    held = {h["quote"]: h["reason"] for h in probe.reason["not_probed"]}
    assert held.get("the team agreed to add a smoke test") == "ranked below the probed phrase", held


def test_quote_carries_the_decision_object(tmp_path: Path) -> None:
    answer = "After two weeks of load tests the team decided to use Cassandra for the bookmarks because reads dominate."
    runner = run_interview(tmp_path, [OPENING, answer], scenario="playback-resume", seed=7)
    probe = _after_answer(runner.session_path, 1)
    assert probe.kind == "probe"
    assert "\u201cthe team decided to use Cassandra for the bookmarks\u201d" in probe.text
    assert probe.reason["quote"] in answer


def test_a_decision_nobody_signed_off_gets_no_sign_off_question(tmp_path: Path) -> None:
    answer = "Once the graphs looked odd, the data science team decided to dig into it."
    for seed in range(6):  # several template orders
        runner = run_interview(tmp_path / str(seed), [OPENING, answer], scenario="playback-resume", seed=seed)
        probe = _after_answer(runner.session_path, 1)
        assert probe.kind == "probe"
        assert not SIGN_OFF.search(probe.text), probe.text


PAST_STORIES = [
    "We agreed as a team to rename the dashboards after the move.",  # group, minor step
    "It was decided that the runbook pages would get tidied up.",  # passive, minor step
    "Per the runbook we paged the DBA, and the on-call lead decided to freeze the export.",  # order on an incident call
    "The group settled on a new naming convention for the alerts.",  # group, minor step
]


def _past_experience_player():
    stories = iter(PAST_STORIES)

    def answer_for(pending):
        if pending.kind == "wrapup":
            return "No questions from me, thanks."
        if pending.phase != "past_experience":
            return OPENING if pending.kind == "question" else OWNED_DESIGN
        if pending.kind == "question":
            return next(stories, OWNED_REPLY)
        return OWNED_REPLY

    return answer_for


def test_strong_late_deflection_is_probed_after_milder_ones_used_the_share(tmp_path: Path) -> None:
    runner = run_adaptive(tmp_path, _past_experience_player(), scenario="billing-retries", seed=4)
    events = interviewer_events(runner.session_path)
    probes = [e for e in events if e.kind == "probe" and e.phase == "past_experience"]
    limits = Limits()
    assert [p.reason["strong"] for p in probes] == [False, False, True], [p.reason["quote"] for p in probes]
    assert "the on-call lead decided to freeze the export" in probes[2].text
    assert probes[2].reason["over_share"] is True
    assert len(probes) <= limits.probes_per_phase + limits.strong_extra_per_phase
    # The fourth, milder story was held back by the phase's limit, and the saved turn says so.
    held = [h for e in events for h in (e.reason or {}).get("not_probed", []) if h["reason"] == "phase probe limit"]
    assert any("naming convention" in h["quote"] for h in held), held
    assert runner.done


def _route(answer: str, cursor: Cursor, kind: str = "question"):
    bank = cached_bank()
    scenario = bank.scenarios["playback-resume"]
    plan = build_plan(scenario, 1)
    pending = Pending(turn=9, kind=kind, phase="past_experience", question_id="past-3", text="Tell me about it.")
    return decide(
        bank=bank,
        scenario=scenario,
        plan=plan,
        cursor=cursor,
        pending=pending,
        answer=answer,
        quality="ok",
        analysis=analyze(answer),
        interviewer_turns=9,
        elapsed_s=0.0,
        limits=Limits(),
        seed=1,
    )


def test_late_budget_is_kept_for_strong_deflections_and_the_total_cap_holds() -> None:
    limits = Limits()
    near_end = Cursor(plan_index=8, probes_by_phase={"design": 2, "deep_dive": 2, "requirements": 2})
    mild = _route("We agreed as a group to tidy the wiki after the release.", near_end)
    assert mild.draft is None or mild.draft.kind != "probe"
    assert mild.not_probed[0]["reason"] == "probe budget kept for stronger deflections"
    strong = _route("My VP ordered us to roll back the payment release that night.", near_end)
    assert strong.draft is not None and strong.draft.kind == "probe", strong.not_probed
    full = near_end.model_copy(update={"probes_by_phase": {**near_end.probes_by_phase, "past_experience": 2}})
    assert sum(full.probes_by_phase.values()) == limits.max_probes
    capped = _route("My VP ordered us to roll back the payment release that night.", full)
    assert capped.draft is None or capped.draft.kind != "probe"
    assert capped.not_probed[0]["reason"] == "interview probe limit"


def test_answer_to_a_probe_is_never_probed_and_says_why() -> None:
    decision = _route(
        "My VP ordered us to roll back the payment release that night.", Cursor(plan_index=8), kind="probe"
    )
    assert decision.draft is None or decision.draft.kind != "probe"
    assert decision.not_probed[0]["reason"] == "answer to a probe (no probe chains)"
