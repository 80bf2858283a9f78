"""``locus interview --headless`` as a user runs it: output, exit codes, saved file, bad input."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from agent.cli.main import main
from agent.session.store import load_session
from tests.conftest import REPO


def _answers(tmp_path: Path, *answers: str) -> Path:
    path = tmp_path / "answers.txt"
    path.write_text("\n\n".join(answers) + "\n", encoding="utf-8")
    return path


def test_headless_prints_turns_scorecard_and_session_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = _answers(
        tmp_path,
        "I'd keep positions in a replicated key-value store keyed by profile.",
        "My manager approved the rollback.",
    )
    code = main(
        [
            "interview",
            "--headless",
            "--answers",
            str(answers),
            "--seed",
            "4",
            "--scenario",
            "playback-resume",
            "--sessions-dir",
            str(tmp_path / "s"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.count("Interviewer: ") >= 3
    assert "Candidate: My manager approved the rollback." in out
    assert "\u201cMy manager approved the rollback" in out  # the probe quotes the candidate
    assert "Judgment" in out and "Ownership" in out and "independently" in out
    last = out.strip().splitlines()[-1]
    match = re.fullmatch(r"session: (.+\.jsonl)", last)
    assert match, last
    loaded = load_session(match.group(1))
    assert [t.text for t in loaded.turns if t.speaker == "candidate"][-1] == "My manager approved the rollback."


def test_headless_reads_answers_from_stdin(tmp_path: Path) -> None:
    env = {**os.environ, "LOCUS_SESSIONS_DIR": str(tmp_path / "s")}
    proc = subprocess.run(
        [sys.executable, "-m", "agent", "interview", "--headless", "--answers", "-", "--seed", "2"],
        input="We'd use a queue.\n\nThe team decided to ship it.\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("session: ")
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "not found"),
        (b"", "no answers"),
        (b"\n\n   \n\n", "no answers"),
        (b"\x00\x01\x02binary\xff\xfe" * 100, "binary"),
        (b"a" * (9 * 1024 * 1024), "too large"),
    ],
    ids=["missing", "empty", "blank", "binary", "huge"],
)
def test_bad_answers_file_gives_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "answers.txt"
    if content is not None:
        path.write_bytes(content)
    code = main(["interview", "--headless", "--answers", str(path), "--sessions-dir", str(tmp_path / "s")])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and err.startswith("locus: ")
    assert not (tmp_path / "s").exists() or not list((tmp_path / "s").iterdir()), "no session for a failed start"


def test_headless_without_answers_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["interview", "--headless"]) == 2
    assert "--answers" in capsys.readouterr().err


def test_unknown_scenario_lists_known_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["interview", "--headless", "--answers", str(_answers(tmp_path, "hi there")), "--scenario", "nope"])
    err = capsys.readouterr().err
    assert code == 2 and "unknown scenario 'nope'" in err and "playback-resume" in err


def test_sessions_lists_and_resume_continues(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sessions = tmp_path / "s"
    main(
        [
            "interview",
            "--headless",
            "--answers",
            str(_answers(tmp_path, "We'd use a queue for writes.")),
            "--seed",
            "9",
            "--sessions-dir",
            str(sessions),
        ]
    )
    first = capsys.readouterr().out
    session_id = Path(first.strip().splitlines()[-1].split(": ", 1)[1]).stem
    assert main(["sessions", "--sessions-dir", str(sessions)]) == 0
    listing = capsys.readouterr().out
    assert session_id in listing and "in progress" in listing
    more = _answers(tmp_path, "I chose a key-value store myself because reads dominate.")
    assert main(["resume", session_id[:18], "--headless", "--answers", str(more), "--sessions-dir", str(sessions)]) == 0
    loaded = load_session(sessions / f"{session_id}.jsonl")
    answers = [t.text for t in loaded.turns if t.speaker == "candidate"]
    assert answers == ["We'd use a queue for writes.", "I chose a key-value store myself because reads dominate."]
    numbers = [t.number for t in loaded.turns]
    assert numbers == list(range(1, len(numbers) + 1))


def test_graph_command_matches_readme(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph"]) == 0
    mermaid = capsys.readouterr().out.strip()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```mermaid\n(.*?)```", readme, re.S)
    assert block, "README has no mermaid block"
    assert block.group(1).strip() == mermaid
