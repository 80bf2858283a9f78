"""Plain-text and JSON views of the story bank (``locus stories``); all story text is made inert."""

from __future__ import annotations

from pathlib import Path

from agent.practice.coverage import Coverage
from agent.practice.kinds import KIND_LABELS
from agent.practice.report import HOLDER_WORDS, StoryReport, version_change
from agent.practice.storyfile import Story
from agent.practice.versions import load_versions
from agent.util.inert import clip, inert_text


def q(text: str, limit: int = 120) -> str:
    """A quoted phrase on one line."""
    return "“" + clip(" ".join(inert_text(text).split()), limit) + "”"


def kind_line(report: StoryReport) -> str:
    kinds = report.kinds
    if not kinds.kinds:
        return (
            "kind: not recognised (add a line 'kind: incident' under the title; kinds: " + ", ".join(KIND_LABELS) + ")"
        )
    first = KIND_LABELS[kinds.kinds[0]] + (" (declared)" if kinds.declared else " (guessed)")
    rest = [KIND_LABELS[k] for k in kinds.kinds[1:]]
    return "kind: " + first + (f"; also {', '.join(rest)}" if rest else "")


def key_line(report: StoryReport) -> str:
    if report.key is None:
        return "key decision: none narrated — which call did you make, and why?"
    return f"key decision: {q(report.key.text)} — held by {HOLDER_WORDS.get(report.holder, report.holder)}"


def signals_line(report: StoryReport) -> str:
    s = report.signals
    parts = [
        f"reasons {s.reasons}",
        "outcome owned" if s.outcome_owned else "outcome not owned",
        f"blame {s.blame}" if s.blame else "no blame",
        "scope beyond the team" if s.scope else "scope: own area",
    ]
    others = other_signals(report)
    return "signals: " + " · ".join(parts) + (f" (also {', '.join(others)})" if others else "")


def other_signals(report: StoryReport) -> list[str]:
    """Signal names beyond the four summarised ones, as words (``undo plan``, ``fixed it``)."""
    from agent.practice.signals import BLAME_KEYS, OUTCOME_KEYS, REASON_KEYS, SCOPE_KEYS

    skip = {*REASON_KEYS, *OUTCOME_KEYS, *BLAME_KEYS, *SCOPE_KEYS, "own_decision", "deferred_decision"}
    seen: list[str] = []
    for key in report.signals.keys:
        word = key.replace("_", " ")
        if key not in skip and word not in seen:
            seen.append(word)
    return seen


def levels_line(report: StoryReport, names: dict[str, str]) -> str:
    parts = [f"{names.get(d, d)} {'?' if lv is None else lv}" for d, lv in report.levels.items()]
    return "level estimate: " + " · ".join(parts)


def render_listing(
    directory: Path,
    stories: list[Story],
    reports: list[StoryReport],
    problems: list[tuple[Path, str]],
    names: dict[str, str],
) -> str:
    out: list[str] = []
    shown_dir = inert_text(str(directory))
    if not stories and not problems:
        out.append(f"No stories in {shown_dir} yet.\n")
        out.append(
            "Write one Markdown file per story there (a title line, then the story), or run\n"
            '  locus stories --new "Moving billing to the new cluster"\n'
            "and open it in the workshop with `locus workshop`.\n"
        )
        return "".join(out)
    out.append(f"{len(stories)} stor{'y' if len(stories) == 1 else 'ies'} in {shown_dir}\n")
    for n, (story, report) in enumerate(zip(stories, reports, strict=False), start=1):
        out.append(f"\n{n}. {clip(inert_text(story.title), 80)}  [{inert_text(story.id)}]\n")
        out.append(f"   {kind_line(report)}\n")
        out.append(f"   {key_line(report)}\n")
        out.append(f"   {signals_line(report)}\n")
        out.append(f"   {levels_line(report, names)}\n")
        if report.reframes:
            first = report.reframes[0].mark
            more = f" (+{len(report.reframes) - 1} more)" if len(report.reframes) > 1 else ""
            out.append(f"   deflections: {len(report.reframes)}, e.g. {q(first.text, 70)} [{first.locus}]{more}\n")
        else:
            out.append("   deflections: none\n")
    for _, message in problems:
        out.append(f"\n! not listed: {inert_text(message)}\n")
    return "".join(out)


