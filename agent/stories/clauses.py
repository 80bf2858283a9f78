"""The sentences of an answer as the analyzer split them, each with its clauses read from the parse.

A clause is one verb with who does it (the analyzer's actor categories), whether it is negated,
modal, counterfactual ("would have"), conditional ("if ...") or habitual, and its words as lemmas.
Nothing here splits text itself: sentence bounds are the analyzer's, tokens are spaCy's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from agent.analysis.lemmas import lemma
from agent.analysis.models import AnswerAnalysis, Span
from agent.analysis.predicates import in_hypothetical_clause, read
from agent.stories import runons

_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_WOULD = frozenset(
    {"would", "'d", "d", "could", "might", "should", "will", "'ll", "can", "may", "must", "wo", "ca", "shall"}
)
_HABIT_ADVERBS = frozenset({"always", "never", "usually", "generally", "typically", "normally", "often", "rarely"})
_MAX_SPAN = 160


@dataclass(slots=True)
class Clause:
    """One verb of a sentence and what the parse says about it."""

    lemma: str
    verb: str
    actor: str
    subject: str
    subject_text: str
    negated: bool
    modal: bool
    counterfactual: bool
    conditional: bool
    past: bool
    present: bool
    habitual: bool
    modal_word: str
    start: int
    end: int
    words: frozenset[str]
    objects: tuple[str, ...]
    particles: frozenset[str]
    index: int
    head: int
    dep: str

    @property
    def mine(self) -> bool:
        """The speaker does it ("I rolled back", or a dropped subject: "Rolled it back at noon")."""
        return self.actor == "self"

    @property
    def narrated(self) -> bool:
        """A past event told as it happened: not modal, not hypothetical, not habitual."""
        return self.past and not self.modal and not self.counterfactual and not self.conditional


@dataclass(slots=True)
class SentenceView:
    """One analyzer sentence of a candidate turn, with its parse and decision spans."""

    turn: int
    start: int
    end: int
    text: str
    lower: str
    words: frozenset[str]
    lemmas: frozenset[str]
    clauses: list[Clause] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    tokens: object = None
    question: bool = False
    concrete: frozenset[str] | None = None  # filled once by agent.stories.substance.concrete_words
    aside: bool | None = None  # a hope or an honest "not yet" (filled once by agent.stories.substance.wish_or_absence)
    phrases: object = None  # which phrase patterns can match ``lower`` (filled once by agent.stories.found.first)

    def mine(self) -> list[Clause]:
        """Clauses whose actor is the speaker."""
        return [c for c in self.clauses if c.mine]


def _original(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace from a span of ``text``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_NOUN_SLOTS = frozenset({"dobj", "pobj", "compound", "nsubj", "nsubjpass", "poss"})


def _is_clause_head(tok) -> bool:
    # A finite present verb in a noun's slot is a mistagged plural ("paused the revenue dashboards myself").
    return (
        tok.tag_.startswith("VB")
        and tok.dep_ not in ("aux", "auxpass")
        and not (tok.tag_ in ("VBZ", "VBP") and tok.dep_ in _NOUN_SLOTS)
    )


def _own_words(toks) -> dict[int, set[str]]:
    """Lower-case words of each clause: every token goes to its nearest verb above it (one pass)."""
    out: dict[int, set[str]] = {}
    lo, hi = toks.start, toks.end
    stack = [(t, t.i) for t in toks if t.head.i == t.i or not lo <= t.head.i < hi]
    while stack:
        tok, head = stack.pop()
        if _is_clause_head(tok):
            head = tok.i
        out.setdefault(head, set()).add(tok.lower_)
        stack.extend((c, head) for c in tok.children if lo <= c.i < hi)
    return out


def _inverted_condition(tok, kids) -> bool:
    """ "Had nobody approved it, ...": an auxiliary before its subject opens a condition (``kids``: its children)."""
    subj = next((c for c in kids if c.dep_ in _SUBJ_DEPS), None)
    if subj is None:
        return False
    doc = tok.doc
    return any(
        c.dep_ == "aux"
        and c.lower_ in ("had", "were", "should")
        and c.i < subj.i
        and (c.i == 0 or doc[c.i - 1].is_punct or doc[c.i - 1].lower_ in ("and", "but", "so", "even"))
        for c in kids
    )


def _clause(tok, toks, base_text: str, index: int, words: set[str]) -> Clause:
    p = read(tok)
    kids = list(tok.children)  # read once: each pass over .children makes new Token objects
    actor = p.actor
    subj = p.subj
    doc = tok.doc
    by_agent = any(doc[j].lower_ == "by" for j in range(tok.i + 1, min(tok.i + 4, len(doc))))
    if subj is None and actor == "self" and (p.agent is not None or by_agent):
        actor = p.agent or "authority"  # "Rolled back by the incident commander": the agent acted, not the speaker
    if (
        subj is None
        and tok.tag_ in ("VBD", "VBN")
        and tok.dep_ == "ROOT"
        and p.agent is None
        and not p.passive
        and not by_agent
    ):
        first = toks[0]
        if first.i == tok.i or first.is_punct or first.lower_ in ("so", "then", "and", "also", "just", "first"):
            actor = "self"  # "Rolled it back within the hour": a dropped subject is the speaker
    modal_word = next((c.lower_ for c in kids if c.dep_ == "aux" and c.lower_ in _WOULD), "")
    own_subj = any(c.dep_ in _SUBJ_DEPS for c in kids)
    if not modal_word and tok.dep_ in ("xcomp", "conj") and not own_subj:
        modal_word = next((c.lower_ for c in tok.head.children if c.dep_ == "aux" and c.lower_ in _WOULD), "")
    present = tok.tag_ in ("VBP", "VBZ") or (
        tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in kids)
    )
    habitual = (present and not p.modal) or any(
        c.lower_ in _HABIT_ADVERBS and c.dep_ in ("advmod", "neg") for c in kids
    )
    own_subject = subj is not None and subj.head.i == tok.i
    lo = subj.left_edge.idx if own_subject and subj.i < tok.i else tok.idx
    right = tok
    for c in kids:
        if c.dep_ in ("dobj", "prt", "attr", "acomp", "dative", "oprd", "prep", "npadvmod") and c.i > right.i:
            right = c.right_edge
    hi = right.idx + len(right.text)
    if hi - lo > _MAX_SPAN:
        hi = max(tok.idx + len(tok.text), lo + _MAX_SPAN)
    lo, hi = _original(base_text, lo, min(hi, len(base_text)))
    return Clause(
        lemma=p.lemma,
        verb=tok.lower_,
        actor=actor,
        subject=subj.lower_ if subj is not None else "",
        subject_text=_phrase(subj, base_text) if subj is not None else "",
        negated=p.negated,
        modal=p.modal or (bool(modal_word) and not p.counterfactual),
        counterfactual=p.counterfactual,
        conditional=in_hypothetical_clause(tok) or _inverted_condition(tok, kids),
        past=p.past,
        present=present,
        habitual=habitual,
        modal_word=modal_word,
        start=lo,
        end=hi,
        words=frozenset(words),
        objects=p.objects,
        particles=p.particles,
        index=tok.i,
        head=tok.head.i,
        dep=tok.dep_,
    )


def _phrase(tok, text: str) -> str:
    """The noun phrase a token heads ("the operations team"), cut to a readable length."""
    lo = tok.left_edge.idx
    hi = tok.idx + len(tok.text)
    return text[lo:hi][-60:] if hi <= len(text) else tok.text


def _inherit(clauses: list[Clause]) -> None:
    """A verb joined to the speaker's verb without its own subject is the speaker's too."""
    by_index = {c.index: c for c in clauses}
    for c in clauses:
        if (
            c.actor == "none"
            and c.subject == ""
            and (c.dep in ("conj", "xcomp", "advcl", "dep") or (c.dep == "ccomp" and c.past))
        ):
            head = by_index.get(c.head)
            if head is not None and head.actor == "self":
                c.actor = "self"


_REASON_MARKS = frozenset({"since", "because", "as", "while"})
_WH = frozenset({"how", "what", "which", "when", "where", "who", "whether", "if"})


def _reattach(clauses: list[Clause], doc) -> None:
    """ "I paused it myself, since finance would have quoted wrong numbers, and pinged the owners": the parse
    joins "pinged" to the reason clause; after ", and" it continues the speaker's own past clause."""
    by_index = {c.index: c for c in clauses}
    for c in clauses:
        if c.dep != "conj" or c.index < 2 or any(ch.dep_ in _SUBJ_DEPS for ch in doc[c.index].children):
            continue  # only a verb with no subject of its own (the parse lends it the embedded clause's)
        head = by_index.get(c.head)
        root = by_index.get(head.head) if head is not None else None
        if (
            head is None
            or root is None
            or head.dep not in ("advcl", "ccomp")
            or head.actor == "self"
            or root.actor != "self"
            or not root.past
        ):
            continue
        if head.dep == "ccomp":
            # "I asked the pharmacist how long the labels stayed valid and went ahead": the parse joins "went" to the
            # embedded question; a thing's question cannot go ahead, the speaker did.
            if head.actor not in ("thing", "none") or not any(
                t.lower_ in _WH for t in doc[head.index].subtree if t.i < head.index
            ):
                continue
            if doc[c.index - 1].lower_ == "and" and doc[c.index].tag_ == "VBD":
                c.actor, c.head = "self", root.index
            continue
        marked = any(ch.dep_ == "mark" and ch.lower_ in _REASON_MARKS for ch in doc[head.index].children)
        joined = doc[c.index - 1].lower_ == "and" and doc[c.index - 2].text == ","
        if marked and joined and doc[c.index].tag_ in ("VBD", "VBN"):
            c.actor, c.modal, c.counterfactual, c.modal_word, c.past, c.head = (
                "self",
                False,
                False,
                "",
                True,
                root.index,
            )


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut at its line breaks: a new line always starts a new sentence (lists, pasted notes)."""
    out = []
    pos = start
    while pos < end:
        cut = text.find("\n", pos, end)
        stop = end if cut < 0 else cut
        lo, hi = _original(text, pos, stop)
        if hi > lo:
            out.append((lo, hi))
        pos = stop + 1
    return out


_LONG = 4000
_LETTERS = re.compile(r"[^\W\d_]+")


def _wordless(sent_text: str) -> bool:
    """A long stretch that is mostly not words (a pasted run of punctuation or symbols): nothing to parse for clauses."""
    if len(sent_text) <= _LONG:
        return False
    letters = sum(len(m) for m in _LETTERS.findall(sent_text, 0, _LONG * 4))
    return letters * 5 < min(len(sent_text), _LONG * 4)


class _Spans:
    """An answer's decision spans by start offset, so each sentence finds its own by bisection (linear overall)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self.starts = [s.start for s in self.spans]

    def starting_in(self, start: int, end: int) -> list[Span]:
        return self.spans[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _view(turn: int, text: str, start: int, end: int, doc, limit: int, spans: _Spans) -> SentenceView | None:
    sent_text = text[start:end]
    mine = spans.starting_in(start, end)
    if _wordless(sent_text):
        words = frozenset(w.lower() for w in _LETTERS.findall(sent_text))
        return SentenceView(
            turn=turn,
            start=start,
            end=end,
            text=sent_text,
            lower=sent_text.lower(),
            words=words,
            lemmas=words,
            clauses=[],
            spans=mine,
            tokens=None,
            question=sent_text.rstrip().endswith("?"),
        )
    toks = doc.char_span(start, min(end, limit), alignment_mode="expand") if start < limit else None
    clauses: list[Clause] = []
    words: set[str] = set()
    lemmas: set[str] = set()
    if toks is not None:
        heads = []
        for tok in toks:
            low = tok.lower_
            words.add(low)
            lemmas.add(lemma(low))
            if _is_clause_head(tok):
                heads.append(tok)
        groups = _own_words(toks)
        for tok in heads:
            clauses.append(_clause(tok, toks, text, len(clauses), groups.get(tok.i, set())))
        _inherit(clauses)
        _reattach(clauses, toks.doc)
    return SentenceView(
        turn=turn,
        start=start,
        end=end,
        text=sent_text,
        lower=sent_text.lower(),
        words=frozenset(words),
        lemmas=frozenset(lemmas),
        clauses=clauses,
        spans=mine,
        tokens=toks,
        question=sent_text.rstrip().endswith("?"),
    )


def sentences_of(turn: int, text: str, analysis: AnswerAnalysis, doc) -> list[SentenceView]:
    """The analyzer's sentences of one answer, each with clauses from ``doc`` (the analyzer's parse)."""
    out: list[SentenceView] = []
    limit = len(doc.text)
    spans = _Spans(analysis.spans)
    for sent in analysis.sentences:
        for line_start, line_end in _lines(text, sent.start, min(sent.end, len(text))):
            toks = (
                doc.char_span(line_start, min(line_end, limit), alignment_mode="expand") if line_start < limit else None
            )
            cut = runons.pieces(toks, line_start, line_end) if toks is not None else [(line_start, line_end)]
            for start, end in cut:
                if start < limit:
                    start = runons.without_joiners(doc, start, min(end, limit))
                view = _view(turn, text, start, end, doc, limit, spans)
                if view is not None:
                    out.append(view)
    return out
