"""The words a probe quotes: the whole decision clause with its object.

The analyzer's span marks where a decision is placed ("The team decided to use");
an interviewer quotes the decision itself ("The team decided to use Cassandra for
the bookmarks").  Starting at the span, the clause runs on through the words the
decision's verb governs and stops at the next clause boundary: punctuation, a
coordinated or subordinate clause ("and then …", "because …", "until …"), or the
end of the verb's phrase.  A clause longer than ``QUOTE_LIMIT`` is cut where a
phrase ends, never inside a noun phrase, and a quote never ends on a dangling
"to", "the", "of" or "and".  The result is always verbatim text of the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from agent.analysis.models import AnswerAnalysis, Span
from agent.analysis.nlp import get_nlp

QUOTE_LIMIT = 110
# Words that begin a subordinate clause: the decision clause ends before them.
_SUBORDINATORS = frozenset(
    "because since after before until till once when whenever while although though unless whereas "
    "whilst so then and but or yet nor which who whom whose where".split()
)
# Clause boundaries in the dependency parse (a child of this kind starts a new clause).
_BOUNDARY_DEPS = frozenset({"cc", "conj", "advcl", "parataxis", "relcl", "punct", "preconj"})
# Word classes a quote never ends on.
_DANGLING_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PRON", "PUNCT", "SPACE"})
_DANGLING_WORDS = frozenset(
    "a an the to of for with on in at by and or but that our my their its his her your from into onto as so "
    "than then this these those some any every each no".split()
)
# Units of time: "three sprints" right before "after the beta" measures that phrase (the parser may hang it elsewhere).
_DURATIONS = frozenset(
    "second seconds minute minutes hour hours day days night nights week weeks weekend weekends month months "
    "quarter quarters year years sprint sprints".split()
)
_KEEP_PUNCT = {"-", "'", "’", "/", "&", "%", "+"}
_KEEP_PRONOUNS = {"it", "them", "him", "her", "us", "me", "everything", "everyone", "itself", "this", "that"}


# The pipeline runs without the attribute ruler (agent/analysis/nlp.py), so ``pos_`` is empty: coarse
# classes come from the tagger's Penn tags instead.
_TAG_POS = {
    "DT": "DET",
    "PDT": "DET",
    "WDT": "DET",
    "IN": "ADP",
    "RP": "ADP",
    "CC": "CCONJ",
    "TO": "PART",
    "POS": "PART",
    "MD": "AUX",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WP": "PRON",
    "WP$": "PRON",
    "EX": "PRON",
    "_SP": "SPACE",
    ".": "PUNCT",
    ",": "PUNCT",
    ":": "PUNCT",
    "``": "PUNCT",
    "''": "PUNCT",
    "-LRB-": "PUNCT",
    "-RRB-": "PUNCT",
    "HYPH": "PUNCT",
    "NFP": "PUNCT",
}


def _pos(token) -> str:
    """The token's coarse word class (``pos_`` when the pipeline sets it, else from its Penn tag)."""
    if token.pos_:
        return token.pos_
    if token.dep_ in ("aux", "auxpass"):
        return "AUX"
    if token.tag_ == "IN" and token.dep_ == "mark":
        return "SCONJ"
    return _TAG_POS.get(token.tag_, "")


@dataclass(frozen=True)
class Quote:
    """A verbatim piece of the answer a probe quotes; ``trimmed`` when the clause went on."""

    text: str
    start: int
    end: int
    trimmed: bool = False


@lru_cache(maxsize=256)
def _parse(sentence: str):
    """One parse per sentence (several spans of a sentence, or a repeated answer, share it)."""
    return get_nlp()(sentence)


def _sentence_bounds(analysis: AnswerAnalysis, span: Span) -> tuple[int, int]:
    for sentence in analysis.sentences:
        if sentence.start <= span.start < sentence.end:
            return sentence.start, max(sentence.end, span.end)
    return 0, len(analysis.text)


def _dangling(token) -> bool:
    if _pos(token) == "PRON" and token.lower_ in _KEEP_PRONOUNS:
        return False
    return _pos(token) in _DANGLING_POS or token.lower_ in _DANGLING_WORDS


def _anchor(tokens: list, lo: int, hi: int):
    """The span's head: its token whose syntactic head lies outside the span (or the root)."""
    inside = [t for t in tokens if lo <= t.idx < hi]
    if not inside:
        return None
    for token in inside:
        if token.head.i == token.i or not (lo <= token.head.idx < hi):
            return token
    return inside[0]


def _is_boundary(token, governed: set[int]) -> bool:
    if token.i not in governed:
        return True
    if _pos(token) == "PUNCT" and token.text not in _KEEP_PUNCT:
        return True
    if token.lower_ in _SUBORDINATORS and token.dep_ in {
        "cc",
        "mark",
        "advmod",
        "prep",
        "nsubj",
        "dobj",
        "pobj",
        "attr",
    }:
        return True
    if token.dep_ == "advcl" and token.left_edge.lower_ == "to":
        return False
    return token.dep_ in _BOUNDARY_DEPS and token.text not in _KEEP_PUNCT


