"""The blind-set failure classes (issue 10), on fresh transcripts written for them (tests/rubric/classes).

Each class was written and scored before it was fixed; first sight (J/O/I): strong owner in own remit
5/4/4, lower case with typos 4/5/4, run-on 4/5/4, reckless hero 2/4/2, junior without an act-or-wait
situation 4/3/4, blame-shifter who says "I decided" 3/1/3.  A second transcript per class (g01-g05), written
after those fixes, at first sight: 4/5/4, 4/4/4, 1/1/2, 3/3/3 (junior: independence still scored) and 1/1/2
(blame-shifter: judgment one below).  See classes/expected.yaml for the levels and why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.rubric.loader import load_rubric
from agent.rubric.scorer import score_offline
from agent.transcript.parse import parse_transcript
from tests.rubric.batch_levels import DIMS, load_cases, scored_cards

HERE = Path(__file__).resolve().parent
CASES = {c.name: c for c in load_cases(HERE / "classes")}


@pytest.fixture(scope="module")
def levels():
    rubric = load_rubric(HERE.parents[1] / "rubrics" / "default.rubric.yaml")
    cache: dict[str, dict[str, int | None]] = {}

    def get(name: str) -> dict[str, int | None]:
        if name not in cache:
            card = score_offline(parse_transcript(CASES[name].path.read_text()), rubric, level="senior")
            cache[name] = {d.id: d.level for d in card.dimensions}
        return cache[name]

    return get


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_class_lands_in_its_accepted_range(levels, name: str) -> None:
    got = levels(name)
    assert all(CASES[name].ok(d, got[d]) for d in DIMS), (name, got, CASES[name].levels)


@pytest.mark.parametrize("name", ["f01-farm-owner", "f02-pharmacy-lowercase", "f03-bus-runon"])
def test_strong_owners_in_their_own_remit_reach_the_top_of_ownership(levels, name: str) -> None:
    # Nothing went wrong, or the outcome is owned in ordinary words: still an owner, however it is typed.
    assert levels(name)["ownership"] == 5


@pytest.mark.parametrize("name", ["f04-lab-reckless", "g03-kitchen-reckless"])
def test_a_reckless_hero_never_reaches_4_nor_3_on_what_he_games(levels, name: str) -> None:
    got = levels(name)
    assert all(v is not None and v < 4 for v in got.values()), got
    assert got["ownership"] <= 2 and got["independence"] <= 2 and got["judgment"] == 1, got


@pytest.mark.parametrize("name", ["f05-junior-museum", "g04-junior-clinic"])
def test_a_junior_with_no_act_or_wait_situation_has_no_independence_level(levels, name: str) -> None:
    got = levels(name)
    assert got["independence"] is None and got["judgment"] == 3 and got["ownership"] == 3, got


@pytest.mark.parametrize("name", ["f06-payouts-blame", "g05-grants-blame"])
def test_saying_i_decided_does_not_lift_a_blame_shifter(levels, name: str) -> None:
    got = levels(name)
    assert got["ownership"] == 1 and got["judgment"] == 2 and got["independence"] <= 3, got


# Third batch (k01-k10): written and scored once before the fixes of that batch; first sight in classes/expected.yaml.


@pytest.fixture(scope="module")
def cards():
    return scored_cards(CASES, level="senior")


@pytest.mark.parametrize("name", ["k01-water-reported", "k02-hotel-reported"])
def test_reporting_to_the_owning_team_is_not_scope_extension(cards, name: str) -> None:
    # "I filed a ticket with the identity team and they patched it": useful, but their work, not the candidate's.
    card = cards(name)
    assert card.senior_bar_met is False
    assert not any("scope_extension" in s.signals for s in card.stories), [s.signals for s in card.stories]
    assert {d.id: d.level for d in card.dimensions}["independence"] <= 4


@pytest.mark.parametrize("name", ["k03-rental-blame", "k10-ferry-blame"])
def test_a_blame_shifter_who_acts_alone_stays_at_3_or_below_on_independence(cards, name: str) -> None:
    got = {d.id: d.level for d in cards(name).dimensions}
    assert got["ownership"] == 1 and got["independence"] <= 3 and got["judgment"] <= 2, got


@pytest.mark.parametrize("name", ["k04-vet-runon", "k08-payroll-runon", "k06-timetable-strong", "k07-grocery-strong"])
def test_an_owned_outcome_is_heard_in_run_on_and_ordinary_wording(cards, name: str) -> None:
    card = cards(name)
    got = {d.id: d.level for d in card.dimensions}
    assert got["ownership"] >= 4 and got["judgment"] >= 4, got
    assert any("owned_outcome" in s.signals for s in card.stories)


@pytest.mark.parametrize("name", ["k05-newsroom-junior", "k09-clinic-junior"])
def test_a_call_inside_assigned_tickets_is_no_act_or_wait_situation(cards, name: str) -> None:
    dims = {d.id: d for d in cards(name).dimensions}
    assert dims["independence"].level is None and dims["independence"].evidence == []
    assert dims["ownership"].level == 3
