"""What a deflecting phrase hands away, to whom, and how much it matters.

The analyzer says *where* a decision sits (authority, group, process, agentless,
hedged).  An interviewer also hears *how* it was handed away (someone approved it,
someone ordered it, the group agreed, a rule gated it, nobody decided, it drifted)
and *what* the decision was (the rollback or the launch, versus tidying a wiki
page).  This module reads both from the quoted clause, by classes of wording, so
the router can press on the decision that matters with words that fit it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from agent.analysis.models import Span
from agent.analysis.reframe import APPROVAL_WORDING

Kind = Literal["approval", "instruction", "escalation", "group", "gate", "passive", "drift", "hedge"]
KINDS: tuple[Kind, ...] = ("approval", "instruction", "escalation", "group", "gate", "passive", "drift", "hedge")
Stakes = Literal["key", "normal", "minor"]

# Someone approved, signed off, allowed: the only wording that earns the sign-off templates.
APPROVAL = APPROVAL_WORDING
INSTRUCTION = re.compile(
    r"\b(?:told|asked|instructed|directed|ordered|order|wanted|insisted|mandated|required (?:me|us)|"
    r"had (?:me|us)|made (?:me|us)|assigned|pushed|came down|handed (?:me|us)|"
    r"decided|decides|chose|choose|picked|selected|settled|went with|called it|made the call|overruled)\b",
    re.IGNORECASE,
)
ESCALATION = re.compile(
    r"\b(?:escalat\w*|kicked (?:it )?up|took it (?:up )?to|raised it (?:with|to)|deferred to|handed (?:it|this) (?:up|over))\b",
    re.I,
)
GATE = re.compile(
    r"\b(?:runbooks?|playbooks?|polic(?:y|ies)|process(?:es)?|procedures?|checklists?|rules?|standards?|"
    r"guidelines?|review board|change board|change advisory|cab|compliance|regulat\w*|freeze window|"
    r"per the|according to|by the book|required|requires|mandatory|not allowed|weren'?t allowed|wasn'?t allowed|"
    r"couldn'?t|could not|can'?t|had to wait|waited for|blocked|gated|until)\b",
    re.IGNORECASE,
)
BLOCKED = re.compile(
    r"\b(?:not allowed|n'?t allowed|couldn'?t|could not|can'?t|had to wait|waited|blocked|until|gated|forbid\w*|prevent\w*)\b",
    re.I,
)
DRIFT = re.compile(
    r"\b(?:ended up|end up|ends up|wound up|wind up|just happened|sort of happened|kind of happened|happened to|"
    r"landed on|landed with|drift\w*|defaulted|by default|fell into|became|made itself|over time|somehow|"
    r"evolved|snowballed|crept)\b",
    re.IGNORECASE,
)
PASSIVE = re.compile(
    r"\b(?:was|were|been|got|is|are)\s+(?:\w+ly\s+)?(?:decided|made|chosen|picked|agreed|settled|selected|taken|approved|set|done)\b",
    re.I,
)

# What the decision was.  Key actions: the calls an interviewer presses on.
KEY_ACTION = re.compile(
    r"\b(?:roll(?:ed|ing|s)?[- ]?back|rollbacks?|revert\w*|launch\w*|ship(?:ped|ping|s)?|releas\w*|go(?:ing)? live|went live|"
    r"migrat\w*|cut ?over|cutovers?|fail(?:ed|ing)? ?over|failovers?|freez\w*|froze\w*|halt\w*|cancel\w*|"
    r"shut\w* down|shutdown|kill\w*|turn(?:ed)? off|disabl\w*|paus\w*|stop(?:ped|ping)?|delet\w*|drop(?:ped)?|"
    r"deprecat\w*|retir\w*|sunset\w*|decommission\w*|deploy\w*|hot-?fix\w*|patch\w*|outages?|incidents?|"
    r"paged?|paging|evacuat\w*|switch\w*|replac\w*|rewrit\w*|re-?architect\w*|architecture|schemas?|"
    r"databases?|datastores?|postgres\w*|mysql|cassandra|kafka|dynamo\w*|redis|queues?|clusters?|regions?|"
    r"vendors?|contracts?|budgets?|hir(?:e|ed|ing)|refund\w*|pric(?:e|es|ing)|keys|credentials|tokens?|"
    r"priorit\w*|scope|delay\w*|postpon\w*|move(?:d)? (?:to|onto|off|the)|standardi[sz]\w*|"
    r"use|using|adopt\w*|picked|chose|over)\b",
    re.IGNORECASE,
)
MINOR_ACTION = re.compile(
    r"\b(?:post-?mortems?|retros?(?:pective)?s?|write-?ups?|document\w*|docs?|wiki\w*|readmes?|dashboards?|"
    r"alerts?|tickets?|jira|lint\w*|naming|conventions?|tid(?:y|ied|ying)|clean(?:ed|ing)? ?up|cleanups?|"
    r"dig(?:ging)? into|look(?:ed|ing)? into|investigat\w*|follow[- ]?ups?|comments?|formatting|meetings?|"
    r"sync|standups?|notif\w*|let \w+ know|emails?|labels?|tags?|renam\w*|"
    r"add(?:ed|ing)? (?:a|an|more|some|another) (?:\w+ )?(?:tests?|checks?|gates?|metrics?|alerts?|dashboards?|"
    r"canar(?:y|ies)|steps?|notes?|panels?))\b",
    re.IGNORECASE,
)
LATER = re.compile(
    r"\b(?:and then|then|afterwards?|after that|later|next quarter|eventually|down the line|as a follow-?up)\s*$", re.I
)

# How much each way of handing a decision away weighs (who holds it).
HOLDER_WEIGHT: dict[str, float] = {
    "approval": 5.0,
    "instruction": 5.0,
    "escalation": 4.5,
    "gate_blocked": 4.5,
    "gate": 3.5,
    "group": 3.0,
    "passive": 2.5,
    "drift": 2.0,
    "hedge": 2.0,
}
STAKES_WEIGHT: dict[str, float] = {"key": 3.0, "normal": 2.0, "minor": 1.0}
STRONG_SCORE = 13.5  # approval/instruction/escalation or a blocking gate, on a key action
HOLDER_LABEL = {
    "approval": "an approver",
    "instruction": "someone else's call",
    "escalation": "handed up the chain",
    "gate_blocked": "a gate that blocked the candidate",
    "gate": "a rule or process",
    "group": "the group",
    "passive": "nobody named",
    "drift": "drift",
    "hedge": "a hedge",
}


def deflection_kind(span: Span, clause: str) -> tuple[Kind, bool]:
    """The kind of deflection and whether a gate blocked the speaker."""
    text = f"{span.text} {clause}"
    locus = span.locus
    if APPROVAL.search(text) and locus in {"authority", "group", "process", "agentless"}:
        return "approval", False
    if ESCALATION.search(text) or span.cue in {"escalated", "handed_up"}:
        return "escalation", False
    if locus == "authority":
        return "instruction", False
    if locus == "process":
        return "gate", bool(BLOCKED.search(text))
    if locus == "group":
        return "group", False
    if locus == "agentless":
        return ("drift" if DRIFT.search(text) and not PASSIVE.search(span.text) else "passive"), False
    if locus == "hedged":
        return ("drift" if DRIFT.search(text) else "hedge"), False
    return "passive", False


def _first(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return pattern.search(text)


def stakes_of(clause: str, before: str) -> tuple[Stakes, str | None]:
    """How much the decision matters, and the words that showed it."""
    key = _first(KEY_ACTION, clause)
    minor = _first(MINOR_ACTION, clause)
    if minor and (key is None or minor.start() <= key.start()):
        return "minor", minor.group(0)
    if key:
        return "key", key.group(0)
    if LATER.search(before.rstrip(" ,;")):
        return "minor", "a later step"
    return "normal", None


@dataclass(frozen=True)
class Weighing:
    """How a deflecting phrase weighs: kind, holder, stakes and the resulting score."""

    kind: Kind
    holder: str
    stakes: Stakes
    action: str | None
    score: float

    @property
    def strong(self) -> bool:
        """A deflection an interviewer would press on even late in a busy phase."""
        return self.score >= STRONG_SCORE


def weigh(span: Span, clause: str, before: str) -> Weighing:
    """Weigh one deflecting span whose decision clause is ``clause`` (``before``: the text before it)."""
    kind, blocked = deflection_kind(span, clause)
    holder = "gate_blocked" if kind == "gate" and blocked else kind
    stakes, action = stakes_of(clause, before)
    score = HOLDER_WEIGHT[holder] * STAKES_WEIGHT[stakes]
    return Weighing(kind=kind, holder=holder, stakes=stakes, action=action, score=score)
