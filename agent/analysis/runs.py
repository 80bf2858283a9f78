"""Same-length rewrites of the text the parser reads, for stretches that cost parse time and carry no decision.

* A stretch of ``RUN`` or more characters with no letter or digit in it (a pasted rule, a run of "!?;", dots
  or symbols) is blanked: its marks become spaces, its line breaks stay.  The parser spent most of a
  pathological answer's scoring time on such runs (every mark is a token) and a sentence with no letters
  carries no decision.
* The parser is then told that a sentence starts where a blank stretch of ``RUN`` or more characters starts,
  and again after it (``sentence_breaks``), so the words on either side read as they would without the run
  instead of being glued to it.
* An unbroken run of ``RUN`` non-space characters ("a pasted blob") gets a space every ``RUN`` characters:
  spaCy's tokenizer takes time quadratic in the length of one whitespace-free chunk.

Every rewrite keeps the length, so offsets into the parsed text are offsets into the caller's text.
"""

from __future__ import annotations

import re

RUN = 64
_MARKS = re.compile(rf"[\W_]{{{RUN},}}")
_NON_SPACE = re.compile(r"\S")
_OPENING = frozenset("\"'“‘([{")
_BLANK = re.compile(rf"\s{{{RUN},}}")
_UNBROKEN = re.compile(rf"\S{{{RUN}}}")


def blank_marks(text: str) -> str:
    """``text`` with every stretch of ``RUN`` characters or more that has no letter or digit blanked (same length).

    A mark touching a word stays: the first one when the stretch follows a word ("lunch.!?;!?;..." keeps its
    full stop), the last one when it is an opening quote or bracket before a word."""
    if len(text) < RUN:
        return text

    def blank(m: re.Match) -> str:
        run = m.group(0)
        head = 1 if m.start() > 0 and not text[m.start() - 1].isspace() else 0
        tail = 1 if m.end() < len(text) and run[-1] in _OPENING and not text[m.end()].isspace() else 0
        return run[:head] + _NON_SPACE.sub(" ", run[head : len(run) - tail]) + run[len(run) - tail :]

    return _MARKS.sub(blank, text)


def break_runs(text: str) -> str:
    """Same-length text with a space in every ``RUN`` characters of an unbroken run of non-space characters."""
    if len(text) < RUN:
        return text
    return _UNBROKEN.sub(lambda m: m.group(0)[:-1] + " ", text)


def blank_stretches(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every stretch of ``RUN`` or more whitespace characters."""
    return [m.span() for m in _BLANK.finditer(text)] if len(text) >= RUN else []


def sentence_breaks(doc, stretches: list[tuple[int, int]]) -> None:
    """Mark sentence starts on a tokenized, not yet parsed ``doc``: at the first token of each stretch, none inside
    it, and at the first token after it (the parser keeps marks set before it runs).  One pass over the tokens."""
    if not stretches:
        return
    k = 0
    start, end = stretches[0]
    first = True  # no token of the current stretch seen yet
    for tok in doc:
        while tok.idx >= end:
            if not first:
                tok.is_sent_start = True  # the first token after the stretch
            k += 1
            if k == len(stretches):
                return
            start, end = stretches[k]
            first = True
        if tok.idx >= start:
            tok.is_sent_start = first
            first = False
