"""Exports: CommonMark that parses back to the literal quotes, signs and cue ids; session facts in every format."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from agent.rubric.card_context import CardContext
from agent.rubric.commonmark import one_line
from agent.rubric.render import render
from agent.rubric.scorecard import Scorecard
from agent.tui.export import default_export_path, export_scorecard

MIXED = {
    "rubric": {"id": "locus-default", "version": "1.1.0"},
    "scorer": "offline",
    "dimensions": [
        {
            "id": "ownership",
            "name": "Ownership",
            "level": 3,
            "summary": "- looks like a list; 1. and # heading",
            "evidence": [
                {"turn": 10, "quote": "My manager approved the rollback.", "cue": "deflected_decision", "effect": "-"},
                {"turn": 12, "quote": "I made the call to roll back *at once*.", "cue": "owned_call", "effect": "+"},
                {
                    "turn": 4,
                    "quote": "use `kubectl` [docs](http://x) <b>hi</b> &amp; \\o/",
                    "cue": "odd`cue",
                    "effect": "+",
                },
            ],
        },
    ],
    "overall": {"level": 3.0, "recommendation": "Mixed evidence"},
    "reframes": [
        {"turn": 10, "phrase": "My manager approved", "locus": "authority", "question": "What did you recommend?"}
    ],
}
CONTEXT = CardContext(
    session_id="20261201-193000-playback-resume-ab12",
    scenario="Continue watching",
    date="2026-12-01 19:30 UTC",
    answers={4: 2, 10: 5, 12: 6},
)


def _items(md: str) -> list[tuple[str, list]]:
    """(plain text, inline children) of every list item, in order; asserts lists never nest."""
    tokens = MarkdownIt("commonmark").parse(md)
    depth, out = 0, []
    for i, tok in enumerate(tokens):
        if tok.type == "bullet_list_open":
            depth += 1
            assert depth == 1, "a list nested inside a list item"
        elif tok.type == "bullet_list_close":
            depth -= 1
        elif tok.type == "inline" and depth == 1 and tokens[i - 2].type == "list_item_open":
            children = tok.children or []
            out.append(("".join(c.content for c in children if c.type in ("text", "code_inline")), children))
    return out


def test_mixed_evidence_parses_as_commonmark_with_signs_and_cue_ids_intact():
    md = render(Scorecard.model_validate(MIXED), "md", CONTEXT)
    items = dict(_items(md))
    minus = "- answer 5: \u201cMy manager approved the rollback.\u201d (cue deflected_decision)"
    plus = "+ answer 6: \u201cI made the call to roll back *at once*.\u201d (cue owned_call)"
    odd = "+ answer 2: \u201cuse `kubectl` [docs](http://x) <b>hi</b> &amp; \\o/\u201d (cue odd`cue)"
    assert minus in items and plus in items and odd in items
    for text, children in _items(md):
        kinds = {c.type for c in children}
        assert not kinds & {"html_inline", "link_open", "image", "em_open"}, (text, kinds)
    assert [c.content for c in items[minus] if c.type == "code_inline"] == ["deflected_decision"]
    assert "Session: 20261201-193000-playback-resume-ab12" in items
    assert {
        "Scenario: Continue watching",
        "Date: 2026-12-01 19:30 UTC",
        "Rubric: locus-default 1.1.0",
        "Scorer: offline",
    } <= set(items)
    tokens = MarkdownIt("commonmark").parse(md)
    paragraphs = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "paragraph_open"]
    summary = next(p for p in paragraphs if "looks like a list" in p)
    rendered = MarkdownIt("commonmark").render(md)
    assert "<li>looks like a list" not in rendered and "<h1>heading" not in rendered and summary


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_any_quote_renders_as_itself(quote):
    card = json.loads(json.dumps(MIXED))
    card["dimensions"][0]["evidence"] = [{"turn": 12, "quote": quote, "cue": quote[:10] or "c", "effect": "+"}]
    md = render(Scorecard.model_validate(card), "md", CONTEXT)
    items = [text for text, _ in _items(md) if text.startswith("+ answer 6")]
    assert items == [f"+ answer 6: \u201c{one_line(quote)}\u201d (cue {one_line(quote[:10] or 'c') or '(none)'})"]


def test_every_format_names_scenario_date_session_rubric_and_scorer(tmp_path):
    card = Scorecard.model_validate(MIXED)
    for fmt in ("md", "html", "text"):
        out = render(card, fmt, CONTEXT)
        for fact in (
            "20261201-193000-playback-resume-ab12",
            "Continue watching",
            "2026-12-01 19:30 UTC",
            "locus-default 1.1.0",
            "offline",
        ):
            assert fact in out, (fmt, fact)
        assert "answer 6" in out and "turn 12" not in out
    data = json.loads(render(card, "json", CONTEXT))
    assert data["session"] == {"id": CONTEXT.session_id, "scenario": "Continue watching", "date": CONTEXT.date}
    assert data["rubric"] == {"id": "locus-default", "version": "1.1.0"} and data["scorer"] == "offline"
    ev = data["dimensions"][0]["evidence"][0]
    assert ev["turn"] == 10 and ev["answer"] == 5, "the raw event turn stays beside the answer number"


def test_exports_go_beside_the_session_or_to_the_configured_directory(tmp_path):
    session = tmp_path / "sessions" / "abc.jsonl"
    assert default_export_path(session, "abc", None) == tmp_path / "sessions" / "abc.scorecard.md"
    assert (
        default_export_path(session, "abc", tmp_path / "out", "rescore-x")
        == tmp_path / "out" / "abc.rescore-x.scorecard.md"
    )
    written = export_scorecard(MIXED, tmp_path / "deep" / "dir" / "card.md", CONTEXT)
    assert written.is_absolute() and written.read_text().startswith("# Scorecard")


@pytest.mark.parametrize("fmt", ["md", "html", "text", "json"])
def test_a_rescore_carries_what_moved(fmt):
    original = json.loads(json.dumps(MIXED))
    original["dimensions"][0]["level"] = 4
    original["rubric"] = {"id": "old-rubric", "version": "0.9"}
    context = CardContext(
        **{**CONTEXT.__dict__, "original": Scorecard.model_validate(original), "rescored_at": "2026-12-02 10:00 UTC"}
    )
    context.original.dimensions[0].evidence.pop()
    out = render(Scorecard.model_validate(MIXED), fmt, context)
    if fmt == "json":
        data = json.loads(out)
        assert data["rescore"]["old_rubric"]["id"] == "old-rubric"
        assert data["rescore"]["dimensions"][0]["old_level"] == 4 and data["rescore"]["dimensions"][0]["new_level"] == 3
    else:
        assert "old-rubric 0.9" in out and "2026-12-02 10:00 UTC" in out
        assert "down" in out and "new evidence" in out
    if fmt == "md":
        assert any(text.startswith("new evidence: + answer 2") for text, _ in _items(out))
