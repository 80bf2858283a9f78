"""Clean exits (issue 15): merge keys, a full disk after a rescue, headless resume warnings, cut answers.

The full-disk tests run in a forked child with its own mount namespace and a tiny tmpfs as the
sessions directory (a real ENOSPC, invisible to the rest of the machine); they skip where the
kernel does not allow a private mount namespace.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import json
import os
import subprocess
import time
import traceback
from pathlib import Path

import pytest

from agent.cli.main import main
from agent.session.store import load_session
from tests.conftest import REPO

CLONE_NEWNS = 0x00020000
ANSWER = "I decided to cache the last position per device because reads dominate, and I owned the rollout."


@pytest.fixture(autouse=True)
def _warm(analyzer_ready: None) -> None:
    """The interviews below analyse answers: load the model before the clock starts."""


def test_yaml_merge_keys_are_rejected_with_a_position(tmp_path: Path, capsys) -> None:
    text = (REPO / "tests/rubric/data/minimal.rubric.yaml").read_text()
    path = tmp_path / "merge.rubric.yaml"
    path.write_text(text.replace("title: ", "<<: {x: 1}\ntitle: ", 1))
    line = text[: text.index("title: ")].count("\n") + 1
    assert main(["rubric", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{path}:{line}:1: merge keys ('<<') are not allowed")


def test_a_rubric_wrong_everywhere_is_reported_in_part_and_fast(tmp_path: Path, capsys) -> None:
    path = tmp_path / "dup.rubric.yaml"
    path.write_text("a: 1\n" * 50_000)  # 250 KB, a duplicate key on every line
    started = time.process_time()
    assert main(["rubric", "check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert time.process_time() - started < 2.0
    assert len(lines) == 51 and lines[-1].endswith("more problems after this point (stopped after 50)")


def _headless(tmp_path: Path, answers: list[str], *extra: str) -> tuple[int, str, str]:
    path = tmp_path / "answers.txt"
    path.write_text("\n\n".join(answers) + "\n")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["interview", "--headless", "--answers", str(path), "--seed", "3", *extra])
    return code, out.getvalue(), err.getvalue()


def test_headless_resume_prints_the_same_warnings_as_replay(tmp_path: Path, capsys) -> None:
    sessions = tmp_path / "sessions"
    _code, out, _ = _headless(tmp_path, [ANSWER, ANSWER.replace("cache", "shard")], "--sessions-dir", str(sessions))
    path = Path(out.strip().splitlines()[-1].removeprefix("session: "))
    lines = path.read_bytes().split(b"\n")
    lines.insert(3, b'{"v": 1, "type": "answer", "turn": "broken')  # a damaged middle line
    path.write_bytes(b"\n".join(lines))
    assert main(["replay", str(path), "--plain"]) == 0
    replay_warnings = [
        ln.removeprefix("warning: ") for ln in capsys.readouterr().out.splitlines() if ln.startswith("warning: ")
    ]
    assert replay_warnings and f"{path}:4: unreadable line skipped" in replay_warnings[0]
    answers = tmp_path / "more.txt"
    answers.write_text(ANSWER + "\n")
    assert main(["resume", str(path), "--headless", "--answers", str(answers)]) == 0
    resume_warnings = [
        ln.removeprefix("locus: warning: ")
        for ln in capsys.readouterr().err.splitlines()
        if ln.startswith("locus: warning: ")
    ]
    assert resume_warnings == replay_warnings


def test_a_cut_answer_leaves_a_notice(tmp_path: Path) -> None:
    long_answer = ANSWER + " " + "x" * (1_260_000 - len(ANSWER) - 1)  # one pasted blob: cheap to score
    sessions = tmp_path / "sessions"
    started = time.process_time()
    code, _out, err = _headless(tmp_path, [long_answer], "--sessions-dir", str(sessions))
    assert code == 0 and time.process_time() - started < 2.0
    assert "[notice] Your answer was 1,260,000 characters; only the first 1,000,000 were kept" in err
    loaded = load_session(next(sessions.glob("*.jsonl")))
    assert len(loaded.turns[1].text) <= 1_000_000
    assert any(e.type == "notice" and "1,000,000" in e.text for e in loaded.events)


def _in_private_mounts(tmpfs: dict[Path, str], work) -> dict:
    """Run ``work()`` in a forked child where each ``tmpfs`` path is a fresh tmpfs of that size."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        status = 0
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.unshare(CLONE_NEWNS) != 0:
                raise PermissionError("unshare")
            subprocess.run(["mount", "--make-rprivate", "/"], check=True, capture_output=True)
            for path, size in tmpfs.items():
                path.mkdir(parents=True, exist_ok=True)
                subprocess.run(
                    ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True, capture_output=True
                )
        except (OSError, subprocess.CalledProcessError) as exc:
            os.write(write_end, json.dumps({"ok": False, "skip": f"no private tmpfs here: {exc}"}).encode())
            os._exit(0)
        try:
            result = {"ok": True, **work()}
        except BaseException:
            result = {"ok": False, "error": traceback.format_exc()}
            status = 1
        os.write(write_end, json.dumps(result).encode())
        os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    result = json.loads(data or b'{"ok": false, "error": "child died"}')
    if result.get("skip"):
        pytest.skip(result["skip"])
    assert result["ok"], result.get("error")
    return result


