"""Plain-text scorecard for the terminal (inert: no markup, no escapes)."""

from __future__ import annotations

from pydantic import ValidationError

from agent.rubric.card_context import CardContext, number_answers
from agent.rubric.render import render_text
from agent.rubric.scorecard import Scorecard


def scorecard_text(card: dict, title: str = "Scorecard", turns=None, context: CardContext | None = None) -> str:
    """Render a scorecard dict (``Scorecard.model_dump``, e.g. from a session file) as readable lines.

    ``turns`` (the transcript) lets evidence say "answer 6" instead of the raw turn number.
    """
    try:
        parsed = Scorecard.model_validate(card)
    except ValidationError:
        return f"== {title} ==\n(the saved scorecard is unreadable; re-score with: locus score SESSION)"
    if context is None and turns is not None:
        context = CardContext(answers=number_answers(turns))
    return f"== {title} ==\n" + render_text(parsed, context)
