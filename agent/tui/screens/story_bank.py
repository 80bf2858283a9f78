"""Story bank screen: every story with its kind, key decision and level estimate, and coverage for a level.

Enter opens a story in the workshop, ``n`` writes a new one, ``r`` rehearses the
selected story, ``l`` switches the level the coverage is measured against.
Files that are not readable stories are listed with their problem.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from agent.tui import keys
from agent.tui.failures import ReportsWorkerFailures
from agent.tui.spans_text import LOCUS_STYLE
from agent.util.inert import clip, inert_text

LEVELS = ("L4", "L5", "senior")


class TitlePrompt(ModalScreen[str | None]):
    """Ask for a new story's title."""

    DEFAULT_CSS = """
    TitlePrompt { align: center middle; }
    TitlePrompt > Vertical { width: 70; max-width: 98%; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Title of the new story (Enter creates it, Esc cancels):", markup=False)
            yield Input(placeholder="Moving billing to the new cluster", id="title")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = " ".join(event.value.split())
        if value:
            self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)


def level_words(dimensions) -> str:
    """Each dimension spelled out with its level out of the top one: "Judgment 2/5 · Ownership 3/5"."""
    return " · ".join(f"{inert_text(d.name)} {'?' if d.level is None else d.level}/{d.max_level}" for d in dimensions)


def _story_label(story, report) -> Text:
    from agent.practice.kinds import KIND_LABELS
    from agent.practice.report import HOLDER_WORDS

    label = Text(clip(inert_text(story.title), 70), style="bold")
    kind = KIND_LABELS.get(report.kinds.primary or "", "kind not recognised")
    label.append(f"\n  {kind} · key decision held by ")
    label.append(f" {HOLDER_WORDS.get(report.holder, report.holder)} ", style=LOCUS_STYLE.get(report.holder, ""))
    count = len(report.deflections)
    label.append(f"\n  {level_words(report.card.dimensions)}", style="dim")
    label.append(f" · {count} deflection{'' if count == 1 else 's'}", style="dim")
    return label


class StoryBankScreen(ReportsWorkerFailures, Screen):
    """Lists the stories directory and measures it against a level."""

    CSS_PATH = "story_bank.tcss"
    BINDINGS = keys.STORIES
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-medium"), (120, "-wide")]  # see story_bank.tcss

    def __init__(self, directory: Path, open_path: Path | None = None) -> None:
        super().__init__()
        self.directory = directory
        self.open_path = open_path
        self.level = "L5"
        self.stories: list = []
        self.reports: list = []

    def compose(self) -> ComposeResult:
        yield Static("", id="bank-title")
        with Horizontal(id="bank-body"):
            with Vertical(id="bank-list-column"):
                yield Static(Text("Reading stories…", style="dim"), id="bank-empty")
                yield OptionList(id="bank-list")
            with VerticalScroll(id="bank-coverage"):
                yield Static("", id="coverage")
        yield Footer()

    def on_mount(self) -> None:
        from agent.practice.worker import shared_analyser

        shared_analyser().start()  # the workshop's analysis process loads while the list is read
        self._title()
        self.reload()
        if self.open_path is not None:
            self._open(self.open_path)

    def _title(self) -> None:
        line = Text("Stories", style="bold")
        line.append(
            f"  {clip(inert_text(str(self.directory)), 60)}  coverage for {self.level} (l changes)", style="dim"
        )
        self.query_one("#bank-title", Static).update(line)

    def reload(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="story-bank", exit_on_error=False, description="reading your stories")
    def _load(self) -> None:
        from agent import paths
        from agent.practice.bank import list_stories
        from agent.practice.report import analyze_stories
        from agent.rubric.loader import load_rubric_cached

        listing = list_stories(self.directory)
        try:
            rubric = load_rubric_cached(Path(self.app.options.rubric_path or paths.default_rubric_path()))
            reports = analyze_stories(listing.stories, rubric)
        except Exception as exc:
            self.app.call_from_thread(
                self.notify, f"Cannot analyse the stories: {inert_text(str(exc))[:200]}", severity="error", markup=False
            )
            return
        self.app.call_from_thread(self._loaded, listing, reports, rubric)

    def _loaded(self, listing, reports, rubric) -> None:
        self.stories, self.reports, self.rubric = listing.stories, reports, rubric
        options = self.query_one("#bank-list", OptionList)
        options.clear_options()
        for i, (story, report) in enumerate(zip(listing.stories, reports, strict=False)):
            options.add_option(Option(_story_label(story, report), id=f"story-{i}"))
        for _, message in listing.problems:
            options.add_option(Option(Text(f"! {inert_text(message)}", style="yellow"), disabled=True))
        empty = self.query_one("#bank-empty", Static)
        if not listing.stories:
            empty.update(
                Text(
                    f"No stories in {inert_text(str(self.directory))} yet. Press n to write your first, "
                    "or put Markdown files there (a title line, then the story).",
                    style="dim",
                )
            )
            empty.display = True
        else:
            empty.display = False
            options.highlighted = 0
            options.focus()
        self._coverage()

    def _coverage(self) -> None:
        from agent.practice.coverage import coverage
        from agent.practice.render import render_coverage

        if not hasattr(self, "rubric"):
            return
        names = {d.id: d.name for d in self.rubric.dimensions}
        text = render_coverage(coverage(self.reports, self.rubric, self.level), names)
        self.query_one("#coverage", Static).update(Text(text.strip("\n")))

    def _selected(self):
        options = self.query_one("#bank-list", OptionList)
        index = options.highlighted
        if index is None or index >= len(self.stories):
            self.notify("Pick a story first (or press n for a new one).", markup=False)
            return None
        return self.stories[index]

    def _open(self, path: Path) -> None:
        from agent.practice.storyfile import StoryError, read_story_text
        from agent.tui.screens.workshop import WorkshopScreen

        try:
            text = read_story_text(path)
        except StoryError as exc:
            self.notify(inert_text(str(exc)), severity="error", markup=False)
            return
        self.app.push_screen(WorkshopScreen(path, text))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_open_story()

    def on_screen_resume(self) -> None:
        if self.stories or self.reports:
            self.reload()  # a story may have been edited in the workshop

    def action_open_story(self) -> None:
        story = self._selected()
        if story is not None:
            self._open(story.path)

    def action_new_story(self) -> None:
        self.app.push_screen(TitlePrompt(), self._create)

    def _create(self, title: str | None) -> None:
        from agent.practice.bank import create_story
        from agent.practice.storyfile import StoryError

        if not title:
            return
        try:
            story = create_story(self.directory, title)
        except StoryError as exc:
            self.notify(inert_text(str(exc)), severity="error", markup=False)
            return
        self._open(story.path)

    def action_rehearse_story(self) -> None:
        from agent.practice.rehearse import rehearsal_options

        story = self._selected()
        if story is not None:
            self.app.start_interview(options=rehearsal_options(self.app.options, story))

    def action_cycle_level(self) -> None:
        self.level = LEVELS[(LEVELS.index(self.level) + 1) % len(LEVELS)]
        self._title()
        self._coverage()

    def action_back(self) -> None:
        self.app.back_from(self)
