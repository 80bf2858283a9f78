"""Damaged, hostile and old session files: clear outcomes, nothing lost, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.cli.main import main
from agent.session.events import AnswerEvent, MetaEvent
from agent.session.store import SessionError, SessionWriter, load_session
from tests.conftest import REPO

META = MetaEvent(session_id="s1", created="2026-11-25T00:00:00+00:00", scenario_id="playback-resume")


def _session(tmp_path: Path, *extra_lines: bytes) -> Path:
    writer = SessionWriter.create(tmp_path, "s1")
    writer.append(META.model_copy())
    writer.append(AnswerEvent(turn=2, text="first answer"))
    writer.close()
    path = tmp_path / "s1.jsonl"
    with open(path, "ab") as fh:
        for line in extra_lines:
            fh.write(line)
    return path


def test_files_are_owner_only(tmp_path: Path) -> None:
    path = _session(tmp_path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(
    "bad",
    [
        b'{"type": "answer", "turn": 4, "text": "cut of',  # torn write
        b"\xff\xfe\xfa not utf-8 \n",
        b"[" * 200_000 + b"\n",  # deeply nested JSON
        b'{"type": "answer", "turn": 4, "text": "' + b"x" * (9 * 1024 * 1024) + b'"}\n',  # huge line
        b'{"type": "mystery"}\n',
        b'"just a string"\n',
    ],
    ids=["torn", "invalid-utf8", "nested", "huge", "unknown-type", "not-object"],
)
def test_damaged_lines_are_skipped_with_a_warning(tmp_path: Path, bad: bytes) -> None:
    loaded = load_session(_session(tmp_path, bad))
    assert [t.text for t in loaded.turns] == ["first answer"]
    assert loaded.warnings and "s1.jsonl:3" in loaded.warnings[0]


def test_damaged_middle_line_keeps_later_events(tmp_path: Path) -> None:
    later = AnswerEvent(turn=4, text="second answer").model_dump_json().encode() + b"\n"
    loaded = load_session(_session(tmp_path, b"{broken\n", later))
    assert [t.text for t in loaded.turns] == ["first answer", "second answer"]
    assert "unreadable line skipped" in loaded.warnings[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no valid meta line"),
        (b'{"type": "answer", "turn": 1, "text": "x"}\n', "no valid meta line"),
        (b'{"v": 99, "type": "meta"}\n', "not supported"),
        (b"\x00\x01\x02", "no valid meta line"),
    ],
    ids=["empty", "no-meta", "newer-version", "binary"],
)
def test_unusable_files_give_clear_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    with pytest.raises(SessionError, match=message):
        load_session(path)


def test_old_format_session_still_loads() -> None:
    loaded = load_session(REPO / "sessions" / "examples" / "v0-pre-release.jsonl")
    assert [t.speaker for t in loaded.turns] == ["interviewer", "candidate", "interviewer", "candidate"]
    assert loaded.analyses[4].locus == "authority"
    assert loaded.status == "in progress"


def test_sessions_command_lists_unreadable_files_without_crashing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _session(tmp_path)
    (tmp_path / "garbage.jsonl").write_bytes(b"\x00garbage")
    assert main(["sessions", "--sessions-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "s1" in out and "unreadable" in out


def test_delete_really_removes_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _session(tmp_path)
    assert main(["sessions", "--sessions-dir", str(tmp_path), "--delete", "s1", "--yes"]) == 0
    assert not path.exists()
    assert main(["sessions", "--sessions-dir", str(tmp_path), "--delete", "s1", "--yes"]) == 2


def test_second_writer_on_the_same_session_is_refused(tmp_path: Path) -> None:
    path = _session(tmp_path)
    first = SessionWriter.reopen(load_session(path))
    try:
        with pytest.raises(SessionError, match="another locus process"):
            SessionWriter.reopen(load_session(path))
    finally:
        first.close()


def test_unusable_sessions_dir_keeps_interview_and_saves_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the sessions directory should be")
    answers = tmp_path / "a.txt"
    answers.write_text("We'd use a queue.\n\nI picked Postgres myself because the data is relational.\n")
    monkeypatch.chdir(tmp_path)
    code = main(["interview", "--headless", "--answers", str(answers), "--sessions-dir", str(blocker / "sessions")])
    captured = capsys.readouterr()
    assert code == 0
    assert "continues in memory" in captured.err
    saved = Path(captured.out.strip().splitlines()[-1].split(": ", 1)[1])
    assert saved.parent == tmp_path
    assert [t.text for t in load_session(saved).turns if t.speaker == "candidate"][-1].startswith("I picked Postgres")


def test_two_processes_in_one_sessions_dir_do_not_collide(tmp_path: Path) -> None:
    answers = tmp_path / "a.txt"
    answers.write_text("We'd use a queue.\n\nThe team decided to ship it.\n")
    env = {**os.environ, "LOCUS_SESSIONS_DIR": str(tmp_path / "s")}
    cmd = [sys.executable, "-m", "agent", "interview", "--headless", "--answers", str(answers), "--seed", "1"]
    procs = [subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for proc in procs:
        proc.communicate(timeout=120)
        assert proc.returncode == 0
    files = sorted((tmp_path / "s").glob("*.jsonl"))
    assert len(files) == 2
    for path in files:
        loaded = load_session(path)
        assert not loaded.warnings and len(loaded.turns) == 5


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=2000), junk=st.binary(max_size=200))
def test_loader_never_crashes_on_truncation_or_junk(tmp_path: Path, cut: int, junk: bytes) -> None:
    lines = [META.model_dump_json()] + [
        AnswerEvent(turn=2 * i, text=f"answer {i} é").model_dump_json() for i in range(1, 8)
    ]
    blob = ("\n".join(lines) + "\n").encode()
    path = tmp_path / "h.jsonl"
    path.write_bytes(blob[: max(cut, 1)] + junk)
    try:
        loaded = load_session(path)
    except SessionError:
        return
    texts = [t.text for t in loaded.turns]
    assert texts == [f"answer {i} é" for i in range(1, len(texts) + 1)], "only whole, intact answers, in order"
    json.dumps(loaded.warnings)  # warnings are plain, serialisable text
