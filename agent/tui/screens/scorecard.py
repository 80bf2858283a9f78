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

from agent.rubric.card_context import CardContext
from agent.tui import keys
from agent.tui.export import EXPORT_SUFFIXES, ExportError, default_export_path, export_scorecard
from agent.tui.failures import ReportsWorkerFailures
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


class ScorecardScreen(ReportsWorkerFailures, Screen):
    """Shows one scorecard dict (``Scorecard.model_dump``)."""

    CSS_PATH = "scorecard.tcss"
    BINDINGS = keys.SCORECARD

    def __init__(
        self,
        card: dict,
        session_path: Path | None = None,
        session_id: str = "scorecard",
        title: str = "Scorecard",
        context: CardContext | None = None,
        export_tag: str = "",
    ) -> None:
        super().__init__()
        self.card = card
        self.session_path = session_path
        self.session_id = session_id
        self.title_text = title
        self.context = context if context is not None else CardContext(session_id=session_id)
        self.export_tag = export_tag
        self.evidence_turns: list[int] = []
        self.last_export: Path | None = None

    def compose(self) -> ComposeResult:
        card = self.card
        rubric = card.get("rubric", {}) or {}
        overall = card.get("overall", {}) or {}
        with VerticalScroll(id="card"):
            head = Text(f"{self.title_text}", style="bold")
            head.append(
                f"  rubric {inert_text(str(rubric.get('id', '?')))} {inert_text(str(rubric.get('version', '')))}"
                f" · {inert_text(str(card.get('scorer', 'offline')))} scorer",
                style="dim",
            )
            level = overall.get("level")
            head.append(
                f"\nOverall: {'—' if level is None else f'{float(level):.1f}'} · "
                f"{inert_text(str(overall.get('recommendation', '')))}"
            )
            parsed = self._parsed()
            facts = [
                f"{k}: {inert_text(v)}"
                for k, v in (self.context.facts(parsed) if parsed else [])
                if k not in ("Rubric", "Scorer")
            ]
            if facts:
                head.append("\n" + " · ".join(facts), style="dim")
            yield Static(head, id="card-head")
            if card.get("notice"):
                yield Static(Text(inert_text(str(card["notice"])), style="yellow"), id="card-notice")
            for i, dim in enumerate(card.get("dimensions", []) or []):
                yield Static(dimension_text(dim), classes="dimension", id=f"dim-{i}")
            if self.context.original is not None and parsed is not None:
                yield Static("Changes from the original card", classes="section", markup=False)
                yield Static(self._changes_text(), id="card-changes")
            yield Static("Evidence (Enter opens that answer in the replay)", classes="section", markup=False)
            options = []
            for dim in card.get("dimensions", []) or []:
                for ev in dim.get("evidence", []) or []:
                    label = Text(
                        f"{ev.get('effect', '?')} ", style="bold green" if ev.get("effect") == "+" else "bold red"
                    )
                    where = self.context.where(int(ev.get("turn") or 0))
                    label.append(f"{inert_text(str(dim.get('name', '')))[:12]:<12} {where}: ", style="dim")
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
                    where = self.context.where(int(r.get("turn") or 0))
                    body.append(f"{where} ({inert_text(str(r.get('locus', '')))}) ", style="dim")
                    body.append(f"\u201c{inert_text(str(r.get('phrase', '')))}\u201d\n")
                    body.append(f"  → {inert_text(str(r.get('question', '')))}\n")
                yield Static(body, id="reframes")
            yield Static(self._saved_line(), id="card-saved")
        yield Footer()

    def _parsed(self):
        """The card as a model, or ``None`` if it does not validate (the screen still shows what it can)."""
        from pydantic import ValidationError

        from agent.rubric.scorecard import Scorecard

        try:
            return Scorecard.model_validate(self.card)
        except ValidationError:
            return None

    def _changes_text(self) -> Text:
        from agent.rubric.compare import compare

        out = Text()
        for ch in compare(self.context.original, self._parsed()):
            old, new = ("—" if v is None else str(v) for v in (ch.old, ch.new))
            moved = "unchanged" if ch.old == ch.new else ("up" if (ch.new or 0) > (ch.old or 0) else "down")
            out.append(
                f"{inert_text(ch.name)}: {old} → {new} ({moved})\n",
                style={"up": "bold green", "down": "bold red"}.get(moved, ""),
            )
            for label, items in (("new", ch.added), ("lost", ch.removed)):
                for e in items:
                    out.append(f"  {label} {e.effect} {self.context.where(e.turn)} [{inert_text(e.cue)}] ", style="dim")
                    out.append(f"\u201c{clip(inert_text(e.quote), 120)}\u201d\n")
        return out

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
        exports_dir = self.app.settings.exports_dir
        default = default_export_path(self.session_path, self.session_id, exports_dir, self.export_tag)
        self.app.push_screen(
            PathPrompt("Export the scorecard to (.md, .json or .html):", default, EXPORT_SUFFIXES), self._export_to
        )

    def _export_to(self, path: Path | None) -> None:
        if path is None:
            return
        try:
            extra = self._trend_html() if path.suffix.lower() in (".html", ".htm") else []
            written = export_scorecard(self.card, path, self.context, extra)
        except ExportError as exc:
            self.notify(inert_text(str(exc)), severity="error", markup=False)
            return
        self.last_export = written
        self.query_one("#card-saved", Static).update(self._saved_line())
        self.notify(f"Exported to {written}", title="Export", markup=False, timeout=10)

    def on_mount(self) -> None:
        self.trend_sections: list[str] | None = None
        self._prepare_trend()

    @work(thread=True, exclusive=True, group="trend", exit_on_error=False, description="charting your progress")
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
