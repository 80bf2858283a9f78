"""`locus score`: formats, safety of rendered text, sessions, --compare and --output."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from agent.cli.main import main

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
REPO = HERE.parents[1]
DEFAULT = REPO / "rubrics" / "default.rubric.yaml"

HOSTILE = (
    "Interviewer: Tell me about an incident.\n"
    "Candidate: I rolled back the <script>alert(1)</script> deploy \x1b[31mwithin ten minutes\x1b[0m "
    "rather than patch it, because checkout errors had tripled, and [bold]told[/bold] the channel.\n"
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_shape(capsys) -> None:
    code, out, _ = run(["score", str(DATA / "u1-high.txt"), "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["rubric", "scorer", "dimensions", "overall", "stories", "reframes", "ignored"]
    for story in data["stories"]:
        assert list(story) == ["number", "title", "turns", "answers", "holder", "key_decision", "signals", "line"]
        assert story["line"].startswith(f"Story {story['number']}")
    assert data["rubric"]["id"] == "locus-default" and data["scorer"] == "offline"
    for dim in data["dimensions"]:
        assert list(dim) == ["id", "name", "level", "max_level", "evidence", "summary"]
        assert dim["max_level"] == 5
        for ev in dim["evidence"]:
            assert list(ev) == ["turn", "quote", "cue", "effect"]
    assert isinstance(data["overall"]["level"], float) and data["overall"]["recommendation"]


def test_text_output_with_level(capsys) -> None:
    code, out, _ = run(["score", str(DATA / "u1-low.txt"), "--level", "senior"], capsys)
    assert code == 0
    assert "Operating independently: 2/5  (expected 4: below)" in out
    assert "Senior bar: not met" in out and "scope extension: no story shows it" in out
    assert "Stories:\n  Story 1" in out and "answer 2" in out  # people read answer numbers, not raw turns
    assert "Reframes" in out and "->" in out
    code, out, _ = run(["score", str(DATA / "u1-low.txt"), "--level", "senior", "--json"], capsys)
    data = json.loads(out)
    assert data["senior_bar_met"] is False and data["expected_levels"]["independence"] == 4


def test_rendered_text_is_inert_and_html_escaped(tmp_path: Path, capsys) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE)
    code, text, _ = run(["score", str(path)], capsys)
    assert code == 0 and "\x1b" not in text and "within ten minutes" in text
    code, page, _ = run(["score", str(path), "--format", "html"], capsys)
    assert code == 0 and "<script>" not in page and "&lt;script&gt;" in page and "\x1b" not in page
    code, md, _ = run(["score", str(path), "--format", "md"], capsys)
    assert code == 0 and "<script>" not in md and "\\<script\\>" in md


def test_session_file_is_scored_and_left_untouched(tmp_path: Path, capsys) -> None:
    lines = [
        {
            "v": 1,
            "seq": 0,
            "type": "meta",
            "session_id": "s1",
            "created": "2026-01-01T00:00:00Z",
            "scenario_id": "demo",
        },
        {
            "v": 1,
            "seq": 1,
            "type": "interviewer",
            "turn": 1,
            "kind": "question",
            "phase": "experience",
            "text": "Tell me about a rollback.",
        },
        {
            "v": 1,
            "seq": 2,
            "type": "answer",
            "turn": 2,
            "text": "We held off until my manager approved the rollback, as the runbook says.",
        },
        {
            "v": 1,
            "seq": 3,
            "type": "interviewer",
            "turn": 3,
            "kind": "probe",
            "phase": "experience",
            "text": "And then?",
        },
        {
            "v": 1,
            "seq": 4,
            "type": "answer",
            "turn": 4,
            "text": "I was assigned to write the postmortem once it was approved.",
        },
    ]
    session = tmp_path / "s1.jsonl"
    session.write_text("".join(json.dumps(line) + "\n" for line in lines))
    before = hashlib.sha256(session.read_bytes()).hexdigest()
    out_file = tmp_path / "out" / "card.json"
    code, _, err = run(["score", str(session), "--json", "--output", str(out_file)], capsys)
    assert code == 0 and "wrote" in err
    assert hashlib.sha256(session.read_bytes()).hexdigest() == before
    data = json.loads(out_file.read_text())
    assert {d["id"]: d["level"] for d in data["dimensions"]}[
        "independence"
    ] == 2  # waits for sign-off, does not defend it
    assert data["stories"] and data["stories"][0]["answers"] == [1, 2]
    assert data["rubric"]["id"] == "locus-default"
    code, _, err = run(["score", str(session), "--output", str(session)], capsys)
    assert code == 2 and "must not overwrite" in err
    assert hashlib.sha256(session.read_bytes()).hexdigest() == before


def test_compare_shows_level_change_and_moved_evidence(tmp_path: Path, capsys) -> None:
    # A rubric author stops independence listening to the signal its first quote shows: the comparison says what moved.
    transcript = str(DATA / "u1-high.txt")
    card = json.loads(run(["score", transcript, "--json"], capsys)[1])
    indep_card = next(d for d in card["dimensions"] if d["id"] == "independence")
    signal = indep_card["evidence"][0]["cue"]
    text = DEFAULT.read_text()
    start = text.index("  - id: independence")
    line = text.index(f"        {signal}: ", start)
    end = text.index("\n", line) + 1
    edited = tmp_path / "edited.rubric.yaml"
    edited.write_text(text[:line] + text[end:])
    code, out, _ = run(["score", transcript, "--rubric", str(edited), "--compare", str(DEFAULT)], capsys)
    assert code == 0
    assert "Compare: locus-default" in out
    assert "Operating independently: " in out
    assert "lost evidence" in out and f"[{signal}]" in out
    code, out, _ = run(["score", transcript, "--rubric", str(edited), "--compare", str(DEFAULT), "--json"], capsys)
    data = json.loads(out)
    indep = next(d for d in data["compare"]["dimensions"] if d["id"] == "independence")
    assert signal in [e["cue"] for e in indep["removed"]]
    assert signal not in [e["cue"] for e in indep["added"]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"just notes, no speakers\n", "text before the first turn"),
        (b"Interviewer: only questions?\n", "no 'Candidate:' turns"),
        (b"Candidate: caf\xe9\n", "not valid UTF-8"),
    ],
)
def test_bad_transcripts_are_clean_errors(tmp_path: Path, capsys, content: bytes, message: str) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(content)
    code, out, err = run(["score", str(path)], capsys)
    assert code == 1 and message in err and "Traceback" not in err and out == ""


def test_invalid_rubric_lists_problems(capsys) -> None:
    code, _, err = run(
        ["score", str(DATA / "u1-low.txt"), "--rubric", str(HERE / "broken" / "typo-key.rubric.yaml")], capsys
    )
    assert code == 1 and "typo-key.rubric.yaml:20:9: unknown key 'polarty'" in err


def test_console_entry_point_runs(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "agent", "score", str(DATA / "x3-gibberish.txt"), "--format", "md"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "insufficient evidence" in proc.stdout


def test_llm_without_model_is_a_clean_error(capsys) -> None:
    code, out, err = run(["score", str(DATA / "u1-low.txt"), "--llm"], capsys)
    assert code == 2 and "LLM mode needs a model" in err and out == ""


def test_llm_unreachable_falls_back_offline(monkeypatch, capsys) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on: connection refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("LOCUS_MODEL", "test-model")
    monkeypatch.setenv("LOCUS_BASE_URL", f"http://127.0.0.1:{port}/v1")
    monkeypatch.setenv("LOCUS_API_KEY", "sk-test")
    monkeypatch.setenv("LOCUS_MAX_ATTEMPTS", "1")
    monkeypatch.setenv("LOCUS_CONNECT_TIMEOUT", "1")
    code, out, _ = run(["score", str(DATA / "u1-low.txt"), "--llm", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["scorer"] == "offline"
    assert "LLM judge failed" in data["notice"] and "scored offline" in data["notice"]
    assert "sk-test" not in out
    offline = json.loads(run(["score", str(DATA / "u1-low.txt"), "--json"], capsys)[1])
    assert data["dimensions"] == offline["dimensions"]
