"""Juniors with small stakes and mixed cases (helper scale8), on fresh transcripts in tests/rubric/smallstakes.

Classes and first sight (J/O/I, before the fixes):
- a question asked across the career inside a story ("did you ever have to ...", "have you had to ...") read
  as a follow-up, so two episodes became one story: n01, n02, n04, n05 were one story each;
- an honest "not yet ... I haven't had to make that kind of call" read as an empty claim: n06 2/2/2;
- "next time I'd just fix it and tell him" (a reasoned act-then-inform hypothetical) not heard: n01 3/3/2;
- a small, cheap slip owned well (a label bug with a unit test, the reporter told) read as ownership 5: n05 O 5
  once its stories were split (n07 4, n08 5, n09 4 at first sight).  5 now needs the stakes named: what the
  owned failure cost, or the scale the work reached (n05 4, n07 4, n08 5, n09 4).
See smallstakes/expected.yaml for the levels the anchors give and why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.stories import read_transcript
from agent.stories.questions import classify
from agent.transcript.parse import parse_transcript
from tests.rubric.batch_levels import DIMS, load_cases, scored_cards

HERE = Path(__file__).resolve().parent
CASES = {c.name: c for c in load_cases(HERE / "smallstakes")}


@pytest.fixture(scope="module")
def cards():
    return scored_cards(CASES)


def _keys(name: str) -> list[set[str]]:
    reading = read_transcript(parse_transcript(CASES[name].path.read_text()))
    return [{s.key for s in story.signals} for story in reading.behavioural()]


def _levels(card) -> dict[str, int | None]:
    return {d.id: d.level for d in card.dimensions}


@pytest.mark.parametrize(
    "question",
    [
        "Did you ever have to decide whether to act or wait for someone?",
        "Have you had to wait for approval on something?",
        "Was there ever a point where you had to choose between acting and waiting?",
        "Have you ever worked on something outside your team?",
        "Were you ever waiting on another team?",
        "And something that went badly?",
    ],
)
def test_a_question_asked_across_the_career_opens_a_new_story(question: str) -> None:
    assert classify(question, inside_story=True) == "past_experience"


@pytest.mark.parametrize(
    "question",
    [
        "Did you ever tell them about it?",
        "Did you ever find out why that happened?",
        "Have you done that again since?",
        "Did anything go wrong?",
        "Did you need permission to stop the wave?",
    ],
)
def test_a_question_that_points_back_at_the_story_stays_a_follow_up(question: str) -> None:
    assert classify(question, inside_story=True) == "follow_up"


@pytest.mark.parametrize(
    ("name", "answers"),
    [
        ("n01-library-asks-once", [[6], [8]]),
        ("n02-clinic-career-question", [[6], [8, 10]]),
        ("n03-shop-follow-up-back-reference", [[6, 8, 10]]),
        ("n04-council-waits-for-gate", [[6], [8, 10]]),
        ("n05-bakery-typo-owner", [[6], [8, 10]]),
    ],
)
def test_stories_follow_the_questions(name: str, answers: list[list[int]]) -> None:
    reading = read_transcript(parse_transcript(CASES[name].path.read_text()))
    assert [s.answer_turns for s in reading.behavioural()] == answers


def test_an_honest_not_yet_is_no_claim_and_no_evidence(cards) -> None:
    assert not _keys("n06-museum-nothing-to-decide")[-1] & {"empty_claim", "empty_story", "repeated_claims"}
    got = _levels(cards("n06-museum-nothing-to-decide"))
    assert got["independence"] is None and got["judgment"] == 3 and got["ownership"] in (2, 3), got


def test_next_time_i_would_just_fix_it_and_tell_him_balances_the_permission_asked(cards) -> None:
    assert {"hypothetical_independence", "waited_for_approval"} <= _keys("n01-library-asks-once")[-1]
    assert _levels(cards("n01-library-asks-once")) == {"judgment": 3, "ownership": 3, "independence": 3}


@pytest.mark.parametrize(
    "name", ["n01-library-asks-once", "n03-shop-follow-up-back-reference", "n06-museum-nothing-to-decide"]
)
def test_each_case_lands_in_its_accepted_range(cards, name: str) -> None:
    got = _levels(cards(name))
    assert all(CASES[name].ok(d, got[d]) for d in DIMS), (name, got, CASES[name].levels)


@pytest.mark.parametrize("name", ["n05-bakery-typo-owner", "n07-cinema-receipt-slip"])
def test_a_cheap_slip_owned_well_is_ownership_4_not_5(cards, name: str) -> None:
    assert not any("stakes_named" in keys for keys in _keys(name))
    assert _levels(cards(name))["ownership"] == 4


def test_an_owned_failure_with_its_cost_named_still_reaches_5(cards) -> None:
    assert "stakes_named" in _keys("n08-freight-costly-owner")[0]
    assert _levels(cards("n08-freight-costly-owner"))["ownership"] == 5


@pytest.mark.parametrize(
    "name",
    ["n05-bakery-typo-owner", "n07-cinema-receipt-slip", "n08-freight-costly-owner", "n09-clinic-owner-nothing-wrong"],
)
def test_ownership_cases_land_in_their_accepted_range(cards, name: str) -> None:
    got = _levels(cards(name))
    assert CASES[name].ok("ownership", got["ownership"]), (name, got)
