"""Gates on a piece of work: it waited for, had to pass, or needed something from a holder.

"the fix sat in the queue until the change board met", "the launch was held up waiting on legal's
review", "every schema change has to go past the data council", "I had to run it past the finance
partner", "it had to clear the procurement process", "the contract needed a signature from the VP",
"the migration was gated on a security review".  Habitual gates count when a piece of work is the
subject ("releases are signed off by QA on Fridays"); a design's "would have to" never does.
"""

from __future__ import annotations

import re

from agent.analysis import frames, lexicon
from agent.analysis.actors import category
from agent.analysis.lemmas import lemma
from agent.analysis.predicates import Predicate

_HOLDER = {"authority": "authority", "process": "process", "group": "group"}
_WAITING = frozenset(
    {
        "sit",
        "wait",
        "stay",
        "hang",
        "languish",
        "idle",
        "stall",
        "park",
        "hold",
        "block",
        "gate",
        "queue",
        "sleep",
        "freeze",
        "pend",
        "remain",
        "stick",
    }
)
_LODGED = frozenset({"sit", "stick", "languish", "park", "hang", "stall", "queue", "idle"})
_PASSING = {
    "go": ("past", "through", "before", "via"),
    "run": ("past", "by", "through"),
    "push": ("past", "through"),
    "get": ("past", "through"),
    "pass": ("through", "by"),
}
_CLEARING = frozenset({"clear", "pass"})
_NEEDING = frozenset({"need", "require", "await", "get", "want"})
_STEPS = frozenset(
    {
        "queue",
        "workflow",
        "pipeline",
        "process",
        "step",
        "stage",
        "flow",
        "form",
        "portal",
        "tool",
        "system",
        "chain",
        "loop",
        "tender",
        "cycle",
        "round",
    }
)
_REVIEWS = frozenset(
    {
        "review",
        "audit",
        "assessment",
        "sign-off",
        "signoff",
        "scan",
        "vetting",
        "inspection",
        "ticket",
        "slot",
        "questionnaire",
    }
)
_STEP_OWNERS = lexicon.DEPARTMENT_NOUNS | frozenset(
    {"procurement", "purchasing", "hiring", "legal", "change", "release", "intake", "triage"}
)
_FORUMS = frozenset(
    {
        "meeting",
        "review",
        "planning",
        "sync",
        "offsite",
        "retro",
        "council",
        "board",
        "committee",
        "forum",
        "cab",
        "audit",
    }
)
_WORK = frozenset(
    """change changes release releases deploy deploys deployment deployments pr prs merge merges rollout rollouts
    migration migrations launch launches fix fixes patch patches request requests spend purchase purchases
    ticket tickets design proposal proposals contract contracts hire hires cutover feature features schema""".split()
)
_PERMISSION = re.compile(
    r"sign-?off|go-?ahead|green light|thumbs[- ]?up|approval|permission|blessing|signature|\bnod\b|\bok(?:ay)?\b"
)


GATE_VERBS = _WAITING | frozenset(_PASSING) | _CLEARING | _NEEDING
_USUALLY = frozenset({"always", "usually", "typically", "normally", "generally", "routinely", "invariably"})
_EVERY = frozenset({"every", "any", "each", "all"})
_THRESHOLD = frozenset({"over", "above", "exceeding", "beyond", "under", "below"})
_RULE_PREPS = frozenset({"under", "per"})
_SECOND = frozenset({"second", "two", "dual", "another", "double", "extra"})


def _habitual(p: Predicate) -> bool:
    """A rule about work told as a habit: "every change", "refunds above 500 pounds", "always need", "usually go"."""
    verbs = [p.tok, p.tok.head] if p.tok.dep_ == "xcomp" else [p.tok]
    if any(c.dep_ == "advmod" and c.lower_ in _USUALLY for v in verbs for c in v.children):
        return True
    subj = p.subj
    if subj is None:
        return False
    if any(c.lower_ in _EVERY for c in subj.children):
        return True
    # A threshold on the subject ("orders over fifty pallets", "anything above 10k") states a rule.
    words = list(subj.subtree)
    return any(t.lower_ in _THRESHOLD for t in words) and any(t.tag_ == "CD" or t.like_num for t in words)


