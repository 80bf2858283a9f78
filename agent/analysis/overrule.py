"""Authority that prevails over the speaker without a decision verb: vetoes by refusal, preferences the team then
followed, insistence over the speaker's objection, and disclaimers of any say.

"the desk head wouldn't hear of a rollback", "my director preferred Go, so we wrote it in Go" (the tagger may read
"preferred" as an adjective), "I flagged the risk, but the PO wanted the feature in regardless", "we didn't have a
say", "the call was my director's, not mine".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent.analysis import frames, lexicon
from agent.analysis.actors import category
from agent.analysis.events import Event
from agent.analysis.lemmas import lemma
from agent.analysis.verb_sets import REGARDLESS

if TYPE_CHECKING:  # the rules' view of a verb; this module sits below predicates.py (which uses misread_subject)
    from agent.analysis.predicates import Predicate

_VOICE = frozenset({"say", "vote", "voice", "input", "seat", "choice", "option"})
_NONE_DETS = frozenset({"no", "zero", "little", "nil"})
# The speaker raising a concern before someone above goes ahead: "I flagged the risk, but ...".
_OBJECTING = frozenset(
    "flag warn object argue disagree protest caution raise question challenge oppose push advise recommend".split()
)
# The speaker's own wish or proposal that lost: "I proposed Kafka, but ...", "I wanted to cut it, but ...".
_PROPOSING = frozenset("propose suggest pitch want prefer favor favour lean".split())
_WOULD = frozenset({"would", "'d", "should", "could"})
_HOLDERS = frozenset({"authority", "process"})
# Wanting, insisting and promising: "the account manager promised the client March regardless".
_PREVAILING = frames.PREFER_VERBS | frames.INSIST_VERBS | frames.COMMIT_VERBS


def no_say(p: Predicate) -> bool:
    """ "we didn't have a say", "I had no say", "we got little input": the speaker disclaims the decision."""
    if p.lemma not in ("have", "get") or p.actor not in ("self", "we") or p.modal:
        return False
    for o in p.tok.children:
        if o.dep_ == "dobj" and lemma(o.lower_, o.tag_) in _VOICE:
            return p.negated or any(c.dep_ == "det" and c.lower_ in _NONE_DETS for c in o.children)
    return False


def refusal(p: Predicate) -> bool:
    """ "the desk head wouldn't hear of a rollback", "the VP would not entertain a delay": a refusal to yield."""
    return (
        p.modal
        and p.negated
        and p.actor in _HOLDERS
        and p.lemma in frames.REFUSE_VERBS
        and (p.lemma != "hear" or "of" in p.particles)
    )


def misread_subject(verb):
    """ "My director preferred Go, so ...": a past verb the tagger hung as a modifier on the noun after it; its
    subject is the person right before it."""
    if verb.dep_ not in ("amod", "compound") or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    if lemma(verb.lower_, verb.tag_) not in frames.PREFER_VERBS | frames.INSIST_VERBS:
        return None
    before = verb.doc[verb.i - 1]
    if before.tag_ not in ("NN", "NNP", "NNS") or before.dep_ in ("compound", "amod") or before.i < verb.sent.start:
        return None
    return before if category(before) in ("authority", "process", "group") else None


def prevailed(p: Predicate) -> bool:
    """Someone above wanted or insisted on something over the speaker's concern: "I flagged the risk, but the PO
    wanted the feature in regardless", "the client preferred the old layout anyway"."""
    if p.lemma not in _PREVAILING or not p.past or p.negated or p.modal:
        return False
    if p.actor not in _HOLDERS:
        return False
    tok = p.tok
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in tok.children):
        return False
    if any(t.lower_ in REGARDLESS for t in tok.subtree if t.i > tok.i):
        return True
    doc = tok.doc
    but = next((t for t in doc[tok.sent.start : tok.i] if t.lower_ in ("but", "however")), None)
    if but is None:
        return False
    return any(
        t.tag_.startswith("VB")
        and any(c.dep_ == "nsubj" and c.lower_ in lexicon.SELF_WORDS for c in t.children)
        and (lemma(t.lower_, t.tag_) in _OBJECTING | _PROPOSING or _would_have(t))
        for t in doc[tok.sent.start : but.i]
    )


def _would_have(verb) -> bool:
    """ "I'd have failed over right away, but ...": what the speaker would have done, had the call been theirs."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and "have" in aux and bool(aux & _WOULD)


def contrasted_holder(attr):
    """ "the call was my director's, not mine": the parser hangs the named holder on "mine"; the holder is the one
    not negated."""
    if attr.lower_ not in ("mine", "ours"):
        return attr
    named = next((c for c in attr.children if c.dep_ == "poss" and any(g.dep_ == "case" for g in c.children)), None)
    if named is None or not any(t.lower_ == "not" for t in attr.doc[named.i : attr.i]):
        return attr
    return named


_FIRMLY = frozenset("firmly flatly strongly totally completely absolutely adamantly dead utterly".split())


def opposed(be) -> Event | None:
    """ "our CFO was firmly against leasing the servers": someone above set against an option (a firmness word is
    needed; "my manager was against it" alone may be only an opinion the speaker then overrode)."""
    if any(c.dep_ == "neg" for c in be.children) or not any(c.lower_ in _FIRMLY for c in be.children):
        return None
    against = next((c for c in be.children if c.dep_ == "prep" and c.lower_ == "against"), None)
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if against is None or subj is None:
        return None
    holder = "authority" if lemma(subj.lower_, subj.tag_) in lexicon.STAKEHOLDER_NOUNS else category(subj)
    if holder not in _HOLDERS:
        return None
    last = against.right_edge
    return Event(holder, 3, subj.left_edge.idx, last.idx + len(last.text), "opposed", be.i, verb="against")
