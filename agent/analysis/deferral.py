"""Asking before acting: waiting for, asking, escalating to or getting approval from someone."""

from __future__ import annotations

import itertools
import re

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.boards import check_passed
from agent.analysis.gates import holder_of
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

_WORK_NOUNS = frozenset(
    "change changes release releases deploy deployment rollout migration launch fix patch merge pr cutover feature upgrade purchase hire contract".split()
)

_GO_SIGNAL = re.compile(r"go-ahead|green light|all-clear|thumbs[- ]?up|\bnod\b|\bok(?:ay)?\b")
_APPROVAL_PHRASE = re.compile(
    r"sign-?off|go-ahead|green light|all-clear|approval|permission|blessing|thumbs[- ]?up|signature|\bnod\b|\bok(?:ay)?\b"
)


def children_with(tok, deps):
    return [c for c in tok.children if c.dep_ in deps]


def pobj_category(verb, preps) -> str | None:
    for p in verb.children:
        if p.dep_ in ("prep", "dative") and p.lower_ in preps:
            if p.lower_ == "with" and any(c.lower_ in ("together", "along") for c in p.children):
                continue  # "together with the DBA, I ran the drill": alongside, not handed to them
            for o in p.children:
                if o.dep_ == "pobj":
                    return category(o)
    return None


_CONSENT_VERBS = frozenset({"align", "agree", "sign", "commit", "approve"})


def _brought_round(verb) -> bool:
    """ "we got the teams aligned", "I got everyone on board", "I got the other teams to agree".

    Not when they were brought round to the speaker's own plan ("I got the team aligned on my plan")."""
    if any(t.dep_ == "poss" and t.lower_ == "my" for t in verb.subtree):
        return False
    for c in verb.children:
        if c.dep_ == "dobj":
            if any(g.dep_ in ("acl", "amod") and lemma(g.lower_) in _CONSENT_VERBS for g in c.children):
                return True
            if any(
                g.dep_ == "prep" and g.lower_ == "on" and any(o.lower_ == "board" for o in g.children)
                for g in c.children
            ):
                return True
        elif c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "board" for o in c.children):
            return True
        elif c.dep_ in ("ccomp", "xcomp") and lemma(c.lower_) in _CONSENT_VERBS:
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            return subj is not None and category(subj) in ("group", "authority", "we")
    return False


def defer(p: Predicate) -> tuple[str, str] | None:
    """(locus, cue) when the subject hands the decision to someone else before acting."""
    lem, verb = p.lemma, p.tok
    if lem == "wait":
        who = pobj_category(verb, {"for", "on", "until"})
        if who is None:
            for c in children_with(verb, ("advcl", "ccomp", "xcomp")):
                if any(m.lower_ == "for" for m in c.children):
                    subj = [s for s in c.children if s.dep_ == "nsubj"]
                    who = category(subj[0]) if subj else "authority"
                    if who in ("thing", "it", "component"):
                        return None  # "waited for the paint to dry": machinery, not someone's say
        if who in ("authority", "process", "group", "it", "thing"):
            return ({"process": "process", "group": "group"}.get(who, "authority"), "waited_for")
        return None
    if lem == "ask":
        asks_whether = any(
            m.lower_ in ("whether", "if") for c in children_with(verb, ("ccomp", "xcomp")) for m in c.children
        )
        asks_for = pobj_category(verb, {"for"}) is not None and any(
            lemma(o.lower_) in lexicon.APPROVAL_NOUNS for pr in verb.children for o in pr.children if o.dep_ == "pobj"
        )
        return ("authority", "asked_before") if asks_whether or asks_for else None
    if lem == "get" and _brought_round(verb):
        return ("group", "group_consent")
    if lem in ("get", "need", "seek", "request", "receive", "secure", "have", "reach", "want"):
        for o in children_with(verb, ("dobj",)):
            olem = lemma(o.lower_)
            comp = [lemma(c.lower_) for c in o.children if c.dep_ in ("compound", "poss", "amod")]
            phrase = o.doc[o.left_edge.i : o.i + 1].text.lower()
            if (olem in lexicon.GROUP_CONSENT_NOUNS and olem != "board") or any(c in ("buy", "buyin") for c in comp):
                return ("group", "group_consent")
            if olem in lexicon.APPROVAL_NOUNS or "green" in comp or _APPROVAL_PHRASE.search(phrase):
                poss = [c for c in o.subtree if c.dep_ == "poss"]
                who = category(poss[0]) if poss else pobj_category(verb, {"from"}) or pobj_category(o, {"from"})
                if who is None and p.actor == "we":  # "we got sign-off": a group's; "we got the all-clear": a go given
                    return ("agentless", "go_given") if _GO_SIGNAL.search(phrase) else ("group", "group_consent")
                return ({"process": "process", "group": "group"}.get(who or "", "authority"), "approval_needed")
        return None
    if lem in ("escalate", "defer", "raise", "bring", "run", "check", "clear"):
        who = pobj_category(verb, {"to", "with", "by", "past"})
        if who is None and lem in ("run", "bring"):  # "ran the pricing change past the finance partner"
            who = next((pobj_category(o, {"past", "by"}) for o in children_with(verb, ("dobj",))), None)
        if who in ("authority", "group", "process"):
            if lem == "check" and (who != "authority" or _checked_for_facts(verb)):
                return None
            return (who, "escalated" if lem == "escalate" else "handed_up")
        if lem == "escalate":
            return ("authority", "escalated")
    if lem == "go" and "through" in p.particles:
        who = pobj_category(verb, {"through"})
        if who not in ("process", "authority", "group"):
            obj = next((o for c in children_with(verb, ("prep",)) if c.lower_ == "through" for o in c.children), None)
            who = holder_of(obj) if obj is not None else None  # "the change form", "the procurement queue"
        if who in ("process", "authority", "group"):
            return (who, "went_through")
    return None