def _obliged(p: Predicate) -> bool:
    """ "had to clear", "has to go past", "needed to pass": the work was obliged to get through a gate."""
    tok = p.tok
    return (
        tok.dep_ == "xcomp"
        and lemma(tok.head.lower_, tok.head.tag_) in ("have", "need")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and (tok.head.tag_ in ("VBD", "VBN") or _habitual(p))
    )


def _under_rule(verb) -> bool:
    """ "under the four-eyes policy", "per the bank's rules": the clause is governed by a rule."""
    for v in (verb, verb.head):
        for c in v.children:
            if (
                c.dep_ == "prep"
                and c.lower_ in _RULE_PREPS
                and any(o.dep_ == "pobj" and category(o) == "process" for o in c.children)
            ):
                return True
    return False


def holder_of(noun) -> str | None:
    """Who a gate noun belongs to: "legal's review", "a signature from the VP", "the data council"."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return _HOLDER.get(category(poss), "authority" if poss.lower_ in lexicon.THIRD_PERSON else None)
    phrase = noun.doc[noun.left_edge.i : noun.i + 1].text.lower()
    if lemma(noun.lower_, noun.tag_) in frames.PERMISSION_NOUNS or _PERMISSION.search(phrase):
        if lemma(noun.lower_, noun.tag_) in _STEPS:
            return "process"  # "the finance approval queue", "the sign-off workflow": a step of a process
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and _HOLDER.get(category(obj)):
                    return _HOLDER[category(obj)]
        return "authority"
    if lemma(noun.lower_, noun.tag_) in _STEPS and any(
        c.dep_ in ("compound", "amod") and (lemma(c.lower_) in lexicon.PROCESS_NOUNS or c.lower_ in _STEP_OWNERS)
        for c in noun.children
    ):
        return "process"  # "the procurement queue", "the review workflow" (not "the message queue")
    found = _HOLDER.get(category(noun))
    if found is not None:
        return found
    return "process" if lemma(noun.lower_, noun.tag_) in _FORUMS else None


def _pobj(prep):
    return next((o for o in prep.children if o.dep_ == "pobj"), None)


def _until_clause(verb) -> str | None:
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till", "before") for m in c.children):
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _HOLDER.get(category(subj)):
                return _HOLDER[category(subj)]
            if subj is not None and lemma(subj.lower_, subj.tag_) in _FORUMS:
                return "process"
            found = _needing(c)
            if found is not None:
                return found
    return None


def _waiting(verb) -> str | None:
    lodged = lemma(verb.lower_, verb.tag_) in _LODGED
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "for", "until", "till", "pending", "behind", "in", "at"):
            obj = _pobj(c)
            if obj is not None:
                found = holder_of(obj)
                if found is not None and (
                    c.lower_ not in ("in", "at") or ((lodged or c.lower_ == "at") and found == "process")
                ):
                    return found  # "stuck in the approval workflow", not "stayed in the repo"
        elif c.dep_ in ("advcl", "xcomp") and lemma(c.lower_, c.tag_) in _WAITING:
            found = _waiting(c)
            if found is not None:
                return found
    linked = verb.head if verb.dep_ == "xcomp" else verb  # "..., so the purchase had to wait for Q3"
    for c in linked.children:
        if (
            c.dep_ in ("ccomp", "advcl")
            and c.i < verb.i
            and any(a.dep_ == "advmod" and a.lower_ == "so" for a in linked.children)
        ):
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and (category(subj) == "process" or lemma(subj.lower_) in frames.PERMISSION_NOUNS):
                return "process"  # "the release train leaves every second Thursday, so the fix waited nine days"
    return _until_clause(verb)


def _needing(verb) -> str | None:
    if lemma(verb.lower_, verb.tag_) not in _NEEDING:
        return None
    for o in verb.children:
        if o.dep_ == "dobj":
            phrase = o.doc[o.left_edge.i : o.i + 1].text.lower()
            if lemma(o.lower_, o.tag_) in _REVIEWS:
                owner = holder_of(o) if any(c.dep_ == "poss" for c in o.children) else None
                return owner or "process"  # "the new endpoint needed a privacy review", "a change ticket"
            if lemma(o.lower_, o.tag_) in frames.PERMISSION_NOUNS or _PERMISSION.search(phrase):
                if _under_rule(verb) or any(c.dep_ in ("amod", "nummod") and c.lower_ in _SECOND for c in o.children):
                    return "process"  # "a second signature", "under the four-eyes policy": a rule needs the extra yes
                found = holder_of(o)
                for c in verb.children:
                    if c.dep_ == "prep" and c.lower_ == "from" and _pobj(c) is not None:
                        by = _pobj(c)  # "from two members of the payments guild": a count of approvers is a rule
                        counted = any(n.dep_ == "nummod" and n.lower_ in _SECOND for n in by.children)
                        found = "process" if counted else _HOLDER.get(category(by)) or found
                return found or "authority"
    return None


def _work_subject(p: Predicate) -> bool:
    subj = p.subj
    if subj is None:
        return p.actor in ("self", "none")
    if p.actor == "component" and p.lemma in _NEEDING and p.past:
        return True  # "the new endpoint needed a privacy review": the component is the work here
    if (
        p.actor == "thing"
        and (_obliged(p) or (_habitual(p) and p.lemma in _NEEDING | frozenset(_PASSING)))
        and lemma(subj.lower_, subj.tag_) not in lexicon.RUNTIME_NOUNS | lexicon.COMPONENT_NOUNS
    ):
        return True  # "the loot-box tweak had to clear the checklist", "refunds above 500 pounds always need a nod"
    if p.actor in ("self", "we", "group", "it") or (p.actor == "process" and lemma(subj.lower_, subj.tag_) in _WORK):
        return True  # "the ticket was stuck in the approval workflow": a ticket is work, not the process
    if (
        p.actor == "thing"
        and p.lemma in _WAITING | _NEEDING
        and p.past
        and lemma(subj.lower_, subj.tag_) not in lexicon.RUNTIME_NOUNS
        and not any(c.tag_ == "CD" for c in subj.subtree)
    ):
        return True  # "the hotfix sat pending the CAB", not "about 3,000 claims were stuck in review" (items in flight)
    return p.actor == "thing" and (
        lemma(subj.lower_, subj.tag_) in _WORK
        or any(c.lower_ in ("every", "any", "each", "all", "nothing") for c in subj.children)
        or subj.lower_ in ("nothing", "everything", "anything")
    )


def work_gate(p: Predicate) -> tuple[str, str] | None:
    """(locus, cue) when the narrated work waited on, had to pass, or needed someone's say."""
    if p.modal or (p.negated and p.lemma not in _WAITING) or not _work_subject(p):
        return None
    if not p.past and not (p.subj is not None and p.actor == "thing"):
        return None  # present tense only for habitual rules about work ("every change has to go past ...")
    verb, lem = p.tok, p.lemma
    if lem in _WAITING:
        found = _waiting(verb)
        return (found, "waited_on") if found is not None else None
    preps = _PASSING.get(lem)
    if preps is not None:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in preps and _pobj(c) is not None:
                found = holder_of(_pobj(c))
                if found is not None:
                    return (found, "passed_gate")
        if lem not in _CLEARING:
            return None  # "pass" goes on: "has to pass a security questionnaire" clears a gate
    if lem in _CLEARING:
        for c in verb.children:
            if c.dep_ == "dobj":
                found = holder_of(c)
                if found is not None:
                    return (found, "cleared_gate")
        return None
    habitual = p.actor == "thing" and _habitual(p)
    found = _needing(verb) if p.actor in ("thing", "it", "none", "component") and (p.past or habitual) else None
    return (found, "needed_approval") if found is not None else None
