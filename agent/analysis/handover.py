"""Handing a decision over: the speaker leaves, passes or punts the call to someone else (Delegating, from the
side of the one who lets go).

"I left it to my manager", "I left the decision on the queue to our architect", "I punted the choice to the
architecture board", "we passed the call up to the VP", "I handed it over to the staff engineer to decide".  The
thing handed must be the decision itself (a decision noun, or "it"/"that one" with "leave" or a deciding verb
after it), and the receiver must be someone with a say: handing over work ("I handed the migration over to the new
hire", "I left the rollout details to the team") or things ("I handed the pager to my colleague") decides nothing.
"""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

_HANDING_OVER = frozenset("leave hand pass punt kick bump turn throw".split())
_DECISION_ITSELF = frozenset(
    "call decision choice pick selection say verdict ruling judgment judgement question".split()
)
_POINTERS = frozenset("it that this one".split())
_RECEIVERS = frozenset({"authority", "group", "process"})
_ON_THE_WAY = frozenset({"over", "up", "back", "upstairs", "across", "off"})


def _receiver(verb, obj) -> str | None:
    """The class of whoever the verb hands to: "to my manager", "over to procurement", "up to legal", also where
    the parser hangs "to ..." on the object ("the decision to the board", "the say on pricing to the head")."""
    heads = [verb, obj]
    heads += [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _ON_THE_WAY]
    heads += [o for c in obj.children if c.dep_ == "prep" and c.lower_ != "to" for o in c.children if o.dep_ == "pobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                for target in prep.children:
                    if target.dep_ == "pobj":
                        return category(target)
    return None


def handed_over(p: Predicate) -> tuple[str, str] | None:
    """(locus, "handed_over") when the speaker hands the decision itself to someone with a say."""
    if p.lemma not in _HANDING_OVER or p.negated or p.passive:
        return None
    verb = p.tok
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    deciding_after = any(
        c.dep_ in ("xcomp", "advcl") and lemma(c.lower_, c.tag_) in lexicon.DECISION_VERBS for c in verb.children
    )
    said = lemma(obj.lower_, obj.tag_)
    if said not in _DECISION_ITSELF and not (said in _POINTERS and (p.lemma == "leave" or deciding_after)):
        return None
    who = _receiver(verb, obj)
    return (who, "handed_over") if who in _RECEIVERS else None


def decided_by_receiver(verb) -> bool:
    """``verb`` is the deciding the speaker handed over ("I left it to the staff engineer to decide"): its
    inherited subject is not the speaker."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.i == verb.i or lemma(head.lower_, head.tag_) not in _HANDING_OVER:
        return False
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    return obj is not None and _receiver(head, obj) in _RECEIVERS
