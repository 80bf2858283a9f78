"""Replay screen: step through a saved session, spans highlighted, probe reasons, scorecard, re-score."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from agent.replay.steps import ReplayStep, build_steps, probe_reason_text
from agent.session.store import LoadedSession
from agent.tui import keys
from agent.tui.modals.rubric_picker import RubricPicker
from agent.tui.spans_text import highlighted_answer, level_bar, spans_legend
from agent.tui.widgets.timeline import Timeline
from agent.util.inert import clip, inert_text


def step_text(step: ReplayStep, dim: bool = False) -> Text:
    """A turn as text: who, then what was said (spans highlighted for answers)."""
    who = "Interviewer" if step.speaker == "interviewer" else "Candidate"
    head = Text(f"[{step.turn}] {who}", style="bold dim" if dim else "bold")
    if step.speaker == "interviewer" and step.kind:
        head.append(f" · {step.kind} · {inert_text(step.phase)}", style="dim")
    if step.speaker == "candidate" and not dim:
        body = highlighted_answer(step.text, step.analysis)
    else:
        body = Text(inert_text(step.text), style="dim" if dim else "")
    return Text("\n").join([head, body])


def levels_text(card: dict | None) -> Text:
    if not card:
        return Text("No scorecard (unfinished).", style="dim")
    out = Text("Scorecard\n", style="bold")
    for dim in card.get("dimensions", []) or []:
        out.append(f"{clip(inert_text(str(dim.get('name', ''))), 16):<16}\n")
        out.append_text(level_bar(dim.get("level"), int(dim.get("max_level") or 5), width=8))
        out.append("\n")
    return out


class ReplayScreen(Screen):
    """Replays ``loaded`` starting at ``turn`` (1-based turn number) if given."""

    CSS_PATH = "replay.tcss"
    BINDINGS = keys.REPLAY

    def __init__(self, loaded: LoadedSession, turn: int | None = None) -> None:
        super().__init__()
        self.loaded = loaded
        self.steps = build_steps(loaded)
        self.index = 0
        self.card = loaded.scorecard
        if turn is not None:
            self.go_to_turn(turn, refresh=False)

    def compose(self) -> ComposeResult:
        meta = self.loaded.meta
        title = Text(f"Replay · {clip(inert_text(meta.scenario_title or meta.scenario_id), 30)}", style="bold")
        title.append(f" · {inert_text(meta.model or meta.brain)} · {self.loaded.status}", style="dim")
        yield Static(title, id="replay-title")
        yield Timeline(self.steps, id="timeline")
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
            why.update(Text(f"{label}: ", style="bold #f2994a").append(Text(inert_text(probe_reason_text(step.reason)))))
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

    @work(exclusive=True, group="rescore")
    async def _rescore(self, path: Path) -> None:
        from agent.rubric.compare import render_compare_text
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
        self.rescored = new
        if old is None:
            box.update(levels_text(new.model_dump(mode="json")))
        else:
            box.update(Text(render_compare_text(old, new)))
        self.notify(f"Re-scored with {path.name}", markup=False, timeout=4)

    def action_back(self) -> None:
        self.app.back_from(self)
