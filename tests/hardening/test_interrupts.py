"""Ctrl-C stops analysis and audit promptly (issue 15), including the forked analyze workers.

SIGINT is sent to this process from a timer thread while ``main`` runs in the main thread,
exactly what a terminal's Ctrl-C does to the foreground process (``tests/ctrl_c.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ctrl_c import interrupted

LINES = [
    "My manager approved the rollback after we aligned with the stakeholders.",
    "I decided to shard by user id because the hot keys were skewed.",
    "The team agreed that the runbook says to page the on-call engineer.",
]


@pytest.fixture(autouse=True)
def _warm(analyzer_ready: None) -> None:
    """The model is loaded first: the interrupt lands in the analysis itself."""


# Every line and story differs ("(line 7)"): the analyzer keeps recent parses by text, and three texts repeated
# would be parsed three times, so the command could finish before the interrupt.


def test_ctrl_c_stops_a_parallel_analyze_at_once(tmp_path: Path, capsys) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(f"{LINES[i % 3]} (line {i})" for i in range(30_000)) + "\n")
    code, seconds = interrupted(["analyze", "--json", "--jobs", "2", str(path)], after=1.5)
    assert code == 130 and seconds < 2.0
    assert "locus: interrupted" in capsys.readouterr().err


def test_ctrl_c_stops_an_audit_at_once(tmp_path: Path, capsys) -> None:
    path = tmp_path / "stories.md"
    path.write_text("".join(f"# Story {n}\n{LINES[n % 3]} {LINES[(n + 1) % 3]} (story {n})\n\n" for n in range(4000)))
    code, seconds = interrupted(["audit", str(path)], after=1.0)
    assert code == 130 and seconds < 2.0
    assert "locus: interrupted" in capsys.readouterr().err
