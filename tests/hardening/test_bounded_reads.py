"""Every user-given file is read bounded: devices, FIFOs and sockets are refused, sizes are capped.

Rows of issue 15: /dev/zero or /dev/urandom as rubric, answers, analyze or audit input; a FIFO
as rubric or in the sessions directory; audit on a 10 MB file; plus links and sockets.
"""

from __future__ import annotations

import io
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from agent.cli.main import main
from agent.util.files import FileRefused, capped_lines, read_capped, read_regular
from tests.conftest import REPO

DEVICES = ["/dev/zero", "/dev/urandom"]


def _bounded(argv: list[str], seconds: float = 10.0) -> tuple[int, float]:
    """Run ``locus argv`` in a thread, failing (instead of hanging) if it blocks; returns the code and CPU seconds."""
    result: list[int] = []
    started = time.process_time()
    worker = threading.Thread(target=lambda: result.append(main(argv)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"locus {' '.join(argv)} still running after {seconds} s"
    return result[0], time.process_time() - started


def _commands(path: str) -> dict[str, list[str]]:
    return {
        "rubric check": ["rubric", "check", path],
        "score --rubric": ["score", str(REPO / "tests/rubric/data/u1-high.txt"), "--rubric", path],
        "score": ["score", path],
        "answers": ["interview", "--headless", "--answers", path],
        "analyze": ["analyze", path],
        "audit": ["audit", path],
    }


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("command", ["rubric check", "score --rubric", "score", "answers", "analyze", "audit"])
def test_devices_are_refused_at_once(device: str, command: str, capsys) -> None:
    code, seconds = _bounded(_commands(device)[command])
    out, err = capsys.readouterr()
    assert code in (1, 2) and seconds < 2.0
    assert "character device, not a regular file" in out + err and "Traceback" not in err


@pytest.mark.parametrize("command", ["rubric check", "answers", "analyze", "audit", "score"])
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, command: str, capsys) -> None:
    fifo = tmp_path / "x.rubric.yaml"
    os.mkfifo(fifo)
    code, _ = _bounded(_commands(str(fifo))[command])
    out, err = capsys.readouterr()
    assert code in (1, 2) and "FIFO (named pipe), not a regular file" in out + err


def test_a_link_to_a_device_names_its_target(tmp_path: Path, capsys) -> None:
    link = tmp_path / "nice.rubric.yaml"
    link.symlink_to("/dev/zero")
    code, _ = _bounded(["rubric", "check", str(link)])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith(f"{link}:1:1: file (a link to /dev/zero) is a character device")


def test_a_link_to_a_regular_rubric_is_followed(tmp_path: Path, capsys) -> None:
    link = tmp_path / "linked.rubric.yaml"
    link.symlink_to(REPO / "tests/rubric/data/minimal.rubric.yaml")
    assert _bounded(["rubric", "check", str(link)])[0] == 0


def test_a_socket_is_refused(tmp_path: Path, capsys) -> None:
    path = tmp_path / "answers.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        code, _ = _bounded(["interview", "--headless", "--answers", str(path)])
    finally:
        server.close()
    assert code == 2 and "is a socket, not a regular file" in capsys.readouterr().err


def test_a_fifo_in_the_sessions_directory_is_skipped_with_a_warning(tmp_path: Path, capsys) -> None:
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    (sessions / "good.jsonl").write_bytes((REPO / "sessions/examples/v0-pre-release.jsonl").read_bytes())
    os.mkfifo(sessions / "x.jsonl")
    (sessions / "dir.jsonl").mkdir()
    code, _seconds = _bounded(["sessions", "--sessions-dir", str(sessions)])
    out, err = capsys.readouterr()
    assert code == 0 and "v0-pre-release" in out
    assert "x.jsonl is a FIFO (named pipe), not a regular file" in err
    assert "dir.jsonl is a directory" in err


def test_audit_has_a_size_cap(tmp_path: Path, capsys) -> None:
    big = tmp_path / "stories.md"
    big.write_bytes(b"# Story\nI decided to roll back the release.\n" * 250_000)  # about 10 MB
    code, seconds = _bounded(["audit", str(big)])
    err = capsys.readouterr().err
    assert code == 2 and seconds < 2.0
    assert "too large: over the 1,000,000 bytes limit" in err


def test_audit_headings_with_long_runs_of_spaces_are_linear(tmp_path: Path, capsys, analyzer_ready: None) -> None:
    path = tmp_path / "stories.md"
    path.write_text("# a" + " " * 30_000 + "b\nI decided to roll back.\n")
    code, seconds = _bounded(["audit", str(path), "--json"])
    assert code == 0 and seconds < 2.0


def test_the_cap_does_not_trust_st_size() -> None:
    stream = io.BytesIO(b"x" * 5000)
    with pytest.raises(FileRefused, match="too large"):
        read_capped(stream, 4096, "stream")
    proc = read_regular("/proc/self/status", 1_000_000)  # st_size 0, real content
    assert b"Name:" in proc


def test_long_lines_are_cut_with_flat_memory() -> None:
    stream = io.BytesIO(b"a" * 100_000 + b"\nshort\n" + b"z" * 50)
    lines = list(capped_lines(stream, 1000))
    assert [(len(line), cut) for line, cut in lines] == [(1001, True), (6, False), (50, False)]
    assert lines[0][0].endswith(b"\n")
