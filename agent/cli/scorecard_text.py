"""Plain-text scorecard for the terminal (inert: no markup, no escapes)."""

from __future__ import annotations

from agent.util.inert import inert_text


def scorecard_text(card: dict, title: str = "Scorecard") -> str:
    """Render a scorecard dict (``Scorecard.model_dump``) as readable lines."""
    try:
        from agent.rubric.render import render_text
        from agent.rubric.scorecard import Scorecard

        return f"== {title} ==\n" + render_text(Scorecard.model_validate(card))
    except ImportError:
        pass
    lines = [f"== {title} ==", f"rubric: {card.get('rubric', {}).get('id')} ({card.get('scorer', 'offline')} scorer)"]
    for dim in card.get("dimensions", []):
        level = dim.get("level")
        shown = "insufficient evidence" if level is None else f"{level}/{dim.get('max_level', 5)}"
        lines.append(f"{dim.get('name')}: {shown}")
        for ev in dim.get("evidence", [])[:4]:
            lines.append(f"  {ev.get('effect')} turn {ev.get('turn')}: \u201c{inert_text(ev.get('quote', ''))}\u201d ({ev.get('cue')})")
    overall = card.get("overall", {})
    lines.append(f"overall: {overall.get('level')} — {overall.get('recommendation')}")
    return "\n".join(lines)
