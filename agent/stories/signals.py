"""All signals of one behavioural story, read sentence by sentence and then across the story."""

from __future__ import annotations

from agent.stories import costs, independence, judgment, next_time, ownership, scope, substance
from agent.stories.clauses import SentenceView
from agent.stories.forms import WordClass
from agent.stories.found import first, make, narrated_mine, phrases
from agent.stories.models import Decision, Signal

_NEGATIVE_LEAN = frozenset(
    {
        "hindsight_on_others",
        "borrowed_reasoning",
        "blamed_others",
        "minimised_harm",
        "left_to_others",
        "assigned_work",
        "asked_permission",
        "waited_for_approval",
        "escalated_decision",
        "defended_waiting",
        "hypothetical_deferral",
        "skipped_safeguard",
        "told_nobody",
        "autonomy_claim",
        "reckless_action",
        "stayed_in_lane",
        "empty_claim",
        "stated_value",
        "deferred_decision",
        "empty_story",
        "repeated_claims",
        "mostly_deferred",
        "defended_recklessness",
    }
)
_ON_ASSIGNMENT = frozenset({"fixed_it", "prevention"})
_JUDGMENT_SUPPORT = frozenset({"stated_reason", "alternative_weighed", "evidence_used", "risk_accepted"})
# Pride in an act, or doing it again: said of a reckless act, it defends an unsound call as right.
_PRIDE = phrases(
    r"proud of (?:it|that|this|doing)",
    r"(?:do|did|done) it (?:the same way |exactly the same )?again",
    r"(?:do|did) (?:it|that|the same)(?: \w+)? (?:the same way|again)",
    r"stand by (?:it|that|this|the call|the decision)",
    "no regrets",
    r"(?:don't|do not) regret",
    r"(?:was|it's|is|it was) worth it",
    r"would do the same",
    r"the right (?:call|thing|move)",
)
_MIN_STORY_SUBSTANCE = 4
_EVERY_MENTION = frozenset({"blamed_others"})
_DEFERRED = frozenset({"authority", "group", "process", "agentless", "hedged"})
DECISIVE = WordClass(
    "decisive",
    "roll revert ship deploy switch pause exclude disable launch cut release migrate move replace drop "
    "cancel stop freeze patch fix escalate wait hold choose pick decide add build write set raise lower "
    "bump throttle block reroute fail restart scale split delay postpone",
)
_DECISIVE = DECISIVE


def _acts(sent: SentenceView) -> bool:
    return any(independence._is_act(c) for c in narrated_mine(sent))


def _sentence_signals(sents: list[SentenceView], story_is_mine: bool) -> list[Signal]:
    out: list[Signal] = []
    acts = [_acts(s) for s in sents]
    for i, sent in enumerate(sents):
        if sent.question or substance.wish_or_absence(sent):
            continue  # a question, a hope or an honest "not yet" tells no behaviour
        values = substance.values(sent)
        if values:
            out += values
            out += independence.reckless(sent)  # "I never ask for permission" is still an autonomy claim
            # "a couple of regressions slipped through, but that's the cost of velocity": a belief that still waves
            # a named harm off.
            out += [x for x in ownership.leftovers(sent) if x.key == "minimised_harm"]
            continue
        concrete = substance.concrete_words(sent)
        found = judgment.judgment_signals(sent, story_is_mine)
        found += ownership.ownership_signals(sent)
        found += independence.waiting(sent)
        found += independence.acting(sent, acted_before=any(acts[:i]), acts_later=any(acts[i + 1 :]))
        found += independence.hypothetical(sent)
        if not any(x.key.startswith("hypothetical_") for x in found):
            found += next_time.act_then_tell(sent)
        found += independence.reckless(sent)
        if any(x.key == "blamed_others" for x in found):
            # A reason given for putting the outcome on others ("since it was their file") is not judgment.
            found = [x for x in found if x.key not in _JUDGMENT_SUPPORT]
        claims = substance.claims(sent, concrete)
        if claims:
            found = [s if s.key in _NEGATIVE_LEAN else s.model_copy(update={"weak": True}) for s in found] + claims
        out += found
    return out


