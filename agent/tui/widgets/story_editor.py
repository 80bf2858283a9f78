"""A TextArea that colours each decision phrase by who holds it.

The workshop hands it the marks of the last analysis (offsets into the text
that was analysed); a mark is drawn only while the text under it is unchanged,
so typing never paints a colour on the wrong words.

With soft wrapping, Textual's TextArea re-renders every visible line on each
keystroke (its line cache is keyed by the whole selection).  A wrapped line here
is cached by what it shows: its text, its wrap, its colours, and the cursor or
selection only on the rows they touch; so a keystroke redraws the edited line.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.style import Style
from textual.geometry import Offset
from textual.strip import Strip
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

    def render_line(self, y: int) -> Strip:
        """One wrapped line, from the cache when nothing it shows has changed (see the module docstring)."""
        wrapped = self.wrapped_document
        row_y = self.scroll_offset.y + y
        document = self.document
        if not self.soft_wrap or row_y < 0 or (document.line_count == 1 and not document[0]):
            return super().render_line(y)
        if row_y >= wrapped.height:  # below the story: a blank line
            key = ("locus-blank", self.size, self.theme, self.app.theme, self.has_focus)
            cached = self._line_cache.get(key)
            if cached is None:
                cached = self._line_cache[key] = self._render_line(y)
            return cached
        row, column = wrapped.offset_to_location(Offset(0, row_y))
        selection = self.selection
        top, bottom = sorted(selection)
        touched = row == selection.end[0] or (selection.start != selection.end and top[0] <= row <= bottom[0])
        bracket = self._matching_bracket_location
        offsets = wrapped.get_offsets(row)
        # The blinking cursor is drawn on one screen line of its row: only that line follows the blink.
        line = document[row]
        section_end = next((o for o in offsets if o > column), len(line) + 1)
        blink = self._draw_cursor if row == selection.end[0] and column <= selection.end[1] <= section_end else None
        key = (
            "locus-line",
            self.size,
            self.scrollable_content_region.width,
            column,
            line,
            tuple(offsets),
            tuple(self._highlights.get(row, ())),
            (selection, self.suggestion, bracket) if touched else None,
            blink,
            bracket if bracket is not None and bracket[0] == row else None,
            self.theme,
            self.app.theme,
            self._has_cursor,
            self.has_focus,
            self.highlight_cursor_line,
            self.read_only,
            self.show_cursor,
        )
        cached = self._line_cache.get(key)
        if cached is None:
            cached = self._line_cache[key] = self._render_line(y)
        return cached

    def _build_highlight_map(self) -> None:
        """Replace syntax highlighting with the decision marks (TextArea calls this after every edit).

        The line cache is kept: its keys hold each row's text and colours (``render_line``)."""
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
