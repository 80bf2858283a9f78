"""Save an interview somewhere else when its sessions directory stops taking writes.

The copy is named after the session's checked id (``agent.session.ids``) and goes
into the working directory, or else the sessions directory; an existing file is
never replaced (``<id>-2.jsonl`` and so on are tried instead) and no directory is
created, so a session file cannot steer where its copy lands.
"""

from __future__ import annotations

from pathlib import Path

from agent.session.ids import SUFFIX, BadSessionId, check_session_id
from agent.session.recorder import SessionRecorder
from agent.session.store import SessionError
from agent.util.atomic import write_bytes_new

MAX_NUMBERED = 50


def rescue_copy(recorder: SessionRecorder, session_id: str, directories: list[Path]) -> Path:
    """Write every recorded event to a new file in the first of ``directories`` that takes it."""
    try:
        name = check_session_id(session_id)
    except BadSessionId as exc:
        raise SessionError(f"cannot name a copy of this session: {exc}") from None
    data = recorder.serialized()
    failures: list[str] = []
    for directory in dict.fromkeys(directories):  # in order, each once
        for n in range(1, MAX_NUMBERED + 1):
            path = directory / (f"{name}{SUFFIX}" if n == 1 else f"{name}-{n}{SUFFIX}")
            try:
                return write_bytes_new(path, data)
            except FileExistsError:
                continue
            except OSError as exc:
                failures.append(f"{directory}: {exc.strerror or exc}")
                break
        else:
            failures.append(f"{directory}: {MAX_NUMBERED} copies named {name} already exist")
    raise SessionError("could not save the session anywhere (" + "; ".join(failures) + ")")
