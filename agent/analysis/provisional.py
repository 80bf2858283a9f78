"""A provisional thing that settled in with nobody choosing (Drifting, with no hedge word).

"the stopgap quietly became the platform", "the interim rota went permanent without a single meeting", "what
started as a weekend hack became the billing service", "the temporary fix outlived two CTOs", "the placeholder
logo survived three rebrands".  The subject must be provisional (a stopgap, a hack, an interim or temporary one)
and what it became must be a standing thing, not a quality: "the stopgap server became unstable" is a finding,
"the temporary fix outlived the outage" or "held for a week" decide nothing.
"""

from __future__ import annotations

from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

_PROVISIONAL_NOUNS = frozenset(
    """stopgap workaround hack kludge bodge band-aid bandaid placeholder prototype pilot interim shim crutch
    mvp poc spike trial experiment makeshift""".split()
)
_PROVISIONAL_MODIFIERS = frozenset(
    """temporary interim provisional stopgap makeshift placeholder tactical one-off throwaway quick short-term
    emergency trial pilot test""".split()
)
# What a thing can settle into: a standing state ("went permanent") or a noun with a definite reference.
_STANDING = frozenset("permanent official standard default canonical de-facto fixed established".split())
_FINDINGS = frozenset(
    """bottleneck problem issue mess liability headache risk concern failure nightmare pain blocker cause culprit
    reason victim casualty target weak weakness""".split()
)
# What a leftover outlives: the people and changes that could have removed it.
_OUTLIVED = frozenset(
    """cto ctos ceo ceos cio cios vp vps director directors boss bosses head heads chief chiefs manager managers
    rebrand rebrands reshuffle reshuffles relaunch relaunches restructure restructures restructuring restructurings
    leadership administration administrations owner owners""".split()
)


def _provisional(noun) -> bool:
    if noun is None:
        return False
    if lemma(noun.lower_, noun.tag_) in _PROVISIONAL_NOUNS:
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _PROVISIONAL_MODIFIERS for c in noun.children):
        return True
    if noun.lower_ == "what" or noun.tag_.startswith("VB"):  # "what started as a weekend hack"
        verb = noun if noun.tag_.startswith("VB") else noun.head
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                return obj is not None and _provisional(obj)
    return False


def _standing_complement(verb) -> bool:
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd") and c.lower_ in _STANDING:
            return True
        if c.dep_ == "attr" and c.tag_.startswith("NN") and lemma(c.lower_, c.tag_) not in _FINDINGS:
            det = next((d for d in c.children if d.dep_ in ("det", "poss")), None)
            if det is not None and (det.dep_ == "poss" or det.lower_ == "the"):
                return True  # "became the platform", "became our billing service"
            if any(a.dep_ == "amod" and a.lower_ in _STANDING for a in c.children):
                return True
    return False


def settled_in(p: Predicate) -> tuple[int, str] | None:
    """(strength, cue) when a provisional thing became the standing one, with nobody named choosing."""
    if not p.past or p.modal or p.negated or p.passive or p.actor in ("self", "we"):
        return None  # a provisional board or office ("the temporary office outlived three CEOs") drifts like a thing
    subj = p.subj
    if p.subj is None and p.tok.dep_ == "ROOT":
        subj = next((c for c in p.tok.children if c.dep_ == "csubj"), None)
    if not _provisional(subj):
        return None
    lem = p.lemma
    if lem in ("become", "go", "turn") and _standing_complement(p.tok):
        return (3, "settled_in")
    if lem in ("outlive", "outlast", "survive") and any(
        c.dep_ == "dobj" and lemma(c.lower_, c.tag_) in _OUTLIVED for c in p.tok.children
    ):
        return (3, "outlived")
    return None
