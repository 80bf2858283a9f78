"""Probe choice, quoting and template fit on fresh answers (tests/interviewer/probe_cases.py)."""

from __future__ import annotations

import itertools
import re

import pytest

from agent.analysis import analyze
from agent.interviewer.bank import load_bank
from agent.interviewer.deflection import APPROVAL
from agent.interviewer.probe_choice import rank_candidates, why_chosen
from agent.interviewer.wording import probe_text
from tests.interviewer.probe_cases import DANGLING, KINDS, LONG_CLAUSE, QUOTES, RANKING

SIGN_OFF = re.compile(r"sign(?:ed)?[- ]?off|approv|green light|permission", re.I)


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def _last_word(quote: str) -> str:
    return quote.split()[-1].lower().strip(".,;:!?\u2026")


@pytest.mark.parametrize(("answer", "words"), QUOTES, ids=[a[:40] for a, _ in QUOTES])
def test_quote_is_the_whole_decision_with_its_object(answer: str, words: list[str]) -> None:
    top = rank_candidates(analyze(answer))[0]
    assert top.quote.text in answer, "a quote is always the candidate's verbatim words"
    for word in words:
        assert word.lower() in top.quote.text.lower(), (top.quote.text, word)
    assert _last_word(top.quote.text) not in DANGLING, top.quote.text


def test_long_clause_is_cut_at_a_phrase_boundary_with_an_ellipsis(bank) -> None:
    top = rank_candidates(analyze(LONG_CLAUSE))[0]
    assert top.quote.trimmed and top.quote.text in LONG_CLAUSE
    assert len(top.quote.text) <= 120
    assert _last_word(top.quote.text) not in DANGLING, top.quote.text
    text, _template = probe_text(bank, top.weighing.kind, top.quote.text, "k", set(), trimmed=True)
    assert f"{top.quote.text} \u2026\u201d" in text


@pytest.mark.parametrize(("answer", "wanted"), RANKING, ids=[a[:40] for a, _ in RANKING])
def test_strongest_deflection_ranks_first(answer: str, wanted: str) -> None:
    ranked = rank_candidates(analyze(answer))
    if len(ranked) < 2:
        pytest.xfail("the analyzer found one deflection only (analyzer recall, not ranking)")
    assert wanted.lower() in ranked[0].quote.text.lower(), [c.quote.text for c in ranked]
    why = why_chosen(ranked[0], ranked[1:])
    assert "ranked above" in why and ranked[1].quote.text in why


@pytest.mark.parametrize(("answer", "kind"), KINDS, ids=[a[:40] for a, _ in KINDS])
def test_kind_of_deflection(answer: str, kind: str) -> None:
    assert rank_candidates(analyze(answer))[0].weighing.kind == kind


@pytest.mark.parametrize(("answer", "kind"), KINDS, ids=[a[:40] for a, _ in KINDS])
def test_sign_off_wording_only_where_someone_signed_off(bank, answer: str, kind: str) -> None:
    top = rank_candidates(analyze(answer))[0]
    for key in ("a", "b", "c", "d", "e"):  # every template order the seed could pick
        text, template = probe_text(bank, top.weighing.kind, top.quote.text, key, set())
        if SIGN_OFF.search(template.replace("{quote}", "")):
            assert APPROVAL.search(top.quote.text) or APPROVAL.search(top.span.text), (answer, text)


def test_templates_vary_across_an_interview(bank) -> None:
    used: list[str] = []
    texts = []
    for i in range(4):
        text, template = probe_text(bank, "group", f"the team decided thing {i}", f"seed:{i}", set(), used=used)
        used.append(template)
        texts.append(text)
    assert len(set(used)) == 4, "no template repeats while unused ones remain"
    openers = [t.split("\u201c", 1)[0] for t in texts]
    assert all(a != b for a, b in itertools.pairwise(openers)), openers


# A measure of time that belongs to the clause cut off after the quote ("two days | before launch").
MEASURE_CUT = [
    ("My director decided to cancel the database migration two days before launch.", "cancel the database migration"),
    ("The VP chose to freeze all deploys a week after the outage.", "freeze all deploys"),
    ("The team decided to ship the feature three sprints after the beta.", "ship the feature"),
    ("Our CTO decided to sunset the mobile app six months after the redesign.", "sunset the mobile app"),
    ("The release manager chose to hold the build a day until QA finished.", "hold the build"),
    ("The platform team decided to upgrade Kubernetes a few days before the freeze.", "upgrade Kubernetes"),
]


@pytest.mark.parametrize(("answer", "decision"), MEASURE_CUT, ids=[a[:40] for a, _ in MEASURE_CUT])
def test_quote_does_not_end_on_a_measure_of_the_clause_it_cuts_off(answer: str, decision: str) -> None:
    quote = rank_candidates(analyze(answer))[0].quote.text
    assert quote.endswith(decision), quote
