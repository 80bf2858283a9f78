"""Is an answer about work at all?  Gibberish and fluent nonsense are not evidence.

An answer counts when it uses at least ``min_topic_words`` distinct words from the
rubric's ``topic_words`` (work vocabulary), or at least one of them plus a content
word shared with another turn of the same interview (a real story reuses its own
nouns: the converter, the titles, the retry schedule).  An empty ``topic_words``
list switches the check off.
"""

from __future__ import annotations

from agent.rubric.model import Rubric
from agent.rubric.sentences import STOP_WORDS, words
from agent.transcript.models import Turn


def _forms(word: str) -> tuple[str, ...]:
    return (word, word.rstrip("s"), word.removesuffix("ed"), word.removesuffix("d"))


def topic_count(text: str, topic: frozenset[str]) -> int:
    """Distinct work words in ``text`` (plain plural and past forms included)."""
    found: set[str] = set()
    for word in words(text):
        match = next((f for f in _forms(word) if f in topic), None)
        if match:
            found.add(match)
    return len(found)


def _content(text: str) -> set[str]:
    return {w.rstrip("s") for w in words(text) if len(w) > 3 and w not in STOP_WORDS}


def off_topic_turns(turns: list[Turn], rubric: Rubric) -> set[int]:
    """Numbers of candidate turns that are not about work and must not count as evidence."""
    agg = rubric.aggregation
    topic = frozenset(w.lower() for w in agg.topic_words)
    if not topic:
        return set()
    content = {t.number: _content(t.text) for t in turns}
    off: set[int] = set()
    for turn in turns:
        if turn.speaker != "candidate":
            continue
        count = topic_count(turn.text, topic)
        if count >= agg.min_topic_words:
            continue
        others = set().union(*(c for n, c in content.items() if n != turn.number)) if len(content) > 1 else set()
        if count >= 1 and content[turn.number] & others:
            continue
        off.add(turn.number)
    return off
