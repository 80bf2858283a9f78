"""What kind of predicate a verb is: a decision, an action, drift, or the content of someone else's report."""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.clauses import (
    TOGETHER,
    opinion_only,
    reached_outcome,
)
from agent.analysis.joint_outcomes import came_round
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate
from agent.analysis.verb_sets import EMBEDDING_NOUNS, REPORTING, SIGNED


def embedded(verb) -> bool:
    """True when ``verb`` is the content of another decision/report ("decided to roll back")."""
    tok = verb
    for _ in range(6):
        dep = tok.dep_
        if dep == "conj":
            if tok.tag_ == "VBD" and tok.head.tag_ == "VB":
                return False  # a finite past verb is not part of an infinitive: misattached
            tok = tok.head
            continue
        if dep == "xcomp" and kept_doing(tok):
            return False  # "the board kept sending it back": the repeated act is the event
        if dep == "xcomp":
            # "I had to get approval": the obligation's complement is the event itself.
            return not (
                lemma(tok.head.lower_) in ("have", "need", "get") and any(c.lower_ == "to" for c in tok.children)
            )
        if dep == "ccomp":
            # Leftward or comma-spliced "complements" are the parser reading "X, so Y" or "..., I said Y".
            if tok.i < tok.head.i or comma_spliced(tok):
                return False
            if epistemic_frame(tok.head):
                return False  # "I guess the window ended up at 90 days": the hedge frames a narrated event
            if tok.head.dep_ == "pcomp" and tok.head.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in tok.children):
                return False  # "after a week of arguing we settled on Kafka": the main clause hung on the gerund
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and any(
                g.lower_ == "so" for c in tok.head.children if c.dep_ == "acomp" for g in c.children
            ):
                return False  # "the channel got so noisy that engineers stopped reading it": a result, not content
            return lemma(tok.head.lower_) in REPORTING or lemma(tok.head.lower_) in ("get", "have", "make", "let")
        return bool(dep == "acl" and lemma(tok.head.lower_) in EMBEDDING_NOUNS)
    return False


_EPISTEMIC = frozenset({"guess", "think", "believe", "suppose", "reckon", "recall", "remember"})


def epistemic_frame(head) -> bool:
    """ "I guess / I think / I believe" in the present: a memory hedge, not a report of someone's words."""
    return (
        head.tag_ == "VBP"
        and lemma(head.lower_) in _EPISTEMIC
        and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in head.children)
    )


def comma_spliced(verb) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None:
        return False
    first = subj.left_edge.i
    return first > 0 and verb.doc[first - 1].text in (",", ";", ":", "-", "--")


def is_decision(p: Predicate) -> bool:
    lem, parts, objs = p.lemma, p.particles, p.objects
    if lem in ("come", "warm") and came_round(p):
        return True  # "the four of us came round to event sourcing", "we warmed to the idea"
    if lem in ("reach", "come", "arrive", "meet") and reached_outcome(p.tok, lem):
        return True  # "came to an agreement", "reached a shared decision", "met halfway"
    if lem == "agree" and not parts & {"on", "to", "with", "upon"} and opinion_only(p.tok):
        return False  # "everyone agreed the outage was bad": a shared opinion, not a decision
    if lem == "sign" and set(objs) & SIGNED:
        return True  # "the VP had already signed the contract"
    if lem == "go" and "for" in parts and outing(p.tok):
        return False  # "the night editor and I went for coffee": an outing, not a choice
    if lem in lexicon.DECISION_PHRASAL:
        wanted = lexicon.DECISION_PHRASAL[lem]
        if parts & wanted or set(objs) & wanted or next_word(p.tok) in wanted or object_particle(p.tok) in wanted:
            return True
        if lem in ("sign", "go", "land", "make", "give", "have", "call", "settle"):
            return lem == "settle" and (
                not (parts - TOGETHER) or bool(objs)
            )  # "settled the flow together", "settled it between them"
    if lem in ("send", "kick") and ("back" in parts or after_object(p.tok) == "back"):
        return bool(set(objs) & _SENT_BACK)  # "the review board sent our proposal back"
    if lem == "own":
        return bool(set(objs) & {"decision", "call", "choice", "that", "it", "plan", "outcome", "rollback"})
    if lem == "commit":
        return "to" in parts
    if lem == "clear":
        return False
    if lem == "align":
        return True
    return lem in lexicon.DECISION_VERBS


_OUTINGS = frozenset(
    "coffee lunch dinner breakfast brunch drink drinks beer beers walk run jog swim drive ride smoke break pizza".split()
)


def prep_object_in(verb, prep: str, words: frozenset[str]) -> bool:
    """Some object of ``verb``'s preposition ``prep`` is one of ``words`` ("went for coffee", "turned into a blocker")."""
    return any(
        o.dep_ == "pobj" and lemma(o.lower_, o.tag_) in words
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == prep
        for o in c.children
    )


def outing(verb) -> bool:
    return prep_object_in(verb, "for", _OUTINGS)


def after_object(verb) -> str:
    """The word right after the verb's object, wherever the parser hung it ("sent [our proposal] back twice")."""
    for o in verb.children:
        if o.dep_ == "dobj":
            i = o.right_edge.i + 1
            return o.doc[i].lower_ if i < len(o.doc) else ""
    return ""


def object_particle(verb) -> str:
    """A particle the parser hung on the object: "hashed [the flow out] between them"."""
    for o in verb.children:
        if o.dep_ == "dobj":
            for g in o.children:
                if g.dep_ == "prt":
                    return g.lower_
    return ""


