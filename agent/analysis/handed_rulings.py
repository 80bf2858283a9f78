"""Decisions that reach the speaker already made, worded without a decision verb the rules know.

- Handed or given to the speaker: "we were handed a new deadline", "we were given the green light", "the plan
  we were handed said Redis" (agentless: no giver named); "the deadline we were given by the client", "the
  plan the product team handed us", "the staff engineer handed me the index design" (the giver's).
- A choice that fell somewhere: "the choice landed on Kafka", "the pick fell on BigQuery" (agentless, or the
  holder's with a possessive: "the board's choice fell on Snowflake").
- Someone's preference winning: "the CTO's preference for Kotlin carried the day", "the client's view won out".
- A pseudo-cleft: "the quarterly planning cycle is what settled it", "the budget round was what decided it".
- Copular rulings: "the governance committee's answer was a flat no", "it was the client's wish to keep the
  old UI".

What is handed must be a decided thing (a plan, a design, a deadline, a permission), never a pager or a log
file; a holder must be someone other than the speaker ("my preference carried the day" owns the call).
"""

from __future__ import annotations

from agent.analysis import frames, lexicon
from agent.analysis.events import Event
from agent.analysis.holders import holder_locus
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

_HANDING = frozenset({"give", "hand", "issue", "send", "pass"})
# Things that arrive decided: their shape or their yes was someone else's call.
_DECIDED_THINGS = (
    frames.PERMISSION_NOUNS
    | frames.DIRECTIVE_NOUNS
    | frozenset(
        """deadline deadlines date dates target targets plan plans design designs spec specs specification schema
        requirement requirements mandate architecture roadmap priorities scope budget timeline light clear
        go-live""".split()
    )
) - {"word", "ask", "request"}
# Work a board or a lead parcels out: "handed out the action items", "gave out the follow-ups".
_WORK_ITEMS = frozenset(
    "item items task tasks follow-up follow-ups followup followups action actions assignment assignments".split()
)
# What a board or a manager allots to a piece of work: "gave the migration a Sunday slot".
_ALLOTTED = frozenset("slot slots window windows date priority deadline timeline budget quota headcount".split())
_SETTLED = lexicon.DECISION_VERBS | frozenset({"finalise", "finalize", "fix", "lock"})
_SPEAKER = lexicon.SELF_WORDS | lexicon.WE_WORDS
_OTHERS = frozenset({"authority", "process", "group"})
_FALLING = frozenset({"land", "fall", "settle"})
_CHOSEN = frozenset({"choice", "pick", "decision", "vote", "selection", "nod"})
_WINNING = frozenset({"carry", "win", "prevail"})
_STANCE = frozenset({"preference", "wish", "view", "pick", "choice", "proposal", "vote", "opinion", "idea", "plan"})
_SETTLING = lexicon.DECISION_VERBS | frozenset({"drive", "force", "settle", "decide", "kill", "sink"})
_BE = frozenset({"is", "was", "were", "'s"})


def _decided_thing(tok) -> bool:
    low = lemma(tok.lower_, tok.tag_)
    if low == "light":
        return any(c.lower_ == "green" for c in tok.children)
    if low == "clear":
        return tok.doc[max(0, tok.i - 2)].lower_ == "all"  # "the all-clear", split by the tokenizer
    return low in _DECIDED_THINGS


def _agent_locus(verb) -> str | None:
    for c in verb.children:
        if c.dep_ == "agent":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            return holder_locus(obj) if obj is not None else None
    return None


def _owner(noun) -> str | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    return holder_locus(poss) if poss is not None else None


def _handed(p: Predicate) -> tuple[str, int, str] | None:
    verb, subj = p.tok, p.subj
    if p.lemma not in _HANDING or p.negated or p.modal or not p.past or subj is None:
        return None
    kids = list(verb.children)
    if p.passive and subj.lower_ in _SPEAKER:
        given = [c for c in kids if c.dep_ == "dobj"]
        if verb.dep_ == "relcl":
            given.append(verb.head)  # "the plan we were handed"
        if not any(_decided_thing(g) for g in given):
            return None
        who = _agent_locus(verb)
        if who is None:
            return None if any(c.dep_ == "agent" for c in kids) else ("agentless", 3, "handed_to_us")
        return (who, 3, "handed_to_us") if who in _OTHERS else None
    if p.passive:
        return None
    who = holder_locus(subj)
    if who not in _OTHERS or subj.lower_ in lexicon.THIRD_PERSON:
        return None
    to_speaker = any(c.dep_ in ("dative", "dobj") and c.lower_ in ("me", "us") for c in kids)
    given = [c for c in kids if c.dep_ == "dobj" and c.lower_ not in ("me", "us")]
    if to_speaker and any(c.dep_ == "ccomp" and lemma(c.lower_, c.tag_) in _SETTLED for c in kids):
        return (who, 3, "handed_to_us")  # "the principal engineer handed us the API contract already decided"
    if "out" in p.particles and any(lemma(g.lower_, g.tag_) in _WORK_ITEMS for g in given):
        return (who, 3, "handed_out")  # "the incident review process handed out the action items"
    if verb.dep_ == "relcl":
        given.append(verb.head)  # "the plan the product team handed us"
    if to_speaker and any(_decided_thing(g) for g in given):
        return (who, 3, "handed_to_us")
    two_objects = any(c.dep_ == "dative" for c in kids) or sum(c.dep_ == "dobj" for c in kids) >= 2
    if two_objects and any(lemma(g.lower_, g.tag_) in _ALLOTTED for g in given):
        return (who, 3, "allotted")  # "the change advisory process gave the migration a Sunday slot"
    return None


