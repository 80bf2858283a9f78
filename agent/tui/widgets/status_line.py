"""One-line interview status: scenario, phase, elapsed time, probes asked, brain."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from agent.util.inert import clip, inert_text


def format_elapsed(seconds: float) -> str:
    """``12:05`` (minutes:seconds)."""
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class StatusLine(Static):
    """Shows what the interview screen tells it; never parses markup."""

    DEFAULT_CSS = """
    StatusLine { height: 1; background: $panel; color: $text; padding: 0 1; }
    """

    def show(self, scenario: str, phase: str, elapsed: float | None, probes: int, brain: str, note: str = "") -> None:
        line = Text()
        line.append(clip(inert_text(scenario), 34), style="bold")
        line.append(f"  {inert_text(phase) or '-'}")
        if elapsed is not None:
            line.append(f"  {format_elapsed(elapsed)}")
        line.append(f"  probes {probes}")
        line.append(f"  {clip(inert_text(brain), 20)}", style="italic")
        if note:
            line.append(f"  {inert_text(note)}", style="bold yellow")
        self.update(line)
