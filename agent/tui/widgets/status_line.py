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
    _parts: tuple | None = None

    def show(self, scenario: str, phase: str, elapsed: float | None, probes: int, brain: str, note: str = "") -> None:
        """Everything on one line; when it does not fit, the brain and then the scenario give way, never the clock."""
        self._parts = (
            inert_text(scenario),
            inert_text(phase) or "-",
            elapsed,
            probes,
            inert_text(brain),
            inert_text(note),
        )
        self._draw()

    def on_resize(self) -> None:
        if self._parts is not None:
            self._draw()

    def _draw(self) -> None:
        scenario, phase, elapsed, probes, brain, note = self._parts
        fixed = f"  {phase}" + (f"  {format_elapsed(elapsed)}" if elapsed is not None else "") + f"  probes {probes}"
        width = max(20, (self.size.width or 100) - 2)
        room = width - len(fixed) - (len(note) + 2 if note else 0)
        brain_room = min(len(brain), max(0, room - len(scenario) - 2), 24)
        scenario_room = max(12, room - (brain_room + 2 if brain_room else 0))
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(clip(scenario, scenario_room), style="bold")
        line.append(fixed)
        if brain_room >= 6:
            line.append(f"  {clip(brain, brain_room)}", style="italic")
        if note:
            line.append(f"  {note}", style="bold yellow")
        self.update(line)
