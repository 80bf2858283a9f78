"""Progress screen: each dimension's level over completed sessions as a chart, the deflections that recur
(and whether they are going away), and each story's levels over its rehearsals.

The sessions are re-scored with the current rubric where needed (cached); the
heading names the rubric the chart uses.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from agent.tui import keys
from agent.tui.failures import ReportsWorkerFailures
from agent.util.inert import clip, inert_text

_LEVEL_COLOURS = {1: "#eb5757", 2: "#f2994a", 3: "#f2c94c", 4: "#6fcf97", 5: "#27ae60"}


def chart_text(name: str, values: list[int | None], width: int) -> Text:
    """A dimension's dot chart with coloured dots and its first/last/best summary."""
    from agent.practice.chart import level_rows

    known = [v for v in values if v is not None]
    out = Text(inert_text(name), style="bold")
    out.append(f"  first {known[0]} → last {known[-1]}, best {max(known)}" if known else "  no level yet", style="dim")
    for row in level_rows(values, width=width):
        out.append("\n")
        level = row[0]
        colour = _LEVEL_COLOURS.get(int(level), "") if level.isdigit() else ""
        out.append(row[:3], style="dim")
        out.append(row[3:], style=f"bold {colour}" if colour else "dim")
    return out


class ProgressScreen(ReportsWorkerFailures, Screen):
    """Trends over ``sessions_dir``."""

    CSS_PATH = "progress.tcss"
    BINDINGS = keys.PROGRESS

    def __init__(self, sessions_dir: Path) -> None:
        super().__init__()
        self.sessions_dir = sessions_dir
        self.progress = None

    def compose(self) -> ComposeResult:
        yield Static(Text("Progress  reading sessions…", style="bold"), id="progress-title")
        yield VerticalScroll(id="progress-body")
        yield Footer()

    def on_mount(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="progress", exit_on_error=False, description="computing your progress")
    def _load(self) -> None:
        from agent import paths
        from agent.practice.progress import compute_progress
        from agent.rubric.loader import load_rubric_cached

        rubric_path = Path(self.app.options.rubric_path or paths.default_rubric_path())
        try:
            progress = compute_progress(self.sessions_dir, load_rubric_cached(rubric_path), rubric_path)
        except Exception as exc:
            self.app.call_from_thread(
                self.notify,
                f"Cannot compute progress: {inert_text(str(exc))[:300]}",
                severity="error",
                markup=False,
                timeout=15,
            )
            return
        self.app.call_from_thread(self._show, progress)

    def _show(self, progress) -> None:
        from agent.practice.chart import sparkline
        from agent.practice.progress import TO_WHOM
        from agent.practice.progress_text import rubric_label

        self.progress = progress
        pts = progress.points
        title = Text("Progress", style="bold")
        title.append(
            f"  {len(pts)} completed session{'s' if len(pts) != 1 else ''} · {rubric_label(progress)}, offline scorer",
            style="dim",
        )
        if progress.rescored:
            title.append(f" · {progress.rescored} re-scored from an older rubric or the LLM judge", style="dim")
        self.query_one("#progress-title", Static).update(title)
        body = self.query_one("#progress-body", VerticalScroll)
        body.remove_children()
        if not pts:
            body.mount(
                Static(
                    Text(
                        "No completed sessions yet. Run an interview (ctrl+p → New interview) or rehearse a "
                        "story (F4), then come back.",
                        style="dim",
                    )
                )
            )
            return
        width = max(20, min(90, self.size.width - 12))
        widgets = [
            Static(chart_text(name, progress.series(dim), width), classes="progress-chart")
            for dim, name in progress.dimensions.items()
        ]
        deflections = Text("Where you hand decisions away", style="bold")
        deflections.append("  per session, older half → newer half", style="dim")
        trends = progress.deflection_trends()
        if not trends:
            deflections.append("\nNowhere: no deflecting phrases in any session.", style="green")
        for t in trends:
            trend = f"{t.earlier:.1f} → {t.later:.1f} {t.trend}" if t.trend != "too few" else "too few sessions"
            style = "green" if t.trend in ("falling", "gone") else "red" if t.trend in ("rising", "new") else ""
            deflections.append(f"\n{t.locus:<10}{sparkline(t.series, 24):<25} {t.total:>3}× in {t.sessions:>3} · ")
            deflections.append(trend, style=style)
            who = ", ".join(f"{inert_text(name)} ×{count}" for name, count in t.holders)
            deflections.append(f"  to {TO_WHOM[t.locus]}{': ' + who if who else ''}", style="dim")
        widgets.append(Static(deflections, id="progress-deflections"))
        stories = progress.stories()
        if stories:
            text = Text("Stories over their rehearsals", style="bold")
            for story_id, rehearsals in stories.items():
                name = rehearsals[-1].story_title or story_id
                text.append(f"\n{clip(inert_text(name), 40)}  ({len(rehearsals)} rehearsal(s))")
                for dim, dim_name in progress.dimensions.items():
                    levels = " → ".join("?" if p.levels.get(dim) is None else str(p.levels[dim]) for p in rehearsals)
                    text.append(f"\n  {clip(inert_text(dim_name), 24):<24} {levels}", style="dim")
            widgets.append(Static(text, id="progress-stories"))
        for name, reason in progress.skipped[:5]:
            widgets.append(
                Static(Text(f"! skipped {inert_text(name)}: {clip(inert_text(reason), 160)}", style="yellow"))
            )
        body.mount_all(widgets)

    def action_back(self) -> None:
        self.app.back_from(self)