def _boundary_subtrees(anchor) -> set[int]:
    """Token indices under the anchor, without clauses that hang off it (conj, advcl, relcl…)."""
    cut: set[int] = set()
    for token in anchor.subtree:
        if token.i != anchor.i and token.dep_ in {"conj", "advcl", "parataxis", "relcl", "cc"} and token.i > anchor.i:
            if token.dep_ == "advcl" and token.left_edge.lower_ == "to":
                continue  # "the decision was made to move the jobs": the infinitive is the decision
            cut.update(t.i for t in token.subtree)
    return {t.i for t in anchor.subtree} - cut


def _drop_cut_modifier(tokens: list, last: int, keep: int) -> int:
    """End the quote before words that belong to the phrase cut off after it: in "cancel the migration two days
    before launch", "two days" measures "before launch" (or the verb's timing with it), not the decision."""
    nxt = last + 1
    if nxt >= len(tokens):
        return last
    cut = last
    for token in tokens[keep + 1 : last + 1]:
        duration = token.i == last and token.lower_ in _DURATIONS and tokens[nxt].lower_ in _SUBORDINATORS
        measures_next = duration or token.head.i == nxt or (token.dep_ == "npadvmod" and token.right_edge.i == last)
        if measures_next and token.left_edge.i > keep:
            cut = min(cut, token.left_edge.i - 1)
    return cut


def _trim_end(tokens: list, first: int, last: int) -> int:
    """Index of the last token to keep: drop dangling function words and punctuation at the end."""
    while last > first and _dangling(tokens[last]):
        last -= 1
    return last


def _noun_chunk_ends(doc) -> tuple[set[int], set[int]]:
    inside: set[int] = set()
    ends: set[int] = set()
    for chunk in doc.noun_chunks:
        inside.update(range(chunk.start, chunk.end - 1))
        ends.add(chunk.end - 1)
    return inside, ends


def _cut_long(doc, tokens: list, first: int, last: int, base: int, must_end: int) -> int:
    """The last token index of a quote that fits ``QUOTE_LIMIT``, cut where a phrase ends."""
    inside, _ends = _noun_chunk_ends(doc)
    start_char = tokens[first].idx
    best = None
    for i in range(first, last):
        end_char = tokens[i].idx + len(tokens[i].text)
        if end_char - start_char > QUOTE_LIMIT:
            break
        nxt = tokens[i + 1]
        opens_phrase = _pos(nxt) in {"ADP", "SCONJ", "CCONJ", "PUNCT", "PART"} or nxt.dep_ in {
            "prep",
            "cc",
            "conj",
            "advcl",
            "relcl",
            "acl",
            "punct",
            "xcomp",
        }
        if opens_phrase and i not in inside and not _dangling(tokens[i]) and base + end_char >= must_end:
            best = i
    if best is None:  # no phrase boundary late enough: the last whole word that fits, still not dangling
        for i in range(first, last):
            if tokens[i].idx + len(tokens[i].text) - start_char > QUOTE_LIMIT:
                break
            if i not in inside and not _dangling(tokens[i]):
                best = i
    return best if best is not None else first


def decision_quote(analysis: AnswerAnalysis, span: Span) -> Quote:
    """The decision clause that ``span`` belongs to, as verbatim text of ``analysis.text``."""
    text = analysis.text
    lo, hi = _sentence_bounds(analysis, span)
    sentence = text[lo:hi]
    fallback = Quote(text=span.text, start=span.start, end=span.end)
    if not sentence.strip():
        return fallback
    doc = _parse(sentence)
    tokens = list(doc)
    rel_start, rel_end = span.start - lo, span.end - lo
    anchor = _anchor(tokens, rel_start, rel_end)
    if anchor is None:
        return fallback
    if _pos(anchor) == "ADP" or anchor.dep_ == "prep":
        # "Per the runbook …", "according to policy …": the decision is the clause it frames.
        governed = {t.i for t in tokens}
    else:
        governed = _boundary_subtrees(anchor)
    governed |= {t.i for t in tokens if rel_start <= t.idx < rel_end}
    in_span = [t.i for t in tokens if rel_start <= t.idx < rel_end]
    first, last = in_span[0], in_span[-1]
    while first < last and _pos(tokens[first]) == "PUNCT":
        first += 1
    # Extend past the span through the words the decision's verb still governs.
    i = last + 1
    while i < len(tokens) and not _is_boundary(tokens[i], governed):
        last = i
        i += 1
    last = _trim_end(tokens, first, _drop_cut_modifier(tokens, last, in_span[-1]))
    trimmed = False
    if tokens[last].idx + len(tokens[last].text) - tokens[first].idx > QUOTE_LIMIT:
        last = _trim_end(tokens, first, _cut_long(doc, tokens, first, last, lo, span.start))
        trimmed = True
    start = lo + tokens[first].idx
    end = lo + tokens[last].idx + len(tokens[last].text)
    if end <= start:
        return fallback
    return Quote(text=text[start:end], start=start, end=end, trimmed=trimmed)
