"""Plain-text scorecard for the terminal (inert: no markup, no escapes)."""

from __future__ import annotations

from pydantic import ValidationError

from agent.rubric.render import render_text
from agent.rubric.scorecard import Scorecard


def scorecard_text(card: dict, title: str = "Scorecard") -> str:
    """Render a scorecard dict (``Scorecard.model_dump``, e.g. from a session file) as readable lines."""
    try:
        parsed = Scorecard.model_validate(card)
    except ValidationError:
        return f"== {title} ==\n(the saved scorecard is unreadable; re-score with: locus score SESSION)"
    return f"== {title} ==\n" + render_text(parsed)
