"""Open and read files that users name: regular files only, with a byte cap.

Every file a user points Locus at (rubrics, answers, transcripts, stories, session
files) goes through here.  Devices, FIFOs, sockets and directories are refused with
a message saying what the path is, so ``/dev/zero`` cannot fill memory and a FIFO
cannot block a listing.  A symbolic link is followed and its target checked (the
message names the target).  The type is checked with ``stat`` before opening (no
device is ever opened) and again with ``fstat`` on the open descriptor (nothing
can be swapped in between).  Reads stop one byte past the cap, so the size limit
holds even where ``st_size`` is wrong (``/proc`` files report 0).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_CHUNK = 1 << 16


class FileRefused(Exception):
    """A user-given file that will not be read; the message names it and says why.

    ``reason`` is the why alone, for callers that print the path themselves (``file:line:col``).
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def describe_size(limit: int) -> str:
    """``limit`` bytes for a message: ``8 MB`` / ``256 KB`` when round, else ``1,000,000 bytes``."""
    if limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MB"
    if limit % 1024 == 0:
        return f"{limit // 1024} KB"
    return f"{limit:,} bytes"


def _shown(path: str | os.PathLike[str]) -> str:
    name = os.fspath(path)
    if os.path.islink(name):
        return f"{name} (a link to {os.path.realpath(name)})"
    return name


def _problem(path: str | os.PathLike[str], what: str) -> FileRefused | None:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.islink(path):
            return FileRefused(f"{what} {_shown(path)} is a broken link", "file is a broken link")
        return FileRefused(f"{what} not found: {os.fspath(path)}", "cannot read file: no such file")
    except OSError as exc:
        why = exc.strerror or str(exc)
        return FileRefused(f"cannot read {what} {_shown(path)}: {why}", f"cannot read file: {why}")
    if not stat.S_ISREG(mode):
        return _not_regular(path, what, mode)
    return None


def _not_regular(path: str | os.PathLike[str], what: str, mode: int) -> FileRefused:
    shown = _shown(path)
    link = f" ({shown.partition(' (')[2]}" if shown != os.fspath(path) else ""
    return FileRefused(
        f"{what} {shown} is {_kind(mode)}, not a regular file", f"file{link} is {_kind(mode)}, not a regular file"
    )


def refusal(path: str | os.PathLike[str], what: str = "file") -> str | None:
    """Why ``path`` is not a readable regular file (``None`` when it is one); never opens it."""
    problem = _problem(path, what)
    return str(problem) if problem else None


def open_regular(path: str | os.PathLike[str], what: str = "file") -> BinaryIO:
    """Open ``path`` for binary reading if it is (or links to) a regular file; else raise :class:`FileRefused`."""
    problem = _problem(path, what)
    if problem:
        raise problem
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise FileRefused(f"cannot read {what} {_shown(path)}: {why}", f"cannot read file: {why}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):  # replaced between the stat and the open
        os.close(fd)
        raise _not_regular(path, what, mode)
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_capped(stream: BinaryIO, limit: int, name: str, what: str = "file") -> bytes:
    """All of ``stream``, refusing (:class:`FileRefused`) as soon as it passes ``limit`` bytes."""
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = stream.read(min(_CHUNK, limit + 1 - total))
        except OSError as exc:
            why = exc.strerror or str(exc)
            raise FileRefused(f"cannot read {what} {name}: {why}", f"cannot read file: {why}") from None
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > limit:
            size = describe_size(limit)
            raise FileRefused(
                f"{what} {name} is too large: over the {size} limit",
                f"file is larger than {size}; {what}s are limited to {size}",
            )
        chunks.append(chunk)


def read_regular(path: str | os.PathLike[str], limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; raise :class:`FileRefused` otherwise."""
    with open_regular(path, what) as stream:
        return read_capped(stream, limit, os.fspath(path), what)


def capped_lines(stream: BinaryIO, max_line: int) -> Iterator[tuple[bytes, bool]]:
    """``(line, was_cut)`` for each line of ``stream`` (newline kept), each at most ``max_line`` bytes.

    The rest of an over-long line is read and dropped in chunks, so memory stays flat even for a
    stream without newlines such as ``/dev/zero`` on standard input.
    """
    while True:
        line = stream.readline(max_line + 1)
        if not line:
            return
        if len(line) <= max_line or line.endswith(b"\n"):
            yield line, False
            continue
        rest = line[max_line:]
        while rest and not rest.endswith(b"\n"):
            rest = stream.readline(_CHUNK)
        yield line[:max_line] + (b"\n" if rest.endswith(b"\n") else b""), True


def is_regular(path: Path) -> bool:
    """True for a regular file or a link to one (never opens it)."""
    return refusal(path) is None
