"""Interview screen: streamed conversation, answer box, status line, optional coach panel.

A resumed session comes back as it was left: every turn with its label, the pending
question, the clock, and the unsent draft (saved as it is typed, see :mod:`agent.tui.draft`).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import random
from pathlib import Path
from typing import Any

from textual import events, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, TextArea

from agent.tui import keys
from agent.tui.draft import DraftKeeper
from agent.tui.failures import ReportsWorkerFailures
from agent.tui.screens.interview_saving import DraftAndRescue
from agent.tui.widgets.coach_panel import CoachPanel
from agent.tui.widgets.conversation import Conversation, partial_notice
from agent.tui.widgets.status_line import StatusLine
from agent.util.inert import inert_text

RESUME_HINT = "Your answers are saved: quit with ctrl+q and resume with the command it prints, or F3 → u."


class AnswerBox(TextArea):
    """The answer editor; a paste is inserted whole and inert, so what is shown is what is saved."""

    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # TextArea's own handler would insert the raw text as well
        event.stop()
        if self.read_only:
            return
        if result := self._replace_via_keyboard(inert_text(event.text), *self.selection):
            self.move_cursor(result.end_location)
            self.focus()


class InterviewScreen(DraftAndRescue, ReportsWorkerFailures, Screen):
    """One interview (new, or resumed from ``resume_path``; ``options`` overrides the app's, e.g. a rehearsal)."""

    CSS_PATH = "interview.tcss"
    BINDINGS = keys.INTERVIEW

    def __init__(self, resume_path: Path | None = None, options: Any = None) -> None:
        super().__init__()
        self.resume_path = resume_path
        self.options = options  # None: the app's options (a rehearsal passes its own)
        self.draft = DraftKeeper()
        self._draft_timer: Any = None
        self._restoring_draft = False
        self.last_analysis: Any = None
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
                yield AnswerBox(id="answer", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
            yield CoachPanel(id="coach")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#answer", TextArea).border_title = "Your answer (ctrl+s sends; Enter = new line)"
        self.query_one("#answer", TextArea).focus()
        self._refresh_status()
        self.set_interval(1.0, self._refresh_status)
        self.call_after_refresh(self._load_engine)  # first frame first, then the heavy imports

    # ----- engine -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="engine", exit_on_error=False, description="starting the interview")
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

            if self.resume_path is not None:
                runner = resume_interview(self.resume_path, options, brain=app.brain, judge=app.judge)
            else:
                runner = new_interview(options, brain=app.brain, judge=app.judge, model=app.model)
        except Exception as exc:
            app.call_from_thread(self._engine_failed, exc)
            return
        app.call_from_thread(self._engine_ready, runner)

    def _preview_first_question(self, options) -> None:
        if options.rehearsal:
            rehearsal = options.rehearsal
            self.app.call_from_thread(
                self._show_preview,
                f"Rehearsal: {rehearsal.get('title', '')}",
                "past_experience",
                str(rehearsal.get("question", "")),
            )
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

    def _engine_failed(self, exc: Exception) -> None:
        from agent.interviewer.bank import BankError
        from agent.session.store import SessionError

        self.note = "could not start"
        detail = (
            inert_text(str(exc).strip('"'))
            if isinstance(exc, (BankError, SessionError, KeyError, ValueError))
            else inert_text(f"{type(exc).__name__}: {exc}")
        )
        if self.resume_path is not None:
            step = f"The session file is unchanged ({self.resume_path}); fix the problem and resume it again."
        else:
            step = "Nothing was saved yet. Fix the problem above (F1 lists keys, `locus config` the settings) and press n on F3."
        self.notify(
            f"Could not start the interview: {detail[:400]}\n{step}",
            title="Interview",
            severity="error",
            markup=False,
            timeout=30,
        )
        self._refresh_status()

    def _engine_ready(self, runner: Any) -> None:
        from agent.session.catalog import draft_text

        self.runner = runner
        self.note = ""
        self.app.current_runner = runner
        self.app.runners.append(runner)
        events = runner.ctx.recorder.events
        restored = draft_text(events) if self.resume_path is not None else ""
        self.draft.attach(runner.ctx.recorder, restored)
        if self.resume_path is not None:
            self.query_one(Conversation).show_saved(events)
            pending = next((e for e in reversed(events) if e.type in ("interviewer", "answer")), None)
            if pending is not None and pending.type == "interviewer":
                self.phase = pending.phase
            if restored:
                box = self.query_one("#answer", AnswerBox)
                self._restoring_draft = True
                box.text = restored
                box.move_cursor(box.document.end)
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
            if event.get("truncated_at"):
                conversation.add_notice(
                    partial_notice(
                        conversation.answers, int(event["truncated_at"]), int(event.get("answer_chars") or 0)
                    )
                )
            if analysis is not None:
                self.last_analysis = analysis
                self.query_one(CoachPanel).show_analysis(analysis, str(event.get("quality", "ok")))
        elif kind == "scoring":
            self.note = "scoring…"
            self._refresh_status()

    def _last_kind(self) -> str:
        events = self.runner.ctx.recorder.events if self.runner else []
        last = next((e for e in reversed(events) if e.type == "interviewer"), None)
        return getattr(last, "kind", "question") if last is not None else "question"

    @work(exclusive=True, group="step", exit_on_error=False, description="the interviewer's next turn")
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
            self.notify(
                f"The interviewer failed: {inert_text(str(exc))[:300]}\n{RESUME_HINT}",
                title="Interview",
                severity="error",
                markup=False,
                timeout=30,
            )
            self._refresh_status()
            return
        self.streaming = False
        self._after_step(pending)

    def worker_failed(self, worker) -> None:
        """A worker died outside its own handler: stop saying it is busy."""
        self.streaming = False
        self.note = "error"
        self._refresh_status()

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
        self._note_unprobed()
        if pending is None:
            self.finished = True
            self.note = "finished"
            self._refresh_status()
            card = self.runner.scorecard
            if card:
                self.app.show_scorecard(card, self.runner.session_path or self.rescue_path, self.runner.session_id)

    def _note_unprobed(self) -> None:
        """Deflections the interviewer's limits kept it from probing (``reason["not_probed"]`` on the next turn)."""
        if self.runner is None or self.last_analysis is None:
            return
        events = self.runner.ctx.recorder.events
        last = next((e for e in reversed(events) if e.type == "interviewer"), None)
        if last is None:
            return
        skipped = [item for item in (last.reason or {}).get("not_probed") or [] if isinstance(item, dict)]
        if skipped:
            self.query_one(CoachPanel).show_unprobed(skipped)
        elif getattr(self.last_analysis, "probe", False) and last.kind != "probe":
            self.query_one(CoachPanel).show_unprobed([])

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
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        self.draft.sent()
        self._restoring_draft = True  # clearing the box is not typing: no draft event
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

    @work(exclusive=False, group="recover", exit_on_error=False, description="finishing the cancelled turn")
    async def _recover(self, cancelled) -> None:
        with contextlib.suppress(Exception):  # it was cancelled; only its end matters here
            await cancelled.wait()
        self._step_worker = self._run_step(None, recover=True)

    def action_coach(self) -> None:
        conversation = self.query_one(Conversation)
        at_end = conversation.scroll_y >= conversation.max_scroll_y - 1
        self.coach_on = not self.coach_on
        self.query_one(CoachPanel).set_class(self.coach_on, "-on")
        if at_end:  # the chat re-wraps narrower or wider; keep the current question in view
            self.call_after_refresh(conversation.scroll_end, animate=False, immediate=True)
        self.notify("Coach mode on" if self.coach_on else "Coach mode off", markup=False, timeout=2)

    # ----- status -------------------------------------------------------------------------
    def _probes(self) -> int:
        if self.runner is None:
            return 0
        return sum(
            1 for e in self.runner.ctx.recorder.events if e.type == "interviewer" and getattr(e, "kind", "") == "probe"
        )

    def _refresh_status(self) -> None:
        app = self.app
        runner = self.runner
        scenario = runner.ctx.scenario.title if runner else (self.preview_title or "Locus mock interview")
        elapsed = app.elapsed(runner) if runner else None
        self.query_one(StatusLine).show(scenario, self.phase, elapsed, self._probes(), app.brain_label, self.note)
