"""Where things lie in one parsed sentence: quoted stretches (and which the speaker said themselves), the
last contrast word, concessive clauses, the main clause, a hedge inside a verb's clause, and whether the
sentence is a design proposal rather than narration."""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.lemmas import lemma

_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "``", "''"})


def quoted_indices(toks) -> set[int]:
    """Token indices between a pair of quote marks."""
    inside: set[int] = set()
    open_at = None
    for tok in toks:
        if tok.text in _QUOTES:
            if open_at is None:
                open_at = tok.i
            else:
                inside.update(range(open_at + 1, tok.i))
                open_at = None
    return inside


_SAY_VERBS = frozenset(
    {"say", "tell", "write", "post", "announce", "reply", "answer", "type", "shout", "message", "go"}
)


def own_quoted(toks, quoted: set[int]) -> set[int]:
    """Quoted tokens the speaker said themselves ("I said 'I'm making the call'"): their words, their call."""
    own: set[int] = set()
    if not quoted:
        return own
    doc = toks[0].doc
    first = toks[0].i
    for i in sorted(quoted):
        if i - 1 in quoted or i - 2 < first:
            continue
        tok = doc[i - 2]  # the word before the opening quote mark
        while tok.is_punct and tok.i > first:
            tok = doc[tok.i - 1]
        for _ in range(3):
            if lemma(tok.lower_) in _SAY_VERBS and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children):
                j = i
                while j in quoted:
                    own.add(j)
                    j += 1
                break
            if tok.head is tok:
                break
            tok = tok.head
    return own


def contrast_index(toks) -> int:
    idx = -1
    for n, tok in enumerate(toks):
        low = tok.lower_
        if low in ("but", "however", "ultimately", "nevertheless", "nonetheless") or (
            low == "end" and n >= 2 and toks[n - 1].lower_ == "the" and toks[n - 2].lower_ in ("in", "at")
        ):
            idx = tok.i
    return idx


def is_design(sent) -> bool:
    """A design proposal or hypothetical: the main verb carries a modal (we'd, could, should)."""
    root = sent.root
    return any(c.tag_ == "MD" and c.dep_ == "aux" for c in root.children) or any(
        c.dep_ == "mark" and c.lower_ in lexicon.HYPOTHETICAL_MARKS for c in root.children
    )


def main_clause(tok) -> bool:
    return tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")


def hedge_in_clause(tok, hedges: list[tuple[int, int]]) -> bool:
    """A hedge anywhere in the verb's own clause ("over time it became the default")."""
    start = tok.left_edge.idx
    right = tok.right_edge
    end = right.idx + len(right.text)
    return any(start <= hs and he <= end for hs, he in hedges)


def concessive_spans(sent) -> list[tuple[int, int]]:
    out = []
    for tok in sent:
        if tok.dep_ == "mark" and tok.lower_ in lexicon.CONCESSIVE_MARKS:
            clause = tok.head
            last = clause.right_edge
            out.append((clause.left_edge.idx, last.idx + len(last.text)))
    return out
