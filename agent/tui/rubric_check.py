"""Reload a rubric file and describe the outcome for a notification (never raises)."""

from __future__ import annotations

from pathlib import Path

from agent.util.inert import inert_text

MAX_LINES = 8


def reload_rubric_message(path: Path) -> tuple[bool, str]:
    """``(ok, message)``; problems are listed as ``file:line:col: message``."""
    try:
        from agent.rubric.loader import RubricError, load_rubric
    except ImportError as exc:
        return False, f"rubric loader unavailable: {exc}"
    try:
        rubric = load_rubric(path)
    except RubricError as exc:
        lines = [inert_text(str(p)) for p in exc.problems[:MAX_LINES]]
        more = len(exc.problems) - len(lines)
        if more > 0:
            lines.append(f"… and {more} more")
        return False, "Rubric has problems:\n" + "\n".join(lines)
    except Exception as exc:  # a rubric must never crash the app
        return False, f"{path}: cannot load rubric: {inert_text(str(exc))[:300]}"
    dims = len(getattr(rubric, "dimensions", []) or [])
    return (
        True,
        f"Rubric reloaded: {inert_text(str(getattr(rubric, 'id', path.name)))} "
        f"{inert_text(str(getattr(rubric, 'version', '')))} ({dims} dimensions) from {path}",
    )
