"""The graph's handle on the session file.

Every event also stays in memory.  If the disk refuses a write (full disk,
read-only directory) the recorder keeps going in memory, remembers the error
for the UI to show, and can write everything to another place with ``save_as``.
"""

from __future__ import annotations

from pathlib import Path

from agent.session.events import Event
from agent.session.store import SessionError, SessionWriter
from agent.util.atomic import write_bytes_atomic


class SessionRecorder:
    """Appends events durably; degrades to memory-only on I/O errors."""

    def __init__(self, writer: SessionWriter | None, events: list[Event] | None = None) -> None:
        self.writer = writer
        self.events: list[Event] = list(events or [])
        self.error: str | None = None if writer is not None else "session is not being saved"

    @property
    def path(self) -> Path | None:
        """Where the session is being saved, if anywhere."""
        return self.writer.path if self.writer else None

    def record(self, event: Event) -> Event:
        """Save ``event`` (or keep it in memory if saving failed)."""
        event.seq = len(self.events)
        if self.writer is not None and self.error is None:
            try:
                self.writer.append(event)
            except SessionError as exc:
                self.error = f"{exc} — the interview continues in memory; save it elsewhere"
        self.events.append(event)
        return event

    def serialized(self) -> bytes:
        """Every event so far as session-file bytes."""
        return b"".join(event.model_dump_json().encode("utf-8") + b"\n" for event in self.events)

    def save_as(self, path: Path) -> Path:
        """Write every event so far to ``path`` (the user's choice) atomically (temp file, fsync, rename)."""
        data = self.serialized()
        try:
            write_bytes_atomic(path, data)
        except OSError as exc:
            raise SessionError(f"cannot save to {path}: {exc.strerror}") from None
        return path

    def close(self) -> None:
        """Close the underlying file."""
        if self.writer is not None:
            self.writer.close()
