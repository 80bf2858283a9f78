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


def weigh(events: list[Event], text: str) -> list[Event]:
    """``events`` with competing cues settled (strengths adjusted; the list is not reordered)."""
    if len(events) < 2 and not any(e.cue == "preferred" for e in events):
        return events
    _going_along(events)
    if any(e.locus == "self" and e.strength >= 2 for e in events):
        for e in events:
            if (e.cue == "nobody_decided" and e.verb in _PERMITTING) or e.cue in _YIELD_TO_SELF:
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
