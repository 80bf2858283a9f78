"""Decisions that arrive made, plans moved or ended by nobody named, and stopgaps that settled in.

Three frames the verb rules miss when no decider is named:

* Arriving (Deciding seen from the receiving end): a decision noun that "came back", "landed" or "reached" the
  speaker ("the verdict came back: keep the old scheduler", "the directive landed in our inbox: ...", "the
  decision reached me already made"), or that "was made" with no maker ("a call was made to refund everyone").
* Moving and ending plans with an idiom ("the go-live got brought forward", "the idea got knocked on the head"),
  and passives timed by a forum ("it got pushed to Q3 when the steering committee met": the committee's doing).
* Settling in (Drifting): a provisional thing that became the standing one with nobody choosing ("the stopgap
  quietly became the platform", "the interim rota went permanent", "what started as a weekend hack became the
  billing service").

A source ("came back from the review board") is read by ``holders.arrival``; these rules only take the unnamed case.
"""

from __future__ import annotations

from agent.analysis import frames, lexicon
from agent.analysis.actors import category
from agent.analysis.holders import holder_locus
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

# Decision nouns that name a decision in any context; other arriving nouns ("word", "order", "answer", "call") need
# content said with them ("to keep ...", "that we should ...", ": keep ...") or the speaker as the one reached.
_PLAIN = frozenset("decision verdict ruling directive mandate edict decree determination judgment judgement".split())
_WITH_CONTENT = frames.DECISION_NOUNS | frames.DIRECTIVE_NOUNS | frames.PERMISSION_NOUNS | {"answer", "reply"}
_ARRIVE_WAYS = {"come": "back", "arrive": None, "land": None, "reach": None}
_SPEAKER = frozenset("me us desk inbox team".split())
_MADE = frozenset({"make", "take", "reach"})


def _content(verb) -> bool:
    """Content said with the arriving noun: a clause after the verb, or a colon opening one."""
    if any(
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
        for c in verb.children
    ):
        return True
    sent = verb.sent
    return any(t.text in (":", "—") for t in sent if t.i > verb.i)


def _reaches_speaker(verb) -> bool:
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubj", "dative") and c.lower_ in _SPEAKER:
            return True  # "the decision reached me already made" (the parser may make "me" a subject)
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "onto", "into"):
            if any(o.dep_ == "pobj" and o.lower_ in _SPEAKER for o in c.children):
                return True
    return False


def _source(verb):
    """What a decision came from: "came from X", "came back from X" (the parser hangs "from" on "back")."""
    near = [*verb.children, *(g for k in verb.children if k.dep_ in ("advmod", "prt") for g in k.children)]
    for c in near:
        if c.dep_ == "prep" and c.lower_ in ("from", "with"):
            return next((o for o in c.children if o.dep_ == "pobj"), c)
    return None


def _arrived(p: Predicate) -> str | None:
    """The locus of "the verdict came back: ...", "the directive landed in our inbox: ...", "the decision reached
    me" (agentless), or of "the verdict came back from the review board" (the source's)."""
    if p.lemma not in _ARRIVE_WAYS or p.subj is None or not p.past or p.negated:
        return None
    way = _ARRIVE_WAYS[p.lemma]
    if way is not None and way not in p.particles:
        return None
    if any(c.dep_ == "poss" for c in p.subj.children):
        return None  # "my director's decision landed": the possessor's, read elsewhere
    noun = lemma(p.subj.lower_, p.subj.tag_)
    if noun not in _PLAIN and not (noun in _WITH_CONTENT and (_content(p.tok) or _reaches_speaker(p.tok))):
        return None
    source = _source(p.tok)
    if source is None:
        return "agentless"
    locus = holder_locus(source) or category(source)
    return locus if locus in ("authority", "group", "process") else None  # "from the client's lawyers"


def _made_unnamed(p: Predicate) -> bool:
    """ "a call was made to cancel the offsite", "the decision was taken to ...": made, by nobody named."""
    if p.lemma not in _MADE or not p.passive or p.agent or not p.past or p.negated or p.subj is None:
        return False
    noun = lemma(p.subj.lower_, p.subj.tag_)
    if noun == "call":
        return _content(p.tok)  # not "a call was made to the client" (a phone call)
    return noun in _PLAIN or noun == "choice"


# Idioms of moving or ending a plan: verb -> the particle or preposition that makes it one.
_MOVED = {
    ("bring", "forward"),
    ("pull", "forward"),
    ("move", "up"),
    ("push", "out"),
    ("put", "back"),
    ("kick", "into"),
    ("knock", "on"),
    ("set", "aside"),
    ("put", "aside"),
    ("bump", "up"),
}


