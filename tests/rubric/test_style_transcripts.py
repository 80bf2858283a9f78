"""Transcripts (strong ones first) retold in another style keep their levels (issue 10, item 5), at the scorecard level.

The styled versions are derived mechanically from clean transcripts (``style_variants.py``): lower case,
no apostrophes, "i", seeded slips in the words signals rely on and fillers (``casual``); sentences joined
into 60-120-word run-ons (``runon``).  ``bench/bench_style_transcripts.py`` measures the same over every
transcript and variant; first sight before any fix is in bench/README.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from style_variants import styled

from agent.rubric.loader import load_rubric
from agent.rubric.scorer import score_offline
from agent.transcript.parse import parse_transcript

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[1] / "rubrics" / "default.rubric.yaml"
STRONG = {
    "casual": (
        "fresh/s04-consult-then-decide",
        "fresh/s07-owned-hindsight",
        "fresh/s08-scope-senior",
        "classes/k06-timetable-strong",
        "classes/k07-grocery-strong",
        "classes/g01-baggage-owner",
        "classes/f01-farm-owner",
        "heldout/h04-parking-consult",
        "classes/u02-archive-argues",
        "fresh/s02-reckless-hero",  # blame typed without the possessive's apostrophe: "the product teams problem"
    ),
    "runon": (
        "fresh/s04-consult-then-decide",
        "fresh/s07-owned-hindsight",
        "fresh/s08-scope-senior",
        "classes/k07-grocery-strong",
        "classes/g01-baggage-owner",
        "classes/f01-farm-owner",
        "heldout/h04-parking-consult",
        "classes/u02-archive-argues",
        # weaker candidates whose run-on retelling moved a level before run-ons were read clause by clause
        "classes/f05-junior-museum",
        "fresh/s01-blame-shifter",
        "fresh/s12-wrapup-questions",
        "heldout/h03-empty-video",
        "heldout/h07-library-hypothetical",
        # a fault owned after a joining "then" ("..., not exam weeks, then that one is on me"): denied no more
        "classes/k06-timetable-strong",
    ),
    # both at once; these moved a level before the speller took every inflection of the analysis' words ("chos")
    # and the run-on cutter kept a reason with its act
    "casual_runon": (
        "classes/k05-newsroom-junior",
        "fresh/s09-scope-twin",
        "fresh/s04-consult-then-decide",
        "classes/g01-baggage-owner",
    ),
}


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(DEFAULT)


def turns_of(name: str):
    return parse_transcript((HERE / f"{name}.txt").read_text())


def levels(card) -> dict[str, int | None]:
    return {d.id: d.level for d in card.dimensions}


@pytest.mark.parametrize(("variant", "name"), [(v, n) for v, names in STRONG.items() for n in names])
def test_transcript_keeps_its_levels_in_another_style(rubric, variant: str, name: str) -> None:
    turns = turns_of(name)
    clean = score_offline(turns, rubric, level="senior")
    retold = score_offline(styled(turns, variant), rubric, level="senior")
    assert levels(retold) == levels(clean)
    assert retold.bar.met == clean.bar.met


def sentence_lengths(turns) -> list[int]:
    return [len(s.split()) for t in turns if t.speaker == "candidate" for s in re.split(r"(?<=[.!?])\s+", t.text) if s]


def test_variants_really_change_the_candidate_text_only() -> None:
    turns = turns_of("fresh/s04-consult-then-decide")
    casual, runon = styled(turns, "casual"), styled(turns, "runon")
    assert styled(turns, "casual") == casual  # seeded: the same every run
    for a, b, c in zip(turns, casual, runon, strict=True):
        if a.speaker == "interviewer":
            assert a.text == b.text == c.text
        else:
            assert not re.search(r"[A-Z']", b.text)  # lower case, no apostrophes
    answers = [(a.text.lower(), b.text) for a, b in zip(turns, casual, strict=True) if a.speaker == "candidate"]
    assert sum(a != b for a, b in answers) * 2 > len(answers)  # slips and fillers in most answers
    assert len(sentence_lengths(runon)) * 2 < len(sentence_lengths(turns))
    assert max(sentence_lengths(runon)) >= 60
