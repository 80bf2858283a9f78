"""Clause-level constructions that place a decision without a decision verb the lexicon knows.

Each function reads one predicate (or copula) of the parse and says whether the clause carries a
class of wording: a preference others followed ("the principal wanted flags on everything, so every
change went behind one"), a free relative ("it came down to what the head of product wanted"), a
standing obligation of a board ("the CAB has to approve anything touching the network"), a
re-organising passive ("our team got merged into platform", "the roadmap was reset"), a decision
denied to have happened ("the choice was never really made"), an outcome reached together ("came to
an agreement", "met halfway") and a decision disclaimed ("it wasn't ours to pick").
"""

from __future__ import annotations

from agent.analysis import frames, lexicon
from agent.analysis.actors import category
from agent.analysis.events import Event
from agent.analysis.holders import holder_locus
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate


def runtime_item(tok) -> bool:
    """``tok`` names something a running system acts on ("the request was throttled"), not a request a person
    made ("our headcount request was denied")."""
    if lemma(tok.lower_, tok.tag_) not in lexicon.RUNTIME_NOUNS:
        return False
    return not any(c.dep_ in ("compound", "amod", "poss") and c.lower_ in _OWNED_ITEM for c in tok.children)


_OWNED_ITEM = lexicon.BUSINESS_MODIFIERS | {"my", "our"}
_HOLDERS = frozenset({"authority", "group", "process"})
_OPPOSED = frozenset({"anyway", "anyways", "instead", "regardless", "still", "but", "though", "although"})
_WH_OBJECTS = frozenset({"what", "whatever", "whichever"})
_WANTING = frames.PREFER_VERBS | frozenset(
    {"say", "decide", "choose", "pick", "ask", "favor", "favour", "demand", "insist", "dictate"}
)
_ASKING_HEADS = frozenset(
    "ask wonder know understand check find figure learn see tell explain clarify guess confirm sure clear idea question".split()
)
_OBLIGING = frozenset({"have", "need"})
GATE_VERBS = frozenset(
    {
        "approve",
        "sign",
        "bless",
        "okay",
        "ok",
        "review",
        "vet",
        "clear",
        "greenlight",
        "green-light",
        "authorize",
        "authorise",
        "sanction",
        "accept",
        "countersign",
    }
)
# Plans and targets whose change, passively worded, is a decision by nobody named.
PLAN_NOUNS = frozenset(
    """roadmap roadmaps plan plans priority priorities scope budget budgets deadline deadlines date dates timeline
    timelines headcount strategy direction okr okrs goal goals target targets charter mission quarter sprint""".split()
)
REPLANNING = frozenset(
    """reset change rework redraw redo rewrite shift reshuffle revise reshape overhaul redefine reprioritize
    reprioritise rebase narrow shrink widen expand tighten relax renegotiate replan rescope open""".split()
)
# Re-organising a team or org, passively worded.
REORGANISING = frozenset(
    """merge fold split absorb combine reorganize reorganise restructure disband dissolve spin move reassign
    transfer rename consolidate centralize centralise""".split()
)
_LISTS = PLAN_NOUNS | frozenset(
    "list menu agenda table website site catalog catalogue page books offering offer lineup".split()
)
_OPENING = frozenset({"open", "widen", "expand"})
_TEAM_NOUNS = lexicon.GROUP_NOUNS | frozenset(
    {"department", "division", "unit", "function", "org", "team", "teams", "squads"}
)
_DENIABLE = frozenset(
    {"decide", "choose", "pick", "select", "agree", "discuss", "settle", "finalize", "finalise", "make", "take"}
)
_OUTCOME_NOUNS = frames.AGREEMENT_NOUNS | frozenset({"decision", "compromise", "resolution", "settlement", "terms"})


