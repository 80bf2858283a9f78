"""Sessions screen and replay: open, step, probe reasons, re-score, scorecard jump, export, resume, delete."""

from __future__ import annotations

import json

from textual.widgets import DataTable, OptionList, Static

from agent.cli.main import main
from agent.session.store import load_session
from agent.tui.modals.confirm import ConfirmModal
from agent.tui.modals.path_prompt import PathPrompt
from agent.tui.modals.rubric_picker import RubricPicker
from agent.tui.screens.interview import InterviewScreen
from agent.tui.screens.replay import ReplayScreen
from agent.tui.screens.scorecard import ScorecardScreen
from agent.tui.screens.sessions import SessionsScreen
from tests.conftest import REPO
from tests.tui.conftest import SIZE, make_app, wait_for
from tests.tui.sessions_fixture import DEFLECT, OWN, make_session


def _text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_open_replay_rescore_and_delete_a_session(options, tmp_path):
    finished = await make_session(options.sessions_dir, [DEFLECT, OWN])
    app = make_app(options, start="sessions")
    async with app.run_test(size=SIZE) as pilot:
        sessions = await wait_for(pilot, lambda: isinstance(app.screen, SessionsScreen) and app.screen)
        table = sessions.query_one(DataTable)
        assert table.row_count == 1
        row = [str(c) for c in table.get_row_at(0)]
        assert row[1] == "playback-resume" and row[3] == "completed" and "judgment " in row[4]
        await pilot.press("enter")
        replay = await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen, what="replay")
        assert _text(replay, "#replay-turn").startswith("Interviewer")
        await pilot.press("right")
        assert _text(replay, "#replay-turn").startswith("Answer 1")
        assert "authority" in _text(replay, "#replay-spans") and DEFLECT.rstrip(".") in _text(replay, "#replay-spans")
        await pilot.press("right")
        why = _text(replay, "#replay-why")
        assert "probed" in why and "My manager approved the rollback" in why and "authority" in why
        await pilot.press("left")
        assert _text(replay, "#replay-turn").startswith("Answer 1")
        # Re-score with a rubric from rubrics/: the change is shown per dimension.
        await pilot.press("o")
        picker = await wait_for(pilot, lambda: isinstance(app.screen, RubricPicker) and app.screen)
        assert any(p.name == "default.rubric.yaml" for p in picker.files)
        picker.query_one(OptionList).highlighted = [p.name for p in picker.files].index("default.rubric.yaml")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "→" in _text(replay, "#replay-rescore"), what="re-score comparison")
        compare = _text(replay, "#replay-rescore")
        assert "Judgment:" in compare and "Ownership:" in compare
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, SessionsScreen))
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("escape")  # first: cancel keeps the file
        await wait_for(pilot, lambda: isinstance(app.screen, SessionsScreen))
        assert finished.exists()
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("y")
        await wait_for(pilot, lambda: not finished.exists(), what="file deleted")
        await wait_for(pilot, lambda: sessions.query_one(DataTable).row_count == 0)
        assert "No saved sessions" in _text(sessions, "#sessions-empty")


async def test_scorecard_evidence_jumps_to_its_turn_and_exports(options, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = await make_session(options.sessions_dir, [DEFLECT, OWN])
    app = make_app(options, start="replay", path=path)
    async with app.run_test(size=SIZE) as pilot:
        replay = await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen)
        await pilot.press("c")
        card = await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen) and app.screen)
        evidence = card.query_one("#evidence", OptionList)
        target = card.evidence_turns.index(2) if 2 in card.evidence_turns else 0
        evidence.focus()
        evidence.highlighted = target
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is replay, what="back in the replay")
        answer = card.context.answers[card.evidence_turns[target]]
        assert _text(replay, "#replay-turn").startswith(f"Answer {answer}")
        await pilot.press("c")
        card = await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen) and app.screen)
        evidence_labels = [str(o.prompt) for o in card.query_one("#evidence", OptionList).options]
        assert all(" answer " in label and " turn " not in label for label in evidence_labels)
        beside = path.parent  # exports go beside the session by default, never into the working directory
        for suffix in ("md", "json", "html"):
            await pilot.press("e")
            prompt = await wait_for(pilot, lambda: isinstance(app.screen, PathPrompt) and app.screen)
            await pilot.click(f"#fmt-{suffix}")
            assert str(beside / f"{path.stem}.scorecard.{suffix}") in str(
                prompt.query_one("#full-path", Static).render()
            )
            await pilot.click("#save")
            await wait_for(pilot, lambda: app.screen is card)
            assert card.last_export == beside / f"{path.stem}.scorecard.{suffix}"
            assert str(card.last_export) in _text(card, "#card-saved")
            assert any(str(card.last_export) in n for n in app.notices), "the full path is shown after saving"
        data = json.loads((beside / f"{path.stem}.scorecard.json").read_text())
        assert data["rubric"]["id"] and len(data["dimensions"]) == 3 and data["session"]["id"] == path.stem
        assert "<html" in (beside / f"{path.stem}.scorecard.html").read_text().lower()
        md = (beside / f"{path.stem}.scorecard.md").read_text()
        assert "Ownership" in md and path.stem in md and "answer " in md
        assert not list(tmp_path.glob("*.scorecard.*")), "nothing lands in the working directory"


