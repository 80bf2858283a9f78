"""What the terminal says when Locus quits: where each interview is and the command that continues it.

An interview with nothing answered (and no unsent draft) is not kept: its file is removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent import paths
from agent.util.inert import inert_text


def _dir_flag(sessions_dir: Path) -> str:
    """`` --sessions-dir DIR`` when the sessions live somewhere the plain command would not look."""
    try:
        default = paths.sessions_dir(None).resolve()
        return "" if Path(sessions_dir).resolve() == default else f" --sessions-dir {sessions_dir}"
    except OSError:
        return f" --sessions-dir {sessions_dir}"


def _summary(runner: Any, sessions_dir: Path) -> str:
    from agent.session.catalog import count_answers, draft_text, is_empty

    events = runner.ctx.recorder.events
    session_id = inert_text(runner.session_id)
    path = runner.session_path
    if runner.ctx.recorder.error and path is None:
        return f"Session {session_id} could not be saved ({inert_text(runner.ctx.recorder.error)})."
    answers = count_answers(events)
    if is_empty(events):
        runner.close()
        if path is not None:
            try:
                Path(path).unlink()
            except OSError:
                return f"Session {session_id} has no answers; remove it with: locus sessions --prune"
        return "Nothing was answered, so the session was not kept."
    flag = _dir_flag(sessions_dir)
    if runner.done:
        return f"Interview complete: {path}\nReplay it with: locus replay {session_id}{flag}"
    noun = "answer" if answers == 1 else "answers"
    draft = " and your unsent draft" if draft_text(events) else ""
    return f"Saved {answers} {noun}{draft} to {path} (in progress).\nResume with: locus resume {session_id}{flag}"


def quit_summary(runners: list[Any], sessions_dir: Path) -> str:
    """One block per interview opened in this run (newest last)."""
    return "\n".join(_summary(runner, sessions_dir) for runner in runners)
