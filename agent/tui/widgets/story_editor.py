"""A TextArea that colours each decision phrase by who holds it.

The workshop hands it the marks of the last analysis (offsets into the text
that was analysed); a mark is drawn only while the text under it is unchanged,
so typing never paints a colour on the wrong words.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.style import Style
from textual.widgets import TextArea
from textual.widgets.text_area import TextAreaTheme

THEME_NAME = "locus-story"
# Same hues as the coach panel (agent/tui/spans_text.py); warm = handed away, green = yours.
LOCUS_STYLES = {
    "self": Style(color="black", bgcolor="#6fcf97", bold=True),
    "authority": Style(color="black", bgcolor="#f2994a", bold=True),
    "group": Style(color="black", bgcolor="#f2c94c", bold=True),
    "process": Style(color="black", bgcolor="#bb86fc", bold=True),
    "agentless": Style(color="black", bgcolor="#eb5757", bold=True),
    "hedged": Style(color="black", bgcolor="#56ccf2", bold=True),
}
KEY_STYLE = Style(underline=True)


class StoryEditor(TextArea):
    """Multi-line story editor with locus colouring (``set_marks``)."""

    DEFAULT_CSS = """
    StoryEditor { height: 1fr; border: round $accent; }
    StoryEditor:focus { border: round $accent-lighten-1; }
    """

    def __init__(self, text: str = "", **kwargs) -> None:
        super().__init__(text, soft_wrap=True, show_line_numbers=False, tab_behavior="focus", **kwargs)
        self._marks: list[tuple[int, int, str, str]] = []  # start, end, text, highlight name
        self.register_theme(
            TextAreaTheme(
                name=THEME_NAME,
                syntax_styles={**{f"locus.{k}": v for k, v in LOCUS_STYLES.items()}, "locus.key": KEY_STYLE},
            )
        )
        self.theme = THEME_NAME

    def set_marks(self, marks: list, key_start: int | None = None) -> None:
        """Colour ``marks`` (objects with ``start``, ``end``, ``text``, ``locus``); underline the key decision."""
        out = []
        for m in marks:
            if m.locus in LOCUS_STYLES:
                out.append((m.start, m.end, m.text, f"locus.{m.locus}"))
        if key_start is not None:
            key = next((m for m in marks if m.start == key_start), None)
            if key is not None:
                out.append((key.start, key.end, key.text, "locus.key"))
        if out == self._marks:
            return
        self._marks = out
        self._build_highlight_map()
        self.refresh()

    @property
    def marked(self) -> list[tuple[str, str]]:
        """``(text, highlight name)`` of every mark currently drawn (tests and debugging)."""
        return [(text, name) for _, text, name in self._valid_marks()]

    def _valid_marks(self):
        text = self.text
        for start, end, phrase, name in self._marks:
            if 0 <= start < end <= len(text) and text[start:end] == phrase:
                yield start, phrase, name

    def _build_highlight_map(self) -> None:
        """Replace syntax highlighting with the decision marks (TextArea calls this after every edit)."""
        self._line_cache.clear()
        highlights = self._highlights
        highlights.clear()
        if not getattr(self, "_marks", None):
            return
        lines = self.text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        for start, phrase, name in self._valid_marks():
            end = start + len(phrase)
            row = bisect_right(starts, start) - 1
            while row < len(lines) and starts[row] < end:
                line = lines[row]
                a = max(start, starts[row]) - starts[row]
                b = min(end, starts[row] + len(line)) - starts[row]
                if b > a:
                    highlights[row].append((len(line[:a].encode()), len(line[:b].encode()), name))
                row += 1
