"""SVG snapshots of the main screens at 80x24, 100x30 and 120x40 (pytest-textual-snapshot; fixed seed, clock and session).

Review a change with ``pytest tests/tui/test_snapshots.py`` (the report shows both images side by side);
accept it with ``--snapshot-update``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from agent.tui.screens.help import HelpScreen
from agent.tui.screens.interview import InterviewScreen
from agent.tui.screens.replay import ReplayScreen
from agent.tui.screens.scorecard import ScorecardScreen
from tests.tui.conftest import make_app, wait_for

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_tui import make_session as make_bench_session

SIZES = [(80, 24), (100, 30), (120, 40)]
CARD = {
    "rubric": {"id": "locus-default", "version": "1.0.0"},
    "scorer": "offline",
    "dimensions": [
        {
            "id": "judgment",
            "name": "Judgment",
            "level": 3,
            "anchor": "Explains the main choice with a reason.",
            "evidence": [
                {
                    "turn": 4,
                    "quote": "I chose the queue over polling because it was cheaper.",
                    "cue": "reasoned_choice",
                    "effect": "+",
                }
            ],
        },
        {
            "id": "ownership",
            "name": "Ownership",
            "level": 1,
            "anchor": "Decisions are placed with managers.",
            "evidence": [
                {"turn": 2, "quote": "My manager approved the rollback.", "cue": "deflected_decision", "effect": "-"}
            ],
        },
        {"id": "independence", "name": "Operating independently", "level": None, "evidence": []},
    ],
    "overall": {"level": 2.0, "recommendation": "Mixed evidence"},
    "reframes": [
        {
            "turn": 2,
            "phrase": "My manager approved the rollback",
            "locus": "authority",
            "question": "What did you recommend before your manager approved it?",
        }
    ],
}
OWN = "I decided to shard the position store by profile because a single writer capped us at 40k writes a second."


def _ids(size):
    return f"{size[0]}x{size[1]}"


async def _settle(pilot) -> None:
    """Let everything finish, then repaint the whole screen so the SVG does not depend on what was drawn before."""
    await pilot.pause(0.3)
    await pilot.wait_for_scheduled_animations()
    width, height = pilot.app.size
    await pilot.resize_terminal(width + 1, height)  # re-lay out everything: the SVG must not depend on paint history
    await pilot.pause(0.1)
    await pilot.resize_terminal(width, height)
    await pilot.pause(0.2)


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_interview_screen(snap_compare, options, size):
    app = make_app(options, clock=lambda: 0.0)

    async def ready(pilot):
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        await wait_for(pilot, lambda: screen.pending is not None)
        screen.query_one("#answer").cursor_blink = False
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=ready)


def test_interview_with_coach_panel_120x40(snap_compare, options):
    app = make_app(options, clock=lambda: 0.0)

    async def answered(pilot):
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        await wait_for(pilot, lambda: screen.pending is not None)
        box = screen.query_one("#answer")
        box.cursor_blink = False
        box.text = "It was my call to roll back, but my manager approved the rollback."
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.pending is not None and screen.pending.turn >= 3)
        await pilot.press("f2")
        await _settle(pilot)
        await pilot.pause(2.2)  # let the coach toast expire

    assert snap_compare(app, terminal_size=(120, 40), run_before=answered)


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_replay_screen(snap_compare, options, tmp_path, size):
    path = make_bench_session(tmp_path / "replay.jsonl", turns=12)
    app = make_app(options, start="replay", path=path)

    async def on_probe(pilot):
        await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen))
        for _ in range(2):
            await pilot.press("right")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=on_probe)


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_scorecard_screen(snap_compare, options, size):
    app = make_app(options, start="sessions")

    async def card(pilot):
        app.push_screen(ScorecardScreen(CARD, None, "snapshot"))
        await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen))
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=card)


def test_help_screen_lists_keys_100x30(snap_compare, options):
    options.sessions_dir = Path("no-sessions-here")  # relative: the title shows no temporary path
    app = make_app(options, start="sessions")

    async def help_open(pilot):
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(100, 30), run_before=help_open)


WORKSHOP_STORY = """# Cutting search over to the new cluster
kind: migration

Our search index had outgrown its cluster. My manager approved the move after a review, and it was decided that
we would dual-write for a week. I picked the cutover night because traffic was lowest on Sunday.
"""


@pytest.mark.parametrize("size", SIZES, ids=_ids)
def test_workshop_screen(snap_compare, options, tmp_path, monkeypatch, size):
    """Side by side from 100 columns (a narrower panel at 100), the analysis below the editor at 80."""
    from agent.tui.screens.workshop import WorkshopScreen

    monkeypatch.chdir(tmp_path)
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "search.md").write_text(WORKSHOP_STORY, encoding="utf-8")
    app = make_app(options, start="stories", stories_dir=Path("stories"), path=Path("stories") / "search.md")

    async def analysed(pilot):
        screen = await wait_for(pilot, lambda: isinstance(app.screen, WorkshopScreen) and app.screen)
        screen.query_one("#ws-editor").cursor_blink = False
        await wait_for(pilot, lambda: screen.report is not None, timeout=60, what="first analysis")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=analysed)


def test_story_bank_80x24(snap_compare, options, tmp_path, monkeypatch):
    """At 80 columns the coverage goes below the list; each level is spelled out."""
    from agent.tui.screens.story_bank import StoryBankScreen

    monkeypatch.chdir(tmp_path)
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "search.md").write_text(WORKSHOP_STORY, encoding="utf-8")
    app = make_app(options, start="stories", stories_dir=Path("stories"))

    async def listed(pilot):
        screen = await wait_for(pilot, lambda: isinstance(app.screen, StoryBankScreen) and app.screen)
        await wait_for(pilot, lambda: screen.reports, timeout=60, what="stories analysed")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=listed)
