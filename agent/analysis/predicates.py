"""Reads one verb of a dependency parse: its subject, voice, modality, tense and negation."""

from __future__ import annotations

from dataclasses import dataclass

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.lemmas import lemma

_SUBJ = ("nsubj", "nsubjpass", "csubj", "csubjpass")
_INHERIT = ("conj", "xcomp", "advcl", "pcomp", "acl")
_MODALS = frozenset({"would", "'d", "could", "should", "might", "can", "will", "may", "must", "'ll", "wo", "ca", "shall", "d"})
_PASSIVE_AUX = frozenset({"was", "were", "got", "been", "gotten", "get", "gets", "is", "are", "be", "being"})
_PAST_AUX = frozenset({"was", "were", "got", "had", "'d", "did", "been"})
_NEG_ADV = frozenset({"never", "not", "n't"})


@dataclass(slots=True)
class Predicate:
    """Everything the rules need to know about one verb."""

    tok: object
    lemma: str
    subj: object | None
    actor: str
    passive: bool
    agent: str | None
    negated: bool
    modal: bool
    counterfactual: bool
    past: bool
    particles: frozenset[str]
    objects: tuple[str, ...]


def subject_of(verb, depth: int = 0):
    """The subject token of ``verb`` and whether it is passive, inheriting through conj/xcomp."""
    for c in verb.children:
        if c.dep_ in _SUBJ:
            return c, c.dep_.endswith("pass")
    if depth < 4 and verb.dep_ in _INHERIT and verb.head is not verb:
        subj, _ = subject_of(verb.head, depth + 1)
        return subj, _is_passive(verb)
    return None, _is_passive(verb)


def _is_passive(verb) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _aux(verb, depth: int = 0) -> list:
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not kids and depth < 3 and verb.dep_ == "conj" and not any(c.dep_ in _SUBJ for c in verb.children):
        return _aux(verb.head, depth + 1)
    return kids


def read(verb) -> Predicate:
    """Build the ``Predicate`` of ``verb``."""
    subj, passive = subject_of(verb)
    aux = _aux(verb)
    aux_low = [a.lower_ for a in aux]
    has_have = any(lemma(a) == "have" for a in aux_low)
    modal_words = [a for a in aux_low if a in _MODALS]
    # "'d" is "had" before a bare participle ("I'd already reverted"), "would" otherwise.
    if modal_words and verb.tag_ == "VBN" and not has_have and all(m in ("'d", "d") for m in modal_words):
        modal_words = []
        has_have = True
    counterfactual = bool(modal_words) and has_have and verb.tag_ == "VBN"
    modal = bool(modal_words) and not counterfactual
    if any(a in ("gon", "going") for a in aux_low):
        modal = True
    if not modal_words and verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.head.children):
        modal = True  # "would need to approve"
    past = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and (has_have or any(a in _PAST_AUX for a in aux_low) or verb.dep_ == "conj")
    ) or any(a in ("did", "was", "were") for a in aux_low)
    if verb.tag_ == "VBN" and not aux:
        # A bare participle heading its clause is the tagger misreading a simple past.
        past = past or verb.dep_ in ("ROOT", "ccomp", "advcl") or verb.head.tag_ in ("VBD", "VBN")
    agent = None
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    agent = category(p)
    negated = any(c.dep_ == "neg" or c.lower_ in _NEG_ADV for c in verb.children if c.dep_ in ("neg", "advmod"))
    if not negated and verb.dep_ == "conj":
        negated = any(c.dep_ == "neg" for c in verb.head.children) and not any(c.dep_ in _SUBJ for c in verb.children)
    particles = frozenset(
        c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep", "dative", "acomp")
    )
    objects = tuple(lemma(c.lower_) for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")) + tuple(
        lemma(g.lower_) for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"
    )
    return Predicate(
        tok=verb,
        lemma=lemma(verb.lower_),
        subj=subj,
        actor=category(subj) if subj is not None else "none",
        passive=passive,
        agent=agent,
        negated=negated,
        modal=modal,
        counterfactual=counterfactual,
        past=past,
        particles=particles,
        objects=objects,
    )


def in_hypothetical_clause(verb) -> bool:
    """True inside an "if/unless" clause (a condition, not a narrated decision)."""
    tok = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in lexicon.HYPOTHETICAL_MARKS for c in tok.children):
            return True
        if tok.head is tok or tok.dep_ not in ("advcl", "conj", "ccomp", "xcomp"):
            return False
        tok = tok.head
    return False


def in_concessive_clause(verb) -> bool:
    """True inside "even though / although / while ..." (the losing side of a contrast)."""
    tok = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in lexicon.CONCESSIVE_MARKS for c in tok.children):
            return True
        if tok.head is tok or tok.dep_ not in ("advcl", "conj", "ccomp"):
            return False
        tok = tok.head
    return False


def negated_by_preposition(verb) -> bool:
    """"without waiting", "instead of asking", "rather than escalating"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in ("without", "of", "than"):
        if head.lower_ == "without":
            return True
        prev = head.doc[head.i - 1] if head.i > 0 else None
        return prev is not None and prev.lower_ in ("instead", "rather")
    if verb.dep_ in ("advcl", "xcomp") and verb.i > 1:
        prev = verb.doc[verb.i - 1]
        prev2 = verb.doc[verb.i - 2]
        return prev.lower_ == "than" and prev2.lower_ == "rather"
    return False
