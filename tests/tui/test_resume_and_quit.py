"""Kill mid-interview, resume: the screen comes back as it was. Quit says how to continue; empty sessions go."""

from __future__ import annotations

import html
import os
import re
import signal
import subprocess
import sys

from textual.widgets import Static

from agent.cli.main import main
from agent.session.catalog import list_sessions
from agent.session.store import load_session
from agent.settings import TuiSettings
from agent.tui.screens.interview import InterviewScreen
from agent.tui.widgets.coach_panel import CoachPanel
from agent.tui.widgets.conversation import Conversation
from tests.conftest import REPO
from tests.tui.conftest import SIZE, make_app, wait_for
from tests.tui.sessions_fixture import DEFLECT, OWN, make_session

DRAFT = "I would first check the error budget"


def _labels(conversation: Conversation) -> list[str]:
    return [str(w.render()) for w in conversation.query(".who")]


def _crash(options, crashpoint: str) -> None:
    env = {**os.environ, "LOCUS_CRASHPOINT": crashpoint}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.tui.crash_child", str(options.sessions_dir), DEFLECT, DRAFT],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]


async def test_killed_after_the_draft_is_saved_resume_shows_question_labels_and_draft(options):
    # meta, question, answer, analysis, probe, draft: the 6th saved event is the draft, then SIGKILL.
    _crash(options, "saved:6")
    (path,) = list(options.sessions_dir.glob("*.jsonl"))
    saved = load_session(path)
    assert saved.events[-1].type == "draft" and saved.events[-1].text == DRAFT
    app = make_app(options, path=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        pending = await wait_for(pilot, lambda: screen.pending, what="the pending question")
        conversation = screen.query_one(Conversation)
        await wait_for(pilot, lambda: len(conversation.turns) >= 3, what="the restored turns")
        assert conversation.turns[-1] == ("interviewer", pending.text), "the question to answer is on screen"
        assert pending.kind == "probe" and _labels(conversation) == [
            "Interviewer",
            "You · answer 1",
            "Interviewer · probe",
        ]
        assert screen.query_one("#answer").text == DRAFT, "the unsent draft is back, as typed"
        saved_clock = screen.runner.ctx.elapsed_before
        assert saved_clock > 0 and screen.runner.ctx.elapsed() >= saved_clock, "the clock goes on from where it was"
        shown = html.unescape(re.sub(r"<[^>]+>", "", app.export_screenshot())).replace("\xa0", " ")
        tail = " ".join(pending.text.split()[-3:])  # the question's last words (short enough not to wrap)
        assert tail in " ".join(shown.split()), "the pending question is visible, not scrolled away"
        assert len([t for t in load_session(path).turns if t.speaker == "candidate"]) == 1, "the draft was not sent"
        screen.query_one("#answer").text = OWN
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.pending is not None and screen.pending.turn >= 5, what="next question")
    answers = [t.text for t in load_session(path).turns if t.speaker == "candidate"]
    assert answers == [DEFLECT, OWN]


async def test_killed_while_the_question_streams_resume_asks_it_again(options):
    _crash(options, "stream:3")  # the second interviewer turn dies after its first chunk
    (path,) = list(options.sessions_dir.glob("*.jsonl"))
    assert [e.type for e in load_session(path).events][-1] == "analysis"
    app = make_app(options, path=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        pending = await wait_for(pilot, lambda: screen.pending, what="the re-asked question")
        conversation = screen.query_one(Conversation)
        await wait_for(pilot, lambda: conversation.turns[-1] == ("interviewer", pending.text), what="it on screen")
        assert _labels(conversation) == ["Interviewer", "You · answer 1", "Interviewer · probe"]


async def test_draft_is_saved_debounced_and_never_sent(options):
    app = make_app(options, settings=TuiSettings(draft_save_delay=0.3))
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        await wait_for(pilot, lambda: screen.pending is not None)
        await pilot.press(*"half a thought")
        await wait_for(pilot, lambda: screen.draft.saves == 1, what="one save after the pause")
        await pilot.press(*" more")
        await wait_for(pilot, lambda: screen.draft.saves == 2, what="a second save")
        path = screen.runner.session_path
        drafts = [e.text for e in load_session(path).events if e.type == "draft"]
        assert drafts == ["half a thought", "half a thought more"], "one save per pause, not per key"
        assert not any(e.type == "answer" for e in load_session(path).events)
        await pilot.press("ctrl+q")
    assert "Resume with: locus resume" in app.quit_message and "unsent draft" in app.quit_message


async def test_quit_prints_the_status_and_the_resume_command(options):
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        await wait_for(pilot, lambda: screen.pending is not None)
        screen.query_one("#answer").text = OWN
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.pending is not None and screen.pending.turn >= 3)
        session_id = screen.runner.session_id
        await pilot.press("ctrl+q")
    message = app.quit_message
    assert f"Saved 1 answer to {options.sessions_dir}" in message and "(in progress)" in message
    assert f"Resume with: locus resume {session_id} --sessions-dir {options.sessions_dir}" in message
    assert app.return_value == message


async def test_a_session_with_no_answers_is_not_kept(options):
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        await wait_for(pilot, lambda: screen.pending is not None)
        path = screen.runner.session_path
        assert path.exists()
        await pilot.press("ctrl+q")
    assert not path.exists() and "not kept" in app.quit_message


async def test_empty_sessions_are_listed_and_pruned(options, capsys):
    from agent.graph.launch import new_interview

    runner = new_interview(options)
    await runner.step(None)
    runner.close()  # a crash before the first answer leaves this behind
    kept = await make_session(options.sessions_dir, [OWN], finish=False)
    rows = {r.path: r.status for r in list_sessions(options.sessions_dir)}
    assert rows[runner.session_path] == "empty" and rows[kept] == "in progress"
    assert main(["sessions", "--sessions-dir", str(options.sessions_dir)]) == 0
    assert "--prune" in capsys.readouterr().out
    assert main(["sessions", "--prune", "--sessions-dir", str(options.sessions_dir)]) == 0
    assert "pruned 1 empty session" in capsys.readouterr().out
    assert not runner.session_path.exists() and kept.exists()


async def test_long_answer_gets_a_partial_analysis_notice_and_coach_shows_one_span_per_decision(options):
    long_answer = "It was my call to roll back. " + "We measured the error rate carefully. " * 200
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        await wait_for(pilot, lambda: screen.pending is not None)
        screen.query_one("#answer").text = long_answer
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.pending is not None and screen.pending.turn >= 3)
        conversation = screen.query_one(Conversation)
        notice = await wait_for(pilot, lambda: conversation.query(".notice"), what="partial-analysis notice")
        text = str(notice.first(Static).render())
        assert "Only the first 6,000 of" in text and "answer 1" in text
        await pilot.press("f2")
        spans = str(screen.query_one(CoachPanel).query_one("#coach-spans", Static).render())
        assert spans.count("my call") == 1, "one span per decision"
