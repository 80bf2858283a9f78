"""Another party's team holds the call: "the vendor's team decided" is not the speaker's group.

Written before the fix (lead, 2026-12-02), from a workshop reading that showed "The vendor's team decided…" as held by
"the group": first sight 5 of 10 right (every possessed team other than ours read as group).
"""

from __future__ import annotations

import pytest

from agent.analysis import analyze_many
from agent.analysis.learned import arbiter

CASES = [
    ("The vendor's team decided to switch gateways on Friday.", "authority"),
    ("Acme's team chose the new tariff engine without asking us.", "authority"),
    ("The client's team picked the launch date.", "authority"),
    ("Their team decided to drop the legacy API.", "authority"),
    ("The hospital's team insisted on a paper fallback.", "authority"),
    ("The carrier's ops team signed off on the new routing.", "authority"),
    ("My team decided to move the standup to the afternoon.", "group"),
    ("Our team chose Postgres after a long debate.", "group"),
    ("I told the vendor's team that I had decided to switch gateways on Friday.", "self"),
    ("The vendor's team ran the migration scripts overnight.", "none"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_possessed_team(nlp, text: str, want: str) -> None:
    with arbiter.disabled():
        (rules,) = analyze_many([text])
    (shipped,) = analyze_many([text])
    assert rules.locus == want
    # The learned arbiter may move a probe to another probe class ("their team" -> group) but never out of probing.
    assert shipped.probe == rules.probe
