"""The interview screen's saving duties: the unsent draft (debounced) and saving elsewhere when the disk refuses.

Mixed into :class:`~agent.tui.screens.interview.InterviewScreen`; it uses the screen's
``runner``, ``draft`` (a :class:`~agent.tui.draft.DraftKeeper`) and the ``#answer`` box.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import TextArea

from agent.tui.modals.path_prompt import PathPrompt
from agent.util.inert import inert_text


class DraftAndRescue:
    """Draft saving and the F9 "save elsewhere" path."""

    runner: Any
    draft: Any
    finished: bool
    rescue_path: Path | None
    _draft_timer: Any
    _restoring_draft: bool

    # ----- draft --------------------------------------------------------------------------
    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._restoring_draft:
            self._restoring_draft = False
            return
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.set_timer(self.app.settings.draft_save_delay, self.save_draft_now)

    def save_draft_now(self) -> None:
        """Save the box as the unsent draft (debounce fired, or the app is quitting)."""
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        if self.runner is None or self.finished:
            return
        self.draft.save(self.query_one("#answer", TextArea).text)

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
            self.notify(
                inert_text(recorder.error) + "\nPress F9 to save elsewhere.",
                title="Not saved",
                severity="error",
                markup=False,
                timeout=30,
            )

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
