"""Every built-in story signal: its key, which way it usually points, and what it means.

Rubrics name these keys (``dimensions[].signals``); ``locus rubric check`` rejects unknown ones.
The ``lean`` is documentation for rubric authors (the rubric decides each weight).
"""

from __future__ import annotations

from typing import NamedTuple


class SignalInfo(NamedTuple):
    """One signal kind."""

    key: str
    lean: str
    meaning: str


_TABLE = (
    # decisions
    ("own_decision", "+", "the story narrates a decision of the candidate's own"),
    (
        "made_the_call",
        "+",
        "a decision narrated explicitly as the candidate's own ('I decided to ...', 'it was my call')",
    ),
    ("deferred_decision", "-", "a decision in the story sits with a manager, the group, a process or nobody"),
    (
        "mostly_deferred",
        "-",
        "most of the story's decisions sit with others (two or more, more than the candidate's own)",
    ),
    ("reasoned_own_call", "+", "the candidate's own call, told with its reasons"),
    # judgment
    ("alternative_weighed", "+", "options named and compared by the candidate ('I considered X, but ...')"),
    ("evidence_used", "+", "the candidate measured, replayed or read data behind their call"),
    ("risk_accepted", "+", "the risk or cost of their own choice stated ('knowing it risked ...')"),
    ("stated_reason", "+", "a reason attached to the candidate's own decision"),
    ("owned_hindsight", "+", "what they would change about their own call, or what it cost"),
    ("hindsight_on_others", "-", "the 'what would you change' answer lists only what others should do"),
    ("borrowed_reasoning", "-", "reasons attached to someone else's decision ('the group agreed because ...')"),
    ("design_tradeoff", "+", "a trade-off weighed inside a design answer (light; never quoted as behaviour)"),
    # ownership
    ("owned_outcome", "+", "their own change or call named as the cause of a bad outcome ('that was my change')"),
    (
        "owned_result",
        "+",
        "the result of their own call held as theirs, good or bad ('the result was mine to answer for')",
    ),
    (
        "stakes_named",
        "+",
        "the size of what was at stake: what an owned failure cost ('it cost us a week'), or how far the work reached",
    ),
    ("blamed_others", "-", "the outcome placed on others ('QA should have caught it', 'that wasn't on me')"),
    ("fixed_it", "+", "the candidate fixed, rolled back or repaired it themselves"),
    ("prevention", "+", "a guard, check or rule added so it cannot recur"),
    ("followed_through", "+", "checked afterwards that the fix held ('I watched the graphs for two weeks')"),
    ("informed_affected", "+", "the candidate told the affected people what happened"),
    ("credited_others", "+", "a named colleague credited for their part"),
    ("minimised_harm", "-", "the harm waved off ('nothing was actually lost, so it was fine')"),
    ("left_to_others", "-", "follow-up left with others ('it wasn't prioritised', 'they eventually fixed it')"),
    ("assigned_work", "-", "acted once assigned or told to"),
    # independence
    ("acted_without_waiting", "+", "acted without waiting for approval ('I didn't ask for approval, I told them')"),
    ("consulted_then_decided", "+", "asked someone for information, then made the call"),
    ("informed_after", "+", "told people after acting, rather than asking before"),
    ("undo_plan", "+", "a way back stated with the action (flag, rollback threshold, one command)"),
    ("hypothetical_independence", "+", "'had nobody approved it I would still have ...', tied to the real situation"),
    ("asked_permission", "-", "asked whether they could ('I asked my lead whether we could turn it off')"),
    ("waited_for_approval", "-", "waited for sign-off or approval before acting"),
    ("escalated_decision", "-", "escalated or handed the decision itself to someone else"),
    ("defended_waiting", "-", "defends waiting or escalating as right ('it's the director's call, not mine')"),
    ("hypothetical_deferral", "-", "the hypothetical or hindsight is to escalate or wait more ('I'd escalate faster')"),
    # recklessness
    ("skipped_safeguard", "-", "turned off a control, skipped tests or review, or shipped everywhere at once"),
    ("told_nobody", "-", "acted alone and told nobody ('didn't mention it to anyone')"),
    ("autonomy_claim", "-", "claims never to need permission, with no instance ('I never ask for approval')"),
    ("reckless_action", "-", "skipping safeguards or telling nobody while acting alone (derived from the two above)"),
    (
        "defended_recklessness",
        "-",
        "a reckless act defended as right: pride in it, 'I'd do it again', or 'I never ask'",
    ),
    # scope
    ("outside_own_area", "+", "the work was another team's ('the platform team owns it', 'nobody had asked me')"),
    ("scope_extension", "+", "did that other team's work themselves, unasked (wrote the patch, opened the change)"),
    ("wide_reach", "+", "how far the work reached ('every service', 'all three products')"),
    ("stayed_in_lane", "-", "filed a ticket and worked around it at home instead"),
    # substance
    ("empty_claim", "-", "an ownership or decision claim with nothing concrete behind it"),
    ("empty_story", "-", "a story made of such claims: more claims than anything concrete"),
    ("repeated_claims", "-", "the same kind of empty claim three times or more in one story"),
    ("stated_value", "-", "beliefs or habits instead of an instance ('I strongly believe ...')"),
)

SIGNALS: dict[str, SignalInfo] = {k: SignalInfo(k, lean, meaning) for k, lean, meaning in _TABLE}


def is_signal(key: str) -> bool:
    """Whether ``key`` is a built-in signal."""
    return key in SIGNALS
