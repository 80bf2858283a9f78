"""Text survives the round trip: lone surrogates, a BOM, absurd numbers (issue 15).

Rows: a lone surrogate in a saved answer (replay, score, resume) or streamed by an LLM
endpoint (``interview --llm``); one BOM at the start of a session file; ``turn: 10**30``.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from agent.cli.main import main
from agent.session.events import AnswerEvent, MetaEvent
from agent.session.recorder import SessionRecorder
from agent.session.store import SessionWriter, load_session
from tests.llm.fake_openai_server import FakeOpenAI

CREATED = "2026-11-25T00:00:00+00:00"
SID = "20261125-000000-alerting-ab12"


@pytest.fixture(autouse=True)
def _warm(analyzer_ready: None) -> None:
    """Resume and score analyse answers: load the model before the clock starts."""


def _lines(*events: dict) -> bytes:
    return b"".join(json.dumps(e).encode() + b"\n" for e in events)


def _meta() -> dict:
    return {
        "v": 1,
        "type": "meta",
        "session_id": SID,
        "created": CREATED,
        "scenario_id": "alerting",
        "seed": 3,
        "max_turns": 40,
    }


def _question(turn: int) -> dict:
    return {
        "v": 1,
        "type": "interviewer",
        "turn": turn,
        "kind": "question",
        "phase": "requirements",
        "text": "What would you clarify first?",
        "cursor": {},
    }


def _write(tmp_path: Path, data: bytes) -> Path:
    sessions = tmp_path / "sessions"
    sessions.mkdir(exist_ok=True)
    path = sessions / f"{SID}.jsonl"
    path.write_bytes(data)
    return path


def _answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.txt"
    path.write_text("I decided to cache the last position per device because reads dominate.\n")
    return path


SURROGATE_SESSION = [
    _meta(),
    _question(1),
    {"v": 1, "type": "answer", "turn": 2, "text": "I rolled back \ud800 then"},
    _question(3),
]


def test_a_lone_surrogate_in_a_saved_answer_is_replaced_on_load(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, _lines(*SURROGATE_SESSION))
    assert b"\\ud800" in path.read_bytes()
    assert load_session(path).turns[1].text == "I rolled back \ufffd then"
    assert main(["replay", SID, "--plain", "--sessions-dir", str(path.parent)]) == 0
    assert "I rolled back \ufffd then" in capsys.readouterr().out


def test_a_lone_surrogate_in_a_saved_answer_scores(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, _lines(*SURROGATE_SESSION))
    assert main(["score", str(path), "--json"]) == 0
    json.loads(capsys.readouterr().out)


def test_a_lone_surrogate_in_a_saved_answer_resumes(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, _lines(*SURROGATE_SESSION))
    code = main(["resume", SID, "--headless", "--answers", str(_answers(tmp_path)), "--sessions-dir", str(path.parent)])
    assert code == 0
    assert "Candidate: I rolled back \ufffd then" in capsys.readouterr().out


def test_a_surrogate_never_reaches_the_file(tmp_path: Path) -> None:
    writer = SessionWriter.create(tmp_path, "s1")
    recorder = SessionRecorder(writer)
    recorder.record(MetaEvent(session_id="s1", created=CREATED, scenario_id="alerting"))
    recorder.record(AnswerEvent(turn=2, text="pasted \udcff text"))
    recorder.close()
    assert load_session(tmp_path / "s1.jsonl").turns[0].text == "pasted \ufffd text"


def test_a_surrogate_streamed_by_the_model_does_not_crash_the_interview(tmp_path: Path, monkeypatch, capsys) -> None:
    def respond(body: dict) -> str:
        return "{}" if body.get("response_format") else "Thanks \ud800. What would you clarify first?"

    monkeypatch.setenv("LOCUS_MODEL", "fake-model")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key-123456")
    monkeypatch.setenv("LOCUS_JUDGE_SAMPLES", "1")
    answers = tmp_path / "answers.txt"
    answers.write_text("I decided to cache positions per device.\n\nI owned the rollback plan.\n")
    with FakeOpenAI(responder=respond) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        code = main(
            [
                "interview",
                "--headless",
                "--llm",
                "--answers",
                str(answers),
                "--seed",
                "3",
                "--sessions-dir",
                str(tmp_path / "s"),
            ]
        )
    out = capsys.readouterr().out
    assert code == 0 and "Thanks \ufffd." in out
    saved = next((tmp_path / "s").glob("*.jsonl"))
    assert any("\ufffd" in t.text for t in load_session(saved).turns)


def test_a_bom_at_the_start_of_a_session_file_is_accepted(tmp_path: Path, capsys) -> None:
    path = _write(tmp_path, codecs.BOM_UTF8 + _lines(_meta(), _question(1)))
    loaded = load_session(path)
    assert loaded.session_id == SID and not loaded.warnings
    assert main(["replay", str(path), "--plain"]) == 0


@pytest.mark.parametrize("field, value", [("turn", 10**30), ("turn", -1), ("turn", 1e999), ("seq", 2**64)])
def test_absurd_numbers_are_a_damaged_line_not_a_crash(tmp_path: Path, field: str, value, capsys) -> None:
    bad = {"v": 1, "type": "answer", "turn": 2, "text": "lost"}
    bad[field] = value
    path = _write(tmp_path, _lines(_meta(), _question(1), bad, _question(3)).replace(b"Infinity", b"1e999"))
    loaded = load_session(path)
    assert [t.speaker for t in loaded.turns] == ["interviewer", "interviewer"]
    assert loaded.warnings and f"{path}:3: unreadable line skipped" in loaded.warnings[0]
    code = main(["resume", SID, "--headless", "--answers", str(_answers(tmp_path)), "--sessions-dir", str(path.parent)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert f"locus: warning: {path}:3: unreadable line skipped" in captured.err


def test_nan_and_infinity_literals_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, _lines(_meta(), _question(1)) + b'{"v": 1, "type": "notice", "text": "x", "n": NaN}\n')
    assert "unreadable line skipped: NaN is not a number" in load_session(path).warnings[0]
