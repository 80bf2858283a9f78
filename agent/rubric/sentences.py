"""Sentence splitting and concreteness of candidate answers (offline scorer helpers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? or ; (plus any closing quotes or brackets) followed by
# whitespace (or the end), or at a line break: "(... at the maximum.) I lowered" is two sentences.
_BOUNDARY = re.compile(r"[.!?;]+[\"'\u201d\u2019)\]]*(?=\s|$)|\n")
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


@dataclass(frozen=True)
class Sentence:
    """A sentence of a candidate turn with offsets into the turn text."""

    turn: int
    index: int
    start: int
    end: int
    text: str


def split_sentences(turn: int, text: str) -> list[Sentence]:
    """Split ``text`` into non-empty sentences; ``text[s.start:s.end] == s.text`` (trimmed)."""
    out: list[Sentence] = []
    pos = 0
    cuts = [m.end() for m in _BOUNDARY.finditer(text)] + [len(text)]
    for cut in cuts:
        raw = text[pos:cut]
        lead = len(raw) - len(raw.lstrip())
        start, end = pos + lead, pos + len(raw.rstrip())
        pos = cut
        if end > start:
            out.append(Sentence(turn=turn, index=len(out), start=start, end=end, text=text[start:end]))
    return out


def in_vocabulary(word: str, vocabulary: frozenset[str]) -> bool:
    """``word`` or its plain plural / third-person form (``outcomes``, ``decides``) is in ``vocabulary``."""
    return word in vocabulary or (word.endswith("s") and (word[:-1] in vocabulary or word[:-2] in vocabulary))


def specific_words(text: str, vocabulary: frozenset[str]) -> int:
    """Distinct words that carry concrete detail: not stop words, not claim vocabulary."""
    words = {w.lower().strip("'-.,%") for w in _WORD.findall(text)}
    return sum(
        1 for w in words if w and (w[0].isdigit() or (len(w) > 2 and w not in STOP_WORDS and not in_vocabulary(w, vocabulary)))
    )


def claim_ratio(text: str, vocabulary: frozenset[str]) -> float:
    """Distinct claim-vocabulary words per distinct specific word (``inf`` when only claims).

    Real stories sit far below 1 (names, numbers, systems); buzzword stuffing sits above it.
    """
    found = {w.lower().strip("'-.,%") for w in _WORD.findall(text)}
    claims = sum(1 for w in found if in_vocabulary(w, vocabulary))
    specific = specific_words(text, vocabulary)
    if specific == 0:
        return float("inf") if claims else 0.0
    return claims / specific


def normalise(text: str) -> str:
    """Lower-cased words only: used to spot repeated sentences."""
    return " ".join(w.lower() for w in _WORD.findall(text))


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return [w.lower().strip("'-.,%") for w in _WORD.findall(text)]
