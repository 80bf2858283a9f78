"""Line modes as a program or a person uses them: ``--answers -`` over a pipe, ``--plain``, ``--jsonl``.

Each test runs ``python -m agent`` as a subprocess, writes an answer only after reading the
question it answers, and checks the saved session file.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

from agent.session.store import load_session
from tests.conftest import REPO

TIMEOUT = 60
ANSWERS = [
    "Two phones playing the same episode should converge on the furthest position, decided by a per-write timestamp.",
    "I'd accept a few seconds of staleness on the second device; eventual consistency is fine if the home region is read first.",
    "During the spring outage my manager approved the failover to the east region, and then the team agreed to add a dashboard.",
    "I had recommended that failover an hour earlier because replication lag was climbing, and I wrote the runbook step for it.",
]


class Session:
    """A running ``locus`` process whose stdout is read line by line on a thread (with timeouts)."""

    def __init__(self, args: list[str], sessions: Path) -> None:
        env = {**os.environ, "LOCUS_SESSIONS_DIR": str(sessions), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "agent", *args],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.put(raw.decode("utf-8", errors="replace").rstrip("\n"))
        self.lines.put(None)

    def line(self) -> str | None:
        return self.lines.get(timeout=TIMEOUT)

    def next_turn(self) -> str:
        """Read up to the next interviewer turn and return it (a turn ends at an empty line)."""
        while True:
            line = self.line()
            assert line is not None, f"process ended: {self.proc.stderr.read().decode() if self.proc.stderr else ''}"
            if line.startswith("Interviewer: "):
                body = [line[len("Interviewer: ") :]]
                while (more := self.line()) not in ("", None):
                    body.append(more)
                return "\n".join(body)

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text.encode("utf-8"))
        self.proc.stdin.flush()

    def rest(self) -> list[str]:
        out = []
        while (line := self.line()) is not None:
            out.append(line)
        return out


def _one_session(sessions: Path) -> Path:
    files = list(sessions.glob("*.jsonl"))
    assert len(files) == 1, files
    return files[0]


def _answers_on_disk(sessions: Path) -> list[str]:
    return [t.text for t in load_session(_one_session(sessions)).turns if t.speaker == "candidate"]


def test_piped_answers_stream_and_survive_sigkill_then_resume_finishes(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    run = Session(
        ["interview", "--headless", "--answers", "-", "--seed", "5", "--scenario", "playback-resume"], sessions
    )
    try:
        for sent, answer in enumerate(ANSWERS):
            question = run.next_turn()  # the question is on screen before its answer is written
            assert question.strip()
            assert len(_answers_on_disk(sessions)) == sent, "each answer is saved before the next question appears"
            run.send(answer + "\n\n")
        run.next_turn()  # the fifth question: the fourth answer was saved before it was worded
        assert _answers_on_disk(sessions) == ANSWERS
        run.proc.send_signal(signal.SIGKILL)
        run.proc.wait(timeout=TIMEOUT)
    finally:
        if run.proc.poll() is None:
            run.proc.kill()
    session = _one_session(sessions)
    assert load_session(session).status == "in progress"
    more = tmp_path / "more.txt"
    more.write_text(
        "\n\n".join(["I chose the store myself after a load test, because reads dominate."] * 40) + "\n",
        encoding="utf-8",
    )
    env = {**os.environ, "LOCUS_SESSIONS_DIR": str(sessions)}
    done = subprocess.run(
        [sys.executable, "-m", "agent", "resume", session.stem, "--headless", "--answers", str(more)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT * 2,
    )
    assert done.returncode == 0, done.stderr
    loaded = load_session(session)
    assert loaded.status == "completed" and loaded.scorecard is not None
    assert [t.text for t in loaded.turns if t.speaker == "candidate"][:4] == ANSWERS


def test_plain_mode_interview_prints_you_prompts_and_the_scorecard(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    run = Session(
        ["interview", "--plain", "--seed", "2", "--scenario", "playback-resume", "--max-turns", "6"], sessions
    )
    try:
        first = run.next_turn()
        assert "continue watching" in first.lower()
        for answer in [*ANSWERS, "No questions from me, thanks."] * 2:
            run.send(answer + "\n\n")
        run.proc.stdin.close()
        out = "\n".join(run.rest())
        assert run.proc.wait(timeout=TIMEOUT) == 0, run.proc.stderr.read().decode()
    finally:
        if run.proc.poll() is None:
            run.proc.kill()
    assert "You: " in out and "Candidate:" not in out
    assert "(probe:" not in out, "plain mode does not show the interviewer's reasons"
    assert "feedback follows" in out.lower()
    assert "== Scorecard ==" in out and out.strip().splitlines()[-1].startswith("session: ")
    assert "\x1b" not in out, "no cursor tricks"
    assert load_session(_one_session(sessions)).status == "completed"


def test_plain_mode_ctrl_c_saves_and_prints_the_resume_command(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    run = Session(["interview", "--plain", "--seed", "2", "--scenario", "playback-resume"], sessions)
    try:
        run.next_turn()
        run.send(ANSWERS[0] + "\n\n")
        run.next_turn()
        run.proc.send_signal(signal.SIGINT)  # while it waits for the second answer
        out = "\n".join(run.rest())
        code = run.proc.wait(timeout=TIMEOUT)
    finally:
        if run.proc.poll() is None:
            run.proc.kill()
    session = _one_session(sessions)
    assert code == 130
    assert f"locus resume {session.stem} --plain" in out
    assert _answers_on_disk(sessions) == [ANSWERS[0]]
    again = Session(["resume", session.stem, "--plain"], sessions)
    try:
        question = again.next_turn()
        assert question.strip()
        again.send(ANSWERS[1] + "\n\n")
        again.next_turn()
        again.proc.stdin.close()
        tail = "\n".join(again.rest())
        assert again.proc.wait(timeout=TIMEOUT) == 0
    finally:
        if again.proc.poll() is None:
            again.proc.kill()
    assert "paused" in tail
    assert _answers_on_disk(sessions) == ANSWERS[:2]


def test_jsonl_mode_emits_one_event_per_line_and_takes_json_answers(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    run = Session(
        ["interview", "--jsonl", "--seed", "5", "--scenario", "playback-resume", "--max-turns", "12"], sessions
    )
    events: list[dict] = []
    scripted = [
        *ANSWERS,
        "Should I assume one region for now?",
        "First paragraph of my answer.\n\nSecond paragraph: I owned it.",
    ]
    try:
        while True:
            line = run.line()
            if line is None:
                break
            event = json.loads(line)  # every stdout line is one JSON object
            events.append(event)
            if event["event"] == "interviewer" and event["awaits_answer"]:
                answer = scripted.pop(0) if scripted else "I made that call myself because it was reversible."
                run.send(json.dumps({"answer": answer}) + "\n")
        assert run.proc.wait(timeout=TIMEOUT) == 0, run.proc.stderr.read().decode()
    finally:
        if run.proc.poll() is None:
            run.proc.kill()
    kinds = [e["event"] for e in events]
    assert kinds[0] == "session" and kinds[-1] == "end" and events[-1]["status"] == "completed"
    assert "analysis" in kinds and "answer" in kinds
    probes = [e for e in events if e["event"] == "interviewer" and e["kind"] == "probe"]
    assert probes and probes[0]["reason"]["chosen_because"] and "failover" in probes[0]["reason"]["quote"]
    clarify = [e for e in events if e["event"] == "interviewer" and e["kind"] == "clarify"]
    assert clarify, "the clarifying question was answered"
    acts = {e["turn"]: e["act"] for e in events if e["event"] == "analysis"}
    assert "question" in acts.values()
    final = [e for e in events if e["event"] == "scorecard"]
    assert final and final[-1]["final"] is True and final[-1]["scorecard"]["dimensions"]
    saved = [t.text for t in load_session(_one_session(sessions)).turns if t.speaker == "candidate"]
    assert "First paragraph of my answer.\n\nSecond paragraph: I owned it." in saved, (
        "a JSON answer keeps its blank line"
    )
