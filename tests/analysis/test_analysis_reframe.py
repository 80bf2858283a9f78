"""Reframing questions ask, quote the phrase and never invent facts."""

from __future__ import annotations

import pytest

from agent.analysis import Span, analyze, reframe_question


@pytest.mark.parametrize("locus", ["authority", "group", "process", "agentless", "hedged"])
def test_question_quotes_the_phrase_and_asks(locus: str) -> None:
    span = Span(start=0, end=20, text="my manager approved", locus=locus, cue="x")
    question = reframe_question(span)
    assert "my manager approved" in question
    assert "?" in question
    # Suggestions are fill-in templates or questions, never a finished claim of autonomy.
    assert "I decided" not in question.replace("“I decided to ___", "")


def test_question_is_inert_for_hostile_text() -> None:
    span = Span(start=0, end=9, text="\x1b[2Jwe\x07 agreed", locus="group", cue="x")
    question = reframe_question(span)
    assert "\x1b" not in question and "\x07" not in question


def test_authority_question_asks_whose_call_it_was(nlp) -> None:
    result = analyze("I got approval from security before rotating the keys.")
    question = reframe_question(result.probe_spans()[0])
    assert "call" in question.lower()
    assert "___" in question
