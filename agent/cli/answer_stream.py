"""Answers read as they arrive (standard input, a pipe, a terminal) for the line modes.

An answer ends at a blank line or at the end of input; blank lines before an
answer are skipped.  With ``json_lines`` a line that is a JSON string, or an
object with an ``answer`` (or ``text``) field, is one whole answer by itself, so
a program can send answers that contain blank lines.

Reading never blocks the event loop: a pipe or terminal is watched with
``add_reader`` (its blocking mode is left alone, so the shell's terminal is not
disturbed); a regular file is read directly.  Ctrl-C therefore interrupts a wait
for input at once.  Input is bounded (``MAX_INPUT_BYTES`` in all) and binary
input is refused with a clear error.
"""

from __future__ import annotations

import asyncio
import json
import os
import stat
import sys
from typing import BinaryIO

MAX_INPUT_BYTES = 8 * 1024 * 1024
_CHUNK = 65536


class AnswerInputError(Exception):
    """The answer input cannot be used; the message says why."""


class _Bytes:
    """Chunks of a file descriptor without blocking the event loop."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.fd = stream.fileno()
        mode = os.fstat(self.fd).st_mode
        self.regular = stat.S_ISREG(mode) or stat.S_ISBLK(mode)

    async def read(self) -> bytes:
        if self.regular:
            return os.read(self.fd, _CHUNK)
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()

        def wake() -> None:
            if not ready.done():
                ready.set_result(None)

        try:
            loop.add_reader(self.fd, wake)
        except (PermissionError, ValueError, OSError):  # not pollable: read it directly
            self.regular = True
            return os.read(self.fd, _CHUNK)
        try:
            await ready
        finally:
            loop.remove_reader(self.fd)
        try:
            return os.read(self.fd, _CHUNK)
        except BlockingIOError:
            return await self.read()


class AnswerStream:
    """Yields one answer at a time from ``stream`` (default: standard input)."""

    def __init__(
        self, stream: BinaryIO | None = None, *, json_lines: bool = False, name: str = "standard input"
    ) -> None:
        self._bytes = _Bytes(stream if stream is not None else sys.stdin.buffer)
        self.json_lines = json_lines
        self.name = name
        self._buffer = b""
        self._eof = False
        self._total = 0
        self.warned = False

    async def _line(self) -> str | None:
        """The next line without its newline, or ``None`` at end of input."""
        while b"\n" not in self._buffer and not self._eof:
            chunk = await self._bytes.read()
            if not chunk:
                self._eof = True
                break
            self._total += len(chunk)
            if self._total > MAX_INPUT_BYTES:
                raise AnswerInputError(
                    f"{self.name} is too large: over {MAX_INPUT_BYTES // (1024 * 1024)} MB of answers"
                )
            if b"\x00" in chunk:
                raise AnswerInputError(f"{self.name} looks binary, not text (it contains NUL bytes)")
            self._buffer += chunk
        if not self._buffer and self._eof:
            return None
        line, sep, rest = self._buffer.partition(b"\n")
        self._buffer = rest if sep else b""
        text = line.decode("utf-8", errors="replace")
        if "\ufffd" in text and not self.warned:
            self.warned = True
            print(f"locus: warning: {self.name}: invalid UTF-8, undecodable bytes shown as U+FFFD", file=sys.stderr)
        return text.rstrip("\r")

    def _json_answer(self, line: str) -> str | None:
        stripped = line.strip()
        if not stripped or stripped[0] not in '{"':
            return None
        try:
            value = json.loads(stripped)
        except ValueError:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, dict):
            found = value.get("answer", value.get("text"))
            if isinstance(found, str):
                return found
        raise AnswerInputError('a JSON answer line must be a string or an object with an "answer" string')

    async def next_answer(self) -> str | None:
        """The next answer, or ``None`` when the input has ended without one."""
        lines: list[str] = []
        while True:
            line = await self._line()
            if line is None:
                break
            if not lines and self.json_lines:
                answer = self._json_answer(line)
                if answer is not None:
                    return answer
            if not line.strip():
                if lines:
                    break
                continue  # blank lines before an answer
            lines.append(line)
        if not lines:
            return None
        return "\n".join(lines).strip()
