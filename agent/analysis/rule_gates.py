"""Rules and forums that hold a decision while the speaker narrates their own compliant steps.

- ``rule_bound``: a prohibition or obligation a rule phrase governs: "by the lab's safety policy, no one could run
  the centrifuge alone", "under the lockout procedure I had to wait".
- ``rule_stated``: a rule told as a copula: "our policy was no database access without a ticket", "the rule was
  that nobody deploys on Fridays".
- ``forum_passive``: a passive decision at a forum, nobody named: "turned down at the weekly design review",
  "rejected in review", "deploys usually get approved at the Tuesday CAB".
- ``forum_verdict``: a forum's outcome: "the go/no-go call ended in a no-go", "the checkpoint said we weren't ready".
- ``required_gate``: a standing yes the work needs: "QA sign-off is required before a push", "security sign-off is
  mandatory"; a rank's yes stays theirs ("director approval was required").
"""

from __future__ import annotations

from agent.analysis import frames, lexicon
from agent.analysis.actors import category
from agent.analysis.events import Event
from agent.analysis.forums import forum_noun
from agent.analysis.gates import holder_of
from agent.analysis.holders import noun_lemma
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

_RULE_PREPS = frozenset({"under", "per", "by", "following"})
_CAUSE_WORDS = frozenset({"because", "due", "owing", "thanks"})
_HABIT = frozenset({"usually", "normally", "always", "typically", "generally", "routinely", "invariably"})
_FORUM_PREPS = frozenset({"at", "in", "during", "through"})
_OUTCOME_VERBS = frozenset({"come", "end", "close", "finish", "conclude", "return", "wrap"})
_VERDICTS = frozenset(
    "no no-go go yes rejection approval veto refusal denial thumbs-down red green hold deferral pass fail".split()
)
_REQUIRED = frozenset({"required", "mandatory", "compulsory", "obligatory", "needed", "mandated", "necessary"})
_GATE_NOUNS = frames.PERMISSION_NOUNS | lexicon.APPROVAL_NOUNS | frozenset({"review", "check", "audit", "inspection"})


def _pobj(prep):
    return next((o for o in prep.children if o.dep_ == "pobj"), None)


def _rule_noun(tok) -> bool:
    return tok is not None and category(tok) == "process" and not forum_noun(tok)


def _governing_rule(verb) -> bool:
    """A rule phrase on the verb or on a clause above it: "under the policy", "per SOX", "because of the freeze"."""
    tok = verb
    for _ in range(5):
        for c in tok.children:
            if c.dep_ != "prep":
                continue
            low = c.lower_
            prev = c.doc[c.i - 1].lower_ if c.i > 0 else ""
            if (low in _RULE_PREPS or (low in ("of", "to") and prev in _CAUSE_WORDS)) and _rule_noun(_pobj(c)):
                return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _constrained(p: Predicate) -> bool:
    """ "couldn't", "no one could", "had to", "wasn't allowed to": the clause states a limit on the work."""
    tok = p.tok
    if p.modal and (p.negated or p.actor == "nobody"):
        return True
    if (
        tok.dep_ == "xcomp"
        and lemma(tok.head.lower_) in ("have", "need")
        and any(c.lower_ == "to" for c in tok.children)
    ):
        return not any(c.tag_ == "MD" for c in tok.head.children)
    return p.lemma in ("allow", "permit") and p.negated


def rule_bound(p: Predicate) -> bool:
    """A limit the clause states under a rule phrase ("by the safety policy, no one could run it alone")."""
    return _constrained(p) and _governing_rule(p.tok)


def gate_to_clear(p: Predicate) -> bool:
    """ "the pipeline's approval stage has to turn green before anything reaches staging": a step of a process the
    work must get through first (not "the build has to go green", which names no process)."""
    tok = p.tok
    if p.subj is None or p.negated or tok.dep_ != "xcomp" or lemma(tok.head.lower_) not in ("have", "need"):
        return False
    if any(c.tag_ == "MD" for c in tok.head.children) or holder_of(p.subj) != "process":
        return False
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("before", "until", "till") for m in c.children)
        for v in (tok, tok.head)
        for c in v.children
    )


