"""The workshop's side panel: kind, key decision, reframing questions, signals, level estimate, change since v1."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from agent.tui.spans_text import LOCUS_STYLE, level_bar
from agent.util.inert import clip, inert_text

if TYPE_CHECKING:
    from agent.practice.report import StoryReport


def _quote(text: str, limit: int = 90) -> str:
    return "“" + clip(" ".join(inert_text(text).split()), limit) + "”"


class StoryPanel(VerticalScroll):
    """Shows a :class:`~agent.practice.report.StoryReport`; all story text is inert."""

    DEFAULT_CSS = """
    StoryPanel { padding: 0 1; }
    StoryPanel .ws-head { text-style: bold; margin-top: 1; }
    StoryPanel .ws-first { margin-top: 0; }
    StoryPanel #ws-problem { color: $warning; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._shown: dict[str, object] = {}

    def compose(self):
        # What matters most while writing comes first: below the editor (under 100 columns) only the top shows.
        yield Static(Text("Analysing…", style="dim"), id="ws-problem")
        yield Static("Key decision", classes="ws-head ws-first", markup=False)
        yield Static("", id="ws-key")
        yield Static("Level estimate", classes="ws-head", markup=False)
        yield Static("", id="ws-levels")
        yield Static("Reframing questions", classes="ws-head", markup=False)
        yield Static("", id="ws-reframes")
        yield Static("Signals", classes="ws-head", markup=False)
        yield Static("", id="ws-signals")
        yield Static("Since the first version", classes="ws-head", markup=False)
        yield Static("", id="ws-diff")
        yield Static("Kind", classes="ws-head", markup=False)
        yield Static("", id="ws-kind")

    def _set(self, selector: str, content: Text | str) -> None:
        """Update one part only when what it shows changed (each update re-lays out the panel)."""
        key = (content.plain, tuple(map(str, content.spans))) if isinstance(content, Text) else content
        if self._shown.get(selector) == key:
            return
        self._shown[selector] = key
        self.query_one(selector, Static).update(content)

    def show_problem(self, message: str) -> None:
        self._set("#ws-problem", Text(inert_text(message), style="yellow"))
        self.query_one("#ws-problem").display = True

    def show(self, report: StoryReport, names: dict[str, str], change: list[str] | None, versions: int) -> None:
        from agent.practice.kinds import KIND_LABELS
        from agent.practice.report import HOLDER_WORDS

        self._set("#ws-problem", "")
        self.query_one("#ws-problem").display = False
        kinds = report.kinds
        if kinds.kinds:
            kind = Text(KIND_LABELS[kinds.kinds[0]], style="bold")
            kind.append(
                " (declared)" if kinds.declared else " (guessed; a 'kind:' line under the title sets it)", style="dim"
            )
            if len(kinds.kinds) > 1:
                kind.append("\nalso " + ", ".join(KIND_LABELS[k] for k in kinds.kinds[1:]), style="dim")
        else:
            kind = Text("not recognised — add a line such as 'kind: incident' under the title", style="dim")
        self._set("#ws-kind", kind)
        if report.key is None:
            key = Text("No decision narrated yet: which call did you make, and why?", style="yellow")
        else:
            key = Text(_quote(report.key.text))
            key.append("\nheld by ")
            key.append(f" {HOLDER_WORDS.get(report.holder, report.holder)} ", style=LOCUS_STYLE.get(report.holder, ""))
        self._set("#ws-key", key)
        levels = Text()
        for i, dim in enumerate(report.card.dimensions):
            if i:
                levels.append("\n")
            levels.append(f"{clip(inert_text(dim.name), 24):<24} ")
            levels.append_text(level_bar(dim.level, dim.max_level, width=8))
        self._set("#ws-levels", levels)
        s = report.signals
        signals = Text(
            f"owned decisions {len(report.owned)} · deflections {len(report.deflections)}\n"
            f"reasons {s.reasons} · {'outcome owned' if s.outcome_owned else 'outcome not owned'}"
            f"{f' · blame {s.blame}' if s.blame else ''}{' · scope beyond the team' if s.scope else ''}"
        )
        from agent.practice.render import other_signals

        others = other_signals(report)
        if others:
            signals.append("\nalso: " + ", ".join(others), style="dim")
        self._set("#ws-signals", signals)
        if versions <= 1 or change is None:
            diff = Text(
                "Not saved yet (ctrl+s keeps a version)." if versions == 0 else "Only one version so far.", style="dim"
            )
        elif not change:
            diff = Text(f"{versions} versions; no change in the counts yet.", style="dim")
        else:
            diff = Text(f"{versions} versions: " + ", ".join(change), style="bold green")
        self._set("#ws-diff", diff)
        reframes = Text()
        if not report.reframes:
            reframes.append("None: no phrase hands a decision away.", style="dim")
        for i, r in enumerate(report.reframes):
            if i:
                reframes.append("\n\n")
            reframes.append(f" {r.mark.locus} ", style=LOCUS_STYLE.get(r.mark.locus, "reverse"))
            reframes.append(" " + inert_text(r.question))
        self._set("#ws-reframes", reframes)
