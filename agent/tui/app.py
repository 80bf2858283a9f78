"""The Locus Textual app and its entry points (``run_app`` for ``locus``, ``run_replay`` for ``locus replay``).

Screens are registered by the navigation methods below (``start_interview``,
``show_scorecard``, ``open_replay``, ``action_sessions``); a new screen adds one such
method and, if it has keys, a list in :mod:`agent.tui.keys`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App
from textual.screen import Screen

from agent.settings import TuiSettings, load_config_tolerant
from agent.tui import keys
from agent.tui.commands import LocusCommands
from agent.tui.failures import ReportsWorkerFailures
from agent.tui.quit import quit_summary
from agent.util.inert import inert_text


class LocusApp(ReportsWorkerFailures, App):
    """Opens on an interview (default), a replay, or the sessions list."""

    TITLE = "Locus"
    BINDINGS = keys.APP
    COMMANDS = App.COMMANDS | {LocusCommands}
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        options: Any,
        *,
        brain: Any = None,
        judge: Any = None,
        model: str | None = None,
        start: str = "interview",
        path: Path | None = None,
        settings: TuiSettings | None = None,
        clock: Callable[[], float] | None = None,
        warmup: bool = True,
        config_problems: list[str] | None = None,
        stories_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.options = options
        self.brain = brain
        self.judge = judge
        self.model = model
        self.start = start
        self.start_path = path
        self.config_problems: list[str] = list(config_problems or [])
        if settings is None:
            config, self.config_problems = load_config_tolerant()
            settings = config.tui
        self.settings = settings
        self.keymap: dict[str, str] = dict(self.settings.keymap)
        self.fixed_clock = clock
        self.do_warmup = warmup
        self.stories_dir = stories_dir
        self.current_runner: Any = None
        self.runners: list[Any] = []  # every interview opened in this run, for the quit summary
        self.analyzer_ready = False
        self.quit_message = ""
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

    def get_driver_class(self):
        """The platform driver, with bracketed paste taken whole (see :mod:`agent.tui.paste`)."""
        from agent.tui.paste import paste_safe_driver

        return paste_safe_driver(super().get_driver_class())

    def on_mount(self) -> None:
        if self.settings.theme:
            if self.settings.theme in self.available_themes:
                self.theme = self.settings.theme
            else:
                self.notify(
                    f"Unknown theme {inert_text(self.settings.theme)!r} in the config; using the default.",
                    severity="warning",
                    markup=False,
                )
        if self.keymap:
            self.set_keymap(self.keymap)
        for problem in self.config_problems:
            self.notify(
                inert_text(problem) + "\nUsing the defaults for that section; `locus config` shows the file.",
                title="Config",
                severity="warning",
                markup=False,
                timeout=20,
            )
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

    def show_scorecard(
        self,
        card: dict,
        session_path: Path | None,
        session_id: str,
        replay: Screen | None = None,
        context: Any = None,
        title: str = "Scorecard",
        export_tag: str = "",
    ) -> None:
        """Open a card; without a ``context`` the session file supplies the facts and answer numbers."""
        from agent.session.store import SessionError, load_session
        from agent.tui.export import card_context
        from agent.tui.screens.interview import InterviewScreen
        from agent.tui.screens.scorecard import ScorecardScreen

        if context is None and session_path is not None:
            try:
                context = card_context(load_session(session_path))
            except SessionError:
                context = None
        screen = ScorecardScreen(card, session_path, session_id, title=title, context=context, export_tag=export_tag)
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

    async def action_quit(self) -> None:
        """Save what is pending, drop sessions with nothing answered, and say how to come back."""
        from agent.tui.screens.interview import InterviewScreen

        for screen in self.screen_stack:
            if isinstance(screen, InterviewScreen):
                screen.save_draft_now()
        self.quit_message = quit_summary(self.runners, self.options.sessions_dir)
        for runner in self.runners:
            runner.close()
        self.exit(result=self.quit_message)

    @work(thread=True, exclusive=True, group="rubric", exit_on_error=False, description="reloading the rubric")
    def action_reload_rubric(self) -> None:
        from agent import paths
        from agent.tui.rubric_check import reload_rubric_message

        path = self.options.rubric_path or paths.default_rubric_path()
        ok, message = reload_rubric_message(Path(path))
        self.call_from_thread(
            self.notify,
            message,
            title="Rubric",
            severity="information" if ok else "error",
            markup=False,
            timeout=6 if ok else 20,
        )
        self.rubric_message = message

    @work(thread=True, exclusive=True, group="warmup", exit_on_error=False, description="warming up the analyzer")
    def warm_analyzer(self) -> None:
        """Load the analyzer's models in the background so the UI never waits for them."""
        try:
            from agent.analysis import warmup
            from agent.stories.found import build_filter

            warmup()
            build_filter()
        except Exception as exc:  # the analyzer loads on demand later; tell the user why it may be slow
            self.call_from_thread(
                self.notify, f"Analyzer warm-up failed: {inert_text(str(exc))[:200]}", severity="warning", markup=False
            )
            return
        self.analyzer_ready = True


def _sessions_screen_type():
    from agent.tui.screens.sessions import SessionsScreen

    return SessionsScreen


def run_app(
    options: Any,
    *,
    brain: Any,
    judge: Any,
    model: str | None,
    resume_path: Path | None,
    settings: TuiSettings | None = None,
    config_problems: list[str] | None = None,
) -> str:
    """``locus`` / ``locus interview`` / ``locus resume ID`` in a terminal; returns the quit summary to print."""
    app = LocusApp(
        options,
        brain=brain,
        judge=judge,
        model=model,
        path=resume_path,
        settings=settings,
        config_problems=config_problems,
    )
    result = app.run()
    return result if isinstance(result, str) else app.quit_message


def run_replay(sessions_dir: Path, path: Path) -> int:
    """``locus replay ID`` in a terminal."""
    from agent.graph.options import InterviewOptions

    app = LocusApp(InterviewOptions(sessions_dir=sessions_dir), start="replay", path=path)
    app.run()
    return 0
