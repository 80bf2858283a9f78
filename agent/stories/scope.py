"""Scope signals: work outside the candidate's own team, taken on unasked, and how far it reached.

A story extends scope when it says the thing was someone else's ("the platform team owns it",
"it wasn't my team's code", "nobody had asked me") *and* the speaker did the work themselves
(wrote the patch, opened the change, paired on the rollout).  Filing a ticket and working around
it at home is ``stayed_in_lane``.  Reach ("every service", "all three products") is its own signal.
"""

from __future__ import annotations

from agent.stories.clauses import SentenceView
from agent.stories.found import at_clause, at_match, first, narrated_mine, phrases
from agent.stories.models import Signal

_NOT_MINE = phrases(
    r"(?:wasn't|was not|isn't|is not|not) (?:my|our) (?:team's |own )?(?:code|system|service|responsibility|job|area|repo|library|team|problem|project|component)",
    r"(?:which|that) the [\w-]+(?: [\w-]+)? (?:team )?(?:owns|owned|ran|runs|maintains|maintained)",
    r"(?:run|owned|maintained) by the [\w-]+(?: [\w-]+)? team",
    r"(?:another|other|a different) team's (?!on\b|on-call|that\b|who\b|which\b|and\b|in\b|to\b|too\b|as\b|at\b|were\b|are\b|had\b|have\b|did\b|members?\b|leads?\b|managers?\b)[\w-]+",
    r"the [\w-]+(?: [\w-]+)? team owns",
    r"(?:belonged|belongs|belonging) to (?:another|a different|the other|the [\w-]+) (?:[\w-]+ )?(?:team|group|org|squad|department)",
    r"nobody (?:had )?asked me",
    "without being asked",
    "unasked",
    r"outside (?:my|our) (?:team|area|remit|scope)",
    r"(?:their|the other team's) (?:repo|repository|code|service|converter|library|system)",
    "not my responsibility",
    r"(?:in|on|inside) (?:the|another) [\w-]+(?: [\w-]+)? team’s (?:service|code|system|library|repo|pipeline|tool|api|sdk)",
)
_REACH = phrases(
    r"(?:every|all(?: the| our| of the)?|each) (?:[\w-]+ ){0,2}(?:services?|teams?|products?|consumers?|callers?|clients?|customers?|users|repos?|repositories|pipelines?|apps?|tools?)",
    r"the whole (?:company|org|organi[sz]ation|department|fleet)",
    r"for everyone",
    "company-wide",
    r"org(?:anization)?-wide",
    r"(?:all|both|three|two|the other) (?:\w+ )?(?:products|teams|services) (?:as well|too)",
)
_TICKET = phrases(
    "filed a ticket",
    r"raised (?:a|it as a) ticket",
    "opened a ticket",
    r"(?:wrapped|worked around) (?:it|the client|their)",
    r"mentioned it (?:at|in)",
    "they said they would get to it",
    "sat in their backlog",
)
_DO_VERBS = frozenset(
    "wrote write fixed fix patched patch opened open sent send submitted submit built build paired pair offered offer "
    "ran run added add found carried carry rewrote rewrite merged merge shipped ship tested test".split()
)


def scope_signals(sentences: list[SentenceView]) -> list[Signal]:
    """Scope signals for one behavioural story (all its sentences, in order)."""
    out: list[Signal] = []
    marker = None
    for sent in sentences:
        m = first(_NOT_MINE, sent)
        if m and marker is None:
            marker = (sent, m)
    if marker is None:
        return out
    did = [(sent, c) for sent in sentences for c in narrated_mine(sent) if c.verb in _DO_VERBS and not c.negated]
    ticket = [(s, m) for s in sentences if (m := first(_TICKET, s))]
    if not did and ticket:
        return [at_match("stayed_in_lane", ticket[0][0], ticket[0][1])]
    if not did:
        return out
    if ticket and len(did) < 3:
        sent, m = ticket[0]
        return [at_match("stayed_in_lane", sent, m)]
    sent, m = marker
    out.append(at_match("outside_own_area", sent, m))
    fix_sent, fix = (
        did[0]
        if len(did) == 1
        else next(((s, c) for s, c in did if c.verb in ("wrote", "write", "fixed", "patched", "fix")), did[0])
    )
    out.append(at_clause("scope_extension", fix_sent, fix))
    for s in sentences:
        r = first(_REACH, s)
        if r:
            out.append(at_match("wide_reach", s, r, detail=r.group(0)))
            break
    return out
