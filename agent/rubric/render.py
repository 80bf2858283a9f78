"""Scorecard renderers: plain text (inert), Markdown, JSON and standalone HTML.

Quotes are candidate text, so every renderer treats them as data: control and
escape characters are stripped, HTML special characters escaped, and the Markdown is
CommonMark in which quotes, names and cue ids render as the literal text they are
(:mod:`agent.rubric.commonmark`).  A :class:`CardContext` adds the session, scenario,
date and answer numbers ("answer 6", not "turn 12") and, for a re-score, what moved.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import replace

from agent.rubric import commonmark as cm
from agent.rubric.card_context import CardContext
from agent.rubric.compare import compare, compare_json
from agent.rubric.scorecard import DimensionScore, Scorecard
from agent.util.inert import inert_text

FORMATS = ("text", "md", "json", "html")


def _level(d: DimensionScore) -> str:
    return "insufficient evidence" if d.level is None else f"{d.level}/{d.max_level}"


def _expectation(card: Scorecard, d: DimensionScore) -> str:
    expected = card.level_expected.get(d.id)
    if expected is None:
        return ""
    if d.level is None:
        verdict = "not assessed"
    else:
        verdict = "meets" if d.level >= expected else "below"
    return f"expected {expected}: {verdict}"


def _header(card: Scorecard) -> str:
    stamp = f"{card.rubric.get('id', '')} {card.rubric.get('version', '')}".strip()
    return f"rubric {stamp} - {card.scorer} scorer"


def _overall(card: Scorecard) -> str:
    level = "insufficient evidence" if card.overall.level is None else f"{card.overall.level:.2f}"
    return f"{level} - {card.overall.recommendation}"


def _ctx(context: CardContext | None, card: Scorecard) -> CardContext:
    """The given context, with the card's own answer numbers when the context has none."""
    ctx = context if context is not None else CardContext()
    if not ctx.answers and card.answer_numbers:
        ctx = replace(ctx, answers=dict(card.answer_numbers))
    return ctx


def _arrow(old: int | None, new: int | None) -> str:
    if old == new:
        return "unchanged"
    return "up" if (new or 0) > (old or 0) else "down"


def _lv(level: int | None) -> str:
    return "none" if level is None else str(level)


def _bar(card: Scorecard) -> list[str]:
    """The seniority bar's verdict and its reasons, as plain lines."""
    if card.bar is None:
        return []
    verdict = "met" if card.bar.met else "not met"
    name = "Senior" if card.bar.level == "senior" else card.bar.level
    return [f"{name} bar: {verdict}"] + [f"  - {r}" for r in card.bar.reasons]


def render_text(card: Scorecard, context: CardContext | None = None) -> str:
    """Plain text for the terminal: no markup, no escape sequences from quotes."""
    t = inert_text
    ctx = _ctx(context, card)
    lines = [f"Scorecard ({t(_header(card))})"]
    lines += [f"{label}: {t(value)}" for label, value in ctx.facts(card) if label not in ("Rubric", "Scorer")]
    if card.notice:
        lines.append(f"Notice: {t(card.notice)}")
    for d in card.dimensions:
        exp = _expectation(card, d)
        lines += ["", f"{t(d.name)}: {_level(d)}" + (f"  ({exp})" if exp else "")]
        if d.summary:
            lines.append(f"  {t(d.summary)}")
        for e in d.evidence:
            lines.append(f"  {e.effect} {ctx.where(e.turn)}: \u201c{t(e.quote)}\u201d  [{t(e.cue)}]")
    lines += ["", f"Overall: {t(_overall(card))}"]
    if card.bar is not None:
        lines += [""] + [t(line) for line in _bar(card)]
    if card.stories:
        lines += ["", "Stories:"] + [f"  {t(s.line)}" for s in card.stories]
    if card.ignored:
        lines += ["", "Ignored (addressed to the grader, never evidence):"]
        lines += [f"  {ctx.where(i.turn)}: \u201c{t(i.quote)}\u201d" for i in card.ignored]
    if card.reframes:
        lines += ["", "Reframes (one per story: its key deflection -> a question to re-tell it):"]
        for r in card.reframes:
            story = f"story {r.story}, " if r.story is not None else ""
            lines.append(f"  {story}{ctx.where(r.turn)} ({t(r.locus)}): \u201c{t(r.phrase)}\u201d")
            lines.append(f"    -> {t(r.question)}")
    if ctx.original is not None:
        lines += ["", "Changes from the original card:"]
        for ch in compare(ctx.original, card):
            lines.append(f"  {t(ch.name)}: {_lv(ch.old)} -> {_lv(ch.new)} ({_arrow(ch.old, ch.new)})")
            for label, items in (("new evidence", ch.added), ("lost evidence", ch.removed)):
                for e in items:
                    lines.append(f"    {label}: {e.effect} {ctx.where(e.turn)} [{t(e.cue)}] \u201c{t(e.quote)}\u201d")
    return "\n".join(lines) + "\n"


