"""Keymap and theme from the config file; help lists the remapped keys; command palette entries."""

from __future__ import annotations

import io

from rich.console import Console

from agent.settings import load_config_tolerant
from agent.tui.app import LocusApp
from agent.tui.commands import ENTRIES
from agent.tui.screens.help import HelpScreen, help_table
from agent.tui.screens.interview import InterviewScreen
from agent.tui.widgets.coach_panel import CoachPanel
from tests.tui.conftest import SIZE, FastBrain, wait_for


def test_settings_read_tui_table(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[llm]\nmodel = "x"\n[tui]\ntheme = "gruvbox"\n[tui.keymap]\ncoach = "f5"\n', encoding="utf-8")
    settings, problems = load_config_tolerant(config)
    assert settings.tui.theme == "gruvbox" and settings.tui.keymap == {"coach": "f5"} and problems == []


def test_broken_config_is_reported_not_fatal(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text("[tui\ntheme=", encoding="utf-8")
    settings, problems = load_config_tolerant(config)
    assert settings.tui.keymap == {} and str(config) in problems[0]


def test_a_broken_llm_section_keeps_the_tui_section(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[llm]\nmax_attempts = "lots"\n[tui]\ntheme = "gruvbox"\n', encoding="utf-8")
    settings, problems = load_config_tolerant(config)
    assert settings.tui.theme == "gruvbox" and "[llm] max_attempts" in problems[0]


async def test_keymap_and_theme_from_config_apply(options, tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text('[tui]\ntheme = "gruvbox"\n[tui.keymap]\ncoach = "f5"\n', encoding="utf-8")
    monkeypatch.setenv("LOCUS_CONFIG_FILE", str(config))
    app = LocusApp(options, brain=FastBrain(), warmup=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen)
        assert app.theme == "gruvbox"
        panel = screen.query_one(CoachPanel)
        await pilot.press("f2")
        await pilot.pause(0.05)
        assert not panel.display, "the default key no longer toggles coach mode"
        await pilot.press("f5")
        await pilot.pause(0.05)
        assert panel.display
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen) and app.screen)
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(help_table(app.keymap))
        keys_text = console.export_text()
        coach_line = next(line for line in keys_text.splitlines() if "Coach" in line)
        assert "f5" in coach_line and "f2" not in coach_line


async def test_command_palette_offers_the_main_actions(options):
    app = LocusApp(options, brain=FastBrain(), warmup=False, start="sessions")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"help: keys")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), what="help via the palette")
    assert {name for name, _, _ in ENTRIES} >= {"New interview", "Sessions", "Reload rubric", "Toggle coach mode"}
