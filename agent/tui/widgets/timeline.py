"""One-line timeline of a session: a marker per turn, the current one highlighted."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from agent.replay.steps import ReplayStep

MARK = {
    "question": ("Q", "bold"),
    "followup": ("F", "cyan"),
    "probe": ("P", "bold #f2994a"),
    "nudge": ("N", "yellow"),
    "wrapup": ("W", "magenta"),
}


def marker(step: ReplayStep) -> tuple[str, str]:
    """Character and style for one turn."""
    if step.speaker == "interviewer":
        return MARK.get(step.kind, ("Q", "bold"))
    if step.analysis is not None and step.analysis.probe:
        return "a", "#eb5757"
    if step.analysis is not None and step.analysis.locus == "self":
        return "a", "#6fcf97"
    return "a", "dim"


def legend() -> Text:
    """What the markers mean, in their own styles."""
    out = Text()
    for kind, label in (
        ("question", "question"),
        ("followup", "follow-up"),
        ("probe", "probe"),
        ("nudge", "nudge"),
        ("wrapup", "wrap-up"),
    ):
        char, style = MARK[kind]
        out.append(char, style=style)
        out.append(f" {label}  ", style="dim")
    out.append("a", style="dim")
    out.append(" answer: ", style="dim")
    out.append("a", style="#6fcf97")
    out.append(" owned ", style="dim")
    out.append("a", style="#eb5757")
    out.append(" deflected", style="dim")
    return out


class Timeline(Widget):
    """Shows a window of markers around ``current`` (index into ``steps``)."""

    DEFAULT_CSS = """
    Timeline { height: 1; padding: 0 1; background: $boost; }
    """
    current: reactive[int] = reactive(0)

    def __init__(self, steps: list[ReplayStep], **kwargs) -> None:
        super().__init__(**kwargs)
        self.steps = steps

    def render(self) -> Text:
        width = max(10, self.size.width - 14)
        n = len(self.steps)
        start = max(0, min(self.current - width // 2, n - width))
        end = min(n, start + width)
        line = Text("◀ " if start > 0 else "  ", style="dim")
        for i in range(start, end):
            char, style = marker(self.steps[i])
            line.append(char, style=(style + " reverse") if i == self.current else style)
        line.append(" ▶" if end < n else "  ", style="dim")
        line.append(f" {self.current + 1}/{n}" if n else " empty", style="dim")
        return line
