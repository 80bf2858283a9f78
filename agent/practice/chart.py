"""Level-over-time charts: rows of text for the terminal, and a standalone SVG for HTML exports.

Many sessions are folded into at most ``width`` columns (each column the rounded
mean of its sessions' levels), so a chart never grows wider than the screen.
"""

from __future__ import annotations

import html

BLOCKS = "▁▂▃▄▅▆▇█"


def fold(values: list[int | None], width: int) -> list[float | None]:
    """``values`` in at most ``width`` columns (mean of each column's known values)."""
    if width <= 0:
        return []
    if len(values) <= width:
        return [None if v is None else float(v) for v in values]
    out: list[float | None] = []
    for i in range(width):
        chunk = [v for v in values[i * len(values) // width : (i + 1) * len(values) // width] if v is not None]
        out.append(sum(chunk) / len(chunk) if chunk else None)
    return out


def level_rows(values: list[int | None], max_level: int = 5, width: int = 60) -> list[str]:
    """A dot chart, top row = ``max_level``: ``"5 │   ●  "`` … ``"  └────"``."""
    cols = fold(values, width)
    rows = []
    for level in range(max_level, 0, -1):
        cells = "".join("●" if c is not None and round(c) == level else " " for c in cols)
        rows.append(f"{level} │{cells}")
    rows.append("  └" + "─" * max(1, len(cols)))
    return rows


def sparkline(values: list[int | float], width: int = 40) -> str:
    """Counts as block characters (0 = lowest block)."""
    cols = [c or 0.0 for c in fold([None if v is None else v for v in values], width)]  # type: ignore[misc]
    top = max(cols, default=0) or 1
    return "".join(BLOCKS[min(len(BLOCKS) - 1, round(c / top * (len(BLOCKS) - 1)))] for c in cols)


def trend_svg(
    series: dict[str, list[int | None]],
    names: dict[str, str],
    title: str,
    max_level: int = 5,
    width: int = 560,
    row_height: int = 90,
) -> str:
    """One small line chart per dimension as inline SVG (all text escaped, no scripts or links)."""
    pad_left, pad_top = 36, 28
    plot_w = width - pad_left - 12
    height = pad_top + row_height * max(1, len(series)) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="system-ui,sans-serif" font-size="11">',
        f"<title>{html.escape(title)}</title>",
        f'<text x="4" y="16" font-size="12" font-weight="bold">{html.escape(title)}</text>',
    ]
    for row, (dim, values) in enumerate(series.items()):
        top = pad_top + row * row_height
        plot_h = row_height - 30
        parts.append(f'<text x="4" y="{top + 10}" font-weight="bold">{html.escape(names.get(dim, dim))}</text>')
        for level in (1, max_level):
            y = top + 16 + plot_h * (max_level - level) / max(1, max_level - 1)
            parts.append(
                f'<text x="{pad_left - 14}" y="{y + 4:.1f}" fill="#666">{level}</text>'
                f'<line x1="{pad_left}" y1="{y:.1f}" x2="{pad_left + plot_w}" y2="{y:.1f}" stroke="#ddd"/>'
            )
        cols = fold(values, plot_w // 4)
        step = plot_w / max(1, len(cols) - 1) if len(cols) > 1 else 0
        points = []
        for i, value in enumerate(cols):
            if value is None:
                continue
            x = pad_left + (i * step if len(cols) > 1 else plot_w / 2)
            y = top + 16 + plot_h * (max_level - value) / max(1, max_level - 1)
            points.append(f"{x:.1f},{y:.1f}")
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="#1f5fae"/>')
        if len(points) > 1:
            parts.append(f'<polyline fill="none" stroke="#1f5fae" stroke-width="1.5" points="{" ".join(points)}"/>')
        if not points:
            parts.append(f'<text x="{pad_left + 8}" y="{top + 40}" fill="#666">no level yet</text>')
    parts.append("</svg>")
    return "\n".join(parts)
