"""List, find and delete saved sessions in a sessions directory."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from agent.session.events import Event
from agent.session.store import LoadedSession, SessionError, load_session, session_in_use


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


def list_sessions(directory: Path) -> list[SessionSummary]:
    """Every session file in ``directory``, newest first; unreadable files are listed with their problem."""
    rows: list[SessionSummary] = []
    if not directory.is_dir():
        return rows
    for path in directory.glob("*.jsonl"):
        try:
            rows.append(summarize(load_session(path)))
        except SessionError as exc:
            rows.append(
                SessionSummary(id=path.stem, path=path, created="", scenario="?", brain="?",
                               status="unreadable", turns=0, levels={}, problem=str(exc))
            )
    rows.sort(key=lambda r: (r.created, r.id), reverse=True)
    return rows


def find_session(directory: Path, ref: str) -> Path:
    """Resolve a session id, unique id prefix or path to a file."""
    candidate = Path(ref)
    if candidate.suffix == ".jsonl" and candidate.is_file():
        return candidate
    exact = directory / f"{ref}.jsonl"
    if exact.is_file():
        return exact
    matches = sorted(directory.glob(f"{ref}*.jsonl")) if directory.is_dir() and ref else []
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
    """Remove a session file for good."""
    try:
        path.unlink()
    except FileNotFoundError:
        raise SessionError(f"{path}: already gone") from None
    except OSError as exc:
        raise SessionError(f"{path}: cannot delete: {exc.strerror}") from None
