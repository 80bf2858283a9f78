"""Small helpers the signal readers share: making a ``Signal`` and matching phrase patterns.

Phrase patterns are written per class of wording, compiled once, and matched on one sentence's
lower-cased text; each is a flat alternation with no nested repetition, so matching stays linear.
Apostrophes are optional everywhere ("didnt", "wasnt", "thats" are common in typed answers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.stories.clauses import Clause, SentenceView
from agent.stories.models import Signal
from agent.util.pattern_set import PatternSet

# Every phrase pattern, asked together once per sentence which of them can match (most cannot).
PHRASES = PatternSet()


def build_filter() -> None:
    """Build the phrase filter now (warm-up) rather than on the first sentence read (~20 ms)."""
    import agent.stories.build  # noqa: F401  (every reader module, so every phrase pattern, is loaded)

    PHRASES.possible("")


def phrases(*alternatives: str) -> re.Pattern[str]:
    """One case-insensitive pattern from word-bounded alternatives.

    ``'`` matches an optional apostrophe (typed answers drop them); ``\u2019`` a required one.
    """
    body = "|".join(
        a.replace("'", "['\u2019]?").replace("\u2019", "['\u2019]").replace("['['\u2019]]?", "['\u2019]?")
        for a in alternatives
    )
    return PHRASES.add(re.compile(r"\b(?:" + body + r")\b", re.I))


def make(key: str, sent: SentenceView, start: int, end: int, detail: str = "", weak: bool = False) -> Signal:
    """A signal for ``sent`` whose exact span is ``[start, end)`` in the turn text."""
    start = max(sent.start, min(start, sent.end))
    end = max(start, min(end, sent.end))
    if end == start:
        start, end = sent.start, sent.end
    text = sent.text[start - sent.start : end - sent.start]
    return Signal(
        key=key,
        turn=sent.turn,
        start=start,
        end=end,
        text=text,
        sentence_start=sent.start,
        sentence_end=sent.end,
        sentence=sent.text,
        detail=detail,
        weak=weak,
    )


def at_match(key: str, sent: SentenceView, m: re.Match[str], detail: str = "", weak: bool = False) -> Signal:
    """A signal whose span is a pattern match inside ``sent.lower``."""
    return make(key, sent, sent.start + m.start(), sent.start + m.end(), detail, weak)


def at_clause(key: str, sent: SentenceView, clause: Clause, detail: str = "", weak: bool = False) -> Signal:
    """A signal whose span is a clause (subject to object)."""
    return make(key, sent, clause.start, clause.end, detail, weak)


def first(pattern: re.Pattern[str], sent: SentenceView) -> re.Match[str] | None:
    """The first match of ``pattern`` in the sentence (lower-cased), if any."""
    if sent.phrases is None:
        sent.phrases = PHRASES.possible(sent.lower)
    return pattern.search(sent.lower) if pattern in sent.phrases else None


def narrated_mine(sent: SentenceView) -> list[Clause]:
    """The speaker's clauses told as past events (not modal, hypothetical or habitual)."""
    return [c for c in sent.clauses if c.mine and c.narrated]


def any_word(sent: SentenceView, words: Iterable[str]) -> bool:
    """Whether the sentence contains any of ``words`` (lower-case tokens)."""
    return not sent.words.isdisjoint(words)
