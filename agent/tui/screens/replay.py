"""Replay screen: step through a saved session, spans highlighted, probe reasons, scorecard, re-score."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from agent.replay.steps import ReplayStep, answer_numbers, build_steps, probe_reason_text, speaker_label
from agent.session.store import LoadedSession
from agent.tui import keys
from agent.tui.failures import ReportsWorkerFailures
from agent.tui.modals.rubric_picker import RubricPicker
from agent.tui.spans_text import highlighted_answer, level_bar, spans_legend
from agent.tui.widgets.timeline import Timeline, legend
from agent.util.inert import clip, inert_text


def step_text(step: ReplayStep, dim: bool = False) -> Text:
    """A turn as text: who, then what was said (spans highlighted for answers)."""
    head = Text(speaker_label(step), style="bold dim" if dim else "bold")
    if step.speaker == "interviewer" and step.kind:
        head.append(f" · {step.kind} · {inert_text(step.phase)}", style="dim")
    if step.speaker == "candidate" and not dim:
        body = highlighted_answer(step.text, step.analysis)
    else:
        body = Text(inert_text(step.text), style="dim" if dim else "")
    parts = [head, body]
    if step.truncated_at and not dim:
        parts.append(
            Text(
                f"Only the first {step.truncated_at:,} of {len(step.text):,} characters were analysed.", style="yellow"
            )
        )
    return Text("\n").join(parts)


def levels_text(card: dict | None, title: str = "Scorecard") -> Text:
    if not card:
        return Text("No scorecard (unfinished).", style="dim")
    out = Text(f"{title}\n", style="bold")
    for dim in card.get("dimensions", []) or []:
        out.append(f"{clip(inert_text(str(dim.get('name', ''))), 16):<16}\n")
        out.append_text(level_bar(dim.get("level"), int(dim.get("max_level") or 5), width=8))
        out.append("\n")
    return out


def changes_text(old, new) -> Text:
    """One line per dimension: ``Ownership: 4 → 3 (down), 2 quotes moved``."""
    from agent.rubric.compare import compare

    out = Text("Changes from the original\n", style="bold")
    for ch in compare(old, new):
        before, after = ("—" if v is None else str(v) for v in (ch.old, ch.new))
        moved = "unchanged" if ch.old == ch.new else ("up" if (ch.new or 0) > (ch.old or 0) else "down")
        quotes = len(ch.added) + len(ch.removed)
        out.append(
            f"{clip(inert_text(ch.name), 16)}: {before} → {after} ({moved})",
            style={"up": "green", "down": "red"}.get(moved, ""),
        )
        out.append(f", {quotes} quote{'s' if quotes != 1 else ''} moved\n" if quotes else "\n", style="dim")
    return out


class ReplayScreen(ReportsWorkerFailures, Screen):
    """Replays ``loaded`` starting at ``turn`` (1-based turn number) if given."""

    CSS_PATH = "replay.tcss"
    BINDINGS = keys.REPLAY

    def __init__(self, loaded: LoadedSession, turn: int | None = None) -> None:
        super().__init__()
        self.loaded = loaded
        self.steps = build_steps(loaded)
        self.index = 0
        self.card = loaded.scorecard
        self.answers = answer_numbers(self.steps)
        self.rescored: dict | None = None  # the latest re-score (never saved into the session)
        self.rescore_rubric: Path | None = None
        self.rescored_at = ""
        if turn is not None:
            self.go_to_turn(turn, refresh=False)

    def compose(self) -> ComposeResult:
        meta = self.loaded.meta
        title = Text(f"Replay · {clip(inert_text(meta.scenario_title or meta.scenario_id), 56)}", style="bold")
        title.append(f" · {inert_text(meta.model or meta.brain)} · {self.loaded.status}", style="dim")
        yield Static(title, id="replay-title")
        yield Timeline(self.steps, id="timeline")
        yield Static(legend(), id="timeline-legend")
        with Horizontal(id="replay-body"):
            with VerticalScroll(id="replay-main"):
                yield Static("", id="replay-context")
                yield Static("", id="replay-turn")
                yield Static("", id="replay-why")
                yield Static("", id="replay-spans")
            with VerticalScroll(id="replay-side"):
                yield Static(levels_text(self.card), id="replay-levels")
                yield Static("", id="replay-rescore")
        yield Footer()

    def on_mount(self) -> None:
        self.show_step()

    def go_to_turn(self, turn: int, refresh: bool = True) -> None:
        for i, step in enumerate(self.steps):
            if step.turn >= turn:
                self.index = i
                break
        if refresh:
            self.show_step()

    @property
    def current(self) -> ReplayStep | None:
        return self.steps[self.index] if self.steps else None

    def show_step(self) -> None:
        self.query_one(Timeline).current = self.index
        step = self.current
        context = self.query_one("#replay-context", Static)
        turn = self.query_one("#replay-turn", Static)
        why = self.query_one("#replay-why", Static)
        spans = self.query_one("#replay-spans", Static)
        if step is None:
            turn.update(Text("This session has no turns yet.", style="dim"))
            return
        previous = self.steps[self.index - 1] if self.index > 0 else None
        context.update(step_text(previous, dim=True) if previous is not None else "")
        turn.update(step_text(step))
        if step.speaker == "interviewer" and step.reason:
            label = "Why the interviewer probed" if step.is_probe else "Why the interviewer branched"
            reason = probe_reason_text(step.reason, self.answers)
            why.update(Text(f"{label}: ", style="bold #f2994a").append(Text(inert_text(reason))))
        else:
            why.update("")
        spans.update(spans_legend(step.analysis) if step.speaker == "candidate" else "")
        self.query_one("#replay-main", VerticalScroll).scroll_home(animate=False)

    def action_step(self, delta: int) -> None:
        if self.steps:
            self.index = max(0, min(len(self.steps) - 1, self.index + delta))
            self.show_step()

    def action_jump_start(self) -> None:
        self.index = 0
        self.show_step()

    def action_jump_end(self) -> None:
        self.index = max(0, len(self.steps) - 1)
        self.show_step()

    def action_scorecard(self) -> None:
        if not self.card:
            self.notify("No scorecard: the interview is unfinished.", markup=False)
            return
        self.app.show_scorecard(self.card, self.loaded.path, self.loaded.session_id, replay=self)

    def action_rescore(self) -> None:
        from agent import paths

        self.app.push_screen(RubricPicker(paths.rubrics_dir()), self._rescore_with)

    def _rescore_with(self, path: Path | None) -> None:
        if path is not None:
            self.query_one("#replay-rescore", Static).update(Text(f"Re-scoring with {path.name}…", style="dim"))
            self._rescore(path)

    def action_view_rescore(self) -> None:
        """Open the re-scored card: bars, evidence, what moved; exportable like the original."""
        if self.rescored is None:
            self.notify("Nothing re-scored yet: press o to pick a rubric.", markup=False)
            return
        from agent.tui.export import card_context

        rubric = self.rescored.get("rubric", {}) or {}
        context = card_context(self.loaded, original=self.card, rescored_at=self.rescored_at)
        name = self.rescore_rubric.name if self.rescore_rubric else "another rubric"
        self.app.show_scorecard(
            self.rescored,
            self.loaded.path,
            self.loaded.session_id,
            replay=self,
            context=context,
            title=f"Re-scored with {name}",
            export_tag=f"rescore-{rubric.get('id', 'rubric')}",
        )

    @work(exclusive=True, group="rescore", exit_on_error=False, description="re-scoring the session")
    async def _rescore(self, path: Path) -> None:
        from datetime import datetime

        from agent.rubric.scorecard import Scorecard
        from agent.rubric.session_scoring import score_for_session
        from agent.tui.rubric_check import reload_rubric_message

        ok, message = reload_rubric_message(path)
        box = self.query_one("#replay-rescore", Static)
        if not ok:
            box.update(Text(message, style="red"))
            self.notify(message, title="Re-score", severity="error", markup=False, timeout=15)
            return
        try:
            new = await score_for_session(self.loaded.turns, self.loaded.analyses, rubric_path=path)
        except Exception as exc:  # a rubric must never crash the app
            box.update(Text(f"Re-score failed: {inert_text(str(exc))[:300]}", style="red"))
            return
        old = Scorecard.model_validate(self.card) if self.card else None
        self.rescored = new.model_dump(mode="json")
        self.rescore_rubric = path
        self.rescored_at = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()
        shown = levels_text(self.rescored, title=f"Re-scored ({path.name})")
        if old is not None:
            shown.append("\n")
            shown.append_text(changes_text(old, new))
        shown.append("v opens the full card (export with e); the session is not changed.", style="dim")
        box.update(shown)
        self.notify(f"Re-scored with {path.name}: press v for the full card.", markup=False, timeout=6)

    def action_back(self) -> None:
        self.app.back_from(self)
