"""SIGKILL the interview at many points; ``locus resume`` must restore every answered turn."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from agent.cli.main import main
from agent.session.store import load_session
from tests.conftest import REPO
from tests.graph.personas import OVER_DELEGATOR, OWNER

ANSWERS = [a for pair in zip(OWNER, OVER_DELEGATOR, strict=False) for a in pair] * 3
CRASH_POINTS = ["saved:5", "save:9", "analysis:4", "stream:7", "scoring:1"]


@pytest.fixture(scope="module")
def crashed_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One killed headless interview per crash point, started together to save time."""
    base = tmp_path_factory.mktemp("crash")
    answers = base / "answers.txt"
    answers.write_text("\n\n".join(ANSWERS) + "\n", encoding="utf-8")
    procs = {}
    for point in CRASH_POINTS:
        sessions = base / point.replace(":", "-")
        env = {**os.environ, "LOCUS_CRASHPOINT": point, "LOCUS_SESSIONS_DIR": str(sessions)}
        procs[point] = (
            sessions,
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "agent",
                    "interview",
                    "--headless",
                    "--answers",
                    str(answers),
                    "--seed",
                    "21",
                    "--scenario",
                    "alerting",
                ],
                cwd=REPO,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            ),
        )
    out = {}
    for point, (sessions, proc) in procs.items():
        _, err = proc.communicate(timeout=180)
        assert proc.returncode == -signal.SIGKILL, f"{point}: expected a SIGKILL, got {proc.returncode}: {err[-500:]!r}"
        out[point] = sessions
    return out


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_resume_after_kill_loses_no_answered_turn(
    crashed_runs: dict[str, Path], point: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = crashed_runs[point]
    [path] = list(sessions.glob("*.jsonl"))
    before = load_session(path)  # parses despite the kill (a torn last line is repaired)
    if point.startswith("save:"):
        assert any("truncated last line" in w for w in before.warnings)
    answered = [t.text for t in before.turns if t.speaker == "candidate"]
    assert answered == ANSWERS[: len(answered)]
    assert answered, "the crash came before any answer was saved"

    if before.status == "in progress":
        rest = sessions / "rest.txt"
        rest.write_text("\n\n".join(ANSWERS[len(answered) :]) + "\n", encoding="utf-8")
        code = main(
            ["resume", before.session_id, "--headless", "--answers", str(rest), "--sessions-dir", str(sessions)]
        )
        assert code == 0, capsys.readouterr().err
    after = load_session(path)
    assert after.status == "completed" and after.scorecard is not None
    assert not after.warnings, after.warnings
    final = [t.text for t in after.turns if t.speaker == "candidate"]
    assert final[: len(answered)] == answered
    assert final == ANSWERS[: len(final)]
    numbers = [t.number for t in after.turns]
    assert numbers == list(range(1, len(numbers) + 1)), "turn numbers must stay contiguous after resume"
