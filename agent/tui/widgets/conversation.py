"""The interview conversation: interviewer turns as Markdown (streamed by delta), answers as plain text."""

from __future__ import annotations

import asyncio
from typing import Any

from textual.containers import VerticalScroll
from textual.widgets import Markdown, Static
from textual.widgets.markdown import MarkdownStream

from agent.tui.spans_text import plain
from agent.util.inert import inert_text

KIND_LABEL = {
    "probe": "Interviewer · probe",
    "followup": "Interviewer · follow-up",
    "nudge": "Interviewer · nudge",
    "wrapup": "Interviewer · wrap-up",
    "clarify": "Interviewer · your question",
    "closing": "Interviewer · closing",
    "question": "Interviewer",
}


def partial_notice(answer: int | None, analysed: int, total: int) -> str:
    """``Only the first 6,000 of 14,210 characters of answer 3 were analysed …``"""
    which = f" of answer {answer}" if answer else ""
    return (
        f"Only the first {analysed:,} of {total:,} characters{which} (about {analysed // 6:,} of "
        f"{total // 6:,} words) were analysed for decisions; the whole answer is saved."
    )


class Conversation(VerticalScroll):
    """Scrolling list of turns, anchored to the bottom; ``stream`` appends deltas to the live interviewer turn."""

    DEFAULT_CSS = """
    Conversation { height: 1fr; padding: 0 2 0 1; scrollbar-gutter: stable; scrollbar-size-vertical: 1; }
    Conversation .who { color: $text-muted; text-style: bold; margin-top: 1; }
    Conversation .who-candidate { color: $accent; }
    Conversation Markdown { margin: 0; padding: 0; }
    Conversation .answer { padding: 0 0 0 2; }
    Conversation .streaming { border-left: thick $accent; }
    Conversation .notice { color: $warning; padding: 0 0 0 2; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.turns: list[tuple[str, str]] = []
        self.answers = 0
        self._last_answer_chars = 0
        self._live: Markdown | None = None
        self._live_label: Static | None = None
        self._stream: MarkdownStream | None = None
        self._chunks: list[str] = []
        self.deltas = 0  # fragments appended to live turns (the whole turn is never re-rendered while streaming)

    def _follow(self) -> None:
        """Stick to the bottom once the turns overflow (anchoring earlier would push short content down)."""
        if not self.is_anchored and self.max_scroll_y > 0:
            self.anchor()
        elif not self.is_anchored:
            self.scroll_end(animate=False)

    def _grew(self) -> None:
        self.call_after_refresh(self._follow)

    @property
    def streaming_text(self) -> str:
        """What the live (unfinished) interviewer turn says so far."""
        return "".join(self._chunks)

    def _mount_label(self, text: str, extra: str = "") -> Static:
        label = Static(text, classes=f"who {extra}".strip(), markup=False)
        self.mount(label)
        return label

    def add_interviewer(self, text: str, kind: str = "question") -> None:
        """A finished interviewer turn, labelled by its kind (probe, follow-up, …)."""
        clean = inert_text(text)
        self.turns.append(("interviewer", clean))
        self._mount_label(KIND_LABEL.get(kind, "Interviewer"))
        self.mount(Markdown(clean, open_links=False))
        self._grew()

    def add_candidate(self, text: str) -> None:
        """A candidate answer (never parsed as markup or Markdown), labelled with its number."""
        clean = inert_text(text)
        self.turns.append(("candidate", clean))
        self.answers += 1
        self._mount_label(f"You · answer {self.answers}", "who-candidate")
        self.mount(Static(plain(text), classes="answer", markup=False))
        self._grew()

    def add_notice(self, text: str) -> None:
        """A line about the turn above (e.g. an answer analysed only in part)."""
        self.mount(Static(inert_text(text), classes="notice", markup=False))
        self._grew()

    def show_saved(self, events: list[Any]) -> None:
        """Every turn of a saved session, with its label and notices, in order."""
        with self.app.batch_update():
            for e in events:
                if e.type == "interviewer":
                    self.add_interviewer(e.text, e.kind)
                elif e.type == "answer":
                    self.add_candidate(e.text)
                    self._last_answer_chars = len(e.text)
                elif e.type == "analysis" and getattr(e, "truncated_at", None):
                    self.add_notice(partial_notice(self.answers, e.truncated_at, self._last_answer_chars))
        self._grew()

    def stream(self, chunk: str) -> None:
        """Append a streamed chunk to the live interviewer turn (created on the first chunk)."""
        clean = inert_text(chunk)
        if self._live is None:
            self._live_label = self._mount_label("Interviewer …")
            self._live = Markdown("", classes="streaming", open_links=False)
            self.mount(self._live)
            self._stream = Markdown.get_stream(self._live)
            self._chunks = []
        self._chunks.append(clean)
        if clean and self._stream is not None:
            self.deltas += 1
            # Tasks start in creation order, and write() queues its fragment before it first awaits.
            asyncio.get_running_loop().create_task(self._stream.write(clean))
            self._grew()

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            asyncio.get_running_loop().create_task(stream.stop())

    def finish(self, text: str, kind: str = "question") -> None:
        """The streamed turn is complete: show its final wording (it may differ from the stream)."""
        if self._live is None:
            self.add_interviewer(text, kind)
            return
        clean = inert_text(text)
        live, self._live = self._live, None
        self._close_stream()
        if self._live_label is not None:
            self._live_label.update(KIND_LABEL.get(kind, "Interviewer"))
        self._chunks = []
        with self.app.batch_update():
            self.mount(Markdown(clean, open_links=False), after=live)
            live.remove()
        self.turns.append(("interviewer", clean))
        self._grew()

    def drop_live(self) -> str:
        """Remove an unfinished streamed turn (after Esc); returns what had arrived."""
        partial = self.streaming_text
        self._close_stream()
        if self._live is not None:
            self._live.remove()
            if self._live_label is not None:
                self._live_label.remove()
        self._live = self._live_label = None
        self._chunks = []
        return partial
