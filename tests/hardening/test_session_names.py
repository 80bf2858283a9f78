"""Session ids are names, never paths or globs (issue 15, 'names, not paths').

Rows: ``sessions --delete '../elsewhere/f?le' --yes``; ``replay '*'`` or an absolute path;
a session whose id is an absolute path; the rescue copy never replaces a file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.cli.main import main
from agent.session.events import AnswerEvent, MetaEvent
from agent.session.ids import BadSessionId, check_session_id, session_file
from agent.session.recorder import SessionRecorder
from agent.session.rescue import rescue_copy
from agent.session.store import SessionError, SessionWriter, load_session

CREATED = "2026-11-25T00:00:00+00:00"


def _session(directory: Path, session_id: str = "20261125-000000-alerting-ab12") -> Path:
    writer = SessionWriter.create(directory, session_id)
    writer.append(MetaEvent(session_id=session_id, created=CREATED, scenario_id="alerting"))
    writer.append(AnswerEvent(turn=2, text="I rolled back the release."))
    writer.close()
    return directory / f"{session_id}.jsonl"


def _raw_session(path: Path, session_id: str) -> Path:
    meta = {"v": 1, "type": "meta", "session_id": session_id, "created": CREATED, "scenario_id": "alerting"}
    path.write_text(json.dumps(meta) + "\n" + json.dumps({"v": 1, "type": "answer", "turn": 2, "text": "hi"}) + "\n")
    return path


@pytest.mark.parametrize("ref", ["../elsewhere/f?le", "*", "f?le", "/etc/passwd", "..", "a/../../f", "x\x00y", ""])
def test_delete_takes_names_only(tmp_path: Path, ref: str, capsys) -> None:
    sessions, elsewhere = tmp_path / "sessions", tmp_path / "elsewhere"
    sessions.mkdir()
    elsewhere.mkdir()
    victim = elsewhere / "file.jsonl"
    victim.write_text("precious\n")
    (elsewhere / "fale").write_text("precious\n")
    kept = _session(sessions)
    code = main(["sessions", "--sessions-dir", str(sessions), "--delete", ref, "--yes"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert "not a session id" in err or "no session" in err
    assert victim.exists() and (elsewhere / "fale").exists() and kept.exists()


def test_delete_by_id_and_unique_prefix_still_works(tmp_path: Path, capsys) -> None:
    path = _session(tmp_path)
    assert main(["sessions", "--sessions-dir", str(tmp_path), "--delete", "20261125-000000", "--yes"]) == 0
    assert not path.exists()


@pytest.mark.parametrize("ref", ["*", "?", "[a-z]*", "/nonexistent/dir/s.jsonl", "/etc/passwd", "../x"])
def test_replay_and_resume_refuse_globs_and_bad_paths_cleanly(tmp_path: Path, ref: str, capsys) -> None:
    _session(tmp_path)
    answers = tmp_path / "a.txt"
    answers.write_text("An answer.\n")
    for argv in (["replay", ref, "--plain"], ["resume", ref, "--headless", "--answers", str(answers)]):
        code = main([*argv, "--sessions-dir", str(tmp_path)])
        err = capsys.readouterr().err
        assert code == 2 and err.startswith("locus: ") and "Traceback" not in err


def test_replay_accepts_an_explicit_path_to_a_session_file(tmp_path: Path, capsys) -> None:
    path = _session(tmp_path / "elsewhere")
    assert main(["replay", str(path), "--plain", "--sessions-dir", str(tmp_path / "sessions")]) == 0
    assert "I rolled back the release." in capsys.readouterr().out


@pytest.mark.parametrize("bad_id", ["/tmp/evil/abs", "../../escape", "a b", "x" * 200, "*", ""])
def test_a_session_whose_id_is_a_path_is_refused(tmp_path: Path, bad_id: str, capsys) -> None:
    path = _raw_session(tmp_path / "s.jsonl", bad_id)
    with pytest.raises(SessionError, match="not a session id"):
        load_session(path)
    answers = tmp_path / "a.txt"
    answers.write_text("An answer.\n")
    code = main(["resume", str(path), "--headless", "--answers", str(answers)])
    assert code == 2 and "not a session id" in capsys.readouterr().err
    assert not Path("/tmp/evil/abs.jsonl").exists()


def test_the_id_check_is_one_pattern() -> None:
    assert check_session_id("20261125-041500-playback-resume-3fa9") == "20261125-041500-playback-resume-3fa9"
    for bad in ("a/b", "a\\b", ".hidden", "-x", "a.b", "é"):
        with pytest.raises(BadSessionId):
            session_file(Path("/s"), bad)
    with pytest.raises(SessionError, match="not a session id"):
        SessionWriter.create(Path("/tmp"), "../../x")


def test_the_rescue_copy_never_replaces_a_file_and_never_creates_directories(tmp_path: Path) -> None:
    recorder = SessionRecorder(None, [MetaEvent(session_id="s1", created=CREATED, scenario_id="alerting")])
    cwd, sessions = tmp_path / "cwd", tmp_path / "sessions"
    cwd.mkdir()
    sessions.mkdir()
    (cwd / "s1.jsonl").write_text("someone else's file\n")
    first = rescue_copy(recorder, "s1", [cwd, sessions])
    assert first == cwd / "s1-2.jsonl" and (cwd / "s1.jsonl").read_text() == "someone else's file\n"
    assert load_session(first).session_id == "s1"
    assert rescue_copy(recorder, "s1", [cwd]) == cwd / "s1-3.jsonl"
    assert rescue_copy(recorder, "s1", [tmp_path / "missing", sessions]) == sessions / "s1.jsonl"
    assert not (tmp_path / "missing").exists()
    with pytest.raises(SessionError, match="cannot name a copy"):
        rescue_copy(recorder, "/abs/evil", [cwd])
