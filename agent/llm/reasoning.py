"""Reasoning models: ``<think>…</think>`` blocks are never part of the answer.

Some servers put a model's chain of thought inline in ``content`` between
``<think>`` and ``</think>`` (DeepSeek-R1 distills, Qwen3 on llama.cpp or
Ollama); others send it separately as ``reasoning_content``.  The inline form is
removed here, also when a marker is split across streamed chunks.  A reply that
opens with a closing marker only (the server ate the opening one) loses
everything before it.
"""

from __future__ import annotations

import re

OPEN = "<think>"
CLOSE = "</think>"
_BLOCK = re.compile(r"<think>.*?(?:</think>|\Z)", re.S | re.I)


def strip_think(text: str) -> str:
    """``text`` without reasoning blocks (an unclosed block runs to the end)."""
    lowered = text.lower()
    if CLOSE in lowered and OPEN not in lowered[: lowered.find(CLOSE)]:
        text = text[lowered.find(CLOSE) + len(CLOSE) :]
    return _BLOCK.sub("", text)


class ThinkStripper:
    """Streaming form of :func:`strip_think`: ``feed`` chunks, ``finish`` at the end.

    Text that could be the start of a marker is held back until the next chunk
    tells which it is; everything else passes through at once.
    """

    def __init__(self) -> None:
        self._pending = ""
        self._inside = False
        self._started = False  # any visible text yet (a bare ``</think>`` only counts before it)
        self.hidden_chars = 0

    def feed(self, piece: str) -> str:
        text = self._pending + piece
        self._pending = ""
        out: list[str] = []
        while text:
            marker = CLOSE if self._inside else OPEN
            lowered = text.lower()
            at = lowered.find(marker)
            if not self._inside and not self._started:
                close_at = lowered.find(CLOSE)
                if close_at != -1 and (at == -1 or close_at < at):
                    # closing marker with no opening one: what came before was reasoning
                    self.hidden_chars += close_at + sum(map(len, out))
                    out.clear()
                    text = text[close_at + len(CLOSE) :]
                    continue
            if at == -1:
                keep = _partial_suffix(lowered, marker)
                if not self._inside and not self._started:
                    keep = max(keep, _partial_suffix(lowered, CLOSE))
                body, self._pending = (text[: len(text) - keep], text[len(text) - keep :]) if keep else (text, "")
                if self._inside:
                    self.hidden_chars += len(body)
                else:
                    out.append(body)
                break
            if self._inside:
                self.hidden_chars += at + len(marker)
            else:
                out.append(text[:at])
            self._inside = not self._inside
            text = text[at + len(marker) :]
        visible = "".join(out)
        if visible.strip():
            self._started = True
        return visible

    def finish(self) -> str:
        """Release held text that turned out not to be a marker."""
        rest, self._pending = self._pending, ""
        if self._inside:
            self.hidden_chars += len(rest)
            return ""
        return rest


def _partial_suffix(text: str, marker: str) -> int:
    """Length of the longest end of ``text`` that is a proper start of ``marker``."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if text.endswith(marker[:size]):
            return size
    return 0
