"""Work nobody got to (hedged: drift, nobody chose).

A negated passive of the verbs that put work in line, "it never got prioritised", "the cleanup didn't get
scheduled", "the idea never got picked up", "the follow-up was never actioned", tells that no one decided for or
against the work: it simply never came up.  So does "nobody got round to the rebuild".

A refusal is a decision somebody made, so the verbs of approving and funding are not here: "the replica wasn't
funded" and "the request wasn't approved" stay agentless.  Technical passives ("the job didn't get retried") are
not about work waiting for someone.  A person in the subject ("I wasn't scheduled on call") or an agent named with
"by" is read elsewhere.
"""

from __future__ import annotations

from agent.analysis.predicates import Predicate

_LINED_UP = frozenset(
    """prioritise prioritize deprioritise deprioritize schedule plan resource staff action roadmap address tackle
    triage groom""".split()
)
_WITH_UP = frozenset({"pick", "follow", "take"})
_NOBODY = frozenset({"nobody", "noone", "no-one"})
_PEOPLE = frozenset({"self", "we", "group", "authority", "someone", "nobody"})
LEMMAS = _LINED_UP | _WITH_UP | {"get"}


def _negated(p: Predicate) -> bool:
    """Negation on the verb or on its passive auxiliary ("kept not getting prioritised")."""
    if p.negated:
        return True
    return any(c.dep_ == "auxpass" and any(n.dep_ == "neg" for n in c.children) for c in p.tok.children)


def _got_round(p: Predicate) -> bool:
    return (
        p.lemma == "get"
        and p.subj is not None
        and p.subj.lower_ in _NOBODY
        and any(c.lower_ in ("round", "around") for c in p.tok.children)
    )


def never_lined_up(p: Predicate) -> tuple[int, str] | None:
    """(strength, cue) when a verb tells work that never got lined up, else None."""
    if p.modal or p.counterfactual:
        return None
    if _got_round(p):
        return (3, "never_got_round")  # "nobody got round to the index rebuild"
    if not p.passive or p.agent is not None or p.actor in _PEOPLE:
        return None
    lined_up = p.lemma in _LINED_UP or (p.lemma in _WITH_UP and "up" in p.particles)
    if lined_up and _negated(p):
        return (3, "never_lined_up")  # "it never got prioritised", "the follow-up was never actioned"
    return None
