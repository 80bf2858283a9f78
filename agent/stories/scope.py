"""Scope signals: work outside the candidate's own team, taken on unasked, and how far it reached.

A story extends scope when it says the thing was someone else's ("the platform team owns it",
"it wasn't my team's code", "nobody had asked me") *and* the speaker did the work themselves
(wrote the patch, opened the change, paired on the rollout).  Reporting it to the owners and letting
them fix it ("I filed a ticket with the platform team and they patched it", "I wrote it up and sent it
to their on-call"), with at most a workaround in one's own system, is ``stayed_in_lane``: useful, but
not work outside one's area.  Reach ("every service", "all three products") is its own signal.
"""

from __future__ import annotations

from agent.stories.clauses import Clause, SentenceView
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
# Telling the owners about it: the report itself, not work on their system.
_REPORT_VERBS = frozenset(
    "reported report filed file raised raise flagged flag escalated escalate told tell emailed email messaged "
    "pinged ping notified notify".split()
)
# What a "sent" or "opened" clause carries when it is the work itself (a patch), not a report of it.
_WORK_OBJECTS = frozenset(
    "patch patches fix fixes pr prs pull change changes diff commit commits branch rewrite migration".split()
)
_HOME = frozenset({"our", "my", "ours", "mine"})
_THEIRS = frozenset({"their", "theirs", "other", "another"})
_OWNER_FIX = frozenset(
    "patched patch fixed fix changed change rolled shipped deployed released merged reverted corrected "
    "updated repaired".split()
)
_DO_VERBS = frozenset(
    "wrote write fixed fix patched patch opened open sent send submitted submit built build paired pair offered offer "
    "ran run added add found carried carry rewrote rewrite merged merge shipped ship tested test".split()
)


def _reports(c: Clause) -> bool:
    """ "I wrote it up", "I sent the logs to their on-call", "I opened a ticket": telling the owners, not doing their work."""
    if c.verb in _REPORT_VERBS:
        return True
    if c.verb in ("wrote", "write") and ("up" in c.particles or "to" in c.words or "ticket" in c.words):
        return True
    if c.verb in ("sent", "send", "opened", "open", "submitted", "submit"):
        return not (_WORK_OBJECTS & c.words)
    return False


def _at_home(c: Clause) -> bool:
    """Work on the speaker's own system ("a retry in our consumer"): a workaround, not work outside their area."""
    return bool(_HOME & c.words) and not (_THEIRS & c.words)


def _owners_fixed(sentences: list[SentenceView]) -> bool:
    """Someone else (the owners) made the fix: "they patched it the next day", "their on-call changed the setting"."""
    return any(
        c.actor not in ("self", "none") and c.verb in _OWNER_FIX and not c.negated and not c.modal
        for sent in sentences
        for c in sent.clauses
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
    mine = [(sent, c) for sent in sentences for c in narrated_mine(sent) if not c.negated]
    did = [(sent, c) for sent, c in mine if c.verb in _DO_VERBS and not _reports(c) and not _at_home(c)]
    ticket = [(s, m) for s in sentences if (m := first(_TICKET, s))]
    if not did and ticket:
        return [at_match("stayed_in_lane", ticket[0][0], ticket[0][1])]
    if not did:
        reported = next(((s, c) for s, c in mine if _reports(c)), None)
        if reported is not None and _owners_fixed(sentences):
            return [at_clause("stayed_in_lane", reported[0], reported[1])]
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
