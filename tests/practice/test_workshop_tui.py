"""Workshop, story bank, rehearsal and progress screens driven through Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static, TextArea

from agent.graph.options import InterviewOptions
from agent.session.store import load_session
from agent.tui.screens.interview import InterviewScreen
from agent.tui.screens.progress import ProgressScreen
from agent.tui.screens.scorecard import ScorecardScreen
from agent.tui.screens.story_bank import StoryBankScreen
from agent.tui.screens.workshop import WorkshopScreen
from agent.tui.widgets.story_editor import StoryEditor
from tests.tui.conftest import make_app, wait_for

SIZE = (120, 40)
STORY = """# Flaky tests nobody owned

The flaky test suite belonged to the platform team. I picked the ten worst tests because they failed most often.
"""
DEFLECT = " My manager approved the rollback."
FIXED = " I decided to roll back because errors had tripled, and I told my manager afterwards."


def static_text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


@pytest.fixture
def options(tmp_path: Path) -> InterviewOptions:
    return InterviewOptions(sessions_dir=tmp_path / "sessions", seed=7)


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    d = tmp_path / "stories"
    d.mkdir()
    (d / "flaky.md").write_text(STORY, encoding="utf-8")
    return d


async def test_type_a_deflection_see_it_coloured_fix_it_save_and_see_the_diff(options, bank) -> None:
    app = make_app(options, start="stories", stories_dir=bank, path=bank / "flaky.md")
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, WorkshopScreen) and app.screen, what="workshop")
        await wait_for(pilot, lambda: screen.report is not None, timeout=60, what="first analysis (loads spaCy)")
        editor = screen.query_one(StoryEditor)
        editor.move_cursor(editor.document.end)
        editor.insert(DEFLECT)
        await wait_for(
            pilot,
            lambda: ("My manager approved the rollback", "locus.authority") in editor.marked,
            what="deflection coloured",
        )
        assert editor._highlights, "the editor draws the marks"
        reframes = await wait_for(
            pilot,
            lambda: (
                "Whose call was it really" in static_text(screen, "#ws-reframes")
                and static_text(screen, "#ws-reframes")
            ),
            what="its reframing question",
        )
        assert "Template:" in reframes
        assert "unsaved changes" in static_text(screen, "#ws-title")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.versions == 2, what="first save")
        # Fix it: the deflection becomes an owned call with its reason.
        editor.load_text(editor.text.replace(DEFLECT, FIXED))
        await wait_for(
            pilot,
            lambda: (
                not any(name == "locus.authority" for _, name in editor.marked)
                and any(t.startswith("I decided to roll back") for t, _ in editor.marked)
            ),
            what="fix analysed",
        )
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.versions == 3, what="second save")
        diff = await wait_for(
            pilot,
            lambda: "versions:" in static_text(screen, "#ws-diff") and static_text(screen, "#ws-diff"),
            what="version diff",
        )
        assert "owned decisions" in diff
        assert (bank / "flaky.md").read_text(encoding="utf-8").rstrip().endswith("told my manager afterwards.")
        assert screen.latencies and max(screen.latencies) < 5


async def test_rehearse_a_story_reaches_its_card_and_saves_a_session(options, bank) -> None:
    app = make_app(options, start="stories", stories_dir=bank, path=bank / "flaky.md")
    async with app.run_test(size=SIZE) as pilot:
        workshop = await wait_for(pilot, lambda: isinstance(app.screen, WorkshopScreen) and app.screen)
        await pilot.press("ctrl+t")
        interview = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        answers = [
            "The team decided to wait for the platform roadmap, so the tests stayed flaky for a month.",
            "Honestly it was my call in the end: I fixed the ten worst tests myself because they blocked every merge.",
            "I would say earlier that it was my decision.",
        ]
        for _ in range(8):
            await wait_for(
                pilot,
                lambda: (
                    isinstance(app.screen, ScorecardScreen)
                    or (interview.pending is not None and not interview.streaming)
                ),
                what="a question",
            )
            if isinstance(app.screen, ScorecardScreen):
                break
            interview.query_one("#answer", TextArea).text = answers.pop(0) if answers else "No, nothing to add."
            await pilot.press("ctrl+s")
        card = await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen) and app.screen, what="card")
        assert card.card["dimensions"]
        loaded = load_session(card.session_path)
        assert loaded.status == "completed"
        assert loaded.meta.rehearsal["story_id"] == "flaky"
        first = next(e for e in loaded.events if e.type == "interviewer")
        assert (first.phase == "past_experience" and "another team" in first.text) or "responsibility" in first.text
        assert any(e.type == "interviewer" and e.kind == "probe" for e in loaded.events)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is workshop, what="back in the workshop after the card")


async def test_story_bank_lists_problems_and_switches_coverage_level(options, bank) -> None:
    (bank / "broken.md").write_bytes(b"\xff\xfe")
    app = make_app(options, start="stories", stories_dir=bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, StoryBankScreen) and app.screen)
        await wait_for(pilot, lambda: screen.reports, timeout=60, what="stories analysed")
        options_list = screen.query_one("#bank-list", OptionList)
        assert options_list.option_count == 2  # one story, one problem line
        assert "not valid UTF-8" in str(options_list.get_option_at_index(1).prompt)
        assert "Coverage for L5" in static_text(screen, "#coverage")
        await pilot.press("l")
        assert "Coverage for senior" in static_text(screen, "#coverage")
        assert "✗ disagreement: no story yet" in static_text(screen, "#coverage")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WorkshopScreen), what="workshop from the list")


async def test_empty_bank_invites_a_first_story(options, tmp_path) -> None:
    app = make_app(options, start="stories", stories_dir=tmp_path / "empty")
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, StoryBankScreen) and app.screen)
        await wait_for(pilot, lambda: "Press n" in static_text(screen, "#bank-empty"), what="empty message")
        await pilot.press("n")
        await pilot.pause(0.1)
        for key in "Paged":
            await pilot.press(key)
        await pilot.press("enter")
        workshop = await wait_for(pilot, lambda: isinstance(app.screen, WorkshopScreen) and app.screen)
        assert workshop.path == tmp_path / "empty" / "paged.md" and workshop.path.is_file()


async def test_progress_screen_reads_the_trend(options, write_progress) -> None:
    write_progress(options.sessions_dir)
    app = make_app(options, start="progress")
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen) and app.screen)
        await wait_for(pilot, lambda: screen.progress is not None and screen.query(".progress-chart"), what="charts")
        title = static_text(screen, "#progress-title")
        assert "4 completed sessions" in title and "rubric locus-default" in title and "1 re-scored" in title
        charts = [str(w.render()) for w in screen.query(".progress-chart")]
        assert len(charts) == 3 and all("5 │" in c for c in charts)
        deflections = static_text(screen, "#progress-deflections")
        assert "authority" in deflections and "gone" in deflections
        assert "Flaky tests" in static_text(screen, "#progress-stories")


async def test_escape_sequences_and_markup_in_a_story_file_stay_inert(options, bank) -> None:
    """A story file is data: its escape sequences never reach the terminal; markup in it is shown literally."""
    (bank / "outage.md").write_text(
        "# The outage [bold]x[/bold]\n\nMy manager approved the rollback. "
        "\x1b[31mred\x1b]0;title\x07 text [red]markup[/red].\n",
        encoding="utf-8",
    )
    app = make_app(options, start="stories", stories_dir=bank, path=bank / "outage.md")
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, WorkshopScreen) and app.screen, what="workshop")
        await wait_for(pilot, lambda: screen.report is not None, timeout=60, what="first analysis (loads spaCy)")
        editor = screen.query_one(StoryEditor)
        assert "\x1b" not in editor.text and "\x07" not in editor.text
        assert "red text [red]markup[/red]." in editor.text
        assert any("control characters" in n.message for n in app._notifications)
        shot = app.export_screenshot().replace("&#160;", " ")
        assert "[bold]x[/bold]" in shot and "[red]markup[/red]" in shot
        assert "unsaved changes" in static_text(screen, "#ws-title")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.versions >= 1 and not screen._dirty(), what="saved")
        assert "\x1b" not in (bank / "outage.md").read_text(encoding="utf-8")


async def test_the_workshop_opens_at_the_end_of_the_story_and_ctrl_home_end_move_through_it(options, bank) -> None:
    app = make_app(options, start="stories", stories_dir=bank, path=bank / "flaky.md")
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, WorkshopScreen) and app.screen, what="workshop")
        editor = screen.query_one(StoryEditor)
        await pilot.pause()
        last = STORY.rstrip("\n").split("\n")
        assert editor.cursor_location == (len(last) - 1, len(last[-1])), "typing goes on from the last sentence"
        await pilot.press("ctrl+home")
        assert editor.cursor_location == (0, 0)
        await pilot.press("ctrl+end")
        assert editor.cursor_location == editor.document.end
        await pilot.press("ctrl+home", "X")
        assert editor.text.startswith("X# Flaky tests")


async def test_a_new_story_opens_with_its_prompt_selected_so_typing_replaces_it(options, tmp_path) -> None:
    from agent.practice.bank import NEW_STORY_PROMPT, create_story

    story = create_story(tmp_path / "stories", "Paged at night")
    app = make_app(options, start="stories", stories_dir=tmp_path / "stories", path=story.path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, WorkshopScreen) and app.screen, what="workshop")
        editor = screen.query_one(StoryEditor)
        await pilot.pause()
        assert editor.selected_text == NEW_STORY_PROMPT
        for key in "I":
            await pilot.press(key)
        assert editor.text == "# Paged at night\n\nI\n"


@pytest.mark.parametrize(("size", "editor_width"), [((80, 24), 76), ((100, 30), 56), ((120, 40), 64)])
async def test_the_editor_leaves_room_to_write_at_every_size(options, bank, size, editor_width) -> None:
    """Under 100 columns the analysis goes below the editor (the editor keeps the width); F2 hides and shows it."""
    app = make_app(options, start="stories", stories_dir=bank, path=bank / "flaky.md")
    async with app.run_test(size=size) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, WorkshopScreen) and app.screen, what="workshop")
        await wait_for(pilot, lambda: screen.report is not None, timeout=60, what="first analysis (loads spaCy)")
        await pilot.pause()
        editor, panel = screen.query_one(StoryEditor), screen.query_one("#ws-panel")
        assert editor.content_region.width >= editor_width
        if size[0] < 100:
            assert panel.region.y >= editor.region.bottom and panel.region.height >= 6
            assert "Key decision" in app.export_screenshot().replace("&#160;", " ")  # the top of the panel shows
        else:
            assert panel.region.x >= editor.region.right and panel.region.height == editor.region.height
        rows = editor.region.height
        await pilot.press("f2")
        await pilot.pause()
        assert not panel.display or panel.region.area == 0
        assert editor.region.height >= rows and editor.region.width == size[0]
        await pilot.press("f2")
        await pilot.pause()
        assert panel.region.area > 0 and editor.has_focus


async def test_story_bank_spells_out_each_dimension(options, bank) -> None:
    app = make_app(options, start="stories", stories_dir=bank)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, StoryBankScreen) and app.screen)
        await wait_for(pilot, lambda: screen.reports, timeout=60, what="stories analysed")
        label = str(screen.query_one("#bank-list", OptionList).get_option_at_index(0).prompt)
        for dim in screen.reports[0].card.dimensions:
            assert f"{dim.name} {dim.level if dim.level is not None else '?'}/{dim.max_level}" in label
        assert "key decision held by" in label
        coverage = screen.query_one("#bank-coverage")
        assert coverage.region.y > screen.query_one("#bank-list").region.y  # below the list at 80 columns
