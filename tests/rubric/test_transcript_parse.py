"""Plain transcript parsing: speakers, continuation lines, blank lines, clear errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.transcript.models import Turn
from agent.transcript.parse import TranscriptError, format_transcript, parse_transcript


def test_continuations_and_blank_lines() -> None:
    text = "\ufeffInterviewer: Hi.\n\nCandidate: First line\nsecond line\n\n  third after blank\nInterviewer:Next?\r\ncandidate : ok\n"
    turns = parse_transcript(text)
    assert [(t.number, t.speaker) for t in turns] == [
        (1, "interviewer"),
        (2, "candidate"),
        (3, "interviewer"),
        (4, "candidate"),
    ]
    assert turns[1].text == "First line\nsecond line\n\n  third after blank"
    assert turns[2].text == "Next?"
    assert turns[3].text == "ok"


def test_text_before_first_turn_is_an_error() -> None:
    with pytest.raises(TranscriptError, match="line 2: text before the first turn"):
        parse_transcript("\nHello there\nCandidate: hi")


@pytest.mark.parametrize("text", ["", "   \n\n", "just some notes\nwith no speakers"])
def test_no_turns_is_an_error(text: str) -> None:
    with pytest.raises(TranscriptError):
        parse_transcript(text)


_line = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\n\r\x85"),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(lambda s: s and not s.lower().replace(" ", "").startswith(("interviewer:", "candidate:")))
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["interviewer", "candidate"]), st.lists(_line, min_size=1, max_size=3)),
        min_size=1,
        max_size=8,
    )
)
def test_format_then_parse_round_trips(turns_spec: list[tuple[str, list[str]]]) -> None:
    turns = [Turn(number=i, speaker=spk, text="\n".join(lines)) for i, (spk, lines) in enumerate(turns_spec, start=1)]
    parsed = parse_transcript(format_transcript(turns))
    assert parsed == turns


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_or_fails_cleanly(text: str) -> None:
    try:
        turns = parse_transcript(text)
    except TranscriptError as exc:
        assert str(exc)
        return
    assert [t.number for t in turns] == list(range(1, len(turns) + 1))
    assert all(t.speaker in ("interviewer", "candidate") for t in turns)
