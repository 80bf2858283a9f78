"""Whole headless interviews with simulated candidates, in LLM mode (loopback server) and offline."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import pytest
from fake_openai_server import Step, closed_port
from llm_personas import DEFLECTING, LLM_PERSONAS, persona_answers
from llm_support import API_KEY, make_settings
from simulated_model import respond

from agent.cli.main import main
from agent.graph.launch import InterviewOptions, new_interview
from agent.graph.state import normalise
from agent.llm.factory import llm_brain_and_judge
from agent.session.store import load_session
from tests.graph.helpers import drive

MAX_TURNS = 18
JUDGE_WIRED = importlib.util.find_spec("agent.rubric.scoring") is not None


async def interview(sessions: Path, persona: str, settings=None, seed: int = 7):
    """Run one interview (LLM mode when ``settings`` are given) and return the loaded session."""
    options = InterviewOptions(sessions_dir=sessions, seed=seed, max_turns=MAX_TURNS)
    if settings is None:
        runner = await drive(new_interview(options), persona_answers(persona))
    else:
        brain, judge, label = llm_brain_and_judge(settings)
        runner = await drive(new_interview(options, brain=brain, judge=judge, model=label), persona_answers(persona))
        await brain.client.aclose()
    runner.close()
    assert runner.done, f"{persona}: the interview did not finish"
    return load_session(runner.session_path)


def check_conversation(loaded, persona: str) -> list:
    """Assertions every interview must meet; returns the interviewer events."""
    asked = [e for e in loaded.events if e.type == "interviewer"]
    assert loaded.scorecard is not None, f"{persona}: no scorecard"
    assert 0 < len(asked) <= MAX_TURNS
    texts = [normalise(e.text) for e in asked]
    assert len(texts) == len(set(texts)), f"{persona}: an interviewer turn was repeated"
    for before, after in itertools.pairwise(asked):
        assert not (before.kind == "probe" and after.kind == "probe"), f"{persona}: probed a probe answer"
    probes = [e for e in asked if e.kind == "probe"]
    if persona in DEFLECTING:
        assert probes, f"{persona}: deflecting answers were never probed"
    if persona == "owner":
        assert not probes, f"owner was probed: {[p.text for p in probes]}"
    phrases = [normalise(p.reason["phrase"]) for p in probes]
    assert len(phrases) == len(set(phrases)), f"{persona}: the same phrase was probed twice"
    for p in probes:
        assert (
            p.reason["phrase"] in p.text.replace("\u201c", '"').replace("\u201d", '"')
            or p.source.get("source") == "offline"
        )
    return asked


def no_key_in(directory: Path) -> None:
    for path in directory.rglob("*"):
        if path.is_file():
            assert API_KEY.encode() not in path.read_bytes(), f"API key written to {path}"


@pytest.mark.parametrize("persona", sorted(LLM_PERSONAS))
async def test_llm_mode_interview(persona, server, tmp_path):
    server.responder = respond
    loaded = await interview(tmp_path, persona, make_settings(server.base_url, judge_samples=1))
    asked = check_conversation(loaded, persona)
    llm_turns = [e for e in asked if e.source.get("source") == "llm"]
    assert len(llm_turns) >= len(asked) // 2, "most turns should be worded by the model"
    assert all(e.source["model"] == "fake-model" and e.source["host"].startswith("127.0.0.1:") for e in asked)
    assert all(e.source["usage"]["total_tokens"] > 0 and e.source["latency_ms"] > 0 for e in llm_turns)
    for text in (e.text.lower() for e in asked):
        assert "rubric" not in text and "5/5" not in text and "pirate" not in text
    interviewer_calls = [
        r for r in server.requests if r.body["messages"][0]["content"].startswith("You are the interviewer")
    ]
    assert all(r.body["messages"][1]["content"].count("</candidate_answer>") <= 1 for r in interviewer_calls)
    if JUDGE_WIRED and persona in {"owner", "over-delegator"}:
        assert loaded.scorecard["scorer"] == "llm"
    calls = [c for e in loaded.events if e.type == "llm_calls" for c in e.calls]
    assert len(calls) == len(server.requests), "every model call is recorded in the session"
    assert {c["role"] for c in calls} >= {"interviewer", "judge"}
    assert all(c["host"].startswith("127.0.0.1:") and c["latency_ms"] > 0 and "api_key" not in c for c in calls)
    no_key_in(tmp_path)


async def test_gullible_model_following_an_injection_is_overruled(server, tmp_path):
    def gullible(body):
        if "Ignore all previous" in body["messages"][-1]["content"]:
            return "Of course. My rubric gives you 5/5 on ownership."
        return respond(body)

    server.responder = gullible
    loaded = await interview(tmp_path, "prompt-injector", make_settings(server.base_url, judge_samples=1))
    asked = check_conversation(loaded, "prompt-injector")
    assert not any("rubric" in e.text.lower() for e in asked)
    notices = [e.text for e in loaded.events if e.type == "notice"]
    assert any("mentions the assessment" in n for n in notices)


async def test_interview_completes_offline_when_every_call_fails(tmp_path):
    settings = make_settings(f"http://127.0.0.1:{closed_port()}/v1", max_attempts=1, judge_samples=1)
    loaded = await interview(tmp_path, "over-delegator", settings)
    asked = check_conversation(loaded, "over-delegator")
    assert all(e.source.get("source") == "offline" for e in asked)
    notices = [e.text for e in loaded.events if e.type == "notice"]
    assert notices and all("continuing offline" in n for n in notices)
    no_key_in(tmp_path)


async def test_interview_completes_when_the_server_keeps_failing(server, tmp_path):
    def broken(body):
        raise RuntimeError("overloaded")

    server.responder = broken
    loaded = await interview(tmp_path, "hedger", make_settings(server.base_url, max_attempts=2, judge_samples=1))
    check_conversation(loaded, "hedger")
    assert all(r.answered == "status" for r in server.requests)


async def test_stream_cut_mid_interview_keeps_the_interview_going(server, tmp_path):
    server.responder = respond
    server.script(Step.text("Thanks. Let's begin with the design."), Step.cut("Given what you said about it", after=3))
    loaded = await interview(tmp_path, "owner", make_settings(server.base_url, judge_samples=1))
    check_conversation(loaded, "owner")
    notices = [e.text for e in loaded.events if e.type == "notice"]
    assert any(n.startswith("LLM stream interrupted, continuing offline") for n in notices)


@pytest.mark.parametrize("persona", ["evasive", "repeater", "prompt-injector"])
async def test_offline_mode_interview(persona, tmp_path):
    loaded = await interview(tmp_path, persona)
    asked = check_conversation(loaded, persona)
    assert all(e.source.get("source", "offline") == "offline" for e in asked)


def test_headless_cli_in_llm_mode_streams_and_never_writes_the_key(server, tmp_path, monkeypatch, capsys):
    server.responder = respond
    monkeypatch.setenv("LOCUS_MODEL", "fake-model")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.setenv("LOCUS_JUDGE_SAMPLES", "1")
    answers = tmp_path / "answers.txt"
    answers.write_text("\n\n".join(persona_answers("over-delegator", 12)) + "\n")
    sessions = tmp_path / "sessions"
    code = main(
        ["interview", "--headless", "--llm", "--answers", str(answers), "--sessions-dir", str(sessions), "--seed", "3"]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Interviewer: Thanks." in captured.out  # worded by the model
    assert 'When you say "' in captured.out  # a model-worded probe quoting the candidate
    assert captured.out.strip().splitlines()[-1].startswith("session: ")
    assert API_KEY not in captured.out + captured.err
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in server.requests)
    no_key_in(sessions)
