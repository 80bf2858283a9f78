"""Minimal SVG snapshot check (pytest-textual-snapshot needs pytest<9, so this replaces it).

``assert_snapshot(app, name)`` compares ``app.export_screenshot()`` with
``tests/tui/snapshots/<name>.svg``.  Set ``LOCUS_UPDATE_SNAPSHOTS=1`` to (re)write
the files; a mismatch saves the new SVG next to the old one as ``<name>.new.svg``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

SNAPSHOTS = Path(__file__).parent / "snapshots"


def _normalise(svg: str) -> str:
    # Rich names CSS classes after a hash of the content; keep the comparison about what is drawn.
    svg = re.sub(r"terminal-\d+", "terminal", svg)
    return svg.strip() + "\n"


def assert_snapshot(app, name: str) -> None:
    svg = _normalise(app.export_screenshot(title="Locus"))
    path = SNAPSHOTS / f"{name}.svg"
    if os.environ.get("LOCUS_UPDATE_SNAPSHOTS") == "1" or not path.exists():
        if not path.exists() and os.environ.get("LOCUS_UPDATE_SNAPSHOTS") != "1":
            raise AssertionError(f"no snapshot {path}; run with LOCUS_UPDATE_SNAPSHOTS=1 to create it")
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        path.write_text(svg, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    if svg != expected:
        new = path.with_suffix(".new.svg")
        new.write_text(svg, encoding="utf-8")
        raise AssertionError(f"screen differs from {path}; see {new} (LOCUS_UPDATE_SNAPSHOTS=1 accepts it)")
