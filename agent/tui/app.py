"""The Locus Textual app and its entry points (``run_app`` for ``locus``, ``run_replay`` for ``locus replay``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App
from textual.screen import Screen

from agent.tui import keys
from agent.tui.commands import LocusCommands
from agent.tui.settings import TuiSettings, load_tui_settings
from agent.util.inert import inert_text


class LocusApp(App):
    """Opens on an interview (default), a replay, or the sessions list."""

    TITLE = "Locus"
    BINDINGS = keys.APP
    COMMANDS = App.COMMANDS | {LocusCommands}
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, options: Any, *, brain: Any = None, judge: Any = None, model: str | None = None,
                 start: str = "interview", path: Path | None = None, settings: TuiSettings | None = None,
                 clock: Callable[[], float] | None = None, warmup: bool = True,
                 stories_dir: Path | None = None) -> None:
        super().__init__()
        self.options = options
        self.brain = brain
        self.judge = judge
        self.model = model
        self.start = start
        self.start_path = path
        self.settings = settings if settings is not None else load_tui_settings()
        self.keymap: dict[str, str] = dict(self.settings.keymap)
        self.fixed_clock = clock
        self.do_warmup = warmup
        self.stories_dir = stories_dir
        self.current_runner: Any = None
        self.analyzer_ready = False
        self.notices: list[str] = []  # every notification shown, newest last (tests and debugging)

    def notify(self, message: str, *args: Any, **kwargs: Any) -> None:
        """Show a toast; everything from sessions, answers or models arrives here as plain text."""
        kwargs.setdefault("markup", False)
        self.notices.append(message)
        super().notify(message, *args, **kwargs)

    @property
    def brain_label(self) -> str:
        if self.model:
            return self.model
        return getattr(self.brain, "name", "offline") if self.brain is not None else "offline"

    def elapsed(self, runner: Any) -> float:
        """Interview time shown in the status line (a fixed clock makes snapshots stable)."""
        if self.fixed_clock is not None:
            return self.fixed_clock()
        return runner.ctx.elapsed()

    def on_mount(self) -> None:
        if self.settings.theme:
            if self.settings.theme in self.available_themes:
                self.theme = self.settings.theme
            else:
                self.notify(f"Unknown theme {inert_text(self.settings.theme)!r} in the config; using the default.",
                            severity="warning", markup=False)
        if self.keymap:
            self.set_keymap(self.keymap)
        if self.settings.problem:
            self.notify(inert_text(self.settings.problem), title="Config", severity="warning", markup=False)
        if self.start == "replay" and self.start_path is not None:
            self.open_replay(self.start_path)
        elif self.start == "sessions":
            self.action_sessions()
        elif self.start == "stories":
            self.action_stories(self.start_path)
        elif self.start == "progress":
            self.action_progress()
        else:
            self.start_interview(resume_path=self.start_path)

    # ----- navigation ---------------------------------------------------------------------
    def start_interview(self, resume_path: Path | None = None, options: Any = None) -> None:
        """A new interview (``options`` overrides the app's, e.g. to rehearse a story) or a resumed one."""
        from agent.tui.screens.interview import InterviewScreen

        self.push_screen(InterviewScreen(resume_path=resume_path, options=options))

    def show_scorecard(self, card: dict, session_path: Path | None, session_id: str, replay: Screen | None = None) -> None:
        from agent.tui.screens.scorecard import ScorecardScreen

        from agent.tui.screens.interview import InterviewScreen

        screen = ScorecardScreen(card, session_path, session_id)
        screen.replay_below = replay
        current = self.screen
        if isinstance(current, InterviewScreen) and current.finished and current.options is not None:
            self.switch_screen(screen)  # a finished rehearsal: Esc on its card goes back to the workshop
        else:
            self.push_screen(screen)

    def open_replay(self, path: Path | None, turn: int | None = None, from_scorecard: Screen | None = None) -> None:
        from agent.session.store import SessionError, load_session
        from agent.tui.screens.replay import ReplayScreen

        below = getattr(from_scorecard, "replay_below", None)
        if below is not None and self.screen is from_scorecard:
            self.pop_screen()
            if turn is not None:
                below.go_to_turn(turn)
            return
        if path is None:
            self.notify("This session was not saved, so it cannot be replayed.", severity="warning", markup=False)
            return
        try:
            loaded = load_session(path)
        except SessionError as exc:
            self.notify(inert_text(str(exc)), severity="error", markup=False)
            return
        for warning in loaded.warnings[:3]:
            self.notify(inert_text(warning), severity="warning", markup=False)
        self.push_screen(ReplayScreen(loaded, turn=turn))

    def back_from(self, screen: Screen) -> None:
        if self.screen is screen and len(self.screen_stack) > 2:
            self.pop_screen()
        elif not isinstance(screen, _sessions_screen_type()):
            self.switch_screen(_sessions_screen_type()(self.options.sessions_dir))
        else:
            self.notify("ctrl+q quits.", markup=False, timeout=2)

    # ----- actions ------------------------------------------------------------------------
    def action_help(self) -> None:
        from agent.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_sessions(self) -> None:
        screen_type = _sessions_screen_type()
        if isinstance(self.screen, screen_type):
            self.screen.reload()
            return
        self.push_screen(screen_type(self.options.sessions_dir))

    def action_stories(self, open_path: Path | None = None) -> None:
        """The story bank (practice loop); with ``open_path``, that story in the workshop."""
        from agent import paths
        from agent.tui.screens.story_bank import StoryBankScreen

        if isinstance(self.screen, StoryBankScreen):
            self.screen.reload()
            return
        self.push_screen(StoryBankScreen(self.stories_dir or paths.stories_dir(), open_path=open_path))

    def action_progress(self) -> None:
        from agent.tui.screens.progress import ProgressScreen

        if isinstance(self.screen, ProgressScreen):
            self.screen.action_reload()
            return
        self.push_screen(ProgressScreen(self.options.sessions_dir))

    def action_start_new(self) -> None:
        self.start_interview()

    def action_coach(self) -> None:
        from agent.tui.screens.interview import InterviewScreen

        if isinstance(self.screen, InterviewScreen):
            self.screen.action_coach()
        else:
            self.notify("Coach mode is part of the interview screen.", markup=False)

    @work(thread=True, exclusive=True, group="rubric")
    def action_reload_rubric(self) -> None:
        from agent import paths
        from agent.tui.rubric_check import reload_rubric_message

        path = self.options.rubric_path or paths.default_rubric_path()
        ok, message = reload_rubric_message(Path(path))
        self.call_from_thread(self.notify, message, title="Rubric", severity="information" if ok else "error",
                              markup=False, timeout=6 if ok else 20)
        self.rubric_message = message

    @work(thread=True, exclusive=True, group="warmup")
    def warm_analyzer(self) -> None:
        """Load the analyzer's models in the background so the UI never waits for them."""
        try:
            from agent.analysis import warmup

            warmup()
        except Exception as exc:  # the analyzer loads on demand later; tell the user why it may be slow
            self.call_from_thread(self.notify, f"Analyzer warm-up failed: {inert_text(str(exc))[:200]}",
                                  severity="warning", markup=False)
            return
        self.analyzer_ready = True


def _sessions_screen_type():
    from agent.tui.screens.sessions import SessionsScreen

    return SessionsScreen


def _resume_path(args: argparse.Namespace, options: Any) -> Path | None:
    ref = getattr(args, "session", None)
    if not ref:
        return None
    from agent.cli.main import CliError
    from agent.session.catalog import find_session
    from agent.session.store import SessionError

    try:
        return find_session(options.sessions_dir, ref)
    except SessionError as exc:
        raise CliError(str(exc)) from None


def run_app(args: argparse.Namespace, options: Any) -> int:
    """``locus`` / ``locus interview`` / ``locus resume ID`` in a terminal."""
    from agent.cli.brains import brain_and_judge

    brain, judge, model = brain_and_judge(getattr(args, "brain", "offline"))
    app = LocusApp(options, brain=brain, judge=judge, model=model, path=_resume_path(args, options))
    app.run()
    return 0


def run_replay(sessions_dir: Path, path: Path) -> int:
    """``locus replay ID`` in a terminal."""
    from agent.graph.options import InterviewOptions

    app = LocusApp(InterviewOptions(sessions_dir=sessions_dir), start="replay", path=path)
    app.run()
    return 0
