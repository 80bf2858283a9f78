"""Coach mode side panel: the last answer with one highlighted span per decision, and what to try instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from agent.tui.spans_text import LOCUS_STYLE
from agent.util.inert import inert_text

if TYPE_CHECKING:
    from agent.analysis.models import AnswerAnalysis, Span

# One line per deflecting class: what would put the decision back with the speaker.
HINT = {
    "authority": "Say what you recommended or decided before anyone approved it.",
    "group": "Name the part you decided yourself, then how the others came on board.",
    "process": "Say what you judged; the process is how, not who.",
    "agentless": "Put a person in the sentence: who made this call? If it was you, say \u201cI\u201d.",
    "hedged": "Commit: what did you choose, and why? Drop \u201csort of\u201d and \u201cwe ended up\u201d.",
}
LIMITS = "one probe per answer, at most two per phase, never the answer to a probe"


def one_per_decision(spans: list[Span]) -> list[Span]:
    """Overlapping spans describe one decision: keep the longest (``it was my call`` over ``my call``)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def coached_answer(analysis: AnswerAnalysis, spans: list[Span]) -> Text:
    """The answer with the kept spans highlighted (offsets index the original text)."""
    out = Text(inert_text(analysis.text))
    if inert_text(analysis.text) != analysis.text:
        return out
    for span in spans:
        if 0 <= span.start < span.end <= len(analysis.text):
            out.stylize(LOCUS_STYLE.get(span.locus, "reverse"), span.start, span.end)
    return out


def span_lines(spans: list[Span]) -> Text:
    """One line per decision, then its hint when it hands the decision away."""
    if not spans:
        return Text("No decision phrases found in the last answer.", style="dim")
    out = Text()
    for span in spans:
        out.append(f" {span.locus} ", style=LOCUS_STYLE.get(span.locus, "reverse"))
        out.append(f" \u201c{inert_text(span.text)}\u201d\n")
        if span.locus in HINT:
            out.append(f"  \u2192 {HINT[span.locus]}\n", style="italic")
    return out


class CoachPanel(VerticalScroll):
    """Hidden unless coach mode is on."""

    DEFAULT_CSS = """
    CoachPanel { width: 36; border-left: solid $accent; padding: 0 1; display: none; scrollbar-gutter: stable;
                 scrollbar-size-vertical: 1; }
    CoachPanel.-on { display: block; }
    CoachPanel #coach-title { text-style: bold; }
    CoachPanel #coach-answer { margin: 1 0; }
    CoachPanel #coach-limits { color: $warning; margin-top: 1; }
    """

    def compose(self):
        yield Static("Coach: last answer", id="coach-title", markup=False)
        yield Static(Text("Answer a question to see where your decisions sit.", style="dim"), id="coach-answer")
        yield Static("", id="coach-spans")
        yield Static("", id="coach-limits")

    def show_analysis(self, analysis: AnswerAnalysis, quality: str = "ok") -> None:
        spans = one_per_decision(list(analysis.spans))
        verdict = Text(f"verdict: {analysis.locus}" + (" (worth a probe)" if analysis.probe else ""), style="bold")
        if quality and quality != "ok":
            verdict.append(f"  answer: {quality}", style="yellow")
        self.query_one("#coach-answer", Static).update(Text("\n").join([verdict, coached_answer(analysis, spans)]))
        self.query_one("#coach-spans", Static).update(span_lines(spans))
        self.query_one("#coach-limits", Static).update("")

    def show_unprobed(self, skipped: list[dict]) -> None:
        """Deflections that were not probed because of the interviewer's limits (one line each)."""
        if not skipped:
            text = Text(
                f"Not probed this time: the interviewer's limits ({LIMITS}). A real interviewer might still ask."
            )
        else:
            text = Text("Not probed because of the interviewer's limits:\n")
            for item in skipped[:4]:
                quote = inert_text(str(item.get("quote") or item.get("span") or ""))
                why = inert_text(str(item.get("reason") or "limits"))
                text.append(f" \u201c{quote}\u201d", style="bold")
                text.append(f" ({inert_text(str(item.get('locus', '')))}): {why}\n")
        self.query_one("#coach-limits", Static).update(text)
