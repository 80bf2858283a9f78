"""``locus progress`` as text and as JSON (shared by the CLI; the TUI screen uses the same charts)."""

from __future__ import annotations

from dataclasses import asdict

from agent.practice.chart import level_rows, sparkline
from agent.practice.progress import TO_WHOM, Progress
from agent.util.inert import clip, inert_text


def rubric_label(progress: Progress) -> str:
    return f"rubric {progress.rubric.get('id', '?')} {progress.rubric.get('version', '')}".strip()


def _levels(values: list[int | None]) -> str:
    known = [v for v in values if v is not None]
    if not known:
        return "no level yet"
    return f"first {known[0]} → last {known[-1]}, best {max(known)}"


def render_progress(progress: Progress, width: int = 60) -> str:
    pts = progress.points
    out = [
        f"Progress over {len(pts)} completed session{'s' if len(pts) != 1 else ''} "
        f"({rubric_label(progress)}, offline scorer)\n"
    ]
    if progress.rescored:
        out.append(
            f"{progress.rescored} session(s) were scored with another rubric version or scorer and are "
            f"re-scored here from their saved analyses, so the trend compares like with like.\n"
        )
    if progress.in_progress:
        out.append(f"{progress.in_progress} unfinished session(s) left out.\n")
    for name, reason in progress.skipped:
        out.append(f"! skipped {inert_text(name)}: {clip(inert_text(reason), 200)}\n")
    if not pts:
        out.append("No completed sessions yet: run `locus` (an interview) or rehearse a story, then come back.\n")
        return "".join(out)
    span = f"{pts[0].created[:10]} … {pts[-1].created[:10]}" if len(pts) > 1 else pts[0].created[:10]
    for dim, name in progress.dimensions.items():
        values = progress.series(dim)
        out.append(f"\n{inert_text(name)} ({_levels(values)})\n")
        out.extend(row + "\n" for row in level_rows(values, width=width))
        out.append(f"   {span}\n")
    trends = progress.deflection_trends()
    out.append("\nWhere you hand decisions away (per session: older half → newer half):\n")
    if not trends:
        out.append("  nowhere: no deflecting phrases in any session.\n")
    for t in trends:
        trend = (
            f"{t.earlier:.1f} → {t.later:.1f}, {t.trend}" if t.trend != "too few" else "too few sessions for a trend"
        )
        who = ", ".join(f"{inert_text(name)} ×{count}" for name, count in t.holders)
        out.append(
            f"  {t.locus:<9} {sparkline(t.series, 24):<24}  {t.total}× in {t.sessions}/{len(pts)} sessions; "
            f"{trend} (to {TO_WHOM[t.locus]}{': ' + who if who else ''})\n"
        )
    stories = progress.stories()
    if stories:
        out.append("\nStories over their rehearsals:\n")
        for story_id, rehearsals in stories.items():
            title = rehearsals[-1].story_title or story_id
            out.append(f"  {clip(inert_text(title), 50)} [{inert_text(story_id)}], {len(rehearsals)} rehearsal(s)\n")
            for dim, name in progress.dimensions.items():
                levels = " → ".join("?" if p.levels.get(dim) is None else str(p.levels.get(dim)) for p in rehearsals)
                out.append(f"    {inert_text(name):<24} {levels}\n")
    return "".join(out)


def progress_json(progress: Progress) -> dict:
    return {
        "rubric": dict(progress.rubric),
        "scorer": "offline",
        "sessions": [asdict(p) for p in progress.points],
        "rescored": progress.rescored,
        "in_progress": progress.in_progress,
        "skipped": [{"file": n, "reason": r} for n, r in progress.skipped],
        "dimensions": {
            dim: {"name": name, "levels": progress.series(dim)} for dim, name in progress.dimensions.items()
        },
        "deflections": [
            {
                "locus": t.locus,
                "to": TO_WHOM[t.locus],
                "holders": [{"who": n, "count": c} for n, c in t.holders],
                "total": t.total,
                "sessions": t.sessions,
                "earlier_per_session": t.earlier,
                "later_per_session": t.later,
                "trend": t.trend,
            }
            for t in progress.deflection_trends()
        ],
        "stories": [
            {
                "id": sid,
                "title": pts[-1].story_title or sid,
                "rehearsals": [{"session": p.id, "created": p.created, "levels": p.levels} for p in pts],
            }
            for sid, pts in progress.stories().items()
        ],
    }


def progress_html(progress: Progress) -> str:
    """The trend as an HTML section with an inline SVG chart ("" with fewer than two sessions)."""
    import html

    from agent.practice.chart import trend_svg

    if len(progress.points) < 2:
        return ""
    series = {dim: progress.series(dim) for dim in progress.dimensions}
    title = f"Levels over {len(progress.points)} sessions ({rubric_label(progress)}, offline scorer)"
    svg = trend_svg(series, progress.dimensions, title)
    first, last = progress.points[0].created[:10], progress.points[-1].created[:10]
    return (
        f'<section class="trend"><h2>Progress</h2><p class="meta">{html.escape(first)} to {html.escape(last)}; '
        f"older sessions re-scored with the current rubric from their saved analyses.</p>\n{svg}</section>"
    )