_CLAIM_KEYS = frozenset({"empty_claim", "empty_story", "repeated_claims", "stated_value", "autonomy_claim"})
_HABIT = frozenset({"mostly", "usually", "generally", "normally", "typically", "always", "often"})


def _habitual_at(sents: list[SentenceView], d: Decision) -> bool:
    """The decision is told as a habit ("I mostly picked up tickets from the board"), not as one call."""
    sent = next((s for s in sents if s.turn == d.turn and s.start <= d.start < s.end), None)
    return sent is not None and (
        bool(_HABIT & sent.words) or any(c.habitual for c in sent.clauses if c.start <= d.start < c.end)
    )


def _derived(
    signals: list[Signal], decisions: list[Decision], sents: list[SentenceView], concrete: int
) -> list[Signal]:
    """Story-level signals: an own decision, a decision handed to others, and recklessness (acting alone without safeguards)."""
    out: list[Signal] = []
    own = next(
        (
            d
            for d in decisions
            if d.holder == "self" and (d.explicit or _DECISIVE.any_in(frozenset(d.text.lower().split())))
        ),
        None,
    )
    given = [x for x in signals if x.key == "assigned_work"]
    # "once it was assigned to me I changed the job": the work handed over, not a decision handed up.
    other = next(
        (
            d
            for d in decisions
            if d.holder in _DEFERRED
            and d.explicit
            and not any(x.turn == d.turn and x.start <= d.start < x.end for x in given)
        ),
        None,
    )
    for d, name in ((own, "own_decision"), (other, "deferred_decision")):
        if d is None:
            continue
        sent = next((s for s in sents if s.turn == d.turn and s.start <= d.start < s.end), None)
        if sent is not None:
            out.append(make(name, sent, d.start, d.end, detail=d.holder))
    called = next((d for d in decisions if d.holder == "self" and d.explicit and not _habitual_at(sents, d)), None)
    if called is not None and any((x.turn, x.start) <= (called.turn, called.start) for x in given):
        # "My lead gave me the tickets ... I chose to resize the photos": how to do assigned work, not a moment
        # where acting or waiting for someone was at stake.
        called = None
    if called is not None:
        # "I decided to launch in every city": a call taken on the speaker's own authority (acting, not waiting, was at stake).
        sent = next((s for s in sents if s.turn == called.turn and s.start <= called.start < s.end), None)
        if sent is not None:
            out.append(make("made_the_call", sent, called.start, called.end))
    handed = [d for d in decisions if d.holder in _DEFERRED and d.explicit]
    kept = [
        d
        for d in decisions
        if d.holder == "self" and (d.explicit or _DECISIVE.any_in(frozenset(d.text.lower().split())))
    ]
    if len(handed) >= 2 and len(handed) > 2 * len(kept):
        d = handed[1]
        sent = next((s for s in sents if s.turn == d.turn and s.start <= d.start < s.end), None)
        if sent is not None:
            out.append(make("mostly_deferred", sent, d.start, d.end, detail=d.holder))
    reasons = [
        s
        for s in signals
        if s.key in ("stated_reason", "alternative_weighed", "evidence_used", "risk_accepted") and not s.weak
    ]
    if own is not None and reasons:
        # The speaker's own call told with its reasons: owning a technical call, acting in their own remit.
        sent = next((s for s in sents if s.turn == own.turn and s.start <= own.start < s.end), None)
        if sent is not None:
            out.append(make("reasoned_own_call", sent, own.start, own.end))
    claims = [s for s in signals if s.key == "empty_claim"]
    positive = [s for s in signals if s.key not in _NEGATIVE_LEAN]
    strong = [s for s in positive if not s.weak]
    # Blame and deferrals name who and what: a story full of them is not empty, whatever it claims.
    named = [s for s in signals if s.key in _NEGATIVE_LEAN and s.key not in _CLAIM_KEYS]
    thin = concrete < _MIN_STORY_SUBSTANCE
    if claims and ((thin and len(claims) >= len(named)) or len(claims) > len(strong) + len(named)):
        out.append(claims[0].model_copy(update={"key": "empty_story"}))
        if len(claims) >= 3:
            out.append(claims[2].model_copy(update={"key": "repeated_claims"}))
    elif thin and positive and not named:
        out.append(positive[0].model_copy(update={"key": "empty_story", "weak": False}))
    skipped = [s for s in signals if s.key == "skipped_safeguard"]
    alone = [s for s in signals if s.key in ("told_nobody", "autonomy_claim")]
    # "I rolled it out without checking X. That was my call, and the wrong one": a skipped check owned as the cause of
    # one's own mistake is the admission, not recklessness (unless the speaker also told nobody or blamed others).
    admitted = any(s.key in ("owned_outcome", "owned_hindsight") and not s.weak for s in signals) and not any(
        s.key == "blamed_others" for s in signals
    )
    if skipped and (admitted and not alone):
        skipped = []
    if skipped and (alone or not any(s.key in ("informed_after", "informed_affected", "undo_plan") for s in signals)):
        out.append(skipped[0].model_copy(update={"key": "reckless_action"}))
    elif len(alone) >= 1 and any(s.key == "told_nobody" for s in alone):
        out.append(alone[0].model_copy(update={"key": "reckless_action"}))
    if any(s.key == "reckless_action" for s in out):
        defence = next((s for s in signals if s.key == "autonomy_claim"), None)
        if defence is None:
            proud = next((s for s in sents if not s.question and first(_PRIDE, s)), None)
            if proud is not None:
                m = first(_PRIDE, proud)
                assert m is not None
                defence = make("defended_recklessness", proud, proud.start + m.start(), proud.start + m.end())
        if defence is not None:
            out.append(defence.model_copy(update={"key": "defended_recklessness", "weak": False}))
    return out


