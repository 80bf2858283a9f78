"""The story scorer on fresh transcripts (tests/rubric/fresh): levels, adversarial kinds, style twins,
the senior bar, evidence rules, reframes, pathological input and Ctrl-C.

The transcripts and their levels were written before the scorer existed (first sight of the old
phrase-count scorer: J/O/I MAE 0.81/1.38/0.44 on this batch); see fresh/expected.yaml for the reasons.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from agent.rubric.loader import load_rubric
from agent.rubric.render import render_json, render_text
from agent.rubric.scorer import read_for_scoring, score_offline, score_reading
from agent.transcript.models import Turn
from agent.transcript.parse import parse_transcript
from tests.ctrl_c import interrupted
from tests.rubric.batch_levels import DIMS, load_cases

HERE = Path(__file__).resolve().parent
FRESH = HERE / "fresh"
DEFAULT = HERE.parents[1] / "rubrics" / "default.rubric.yaml"
CASES = {c.name: c for c in load_cases(FRESH)}


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(DEFAULT)


@pytest.fixture(scope="module")
def cards(rubric):
    cache: dict[str, object] = {}

    def get(name: str, level: str | None = "senior"):
        key = f"{name}:{level}"
        if key not in cache:
            cache[key] = score_offline(parse_transcript(CASES[name].path.read_text()), rubric, level=level)
        return cache[key]

    return get


def levels(card) -> dict[str, int | None]:
    return {d.id: d.level for d in card.dimensions}


def test_fresh_batch_lands_on_the_calibration_scale(cards) -> None:
    errors = {d: [] for d in DIMS}
    for name, case in CASES.items():
        got = levels(cards(name))
        for d in DIMS:
            want = case.levels[d]
            if want is None or got[d] is None:
                assert want == got[d], (name, d, got)
            else:
                assert abs(want - got[d]) <= 1, (name, d, got)
                errors[d].append(abs(want - got[d]))
    for d in DIMS:
        assert sum(errors[d]) / len(errors[d]) <= 0.5, (d, errors[d])


@pytest.mark.parametrize(
    ("name", "gamed"),
    [
        ("s01-blame-shifter", "ownership"),
        ("s02-reckless-hero", "independence"),
        ("s03-empty-claimer", "ownership"),
        ("s16-injection", "independence"),
    ],
)
def test_adversarial_kinds_never_reach_4_nor_3_where_they_game(cards, name: str, gamed: str) -> None:
    got = levels(cards(name))
    assert all(lv is None or lv < 4 for lv in got.values()), got
    assert got[gamed] is not None and got[gamed] < 3, got


def test_blame_caps_ownership_however_often_the_candidate_says_i_decided(cards) -> None:
    card = cards("s01-blame-shifter")
    ownership = next(d for d in card.dimensions if d.id == "ownership")
    assert ownership.level == 1
    assert sum("outcome blamed on" in s.line for s in card.stories) == 2
    assert all(s.holder == "self" for s in card.stories)  # the decisions were the candidate's own
    assert {e.cue for e in ownership.evidence} >= {"blamed_others"}


def test_recklessness_counts_against_judgment_and_independence(cards) -> None:
    got = levels(cards("s02-reckless-hero"))
    assert got["judgment"] == 1 and got["independence"] <= 2


@pytest.mark.parametrize(
    ("styled", "clean"),
    [
        ("s13-lowercase-typos", "s08-scope-senior"),
        ("s14-run-on", "s04-consult-then-decide"),
        ("s15-disfluent", "s07-owned-hindsight"),
    ],
)
def test_style_does_not_change_a_level(cards, styled: str, clean: str) -> None:
    assert levels(cards(styled)) == levels(cards(clean))
    assert cards(styled).bar.met == cards(clean).bar.met


def test_injected_lines_earn_nothing_and_are_listed(cards) -> None:
    injected, clean = cards("s16-injection"), cards("s05-consult-then-defer")
    assert levels(injected) == levels(clean)
    ignored = " ".join(i.quote for i in injected.ignored)
    assert "whoever grades this" in ignored and "SYSTEM:" in ignored and "Dear evaluator" in ignored
    quotes = " ".join(e.quote for d in injected.dimensions for e in d.evidence)
    assert "grades this" not in quotes and "evaluator" not in quotes
    assert "Ignored (addressed to the grader" in render_text(injected)


def test_senior_bar_needs_scope_extension(cards) -> None:
    senior, twin = cards("s08-scope-senior"), cards("s09-scope-twin")
    assert senior.bar.met is True and any("scope extension: shown in story" in r for r in senior.bar.reasons)
    assert twin.bar.met is False and any("scope extension: no story shows it" in r for r in twin.bar.reasons)
    assert json.loads(render_json(senior))["senior_bar_met"] is True
    assert json.loads(render_json(twin))["senior_bar_met"] is False
    assert levels(twin)["ownership"] == levels(senior)["ownership"]


def test_consult_then_decide_versus_consult_then_defer(cards) -> None:
    decide, defer = levels(cards("s04-consult-then-decide")), levels(cards("s05-consult-then-defer"))
    assert decide["independence"] >= 4 and defer["independence"] == 1
    assert decide["ownership"] > defer["ownership"]


def test_hypothetical_independence_counts_and_hindsight_is_owned(cards) -> None:
    hypothetical = cards("s06-hypothetical-independence")
    assert levels(hypothetical)["independence"] >= 4
    assert "would have acted without the approval" in hypothetical.stories[0].line
    hindsight = cards("s07-owned-hindsight")
    assert levels(hindsight)["ownership"] >= 4 and "owned hindsight" in hindsight.stories[0].line


def test_values_talk_is_insufficient_evidence(cards) -> None:
    assert all(lv is None for lv in levels(cards("s17-values-only")).values())


def _non_behavioural_turns(rubric, name: str) -> set[int]:
    turns = parse_transcript(CASES[name].path.read_text())
    reading = read_for_scoring(turns, rubric)
    return {t for s in reading.stories if s.kind != "behavioural" for t in s.answer_turns}


@pytest.mark.parametrize(
    "name", ["s10-design-id-defers", "s11-design-wed-strong", "s12-wrapup-questions", "s04-consult-then-decide"]
)
def test_design_answers_and_wrap_up_questions_are_never_quoted(cards, rubric, name: str) -> None:
    excluded = _non_behavioural_turns(rubric, name)
    assert excluded
    card = cards(name)
    for d in card.dimensions:
        assert not {e.turn for e in d.evidence} & excluded, (d.id, excluded)
        quotes = [e.quote for e in d.evidence]
        assert len(quotes) == len(set(quotes)), d.id  # each sentence once per dimension


def test_design_id_does_not_lift_a_deferential_candidate(cards) -> None:
    assert levels(cards("s10-design-id-defers"))["independence"] <= 2
    assert levels(cards("s11-design-wed-strong"))["independence"] >= 4


def test_evidence_is_verbatim_and_numbered_by_answer_in_text(cards) -> None:
    for name in CASES:
        card = cards(name)
        turns = {t.number: t.text for t in parse_transcript(CASES[name].path.read_text())}
        for d in card.dimensions:
            for e in d.evidence:
                assert e.quote in turns[e.turn]
        text = render_text(card)
        for d in card.dimensions:
            for e in d.evidence:
                assert f"answer {card.answer_numbers[e.turn]}:" in text


def test_one_reframe_per_story_dropped_when_answered_later(rubric) -> None:
    base = [
        Turn(number=1, speaker="interviewer", text="Tell me about a time a release went wrong."),
        Turn(
            number=2,
            speaker="candidate",
            text="The pricing job double-charged about 300 orders, and my manager approved the rollback an hour later.",
        ),
    ]
    answered = [
        *base,
        Turn(number=3, speaker="interviewer", text="Who made that call?"),
        Turn(
            number=4,
            speaker="candidate",
            text="Honestly I would have rolled it back anyway without the approval, because every hour added charges; I told her afterwards.",
        ),
    ]
    first = score_offline(base, rubric)
    assert len(first.reframes) == 1 and first.reframes[0].story == 1
    assert first.reframes[0].phrase in base[1].text and first.reframes[0].question.endswith("?")
    later = score_offline(answered, rubric)
    assert later.reframes == []


def test_same_transcript_same_bytes(rubric) -> None:
    turns = parse_transcript(CASES["s08-scope-senior"].path.read_text())
    outputs = {render_json(score_offline(turns, rubric, level="senior")) for _ in range(10)}
    assert len(outputs) == 1


@pytest.mark.parametrize("filler", [" " * 100_000, "." * 100_000, "rollback " * 12_000, "\n" * 50_000, "!?;" * 30_000])
def test_pathological_answers_score_quickly(rubric, filler: str) -> None:
    turns = [
        Turn(number=1, speaker="interviewer", text="Tell me about a rollback."),
        Turn(number=2, speaker="candidate", text=f"I rolled the deploy back myself.{filler}I told the team why."),
    ]
    started = time.process_time()
    card = score_offline(turns, rubric)
    assert time.process_time() - started < 3.0  # CPU seconds; bench/bench_scoring.py has the real figure
    assert card.dimensions


def test_a_megabyte_answer_scores_and_is_quoted_verbatim(rubric) -> None:
    text = "I rolled the pricing deploy back rather than patch it live, because checkout errors had tripled. " * 10_500
    turns = [
        Turn(number=1, speaker="interviewer", text="Tell me about a rollback."),
        Turn(number=2, speaker="candidate", text=text),
    ]
    assert len(text) > 1_000_000
    card = score_reading(read_for_scoring(turns, rubric), turns, rubric)
    assert all(e.quote in text for d in card.dimensions for e in d.evidence)


def test_ctrl_c_stops_a_long_scoring_run(tmp_path: Path, capsys) -> None:
    from agent.analysis import warmup

    warmup()  # the model is loaded first: the interrupt lands in the scoring itself
    answer = (
        "I rolled the converter back within the hour rather than patch it, and posted in the channel what I had done."
    )
    path = tmp_path / "long.txt"
    path.write_text(
        "".join(
            f"Interviewer: Tell me about a time {n} went wrong.\n\nCandidate: {answer} Story {n}.\n\n"
            for n in range(8000)
        )
    )
    # 8,000 stories take several seconds to score; the interrupt comes after 1 s (3,000 stories once finished
    # in about 1.5 s after the scorer got faster, racing the signal on a clean CI run)
    code, seconds = interrupted(["score", "--json", str(path)], after=1.0)
    assert code == 130 and seconds < 5.0
    out, err = capsys.readouterr()
    assert "interrupted" in err and out == ""


def test_a_context_sentence_is_never_quoted_against_the_candidate(rubric) -> None:
    # First sight: "I inherited the ... service" was quoted as drifted_decision (a hedged locus) against judgment.
    turns = [
        Turn(number=1, speaker="interviewer", text="Tell me about a time you fixed something on your own."),
        Turn(
            number=2,
            speaker="candidate",
            text="I inherited the tram timetable feed when I joined. The morning import started skipping every "
            "stop with a hyphen in its name, so I fixed the parser that evening and told the depot leads what "
            "had changed.",
        ),
    ]
    card = score_offline(turns, rubric)
    assert not [e for d in card.dimensions for e in d.evidence if e.quote.startswith("I inherited")]
