"""Scorecard screen: level bars with anchors, evidence (select to jump to the turn), reframes, export."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from agent.tui import keys
from agent.tui.export import EXPORT_SUFFIXES, ExportError, export_scorecard
from agent.tui.modals.path_prompt import PathPrompt
from agent.tui.spans_text import level_bar
from agent.util.inert import clip, inert_text


def dimension_text(dim: dict) -> Text:
    """Name, level bar, anchor and summary of one dimension."""
    out = Text()
    out.append(f"{inert_text(str(dim.get('name', dim.get('id', '?'))))}\n", style="bold")
    out.append_text(level_bar(dim.get("level"), int(dim.get("max_level") or 5)))
    if dim.get("anchor"):
        out.append("\n" + inert_text(str(dim["anchor"])), style="italic")
    summary = str(dim.get("summary") or "")
    if dim.get("anchor"):  # the anchor is already shown above; do not repeat it
        summary = summary.replace(f"Anchor: {dim['anchor']}", "").strip()
    if summary:
        out.append("\n" + inert_text(summary), style="dim")
    return out


class ScorecardScreen(Screen):
    """Shows one scorecard dict (``Scorecard.model_dump``)."""

    CSS_PATH = "scorecard.tcss"
    BINDINGS = keys.SCORECARD

    def __init__(self, card: dict, session_path: Path | None = None, session_id: str = "scorecard",
                 title: str = "Scorecard") -> None:
        super().__init__()
        self.card = card
        self.session_path = session_path
        self.session_id = session_id
        self.title_text = title
        self.evidence_turns: list[int] = []
        self.last_export: Path | None = None

    def compose(self) -> ComposeResult:
        card = self.card
        rubric = card.get("rubric", {}) or {}
        overall = card.get("overall", {}) or {}
        with VerticalScroll(id="card"):
            head = Text(f"{self.title_text}", style="bold")
            head.append(f"  rubric {inert_text(str(rubric.get('id', '?')))} {inert_text(str(rubric.get('version', '')))}"
                        f" · {inert_text(str(card.get('scorer', 'offline')))} scorer", style="dim")
            level = overall.get("level")
            head.append(f"\nOverall: {'—' if level is None else f'{float(level):.1f}'} · "
                        f"{inert_text(str(overall.get('recommendation', '')))}")
            yield Static(head, id="card-head")
            if card.get("notice"):
                yield Static(Text(inert_text(str(card["notice"])), style="yellow"), id="card-notice")
            for i, dim in enumerate(card.get("dimensions", []) or []):
                yield Static(dimension_text(dim), classes="dimension", id=f"dim-{i}")
            yield Static("Evidence (Enter jumps to the turn in the replay)", classes="section", markup=False)
            options = []
            for dim in card.get("dimensions", []) or []:
                for ev in dim.get("evidence", []) or []:
                    label = Text(f"{ev.get('effect', '?')} ", style="bold green" if ev.get("effect") == "+" else "bold red")
                    label.append(f"{inert_text(str(dim.get('name', '')))[:12]:<12} turn {ev.get('turn')}: ", style="dim")
                    label.append(f"\u201c{clip(inert_text(str(ev.get('quote', ''))), 160)}\u201d")
                    options.append(Option(label, id=str(len(self.evidence_turns))))
                    self.evidence_turns.append(int(ev.get("turn") or 0))
            if options:
                yield OptionList(*options, id="evidence")
            else:
                yield Static(Text("No evidence quoted.", style="dim"))
            reframes = card.get("reframes", []) or []
            if reframes:
                yield Static("Reframing questions", classes="section", markup=False)
                body = Text()
                for r in reframes:
                    body.append(f"turn {r.get('turn')} ({inert_text(str(r.get('locus', '')))}) ", style="dim")
                    body.append(f"\u201c{inert_text(str(r.get('phrase', '')))}\u201d\n")
                    body.append(f"  → {inert_text(str(r.get('question', '')))}\n")
                yield Static(body, id="reframes")
            yield Static(self._saved_line(), id="card-saved")
        yield Footer()

    def _saved_line(self) -> Text:
        line = Text()
        if self.session_path:
            line.append(f"Session: {self.session_path}", style="dim")
        if self.last_export:
            line.append(f"\nExported: {self.last_export}", style="bold")
        return line

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._jump(self.evidence_turns[int(event.option.id or 0)])

    def action_open_evidence(self) -> None:
        evidence = self.query("#evidence")
        if evidence:
            highlighted = evidence.first(OptionList).highlighted
            if highlighted is not None:
                self._jump(self.evidence_turns[highlighted])

    def _jump(self, turn: int) -> None:
        self.app.open_replay(self.session_path, turn=turn, from_scorecard=self)

    def action_replay(self) -> None:
        self.app.open_replay(self.session_path, from_scorecard=self)

    def action_export(self) -> None:
        default = Path.cwd() / f"{self.session_id}.scorecard.md"
        self.app.push_screen(PathPrompt("Export the scorecard to (.md, .json or .html):", default, EXPORT_SUFFIXES),
                             self._export_to)

    def _export_to(self, path: Path | None) -> None:
        if path is None:
            return
        try:
            extra = self._trend_html() if path.suffix.lower() in (".html", ".htm") else []
            written = export_scorecard(self.card, path, extra)
        except ExportError as exc:
            self.notify(inert_text(str(exc)), severity="error", markup=False)
            return
        self.last_export = written
        self.query_one("#card-saved", Static).update(self._saved_line())
        self.notify(f"Exported to {written}", markup=False, timeout=8)

    def on_mount(self) -> None:
        self.trend_sections: list[str] | None = None
        self._prepare_trend()

    @work(thread=True, exclusive=True, group="trend")
    def _prepare_trend(self) -> None:
        """Chart the progress over all sessions ahead of an HTML export (re-scoring is cached, but can take a moment)."""
        sections = self._compute_trend()
        self.app.call_from_thread(setattr, self, "trend_sections", sections)

    def _trend_html(self) -> list[str]:
        """The progress section for an HTML export (empty with fewer than two sessions)."""
        return self.trend_sections if self.trend_sections is not None else self._compute_trend()

    def _compute_trend(self) -> list[str]:
        from agent import paths
        from agent.practice.progress import compute_progress
        from agent.practice.progress_text import progress_html
        from agent.rubric.loader import RubricError, load_rubric_cached

        rubric_path = Path(self.app.options.rubric_path or paths.default_rubric_path())
        try:
            progress = compute_progress(self.app.options.sessions_dir, load_rubric_cached(rubric_path), rubric_path)
        except RubricError:
            return []
        section = progress_html(progress)
        return [section] if section else []

    def action_back(self) -> None:
        self.app.back_from(self)
