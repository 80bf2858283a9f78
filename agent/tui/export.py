"""Write a scorecard as Markdown, JSON or HTML (format from the file suffix)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from agent.util.atomic import write_text_atomic

FORMAT_BY_SUFFIX = {".md": "md", ".markdown": "md", ".json": "json", ".html": "html", ".htm": "html", ".txt": "text"}
EXPORT_SUFFIXES = (".md", ".json", ".html")


class ExportError(Exception):
    """The export could not be written; the message says why."""


def export_scorecard(card: dict, path: Path, extra_html: Sequence[str] = ()) -> Path:
    """Render ``card`` in the format ``path``'s suffix names and write it atomically.

    ``extra_html`` (pre-escaped sections, e.g. the progress trend chart) is added to HTML exports.
    """
    from agent.rubric.render import render
    from agent.rubric.scorecard import Scorecard

    fmt = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(f"{path}: unknown format; end the name with .md, .json or .html")
    try:
        text = render(Scorecard.model_validate(card), fmt, extra_html)
    except ValueError as exc:
        raise ExportError(f"cannot render the scorecard: {str(exc).splitlines()[0]}") from None
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
