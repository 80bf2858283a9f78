"""Workshop: edit one story and see, as you type, where each decision sits and how to re-tell it.

Analysis runs after a short typing pause (``DEBOUNCE_S``) in a separate process
(agent/practice/worker.py: spaCy holds the GIL, so a thread would still delay
frames); a thread worker waits for it, and only the newest result is shown.  Saving writes the file and appends a version;
the panel then shows the change from the first version.  ``ctrl+t`` rehearses the
story as a short interview.
"""

from __future__ import annotations

import time
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Static, TextArea
from textual.widgets.text_area import Selection

from agent.tui import keys
from agent.tui.failures import ReportsWorkerFailures
from agent.tui.widgets.story_editor import StoryEditor
from agent.tui.widgets.story_panel import StoryPanel
from agent.util.inert import clip, inert_text

DEBOUNCE_S = 0.04  # longer than the gap between keys in a burst of typing (~30 ms), short against the 150 ms target


def opening_selection(text: str) -> Selection:
    """Where the cursor starts: the new-story prompt selected (typing replaces it), else the end of the last line
    with text, so the candidate goes on writing."""
    from agent.practice.bank import NEW_STORY_PROMPT

    lines = text.split("\n")
    for row in range(len(lines) - 1, -1, -1):
        column = lines[row].find(NEW_STORY_PROMPT)
        if column >= 0:
            return Selection((row, column), (row, column + len(NEW_STORY_PROMPT)))
        if lines[row].strip():
            end = (row, len(lines[row].rstrip()))
            return Selection(end, end)
    return Selection((0, 0), (0, 0))