# Verbs that end a plan only when their patient is one: "the rewrite got parked", not "the van got parked".
_PLAN_ONLY = frozenset({"park", "bury", "sink", "ice", "deep-six", "mothball", "shelve"})
_PLANS = frames.CHANGE_NOUNS | frozenset(
    """project rewrite idea proposal initiative feature plan pilot redesign effort work programme program roadmap
    refactor upgrade rollout go-live golive integration port app scheme bid pitch request rfc""".split()
)


def _plan_verb(lem: str, parts, patient) -> bool:
    if any((lem, part) in _MOVED for part in parts):
        return True
    return lem in _PLAN_ONLY and patient is not None and lemma(patient.lower_, patient.tag_) in _PLANS


def _moved_unnamed(p: Predicate) -> bool:
    """ "the go-live got brought forward by a week", "the idea got knocked on the head", "the rewrite got parked"."""
    if not p.passive or p.agent or not p.past or p.negated or p.subj is None:
        return False
    if p.subj.lower_ in ("i", "we", "me", "us"):
        return False
    return _plan_verb(p.lemma, p.particles, p.subj)


_PERMITTING = frozenset(
    "approve greenlight green-light okay sanction authorize authorise bless endorse ratify rubber-stamp sign".split()
)


def _participle(get):
    for c in get.children:
        if c.tag_ == "VBN" and c.dep_ in ("ccomp", "xcomp", "oprd"):
            return c
        if c.tag_ == "VBD" and c.dep_ == "ccomp" and not any(m.dep_ in ("mark", "aux") for m in c.children):
            return c  # "I got the audit moved up a week": the tagger reads a small clause with a past verb
        if c.dep_ == "dobj":
            part = next((a for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"), None)
            if part is not None:
                return part
    return None


def had_it_done(p: Predicate) -> str | None:
    """ "we got the rewrite parked until the new year", "I got the go-live brought forward": the speaker's side
    had the plan moved or ended (not "I got it approved", where someone else said yes)."""
    if p.lemma != "get" or p.tok.tag_ != "VBD" or p.negated or p.actor not in ("self", "we"):
        return None
    part = _participle(p.tok)
    if part is None or any(c.dep_ == "agent" for c in part.children):
        return None
    lem = lemma(part.lower_, "VBN")
    parts = {c.lower_ for c in part.children if c.dep_ in ("prt", "advmod", "prep")}
    patient = part.head if part.dep_ == "acl" else None
    if lem in _PERMITTING or not (
        lem in frames.PASSIVE_FRAME_VERBS | lexicon.PASSIVE_DECISION_VERBS or _plan_verb(lem, parts, patient)
    ):
        return None
    return "self" if p.actor == "self" else "group"


_WHEN = frozenset({"when", "once", "after", "as"})


def _forum_timed(p: Predicate) -> bool:
    """ "it got pushed to Q3 when the steering committee met", "the RFC got accepted once the comment period
    closed": a decision passive with no agent, timed by a forum or a formal period."""
    if not p.passive or p.agent or not p.past or p.negated:
        return False
    if p.lemma not in frames.PASSIVE_FRAME_VERBS | {"accept", "adopt", "merge"} and not any(
        (p.lemma, part) in _MOVED for part in p.particles
    ):
        return False
    for c in p.tok.children:
        if c.dep_ != "advcl" or not any(m.lower_ in _WHEN for m in c.children if m.dep_ in ("mark", "advmod")):
            continue
        subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if subj is not None and (category(subj) == "process" or lemma(subj.lower_) in _PERIODS):
            return True
    return False


_PERIODS = frozenset({"period", "window", "consultation", "vote", "ballot", "review"})


def arrived_or_moved(p: Predicate) -> tuple[str, int, str] | None:
    """(locus, strength, cue) for a decision that arrived made, was made or moved by nobody named."""
    if p.modal or p.counterfactual:
        return None
    if _forum_timed(p):
        return ("process", 3, "forum_timed")
    done = had_it_done(p)
    if done is not None:
        return (done, 3, "had_it_done")
    arrived = _arrived(p)
    if arrived is not None:
        return (arrived, 3, "decision_arrived")
    if _made_unnamed(p):
        return ("agentless", 3, "decision_made_unnamed")
    if _moved_unnamed(p):
        return ("agentless", 3, "plan_moved")
    return None


LEMMAS = frozenset(_ARRIVE_WAYS) | _MADE | frozenset(v for v, _ in _MOVED) | _PLAN_ONLY
