"""Write, load, list and find session files.

A session is ``<sessions dir>/<id>.jsonl``.  Every event is appended, flushed and
fsynced the moment it happens, so a crash loses nothing that was answered.  A
truncated last line (the process died mid-write) is skipped with a warning on
load and cut off before the next append.  Files are created ``0600``.
"""

from __future__ import annotations

import codecs
import errno
import fcntl
import json
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from agent.analysis.models import AnswerAnalysis
from agent.session.events import EVENT_TYPES, Event, MetaEvent
from agent.session.ids import BadSessionId, session_file
from agent.session.migrate import UnsupportedVersion, upgrade
from agent.transcript.models import Turn
from agent.util import crashpoint
from agent.util.files import FileRefused, read_regular
from agent.util.text import encodable_data

MAX_LINE_BYTES = 8 * 1024 * 1024
MAX_FILE_BYTES = 256 * 1024 * 1024
# Numbers a session can hold: 64-bit integers (what the checkpointer can pack) and finite floats.
_INT_RANGE = range(-(2**63), 2**63)


class SessionError(Exception):
    """A session file cannot be used; the message says why and names the file."""


def utc_now() -> str:
    """Current UTC time as ISO 8601 with seconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_session_id(scenario_id: str) -> str:
    """A sortable, unique id: ``20261125-041500-playback-resume-3fa9``."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{scenario_id}-{secrets.token_hex(2)}"


def analyses_of(events: list[Event]) -> dict[int, AnswerAnalysis]:
    """Analysis per candidate turn from ``analysis`` events (unreadable ones are left out)."""
    out: dict[int, AnswerAnalysis] = {}
    for e in events:
        if e.type == "analysis":
            try:
                out[e.turn] = AnswerAnalysis.model_validate(e.analysis)  # type: ignore[attr-defined]
            except ValidationError:
                continue
    return out


def acts_of(events: list[Event]) -> dict[int, str]:
    """Speech act per candidate turn (``narration`` unless the analysis event says otherwise)."""
    return {e.turn: getattr(e, "act", "narration") for e in events if e.type == "analysis"}  # type: ignore[attr-defined]


class LoadedSession(BaseModel):
    """Everything a session file says, upgraded to the current format."""

    path: Path
    meta: MetaEvent
    events: list[Event]
    warnings: list[str] = Field(default_factory=list)

    @property
    def session_id(self) -> str:
        return self.meta.session_id

    @property
    def turns(self) -> list[Turn]:
        """Interviewer and candidate turns in order."""
        out: list[Turn] = []
        for e in self.events:
            if e.type == "interviewer":
                out.append(Turn(number=e.turn, speaker="interviewer", text=e.text))  # type: ignore[attr-defined]
            elif e.type == "answer":
                out.append(Turn(number=e.turn, speaker="candidate", text=e.text))  # type: ignore[attr-defined]
        return out

    @property
    def analyses(self) -> dict[int, AnswerAnalysis]:
        """Saved analysis per candidate turn number."""
        return analyses_of(self.events)

    @property
    def scorecard(self) -> dict[str, Any] | None:
        """The last saved scorecard, if any."""
        cards = [e.scorecard for e in self.events if e.type == "scorecard"]  # type: ignore[attr-defined]
        return cards[-1] if cards else None

    @property
    def status(self) -> str:
        """``completed``/``abandoned`` once ended, otherwise ``in progress``."""
        ends = [e for e in self.events if e.type == "end"]
        return ends[-1].status if ends else "in progress"  # type: ignore[attr-defined]


def _parse_int(digits: str) -> int:
    value = int(digits)
    if value not in _INT_RANGE:
        raise ValueError(f"number {digits[:24]}{'…' if len(digits) > 24 else ''} is out of range")
    return value


def _parse_float(digits: str) -> float:
    value = float(digits)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"number {digits[:24]} is out of range")
    return value


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a session can hold")


def _decode_line(line: bytes) -> dict[str, Any]:
    """One JSON object, with absurd numbers refused and lone surrogates replaced."""
    raw = json.loads(
        line.decode("utf-8"), parse_int=_parse_int, parse_float=_parse_float, parse_constant=_refuse_constant
    )
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    if b"\\ud" in line or b"\\uD" in line:  # a JSON-escaped lone surrogate is the only way one gets in
        raw = encodable_data(raw)
    return raw


def _parse_event(raw: dict[str, Any]) -> list[Event]:
    events = []
    for item in upgrade(raw):
        model = EVENT_TYPES.get(str(item.get("type")))
        if model is None:
            raise ValueError(f"unknown event type {item.get('type')!r}")
        events.append(model.model_validate(item))
    return events


def _why(exc: Exception) -> str:
    """The first reason in one line (pydantic errors name the field)."""
    if isinstance(exc, ValidationError) and exc.errors():
        err = exc.errors()[0]
        field = ".".join(str(part) for part in err.get("loc", ()))
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        return f"{field}: {msg}" if field else msg
    return (str(exc).splitlines() or [type(exc).__name__])[0]