def _md_evidence(e, ctx: CardContext) -> str:
    return f"**{e.effect}** {ctx.where(e.turn)}: \u201c{cm.inline(e.quote)}\u201d (cue {cm.code(e.cue)})"


def render_md(card: Scorecard, context: CardContext | None = None) -> str:
    """CommonMark report: every quote, name and cue renders as the literal text it is."""
    ctx = _ctx(context, card)
    lines = ["# Scorecard", ""]
    lines += [
        f"- {label}: {cm.code(value) if label == 'Session' else cm.inline(value)}" for label, value in ctx.facts(card)
    ]
    if card.notice:
        lines += ["", f"> **Notice:** {cm.inline(card.notice)}"]
    for d in card.dimensions:
        exp = _expectation(card, d)
        lines += ["", f"## {cm.inline(d.name)}: {_level(d)}" + (f" ({exp})" if exp else ""), ""]
        if d.summary:
            lines += [cm.line_start(d.summary), ""]
        for e in d.evidence:
            lines.append(f"- {_md_evidence(e, ctx)}")
    lines += ["", f"**Overall:** {cm.inline(_overall(card))}"]
    if card.bar is not None:
        head, *reasons = _bar(card)
        lines += ["", f"**{cm.inline(head)}**", ""] + [f"- {cm.inline(r.strip()[2:])}" for r in reasons]
    if card.stories:
        lines += ["", "## Stories", ""] + [f"- {cm.inline(s.line)}" for s in card.stories]
    if card.ignored:
        lines += ["", "## Ignored (addressed to the grader)", ""]
        lines += [f"- {ctx.where(i.turn)}: \u201c{cm.inline(i.quote)}\u201d" for i in card.ignored]
    if card.reframes:
        lines += ["", "## Reframes", ""]
        for r in card.reframes:
            story = f"story {r.story}, " if r.story is not None else ""
            lines.append(
                f"- {story}{ctx.where(r.turn)} ({cm.inline(r.locus)}): \u201c{cm.inline(r.phrase)}\u201d \u2192 "
                f"{cm.inline(r.question)}"
            )
    if ctx.original is not None:
        lines += ["", "## Changes from the original card"]
        for ch in compare(ctx.original, card):
            lines += ["", f"### {cm.inline(ch.name)}: {_lv(ch.old)} \u2192 {_lv(ch.new)} ({_arrow(ch.old, ch.new)})"]
            moved = [("new evidence", e) for e in ch.added] + [("lost evidence", e) for e in ch.removed]
            if moved:
                lines.append("")
            lines += [f"- {label}: {_md_evidence(e, ctx)}" for label, e in moved]
    return "\n".join(lines) + "\n"


def scorecard_json(card: Scorecard, context: CardContext | None = None) -> dict:
    """The documented JSON, plus ``expected_levels`` and ``notice`` when present.

    With a context it also carries ``session`` (id, scenario, date), an ``answer`` number
    beside each raw ``turn``, and for a re-score the ``original`` rubric and the per-dimension changes.
    """
    data = card.public_json()
    if card.level_expected:
        data["expected_levels"] = dict(card.level_expected)
    if card.notice:
        data["notice"] = card.notice
    if context is None:
        return data
    data["session"] = {"id": context.session_id, "scenario": context.scenario, "date": context.date}
    for dim in data["dimensions"]:
        for ev in dim["evidence"]:
            ev["answer"] = context.answers.get(ev["turn"])
    for reframe in data["reframes"]:
        reframe["answer"] = context.answers.get(reframe["turn"])
    if context.original is not None:
        data["rescore"] = {"rescored_at": context.rescored_at, **compare_json(context.original, card)}
    return data