def rule_stated(be) -> Event | None:
    """ "our policy was no database access without a ticket", "the rule was that nobody deploys on Fridays"."""
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None or not _rule_noun(subj) or any(c.dep_ == "neg" for c in be.children):
        return None
    stated = False
    for c in be.children:
        if c.dep_ == "attr":
            words = {t.lower_ for t in c.subtree}
            stated = any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) or bool(
                words & {"without", "unless", "until", "only"}
            )
        elif c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark"):
            stated = any(
                t.lower_ in lexicon.NOBODY_WORDS or t.lower_ in ("no", "only", "must", "never") or t.dep_ == "neg"
                for t in c.subtree
            )
        if stated:
            last = c.right_edge
            start = subj.left_edge.idx
            return Event("process", 3, start, last.idx + len(last.text), "rule_stated", be.i, verb=be.lower_)
    return None


def _habitual(verb) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _HABIT for c in verb.children)


def forum_passive(p: Predicate) -> bool:
    """A passive decision at a forum with nobody named: "turned down at the weekly design review"."""
    if not p.passive or p.agent or p.negated or p.modal or not (p.past or _habitual(p.tok)):
        return False
    if p.lemma not in lexicon.DECISION_VERBS | lexicon.PASSIVE_DECISION_VERBS and not _phrasal_decision(p):
        return False  # "the bug was fixed in review", "the typo was caught in review": work done, nothing decided
    for c in p.tok.children:
        if c.dep_ == "prep" and c.lower_ in _FORUM_PREPS:
            obj = _pobj(c)
            if obj is not None and holder_of(obj) == "process" and lemma(obj.lower_) not in lexicon.COMPONENT_NOUNS:
                return True
    return False


def _phrasal_decision(p: Predicate) -> bool:
    wanted = lexicon.DECISION_PHRASAL.get(p.lemma)
    return wanted is not None and bool(p.particles & wanted)


def _verdict(tok) -> bool:
    words = "".join(t.text_with_ws for t in tok.subtree if t.dep_ != "det" or t.lower_ == "no").lower()
    return words.replace(" - ", "-").replace(" ", "").strip() in _VERDICTS


def forum_verdict(p: Predicate) -> bool:
    """ "the go/no-go call ended in a no-go", "the readiness review came back as a no", "the checkpoint said we
    weren't ready": the forum's outcome on the work."""
    subj = p.subj
    if subj is None or p.actor != "process" or p.modal or not p.past:
        return False
    forum = forum_noun(subj) or lemma(subj.lower_, subj.tag_) in ("review", "board", "committee", "council", "cab")
    if not forum:
        return False
    if p.lemma in _OUTCOME_VERBS:
        return any(
            c.dep_ == "prep" and c.lower_ in ("as", "in", "with") and _pobj(c) is not None and _verdict(_pobj(c))
            for c in p.tok.children
        )
    if p.lemma == "say":
        return any(
            (c.dep_ == "dobj" and _verdict(c))
            or (c.dep_ == "ccomp" and any(g.dep_ == "neg" or g.lower_ in ("ready", "no") for g in c.subtree))
            for c in p.tok.children
        )
    return False


def required_locus(tok) -> str | None:
    """ "QA sign-off is required before a push", "security sign-off is mandatory": a yes the work always needs.
    A department's step is the process; a possessor or a rank keeps it theirs ("the VP's approval was required")."""
    if tok.lower_ not in _REQUIRED:
        return None
    adjective = tok.tag_ == "JJ"
    if adjective and tok.dep_ != "acomp":
        return None
    verb = tok.head if adjective else tok
    subj = next((c for c in verb.children if c.dep_ == ("nsubj" if adjective else "nsubjpass")), None)
    if subj is None or noun_lemma(subj) not in _GATE_NOUNS or any(c.dep_ == "neg" for c in verb.children):
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is not None:
        return {"authority": "authority", "group": "group"}.get(category(poss), "authority")
    if any(c.dep_ == "compound" and lemma(c.lower_) in lexicon.RANK_NOUNS for c in subj.children):
        return "authority"  # "director approval was required"
    return "process"


def required_gate(tok) -> Event | None:
    """``required_locus`` for an adjective ("mandatory"), as an event."""
    locus = required_locus(tok) if tok.tag_ == "JJ" else None
    if locus is None:
        return None
    subj = next(c for c in tok.head.children if c.dep_ == "nsubj")
    return Event(locus, 3, subj.left_edge.idx, tok.idx + len(tok.text), "gate_required", tok.i, verb=tok.lower_)
