"""The graph's branches, seen from the saved session: probe, follow-up, nudge, advance, wrap-up."""

from __future__ import annotations

from pathlib import Path

from agent.session.store import load_session
from tests.graph.helpers import interviewer_events, run_interview

OPENING = (
    "I'd keep the latest position per profile and title in a replicated key-value store written by the "
    "player heartbeat, with idempotent writes, a cache for reads, and per-region replicas for latency."
)


def _after_answer(path: Path, answer_index: int):
    """The interviewer event that followed the candidate's ``answer_index``-th answer (0-based)."""
    return interviewer_events(path)[answer_index + 1]


def test_deflected_decision_gets_a_probe_quoting_the_candidate(tmp_path: Path) -> None:
    runner = run_interview(
        tmp_path, [OPENING, "My manager approved the rollback after the incident."], scenario="playback-resume", seed=7
    )
    probe = _after_answer(runner.session_path, 1)
    assert probe.kind == "probe"
    assert "My manager approved the rollback" in probe.text
    assert probe.reason["locus"] == "authority"
    assert probe.reason["phrase"] in "My manager approved the rollback after the incident."


def test_owned_decision_is_not_probed(tmp_path: Path) -> None:
    owned = (
        "I decided to roll the release back myself because the error rate doubled, and I told my manager afterwards."
    )
    runner = run_interview(tmp_path, [OPENING, owned], scenario="playback-resume", seed=7)
    assert _after_answer(runner.session_path, 1).kind != "probe"


def test_design_proposal_we_is_not_probed(tmp_path: Path) -> None:
    runner = run_interview(
        tmp_path,
        [OPENING, "We'd shard by user id and keep the hot keys in a write-through cache."],
        scenario="playback-resume",
        seed=7,
    )
    assert _after_answer(runner.session_path, 1).kind != "probe"


def test_group_and_passive_wording_are_probed(tmp_path: Path) -> None:
    for answer, locus in [
        ("We aligned stakeholders and got sign-off before proceeding.", "group"),
        ("It was decided that the rollback would happen overnight.", "agentless"),
    ]:
        runner = run_interview(tmp_path, [OPENING, answer], scenario="playback-resume", seed=7)
        probe = _after_answer(runner.session_path, 1)
        assert probe.kind == "probe", answer
        assert probe.reason["locus"] == locus


def test_answer_that_skips_the_expected_concept_gets_a_technical_follow_up(tmp_path: Path) -> None:
    runner = run_interview(
        tmp_path,
        ["Honestly the main thing is that it should look nice for users on every screen."],
        scenario="playback-resume",
        seed=7,
    )
    follow = _after_answer(runner.session_path, 0)
    assert follow.kind == "followup"
    assert follow.reason["concept"]


def test_empty_answer_gets_one_nudge_then_the_interview_moves_on(tmp_path: Path) -> None:
    runner = run_interview(tmp_path, ["", "Not sure."], scenario="playback-resume", seed=7)
    events = interviewer_events(runner.session_path)
    assert [e.kind for e in events[:3]] == ["question", "nudge", "question"]
    assert events[2].question_id != events[0].question_id


def test_full_interview_ends_with_scorecard_saved(tmp_path: Path) -> None:
    runner = run_interview(tmp_path, [OPENING] * 60, scenario="billing-retries", seed=3)
    assert runner.done and runner.scorecard is not None
    loaded = load_session(runner.session_path)
    assert loaded.status == "completed"
    assert {d["id"] for d in loaded.scorecard["dimensions"]} == {"judgment", "ownership", "independence"}
    phases = [e.phase for e in loaded.events if e.type == "interviewer"]
    order = ["opening", "requirements", "estimation", "design", "deep_dive", "past_experience", "wrap_up"]
    assert [p for p in order if p in phases] == order
    assert phases == sorted(phases, key=order.index), "phases must not go backwards"


def test_same_seed_gives_the_same_interview(tmp_path: Path) -> None:
    answers = ["We'd use a queue.", "My manager approved it.", "", "I chose the cache myself."]
    first = run_interview(tmp_path / "a", answers, seed=11)
    second = run_interview(tmp_path / "b", answers, seed=11)
    assert [e.text for e in interviewer_events(first.session_path)] == [
        e.text for e in interviewer_events(second.session_path)
    ]


def test_max_turns_wraps_up(tmp_path: Path) -> None:
    runner = run_interview(tmp_path, [OPENING] * 20, seed=5, max_turns=6)
    events = interviewer_events(runner.session_path)
    assert len(events) <= 6
    assert [e.kind for e in events[-2:]] == ["wrapup", "closing"]
    assert runner.done


PAST_OPENING_ANSWERS = [OPENING] + ["We'd use a queue and a cache, sharded by profile id."] * 12


def _past_experience_turns(runner):
    events = interviewer_events(runner.session_path)
    return events, [i for i, e in enumerate(events) if e.phase == "past_experience" and e.kind == "question"]


def test_owned_decision_without_reasons_gets_a_judgment_follow_up(tmp_path: Path) -> None:
    bare = "I decided to roll it back myself."
    runner = run_interview(tmp_path, PAST_OPENING_ANSWERS + [bare] * 6, scenario="playback-resume", seed=7)
    events, past = _past_experience_turns(runner)
    follow = events[past[0] + 1]
    assert follow.kind == "followup" and follow.reason["dimension"] == "judgment"
    assert follow.text in {
        "What other options did you consider, and why did this one fit?",
        "What risk did you knowingly accept with that choice?",
        "What would have made you choose differently?",
    }


def test_owned_decision_with_reasons_is_not_pressed_for_them(tmp_path: Path) -> None:
    reasoned = (
        "I decided to roll it back myself rather than patch forward, because a bad patch under pressure "
        "risked a longer outage; I accepted losing a day of the feature."
    )
    runner = run_interview(tmp_path, PAST_OPENING_ANSWERS + [reasoned] * 6, scenario="playback-resume", seed=7)
    events, past = _past_experience_turns(runner)
    assert events[past[0] + 1].kind == "question", "a reasoned, owned answer moves on"


def test_broken_rubric_fails_before_any_session_is_created(tmp_path: Path, capsys) -> None:
    from agent.cli.main import main

    rubric = tmp_path / "bad.rubric.yaml"
    rubric.write_text("schema_version: 1\nid: x\nbogus_key: 1\n", encoding="utf-8")
    answers = tmp_path / "a.txt"
    answers.write_text("We'd use a queue.\n", encoding="utf-8")
    code = main(
        [
            "interview",
            "--headless",
            "--answers",
            str(answers),
            "--rubric",
            str(rubric),
            "--sessions-dir",
            str(tmp_path / "s"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and f"{rubric}:3:1" in err
    assert not (tmp_path / "s").exists() or not list((tmp_path / "s").iterdir())