_FACT_WORDS = frozenset({"how", "what", "which", "when", "where", "who", "why"})
_TOPIC_PREPS = frozenset({"on", "about", "regarding"})


def _checked_for_facts(verb) -> bool:
    """ "checked with the DBA how big the table was", "checked with the SRE on capacity": information sought, not a
    decision handed up (unlike "checked with my manager whether I could restart it" or "... before touching it")."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl") and any(t.lower_ in _FACT_WORDS and t.i <= c.i for t in c.subtree):
            if not any(t.lower_ in ("whether", "if") for t in c.subtree):
                return True
        if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and any(o.dep_ == "pobj" for o in c.children):
            return True
    # The parser often hangs the question on the person ("checked with the engineer how much headroom the link had"
    # as a relative clause of "engineer"): read the words of this clause up to the next verb joined to it.
    own = []
    for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1]:
        if t.head.i == verb.i and t.dep_ in ("conj", "dep", "parataxis") and t.pos_ in ("VERB", "AUX"):
            break
        own.append(t.lower_)
    asked_direction = any(w in _FACT_WORDS and nxt == "to" for w, nxt in itertools.pairwise(own)) or "should" in own
    return bool(_FACT_WORDS & set(own)) and not ({"whether", "if"} & set(own)) and not asked_direction


_HOLDER_LOCUS = {"authority": "authority", "process": "process", "group": "group", "we": "group"}
_PERMIT = frozenset({"allow", "permit", "let", "authorize", "authorise", "clear"})


def _holder(verb) -> str | None:
    """Who the gate in ``verb``'s clause belongs to: "without the DBA team's approval", "until the CAB met"."""
    for tok in verb.subtree:
        dep, low = tok.dep_, tok.lower_
        if dep == "prep" and low in ("during", "under", "per"):
            if any(o.dep_ == "pobj" and category(o) == "process" for o in tok.children):
                return "process"  # "not permitted to deploy during the freeze"
        if dep == "prep" and low in ("without", "until", "till", "pending"):
            said = _yes_gerund(tok)
            if said is not None:
                return said
            for o in tok.children:
                if o.dep_ != "pobj":
                    continue
                olem = lemma(o.lower_)
                if olem not in lexicon.APPROVAL_NOUNS and _APPROVAL_PHRASE.search(
                    o.doc[o.left_edge.i : o.i + 1].text.lower()
                ):
                    olem = "approval"  # "a sign-off", split by the tokenizer
                if olem in lexicon.GROUP_CONSENT_NOUNS and olem != "board":
                    return "group"
                if olem in lexicon.APPROVAL_NOUNS:
                    poss = [c for c in o.subtree if c.dep_ == "poss"]
                    who = category(poss[0]) if poss else pobj_category(o, {"from"})
                    return _HOLDER_LOCUS.get(who or "", "authority")
                who = _HOLDER_LOCUS.get(category(o))
                if who is not None and low != "without":
                    return who
                if (
                    lemma(o.lower_, o.tag_) in _RULE_ITEMS
                    or pobj_category(o, ("in", "on", "from")) == "process"
                    or _signed_record(o)
                ):
                    return "process"  # "without a slot in the change calendar", "until the ticket was approved"
        elif dep == "advcl" and _held_by_clause(tok):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            by = next((o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
            who = _HOLDER_LOCUS.get(category(by if by is not None else subj)) if subj is not None else None
            if who is None and check_passed(tok) and lemma(verb.lower_) in _GATED_ACTS:
                who = "process"  # "we couldn't cut over until the load test came back clean"
            if who is not None:
                return who  # "until the board met", "until the report was signed off by the plant director"
    return None


def gate_holder(verb) -> str | None:
    """Who holds the gate in ``verb``'s clause ("without the review board signing off"), if anyone."""
    return _holder(verb)


def _yes_gerund(prep) -> str | None:
    """ "without the managing editor signing off", "until the board approving it": a holder's yes as a gerund."""
    gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    who = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if who is None and gerund is not None:  # "without the review board signing off": the parser makes it the subject
        who = next((c for c in gerund.children if c.dep_ == "nsubj"), None)
    if gerund is None or who is None or lemma(gerund.lower_) not in _SAYING_YES:
        return None
    return _HOLDER_LOCUS.get(category(who))


def _signed_record(o) -> bool:
    """ "without an approved change request", "without a signed change record": a rule's paperwork."""
    if lemma(o.lower_, o.tag_) not in _RECORDS:
        return False
    return any(
        (c.dep_ == "amod" and c.lower_ in ("approved", "signed", "authorised", "authorized"))
        or (c.dep_ == "compound" and c.lower_ == "change")
        for c in o.children
    )


_RECORDS = frozenset({"request", "record", "order", "form", "note", "ticket", "permit"})
_GATED_ACTS = lexicon.ACTION_VERBS | lexicon.DECISION_VERBS | frozenset({"go", "proceed", "start", "begin"})
_RULE_ITEMS = frozenset({"ticket", "slot", "review", "audit", "questionnaire", "checklist", "form"})
_SAYING_YES = lexicon.DECISION_VERBS | frozenset({"say", "sign", "initial"})


def _held_by_clause(clause) -> bool:
    """ "until the CAB met", or "unless the shift lead countersigned it" (an exception only a yes opens)."""
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    if marks & {"until", "till"}:
        return True
    return "unless" in marks and lemma(clause.lower_, clause.tag_) in _SAYING_YES


_UNABLE = frozenset({"able", "free", "allowed", "permitted", "cleared", "authorized", "authorised"})


def unable_until(adj) -> tuple[str, int, int] | None:
    """(locus, start, end) for "I wasn't able to roll back until the incident commander said so": the speaker
    could not act before someone's yes (the adjective's clause, with its "until"/"without" gate)."""
    be = adj.head
    if lemma(adj.lower_) not in _UNABLE or lemma(be.lower_, be.tag_) != "be":
        return None
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in be.children):
        return None
    if not any(c.dep_ == "xcomp" for c in adj.children):
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None or category(subj) not in ("self", "we"):
        return None
    who = _holder(be)
    if who is None:
        return None
    last = be.right_edge
    while last.is_punct and last.i > be.i:
        last = last.doc[last.i - 1]
    return who, subj.left_edge.idx, last.idx + len(last.text)


def until_holder(verb) -> str | None:
    """The process or person an "until ..." clause of ``verb`` waits on ("until all checks were green")."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children):
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            who = _HOLDER_LOCUS.get(category(subj)) if subj is not None else None
            if who in ("process", "authority"):
                return who
    return None


def gated(p: Predicate) -> tuple[str, str] | None:
    """(locus, cue) when the speaker could not act without someone's say:
    "I wasn't allowed to touch prod", "we couldn't deploy until the CAB met",
    "I couldn't ship without my director's sign-off"."""
    nothing = p.subj is not None and p.subj.lower_ == "nothing" and not p.modal
    if not (p.negated or nothing) or p.actor not in ("self", "we", "thing"):
        return None
    if p.actor == "thing" and not nothing and (p.subj is None or lemma(p.subj.lower_, p.subj.tag_) not in _WORK_NOUNS):
        return None  # "the launch couldn't go ahead until the audit passed": work held by a gate
    if p.passive and p.lemma in _PERMIT:
        return (_holder(p.tok) or "authority", "not_permitted")
    who = _holder(p.tok)
    return (who, "gated") if who is not None else None
