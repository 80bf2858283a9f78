"""Ask for a file path (export, save elsewhere); format buttons switch the suffix."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


class PathPrompt(ModalScreen[Path | None]):
    """Dismisses with the chosen path (expanded, absolute) or ``None``."""

    DEFAULT_CSS = """
    PathPrompt { align: center middle; }
    PathPrompt > Vertical { width: 90%; max-width: 130; height: auto; border: thick $accent; background: $surface; padding: 1 2; }
    PathPrompt #full-path { color: $text-muted; margin-top: 1; }
    PathPrompt Horizontal { height: auto; margin-top: 1; }
    PathPrompt Button { margin-right: 1; min-width: 8; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, default: Path, suffixes: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.title_text = title
        self.default = default
        self.suffixes = suffixes

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, markup=False)
            yield Input(str(self.default), id="path")
            yield Static(self._full(str(self.default)), id="full-path", markup=False)
            with Horizontal():
                for suffix in self.suffixes:
                    yield Button(suffix.lstrip(".").upper(), id=f"fmt-{suffix.lstrip('.')}")
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    @staticmethod
    def _full(value: str) -> str:
        """The whole absolute path the file will get, wrapped rather than cut off."""
        if not value.strip():
            return ""
        return f"Will write: {Path(value.strip()).expanduser().absolute()}"

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#full-path", Static).update(self._full(event.value))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        button = event.button.id or ""
        if button == "cancel":
            self.dismiss(None)
        elif button == "save":
            self._submit()
        elif button.startswith("fmt-"):
            box = self.query_one("#path", Input)
            box.value = str(Path(box.value).with_suffix("." + button[4:]))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._submit()

    def _submit(self) -> None:
        value = self.query_one("#path", Input).value.strip()
        if not value:
            self.notify("Type a path first.", severity="warning", markup=False)
            return
        self.dismiss(Path(value).expanduser().absolute())

    def action_cancel(self) -> None:
        self.dismiss(None)