async def test_rescore_in_replay_opens_and_exports_the_new_card(options, tmp_path):
    path = await make_session(options.sessions_dir, [DEFLECT, OWN])
    before = path.read_bytes()
    lenient = tmp_path / "lenient.rubric.yaml"
    text = (REPO / "rubrics" / "default.rubric.yaml").read_text(encoding="utf-8")
    lenient.write_text(text.replace("id: locus-default", "id: locus-lenient", 1), encoding="utf-8")
    app = make_app(options, start="replay", path=path)
    async with app.run_test(size=SIZE) as pilot:
        replay = await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen)
        replay._rescore_with(lenient)
        await wait_for(pilot, lambda: replay.rescored is not None, what="re-score")
        side = _text(replay, "#replay-rescore")
        assert "Re-scored (lenient.rubric.yaml)" in side and "/5" in side and "Ownership" in side
        await pilot.press("v")
        card = await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen) and app.screen)
        assert card.card is replay.rescored and card.context.original is not None
        head = _text(card, "#card-head")
        assert "Re-scored with lenient.rubric.yaml" in head and "locus-lenient" in head
        assert "→" in _text(card, "#card-changes")
        dims = list(card.query(".dimension"))
        assert len(dims) == 3 and all("/5" in str(d.render()) or "insufficient" in str(d.render()) for d in dims)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, PathPrompt))
        await pilot.click("#save")
        await wait_for(pilot, lambda: app.screen is card and card.last_export is not None)
        exported = card.last_export
        assert exported == path.parent / f"{path.stem}.rescore-locus-lenient.scorecard.md"
        md = exported.read_text()
        assert "locus-lenient" in md and "Changes from the original card" in md and "Re-score:" in md
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is replay)
        await pilot.press("c")
        original = await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen) and app.screen)
        assert "locus-default" in _text(original, "#card-head")
    assert path.read_bytes() == before, "the session (and its original card) is untouched"


async def test_resume_an_unfinished_session_from_the_sessions_screen(options):
    path = await make_session(options.sessions_dir, [OWN], finish=False)
    app = make_app(options, start="sessions")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, SessionsScreen))
        await pilot.press("u")
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        pending = await wait_for(pilot, lambda: screen.pending, what="resumed question")
        assert pending.turn == 3
        shown = [s for s, _ in screen.query_one("Conversation").turns]
        assert shown[:2] == ["interviewer", "candidate"]
    assert load_session(path).status == "in progress"


def test_replay_plain_prints_turns_spans_probe_reasons_and_scorecard(options, capsys):
    import asyncio

    path = asyncio.run(make_session(options.sessions_dir, [DEFLECT, OWN]))
    code = main(["replay", path.stem[:20], "--plain", "--sessions-dir", str(options.sessions_dir)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Answer 1: My manager approved the rollback." in out
    assert "authority" in out and "why: decision placed away from the speaker" in out
    assert "Scorecard" in out and "Ownership" in out


def test_replay_unknown_session_is_a_clean_error(options, capsys):
    code = main(["replay", "nope", "--plain", "--sessions-dir", str(options.sessions_dir)])
    assert code == 2 and "no session 'nope'" in capsys.readouterr().err


async def test_sessions_table_sorts_by_a_column(options):
    await make_session(options.sessions_dir, [OWN], finish=False)
    await make_session(options.sessions_dir, [DEFLECT, OWN])
    app = make_app(options, start="sessions")
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = await wait_for(pilot, lambda: isinstance(app.screen, SessionsScreen) and app.screen)
        table = sessions.query_one(DataTable)

        def statuses():
            return [str(table.get_row_at(i)[3]) for i in range(table.row_count)]

        await pilot.press("s", "s", "s")  # date -> scenario -> brain -> status
        assert sessions.sort_column == "status"
        assert statuses() == ["completed", "in progress"]
        await pilot.click("DataTable", offset=(45, 0))  # the Status header toggles the direction
        await pilot.pause(0.05)
        assert statuses() == ["in progress", "completed"]


def test_replay_without_a_terminal_points_to_plain(options, capsys):
    import asyncio

    path = asyncio.run(make_session(options.sessions_dir, [OWN], finish=False))
    code = main(["replay", str(path)])  # pytest's stdin is not a terminal
    assert code == 2 and "--plain" in capsys.readouterr().err
