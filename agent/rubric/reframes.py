"""One reframe per story, aimed at the story's key deflection, worded by what was deflected and to whom.

A reframe is dropped when a later answer in the same story already answered it ("it was my
call", "that one was on me").  Offline and deterministic: the wording is chosen by the kind of
deflection, never invented facts.
"""

from __future__ import annotations

from agent.rubric.scorecard import Reframe
from agent.stories.models import Signal, Story

# deflection signal -> (locus shown, question); the most serious first
_DEFLECTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "blamed_others",
        "blame",
        "You placed the outcome on {who}. Which part of that outcome came from your own decision, and what did you change afterwards?",
    ),
    (
        "reckless_action",
        "self",
        "You acted alone here without a safeguard. Who needed to know before or right after, and how would you have undone it?",
    ),
    (
        "escalated_decision",
        "authority",
        "You handed that decision up. What would you have decided yourself, and what made it safe or unsafe to act without the approval?",
    ),
    (
        "waited_for_approval",
        "authority",
        "You waited for approval there. What was your own recommendation, and what would you have done if nobody had answered?",
    ),
    (
        "asked_permission",
        "authority",
        "You asked whether you could act. What would you have done if the answer had been no, or had not come?",
    ),
    (
        "deferred_decision",
        "group",
        "You said {quote}. Which part of that decision was yours, and what did you argue for?",
    ),
    (
        "hindsight_on_others",
        "authority",
        "Your changes for next time are all for other people. What would you yourself do differently?",
    ),
    ("minimised_harm", "self", "You played the harm down. Who was affected, and what did it cost them?"),
    (
        "empty_claim",
        "self",
        "You said {quote}. Which one decision was it, what were the options, and why did you choose as you did?",
    ),
    ("left_to_others", "process", "The follow-up stopped with others. What would it have taken for you to finish it?"),
)
_ANSWERED = {
    "blamed_others": ("owned_outcome", "owned_hindsight"),
    "escalated_decision": ("hypothetical_independence", "acted_without_waiting"),
    "waited_for_approval": ("hypothetical_independence", "acted_without_waiting"),
    "asked_permission": ("hypothetical_independence", "acted_without_waiting"),
    "deferred_decision": ("own_decision", "owned_outcome", "hypothetical_independence"),
    "hindsight_on_others": ("owned_hindsight",),
    "empty_claim": ("alternative_weighed", "evidence_used"),
}
_WHO_LOCUS = {
    "authority": "authority",
    "group": "group",
    "process": "process",
    "agentless": "agentless",
    "hedged": "hedged",
}


def _answered_later(story: Story, sig: Signal, key: str) -> bool:
    later = [s for s in story.signals if (s.turn, s.start) > (sig.turn, sig.start) and not s.weak]
    return any(s.key in _ANSWERED.get(key, ()) for s in later)


def story_reframe(story: Story) -> Reframe | None:
    """The reframe for one behavioural story, or ``None`` when nothing was deflected (or it was answered)."""
    for key, locus, template in _DEFLECTIONS:
        found = story.of(key)
        if key == "deferred_decision" and story.key_decision is not None and story.key_decision.holder in _WHO_LOCUS:
            locus = _WHO_LOCUS[story.key_decision.holder]
        for sig in found:
            if _answered_later(story, sig, key):
                continue
            who = sig.detail.strip() or "others"
            question = template.format(
                who=f"\u201c{who}\u201d" if who != "others" else "others", quote=f"\u201c{sig.text}\u201d"
            )
            return Reframe(
                turn=sig.turn, phrase=sig.text, locus=locus, question=question, story=story.index, signal=key
            )
    return None