class WorkshopScreen(ReportsWorkerFailures, Screen):
    """One story file in the editor, with live analysis beside it."""

    CSS_PATH = "workshop.tcss"
    BINDINGS = keys.WORKSHOP
    # Under 100 columns the analysis sits below the editor; 100-119 a narrower panel (workshop.tcss).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-medium"), (120, "-wide")]

    def __init__(self, path: Path, text: str) -> None:
        super().__init__()
        self.path = path
        # A story file is data: escape sequences and control characters in it never reach the terminal
        # (the editor draws its text as is).  What was dropped is said on mount; saving writes the clean text.
        self.opened_text = inert_text(text)
        self.cleaned = len(text) - len(self.opened_text)
        self.saved_text = text
        self.generation = 0
        self.report = None
        self.versions = 0
        self.first_text: str | None = None  # the first saved version (read on open and on save, not per keystroke)
        self.changed_at: float | None = None
        self.shown_at: float | None = None
        self.latencies: list[float] = []  # last keystroke -> whole panel redrawn on screen, seconds (bench and tests)
        self.colour_latencies: list[float] = []  # last keystroke -> decision phrases redrawn in their colours
        self.analysis_time: list[float] = []  # seconds from analysis start to the full report (bench)
        self._timer: Timer | None = None
        self._busy = False
        self._title_shown: tuple | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="ws-title")
        with Horizontal(id="ws-body"):
            with Vertical(id="ws-editor-column"):
                yield StoryEditor(self.opened_text, id="ws-editor")
            yield StoryPanel(id="ws-panel")
        yield Footer()

    def on_mount(self) -> None:
        from agent.practice.versions import load_versions
        from agent.practice.worker import shared_analyser
        from agent.util.gc_tuning import freeze_long_lived

        shared_analyser().start()
        self.call_after_refresh(freeze_long_lived)  # the app and this screen are built: keep them out of full GCs

        editor = self.query_one(StoryEditor)
        editor.border_title = "Your story (title line, optional 'kind:' line, then the story) · ctrl+s saves"
        editor.focus()
        editor.selection = opening_selection(self.opened_text)
        self.call_after_refresh(editor.scroll_cursor_visible)
        history = load_versions(self.path)
        self.versions = len(history)
        self.first_text = history[0].text if history else None
        self._title()
        if self.cleaned:
            self.notify(
                f"{inert_text(self.path.name)} holds terminal control characters ({self.cleaned} removed from the editor); "
                "saving writes the story without them.",
                severity="warning",
                markup=False,
                timeout=10,
            )
        self._schedule(0.0)

    # ----- analysis -------------------------------------------------------------------
    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.changed_at = time.perf_counter()
        self._title()
        self._schedule(DEBOUNCE_S)

    def _schedule(self, delay: float) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(delay, self._start) if delay else None
        if not delay:
            self._start()

    def _start(self) -> None:
        """Ask for an analysis of the current text (one runs at a time; the newest text goes next)."""
        self.generation += 1
        self._kick()

    def _kick(self) -> None:
        if not self._busy:
            self._busy = True
            self._analyse(self.query_one(StoryEditor).text, self.generation)

    def _current(self, generation: int) -> bool:
        """An analysis finished: True if it is of the newest text, else start the newest."""
        self._busy = False
        if generation != self.generation:
            self._kick()
            return False
        return True

    @work(thread=True, group="story-analysis", exit_on_error=False, description="analysing the story")
    def _analyse(self, text: str, generation: int) -> None:
        """Analyse ``text`` in the analysis process (this thread only waits); stale results are dropped on arrival."""
        from agent import paths
        from agent.practice.storyfile import StoryError
        from agent.practice.worker import colour_marks, full_report, shared_analyser

        analyser = shared_analyser()
        started = time.perf_counter()
        try:
            # Colours first (the analyzer alone), then signals and levels (the story reader and scorer, reusing
            # the same parse); both are asked for at once, so the second runs while the colours are drawn.
            rubric_path = str(self.app.options.rubric_path or paths.default_rubric_path())
            results = analyser.pipeline(
                (colour_marks, text, str(self.path)),
                (full_report, text, str(self.path), rubric_path, self.first_text),
            )
            self.app.call_from_thread(self._colour, next(results), generation)
            report, first = next(results)
            self.analysis_time.append(time.perf_counter() - started)
        except StoryError as exc:
            self.app.call_from_thread(self._problem, str(exc).replace(f"{self.path}", self.path.name), generation)
            return
        except Exception as exc:
            self.app.call_from_thread(self._problem, f"analysis failed: {exc}", generation)
            return
        self.app.call_from_thread(self._show, report, first, generation)

    def _colour(self, marks: list, generation: int) -> None:
        if generation != self.generation:
            return
        key = self.report.key.start if self.report is not None and self.report.key is not None else None
        self.query_one(StoryEditor).set_marks(marks, key)
        if self.changed_at is not None:
            self.call_after_refresh(self._painted, self.colour_latencies, self.changed_at)

    def _painted(self, into: list[float], changed_at: float) -> None:
        """Runs once the screen has been redrawn: the latency a user sees, from the last keystroke."""
        into.append(time.perf_counter() - changed_at)

    def _problem(self, message: str, generation: int) -> None:
        if not self._current(generation):
            return
        self.query_one(StoryEditor).set_marks([])
        self.query_one(StoryPanel).show_problem(message)

    def _show(self, report, first, generation: int) -> None:
        if not self._current(generation):
            return  # a newer telling is being analysed
        from agent.practice.report import version_change

        self.report = report
        names = {d.id: d.name for d in report.card.dimensions}
        change = version_change(first.metrics(), report.metrics(), names) if first is not None else None
        self.query_one(StoryEditor).set_marks(report.marks, report.key.start if report.key else None)
        self.query_one(StoryPanel).show(report, names, change, self.versions)
        self.shown_at = time.perf_counter()
        if self.changed_at is not None:
            self.call_after_refresh(self._painted, self.latencies, self.changed_at)
            self.changed_at = None

    # ----- saving and rehearsing ---------------------------------------------------------
    def _dirty(self) -> bool:
        """The editor differs from the last saved text (the file always ends with one newline)."""
        return self.query_one(StoryEditor).text.rstrip("\n") != self.saved_text.rstrip("\n")

    def _title(self) -> None:
        dirty = self._dirty()
        shown = (self.path.name, self.versions, dirty)
        if shown == self._title_shown:
            return  # called on every keystroke: redraw the title line only when it changes
        self._title_shown = shown
        line = Text("Workshop", style="bold")
        line.append(f"  {clip(inert_text(self.path.name), 50)}")
        line.append(f"  {self.versions} version{'s' if self.versions != 1 else ''}", style="dim")
        if dirty:
            line.append("  unsaved changes", style="bold yellow")
        self.query_one("#ws-title", Static).update(line)

    def action_save(self) -> None:
        from agent.practice.bank import save_story
        from agent.practice.storyfile import StoryError
        from agent.practice.versions import VersionError

        text = self.query_one(StoryEditor).text
        try:
            result = save_story(self.path, text, opened_text=self.saved_text)
        except (StoryError, VersionError) as exc:
            self.notify(inert_text(str(exc)), title="Not saved", severity="error", markup=False, timeout=10)
            return
        self.saved_text = result.story.text
        self.versions = len(result.versions)
        self.first_text = result.versions[0].text if result.versions else None
        if result.external_kept:
            self.notify(
                "The file had changed on disk; that text is kept as its own version before yours.",
                severity="warning",
                markup=False,
                timeout=10,
            )
        self.notify(f"Saved {self.path.name} (version {self.versions}).", markup=False, timeout=4)
        self._title()
        self._schedule(0.0)

    def action_rehearse(self) -> None:
        from agent.practice.rehearse import rehearsal_options
        from agent.practice.storyfile import StoryError, parse_story

        text = self.query_one(StoryEditor).text
        if self._dirty():
            self.action_save()
        try:
            story = parse_story(text, self.path)
        except StoryError as exc:
            self.notify(inert_text(str(exc)), severity="error", markup=False)
            return
        self.app.start_interview(options=rehearsal_options(self.app.options, story))

    # ----- moving around --------------------------------------------------------------------
    def action_story_start(self) -> None:
        self.query_one(StoryEditor).move_cursor((0, 0))

    def action_story_end(self) -> None:
        editor = self.query_one(StoryEditor)
        editor.move_cursor(editor.document.end)

    def action_toggle_panel(self) -> None:
        """F2: hide the analysis to write with the whole screen, or show it again (it keeps updating)."""
        panel = self.query_one(StoryPanel)
        panel.set_class(not panel.has_class("-hidden"), "-hidden")
        self.query_one(StoryEditor).focus()

    def action_back(self) -> None:
        if self._dirty():
            self.action_save()
        self.app.back_from(self)
