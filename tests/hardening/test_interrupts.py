"""Ctrl-C stops analysis and audit promptly (issue 15), including the forked analyze workers.

SIGINT is sent to this process from a timer thread while ``main`` runs in the main thread,
exactly what a terminal's Ctrl-C does to the foreground process; the handler is armed only
while ``main`` runs, so a late signal can never reach pytest.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from agent.cli.main import main

LINES = [
    "My manager approved the rollback after we aligned with the stakeholders.",
    "I decided to shard by user id because the hot keys were skewed.",
    "The team agreed that the runbook says to page the on-call engineer.",
]


@pytest.fixture(autouse=True)
def _warm(analyzer_ready: None) -> None:
    """The model is loaded first: the interrupt lands in the analysis itself."""


def _interrupted(argv: list[str], after: float) -> tuple[int, float]:
    """Run ``main(argv)``, send SIGINT after ``after`` seconds; return the exit code and seconds from signal to return."""
    armed = threading.Event()
    sent: list[float] = []

    def handler(signum, frame):
        if armed.is_set():
            raise KeyboardInterrupt

    def fire() -> None:
        time.sleep(after)
        if armed.is_set():
            sent.append(time.perf_counter())
            os.kill(os.getpid(), signal.SIGINT)

    previous = signal.signal(signal.SIGINT, handler)
    timer = threading.Thread(target=fire, daemon=True)
    try:
        armed.set()
        timer.start()
        code = main(argv)
        armed.clear()
        returned = time.perf_counter()
        timer.join()
    finally:
        armed.clear()
        signal.signal(signal.SIGINT, previous)
    assert sent, "the command finished before the interrupt: make its input bigger"
    return code, returned - sent[0]


# Every line and story differs ("(line 7)"): the analyzer keeps recent parses by text, and three texts repeated
# would be parsed three times, so the command could finish before the interrupt.


def test_ctrl_c_stops_a_parallel_analyze_at_once(tmp_path: Path, capsys) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(f"{LINES[i % 3]} (line {i})" for i in range(30_000)) + "\n")
    code, seconds = _interrupted(["analyze", "--json", "--jobs", "2", str(path)], after=1.5)
    assert code == 130 and seconds < 2.0
    assert "locus: interrupted" in capsys.readouterr().err


def test_ctrl_c_stops_an_audit_at_once(tmp_path: Path, capsys) -> None:
    path = tmp_path / "stories.md"
    path.write_text("".join(f"# Story {n}\n{LINES[n % 3]} {LINES[(n + 1) % 3]} (story {n})\n\n" for n in range(4000)))
    code, seconds = _interrupted(["audit", str(path)], after=1.0)
    assert code == 130 and seconds < 2.0
    assert "locus: interrupted" in capsys.readouterr().err
