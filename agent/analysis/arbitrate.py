"""Weighing a sentence's evidence as a whole when its cues compete.

Every rule and phrase cue of a sentence proposes an event; this module settles them explicitly,
instead of letting whichever cue came first or last win:

1. Someone named holding the decision beats drift around it: "after a proper vote we ended up
   choosing Rust" is the group's vote; "the customer was adamant, so it stayed" is the customer's.
   A drift cue survives only when nobody holds the decision ("nobody decided it, the config just
   carried over").
2. Not knowing *who* decided ("I'm not sure who") is no hedge on *whether* it was decided: it loses to
   a named or agentless decider ("somebody in leadership picked the date, I'm not sure who").
3. Going along with someone's stated preference makes it their call: "the CTO liked Kotlin, so Kotlin
   it was", "security recommended it, and we went along with it".
   Going along with "it" takes the holder of the clause before ("it was decided to skip the load
   test, and I went along with it" stays agentless).
4. Then the ranking key: a clause after "but / in the end" first, a concessive clause last, then
   strength (ownership 4, explicit decision 3, act or deferral 2, weak 1), then the later position.
"""

from __future__ import annotations

import re

from agent.analysis import frames
from agent.analysis.events import Event

_COMPLY = re.compile(frames.COMPLY_PHRASES, re.I)
_IDENTITY_HEDGES = frozenset({"not_sure_who"})
_WEAK_SELF = frozenset({"self_did"})
# Drift wording the speaker's own act outranks: "I kept the XML format for historical reasons" is owned.
_YIELD_TO_SELF = frozenset({"never_decided", "for_historical_reasons"})
_PERMITTING = frozenset(
    {"approve", "sign", "okay", "ok", "authorize", "authorise", "greenlight", "bless", "clear", "allow"}
    | {"require", "mandate", "demand", "ask", "request"}  # "nobody required a soak test; I ran one anyway"
)


def _drift(e: Event) -> bool:
    return e.locus == "hedged" and e.cue.startswith("drift_")


def _holds(e: Event) -> bool:
    """A decision placed with a named holder (or nobody named, for agentless) by an explicit cue."""
    if e.locus == "hedged" or e.cue in _WEAK_SELF:
        return False
    return e.strength >= 3 or (e.locus == "self" and e.strength >= 2)


def _going_along(events: list[Event]) -> None:
    """ "It was decided to skip it, and I went along with it": going along with "it" complies with the
    earlier clause's decision, so it takes that holder instead of adding an authority of its own."""
    for e in events:
        if e.cue != "went_along_it":
            continue
        earlier = [o for o in events if o is not e and o.pos < e.pos and o.locus not in ("self", "none")]
        if earlier:
            e.locus = max(earlier, key=Event.key).locus


# Acts done to comply with a rule the sentence states first: waiting for a colleague, the colleague's countersigning.
_COMPLYING = frozenset({"waited_for", "standing_gate", "self_acted", "self_did"})
# "I wasn't allowed to push it myself": the reflexive sits inside the limit and owns nothing.
_BARRED_SELF = re.compile(
    r"\b(?:(?:was|were|am|is|are)(?:n't| not) (?:allowed|permitted|able|supposed)|(?:could|can)(?:n't| not)|cannot"
    r"|(?:no one|nobody) (?:could|can))\b(?:(?!\b(?:so|and|but|then|because|instead)\b)[^,;.])*?\bmyself\b",
    re.I,
)
_PERMISSION_WORDS = re.compile(r"\b(?:go-?ahead|green light|approval|sign-?off|okay|ok|permission|blessing)\b", re.I)


def _complying(events: list[Event], text: str) -> None:
    """A rule stated first holds the steps taken to comply with it: "the protocol required two nurses to verify the
    dose, so I waited for a colleague", "the four-eyes rule meant my colleague had to countersign"."""
    if any(e.cue == "myself" for e in events) and _BARRED_SELF.search(text):
        for e in events:
            if e.cue == "myself":
                e.strength = 1
    rules = [e for e in events if e.locus == "process" and e.strength >= 3]
    if not rules:
        return
    first = min(e.pos for e in rules)
    for e in events:
        if e.cue in _COMPLYING and e.locus in ("self", "authority") and e.pos > first and e.contrast <= 0:
            e.strength = min(e.strength, 2)


def _unpermitted(e: Event, text: str) -> bool:
    """ "nobody signed off on it", "no one gave me the go-ahead": a yes nobody gave, not a choice nobody made."""
    return e.cue == "nobody_decided" and (e.verb in _PERMITTING or bool(_PERMISSION_WORDS.search(text[: e.end])))


def weigh(events: list[Event], text: str) -> list[Event]:
    """``events`` with competing cues settled (strengths adjusted; the list is not reordered)."""
    if len(events) < 2 and not any(e.cue == "preferred" for e in events):
        return events
    _going_along(events)
    _complying(events, text)
    unpermitted = [e for e in events if _unpermitted(e, text)]
    for e in events:
        if unpermitted and e.locus == "self" and e.pos > min(u.pos for u in unpermitted):
            e.strength = max(e.strength, 2)  # "nobody signed off on the rebuild; I just did it and posted after"
    if any(e.locus == "self" and e.strength >= 2 for e in events):
        for e in events:
            if _unpermitted(e, text) or e.cue in _YIELD_TO_SELF:
                e.strength, e.contrast = 1, min(e.contrast, 0)  # "nobody signed off on it; I shipped the fix myself"
    holders = [e for e in events if _holds(e)]
    if holders:
        for e in events:
            if _drift(e) or e.cue in _IDENTITY_HEDGES:
                e.strength = min(e.strength, 1)
                e.contrast = min(e.contrast, 0)
    if _COMPLY.search(text):
        for e in events:
            if e.cue == "preferred":
                e.strength = 3
    return events


def best(events: list[Event], text: str = "") -> Event | None:
    """The event that decides the sentence's verdict, after weighing."""
    if not events:
        return None
    return max(weigh(events, text) if text else events, key=Event.key)
