"""The interview conversation: interviewer turns as Markdown (streamed), answers as plain text."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Markdown, Static

from agent.tui.spans_text import plain
from agent.util.inert import inert_text

KIND_LABEL = {"probe": "Interviewer · probe", "followup": "Interviewer · follow-up", "nudge": "Interviewer · nudge",
              "wrapup": "Interviewer · wrap-up", "question": "Interviewer"}


class Conversation(VerticalScroll):
    """Scrolling list of turns; ``stream`` grows the live interviewer turn as tokens arrive."""

    DEFAULT_CSS = """
    Conversation { height: 1fr; padding: 0 1; }
    Conversation .who { color: $text-muted; text-style: bold; margin-top: 1; }
    Conversation .who-candidate { color: $accent; }
    Conversation Markdown { margin: 0; padding: 0; }
    Conversation .answer { padding: 0 0 0 2; }
    Conversation .streaming { border-left: thick $accent; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.turns: list[tuple[str, str]] = []
        self._live: Markdown | None = None
        self._live_label: Static | None = None
        self._live_text = ""
        self._shown_text = ""

    def on_mount(self) -> None:
        self.set_interval(1 / 20, self._flush)

    @property
    def streaming_text(self) -> str:
        """What the live (unfinished) interviewer turn says so far."""
        return self._live_text

    def _mount_label(self, text: str, extra: str = "") -> Static:
        label = Static(text, classes=f"who {extra}".strip(), markup=False)
        self.mount(label)
        return label

    def add_interviewer(self, text: str, kind: str = "question") -> None:
        """A finished interviewer turn."""
        clean = inert_text(text)
        self.turns.append(("interviewer", clean))
        self._mount_label(KIND_LABEL.get(kind, "Interviewer"))
        self.mount(Markdown(clean, open_links=False))
        self.scroll_end(animate=False)

    def add_candidate(self, text: str) -> None:
        """A candidate answer (never parsed as markup or Markdown)."""
        clean = inert_text(text)
        self.turns.append(("candidate", clean))
        self._mount_label("You", "who-candidate")
        self.mount(Static(plain(text), classes="answer", markup=False))
        self.scroll_end(animate=False)

    def stream(self, chunk: str) -> None:
        """Append a streamed chunk to the live interviewer turn (created on the first chunk)."""
        if self._live is None:
            self._live_label = self._mount_label("Interviewer …")
            self._live = Markdown("", classes="streaming", open_links=False)
            self.mount(self._live)
            self._live_text = ""
            self._shown_text = ""
        self._live_text += inert_text(chunk)

    async def _flush(self) -> None:
        if self._live is not None and self._live_text != self._shown_text:
            self._shown_text = self._live_text
            await self._live.update(self._live_text)
            self.scroll_end(animate=False)

    def finish(self, text: str, kind: str = "question") -> None:
        """The streamed turn is complete: show its final wording."""
        if self._live is None:
            self.add_interviewer(text, kind)
            return
        clean = inert_text(text)
        live, self._live = self._live, None
        if self._live_label is not None:
            self._live_label.update(KIND_LABEL.get(kind, "Interviewer"))
        self._live_text = self._shown_text = ""
        with self.app.batch_update():
            self.mount(Markdown(clean, open_links=False), after=live)
            live.remove()
        self.turns.append(("interviewer", clean))
        self.scroll_end(animate=False)

    def drop_live(self) -> str:
        """Remove an unfinished streamed turn (after Esc); returns what had arrived."""
        partial = self._live_text
        if self._live is not None:
            self._live.remove()
            if self._live_label is not None:
                self._live_label.remove()
        self._live = self._live_label = None
        self._live_text = self._shown_text = ""
        return partial
