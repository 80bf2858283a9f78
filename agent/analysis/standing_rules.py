"""Standing rules told as habits, settings and machine gates, with no board or decision verb named.

- ``only_through``: work done only by way of a process: "we only rotate keys through the ceremony process".
- ``quantified_obligation``: a rule on every piece of work: "every release candidate has to sit in staging for two
  days first", "each hotfix gets a mandatory soak in pre-prod".
- ``configured_gate``: a setting that enforces a yes: "branch protection demands a passing scan", "the repo
  settings enforce code-owner approval".
- ``machine_gate``: a tool that has to give the yes: "the access bot had to approve my session".
- ``refused_without``: a limit whose way out is a board's or a rule's yes: "the protocol wouldn't let us change the
  dose without the review board signing off".
- ``routed_before``: "any article naming a minor goes to the standards desk before it runs".
- ``tautology``: "the rule was the rule", "policy is policy".

Each reads one verb (or copula) the rules already visit; none runs over the whole sentence.
"""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.actors import category
from agent.analysis.deferral import gate_holder
from agent.analysis.events import Event
from agent.analysis.gates import holder_of
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

_THROUGH = frozenset({"through", "via"})
_ROUTINE = frozenset({"do", "run", "make", "ship", "handle", "push", "release", "deploy", "get", "go"})
_EVERY = frozenset({"every", "each", "all", "any"})
_OBLIGING = frozenset({"have", "need"})
_FIRST = frozenset({"first", "beforehand", "before"})
_MANDATORY = frozenset({"mandatory", "compulsory", "required", "obligatory", "enforced", "mandated"})
_UNDERGO = frozenset({"get", "have", "undergo", "receive", "go"})
_SETTINGS = frozenset(
    {
        "setting",
        "settings",
        "protection",
        "protections",
        "ruleset",
        "config",
        "configuration",
        "codeowners",
        "rule",
        "rules",
    }
)
_ENFORCING = frozenset({"enforce", "demand", "require", "mandate", "force"})
_GATE_OBJECTS = lexicon.APPROVAL_NOUNS | frozenset(
    {"review", "reviews", "scan", "check", "checks", "reviewer", "reviewers", "approvals", "signature", "signatures"}
)
_MACHINES = lexicon.COMPONENT_NOUNS | frozenset({"tool", "portal", "bot", "robot"})
_YES = frozenset({"approve", "ok", "okay", "sign", "clear", "authorize", "authorise", "bless", "grant", "accept"})
_LETTING = frozenset({"let", "allow", "permit"})
# Verbs the rules above read that no other rule makes a candidate ("has to bake", "the settings enforce").
LEMMAS = frozenset({"bake", "soak", "enforce", "undergo"})
_RULE_HEADS = frozenset({"rule", "rules", "policy", "law", "process", "procedure", "protocol", "freeze", "sop"})


def _obliged(tok) -> bool:
    """ "has to sit", "must sit", "needs to clear" (not "would have to": a design)."""
    if any(c.tag_ == "MD" and c.lower_ == "must" for c in tok.children):
        return True
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and lemma(head.lower_) in _OBLIGING
        and any(c.lower_ == "to" for c in tok.children)
        and not any(c.tag_ == "MD" for c in head.children)
    )


def _pobjs(tok, preps):
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            yield from (o for o in c.children if o.dep_ == "pobj")


def only_through(p: Predicate) -> bool:
    """ "we only do failovers through the DR drill process": the process is the only door for the work."""
    tok = p.tok
    if p.negated or p.modal or p.actor not in ("we", "group", "thing"):
        return False  # "I only deployed through the pipeline because ..." is the speaker's own habit
    if not any(c.dep_ == "advmod" and c.lower_ == "only" for c in tok.children):
        return False
    if p.lemma not in lexicon.ACTION_VERBS and p.lemma not in _ROUTINE:
        return False
    return any(category(o) == "process" for o in _pobjs(tok, _THROUGH))


def _quantified(subj) -> bool:
    return subj is not None and (
        subj.lower_ in ("nothing", "everything", "anything")
        or any(c.dep_ == "det" and c.lower_ in _EVERY for c in subj.children)
    )


def quantified_obligation(p: Predicate) -> bool:
    """A rule on every piece of work: "every release candidate has to sit in staging for two days first", "each
    hotfix gets a mandatory soak in pre-prod"."""
    tok, subj = p.tok, p.subj
    if p.negated or not _quantified(subj) or category(subj) not in ("thing", "component"):
        return False
    if p.lemma in _UNDERGO and not p.passive:
        if any(
            c.dep_ == "dobj" and any(m.dep_ == "amod" and m.lower_ in _MANDATORY for m in c.children)
            for c in tok.children
        ):
            return True
    if not _obliged(tok):
        return False
    return any(t.lower_ in _FIRST and t.i > tok.i for t in tok.subtree)


def configured_gate(p: Predicate) -> bool:
    """ "branch protection demands a passing security scan", "the repo settings enforce code-owner approval"."""
    subj = p.subj
    if p.negated or p.modal or p.passive or subj is None or p.lemma not in _ENFORCING:
        return False
    if lemma(subj.lower_, subj.tag_) not in _SETTINGS or any(c.dep_ == "poss" for c in subj.children):
        return False
    for o in p.tok.children:
        if o.dep_ == "dobj":
            words = {lemma(t.lower_, t.tag_) for t in o.subtree} | {t.lower_ for t in o.subtree}
            if words & _GATE_OBJECTS:
                return True
    return False


def machine_gate(p: Predicate) -> bool:
    """ "the privileged-access tool had to approve my elevation": a tool whose yes the work must get first."""
    subj = p.subj
    if p.negated or p.passive or subj is None or p.lemma not in _YES:
        return False
    if lemma(subj.lower_, subj.tag_) not in _MACHINES or category(subj) in ("self", "we", "group", "authority"):
        return False
    return _obliged(p.tok)


def refused_without(p: Predicate) -> str | None:
    """ "the protocol wouldn't let us change the dose without the review board signing off": the limit's way out
    names who holds the yes."""
    if not (p.modal and p.negated) or p.lemma not in _LETTING or p.actor in ("self", "we", "group"):
        return None
    found = gate_holder(p.tok)
    return found if found in ("process", "authority") else None


def tautology(be) -> Event | None:
    """ "the rule was the rule", "policy is policy": a rule the speaker did not argue with."""
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in be.children if c.dep_ == "attr"), None)
    if subj is None or attr is None or any(c.dep_ == "neg" for c in be.children):
        return None
    same = lemma(subj.lower_, subj.tag_)
    if same != lemma(attr.lower_, attr.tag_) or (same not in _RULE_HEADS and category(subj) != "process"):
        return None
    return Event("process", 3, subj.left_edge.idx, attr.idx + len(attr.text), "rule_tautology", be.i, verb=be.lower_)


def standing_locus(p: Predicate) -> str | None:
    """The holder of a standing rule ``p`` tells, if it tells one (see the module's list)."""
    if only_through(p) or quantified_obligation(p) or configured_gate(p) or machine_gate(p) or routed_before(p):
        return "process"
    return refused_without(p)


def routed_before(p: Predicate) -> bool:
    """ "any article naming a minor goes to the standards desk before it runs": every piece of work is routed to a
    desk or board before the next step."""
    if p.lemma != "go" or p.negated or p.modal or not _quantified(p.subj):
        return False
    if not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("before", "until") for m in c.children)
        for c in p.tok.children
    ):
        return False
    return any(holder_of(o) == "process" for o in _pobjs(p.tok, ("to",)))
