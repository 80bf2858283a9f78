"""Opening a user-given text file (or stdin) as bytes, with clean errors and decode warnings.

Files go through ``agent.util.files``: regular files only (a device, FIFO or socket is
refused before it is read), and whole-file reads stop at a byte cap.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from agent.util.files import FileRefused, open_regular, read_capped

_MAX_WARNINGS = 5


def open_lines(path: str) -> tuple[BinaryIO, Callable[[int], None]]:
    """A binary stream for ``path`` ('-' is stdin) and a warner for undecodable lines.

    Raises ``CliError`` (exit 2) when the file cannot be read.
    """
    from agent.cli.main import CliError
    from agent.util.inert import inert_text

    if path == "-":
        stream: BinaryIO = sys.stdin.buffer
    else:
        target = Path(path)
        shown = inert_text(path)
        if not target.exists():
            raise CliError(f"no such file: {shown}", 2)
        if target.is_dir():
            raise CliError(f"{shown} is a directory, expected a text file", 2)
        try:
            stream = open_regular(target, "input file")
        except FileRefused as exc:
            raise CliError(inert_text(str(exc)), 2) from None
    return stream, _warner(path)


def _warner(path: str) -> Callable[[int], None]:
    from agent.util.inert import inert_text

    count = 0
    name = "stdin" if path == "-" else inert_text(path)

    def warn(line_number: int) -> None:
        nonlocal count
        count += 1
        if count <= _MAX_WARNINGS:
            print(
                f"locus: warning: {name} line {line_number}: not valid UTF-8, undecodable bytes shown as U+FFFD",
                file=sys.stderr,
            )
        elif count == _MAX_WARNINGS + 1:
            print(f"locus: warning: {name}: more lines with invalid UTF-8 (warnings suppressed)", file=sys.stderr)

    return warn


def read_text(path: str, limit: int) -> str:
    """The whole file (or stdin) as text, at most ``limit`` bytes; invalid UTF-8 replaced with one warning."""
    from agent.cli.main import CliError
    from agent.util.inert import inert_text

    stream, warn = open_lines(path)
    try:
        data = read_capped(stream, limit, "stdin" if path == "-" else path, "input")
    except FileRefused as exc:
        raise CliError(inert_text(str(exc)), 2) from None
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        warn(1 + data[: _first_bad(data)].count(b"\n"))
        return data.decode("utf-8", errors="replace")


def _first_bad(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return len(data)
