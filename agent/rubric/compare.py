"""Compare two scorecards of the same transcript (old rubric vs new rubric)."""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.rubric.scorecard import Evidence, Scorecard
from agent.util.inert import inert_text


@dataclass
class DimensionChange:
    """How one dimension moved between two rubrics."""

    id: str
    name: str
    old: int | None
    new: int | None
    added: list[Evidence] = field(default_factory=list)
    removed: list[Evidence] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.old != self.new or bool(self.added or self.removed)


def _key(e: Evidence) -> tuple:
    return (e.turn, e.quote, e.cue, e.effect)


def compare(old: Scorecard, new: Scorecard) -> list[DimensionChange]:
    """Per dimension (new rubric order, then dimensions only the old rubric has): levels and moved evidence."""
    old_dims = {d.id: d for d in old.dimensions}
    new_dims = {d.id: d for d in new.dimensions}
    order = [d.id for d in new.dimensions] + [d.id for d in old.dimensions if d.id not in new_dims]
    out: list[DimensionChange] = []
    for dim_id in order:
        o, n = old_dims.get(dim_id), new_dims.get(dim_id)
        o_ev = {_key(e): e for e in (o.evidence if o else [])}
        n_ev = {_key(e): e for e in (n.evidence if n else [])}
        out.append(
            DimensionChange(
                id=dim_id,
                name=(n or o).name,  # type: ignore[union-attr]
                old=o.level if o else None,
                new=n.level if n else None,
                added=[e for k, e in n_ev.items() if k not in o_ev],
                removed=[e for k, e in o_ev.items() if k not in n_ev],
            )
        )
    return out


def _lv(level: int | None) -> str:
    return "null" if level is None else str(level)


def render_compare_text(old: Scorecard, new: Scorecard) -> str:
    """Readable diff: one block per dimension, level change then evidence that moved."""
    t = inert_text
    head = (
        f"Compare: {t(old.rubric.get('id', ''))} {t(old.rubric.get('version', ''))} -> "
        f"{t(new.rubric.get('id', ''))} {t(new.rubric.get('version', ''))}"
    )
    lines = [head]
    for ch in compare(old, new):
        arrow = "unchanged" if ch.old == ch.new else ("up" if (ch.new or 0) > (ch.old or 0) else "down")
        lines.append(f"{t(ch.name)}: {_lv(ch.old)} -> {_lv(ch.new)} ({arrow})")
        for e in ch.added:
            lines.append(f"  + new evidence   {e.effect} turn {e.turn} [{t(e.cue)}]: \u201c{t(e.quote)}\u201d")
        for e in ch.removed:
            lines.append(f"  - lost evidence  {e.effect} turn {e.turn} [{t(e.cue)}]: \u201c{t(e.quote)}\u201d")
    return "\n".join(lines) + "\n"


def compare_json(old: Scorecard, new: Scorecard) -> dict:
    """JSON form of the comparison."""
    return {
        "old_rubric": {"id": old.rubric.get("id", ""), "version": old.rubric.get("version", "")},
        "new_rubric": {"id": new.rubric.get("id", ""), "version": new.rubric.get("version", "")},
        "dimensions": [
            {
                "id": ch.id,
                "old_level": ch.old,
                "new_level": ch.new,
                "added": [e.model_dump() for e in ch.added],
                "removed": [e.model_dump() for e in ch.removed],
            }
            for ch in compare(old, new)
        ],
    }
