"""SVG snapshots of the main screens at fixed sizes (fixed seed, fixed clock, fixed session file)."""

from __future__ import annotations

import sys
from pathlib import Path

from agent.tui.screens.help import HelpScreen
from agent.tui.screens.interview import InterviewScreen
from agent.tui.screens.replay import ReplayScreen
from agent.tui.screens.scorecard import ScorecardScreen
from tests.tui.conftest import make_app, wait_for
from tests.tui.snapshot import assert_snapshot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_tui import make_session as make_bench_session  # noqa: E402

CARD = {
    "rubric": {"id": "locus-default", "version": "1.0.0"}, "scorer": "offline",
    "dimensions": [
        {"id": "judgment", "name": "Judgment", "level": 3, "anchor": "Explains the main choice with a reason.",
         "evidence": [{"turn": 4, "quote": "I chose the queue over polling because it was cheaper.", "cue": "reasoned_choice", "effect": "+"}]},
        {"id": "ownership", "name": "Ownership", "level": 1, "anchor": "Decisions are placed with managers.",
         "evidence": [{"turn": 2, "quote": "My manager approved the rollback.", "cue": "deflected_decision", "effect": "-"}]},
        {"id": "independence", "name": "Operating independently", "level": None, "evidence": []},
    ],
    "overall": {"level": 2.0, "recommendation": "Mixed evidence"},
    "reframes": [{"turn": 2, "phrase": "My manager approved the rollback", "locus": "authority",
                  "question": "What did you recommend before your manager approved it?"}],
}


async def _settle(pilot) -> None:
    await pilot.pause(0.3)
    await pilot.wait_for_scheduled_animations()


async def test_interview_screen_80x24(options):
    app = make_app(options, clock=lambda: 0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        await wait_for(pilot, lambda: screen.pending is not None)
        screen.query_one("#answer").cursor_blink = False
        await _settle(pilot)
        assert_snapshot(app, "interview_80x24")


async def test_replay_screen_80x24(options, tmp_path):
    path = make_bench_session(tmp_path / "replay.jsonl", turns=12)
    app = make_app(options, start="replay", path=path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen))
        for _ in range(2):
            await pilot.press("right")
        await _settle(pilot)
        assert_snapshot(app, "replay_probe_80x24")


async def test_scorecard_screen_80x24(options):
    app = make_app(options, start="sessions")
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ScorecardScreen(CARD, None, "snapshot"))
        await wait_for(pilot, lambda: isinstance(app.screen, ScorecardScreen))
        await _settle(pilot)
        assert_snapshot(app, "scorecard_80x24")


async def test_help_screen_lists_keys_100x30(options):
    options.sessions_dir = Path("no-sessions-here")  # relative: the title shows no temporary path
    app = make_app(options, start="sessions")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await _settle(pilot)
        assert_snapshot(app, "help_100x30")
