"""List, find and delete saved sessions in a sessions directory.

A session is named by its id (``agent.session.ids``): ids on the command line are
checked as names, and a prefix is compared with file names, never used as a glob.
Only ``replay`` and ``resume`` also take an explicit path to a ``.jsonl`` file;
``--delete`` takes ids only, so it can never reach outside the sessions directory.
The listing reads only regular files: a FIFO, device or directory named
``*.jsonl`` is skipped with a warning instead of blocking or filling memory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from agent.session.events import Event
from agent.session.ids import SUFFIX, is_session_id
from agent.session.store import LoadedSession, SessionError, load_session, session_in_use
from agent.util.files import refusal


class SessionSummary(BaseModel):
    """One row of ``locus sessions``."""

    id: str
    path: Path
    created: str
    scenario: str
    brain: str
    status: str
    turns: int
    levels: dict[str, int | None]
    answers: int = 0
    problem: str | None = None


def count_answers(events: list[Event]) -> int:
    """How many answers the candidate sent."""
    return sum(1 for e in events if e.type == "answer")


def draft_text(events: list[Event]) -> str:
    """The unsent draft typed after the last answer (``""`` if none)."""
    for e in reversed(events):
        if e.type == "answer":
            return ""
        if e.type == "draft":
            return e.text  # type: ignore[attr-defined]
    return ""


def is_empty(events: list[Event]) -> bool:
    """Nothing answered and nothing drafted: not worth keeping."""
    return count_answers(events) == 0 and not draft_text(events).strip() and not any(e.type == "end" for e in events)


def summarize(loaded: LoadedSession) -> SessionSummary:
    """Summary row for a loaded session."""
    card = loaded.scorecard or {}
    levels = {d.get("id", "?"): d.get("level") for d in card.get("dimensions", []) if isinstance(d, dict)}
    return SessionSummary(
        id=loaded.session_id,
        path=loaded.path,
        created=loaded.meta.created,
        scenario=loaded.meta.scenario_id,
        brain=loaded.meta.model or loaded.meta.brain,
        status="empty" if is_empty(loaded.events) else loaded.status,
        turns=len(loaded.turns),
        levels=levels,
        answers=count_answers(loaded.events),
    )


@dataclass
class Catalogue:
    """The sessions found in a directory, and the entries that were skipped (with why)."""

    rows: list[SessionSummary] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _entries(directory: Path) -> list[Path]:
    """``*.jsonl`` entries of ``directory`` (not followed, not opened), sorted by name."""
    try:
        with os.scandir(directory) as it:
            return sorted(Path(e.path) for e in it if e.name.endswith(SUFFIX) and not e.name.startswith("."))
    except OSError:
        return []


def scan_sessions(directory: Path) -> Catalogue:
    """Every session file in ``directory``, newest first; unreadable files are listed with their problem."""
    found = Catalogue()
    if not directory.is_dir():
        return found
    for path in _entries(directory):
        problem = refusal(path, "session file")
        if problem:
            found.warnings.append(f"skipped {problem}")
            continue
        try:
            found.rows.append(summarize(load_session(path)))
        except SessionError as exc:
            found.rows.append(
                SessionSummary(
                    id=path.stem,
                    path=path,
                    created="",
                    scenario="?",
                    brain="?",
                    status="unreadable",
                    turns=0,
                    levels={},
                    problem=str(exc),
                )
            )
    found.rows.sort(key=lambda r: (r.created, r.id), reverse=True)
    return found


def list_sessions(directory: Path) -> list[SessionSummary]:
    """The rows of :func:`scan_sessions` (non-regular entries left out)."""
    return scan_sessions(directory).rows


def _looks_like_path(ref: str) -> bool:
    return ref.endswith(SUFFIX) or "/" in ref or os.sep in ref


def find_session(directory: Path, ref: str, *, allow_path: bool = True) -> Path:
    """Resolve a session id or unique id prefix in ``directory`` (or, if allowed, a path to a ``.jsonl`` file)."""
    if allow_path and _looks_like_path(ref):
        path = Path(ref)
        problem = refusal(path, "session file")
        if problem:
            raise SessionError(problem)
        if path.suffix != SUFFIX:
            raise SessionError(f"{ref}: not a session file (session files end in {SUFFIX})")
        return path
    if not is_session_id(ref):
        hint = "" if allow_path else "; --delete takes an id from `locus sessions`, not a path"
        raise SessionError(f"{ref!r} is not a session id (letters, digits, '-' and '_'){hint}")
    exact = directory / f"{ref}{SUFFIX}"
    if os.path.lexists(exact):
        return exact
    matches = [p for p in _entries(directory) if p.name.startswith(ref)]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        names = ", ".join(m.stem for m in matches[:5])
        raise SessionError(f"session id {ref!r} is ambiguous in {directory}: {names}")
    raise SessionError(f"no session {ref!r} in {directory}")


def prune_empty(directory: Path) -> list[Path]:
    """Delete every session with nothing answered that no running locus holds open; returns what went."""
    removed: list[Path] = []
    for row in list_sessions(directory):
        if row.status != "empty" or session_in_use(row.path):
            continue
        try:
            delete_session(row.path)
        except SessionError:
            continue
        removed.append(row.path)
    return removed


def delete_session(path: Path) -> None:
    """Remove a session file for good (a link is removed, never its target)."""
    try:
        path.unlink()
    except FileNotFoundError:
        raise SessionError(f"{path}: already gone") from None
    except OSError as exc:
        raise SessionError(f"{path}: cannot delete: {exc.strerror}") from None