def preference_followed(verb) -> bool:
    """A "so ..." result clause after ``verb`` that follows it (not "so I ... anyway", not "so that")."""
    doc = verb.doc
    sent_end = verb.sent.end
    for i in range(verb.i + 1, sent_end):
        tok = doc[i]
        if tok.lower_ != "so" or (i + 1 < sent_end and doc[i + 1].lower_ == "that"):
            continue
        head = tok.head
        if head.i <= i or head is verb:
            continue
        words = {t.lower_ for t in doc[i:sent_end]}
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return not (words & _OPPOSED or (subj is not None and subj.lower_ in lexicon.SELF_WORDS))
    return False


def what_they_wanted(p: Predicate) -> str | None:
    """ "it came down to what the head of product wanted", "we built whatever the client asked for"."""
    if p.lemma not in _WANTING or not p.past or p.negated or p.subj is None:
        return None
    if not any(c.dep_ in ("dobj", "pobj") and c.lower_ in _WH_OBJECTS for c in p.tok.subtree if c.i < p.tok.i):
        return None
    head = p.tok.head
    if (
        head is p.tok
        or lemma(head.lower_) in _ASKING_HEADS
        or (head.dep_ == "prep" and lemma(head.head.lower_) in _ASKING_HEADS)
    ):
        return None
    locus = holder_locus(p.subj)
    return locus if locus in _HOLDERS else None


def standing_gate(p: Predicate) -> str | None:
    """ "the change advisory board has to approve anything that touches prod", "the CAB signs off every release";
    a person is a gate only when obliged to give the yes ("the chief pharmacist had to sign it")."""
    if p.actor not in ("process", "authority") or p.negated or p.passive or p.lemma not in GATE_VERBS:
        return None
    tok = p.tok
    if p.actor == "authority" and p.lemma == "clear":
        return None  # "the DBA had to clear the backlog": work, not a yes
    if tok.dep_ == "xcomp" and lemma(tok.head.lower_) in _OBLIGING:
        modal = any(c.tag_ == "MD" and c.lower_ not in ("must",) for c in tok.head.children)
        return None if modal else p.actor
    if p.actor != "process":
        return None
    return "process" if _standing(tok, p) else None


def _standing(tok, p: Predicate) -> bool:
    if any(c.tag_ == "MD" for c in tok.children):
        return any(c.lower_ == "must" for c in tok.children)
    return tok.tag_ in ("VBZ", "VBP") or p.past


def reorganised(p: Predicate) -> bool:
    """ "our team got merged into platform", "the roadmap was reset": a passive change of plan or org, nobody named."""
    if not (p.passive and p.past) or p.agent or p.negated or p.modal or p.subj is None:
        return False
    subj = lemma(p.subj.lower_, p.subj.tag_)
    if p.lemma in REPLANNING and subj in PLAN_NOUNS:
        return True
    if p.lemma in _OPENING and "up" in p.particles and "to" in p.particles:
        return subj not in lexicon.COMPONENT_NOUNS  # "the beta was opened up to all customers", not "the port"
    if p.lemma in ("promote", "graduate", "upgrade") and subj in _TRIALS and "to" in p.particles:
        return True  # "the hackathon project was promoted to a real product"
    return p.lemma in REORGANISING and (subj in _TEAM_NOUNS or p.subj.lower_ in lexicon.WE_WORDS or p.actor == "group")


# Trial work whose promotion to the real thing is a decision (a person's promotion is not narrated here).
_TRIALS = frozenset(
    "project prototype experiment hack poc pilot beta spike side-project mvp demo trial proof-of-concept".split()
)


_VETTING = frozenset({"vet", "review", "approve", "check", "audit", "screen", "assess", "clear", "evaluate", "sign"})


def vetted_through(p: Predicate) -> bool:
    """ "the vendor had to be vetted through our third-party risk process": work put through a process's gate."""
    if not p.passive or p.negated or p.lemma not in _VETTING:
        return False
    for c in p.tok.children:
        if c.dep_ == "prep" and c.lower_ in ("through", "via", "by"):
            if any(o.dep_ == "pobj" and category(o) == "process" for o in c.children):
                return True
    return False


_NEEDING_PEOPLE = frozenset({"need", "require", "want", "wait"})
_YES_VERBS = frozenset({"decide", "agree", "vote", "ratify", "endorse"})  # "needed the board to vote it through"


