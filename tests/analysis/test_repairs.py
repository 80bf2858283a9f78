"""Subject self-repairs and "nobody but X" rewritten before parsing (agent/analysis/repairs.py)."""

from __future__ import annotations

import pytest

from agent.analysis.normalize import normalize


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("I -- well, we, the whole team -- chose Kotlin.", "We, the whole team, chose Kotlin."),
        ("We -- no, actually I -- decided to revert.", "I decided to revert."),
        ("We, I mean the release board, decided to hold it.", "The release board decided to hold it."),
        ("My manager, sorry, my skip-level, signed off.", "My skip-level signed off."),
        ("They -- well, me, really -- picked it.", "I, really, picked it."),
        ("Nobody but me approved the hotfix.", "I alone approved the hotfix."),
    ],
)
def test_repaired_subject(text: str, clean: str) -> None:
    assert normalize(text).text == clean


@pytest.mark.parametrize(
    "text",
    [
        "I -- like everyone on the team -- hated the old build.",
        "I -- no joke -- chose the vendor in ten minutes.",
        "My director, sorry to say, never read the doc.",
        "My manager -- well, she decided to cancel the trip.",
        "The board, well, they chose the vendor.",
        "I told nobody but my lead.",
    ],
)
def test_not_a_repair(text: str) -> None:
    assert normalize(text).text == text


def test_quote_maps_back() -> None:
    text = "We, I mean the release board, decided to hold the build."
    n = normalize(text)
    start = n.text.index("release board decided")
    s, e = n.to_original(start, start + len("release board decided"))
    assert text[s:e].startswith("release board") and text[s:e].endswith("decided")