def render_json(card: Scorecard, context: CardContext | None = None) -> str:
    """Stable JSON text (same scorecard, same bytes)."""
    return json.dumps(scorecard_json(card, context), indent=2, ensure_ascii=False) + "\n"


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.45;color:#222}"
    "blockquote{margin:.3rem 0 .3rem 1rem;color:#333}.plus{color:#05652b}.minus{color:#9b1c1c}"
    ".meta{color:#666}.dim{border-top:1px solid #ddd;padding-top:.5rem}"
)


def render_html(card: Scorecard, context: CardContext | None = None, extra_html: Sequence[str] = ()) -> str:
    """Standalone HTML page; every dynamic string is HTML-escaped, no scripts.

    ``extra_html``: sections Locus built itself, already escaped (e.g. the progress trend as inline SVG).
    """
    ctx = _ctx(context, card)

    def h(text: str) -> str:
        return html.escape(inert_text(text), quote=True)

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>Scorecard</title><style>{_CSS}</style></head><body>",
        "<h1>Scorecard</h1>",
        '<dl class="meta">' + "".join(f"<dt>{h(k)}</dt><dd>{h(v)}</dd>" for k, v in ctx.facts(card)) + "</dl>",
    ]
    if card.notice:
        parts.append(f"<p><strong>Notice:</strong> {h(card.notice)}</p>")
    for d in card.dimensions:
        exp = _expectation(card, d)
        parts.append(f'<section class="dim"><h2>{h(d.name)}: {h(_level(d))}</h2>')
        if exp:
            parts.append(f'<p class="meta">{h(exp)}</p>')
        if d.summary:
            parts.append(f"<p>{h(d.summary)}</p>")
        if d.evidence:
            parts.append("<ul>")
            for e in d.evidence:
                cls = "plus" if e.effect == "+" else "minus"
                parts.append(
                    f'<li class="{cls}">{h(e.effect)} {ctx.where(e.turn)} <code>{h(e.cue)}</code>'
                    f"<blockquote>{h(e.quote)}</blockquote></li>"
                )
            parts.append("</ul>")
        parts.append("</section>")
    parts.append(f"<h2>Overall</h2><p>{h(_overall(card))}</p>")
    if card.bar is not None:
        head, *reasons = _bar(card)
        parts.append(f"<h2>{h(head)}</h2><ul>" + "".join(f"<li>{h(r.strip()[2:])}</li>" for r in reasons) + "</ul>")
    if card.stories:
        parts.append("<h2>Stories</h2><ul>" + "".join(f"<li>{h(s.line)}</li>" for s in card.stories) + "</ul>")
    if card.ignored:
        parts.append(
            "<h2>Ignored (addressed to the grader)</h2><ul>"
            + "".join(f"<li>{h(ctx.where(i.turn))}: <q>{h(i.quote)}</q></li>" for i in card.ignored)
            + "</ul>"
        )
    if card.reframes:
        parts.append("<h2>Reframes</h2><ul>")
        for r in card.reframes:
            parts.append(f"<li>{ctx.where(r.turn)} ({h(r.locus)}): <q>{h(r.phrase)}</q> &rarr; {h(r.question)}</li>")
        parts.append("</ul>")
    if ctx.original is not None:
        parts.append("<h2>Changes from the original card</h2><ul>")
        for ch in compare(ctx.original, card):
            moved = "".join(
                f"<li>{label}: {h(e.effect)} {ctx.where(e.turn)} <code>{h(e.cue)}</code> <q>{h(e.quote)}</q></li>"
                for label, items in (("new evidence", ch.added), ("lost evidence", ch.removed))
                for e in items
            )
            parts.append(
                f"<li>{h(ch.name)}: {_lv(ch.old)} &rarr; {_lv(ch.new)} ({_arrow(ch.old, ch.new)})"
                + (f"<ul>{moved}</ul>" if moved else "")
                + "</li>"
            )
        parts.append("</ul>")
    parts.extend(extra_html)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render(card: Scorecard, fmt: str, context: CardContext | None = None, extra_html: Sequence[str] = ()) -> str:
    """Render ``card`` in one of :data:`FORMATS`.

    ``context`` adds the session facts and answer numbers; ``extra_html`` goes into the HTML page only.
    """
    renderers = {"text": render_text, "md": render_md, "json": render_json, "html": render_html}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "html":
        return render_html(card, context, extra_html)
    return renderers[fmt](card, context)
