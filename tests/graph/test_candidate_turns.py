"""The candidate's own questions and closing remarks, and follow-ups checked against the whole exchange.

Fresh wordings by class: a question about the team, clarifying questions about numbers and
scope, sign-offs with and without thanks, and a wrap-up with one answerable and one
unanswerable question.
"""

from __future__ import annotations

from pathlib import Path

from agent.session.store import load_session
from tests.graph.helpers import interviewer_events, run_adaptive, run_interview

OPENING = (
    "I'd keep the latest position per profile and title in a replicated key-value store written by the "
    "player heartbeat, with idempotent writes, a cache for reads, and per-region replicas for latency."
)
OWNED = (
    "I chose a key-value store keyed by profile because reads dominate, and I accepted eventual consistency "
    "across regions to keep writes cheap."
)


def _analysis_events(path: Path):
    return {e.turn: e for e in load_session(path).events if e.type == "analysis"}


def _scored_turns(card: dict) -> set[int]:
    turns = {e["turn"] for d in card["dimensions"] for e in d["evidence"]}
    return turns | {r["turn"] for r in card.get("reframes", [])}


def test_question_to_the_interviewer_is_not_probed_but_kept_for_the_end(tmp_path: Path) -> None:
    asked = "How does your team decide what to build next quarter?"
    runner = run_interview(tmp_path, [asked, OPENING], scenario="playback-resume", seed=7)
    events = interviewer_events(runner.session_path)
    reply = events[1]
    assert reply.kind == "clarify" and reply.reason["act"] == "question"
    assert "end" in reply.text.lower() or "wrap-up" in reply.text.lower()
    assert events[2].kind != "probe"
    saved = _analysis_events(runner.session_path)[2]
    assert saved.act == "question" and saved.analysis["spans"] == []


def test_clarifying_question_gets_a_fact_and_is_not_counted_as_the_answer(tmp_path: Path) -> None:
    runner = run_interview(
        tmp_path,
        ["Quick check before I start: do you mean the peak load or the average?", OPENING],
        scenario="playback-resume",
        seed=7,
    )
    events = interviewer_events(runner.session_path)
    first, reply, after = events[0], events[1], events[2]
    assert reply.kind == "clarify" and reply.question_id == first.question_id
    assert "peak" in reply.text and "40 million" in reply.text
    # The real answer came next: it answered the same main question (follow-up or next question, never a nudge).
    assert after.kind in {"followup", "question"} and after.kind != "nudge"
    assert after.question_id == first.question_id or after.phase != first.phase or after.kind == "question"


def test_unanswerable_clarifying_question_is_left_to_the_candidates_assumption(tmp_path: Path) -> None:
    runner = run_interview(
        tmp_path,
        ["Should I assume the players run a custom firmware build?", OPENING],
        scenario="playback-resume",
        seed=7,
    )
    reply = interviewer_events(runner.session_path)[1]
    assert reply.kind == "clarify"
    assert "assum" in reply.text.lower()


def test_closing_remark_mid_interview_is_neither_nudged_nor_probed(tmp_path: Path) -> None:
    runner = run_interview(tmp_path, ["Thanks, that's all from me.", OPENING], scenario="playback-resume", seed=7)
    events = interviewer_events(runner.session_path)
    assert events[1].kind == "question" and events[1].question_id != events[0].question_id
    assert _analysis_events(runner.session_path)[2].act == "closing"


def _wrap_up_player(final: str):
    def answer_for(pending):
        if pending.kind == "wrapup":
            return final
        if pending.kind == "question" and pending.phase == "requirements":
            return "Sorry, one thing first: how many regions serve the evening peak?"
        return OPENING if pending.kind == "question" else OWNED

    return answer_for


def test_wrap_up_question_gets_an_answer_then_the_interview_closes_unscored(tmp_path: Path) -> None:
    final = "Two questions. How many regions does the resume service run in? And what is on-call like on your team?"
    runner = run_adaptive(tmp_path, _wrap_up_player(final), scenario="playback-resume", seed=7)
    assert runner.done
    events = interviewer_events(runner.session_path)
    wrap, closing = events[-2], events[-1]
    assert wrap.kind == "wrapup" and closing.kind == "closing"
    assert "4" in closing.text and "region" in closing.text.lower(), closing.text
    assert "outside this exercise" in closing.text or "practice" in closing.text
    assert "feedback follows" in closing.text.lower()
    loaded = load_session(runner.session_path)
    acts = {turn: e.act for turn, e in _analysis_events(runner.session_path).items()}
    questions = {turn for turn, act in acts.items() if act != "narration"}
    assert len(questions) >= 2  # the mid-interview clarification and the wrap-up questions
    assert not (_scored_turns(loaded.scorecard) & questions), "a candidate question was scored"
    for e in events:
        if e.kind in {"probe", "nudge"}:
            assert e.reason["answer_turn"] not in questions


def test_closing_remark_at_wrap_up_gets_a_goodbye(tmp_path: Path) -> None:
    runner = run_adaptive(
        tmp_path, _wrap_up_player("Nope, I'm all set. Thanks for your time!"), scenario="playback-resume", seed=7
    )
    closing = interviewer_events(runner.session_path)[-1]
    assert closing.kind == "closing" and "outside" not in closing.text
    assert runner.done and load_session(runner.session_path).scorecard is not None


def test_concept_covered_one_answer_earlier_is_not_asked_again(tmp_path: Path) -> None:
    # Covers conflict resolution (last writer wins by timestamp) while deflecting, then owns it without repeating it.
    first = "The team decided to use last-writer-wins with a timestamp on every position."
    second = "I proposed it myself after comparing it with vector clocks, and I made the final call."
    runner = run_interview(tmp_path, [first, second], scenario="playback-resume", seed=7)
    events = interviewer_events(runner.session_path)
    assert events[1].kind == "probe"
    follow = events[2]
    assert follow.kind == "followup", follow
    assert follow.reason["concept"] != "conflict resolution between devices"
    assert follow.reason["answers_checked"] == 2
