"""Interview screen: streamed conversation, answer box, status line, optional coach panel."""

from __future__ import annotations

import asyncio
import copy
import random
from pathlib import Path
from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, TextArea

from agent.tui import keys
from agent.tui.modals.path_prompt import PathPrompt
from agent.tui.widgets.coach_panel import CoachPanel
from agent.tui.widgets.conversation import Conversation
from agent.tui.widgets.status_line import StatusLine
from agent.util.inert import inert_text


class InterviewScreen(Screen):
    """One interview (new, or resumed from ``resume_path``)."""

    CSS_PATH = "interview.tcss"
    BINDINGS = keys.INTERVIEW

    def __init__(self, resume_path: Path | None = None, options: Any = None) -> None:
        super().__init__()
        self.resume_path = resume_path
        self.options = options  # None: the app's options (a rehearsal passes its own)
        self.runner: Any = None
        self.pending: Any = None
        self.streaming = False
        self.finished = False
        self.coach_on = False
        self.rescue_path: Path | None = None
        self.phase = "starting"
        self.note = "loading…"
        self._step_worker = None
        self.preview: str | None = None
        self.preview_title = ""
        self.queued_answer: str | None = None  # answered the preview before the engine was ready

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        with Horizontal(id="body"):
            with Vertical(id="chat"):
                yield Conversation(id="conversation")
                yield TextArea(id="answer", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
            yield CoachPanel(id="coach")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#answer", TextArea).border_title = "Your answer (ctrl+s sends; Enter = new line)"
        self.query_one("#answer", TextArea).focus()
        self._refresh_status()
        self.set_interval(1.0, self._refresh_status)
        self.call_after_refresh(self._load_engine)  # first frame first, then the heavy imports

    # ----- engine -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="engine")
    def _load_engine(self) -> None:
        """Import the graph (LangGraph is slow to import) and create the runner off the UI thread.

        A new offline interview shows its first question before the graph is ready: the
        offline brain says the plan's wording exactly, so the preview is what gets recorded.
        """
        app = self.app
        options = copy.copy(self.options or app.options)
        if self.resume_path is None and getattr(app.brain, "name", "offline") == "offline":
            self._preview_first_question(options)
        try:
            from agent.graph.launch import new_interview, resume_interview
            from agent.interviewer.bank import BankError
            from agent.session.store import SessionError
        except Exception as exc:  # pragma: no cover - broken install
            app.call_from_thread(self._engine_failed, f"cannot start the interview engine: {exc}")
            return
        try:
            if self.resume_path is not None:
                runner = resume_interview(self.resume_path, options, brain=app.brain, judge=app.judge)
            else:
                runner = new_interview(options, brain=app.brain, judge=app.judge, model=app.model)
        except (BankError, SessionError, KeyError, ValueError) as exc:
            app.call_from_thread(self._engine_failed, str(exc).strip('"'))
            return
        app.call_from_thread(self._engine_ready, runner)

    def _preview_first_question(self, options) -> None:
        if options.rehearsal:
            rehearsal = options.rehearsal
            self.app.call_from_thread(self._show_preview, f"Rehearsal: {rehearsal.get('title', '')}", "past_experience",
                                      str(rehearsal.get("question", "")))
            return
        try:
            from agent.interviewer.bank import cached_bank
            from agent.interviewer.plan import build_plan, choose_scenario

            if options.seed is None:
                options.seed = random.SystemRandom().randrange(1_000_000)
            scenario = choose_scenario(cached_bank(), options.seed, options.scenario_id)
            item = build_plan(scenario, options.seed)[0]
        except Exception:  # the graph reports real problems a moment later
            return
        self.app.call_from_thread(self._show_preview, scenario.title, item.phase, item.text)

    def _show_preview(self, title: str, phase: str, text: str) -> None:
        if self.runner is None and self.preview is None:
            self.preview = inert_text(text).strip()
            self.preview_title = title
            self.phase = phase
            self.query_one(Conversation).add_interviewer(self.preview)
            self._refresh_status()

    def _engine_failed(self, message: str) -> None:
        self.note = "could not start"
        self.notify(inert_text(message), title="Interview", severity="error", markup=False, timeout=15)
        self._refresh_status()

    def _engine_ready(self, runner: Any) -> None:
        self.runner = runner
        self.note = ""
        self.app.current_runner = runner
        conversation = self.query_one(Conversation)
        for turn in runner.transcript_for_display():
            (conversation.add_interviewer if turn.speaker == "interviewer" else conversation.add_candidate)(turn.text)
        self._check_saving()
        if self.app.do_warmup and not self.app.analyzer_ready:
            self.app.warm_analyzer()
        self._step_worker = self._run_step(None)

    # ----- stepping -----------------------------------------------------------------------
    def graph_event(self, event: dict) -> None:
        """Custom events from the graph (called on the app's event loop)."""
        kind = event.get("event")
        conversation = self.query_one(Conversation)
        if kind == "token":
            conversation.stream(str(event.get("text", "")))
        elif kind == "turn_done":
            if self.preview is not None:
                shown, self.preview = self.preview, None
                if shown == inert_text(str(event.get("text", ""))).strip():
                    conversation.drop_live()
                    return
            conversation.finish(str(event.get("text", "")), self._last_kind())
        elif kind == "notice":
            self.notify(inert_text(str(event.get("text", ""))), title="Notice", markup=False, timeout=8)
        elif kind == "analysis":
            analysis = event.get("analysis")
            if analysis is not None:
                self.query_one(CoachPanel).show_analysis(analysis, str(event.get("quality", "ok")))
        elif kind == "scoring":
            self.note = "scoring…"
            self._refresh_status()

    def _last_kind(self) -> str:
        events = self.runner.ctx.recorder.events if self.runner else []
        last = next((e for e in reversed(events) if e.type == "interviewer"), None)
        return getattr(last, "kind", "question") if last is not None else "question"

    @work(exclusive=True, group="step")
    async def _run_step(self, answer: str | None, recover: bool = False) -> None:
        self.streaming = True
        self.note = "interviewer is typing… (Esc cancels)" if not recover else "finishing the question…"
        self._refresh_status()
        try:
            if recover:
                pending = await self.runner.recover_after_cancel(self.graph_event)
            else:
                pending = await self.runner.step(answer, self.graph_event)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.streaming = False
            self.note = "error"
            self.notify(f"The interviewer failed: {inert_text(str(exc))[:300]}. Your answers are saved; "
                        "resume the session from the sessions screen (F3).", severity="error", markup=False, timeout=20)
            self._refresh_status()
            return
        self.streaming = False
        self._after_step(pending)

    def _after_step(self, pending: Any) -> None:
        self.pending = pending
        self.note = ""
        if pending is not None:
            self.phase = pending.phase
        if pending is not None and self.queued_answer is not None:
            answer, self.queued_answer = self.queued_answer, None
            self.pending = None
            self.call_later(self._send_queued, answer)
            return
        self._check_saving()
        self._refresh_status()
        if pending is None:
            self.finished = True
            self.note = "finished"
            self._refresh_status()
            card = self.runner.scorecard
            if card:
                self.app.show_scorecard(card, self.runner.session_path or self.rescue_path, self.runner.session_id)

    def action_send(self) -> None:
        box = self.query_one("#answer", TextArea)
        text = box.text.strip()
        if self.finished:
            self.notify("The interview is over.", markup=False)
            return
        if not text:
            self.notify("Type an answer first (ctrl+s sends).", severity="warning", markup=False)
            return
        if self.runner is None and self.preview is not None and self.queued_answer is None:
            # The first question is on screen before the engine is; hold the answer until it is ready.
            box.text = ""
            self.query_one(Conversation).add_candidate(text)
            self.queued_answer = text
            self.note = "sending when the interviewer is ready…"
            self._refresh_status()
            return
        if self.runner is None or self.streaming or self.pending is None:
            self.notify("Wait for the interviewer's question to finish.", severity="warning", markup=False)
            return
        box.text = ""
        self.query_one(Conversation).add_candidate(text)
        self.pending = None
        self._step_worker = self._run_step(text)

    def _send_queued(self, answer: str) -> None:
        self._step_worker = self._run_step(answer)

    def action_cancel_reply(self) -> None:
        """Esc: stop a streaming reply; the offline wording of the same turn replaces it."""
        if not self.streaming or self._step_worker is None:
            return
        worker = self._step_worker
        worker.cancel()
        self.query_one(Conversation).drop_live()
        self.notify("Reply cancelled.", markup=False, timeout=3)
        self._recover(worker)

    @work(exclusive=False, group="recover")
    async def _recover(self, cancelled) -> None:
        try:
            await cancelled.wait()
        except Exception:
            pass
        self._step_worker = self._run_step(None, recover=True)

    def action_coach(self) -> None:
        self.coach_on = not self.coach_on
        self.query_one(CoachPanel).set_class(self.coach_on, "-on")
        self.notify("Coach mode on" if self.coach_on else "Coach mode off", markup=False, timeout=2)

    # ----- saving -------------------------------------------------------------------------
    def _check_saving(self) -> None:
        recorder = self.runner.ctx.recorder if self.runner else None
        if recorder is None or not recorder.error:
            return
        if self.rescue_path is not None:
            self._save_to(self.rescue_path, quiet=True)
            return
        if not getattr(self, "_warned", False):
            self._warned = True
            self.notify(inert_text(recorder.error) + "\nPress F9 to save elsewhere.", title="Not saved",
                        severity="error", markup=False, timeout=30)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "save_elsewhere":
            return bool(self.runner and self.runner.ctx.recorder.error)
        return True

    def action_save_elsewhere(self) -> None:
        default = Path.home() / f"{self.runner.session_id}.jsonl"
        self.app.push_screen(PathPrompt("Save this session to:", default), self._chosen_rescue)

    def _chosen_rescue(self, path: Path | None) -> None:
        if path is not None and self._save_to(path):
            self.rescue_path = path

    def _save_to(self, path: Path, quiet: bool = False) -> bool:
        from agent.session.store import SessionError

        try:
            self.runner.ctx.recorder.save_as(path)
        except SessionError as exc:
            self.notify(inert_text(str(exc)), severity="error", markup=False)
            return False
        if not quiet:
            self.notify(f"Saved to {path}; kept up to date after every turn.", markup=False)
        return True

    # ----- status -------------------------------------------------------------------------
    def _probes(self) -> int:
        if self.runner is None:
            return 0
        return sum(1 for e in self.runner.ctx.recorder.events if e.type == "interviewer" and getattr(e, "kind", "") == "probe")

    def _refresh_status(self) -> None:
        app = self.app
        runner = self.runner
        scenario = runner.ctx.scenario.title if runner else (self.preview_title or "Locus mock interview")
        elapsed = app.elapsed(runner) if runner else None
        self.query_one(StatusLine).show(scenario, self.phase, elapsed, self._probes(), app.brain_label, self.note)
