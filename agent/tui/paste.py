"""Take a bracketed paste whole, whatever escape sequences it contains.

Textual's input parser watches for escape sequences inside a bracketed paste: pasting
``abc <ESC>[2J def`` ends its sequence search early, types ``^[2J def`` as keys and then
pastes ``abc`` after them, so the answer is reordered and keeps control remnants.
:class:`PasteSafeParser` cuts every paste out of the byte stream before the parser sees
it (``ESC[200~`` … ``ESC[201~``, even when the markers arrive split across reads) and
posts one :class:`~textual.events.Paste` with the text made inert; everything outside a
paste goes to Textual's parser unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual._xterm_parser import XTermParser
from textual.message import Message

from agent.util.inert import inert_text

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"


def _partial_marker(text: str, marker: str) -> int:
    """Length of the longest tail of ``text`` that is a proper prefix of ``marker``."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if marker.startswith(text[-size:]):
            return size
    return 0


class PasteSplitter:
    """Splits a stream into ordinary input and whole pastes (the state survives between reads)."""

    def __init__(self) -> None:
        self.in_paste = False
        self._paste: list[str] = []
        self._held = ""  # the start of a marker that may continue in the next read

    def split(self, data: str) -> list[tuple[str, str]]:
        """``[("keys", text) | ("paste", text), ...]`` in the order they arrived."""
        out: list[tuple[str, str]] = []
        data = self._held + data
        self._held = ""
        while data:
            marker = PASTE_END if self.in_paste else PASTE_START
            at = data.find(marker)
            if at < 0:
                keep = _partial_marker(data, marker)
                chunk, self._held = (data[:-keep], data[-keep:]) if keep else (data, "")
                self._emit(out, chunk)
                break
            self._emit(out, data[:at])
            data = data[at + len(marker) :]
            if self.in_paste:
                out.append(("paste", inert_text("".join(self._paste))))
                self._paste.clear()
            self.in_paste = not self.in_paste
        return out

    def _emit(self, out: list[tuple[str, str]], chunk: str) -> None:
        if not chunk:
            return
        if self.in_paste:
            self._paste.append(chunk)
        else:
            out.append(("keys", chunk))


class PasteSafeParser(XTermParser):
    """Textual's parser, fed only what lies outside bracketed pastes."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._splitter = PasteSplitter()

    def feed(self, data: str) -> Iterable[Message]:
        if not data:  # end of input: flush whatever the parser holds
            return list(super().feed(data))
        messages: list[Message] = []
        for kind, text in self._splitter.split(data):
            if kind == "paste":
                messages.append(events.Paste(text))
            else:
                messages.extend(super().feed(text))
        return messages


def paste_safe_driver(driver_class: type) -> type:
    """``driver_class`` with :class:`PasteSafeParser` as its input parser (Linux/macOS terminals).

    Textual's Linux driver builds its parser from its module's name ``XTermParser`` when
    its input thread starts, and uses that name nowhere else; the subclass points the
    name at ours just before.  ``tests/tui/test_paste.py`` fails if Textual stops doing
    so.  Other drivers (headless tests, Windows, web) are returned unchanged.
    """
    from textual.drivers import linux_driver

    if not issubclass(driver_class, linux_driver.LinuxDriver):
        return driver_class

    class PasteSafeLinuxDriver(driver_class):  # type: ignore[misc, valid-type]
        def run_input_thread(self) -> None:
            linux_driver.XTermParser = PasteSafeParser  # type: ignore[misc]
            super().run_input_thread()

    return PasteSafeLinuxDriver
