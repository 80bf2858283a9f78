"""Where a decision rests, said with a preposition and no decision verb on the holder's side.

"Whether to keep it was up to the partner team", "choosing Aurora was entirely on me", "dropping the endpoint
was down to the VP".  "Up to X" holds whatever the subject is; "on X" and "down to X" hold a decision only when
the subject is one: a decision noun ("the call was on me") or a gerund of deciding or acting ("rolling back was
on me").  "The outage was on me" is a fault owned, not a decision placed, and is left to the scorer.
"""

from __future__ import annotations

from agent.analysis import frames, lexicon
from agent.analysis.events import Event
from agent.analysis.holders import holder_locus
from agent.analysis.lemmas import lemma

_DECIDING = lexicon.DECISION_VERBS | lexicon.ACTION_VERBS | frozenset(lexicon.DECISION_PHRASAL)
_HELD = frames.DECISION_NOUNS | frames.PERMISSION_NOUNS


def rests_with(be) -> Event | None:
    """The holder a copula places a decision with ("X was up to / on / down to Y"), as an event."""
    kids = list(be.children)
    if any(c.dep_ == "neg" for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None or any(c.dep_ in ("acomp", "attr") for c in kids):
        return None  # "rolling out was hard on support": a burden, not a holder
    if _verdict_in(be, subj, kids):
        last = be.doc[be.i + 1]
        return Event("agentless", 3, subj.left_edge.idx, last.idx + len(last.text), "verdict_in", be.i)
    for prep, holder in _holders(be, kids):
        if prep != "up" and not _a_decision(subj):
            continue
        locus = holder_locus(holder)
        if prep == "on" and locus not in ("self", "group", "authority"):
            continue  # "the approval was on the ticket": a place, not a person
        if locus is not None:
            first, last = subj.left_edge, holder.right_edge
            if last.i - first.i > 14:
                last = be.doc[first.i + 14]
            cue = "up_to" if prep == "up" else "rests_on"
            return Event(locus=locus, strength=3, start=first.idx, end=last.idx + len(last.text), cue=cue, pos=be.i)
    return None


def _holders(be, kids):
    """(preposition, holder) pairs: "up to X", "down to X", "on X" hung on the copula."""
    for c in kids:
        if c.dep_ in ("prep", "advmod") and c.lower_ in ("up", "down"):
            for to in c.children:
                if to.lower_ == "to":
                    obj = next((o for o in to.children if o.dep_ == "pobj"), None)
                    if obj is not None:
                        yield c.lower_, obj
        elif c.dep_ == "prep" and c.lower_ == "on":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                yield "on", obj


def _a_decision(subj) -> bool:
    if subj.dep_ == "csubj" or subj.tag_ == "VBG":
        return lemma(subj.lower_) in _DECIDING
    return lemma(subj.lower_, subj.tag_) in _HELD


_VERDICTS = frozenset("verdict decision ruling judgment judgement determination".split())


def _verdict_in(be, subj, kids) -> bool:
    """ "by the time I got back, the verdict was in: we'd stay on Oracle": a decision that arrived, nobody named."""
    return (
        be.lower_ in ("was", "were")
        and lemma(subj.lower_, subj.tag_) in _VERDICTS
        and not any(c.dep_ == "poss" for c in subj.children)
        and any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ == "in" and not list(c.children) for c in kids)
    )
