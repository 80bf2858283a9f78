"""Is an answer about work at all?  Gibberish and fluent nonsense are not evidence.

An answer counts when it uses at least ``min_topic_words`` distinct words from the
rubric's ``topic_words`` (work vocabulary), two decision-claim words ("I decided, I own it"
is about work, if empty), or at least one topic word plus a content
word shared with another turn of the same interview (a real story reuses its own
nouns: the converter, the titles, the retry schedule).  An empty ``topic_words``
list switches the check off.
"""

from __future__ import annotations

import re

from agent.rubric.model import Rubric
from agent.transcript.models import Turn

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'\-]*|\d[\d.,%]*")

STOP_WORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
    during each few for from further had hadn't has hasn't have haven't having he he'd he's her here hers
    herself him himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just let's me
    more most mustn't my no nor not now of off on once only or other ought our ours ourselves out over own
    same she she'd she's should shouldn't so some such than that that's the their theirs them themselves
    then there there's these they they'd they'll they're they've this those through to too under until up
    upon us very was wasn't we we'd we'll we're we've were weren't what what's when where which while who
    whom why will with won't would wouldn't yes yeah you you'd you'll you're you've your yours yourself ok
    okay um uh hmm well like maybe sure guess think really also get got go going one two without within
    rather instead everyone everybody someone somebody anyone anybody nobody everything something anything
    nothing always never again
    """.split()
)


def words(text: str) -> set[str]:
    """The distinct lower-cased word tokens of ``text`` (one linear scan; each distinct spelling cleaned once,
    so a pasted run of one word costs one regex pass)."""
    return {w.lower().strip("'-.,%") for w in set(_WORD.findall(text))}


# Claims about decisions are about work even with no work noun in sight ("I decided. I owned it."): they
# are evidence (of emptiness), unlike gibberish.
_CLAIM_WORDS = frozenset(
    "own owned owning ownership decide decided decision decisions call accountable responsible".split()
)


def _forms(word: str) -> tuple[str, ...]:
    return (word, word.rstrip("s"), word.removesuffix("ed"), word.removesuffix("d"))


def topic_count(vocabulary: set[str], topic: frozenset[str]) -> int:
    """Distinct work words in ``vocabulary`` (``words`` of a text; plain plural and past forms included)."""
    found: set[str] = set()
    for word in vocabulary:
        match = next((f for f in _forms(word) if f in topic), None)
        if match:
            found.add(match)
    return len(found)


def _content(vocabulary: set[str]) -> set[str]:
    return {w.rstrip("s") for w in vocabulary if len(w) > 3 and w not in STOP_WORDS}


def off_topic_turns(turns: list[Turn], rubric: Rubric) -> set[int]:
    """Numbers of candidate turns that are not about work and must not count as evidence."""
    agg = rubric.aggregation
    topic = frozenset(w.lower() for w in agg.topic_words)
    if not topic:
        return set()
    vocabulary = {t.number: words(t.text) for t in turns}
    content = {n: _content(v) for n, v in vocabulary.items()}
    off: set[int] = set()
    for turn in turns:
        if turn.speaker != "candidate":
            continue
        count = topic_count(vocabulary[turn.number], topic)
        if count >= agg.min_topic_words or len(_CLAIM_WORDS.intersection(vocabulary[turn.number])) >= 2:
            continue
        others = set().union(*(c for n, c in content.items() if n != turn.number)) if len(content) > 1 else set()
        if count >= 1 and content[turn.number] & others:
            continue
        off.add(turn.number)
    return off
