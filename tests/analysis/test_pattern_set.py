"""The one-pass pattern filter (agent/util/pattern_set.py) never hides a phrase cue or a story phrase.

Every pattern the filter says cannot match is skipped by the analyzer and the story readers, so a
wrong "cannot" would silently drop a decision or a signal.  These tests run the real pattern lists
over real answer sentences (the test batches, as written, lower-cased, with typographic apostrophes
and with accented letters) and over constructs where Python's and RE2's readings differ.
"""

from __future__ import annotations

import re

import pytest
from class_batches_a import CLASSES_A
from class_batches_b import CLASSES_B
from heldout_batch12 import BATCH12
from hypothesis import given, settings
from hypothesis import strategies as st
from style_cases import CASES as STYLE_CASES

from agent.analysis import cues
from agent.stories import found
from agent.util.pattern_set import PatternSet, accepted, re2_form


def _sentences() -> list[str]:
    texts = [text for batch in (CLASSES_A, CLASSES_B) for cases in batch.values() for text, _ in cases]
    texts += [text for text, _ in BATCH12]
    for case in STYLE_CASES:
        for key in ("clean", "typo", "disfluent", "runon"):
            texts += case.get(key, [])
    variants = texts + [t.lower() for t in texts] + [t.replace("'", "\u2019") for t in texts]
    return variants + [t.replace("e", "\u00e9", 1) for t in texts]


SENTENCES = _sentences()
ALL_PATTERNS = [rx for *_, rx in cues.SENTENCE_CUES + cues.BACKSTOP] + found.PHRASES.patterns()
FILTER = PatternSet(ALL_PATTERNS)


def test_the_filter_keeps_every_pattern_that_matches_real_sentences() -> None:
    skipped_but_matching = []
    for text in SENTENCES:
        for probe in (text, text.lower()):
            possible = FILTER.possible(probe)
            skipped_but_matching += [
                (rx.pattern[:60], probe) for rx in ALL_PATTERNS if rx not in possible and rx.search(probe)
            ]
    assert skipped_but_matching == []


def test_the_filter_skips_most_patterns_on_ordinary_sentences() -> None:
    """It is a filter worth having: on an ASCII sentence most patterns are ruled out."""
    text = "i rolled the deploy back within the hour and told the team why."
    possible = FILTER.possible(text)
    assert sum(rx in possible for rx in ALL_PATTERNS) < len(ALL_PATTERNS) / 4


def test_text_with_accented_letters_runs_every_pattern() -> None:
    possible = FILTER.possible("the café team décided it")
    assert all(rx in possible for rx in ALL_PATTERNS)
    assert accepted("it\u2019s \u201cdone\u201d \u2014 ok \U0001f600")
    assert not accepted("naïve") and not accepted("a\u00a0b") and not accepted("x\ud800")


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"a\sb", 0, "a\x0bb"),  # Python's \s has \v and \x1c-\x1f; RE2's does not
        (r"a[\s]b", 0, "a\x1cb"),
        (r"end$", 0, "the end\n"),  # $ before a final new line
        (r"end$", re.M, "the end\nmore"),
        (r"x{,2}y", 0, "xxy"),  # Python's {,n} is {0,n}
        (r"a{x}", 0, "a{x}"),  # not a repeat: literal braces
        (r"(?<!we )rolled back", re.I, "they ROLLED back"),
        (r"rolled back(?! later)", 0, "rolled back later, rolled back"),
        (r"\bdon\u2019t\b", re.I, "I don\u2019t"),
        (r"a.b", re.S, "a\nb"),
        (r"(?P<v>[a-z]+)ed\b", 0, "paused"),
        (r"[^\w\s]+", 0, "\u2014"),
    ],
)
def test_the_re2_form_matches_wherever_python_matches(pattern: str, flags: int, text: str) -> None:
    rx = re.compile(pattern, flags)
    assert rx.search(text)
    assert rx in PatternSet([rx]).possible(text)


@pytest.mark.parametrize(
    "pattern",
    [r"(\w+) \1", r"(?P<a>x)(?P=a)", r"a++", r"(?>ab)", r"(?x) a b", r"caf\u00e9", r"[a[]", r"\u00e9"],
)
def test_patterns_without_a_faithful_re2_form_always_run(pattern: str) -> None:
    assert re2_form(pattern) is None
    rx = re.compile(pattern)
    assert rx in PatternSet([rx]).possible("anything at all")


WORDS = ["I", "we", "rolled", "back", "the", "manager", "approved", "it", "was", "decided", "nobody", "runbook"]
WORDS += ["didn't", "didn\u2019t", "per", "policy", "ended", "up", ",", ".", "\n", "\x0b", "  ", "had", "to", "go"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=16).map(" ".join))
def test_no_cue_or_phrase_is_hidden_on_generated_text(text: str) -> None:
    possible = FILTER.possible(text)
    assert [rx.pattern for rx in ALL_PATTERNS if rx.search(text) and rx not in possible] == []
