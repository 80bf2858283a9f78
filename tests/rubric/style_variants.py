"""Styled variants of a clean transcript, derived mechanically, and what scoring them changes.

The issue's target: a strong answer written in lower case with typos, or in run-on sentences, scores
like its clean version.  Rather than hand-writing a styled twin per transcript, the candidate turns of
any clean transcript are rewritten the way people type when they hurry:

* ``casual``: everything lower case, apostrophes dropped ("didnt", "im", "teams"), "I" as "i", a
  seeded sample of slips in the words the story signals rely on (one letter dropped, doubled or swapped
  with its neighbour, "ie"/"ei" and "-ance"/"-ence" confused), and fillers at sentence starts and after
  commas ("um,", "so basically", "like,");
* ``runon``: the sentences of each answer joined with ", and", " and so" or ", then" into sentences of
  60-120 words (the next sentence's first letter lowered);
* ``casual_runon``: both.

Interviewer turns are never changed, so the stories are the same questions.  ``compare`` scores the
clean transcript and a variant and says which dimension levels moved and which story signals were lost
or gained.  The seed makes every variant the same on every run.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field

from agent.transcript.models import Turn

VARIANTS = ("casual", "runon", "casual_runon")

# Words the story signals and the analyzer's decision reading lean on (decision, reason, outcome, approval).
SIGNAL_WORDS = frozenset(
    """
    decided decide decision decisions because responsibility responsible rollback rolled approval approved
    considered consider instead option options alternative alternatives accepted accepting mistake measured
    evidence chose choice owned fault afterwards permission nobody asked waited without myself problem
    predicted tradeoff risk risky tested believe explained informed separate necessary definitely
    immediately until already different wrong would should could which their received
    """.split()
)
TYPO_RATE = 0.5  # share of signal-word occurrences given a slip
FILLER_RATE = 0.3  # share of sentences opened with a filler
_OPENERS = ("um, ", "so basically ", "so, um, ", "like, ", "uh ", "basically ")
_JOINERS = (", and ", " and so ", ", then ")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_VOWELS = "aeiou"


def styled(turns: list[Turn], variant: str, seed: int = 0) -> list[Turn]:
    """``turns`` with every candidate answer rewritten in ``variant`` (one of ``VARIANTS``)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; one of {VARIANTS}")
    out = []
    for t in turns:
        text = t.text
        if t.speaker == "candidate":
            rng = random.Random(f"{seed}:{variant}:{t.number}")
            if "runon" in variant:
                text = run_on(text, rng)
            if "casual" in variant:
                text = casual(text, rng)
        out.append(Turn(number=t.number, speaker=t.speaker, text=text))
    return out


def run_on(text: str, rng: random.Random) -> str:
    """Each paragraph's sentences joined into sentences of 60-120 words."""
    return "\n".join(_run_on_paragraph(p, rng) for p in text.split("\n"))


def _run_on_paragraph(paragraph: str, rng: random.Random) -> str:
    sentences = [s for s in _SENTENCE.split(paragraph.strip()) if s]
    lower_words = set(re.findall(r"\b[a-z][a-z']*\b", paragraph))
    out: list[str] = []
    current, words, target = "", 0, rng.randint(60, 120)
    for s in sentences:
        n = len(s.split())
        if current and words < target and not current.endswith("?"):
            current = current.rstrip(".!") + _joiner(s, rng) + _lowered_start(s, lower_words)
            words += n
        else:
            if current:
                out.append(current)
            current, words, target = s, n, rng.randint(60, 120)
    if current:
        out.append(current)
    return " ".join(out)


def _joiner(sentence: str, rng: random.Random) -> str:
    first = sentence.split(maxsplit=1)[0].lower().strip(",") if sentence.split() else ""
    if first in ("and", "so", "then", "but", "or", "because"):
        return ", "  # "..., but the lock held" rather than "..., and but"
    return rng.choice(_JOINERS)


def _lowered_start(sentence: str, lower_words: set[str]) -> str:
    """The sentence's first letter lowered, unless its first word is a name, an acronym or "I" (never lower case in the answer)."""
    first = sentence.split(maxsplit=1)[0].strip(",;:")
    if first.lower() not in lower_words:
        return sentence
    return sentence[:1].lower() + sentence[1:]


def casual(text: str, rng: random.Random) -> str:
    """Lower case, no apostrophes, "i", slips in signal words, fillers."""
    sentences = _SENTENCE.split(text)
    out = []
    for s in sentences:
        s = _WORD.sub(lambda m: _casual_word(m.group(), rng), s.replace("\u2019", "'").lower())
        s = re.sub(r", (?=[a-z])", lambda m: ", like, " if rng.random() < 0.08 else m.group(), s)
        if rng.random() < FILLER_RATE:
            s = rng.choice(_OPENERS) + s
        out.append(s)
    return " ".join(out)


def _casual_word(word: str, rng: random.Random) -> str:
    word = word.replace("'", "")
    if word in SIGNAL_WORDS and rng.random() < TYPO_RATE:
        return slip(word, rng)
    return word


def slip(word: str, rng: random.Random) -> str:
    """One typing slip of the kinds people make, never in the first letter."""
    options = []
    for a, b in (("ie", "ei"), ("ei", "ie"), ("ance", "ence"), ("ence", "ance"), ("ible", "able")):
        if a in word[1:]:
            options.append(word[0] + word[1:].replace(a, b, 1))
    for i in range(1, len(word) - 1):
        if word[i] != word[i + 1]:
            options.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped neighbours
    for i in range(1, len(word)):
        if word[i] in _VOWELS or (i + 1 < len(word) and word[i] == word[i + 1]):
            options.append(word[:i] + word[i + 1 :])  # a vowel or one of a double dropped
    for i in range(1, len(word)):
        if word[i] not in _VOWELS and word[i] != word[i - 1]:
            options.append(word[:i] + word[i] + word[i:])  # a consonant doubled
    options = [o for o in options if o != word]
    return rng.choice(options) if options else word


@dataclass
class Comparison:
    """One variant of one transcript against its clean version."""

    name: str
    variant: str
    clean: dict[str, int | None]
    styled: dict[str, int | None]
    lost: Counter = field(default_factory=Counter)  # signal keys the clean stories had and the variant's lack
    gained: Counter = field(default_factory=Counter)
    holders_changed: list[tuple[int, str, str]] = field(default_factory=list)  # story number, clean, styled

    @property
    def changed(self) -> list[str]:
        return [d for d in self.clean if self.clean[d] != self.styled.get(d)]


def signal_keys(reading) -> list[Counter]:
    """Per behavioural story, how many signals of each key it has."""
    return [Counter(s.key for s in story.signals) for story in reading.behavioural()]


def compare(name: str, variant: str, clean_reading, clean_card, styled_reading, styled_card) -> Comparison:
    """What styling changed: dimension levels, signals per story, key-decision holders."""
    levels = {d.id: d.level for d in clean_card.dimensions}
    other = {d.id: d.level for d in styled_card.dimensions}
    out = Comparison(name, variant, levels, other)
    for a, b in zip(signal_keys(clean_reading), signal_keys(styled_reading), strict=False):
        out.lost.update(a - b)
        out.gained.update(b - a)
    for n, (a, b) in enumerate(zip(clean_reading.behavioural(), styled_reading.behavioural(), strict=False), 1):
        if a.holder != b.holder:
            out.holders_changed.append((n, a.holder, b.holder))
    return out