def next_word(verb) -> str:
    """The word right after ``verb``: a particle the parser hung on the object ("settled on X")."""
    doc = verb.doc
    return doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""


def kept_doing(verb) -> bool:
    """ "kept sending it back", "kept getting evicted": the gerund after an aspectual "keep"."""
    if verb.dep_ != "xcomp" or lemma(verb.head.lower_) != "keep":
        return False
    return verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.lower_ == "getting" for c in verb.children)


# What a forum sends back to be reworked: "the board sent our proposal back".
_SENT_BACK = frozenset(
    "proposal design doc document rfc plan request budget spec pr draft change application submission estimate".split()
)


def is_action(p: Predicate) -> bool:
    lem, parts = p.lemma, p.particles
    if lem == "keep" and any(kept_doing(c) for c in p.tok.children):
        return False  # "the pods kept getting evicted": "keep" only says it went on
    if lem not in lexicon.ACTION_VERBS:
        return False
    if lem in ("stop", "quit") and any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" and lemma(c.lower_) in _PERCEIVING for c in p.tok.children
    ):
        return False  # "people stopped looking at me funny": a change of behaviour, not an act on the work
    if lem == "fail":
        return "over" in parts
    if lem in ("turn", "shut", "spin"):
        return bool(parts & {"off", "on", "down", "up"})
    if lem == "roll":
        return bool(parts & {"back", "out", "forward"})
    if lem == "raise":
        return "with" not in parts
    if lem == "wind":
        return "down" in parts
    return True


_PERCEIVING = frozenset({"look", "stare", "glance", "laugh", "smile", "talk", "speak", "worry", "ask", "call"})
_USUAL = frozenset(
    {"normal", "standard", "routine", "customary", "habitual", "default", "usual", "accepted", "expected", "permanent"}
)


_ACCEPTED = frozenset({"official", "canonical", "de-facto", "unofficial"})


def is_drift(p: Predicate, hedge_near: bool) -> bool:
    lem, parts = p.lemma, p.particles
    if lem in ("end", "wind"):
        if (
            p.actor == "component"
        ):  # "the cache ended up as the bottleneck" is a finding; "somehow the db ended up being used by ..." drifted
            return (
                "up" in parts
                and hedge_near
                and any(lemma(t.lower_) in ("use", "rely", "depend", "own") for t in p.tok.subtree)
            )
        return "up" in parts and not came_out_as(p.tok)
    if lem in ("gravitate",):
        return bool(parts & {"to", "toward", "towards"})  # "we gravitated toward Go"
    if lem in _INTO_DRIFT and "into" in parts:
        return not became_finding(p.tok)  # "the cache turned into a bottleneck": a finding, not a choice
    if lem in _INTO_DRIFT and lem not in _DRIFT_ALONE:
        return lem == "grow" and hedge_near  # "the suite grew organically until ..."
    if lem == "creep":
        return bool(parts & {"in", "into"}) or hedge_near  # "it crept in"
    if lem == "make":
        # "the hack somehow made it into the product": it got there with nobody choosing (a hedge says so)
        return "itself" in p.objects or (hedge_near and "it" in p.objects and bool(parts & {"into", "to"}))
    if lem == "win":
        return hedge_near and not p.objects  # "Python sort of won", not "we won the deal"
    if lem == "become" and (
        set(p.objects) & {"default", "standard", "norm", "plan", "convention", "way", "thing", "go-to"}
        or parts & _USUAL
        or any(
            c.dep_ == "attr" and any(g.dep_ == "amod" and g.lower_ in _USUAL | _ACCEPTED for g in c.children)
            for c in p.tok.children
        )
    ):  # "had become the official record"
        return True
    if lem in ("become", "happen", "evolve", "drift", "stick", "emerge", "creep", "morph", "default"):
        return hedge_near or lem == "drift"
    return False


# Verbs of becoming: "X turned / hardened / lapsed into Y" with nobody choosing.
_INTO_DRIFT = frozenset(
    """fall turn grow slide slip morph lapse sneak worm drift harden ossify calcify solidify evolve snowball balloon
    mutate settle""".split()
)
_DRIFT_ALONE = frozenset({"drift", "evolve", "morph"})  # drift without "into" too (read below)
# What a system "turned into" when that is a finding: "the cache turned into a bottleneck".
_FINDINGS = frozenset(
    """bottleneck problem issue hotspot hot-spot mess liability incident outage fire disaster headache risk concern
    failure error leak hazard nightmare pain blocker chokepoint""".split()
)


_APPEARING = frozenset({"look", "feel", "seem", "sound", "read", "appear"})


def came_out_as(verb) -> bool:
    """ "the docs ended up looking polished", "how readable the config ended up being", "ended up forty pages long":
    how a thing turned out, a state or an appearance, not an option nobody chose."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG":
            low = lemma(c.lower_, c.tag_)
            if low in _APPEARING:
                return True
            if low == "be":
                return not any(g.dep_ in ("attr", "ccomp", "xcomp", "prep") for g in c.children)
        if c.dep_ in ("acomp", "advmod", "oprd") and c.tag_ in ("JJ", "JJR", "RBR"):
            return not any(g.dep_ in ("prep", "dobj", "xcomp") for g in verb.children)
    return False


def became_finding(verb) -> bool:
    return prep_object_in(verb, "into", _FINDINGS)
