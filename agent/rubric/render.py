"""Scorecard renderers: plain text (inert), Markdown, JSON and standalone HTML.

Quotes are candidate text, so every renderer treats them as data: control and
escape characters are stripped, Markdown and HTML special characters escaped.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence

from agent.rubric.scorecard import DimensionScore, Scorecard
from agent.util.inert import inert_text

FORMATS = ("text", "md", "json", "html")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


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


def _where(card: Scorecard, turn: int) -> str:
    """How a candidate finds a quote: "answer 3" (the raw turn number stays in the JSON)."""
    n = card.answer_numbers.get(turn)
    return f"answer {n}" if n is not None else f"turn {turn}"


def _bar(card: Scorecard) -> list[str]:
    """The seniority bar's verdict and its reasons, as plain lines."""
    if card.bar is None:
        return []
    verdict = "met" if card.bar.met else "not met"
    name = "Senior" if card.bar.level == "senior" else card.bar.level
    return [f"{name} bar: {verdict}"] + [f"  - {r}" for r in card.bar.reasons]


def render_text(card: Scorecard) -> str:
    """Plain text for the terminal: no markup, no escape sequences from quotes."""
    t = inert_text
    lines = [f"Scorecard ({t(_header(card))})"]
    if card.notice:
        lines.append(f"Notice: {t(card.notice)}")
    for d in card.dimensions:
        exp = _expectation(card, d)
        lines += ["", f"{t(d.name)}: {_level(d)}" + (f"  ({exp})" if exp else "")]
        if d.summary:
            lines.append(f"  {t(d.summary)}")
        for e in d.evidence:
            lines.append(f"  {e.effect} {_where(card, e.turn)}: \u201c{t(e.quote)}\u201d  [{t(e.cue)}]")
    lines += ["", f"Overall: {t(_overall(card))}"]
    if card.bar is not None:
        lines += [""] + [t(line) for line in _bar(card)]
    if card.stories:
        lines += ["", "Stories:"] + [f"  {t(s.line)}" for s in card.stories]
    if card.ignored:
        lines += ["", "Ignored (addressed to the grader, never evidence):"]
        lines += [f"  {_where(card, i.turn)}: \u201c{t(i.quote)}\u201d" for i in card.ignored]
    if card.reframes:
        lines += ["", "Reframes (one per story: its key deflection -> a question to re-tell it):"]
        for r in card.reframes:
            story = f"story {r.story}, " if r.story is not None else ""
            lines.append(f"  {story}{_where(card, r.turn)} ({t(r.locus)}): \u201c{t(r.phrase)}\u201d")
            lines.append(f"    -> {t(r.question)}")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", inert_text(text)).replace("\n", " ")


def render_md(card: Scorecard) -> str:
    """Markdown report (quotes escaped so they render as text)."""
    lines = ["# Scorecard", "", f"*{_md(_header(card))}*"]
    if card.notice:
        lines += ["", f"> **Notice:** {_md(card.notice)}"]
    for d in card.dimensions:
        exp = _expectation(card, d)
        lines += ["", f"## {_md(d.name)}: {_level(d)}" + (f" ({exp})" if exp else ""), ""]
        if d.summary:
            lines += [_md(d.summary), ""]
        for e in d.evidence:
            lines.append(f"- {e.effect} {_where(card, e.turn)}: \u201c{_md(e.quote)}\u201d (`{_md(e.cue)}`)")
    lines += ["", f"**Overall:** {_md(_overall(card))}"]
    if card.bar is not None:
        head, *reasons = _bar(card)
        lines += ["", f"**{_md(head)}**", ""] + [f"- {_md(r.strip()[2:])}" for r in reasons]
    if card.stories:
        lines += ["", "## Stories", ""] + [f"- {_md(s.line)}" for s in card.stories]
    if card.ignored:
        lines += ["", "## Ignored (addressed to the grader)", ""]
        lines += [f"- {_where(card, i.turn)}: \u201c{_md(i.quote)}\u201d" for i in card.ignored]
    if card.reframes:
        lines += ["", "## Reframes", ""]
        for r in card.reframes:
            lines.append(f"- {_where(card, r.turn)} ({_md(r.locus)}): \u201c{_md(r.phrase)}\u201d \u2192 {_md(r.question)}")
    return "\n".join(lines) + "\n"


def scorecard_json(card: Scorecard) -> dict:
    """The documented JSON, plus ``expected_levels`` and ``notice`` when present."""
    data = card.public_json()
    if card.level_expected:
        data["expected_levels"] = dict(card.level_expected)
    if card.notice:
        data["notice"] = card.notice
    return data


def render_json(card: Scorecard) -> str:
    """Stable JSON text (same scorecard, same bytes)."""
    return json.dumps(scorecard_json(card), indent=2, ensure_ascii=False) + "\n"


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.45;color:#222}"
    "blockquote{margin:.3rem 0 .3rem 1rem;color:#333}.plus{color:#05652b}.minus{color:#9b1c1c}"
    ".meta{color:#666}.dim{border-top:1px solid #ddd;padding-top:.5rem}"
)


def render_html(card: Scorecard, extra_html: Sequence[str] = ()) -> str:
    """Standalone HTML page; every dynamic string is HTML-escaped, no scripts.

    ``extra_html``: sections Locus built itself, already escaped (e.g. the progress trend as inline SVG).
    """

    def h(text: str) -> str:
        return html.escape(inert_text(text), quote=True)

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>Scorecard</title><style>{_CSS}</style></head><body>",
        "<h1>Scorecard</h1>",
        f'<p class="meta">{h(_header(card))}</p>',
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
                    f'<li class="{cls}">{h(e.effect)} {h(_where(card, e.turn))} <code>{h(e.cue)}</code>'
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
        parts.append("<h2>Ignored (addressed to the grader)</h2><ul>"
                     + "".join(f"<li>{h(_where(card, i.turn))}: <q>{h(i.quote)}</q></li>" for i in card.ignored) + "</ul>")
    if card.reframes:
        parts.append("<h2>Reframes</h2><ul>")
        for r in card.reframes:
            parts.append(f"<li>{h(_where(card, r.turn))} ({h(r.locus)}): <q>{h(r.phrase)}</q> &rarr; {h(r.question)}</li>")
        parts.append("</ul>")
    parts.extend(extra_html)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render(card: Scorecard, fmt: str, extra_html: Sequence[str] = ()) -> str:
    """Render ``card`` in one of :data:`FORMATS` (``extra_html`` goes into the HTML page only)."""
    renderers = {"text": render_text, "md": render_md, "json": render_json, "html": render_html}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "html":
        return render_html(card, extra_html)
    return renderers[fmt](card)
