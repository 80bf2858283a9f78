"""List, find and delete saved sessions in a sessions directory."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from agent.session.store import LoadedSession, SessionError, load_session


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
    problem: str | None = None


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
        status=loaded.status,
        turns=len(loaded.turns),
        levels=levels,
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


def delete_session(path: Path) -> None:
    """Remove a session file for good."""
    try:
        path.unlink()
    except FileNotFoundError:
        raise SessionError(f"{path}: already gone") from None
    except OSError as exc:
        raise SessionError(f"{path}: cannot delete: {exc.strerror}") from None
