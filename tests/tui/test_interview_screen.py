"""Drive the interview screen like a candidate: answer, get probed, cancel, coach, escapes, rubric reload."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Static, TextArea

from agent.session.store import load_session
from agent.tui.screens.interview import InterviewScreen
from agent.tui.screens.scorecard import ScorecardScreen
from agent.tui.widgets.coach_panel import CoachPanel
from agent.tui.widgets.conversation import Conversation
from agent.tui.widgets.status_line import StatusLine
from tests.tui.conftest import SIZE, SlowBrain, make_app, wait_for

OWN_ANSWER = (
    "I decided to shard the position store by profile because a single writer capped us at 40k writes a second."
)


async def _interview(pilot, app) -> InterviewScreen:
    return await wait_for(
        pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen, what="interview screen"
    )


async def _answer(pilot, screen: InterviewScreen, text: str) -> None:
    await wait_for(pilot, lambda: screen.pending is not None or screen.finished, what="a question")
    screen.query_one("#answer", TextArea).text = text
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: screen.pending is not None or screen.finished, what="the next question")


def _rendered(widget: Static) -> str:
    return str(widget.render())


async def test_answering_to_the_end_shows_the_scorecard(options):
    # The whole interview, so the answers to the past-experience questions give the card its evidence.
    options = replace(options, max_turns=40)
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await wait_for(pilot, lambda: screen.pending is not None)
        status = _rendered(screen.query_one(StatusLine))
        assert "continue watching" in status.lower() or "resume" in status.lower()
        assert "fake-fast" in status
        for _ in range(30):
            if isinstance(app.screen, ScorecardScreen):
                break
            await _answer(pilot, screen, OWN_ANSWER)
            await pilot.pause(0.05)
        card_screen = await wait_for(
            pilot, lambda: isinstance(app.screen, ScorecardScreen) and app.screen, what="scorecard screen"
        )
        await pilot.pause(0.1)
        dims = list(card_screen.query(".dimension"))
        assert [d.id for d in dims][:3] == ["dim-0", "dim-1", "dim-2"]
        assert "Judgment" in _rendered(dims[0]) and "/5" in _rendered(dims[0])
        assert card_screen.evidence_turns, "evidence quotes are listed"
    saved = load_session(screen.runner.session_path)
    assert saved.status == "completed" and saved.scorecard is not None
    assert sum(1 for t in saved.turns if t.speaker == "candidate") >= 2


async def test_deflecting_answer_gets_a_probe_quoting_it(options):
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await _answer(pilot, screen, "My manager approved the rollback.")
        assert screen.pending.kind == "probe"
        conversation = screen.query_one(Conversation)
        await wait_for(pilot, lambda: len(conversation.turns) >= 3)
        speaker, text = conversation.turns[-1]
        assert speaker == "interviewer" and "My manager approved the rollback" in text
        assert "probes 1" in _rendered(screen.query_one(StatusLine))


async def test_escape_cancels_a_streaming_reply_and_the_interview_goes_on(options):
    brain = SlowBrain(delay=0.15)
    app = make_app(options, brain=brain)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await wait_for(pilot, lambda: screen.pending is not None, timeout=30, what="first question")
        screen.query_one("#answer", TextArea).text = OWN_ANSWER
        await pilot.press("ctrl+s")
        conversation = screen.query_one(Conversation)
        await wait_for(pilot, lambda: screen.streaming and conversation.streaming_text.strip(), what="streaming")
        partial = conversation.streaming_text
        await pilot.press("escape")
        pending = await wait_for(pilot, lambda: screen.pending, timeout=10, what="the recovered question")
        assert not screen.streaming
        # The offline wording of the same turn replaced the half-streamed one, in full.
        speaker, text = conversation.turns[-1]
        assert speaker == "interviewer" and text == pending.text and len(text) > len(partial.strip())
        assert sum(1 for s, _ in conversation.turns if s == "interviewer") == 2
    saved = load_session(screen.runner.session_path)
    assert [t.speaker for t in saved.turns] == ["interviewer", "candidate", "interviewer"]
    assert saved.turns[1].text == OWN_ANSWER


async def test_coach_mode_is_off_by_default_and_labels_spans(options):
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        panel = screen.query_one(CoachPanel)
        assert not panel.display
        await _answer(pilot, screen, "My manager approved the rollback.")
        await pilot.press("f2")
        await pilot.pause(0.05)
        assert panel.display
        spans = _rendered(panel.query_one("#coach-spans", Static))
        assert "authority" in spans and "My manager approved the rollback" in spans
        await pilot.press("f2")
        await pilot.pause(0.05)
        assert not panel.display


async def test_escape_sequences_and_markup_in_an_answer_stay_inert(options):
    hostile = "I decided \x1b[31mred\x1b[0m \x1b]0;pwned\x07 [bold]loud[/bold] \u202eevil"
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await _answer(pilot, screen, hostile)
        conversation = screen.query_one(Conversation)
        answer = conversation.query(".answer").last(Static)
        shown = _rendered(answer)
        assert "[bold]loud[/bold]" in shown, "markup is shown literally"
        assert "\x1b" not in shown and "\u202e" not in shown and "pwned" not in shown
        svg = app.export_screenshot()
        assert "\x1b" not in svg and "[bold]loud[/bold]" in svg.replace("&#160;", " ")
    saved = load_session(screen.runner.session_path)
    assert "\x1b" not in saved.turns[1].text


async def test_reloading_a_broken_rubric_shows_file_line_col(options, tmp_path):
    broken = tmp_path / "broken.rubric.yaml"
    broken.write_text(
        "schema_version: 1\nid: broken\ndimensions:\n  - id: judgment\n    weight: lots\n", encoding="utf-8"
    )
    options.rubric_path = broken
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        await _interview(pilot, app)
        await pilot.press("ctrl+r")
        message = await wait_for(pilot, lambda: getattr(app, "rubric_message", None), what="rubric message")
        assert f"{broken}:" in message and "Rubric has problems" in message
        line = next(x for x in message.splitlines() if x.startswith(str(broken)))
        _, line_no, col, _ = line[len(str(broken)) :].split(":", 3)
        assert line_no.isdigit() and col.isdigit()
        shown = list(app.notices)
        assert any(str(broken) in m for m in shown)
        assert isinstance(app.screen, InterviewScreen), "the app did not crash or leave the interview"


async def test_unsaved_session_warns_and_saves_elsewhere(options, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the sessions directory should be", encoding="utf-8")
    options.sessions_dir = blocker
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await wait_for(pilot, lambda: screen.pending is not None)
        warnings = list(app.notices)
        assert any("save it elsewhere" in m and "F9" in m for m in warnings)
        await pilot.press("f9")
        prompt = await wait_for(pilot, lambda: app.screen is not screen and app.screen)
        rescue = tmp_path / "rescued.jsonl"
        prompt.query_one("#path").value = str(rescue)
        await pilot.press("enter")
        await wait_for(pilot, lambda: rescue.exists(), what="rescued file")
        await _answer(pilot, screen, OWN_ANSWER)
        await wait_for(pilot, lambda: len(load_session(rescue).turns) >= 3, what="rescue file kept up to date")
    assert load_session(rescue).turns[1].text == OWN_ANSWER


async def test_the_live_turn_is_streamed_by_appending_deltas(options, monkeypatch):
    from textual.widgets import Markdown

    updates = []
    original = Markdown.update

    def counting_update(self, markdown):
        updates.append(len(markdown))
        return original(self, markdown)

    monkeypatch.setattr(Markdown, "update", counting_update)
    brain = SlowBrain(delay=0.02)
    app = make_app(options, brain=brain)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await _answer(pilot, screen, OWN_ANSWER)
        conversation = screen.query_one(Conversation)
        words = len(screen.pending.text.split(" "))
        assert conversation.deltas >= words, "every streamed chunk was appended"
        turns = sum(1 for speaker, _ in conversation.turns if speaker == "interviewer")
    # Each Markdown widget renders its text once when mounted (the live one empty); chunks never re-render it.
    assert len(updates) <= 2 * turns < conversation.deltas


async def test_opening_the_coach_keeps_the_current_question_in_view(options):
    app = make_app(options)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _interview(pilot, app)
        for _ in range(3):
            await _answer(pilot, screen, "My manager approved the rollback. " * 3)
        conversation = screen.query_one(Conversation)
        await pilot.pause(0.2)
        assert conversation.max_scroll_y > 0 and conversation.scroll_y == conversation.max_scroll_y
        await pilot.press("f2")
        await pilot.pause(0.3)
        assert conversation.scroll_y == conversation.max_scroll_y, "still at the question after the chat narrowed"


async def test_coach_says_when_the_interviewers_limits_prevented_a_probe(options):
    app = make_app(options)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await _answer(pilot, screen, "My manager approved the rollback.")
        assert screen.pending.kind == "probe"
        await _answer(pilot, screen, "The team decided to wait for the review board.")  # an answer to a probe
        assert screen.pending.kind != "probe"
        await pilot.press("f2")
        await pilot.pause(0.1)
        limits = _rendered(screen.query_one(CoachPanel).query_one("#coach-limits", Static))
        assert "Not probed" in limits and "limits" in limits
