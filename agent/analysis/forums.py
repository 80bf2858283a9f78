"""Noun phrases that name a forum which decides, and the software look-alikes that name none.

A meeting, call, checkpoint or group is a forum when its modifiers say what it is for: "the go/no-go call",
"the go-live checkpoint", "the tech radar group", "the steering meeting".  A bare "meeting" or "group" is
not ("the meeting ran long", "the platform group").

Words of process and of rank also name software: "the retry policy", "the eviction policy", "the policy
object", "the package manager", "the map editor".  Those are the system acting on its data, never a rule or a
person holding a decision.  This module reads only the noun phrase (lexicon and lemmas, no other analysis).
"""

from __future__ import annotations

from agent.analysis import lexicon
from agent.analysis.lemmas import lemma

_MOD_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# Heads that name a forum only with a modifier saying what it meets for.
_FORUM_HEADS = frozenset({"meeting", "call", "checkpoint", "group", "sync", "session", "gate", "milestone"})
_FORUM_PURPOSES = frozenset(
    """go-live golive readiness launch release steering review advisory radar governance standards oversight approval
    change planning triage prioritization prioritisation portfolio investment working ethics quality stage-gate
    go/no-go no-go sign-off signoff""".split()
)
# Modifiers that make a policy, rule or gate a piece of software: the system's own behaviour, not a rule people keep.
_TECH_PURPOSES = frozenset(
    """retry retries backoff back-off eviction cache caching restart scaling autoscaling routing scheduling scheduler
    load-balancing balancing rate-limit rate-limiting throttling timeout replication placement failover network
    firewall lifecycle expiry expiration gc garbage-collection compaction circuit-breaker pod container
    admission preemption batching""".split()
)
# Heads that make any process word before them a code artefact ("the policy object", "the gate component").
_ARTEFACT_HEADS = frozenset(
    """object class struct type interface module component crd resource manifest field enum function method handler
    middleware plugin widget screen page view button tab prefab asset sprite node entity instance variable
    config configuration setting parameter schema""".split()
)
# Role words that also name a tool when a technical word qualifies them ("the package manager", "the map editor").
_TOOL_ROLES = frozenset({"manager", "editor", "controller", "supervisor", "scheduler", "director", "owner"})
_TOOL_KINDS = frozenset(
    """package window task password memory connection state session secret secrets resource dependency version
    display device boot file certificate cert level map text code image hex scene shader tile sprite node cluster
    thread process-level entity asset font layout""".split()
)

_POD_KINDS = (
    lexicon.COMPONENT_NOUNS
    | lexicon.RUNTIME_NOUNS
    | frozenset("api web k8s kubernetes app sidecar canary gpu cpu ingress backend frontend db".split())
)


_ARTEFACT_OF = lexicon.PROCESS_NOUNS | lexicon.APPROVAL_NOUNS | _FORUM_HEADS | {"review", "approval"}
_SOFTWARE_HEADS = _ARTEFACT_HEADS | lexicon.PROCESS_NOUNS | _TOOL_ROLES | {"pod"}


def _modifiers(tok) -> list:
    """Every modifier inside the noun phrase before ``tok`` (nested compounds included)."""
    out = []
    stack = [c for c in tok.children if c.dep_ in _MOD_DEPS and c.i < tok.i]
    while stack:
        m = stack.pop()
        out.append(m)
        stack.extend(c for c in m.children if c.dep_ in _MOD_DEPS or c.dep_ == "punct")
    return out


def _phrase_words(tok) -> set[str]:
    """Lemmas of the phrase's modifiers, with hyphenated and slashed words joined back ("go/no-go", "go-live")."""
    words = {lemma(m.lower_, m.tag_) for m in _modifiers(tok)}
    start = tok.left_edge.i
    if start < tok.i:
        joined = "".join(t.text_with_ws for t in tok.doc[start : tok.i]).lower()
        words.update(joined.replace(" - ", "-").replace(" / ", "/").split())
    return words


def forum_noun(tok) -> bool:
    """ "the go/no-go call", "the go-live checkpoint", "the tech radar group": a forum that decides."""
    head = lemma(tok.lower_, tok.tag_)
    if head not in _FORUM_HEADS:
        return False
    words = _phrase_words(tok)
    return bool(words & _FORUM_PURPOSES) or any("no-go" in w or "go/no" in w for w in words)


def software_noun(tok) -> bool:
    """ "the retry policy", "the policy object", "the package manager": software named with a process or role word."""
    head = lemma(tok.lower_, tok.tag_)
    if head not in _SOFTWARE_HEADS or not any(c.dep_ in _MOD_DEPS for c in tok.children):
        return head == "pod" and tok.tag_ == "NNS" and not any(c.dep_ in _MOD_DEPS for c in tok.children)
    mods = {w for m in _modifiers(tok) for w in (m.lower_, lemma(m.lower_, m.tag_))}
    if head in _ARTEFACT_HEADS:
        return bool(mods & _ARTEFACT_OF)
    if head in lexicon.PROCESS_NOUNS:
        return bool(mods & _TECH_PURPOSES)
    if head in _TOOL_ROLES:
        return bool(mods & _TOOL_KINDS)
    return bool(mods & _POD_KINDS)  # "the worker pods": containers; "the payments pod" may be a team


def software_subject(doc, start: int) -> bool:
    """The subject a phrase match starts with is software ("the package manager picked an older version")."""
    for tok in doc[start : min(len(doc), start + 5)]:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return software_noun(tok)
    return False