def _fill(directory: Path) -> None:
    """Write to ``directory`` until its file system is full."""
    fd = os.open(directory / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    with contextlib.suppress(OSError):
        while os.write(fd, b"\0" * 4096):
            pass
    os.close(fd)


def test_full_disk_after_a_rescue_is_a_clear_message_not_a_crash(tmp_path: Path, monkeypatch) -> None:
    sessions, cwd = tmp_path / "sessions", tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    answers = [ANSWER, ANSWER.replace("cache", "shard"), ANSWER.replace("device", "profile")]

    def work() -> dict:
        code, out, err = _headless(tmp_path, answers[:1], "--sessions-dir", str(sessions))
        path = Path(out.strip().splitlines()[-1].removeprefix("session: "))
        assert path.parent == sessions, err
        (cwd / path.name).write_text("a file that was here first\n")  # must never be replaced
        _fill(sessions)
        started = time.process_time()
        more = tmp_path / "more.txt"
        more.write_text("\n\n".join(answers[1:]) + "\n")
        out_err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out_err[0]), contextlib.redirect_stderr(out_err[1]):
            resumed = main(["resume", path.stem, "--headless", "--answers", str(more), "--sessions-dir", str(sessions)])
        rescued = cwd / f"{path.stem}-2.jsonl"
        return {
            "first": code,
            "code": resumed,
            "seconds": time.process_time() - started,
            "out": out_err[0].getvalue(),
            "err": out_err[1].getvalue(),
            "decoy": (cwd / path.name).read_text(),
            "rescued": str(rescued),
            "answers": [t.text for t in load_session(rescued).turns if t.speaker == "candidate"],
        }

    r = _in_private_mounts({sessions: "1m"}, work)
    assert r["first"] == 0 and r["code"] == 0, r["err"]
    assert "unexpected error" not in r["err"] and "Traceback" not in r["err"]
    assert "sessions directory unusable (" in r["err"] and "No space left on device" in r["err"]
    assert f"saved to {r['rescued']}" in r["err"] and r["out"].rstrip().endswith(f"session: {r['rescued']}")
    assert r["decoy"] == "a file that was here first\n"
    assert r["answers"] == answers
    assert r["seconds"] < 2.0


def test_nowhere_to_save_is_exit_1_with_a_reason(tmp_path: Path, monkeypatch) -> None:
    sessions, cwd = tmp_path / "sessions", tmp_path / "cwd"
    monkeypatch.chdir(tmp_path)

    def work() -> dict:
        os.chdir(cwd)
        _fill(cwd)
        _fill(sessions)
        code, _out, err = _headless(tmp_path, [ANSWER], "--sessions-dir", str(sessions))
        return {"code": code, "err": err}

    r = _in_private_mounts({sessions: "4k", cwd: "4k"}, work)
    assert r["code"] == 1 and "Traceback" not in r["err"]
    assert "could not save the session anywhere" in r["err"] and "No space left on device" in r["err"]
