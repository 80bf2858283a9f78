"""Coach mode side panel: the last answer with its decision spans highlighted and labelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from agent.tui.spans_text import highlighted_answer, spans_legend

if TYPE_CHECKING:
    from agent.analysis.models import AnswerAnalysis


class CoachPanel(VerticalScroll):
    """Hidden unless coach mode is on."""

    DEFAULT_CSS = """
    CoachPanel { width: 34; border-left: solid $accent; padding: 0 1; display: none; }
    CoachPanel.-on { display: block; }
    CoachPanel #coach-title { text-style: bold; }
    CoachPanel #coach-answer { margin: 1 0; }
    """

    def compose(self):
        yield Static("Coach: last answer", id="coach-title", markup=False)
        yield Static(Text("Answer a question to see where your decisions sit.", style="dim"), id="coach-answer")
        yield Static("", id="coach-spans")

    def show_analysis(self, analysis: AnswerAnalysis, quality: str = "ok") -> None:
        verdict = Text(f"verdict: {analysis.locus}" + (" (would be probed)" if analysis.probe else ""), style="bold")
        if quality and quality != "ok":
            verdict.append(f"  answer: {quality}", style="yellow")
        answer = highlighted_answer(analysis.text, analysis)
        self.query_one("#coach-answer", Static).update(Text("\n").join([verdict, answer]))
        self.query_one("#coach-spans", Static).update(spans_legend(analysis))