def story_signals(
    sents: list[SentenceView],
    key: Decision | None,
    concrete: int,
    extra: list[Signal] | None = None,
    decisions: list[Decision] | None = None,
) -> list[Signal]:
    """Every signal of a behavioural story, once per (kind, sentence), in transcript order.

    ``extra``: further signals read elsewhere (a rubric's regex cues), merged in the same way.
    """
    story_is_mine = (
        key.holder == "self"
        if key is not None
        else any(c.mine and c.narrated for s in sents for c in s.clauses) and not any(s.spans for s in sents)
    )
    signals = _sentence_signals(sents, story_is_mine) + list(extra or [])
    signals += scope.scope_signals(sents)
    signals += _derived(signals, decisions or [], sents, concrete)
    signals += costs.stakes(sents, signals)
    if concrete < _MIN_STORY_SUBSTANCE:
        signals = [s if s.key in _NEGATIVE_LEAN else s.model_copy(update={"weak": True}) for s in signals]
    assigned = [(s.turn, s.sentence_start) for s in signals if s.key == "assigned_work"]
    if assigned:
        # A fix done once assigned ("my lead asked me to fix it, so I ...") is follow-through, not ownership taken.
        signals = [
            s.model_copy(update={"weak": True})
            if s.key in _ON_ASSIGNMENT and (s.turn, s.sentence_start) >= assigned[0]
            else s
            for s in signals
        ]
    # Once per (kind, sentence), except blame, which counts every place it is said.
    seen: set[tuple] = set()
    unique = []
    for s in sorted(signals, key=lambda s: (s.turn, s.sentence_start, s.start, s.key)):
        k = (s.key, s.turn, s.sentence_start) + ((s.start,) if s.key in _EVERY_MENTION else ())
        if k not in seen:
            seen.add(k)
            unique.append(s)
    return unique
