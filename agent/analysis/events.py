"""Decision events: one predicate, who holds it, how strongly it narrates a decision."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Event:
    """A decision the sentence narrates.

    ``strength``: 4 retraction/ownership statements, 3 explicit decisions,
    2 operational acts or deferrals, 1 weak narrative acts.  ``contrast``:
    +1 after "but"/"ultimately", -1 inside a concessive clause, else 0.
    """

    locus: str
    strength: int
    start: int
    end: int
    cue: str
    pos: int
    contrast: int = 0
    verb: str = ""

    def key(self) -> tuple[int, int, int]:
        """Ranking key: contrast first, then strength, then the later position."""
        return (self.contrast, self.strength, self.pos)
