"""Pick a rubric file from ``rubrics/`` for re-scoring."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option


class RubricPicker(ModalScreen[Path | None]):
    """Lists ``*.rubric.yaml`` files; dismisses with the chosen path or ``None``."""

    DEFAULT_CSS = """
    RubricPicker { align: center middle; }
    RubricPicker > Vertical { width: 70; max-width: 98%; height: auto; max-height: 90%; border: thick $accent; background: $surface; padding: 1 2; }
    RubricPicker OptionList { height: auto; max-height: 14; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        try:
            self.files = sorted(directory.glob("*.rubric.yaml"))
        except OSError:
            self.files = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"Re-score with which rubric? ({self.directory})", markup=False)
            if self.files:
                yield OptionList(*[Option(p.name, id=str(i)) for i, p in enumerate(self.files)], markup=False)
            else:
                yield Static("No *.rubric.yaml files there.", markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.files[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
