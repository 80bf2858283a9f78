"""Rubric patterns cannot hang scoring: linear-time RE2 first, a time limit on the rest.

Rows of issue 15: catastrophic cue patterns, the empty pattern, a timeout at score time.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from agent.cli.main import main
from agent.rubric.model import compile_pattern
from agent.util.bounded_regex import PatternTimeout, compile_bounded

RUBRIC = """\
schema_version: 1
id: hostile
version: "0.1"
title: Rubric with a hostile pattern
dimensions:
  - id: ownership
    name: Ownership
    definition: Owns outcomes.
    weight: 1.0
    levels:
      - {{score: 1, anchor: "Places every decision with others."}}
      - {{score: 2, anchor: "Mostly assigned work."}}
      - {{score: 3, anchor: "Some personal actions."}}
      - {{score: 4, anchor: "Concrete personal actions and owned mistakes."}}
      - {{score: 5, anchor: "Owns decisions, mistakes and follow-through."}}
    cues:
      - id: plain_action
        description: First-person action.
        polarity: "+"
        weight: 1.0
        triggers:
          patterns: ['\\bI (?:rolled|built|wrote)\\b']
      - id: hostile_cue
        description: The pattern under test.
        polarity: "+"
        weight: 1.0
        triggers:
          patterns: ['{pattern}']
    calibration: {{L4: 3, L5: 4, senior: 5}}
examples:
  - id: long-run
    answer: "I rolled back the checkout release at 14:05 because its error rate doubled from 0.4% to 0.9% within ten minutes of the deploy. {answer}"
    expect: {{ownership: {{min: 1, max: 5}}}}
"""


@pytest.fixture(autouse=True)
def _warm(analyzer_ready: None) -> None:
    """The time limits below are about matching, not model start-up."""


CATASTROPHIC = ["(a|a)*$", "(a|aa)+$", "((a+))+$", "(a{1,99})+$", "(.*a){20}"]


def _rubric(tmp_path: Path, pattern: str, answer: str = "a" * 130) -> Path:
    path = tmp_path / "hostile.rubric.yaml"
    path.write_text(RUBRIC.format(pattern=pattern.replace("'", "''"), answer=answer), encoding="utf-8")
    return path


def _transcript(tmp_path: Path, answer: str) -> Path:
    path = tmp_path / "t.txt"
    path.write_text(f"Interviewer: Tell me about a rollback.\nCandidate: I rolled back the release. {answer}\n")
    return path


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_catastrophic_patterns_are_refused_or_score_fast(tmp_path: Path, pattern: str, capsys) -> None:
    rubric = _rubric(tmp_path, pattern)
    started = time.process_time()
    checked = main(["rubric", "check", str(rubric)])
    out = capsys.readouterr().out
    if checked == 0:  # RE2 runs it in linear time: scoring and the rubric's examples finish at once
        for answer in ("a" * 130, "a" * 30_000 + "b", ("a" * 99 + " ") * 300):
            assert main(["score", str(_transcript(tmp_path, answer)), "--rubric", str(rubric), "--json"]) == 0
        assert main(["rubric", "test", str(rubric)]) == 0
    else:
        assert f"{rubric}:" in out and "zero characters" in out
    assert time.process_time() - started < 2.0


def test_the_five_reported_patterns_run_on_the_linear_engine() -> None:
    assert {compile_bounded(p).engine for p in CATASTROPHIC} == {"re2"}
    started = time.process_time()
    assert compile_bounded("(.*a){20}").search("a" * 129 + "b") is not None
    assert compile_bounded("(a|aa)+$").search("a" * 100_000 + "b") is None
    assert time.process_time() - started < 0.5


@pytest.mark.parametrize("pattern", ["", "a*", "(?:x)?", r"\b", "^", "x|", r"(?=\bI\b)", r"\p{L}*"])
def test_patterns_that_match_zero_characters_are_rejected_with_a_position(tmp_path: Path, pattern: str, capsys) -> None:
    rubric = _rubric(tmp_path, pattern)
    assert main(["rubric", "check", str(rubric)]) == 1
    out = capsys.readouterr().out
    assert f"{rubric}:28:22:" in out and "zero characters" in out


def test_an_empty_pattern_no_longer_fires_on_every_sentence() -> None:
    with pytest.raises(ValueError, match="zero characters"):
        compile_pattern("")


def test_lookaround_runs_on_the_backtracking_engine_with_a_time_limit() -> None:
    rx = compile_bounded(r"\brather than (?!wait)")
    assert rx.engine == "regex"
    assert rx.search("I chose X rather than Y").start() == 10
    assert rx.search("rather than wait") is None
    slow = compile_bounded("(?=a)(a|aa)+$", timeout=0.05)
    started = time.perf_counter()
    with pytest.raises(PatternTimeout):
        slow.search("a" * 60 + "!")
    assert time.perf_counter() - started < 1.0


def test_nested_quantifiers_are_refused_only_where_they_could_backtrack() -> None:
    assert compile_bounded(r"(\w+\s?)+$").engine == "re2"
    with pytest.raises(ValueError, match="nests quantifiers"):
        compile_pattern(r"(?!x)(\w+\s?)+$")


def test_a_pattern_that_times_out_at_score_time_is_skipped_with_a_notice(tmp_path: Path, capsys) -> None:
    rubric = _rubric(tmp_path, "(?=a)(a|aa)+$")
    assert main(["rubric", "check", str(rubric)]) == 0
    capsys.readouterr()
    started = time.process_time()
    code = main(["score", str(_transcript(tmp_path, "a" * 60 + "!")), "--rubric", str(rubric), "--json"])
    card = json.loads(capsys.readouterr().out)
    assert code == 0 and time.process_time() - started < 2.0
    assert "ownership.hostile_cue" in card["notice"] and "too slow" in card["notice"]
    assert card["dimensions"][0]["level"] is not None or card["dimensions"][0]["evidence"] == []


def test_lone_surrogates_and_unicode_match_on_both_engines() -> None:
    text = "caf\u00e9 \ud800 I rolled back"
    for pattern in (r"\bI rolled\b", r"\bI rolled(?! forward)"):
        found = compile_bounded(pattern).search(text)
        assert found is not None and found.group() == "I rolled" and found.start() == 7
    assert [f.span() for f in compile_bounded("o").finditer("\ud800o o")] == [(1, 2), (3, 4)]


def test_word_classes_are_ascii_on_both_engines() -> None:
    for pattern in (r"\bmy\b", r"\bmy\b(?!x)"):
        assert compile_bounded(pattern).search("\u00e9my") is not None
    assert compile_bounded("\u00c9").search("\u00e9") is not None  # case folding is still Unicode in RE2
