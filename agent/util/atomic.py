"""Write files atomically: readers see the old content or the new, never half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def _publish(path: Path, data: bytes, mode: int, place: Callable[[str, Path], None]) -> Path:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then ``place(tmp, path)``.

    The temporary file is removed whatever happens (after a rename it no longer exists).
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        place(tmp, path)
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    return path


def write_bytes_atomic(path: Path, data: bytes, mode: int = 0o600) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same directory, fsync, then rename.

    Creates missing parent directories; the file gets permissions ``mode`` (owner-only by
    default); raises ``OSError`` on failure (the temporary file is removed).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    return _publish(path, data, mode, os.replace)


def write_text_atomic(path: Path, text: str, mode: int = 0o600) -> Path:
    """``write_bytes_atomic`` for UTF-8 text."""
    return write_bytes_atomic(path, text.encode("utf-8"), mode)


def write_bytes_new(path: Path, data: bytes, mode: int = 0o600) -> Path:
    """Write ``data`` to ``path`` only if nothing is there yet; raise ``FileExistsError`` otherwise.

    Like ``write_bytes_atomic`` the content appears whole or not at all (temporary file, fsync,
    then a hard link, which never replaces an existing file); the directory is not created.
    """
    return _publish(path, data, mode, os.link)