def _fell_on(p: Predicate) -> tuple[str, int, str] | None:
    subj = p.subj
    if p.lemma not in _FALLING or not p.past or p.negated or subj is None or p.modal:
        return None
    if lemma(subj.lower_, subj.tag_) not in _CHOSEN or not any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in p.tok.children
    ):
        return None
    if any(c.dep_ == "poss" for c in subj.children):
        who = _owner(subj)
        return (who, 3, "choice_fell_on") if who in _OTHERS else None
    if any(c.dep_ in ("prep", "relcl", "acl") for c in subj.children):
        return None  # "the choice we made landed on", "the vote of the board": other rules
    return ("agentless", 3, "choice_fell_on")


def _won_out(p: Predicate) -> tuple[str, int, str] | None:
    subj = p.subj
    if p.lemma not in _WINNING or not p.past or p.negated or p.modal or subj is None:
        return None
    if lemma(subj.lower_, subj.tag_) not in _STANCE:
        return None
    if p.lemma == "carry" and not any(c.dep_ == "dobj" and c.lower_ == "day" for c in p.tok.children):
        return None
    who = _owner(subj)
    return (who, 3, "preference_won") if who in _OTHERS else None


def _what_settled(p: Predicate) -> tuple[str, int, str] | None:
    """ "the budgeting round is what decided it": the copula's subject holds what "what" decided."""
    subj, verb = p.subj, p.tok
    if subj is None or subj.lower_ != "what" or p.lemma not in _SETTLING or p.negated or p.modal:
        return None
    be = verb.head
    if be.lower_ not in _BE or verb.dep_ not in ("ccomp", "attr", "xcomp", "advcl"):
        return None
    holder = next((c for c in be.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if holder is None:
        return None
    who = holder_locus(holder)
    return (who, 3, "was_what_decided") if who in _OTHERS else None


def handed_ruling(p: Predicate) -> tuple[str, int, str] | None:
    """(locus, strength, cue) for a decision that reached the speaker made, or None."""
    return _handed(p) or _fell_on(p) or _won_out(p) or _what_settled(p)


_ANSWERS = frozenset({"answer", "response", "reply", "verdict", "ruling"})
_WISHES = frozenset({"wish", "preference", "insistence", "demand", "request", "doing", "idea"})


def ruling_was(be) -> Event | None:
    """ "the governance committee's answer was a flat no"; "it was the client's wish to keep the old UI"."""
    if be.lower_ not in ("was", "were") or any(c.dep_ == "neg" or c.tag_ == "MD" for c in be.children):
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in be.children if c.dep_ == "attr"), None)
    to_do = next((c for c in be.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if subj is not None and to_do is not None and lemma(subj.lower_, subj.tag_) in _ANSWERS:
        who = _owner(subj)  # "our team's verdict was to roll back", "the board's ruling was to wait"
        if who in _OTHERS:
            return Event(who, 3, subj.left_edge.idx, be.idx + len(be.text), "answer_was", be.i)
    if subj is None or attr is None:
        return None
    if lemma(subj.lower_, subj.tag_) in _ANSWERS and attr.lower_ in ("no", "yes"):
        who = _owner(subj)
        if who in _OTHERS:
            return Event(who, 3, subj.left_edge.idx, attr.idx + len(attr.text), "answer_was", be.i)
    if subj.lower_ == "it" and lemma(attr.lower_, attr.tag_) in _WISHES:
        who = _owner(attr)
        wants = any(c.dep_ in ("xcomp", "acl", "relcl") for c in (*attr.children, *be.children))
        if who in _OTHERS and wants:
            return Event(who, 3, subj.idx, attr.idx + len(attr.text), "wish_was", be.i)
    return None


LEMMAS = _HANDING | _FALLING | _WINNING | _SETTLING