def render_story(story: Story, report: StoryReport, names: dict[str, str]) -> str:
    out = [
        f"{inert_text(story.title)}  [{inert_text(story.id)}]\n",
        f"{kind_line(report)}\n",
        f"{key_line(report)}\n",
        f"{signals_line(report)}\n",
        f"{levels_line(report, names)}\n",
    ]
    if report.marks:
        out.append("\nDecision phrases:\n")
        for m in report.marks:
            out.append(f"  {m.locus:<9} {q(m.text, 100)}\n")
    if report.reframes:
        out.append("\nReframing questions (questions to answer honestly; nothing is written for you):\n")
        for r in report.reframes:
            out.append(f"  {q(r.mark.text, 80)} [{r.mark.locus}]\n    → {inert_text(r.question)}\n")
    versions = load_versions(story.path)
    if len(versions) > 1:
        out.append(f"\nVersions: {len(versions)} saved (first {versions[0].ts}, last {versions[-1].ts})\n")
    return "".join(out)


def render_coverage(cover: Coverage, names: dict[str, str]) -> str:
    out = [f"\nCoverage for {cover.level}\n"]
    for kind, titles in cover.present.items():
        out.append(f"  ✓ {KIND_LABELS[kind]}: {', '.join(clip(inert_text(t), 40) for t in titles[:3])}\n")
    for kind in cover.missing:
        out.append(f"  ✗ {KIND_LABELS[kind]}: no story yet\n")
    for kind in cover.extras:
        out.append(f"  · {KIND_LABELS[kind]}: none (useful, not required at {cover.level})\n")
    bar = " · ".join(f"{names.get(d, d)} {lv}" for d, lv in cover.bar.items())
    out.append(f"  bar for {cover.level}: {bar}\n")
    if cover.gaps:
        out.append("  Not shown by any story yet:\n")
        for gap in cover.gaps:
            out.append(f"  - {inert_text(gap.what)}" + (f": {inert_text(gap.detail)}" if gap.detail else "") + "\n")
    else:
        out.append("  Every part of the bar is shown by at least one story.\n")
    return "".join(out)


def report_json(story: Story, report: StoryReport) -> dict:
    history = load_versions(story.path)
    data = {
        "id": story.id,
        "path": str(story.path),
        "title": story.title,
        "kinds": list(report.kinds.kinds),
        "kind_declared": report.kinds.declared,
        "key_decision": None if report.key is None else {"text": report.key.text, "holder": report.holder},
        "signals": report.signals.as_dict(),
        "levels": dict(report.levels),
        "decisions": [{"text": m.text, "locus": m.locus, "start": m.start, "end": m.end} for m in report.marks],
        "reframes": [{"phrase": r.mark.text, "locus": r.mark.locus, "question": r.question} for r in report.reframes],
        "versions": len(history),
    }
    return data


def stories_json(
    directory: Path,
    stories: list[Story],
    reports: list[StoryReport],
    problems: list[tuple[Path, str]],
    cover: Coverage | None,
    rubric,
) -> dict:
    data: dict = {
        "directory": str(directory),
        "rubric": rubric.stamp(),
        "stories": [report_json(s, r) for s, r in zip(stories, reports, strict=False)],
        "problems": [{"path": str(p), "message": m} for p, m in problems],
    }
    if cover is not None:
        data["coverage"] = cover.as_dict()
    return data


def change_summary(first: StoryReport, now: StoryReport, names: dict[str, str]) -> list[str]:
    """Version diff lines between the first telling and this one."""
    return version_change(first.metrics(), now.metrics(), names)