def read_session_bytes(path: Path) -> bytes:
    """The bytes of a session file (regular file, size-capped, a leading BOM dropped)."""
    try:
        data = read_regular(path, MAX_FILE_BYTES, "session file")
    except FileRefused as exc:
        raise SessionError(str(exc)) from None
    return data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data


def load_session(path: str | os.PathLike[str]) -> LoadedSession:
    """Read and validate a session file; damaged lines are skipped with a warning."""
    path = Path(path)
    data = read_session_bytes(path)
    lines = data.split(b"\n")
    events: list[Event] = []
    warnings: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        last = number == len(lines) or all(not rest.strip() for rest in lines[number:])
        try:
            if len(line) > MAX_LINE_BYTES:
                raise ValueError("line too long")
            events.extend(_parse_event(_decode_line(line)))
        except UnsupportedVersion as exc:
            raise SessionError(f"{path}:{number}: {exc}") from None
        except (ValueError, UnicodeDecodeError, ValidationError, RecursionError) as exc:
            torn = last and not data.endswith(b"\n")  # a crash mid-write leaves no newline
            kind = "truncated last line (repaired)" if torn else "unreadable line skipped"
            warnings.append(f"{path}:{number}: {kind}: {_why(exc)[:120]}")
    if not events or not isinstance(events[0], MetaEvent):
        why = f"; {warnings[0]}" if warnings else ""
        raise SessionError(f"{path}: not a Locus session (no valid meta line){why}")
    for seq, event in enumerate(events):
        event.seq = seq
    return LoadedSession(path=path, meta=events[0], events=events, warnings=warnings)


def session_in_use(path: Path) -> bool:
    """True while another process holds the session's writer lock (an interview is running on it)."""
    try:
        with open(path, "rb") as fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    except OSError:
        return False
    return False


class SessionWriter:
    """Appends events to one session file, durably, one JSON line each."""

    def __init__(self, path: Path, next_seq: int = 0) -> None:
        self.path = path
        self._seq = next_seq
        self._fh = None

    @classmethod
    def create(cls, directory: Path, session_id: str) -> SessionWriter:
        """Create ``<directory>/<session_id>.jsonl`` (must not exist), owner-only permissions."""
        try:
            path = session_file(directory, session_id)
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
        except BadSessionId as exc:
            raise SessionError(str(exc)) from None
        except OSError as exc:
            raise SessionError(f"cannot create a session in {directory}: {exc.strerror}") from None
        writer = cls(path)
        writer._fh = os.fdopen(fd, "ab", buffering=0)
        writer._lock()
        return writer

    def _lock(self) -> None:
        """One writer per session file: a second ``locus`` process gets a clear error."""
        assert self._fh is not None
        try:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.close()
            raise SessionError(f"{self.path}: session is open in another locus process") from None

    @classmethod
    def reopen(cls, loaded: LoadedSession) -> SessionWriter:
        """Continue an existing file, cutting off a damaged tail first."""
        path = loaded.path
        writer = cls(path, next_seq=len(loaded.events))
        try:
            writer._fh = open(path, "ab", buffering=0)  # noqa: SIM115 (the writer owns the handle until close())
        except OSError as exc:
            raise SessionError(f"{path}: cannot append: {exc.strerror}") from None
        writer._lock()
        try:
            data = read_session_bytes(path)
        except SessionError:
            writer.close()
            raise
        keep = data.rfind(b"\n") + 1 if not data.endswith(b"\n") else len(data)
        if keep != len(data):
            torn = any("truncated last line" in w for w in loaded.warnings)
            try:
                if torn:
                    os.truncate(path, keep)
                else:  # a complete last event without its newline (hand-edited file)
                    writer._write_all(b"\n")
            except OSError as exc:
                writer.close()
                raise SessionError(f"{path}: cannot repair the damaged last line: {exc.strerror}") from None
        return writer

    def append(self, event: Event) -> Event:
        """Stamp ``seq``/``ts``, write the line, flush and fsync."""
        event.seq = self._seq
        event.ts = event.ts or utc_now()
        line = event.model_dump_json(exclude_none=False).encode("utf-8") + b"\n"
        if self._fh is None:
            raise SessionError(f"{self.path}: writer is closed")
        try:
            if crashpoint.reached("save"):  # fault injection: die after half a line
                self._write_all(line[: len(line) // 2])
                os.fsync(self._fh.fileno())
                crashpoint.kill_now()
            self._write_all(line)
            os.fsync(self._fh.fileno())
        except OSError as exc:
            raise SessionError(f"{self.path}: cannot save: {exc.strerror}") from None
        self._seq += 1
        crashpoint.crash_here("saved")
        return event

    def _write_all(self, data: bytes) -> None:
        """Write every byte (unbuffered: nothing is left pending to fail again at close)."""
        assert self._fh is not None
        view = memoryview(data)
        while view:
            written = self._fh.write(view)
            if not written:
                raise OSError(errno.EIO, "the file accepted no more bytes")
            view = view[written:]

    def close(self) -> None:
        """Close the file (idempotent); a failure here was already reported by ``append``."""
        if self._fh is not None:
            fh, self._fh = self._fh, None
            try:
                fh.close()
            except OSError:
                pass
