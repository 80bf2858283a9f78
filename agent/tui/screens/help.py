"""Help screen: every key, grouped by screen, after the user's keymap."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from agent.tui import keys


def effective_key(binding: Binding, keymap: dict[str, str]) -> str:
    """The key(s) a binding answers to once the user's keymap is applied."""
    return keymap.get(binding.id or "", binding.key)


def help_table(keymap: dict[str, str]) -> Table:
    table = Table(box=None, show_header=True, header_style="bold", expand=True, padding=(0, 1))
    table.add_column("Where", no_wrap=True)
    table.add_column("Key", no_wrap=True, style="bold")
    table.add_column("Action")
    table.add_column("Id", style="dim", no_wrap=True)
    for group, bindings in keys.GROUPS:
        for i, b in enumerate(bindings):
            table.add_row(group if i == 0 else "", effective_key(b, keymap), b.description or b.action, b.id or "")
    table.add_row("Everywhere", "ctrl+p", "Command palette", "")
    return table


class HelpScreen(ModalScreen[None]):
    """Lists keys; Esc, F1 or q closes it."""

    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,f1,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(
                "Locus — keys (remap them in the [tui.keymap] table of config.toml by id)",
                id="help-title",
                markup=False,
            )
            yield Static(help_table(dict(self.app.keymap)), id="help-keys")
            yield Static("Answers: Enter adds a new line, ctrl+s sends. Esc stops a streaming question.", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
