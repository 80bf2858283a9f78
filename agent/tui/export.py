"""Write a scorecard as Markdown, JSON or HTML (format from the file suffix), beside its session by default."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from agent.rubric.card_context import CardContext, number_answers, session_date
from agent.util.atomic import write_text_atomic

FORMAT_BY_SUFFIX = {".md": "md", ".markdown": "md", ".json": "json", ".html": "html", ".htm": "html", ".txt": "text"}
EXPORT_SUFFIXES = (".md", ".json", ".html")


class ExportError(Exception):
    """The export could not be written; the message says why."""


def card_context(loaded, original: dict | None = None, rescored_at: str = "") -> CardContext:
    """Session facts and answer numbers for a loaded session's card (``original`` marks a re-score)."""
    from agent.rubric.scorecard import Scorecard

    meta = loaded.meta
    return CardContext(
        session_id=meta.session_id,
        scenario=meta.scenario_title or meta.scenario_id,
        date=session_date(meta.created),
        answers=number_answers(loaded.turns),
        original=Scorecard.model_validate(original) if original else None,
        rescored_at=rescored_at,
    )


def default_export_path(session_path: Path | None, session_id: str, exports_dir: Path | None, tag: str = "") -> Path:
    """``<exports dir or the session's directory>/<id>[.tag].scorecard.md`` (the working directory if unsaved)."""
    folder = exports_dir or (session_path.parent if session_path is not None else Path.cwd())
    name = f"{session_id}{'.' + tag if tag else ''}.scorecard.md"
    return (folder.expanduser() / name).absolute()


def export_scorecard(
    card: dict, path: Path, context: CardContext | None = None, extra_html: Sequence[str] = ()
) -> Path:
    """Render ``card`` in the format ``path``'s suffix names and write it atomically; returns the full path.

    ``extra_html`` (pre-escaped sections, e.g. the progress trend chart) is added to HTML exports.
    """
    from agent.rubric.render import render
    from agent.rubric.scorecard import Scorecard

    fmt = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(f"{path}: unknown format; end the name with .md, .json or .html")
    try:
        text = render(Scorecard.model_validate(card), fmt, context, extra_html)
    except ValueError as exc:
        raise ExportError(f"cannot render the scorecard: {str(exc).splitlines()[0]}") from None
    path = path.expanduser().absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
