"""All signals of one behavioural story, read sentence by sentence and then across the story."""

from __future__ import annotations

from agent.stories import independence, judgment, ownership, scope, substance
from agent.stories.clauses import SentenceView
from agent.stories.found import make, narrated_mine
from agent.stories.models import Decision, Signal

_NEGATIVE_LEAN = frozenset({
    "hindsight_on_others", "borrowed_reasoning", "blamed_others", "minimised_harm", "left_to_others", "assigned_work",
    "asked_permission", "waited_for_approval", "escalated_decision", "defended_waiting", "hypothetical_deferral",
    "skipped_safeguard", "told_nobody", "autonomy_claim", "reckless_action", "stayed_in_lane", "empty_claim",
    "stated_value", "deferred_decision",
})
_MIN_STORY_SUBSTANCE = 4


def _acts(sent: SentenceView) -> bool:
    return any(independence._is_act(c) for c in narrated_mine(sent))


def _sentence_signals(sents: list[SentenceView], story_is_mine: bool) -> list[Signal]:
    out: list[Signal] = []
    acts = [_acts(s) for s in sents]
    for i, sent in enumerate(sents):
        if sent.question:
            continue
        values = substance.values(sent)
        if values:
            out += values
            out += independence.reckless(sent)  # "I never ask for permission" is still an autonomy claim
            continue
        concrete = substance.concrete_words(sent)
        found = judgment.judgment_signals(sent, story_is_mine)
        found += ownership.ownership_signals(sent)
        found += independence.waiting(sent)
        found += independence.acting(sent, acted_before=any(acts[:i]), acts_later=any(acts[i + 1:]))
        found += independence.hypothetical(sent)
        found += independence.reckless(sent)
        claims = substance.claims(sent, concrete)
        if claims:
            found = [s if s.key in _NEGATIVE_LEAN else s.model_copy(update={"weak": True}) for s in found] + claims
        out += found
    return out


def _derived(signals: list[Signal], key: Decision | None, sents: list[SentenceView]) -> list[Signal]:
    """Story-level signals: who holds the key decision, and recklessness (acting alone without safeguards)."""
    out: list[Signal] = []
    if key is not None:
        sent = next((s for s in sents if s.turn == key.turn and s.start <= key.start < s.end), None)
        if sent is not None:
            if key.holder == "self":
                out.append(make("own_decision", sent, key.start, key.end, detail="self"))
            elif key.holder != "none":
                out.append(make("deferred_decision", sent, key.start, key.end, detail=key.holder))
    skipped = [s for s in signals if s.key == "skipped_safeguard"]
    alone = [s for s in signals if s.key in ("told_nobody", "autonomy_claim")]
    if skipped and (alone or not any(s.key in ("informed_after", "informed_affected", "undo_plan") for s in signals)):
        first = skipped[0]
        out.append(first.model_copy(update={"key": "reckless_action"}))
    elif len(alone) >= 1 and any(s.key == "told_nobody" for s in alone):
        out.append(alone[0].model_copy(update={"key": "reckless_action"}))
    return out


def story_signals(sents: list[SentenceView], key: Decision | None, concrete: int) -> list[Signal]:
    """Every signal of a behavioural story, once per (kind, sentence), in transcript order."""
    story_is_mine = key is not None and key.holder == "self"
    signals = _sentence_signals(sents, story_is_mine)
    signals += scope.scope_signals(sents)
    signals += _derived(signals, key, sents)
    if concrete < _MIN_STORY_SUBSTANCE:
        signals = [s if s.key in _NEGATIVE_LEAN else s.model_copy(update={"weak": True}) for s in signals]
    seen: set[tuple[str, int, int]] = set()
    unique = []
    for s in sorted(signals, key=lambda s: (s.turn, s.sentence_start, s.start, s.key)):
        k = (s.key, s.turn, s.sentence_start)
        if k not in seen:
            seen.add(k)
            unique.append(s)
    return unique