def needed_someone_to(p: Predicate) -> str | None:
    """ "we needed the client's product owner to approve each screen": the work waited on someone's yes."""
    if (
        p.lemma not in _NEEDING_PEOPLE
        or p.negated
        or p.modal
        or not p.past
        or p.actor not in ("we", "self", "group", "thing", "it")
    ):
        return None
    person = next((c for c in p.tok.children if c.dep_ in ("dobj", "nsubj") and c.i > p.tok.i), None)
    yes = [
        c
        for c in p.tok.children
        if c.dep_ in ("xcomp", "advcl", "ccomp") and lemma(c.lower_) in GATE_VERBS | _YES_VERBS
    ]
    if (
        person is None and yes
    ):  # "we needed the committee to vote it through": the holder parsed as the clause's subject
        person = next((s for s in yes[0].children if s.dep_ == "nsubj"), None)
    if person is None or not yes:
        return None
    locus = holder_locus(person)
    return locus if locus in _HOLDERS else None


def taken_off(p: Predicate) -> bool:
    """ "the on-prem option was quietly taken off the price list": dropped from a plan or offer."""
    if not (p.passive and p.past) or p.agent or p.lemma not in ("take", "pull", "strike", "drop", "remove", "cross"):
        return False
    if p.lemma == "take" and "down" in p.particles and p.subj is not None:
        return (
            lemma(p.subj.lower_, p.subj.tag_) not in lexicon.COMPONENT_NOUNS | lexicon.RUNTIME_NOUNS
        )  # "the pricing page was taken down"
    kids = list(p.tok.children)
    for c in kids:
        if c.dep_ in ("prep", "prt") and c.lower_ in ("off", "from"):
            if any(o.dep_ == "pobj" and lemma(o.lower_, o.tag_) in _LISTS for o in c.children):
                return True
            if c.dep_ == "prt" and any(o.dep_ == "dobj" and lemma(o.lower_, o.tag_) in _LISTS for o in kids):
                return True  # "taken off the price list", with the list parsed as an object
    return False


def never_decided(p: Predicate) -> bool:
    """ "the choice of Terraform was never really made", "it was never decided": nobody chose."""
    if not (p.passive and p.negated) or p.modal or p.agent or p.lemma not in _DENIABLE:
        return False
    if p.lemma in ("make", "take"):
        return p.subj is not None and lemma(p.subj.lower_, p.subj.tag_) in frames.DECISION_NOUNS
    return True


def reached_outcome(verb, lem: str) -> bool:
    """ "came to an agreement", "arrived at a compromise", "reached a shared decision", "met halfway"."""
    if lem == "meet":
        doc = verb.doc
        nxt = doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""
        middle = (
            doc[verb.i + 1 : verb.i + 4].text.lower() == "in the middle" and doc[verb.i + 4 : verb.i + 5].text != "of"
        )
        return nxt in ("halfway", "half-way") or middle  # not "met in the middle of the office"
    if lem == "reach":
        return any(c.dep_ == "dobj" and lemma(c.lower_, c.tag_) in _OUTCOME_NOUNS for c in verb.children)
    if lem in ("come", "arrive"):
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "at"):
                if any(o.dep_ == "pobj" and lemma(o.lower_, o.tag_) in _OUTCOME_NOUNS for o in c.children):
                    return True
    return False


def disclaimed(be) -> Event | None:
    """ "the date wasn't ours to pick", "it wasn't up to me": the speaker denies holding the decision."""
    kids = list(be.children)
    if not any(c.dep_ == "neg" for c in kids):
        return None
    for c in kids:
        if c.dep_ in ("attr", "acomp") and c.lower_ in ("mine", "ours"):
            if any(g.lower_ in ("alone", "only", "solely") for g in be.subtree):
                return None
            return _event(be, c, "not_ours_to_decide")
        if c.dep_ == "prep" and c.lower_ == "up":
            for to in c.children:
                obj = next((o for o in to.children if o.dep_ == "pobj"), None) if to.lower_ == "to" else None
                if obj is not None and obj.lower_ in ("me", "us"):
                    return _event(be, obj, "not_up_to_me")
    return None


