"""Rich ``Text`` builders for untrusted text: spans highlighted, never parsed as markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from agent.util.inert import inert_text

if TYPE_CHECKING:  # pydantic models: imported by whoever builds them, not on the UI's start path
    from agent.analysis.models import AnswerAnalysis, Span

# One style per locus; probe-worthy loci are warm, "self" is cool.
LOCUS_STYLE = {
    "self": "bold black on #6fcf97",
    "authority": "bold black on #f2994a",
    "group": "bold black on #f2c94c",
    "process": "bold black on #bb86fc",
    "agentless": "bold black on #eb5757",
    "hedged": "bold black on #56ccf2",
    "none": "",
}


def plain(text: str) -> Text:
    """Untrusted text as a ``Text`` (escape sequences removed, no markup)."""
    return Text(inert_text(text))


def highlighted_answer(text: str, analysis: AnswerAnalysis | None) -> Text:
    """The answer with each decision span highlighted in its locus colour."""
    out = Text(inert_text(text))
    if analysis is None:
        return out
    if inert_text(text) != text:  # offsets index the original; cannot map safely
        return out
    for span in analysis.spans:
        if 0 <= span.start < span.end <= len(text):
            out.stylize(LOCUS_STYLE.get(span.locus, "reverse"), span.start, span.end)
    return out


def span_label(span: Span) -> Text:
    """``authority  “my manager approved…”  manager_approved``"""
    line = Text()
    line.append(f" {span.locus} ", style=LOCUS_STYLE.get(span.locus, "reverse"))
    line.append(" \u201c")
    line.append(inert_text(span.text))
    line.append("\u201d ")
    line.append(inert_text(span.cue), style="dim")
    return line


def spans_legend(analysis: AnswerAnalysis | None) -> Text:
    """One labelled line per span, or a note when there are none."""
    if analysis is None or not analysis.spans:
        return Text("No decision phrases found in the last answer.", style="dim")
    lines = [span_label(s) for s in analysis.spans]
    return Text("\n").join(lines)


def level_bar(level: int | None, max_level: int = 5, width: int = 10) -> Text:
    """``████████░░ 4/5`` or ``insufficient evidence``."""
    if level is None:
        return Text("insufficient evidence", style="dim italic")
    max_level = max(1, max_level)
    filled = round(width * max(0, min(level, max_level)) / max_level)
    bar = Text("\u2588" * filled, style="bold green")
    bar.append("\u2591" * (width - filled), style="dim")
    bar.append(f" {level}/{max_level}")
    return bar
