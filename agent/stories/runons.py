"""A run-on sentence read as the sentences it joins, cut where the parse starts a new clause of its own.

"I pulled a day of logs and the lag was eleven seconds, and so I shipped a correction, then I told ops
what I had changed" is four sentences typed as one.  The story readers take a sentence as the unit a
reason, an outcome or a hindsight attaches to, so a long run-on is cut at each coordinated clause that
has its own subject (the parse's ``conj`` verb with an ``nsubj``) after ", and", "and so", ", then" or a
comma.  Only sentences over ``RUN_ON_WORDS`` words are cut: ordinary sentences, however compound, stay
whole.  Cuts come from the analyzer's parse; nothing here splits text by pattern.
"""

from __future__ import annotations

RUN_ON_WORDS = 45
MIN_PIECE_WORDS = 5
_JOINERS = frozenset({"and", "so", "then", ",", ";", "but"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_LEADING = frozenset({"and", "so", "then", ","})  # joining words the parse hangs on the next clause's verb


def pieces(toks, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` (a sentence, char offsets of ``toks.doc``) cut at its joined clauses, or whole."""
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if len(words) <= RUN_ON_WORDS:
        return [(start, end)]
    cuts = []
    for tok in toks:
        if tok.dep_ != "conj" or not tok.tag_.startswith("VB") or not any(c.dep_ in _SUBJECTS for c in tok.children):
            continue
        first = tok.left_edge
        before = first.i - 1
        if before <= toks.start or toks.doc[before].lower_ not in _JOINERS:
            continue
        # the previous piece ends before the joining words (", and so", ", then"), the next starts after them
        last = before
        while last > toks.start and toks.doc[last].lower_ in _JOINERS:
            last -= 1
        joined = first.idx  # a piece's length is counted with its joining words ("and so I'm very decisive")
        while first.i < tok.i and first.lower_ in _LEADING:
            first = toks.doc[first.i + 1]
        words = {t.lower_ for t in toks.doc[last + 1 : first.i]}
        if "so" in words and "and" not in words:
            continue  # "..., so I made the change that evening": a reason and its act stay one thought
        cuts.append((toks.doc[last].idx + len(toks.doc[last].text), joined, first.idx))
    out: list[tuple[int, int]] = []
    lo = counted = start
    for stop, joined, resume in sorted(cuts):
        if stop <= lo or resume >= end:
            continue
        if _words(toks.doc, counted, stop) >= MIN_PIECE_WORDS and _words(toks.doc, joined, end) >= MIN_PIECE_WORDS:
            out.append((lo, stop))
            lo, counted = resume, joined
    out.append((lo, end))
    return out


def _words(doc, start: int, end: int) -> int:
    span = doc.char_span(start, end, alignment_mode="expand")
    return 0 if span is None else sum(1 for t in span if not t.is_punct)


def without_joiners(doc, start: int, end: int) -> int:
    """Where a sentence starts once the lower-case joining words a run-on leaves at its front are skipped ("and so i
    called the port office" reads like "I called the port office"); a capitalised "So" or "And" is the writer's own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start
    at = start
    for tok in span:
        if tok.text not in _LEADING:
            break
        at = tok.idx + len(tok.text)
    if at == start:
        return start
    while at < end and doc.text[at].isspace():
        at += 1
    return at if _words(doc, at, end) >= MIN_PIECE_WORDS else start
