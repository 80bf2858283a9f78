"""Joint decisions told without a standard deciding clause (group).

- coming round to an option: "the four of us came round to event sourcing", "we warmed to trunk-based
  development after the spike" (a decision verb only with "to" and an option after it, never "came round to fix the
  boiler");
- the outcome of a meeting of peers: "the upshot of our retro was that we'd stop estimating", "the result of the
  workshop was to standardise on Kafka"; the same outcome of a board's or committee's meeting is that forum's
  (process), and "the upshot was a twenty percent drop in latency" (no meeting, no decision content) is nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.events import Event
from agent.analysis.lemmas import lemma

if TYPE_CHECKING:
    from agent.analysis.predicates import Predicate

LEMMAS = frozenset({"warm"})
_ROUND = frozenset({"round", "around"})


_PLACES = frozenset(
    """place house home flat apartment office room party dinner lunch pub bar desk door temperature table town""".split()
)


def _option(obj) -> bool:
    """An option one can come round to: not a person, a place or a temperature ("came round to his place")."""
    if obj.dep_ == "pcomp":
        return obj.tag_ == "VBG"  # "came around to using feature flags"
    if obj.tag_ == "PRP" or lemma(obj.lower_, obj.tag_) in _PLACES:
        return False
    return category(obj) not in ("self", "we", "group", "authority", "process")


def _named_object(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(o.tag_ == "NNP" for o in c.children) for c in verb.subtree)


def _option_after_to(verb) -> bool:
    """ "to event sourcing", "to the idea of ...": a ``to`` preposition with an option after it, not an infinitive."""
    for c in verb.subtree:
        if c.dep_ == "prep" and c.lower_ == "to" and c.head.i in (verb.i, *(k.i for k in verb.children)):
            if any(o.dep_ in ("pobj", "pcomp") and _option(o) for o in c.children):
                return True
    return False


def came_round(p: Predicate) -> bool:
    """ "came round to event sourcing", "warmed (up) to the idea": adopting an option after resisting it ("she warmed
    to Priya" is a person warming to a person: a name after a personal pronoun is not read as an option)."""
    if p.subj is not None and p.subj.lower_ in lexicon.THIRD_PERSON and _named_object(p.tok):
        return False
    if p.lemma == "warm":
        return _option_after_to(p.tok)
    if p.lemma == "come":
        return bool(p.particles & _ROUND) and _option_after_to(p.tok)
    return False


_OUTCOMES = frozenset({"outcome", "result", "upshot", "conclusion", "takeaway", "output", "verdict"})
_MEETINGS = frozenset(
    """retro retrospective meeting session workshop offsite off-site huddle discussion review sync standup
    stand-up planning kickoff kick-off postmortem post-mortem summit debate call chat conversation""".split()
)
_OURS = frozenset({"our", "the", "that", "this", "last", "a"})


def _meeting(noun):
    """The meeting an outcome noun is "of": "the upshot of our retro" -> retro."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            for o in c.children:
                if o.dep_ == "pobj" and lemma(o.lower_, o.tag_) in _MEETINGS:
                    return o
    return None


_SETTLING = frozenset({"to", "would", "'d", "will", "should", "'ll", "must", "could"})


def _we_reached(noun) -> bool:
    return any(
        c.dep_ == "relcl"
        and lemma(c.lower_, c.tag_) in ("reach", "come", "arrive", "land", "draw")
        and any(g.dep_ == "nsubj" and g.lower_ in lexicon.WE_WORDS for g in c.children)
        for c in noun.children
    )


def _content(be):
    """What the meeting settled, as a clause ("was that we'd stop estimating", "was to pause hiring"): the clause's
    verb, or None when it settles nothing ("was that nobody could agree")."""
    clause = next((c for c in be.children if c.dep_ in ("ccomp", "xcomp") and c.i > be.i), None)
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in lexicon.NOBODY_WORDS | {"no", "one"}:
        return None
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if not aux & _SETTLING:
        return None  # "the result of the meeting was that the report went out late": an event, not a settled plan
    return clause


def meeting_outcome(be) -> Event | None:
    """ "The upshot of our retro was that we'd stop estimating" (group); a board's meeting is the board's."""
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None or lemma(subj.lower_, subj.tag_) not in _OUTCOMES or any(c.dep_ == "neg" for c in be.children):
        return None
    meeting = _meeting(subj)
    if meeting is None and _we_reached(subj):
        meeting = subj  # "the conclusion we reached as a squad was to pause hiring"
    clause = _content(be) if meeting is not None else None
    if clause is None:
        return None
    owner = [c for c in meeting.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
    locus = "group"
    for c in owner:
        kind = category(c)
        if kind == "process":
            locus = "process"
        elif kind == "authority" and c.dep_ == "poss" and c.lower_ not in lexicon.WE_WORDS | _OURS:
            locus = "authority"  # "the outcome of the CTO's review was ..."
    if any(c.dep_ in ("compound", "amod") for c in owner) and locus == "group":
        words = {lemma(t.lower_, t.tag_) for t in meeting.subtree}
        if words & {"steering", "board", "committee", "council", "cab", "panel"}:
            locus = "process"
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if doer is not None and category(doer) in ("authority", "process") and doer.lower_ not in lexicon.THIRD_PERSON:
        locus = category(doer)  # "the outcome of the meeting was that my director would make the call"
    last = be.doc[min(be.right_edge.i, subj.i + 14)]
    return Event(
        locus=locus,
        strength=3,
        start=subj.left_edge.idx,
        end=last.idx + len(last.text),
        cue="meeting_outcome",
        pos=be.i,
    )
