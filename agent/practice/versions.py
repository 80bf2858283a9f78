"""Append-only version history of each story, kept beside the bank in ``.versions/<id>.jsonl``.

One JSON line per saved telling (``n``, ``ts``, ``source``, ``sha256``, ``text``),
appended, flushed and fsynced; earlier lines are never rewritten.  A torn last
line (a crash mid-write) is skipped on load.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

VERSIONS_DIR = ".versions"
MAX_HISTORY_BYTES = 64 * 1024 * 1024


class VersionError(OSError):
    """The history cannot be written; the message says why."""


@dataclass(frozen=True)
class Version:
    """One saved telling of a story."""

    n: int
    ts: str
    source: str
    text: str


def history_path(story_path: Path) -> Path:
    """Where ``story_path``'s versions live."""
    return story_path.parent / VERSIONS_DIR / f"{story_path.stem}.jsonl"


def load_versions(story_path: Path) -> list[Version]:
    """Every readable version of the story, oldest first (unreadable lines are skipped)."""
    path = history_path(story_path)
    try:
        if path.stat().st_size > MAX_HISTORY_BYTES:
            return []
        data = path.read_bytes()
    except OSError:
        return []
    out: list[Version] = []
    for line in data.split(b"\n"):
        if not line.strip():
            continue
        try:
            raw = json.loads(line.decode("utf-8"))
            out.append(
                Version(
                    n=int(raw["n"]), ts=str(raw.get("ts", "")), source=str(raw.get("source", "")), text=str(raw["text"])
                )
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
    return out


def append_version(story_path: Path, text: str, source: str = "workshop") -> Version:
    """Append ``text`` as the next version; raises :class:`VersionError` when it cannot be written."""
    path = history_path(story_path)
    existing = load_versions(story_path)
    version = Version(
        n=(existing[-1].n + 1) if existing else 1,
        ts=datetime.now(UTC).isoformat(timespec="seconds"),
        source=source,
        text=text,
    )
    record = {
        "n": version.n,
        "ts": version.ts,
        "source": source,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "text": text,
    }
    line = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        repair = _torn_tail(path)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "ab") as fh:
            fh.write((b"\n" if repair else b"") + line)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise VersionError(f"cannot keep a version in {path}: {exc.strerror or exc}") from None
    return version


def _torn_tail(path: Path) -> bool:
    """True when the file ends without a newline (so the next line must start on a fresh one)."""
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            if fh.tell() == 0:
                return False
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) != b"\n"
    except OSError:
        return False
