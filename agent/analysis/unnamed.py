"""Approvals and settlements told with nobody named: agentless decisions the parser words oddly.

"the budget was rubber-stamped", "the menu got green-lit" (a hyphenated verb the tokenizer splits), "the green
light came on Tuesday", "the go-ahead landed two weeks later" (an approval that arrived, with no giver), "it got
settled before the audit", "the pilot was sort of shelved" (a hedge between the auxiliary and the participle makes the
parser read a complement).  Wrapped in the speaker's own hedge they become hedged later (``hedging.settle``).
"""

from __future__ import annotations

from agent.analysis import arrivals, lexicon
from agent.analysis.events import Event
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

# Approvals worded with a hyphenated verb the tokenizer splits ("rubber-stamped", "green-lit", "fast-tracked").
_HYPHEN_APPROVALS = {("rubber", "stamp"), ("green", "light"), ("green", "lit"), ("fast", "track"), ("auto", "approve")}
_ARRIVE = frozenset({"come", "arrive", "land"})
_APPROVAL_HEADS = frozenset(
    {"light", "go-ahead", "goahead", "sign-off", "signoff", "approval", "okay", "nod", "blessing"}
)


def _hyphen_approval(verb) -> bool:
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in ("-", "–"):
        return False
    return (doc[verb.i - 2].lower_, lemma(verb.lower_, verb.tag_)) in _HYPHEN_APPROVALS or (
        doc[verb.i - 2].lower_,
        verb.lower_,
    ) in _HYPHEN_APPROVALS


def _approved_unnamed(p: Predicate) -> bool:
    """ "the budget was rubber-stamped", "the new menu got green-lit": an approval with no approver named."""
    verb = p.tok
    if not _hyphen_approval(verb) or any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.dep_ == "acomp" and lemma(verb.head.lower_) in ("get", "be"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        subj = p.subj if p.passive else None
    return subj is not None and subj.lower_ not in lexicon.SELF_WORDS | lexicon.WE_WORDS


def _approval_arrived(p: Predicate) -> bool:
    """ "the green light came on a Tuesday", "the go-ahead landed two weeks later": no giver named."""
    if p.lemma not in _ARRIVE or p.subj is None or not p.past or p.negated or p.modal:
        return False
    head = p.subj
    named = head.lower_ in _APPROVAL_HEADS and (
        head.lower_ != "light" or any(c.lower_ == "green" for c in head.children)
    )
    return named and not any(c.dep_ == "prep" and c.lower_ in ("from", "with") for c in p.tok.children)


def _head_subject(verb):
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _stative_passive(p: Predicate) -> bool:
    """ "the pilot was sort of shelved": a hedge between the auxiliary and the participle makes the parser read a
    complement ("was" + acomp "shelved"); it is still a passive decision with nobody named."""
    verb = p.tok
    if verb.dep_ != "acomp" or verb.tag_ != "VBN" or lemma(verb.head.lower_) not in ("be", "get"):
        return False
    if verb.head.tag_ not in ("VBD", "VBN") or lemma(verb.lower_, "VBN") not in lexicon.PASSIVE_DECISION_VERBS:
        return False
    subj = _head_subject(verb)
    return (
        subj is not None
        and subj.lower_ not in lexicon.SELF_WORDS | lexicon.WE_WORDS
        and not any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.head.children)
    )


def hyphen_adjectival(adj):
    """ "the reorg got green-lit" with the participle tagged as an adjective: an approval nobody is named for."""
    if not _hyphen_approval(adj) or lemma(adj.head.lower_) not in ("be", "get") or adj.head.tag_ not in ("VBD", "VBN"):
        return None
    subj = _head_subject(adj)
    if subj is None or subj.lower_ in lexicon.SELF_WORDS | lexicon.WE_WORDS:
        return None
    first = subj.left_edge
    return Event("agentless", 3, first.idx, adj.idx + len(adj.text), "approved_unnamed", adj.i, verb=adj.lower_)


_SETTLING = frozenset({"settle", "finalize", "finalise", "agree", "decide"})


def _settled_unnamed(p: Predicate) -> bool:
    """ "it got settled before the audit": the matter was settled, by nobody named."""
    return (
        p.passive
        and p.past
        and not p.agent
        and not p.negated
        and p.lemma in _SETTLING
        and p.subj is not None
        and p.subj.lower_ in ("it", "that", "this")
    )


LEMMAS = frozenset({"stamp", "light", "lit", "track"}) | _ARRIVE | _SETTLING | arrivals.LEMMAS


def approval_unnamed(p: Predicate) -> tuple[str, int, str] | None:
    """(locus, strength, cue) for an approval or settlement with no one named, else None."""
    if p.modal or p.counterfactual:
        return None
    if p.past and _approved_unnamed(p):
        return ("agentless", 3, "approved_unnamed")
    if _approval_arrived(p):
        return ("agentless", 3, "approval_arrived")
    if _stative_passive(p):
        return ("agentless", 3, "passive_" + p.lemma)
    if _settled_unnamed(p):
        return ("agentless", 3, "passive_settled")
    return None
