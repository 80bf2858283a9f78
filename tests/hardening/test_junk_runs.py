"""A long run of characters that are not words (punctuation, symbols, rules) pasted between sentences.

The sentences around it must read as they do without it: the same decisions with the same loci, the same
quotes, the same levels. (Before the fix a run of "! " glued itself to the next sentence, which was then
read with no parse: ownership and independence fell a level.)
"""

from __future__ import annotations

import re

import pytest

from agent.analysis import analyze
from agent.paths import default_rubric_path
from agent.rubric.loader import load_rubric
from agent.rubric.scorer import score_offline
from agent.transcript.models import Turn

ANSWERS = [
    [
        "I rolled the deploy back myself before lunch.",
        "My manager decided we would wait for the vendor.",
        "I told the team why the next morning.",
    ],
    [
        "We were told by the director to freeze the schema.",
        "So I wrote the migration plan and picked Tuesday for the cut-over.",
        "Looking back, waiting a week was my call and it cost us.",
    ],
]
JUNK = {
    "cycled punctuation": "!?;" * 700,
    "spaced marks": "! " * 1500,
    "dots": "." * 2500,
    "rule lines": ("\n" + "-=" * 40) * 30 + "\n",
    "symbols": "\u2605\u2606#*" * 400,
}
QUESTION = "Tell me about a rollback you decided on."


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(default_rubric_path())


def _reading(text: str, rubric) -> tuple[list, list, list]:
    analysis = analyze(text)
    spans = [(s.locus, text[s.start : s.end]) for s in analysis.spans]
    worded = [s.text for s in analysis.sentences if re.search(r"[^\W\d_]", s.text)]
    card = score_offline(
        [Turn(number=1, speaker="interviewer", text=QUESTION), Turn(number=2, speaker="candidate", text=text)], rubric
    )
    return spans, worded, [(d.id, d.level) for d in card.dimensions]


@pytest.mark.parametrize("kind", sorted(JUNK))
@pytest.mark.parametrize("answer", range(len(ANSWERS)))
def test_a_run_of_non_words_changes_nothing_around_it(kind: str, answer: int, rubric) -> None:
    parts = ANSWERS[answer]
    clean = " ".join(parts)
    want_spans, want_sentences, want_levels = _reading(clean, rubric)
    for cut in (1, 2):
        text = " ".join(parts[:cut]) + " " + JUNK[kind] + " " + " ".join(parts[cut:])
        spans, sentences, levels = _reading(text, rubric)
        assert spans == want_spans, (kind, cut)
        assert [s.strip() for s in sentences] == [s.strip() for s in want_sentences], (kind, cut)
        assert levels == want_levels, (kind, cut)


@pytest.mark.parametrize("kind", ["cycled punctuation", "rule lines"])
def test_a_run_inside_a_sentence_keeps_its_decisions_and_levels(kind: str, rubric) -> None:
    clean = "We were told by the director to freeze the schema so I wrote the plan and picked Tuesday myself."
    want_spans, _, want_levels = _reading(clean, rubric)
    cut = clean.index(" so I")
    spans, sentences, levels = _reading(clean[:cut] + " " + JUNK[kind] + clean[cut:], rubric)
    assert spans == want_spans
    assert levels == want_levels
    assert not any(JUNK[kind][:12] in s for s in sentences), "the run is never part of a quoted sentence"
