"""Put untrusted text into CommonMark so it renders as exactly that text.

Quotes, cue ids and summaries come from candidates and rubric authors: inside a
Markdown report they must never become a list, a heading, a link, emphasis or raw
HTML.  Backslash escapes work everywhere except inside code spans, so code spans
get a backtick fence longer than any run of backticks in their content instead.
"""

from __future__ import annotations

import re

from agent.util.inert import inert_text

# Every ASCII punctuation character that can open or close an inline construct.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>!&~|#{}])")
# What makes the start of a line a block (heading, quote, list item, thematic break, setext line).
_BLOCK_START = re.compile(r"^([#>+\-*=])|^(\d{1,9})([.)])")
_BACKTICKS = re.compile(r"`+")


def one_line(text: str) -> str:
    """Inert text on one line (newlines and runs of spaces become one space)."""
    return " ".join(inert_text(text).split())


def inline(text: str) -> str:
    """Text for the middle of a line: every inline construct escaped."""
    return _INLINE_SPECIAL.sub(r"\\\1", one_line(text))


def line_start(text: str) -> str:
    """Text that begins a line (a paragraph, a heading's text): block markers escaped too."""
    escaped = inline(text)
    return _BLOCK_START.sub(
        lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", escaped, count=1
    )


def code(text: str) -> str:
    """A code span showing ``text`` literally (escapes do not apply inside code spans)."""
    content = one_line(text) or "(none)"
    longest = max((len(run) for run in _BACKTICKS.findall(content)), default=0)
    fence = "`" * (longest + 1)
    if content.startswith("`") or content.endswith("`") or (content.startswith(" ") and content.endswith(" ")):
        content = f" {content} "
    return f"{fence}{content}{fence}"
