"""Session ids are names, never paths: the one pattern and the one check for them.

An id names ``<sessions dir>/<id>.jsonl``.  Ids come from the command line
(``--delete``, ``replay``, ``resume``) and from the meta line of session files,
which anyone can edit, so every id is checked here before it is joined to a
directory: letters, digits, ``-`` and ``_`` only, starting with a letter or digit,
at most 128 characters.  No separator, no ``..``, no glob character, no NUL can
pass, so ``directory / f"{id}.jsonl"`` always stays inside ``directory``.
"""

from __future__ import annotations

import re
from pathlib import Path

MAX_ID_LENGTH = 128
SESSION_ID = re.compile(rf"[A-Za-z0-9][A-Za-z0-9_-]{{0,{MAX_ID_LENGTH - 1}}}")
SUFFIX = ".jsonl"


class BadSessionId(ValueError):
    """A string that is not a valid session id; the message says why."""


def is_session_id(value: object) -> bool:
    """True when ``value`` is a valid session id."""
    return isinstance(value, str) and SESSION_ID.fullmatch(value) is not None


def check_session_id(value: object) -> str:
    """``value`` unchanged if it is a valid session id; raise :class:`BadSessionId` otherwise."""
    if is_session_id(value):
        return value  # type: ignore[return-value]
    shown = repr(value)[:80]
    raise BadSessionId(
        f"{shown} is not a session id (letters, digits, '-' and '_', at most {MAX_ID_LENGTH} characters)"
    )


def session_file(directory: Path, session_id: str) -> Path:
    """``directory/<id>.jsonl`` for a checked id (raises :class:`BadSessionId`)."""
    return directory / f"{check_session_id(session_id)}{SUFFIX}"
