"""A backstop for worker failures: whatever a background job raises ends up on screen with the next step.

Every ``@work`` in the app uses ``exit_on_error=False``; screens and the app mix in
:class:`ReportsWorkerFailures`, whose ``Worker.StateChanged`` handler turns an error into
a notification saying what failed and what to do.  Nothing is lost: sessions are saved
event by event, so the next step is usually "resume it".
"""

from __future__ import annotations

from textual.worker import Worker, WorkerState

from agent.util.inert import clip, inert_text

NEXT_STEP = {
    "engine": "Your answers so far are saved: quit (ctrl+q) and resume with the command shown, or F3 → u.",
    "step": "Your answers so far are saved: quit (ctrl+q) and resume with the command shown, or F3 → u.",
    "recover": "Your answers so far are saved: quit (ctrl+q) and resume with the command shown, or F3 → u.",
    "rescore": "The session is unchanged; check the rubric with ctrl+r, then press o to try again.",
    "rubric": "Check the rubric file with `locus rubric check FILE`.",
    "warmup": "The analyzer loads on the first answer instead; that answer may take a moment longer.",
}
DEFAULT_STEP = "The session is saved after every turn; F3 lists it and u resumes it."


def failure_message(worker: Worker) -> str:
    """``<what> failed: <error>. <next step>`` for a worker in the ERROR state."""
    what = worker.description or worker.name or "a background task"
    error = worker.error
    detail = clip(inert_text(f"{type(error).__name__}: {error}" if error is not None else "unknown error"), 300)
    return f"{what} failed: {detail}\n{NEXT_STEP.get(worker.group, DEFAULT_STEP)}"


class ReportsWorkerFailures:
    """Mix into an ``App`` or ``Screen``: its workers' failures are shown, never fatal."""

    def worker_failed(self, worker: Worker) -> None:
        """Hook for a screen's own clean-up (status line, flags) before the notice is shown."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        self.worker_failed(event.worker)
        self.app.notify(
            failure_message(event.worker), title="Something failed", severity="error", markup=False, timeout=30
        )