def _event(be, last, cue: str) -> Event:
    return Event(locus="authority", strength=3, start=be.idx, end=last.idx + len(last.text), cue=cue, pos=be.i)


def opinion_only(verb) -> bool:
    """The verb's only content is a copular clause with an adjective ("... the outage was bad")."""
    content = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if len(content) != 1 or content[0].lower_ not in ("was", "were", "is", "are", "'s", "been", "be"):
        return False
    kids = list(content[0].children)
    if any(g.dep_ == "acomp" for g in kids):
        return True
    # "agreed the outage was nobody's fault", not "agreed the plan was the way to go" (a choice worded as a noun)
    attr = next((g for g in kids if g.dep_ == "attr"), None)
    return (
        attr is not None
        and lemma(attr.lower_, attr.tag_) not in _CHOICE_ATTRS
        and not any(g.dep_ in ("relcl", "acl", "xcomp") or g.tag_ == "VB" for g in attr.children)
    )


_CHOICE_ATTRS = frames.DECISION_NOUNS | frozenset(
    {"way", "option", "approach", "path", "move", "answer", "route", "bet"}
)


_JOINT_PREPS = frozenset({"with", "alongside"})
TOGETHER = frozenset({"together", "jointly", "collectively", "mutually", "unanimously"})


_AS_ONE = frozenset({"group", "team", "unit", "collective", "whole"})


def jointly(verb) -> bool:
    """ "the tech leads worked it out between them", "decided together", "the senior engineers as a group chose"."""
    for c in [*verb.children, *(g for s in verb.children if s.dep_ == "nsubj" for g in s.children if g.dep_ == "prep")]:
        if c.dep_ == "prep" and c.lower_ == "as" and any(lemma(o.lower_) in _AS_ONE for o in c.children):
            return True  # "the senior engineers as a group chose gRPC"
        if (
            c.dep_ == "nsubj"
            and lemma(c.lower_) in _AS_ONE
            and c.i >= 2
            and "as" in (c.doc[c.i - 1].lower_, c.doc[c.i - 2].lower_)
        ):
            return True  # the same, with "as a group" parsed as a clause of its own
        if c.dep_ == "advmod" and c.lower_ in TOGETHER:
            return True
        if c.dep_ == "prep" and c.lower_ in ("between", "among", "amongst"):
            if any(o.lower_ in ("them", "themselves", "us", "ourselves") for o in c.children):
                return True
    return _joint_misparsed(verb)


def _joint_misparsed(verb) -> bool:
    """The same cues where the parser hung them elsewhere: "Radiology and the ER together settled on" ("together"
    read as a third conjunct of the subject), "hashed the flow out between them" (the phrase on the object)."""
    for c in verb.children:
        if c.dep_ == "nsubj" and any(g.dep_ in ("conj", "advmod") and g.lower_ in TOGETHER for g in c.children):
            return True  # "Radiology and the ER together settled on", "dispatch and billing together chose"
        if c.dep_ == "dobj":
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ in ("between", "among", "amongst"):
                    if any(o.lower_ in ("them", "themselves", "us", "ourselves") for o in g.children):
                        return True
    return False


def joint_with(verb) -> bool:
    """ "along with the SRE lead, I decided", "together with product I chose", "I decided with the DBA"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _JOINT_PREPS:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and category(obj) in ("authority", "group"):
                return True
        if c.dep_ == "advmod" and c.lower_ in TOGETHER:
            return True  # "I decided together with ...", "... and I decided jointly"
        if c.lower_ in ("along", "together") and c.dep_ in ("advmod", "prep"):
            for g in c.children:
                obj = next((o for o in g.children if o.dep_ == "pobj"), None) if g.lower_ == "with" else None
                if obj is not None and category(obj) in ("authority", "group"):
                    return True
    return False
