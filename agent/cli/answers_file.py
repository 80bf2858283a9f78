"""Read a headless answers file: answers separated by blank lines (``-`` = stdin)."""

from __future__ import annotations

import re
import sys

from agent.util.files import FileRefused, read_regular

MAX_ANSWERS_BYTES = 8 * 1024 * 1024
_SEPARATOR = re.compile(r"\n[ \t]*\n")


class AnswersError(Exception):
    """The answers file cannot be used; the message says why."""


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:65536]:
        return True
    sample = data[:65536]
    bad = len(sample) - len(sample.decode("utf-8", errors="ignore").encode("utf-8"))
    return len(sample) > 0 and bad / len(sample) > 0.3


def read_answers(source: str) -> list[str]:
    """Answers in order; raises ``AnswersError`` for missing, empty, binary or huge input."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_ANSWERS_BYTES + 1)
        name = "standard input"
    else:
        name = source
        try:
            data = read_regular(source, MAX_ANSWERS_BYTES, "answers file")
        except FileRefused as exc:
            raise AnswersError(str(exc)) from None
    if len(data) > MAX_ANSWERS_BYTES:
        raise AnswersError(f"answers input is too large: over {MAX_ANSWERS_BYTES // (1024 * 1024)} MB")
    if _looks_binary(data):
        raise AnswersError(f"answers file looks binary, not text: {name}")
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    answers = [block.strip() for block in _SEPARATOR.split(text) if block.strip()]
    if not answers:
        raise AnswersError(f"answers file has no answers: {name} (separate answers with a blank line)")
    return answers
