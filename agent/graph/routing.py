"""The router's decision after each answer, as a pure function (easy to test).

Order of precedence: after the wrap-up question, close (answering the
candidate's questions); wrap up when limits are reached; answer a candidate's
question (a clarifying one from the scenario facts, one to the interviewer kept
for the end) without counting it as the answer; move on after a closing remark;
nudge an empty or nonsense answer once, then move on; probe the strongest
deflection the probe budget allows (``probing``); ask a technical follow-up when
the exchange on the current question skipped what it expects (one per question);
otherwise advance to the next main question, or wrap up when the plan is done.
Candidate questions and closing remarks are never probed, nudged or scored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from agent.analysis.models import AnswerAnalysis
from agent.graph.probing import choose_probe, held_back
from agent.graph.state import Cursor, Draft, Pending, normalise
from agent.interviewer.answer_quality import missing_expectations
from agent.interviewer.bank import Bank, Scenario
from agent.interviewer.candidate_talk import (
    clarify_reply,
    closing_reply,
    defer_reply,
    question_kind,
    question_sentences,
)
from agent.interviewer.plan import PlanItem
from agent.interviewer.probe_choice import rank_candidates
from agent.interviewer.wording import move_on_prefix, nudge_text

Action = Literal["ask", "wrap_up", "close"]
# Interviewer turns whose answer still answers the current main question.
_ANSWERS_MAIN = frozenset({"question", "probe", "nudge"})
MAX_CLARIFICATIONS = 2

# Words that show a narrated decision came with its reasons (alternatives, risk, why it fit).
_REASONS = re.compile(
    r"\b(?:because|since|so that|so (?:i|we)|to avoid|instead of|rather than|trade-?offs?|risks?|cost|accept(?:ed|ing)?|"
    r"alternatives?|options?|versus|vs\.?|consider(?:ed|ing)|weigh(?:ed|ing)?|otherwise|the downside)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Limits:
    """Caps that keep an interview finite."""

    max_turns: int = 40
    probes_per_phase: int = 2  # each phase's share of probes
    strong_extra_per_phase: int = 1  # a strong deflection on a key action may go this far past the share
    max_probes: int = 8  # whole interview
    strong_reserve: int = 2  # the last probes of the interview are kept for strong deflections
    followups_per_question: int = 1
    time_budget_s: float | None = None
    # Rubric follow-ups per dimension (the rubric's ``probes``), asked when a past-experience
    # answer narrates a decision without reasons (judgment) or no decision of the speaker's (ownership).
    dimension_probes: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Decision:
    """What happens next and the cursor after it."""

    action: Action
    cursor: Cursor
    draft: Draft | None = None
    not_probed: list[dict] = field(default_factory=list)


def _advance(cursor: Cursor, plan: list[PlanItem], prefix: str | None) -> Decision:
    nxt = cursor.plan_index + 1
    if nxt >= len(plan):
        return Decision("wrap_up", cursor)
    item = plan[nxt]
    text = f"{prefix} {item.text}" if prefix else item.text
    new = cursor.model_copy(update={"plan_index": nxt, "followups": 0, "nudged": False, "clarifications": 0})
    return Decision("ask", new, Draft(kind="question", phase=item.phase, question_id=item.question_id, text=text))


def _with_note(decision: Decision) -> Decision:
    """Attach what the limits held back to the turn that follows (replay and the coach panel show it)."""
    if not decision.not_probed or decision.draft is None:
        return decision
    reason = dict(decision.draft.reason or {"why": "next step"})
    reason.setdefault("not_probed", decision.not_probed)
    return Decision(
        decision.action, decision.cursor, decision.draft.model_copy(update={"reason": reason}), decision.not_probed
    )


def decide(
    *,
    bank: Bank,
    scenario: Scenario,
    plan: list[PlanItem],
    cursor: Cursor,
    pending: Pending,
    answer: str,
    quality: str,
    analysis: AnswerAnalysis | None,
    interviewer_turns: int,
    elapsed_s: float,
    limits: Limits,
    seed: int,
    act: str = "narration",
    exchange: list[str] | None = None,
) -> Decision:
    """Choose the next step after the candidate answered ``pending``.

    ``act`` is the answer's speech act (narration, question, closing); ``exchange``
    every narrated answer to the current main question so far, this one included.
    """
    return _with_note(
        _decide(
            bank,
            scenario,
            plan,
            cursor,
            pending,
            answer,
            quality,
            analysis,
            interviewer_turns,
            elapsed_s,
            limits,
            seed,
            act,
            exchange if exchange is not None else [answer],
        )
    )


def _decide(
    bank,
    scenario,
    plan,
    cursor,
    pending,
    answer,
    quality,
    analysis,
    interviewer_turns,
    elapsed_s,
    limits,
    seed,
    act,
    exchange,
) -> Decision:
    key = f"{seed}:{pending.turn}"
    answer_turn = pending.turn + 1
    # After a clarification the candidate answers the turn it clarified (a probe stays a probe: no chains).
    answering = str((pending.reason or {}).get("clarifies", "question")) if pending.kind == "clarify" else pending.kind
    pending = pending.model_copy(update={"kind": answering})
    if pending.kind == "wrapup" or cursor.wrapping_up:
        text = closing_reply(bank, scenario, answer, act == "question", key)
        reason = {
            "why": "answered the candidate's question and closed" if act == "question" else "closed the interview",
            "act": act,
            "answer_turn": answer_turn,
        }
        return Decision("close", cursor, Draft(kind="closing", phase="wrap_up", text=text, reason=reason))
    out_of_time = limits.time_budget_s is not None and elapsed_s >= limits.time_budget_s
    if interviewer_turns >= limits.max_turns - 2 or out_of_time:  # room for the wrap-up and the closing turn
        held = (
            held_back(rank_candidates(analysis), "time budget" if out_of_time else "turn limit")
            if (analysis is not None and act == "narration" and quality == "ok")
            else []
        )
        return Decision("wrap_up", cursor, None, held)
    asked = set(cursor.asked)

    if act == "question" and cursor.clarifications < MAX_CLARIFICATIONS:
        questions = question_sentences(answer)
        clarifying = any(question_kind(q) == "clarifying" for q in questions)
        text = clarify_reply(bank, scenario, answer, key) if clarifying else defer_reply(bank, key)
        if normalise(text) not in asked:
            new = cursor.model_copy(update={"clarifications": cursor.clarifications + 1})
            why = (
                "clarifying question answered from the scenario"
                if clarifying
                else "question to the interviewer kept for the end"
            )
            reason = {"why": why, "act": act, "answer_turn": answer_turn, "clarifies": answering}
            return Decision(
                "ask",
                new,
                Draft(kind="clarify", phase=pending.phase, question_id=pending.question_id, text=text, reason=reason),
            )
    if act != "narration":  # a closing remark, or questions past the limit: move on, never nudge or probe
        return _advance(cursor, plan, None)

    if quality != "ok":
        if not cursor.nudged:
            text = nudge_text(bank, quality, key, asked)
            if text:
                new = cursor.model_copy(update={"nudged": True})
                reason = {"why": f"{quality} answer", "answer_turn": answer_turn}
                return Decision(
                    "ask",
                    new,
                    Draft(kind="nudge", phase=pending.phase, question_id=pending.question_id, text=text, reason=reason),
                )
        return _advance(cursor, plan, move_on_prefix(bank, key))

    phase = pending.phase
    not_probed: list[dict] = []
    if analysis is not None and analysis.probe:
        choice = choose_probe(
            bank=bank, analysis=analysis, cursor=cursor, pending=pending, limits=limits, key=key, asked=asked
        )
        if choice.draft is not None:
            return Decision("ask", choice.cursor, choice.draft)
        not_probed = choice.not_probed

    said = " \n".join(exchange)
    item = plan[cursor.plan_index] if cursor.plan_index < len(plan) else None
    if (
        item is not None
        and item.expects
        and pending.kind in _ANSWERS_MAIN
        and cursor.followups < limits.followups_per_question
    ):
        for index in missing_expectations(said, [e.keywords for e in item.expects]):
            expectation = item.expects[index]
            if normalise(expectation.followup) in asked:
                continue
            new = cursor.model_copy(update={"followups": cursor.followups + 1})
            reason = {
                "why": "answer skipped an expected concept",
                "concept": expectation.concept,
                "answer_turn": answer_turn,
                "answers_checked": len(exchange),
            }
            return Decision(
                "ask",
                new,
                Draft(
                    kind="followup", phase=phase, question_id=item.question_id, text=expectation.followup, reason=reason
                ),
                not_probed,
            )

    if (
        pending.kind == "question"
        and phase == "past_experience"
        and analysis is not None
        and cursor.followups < limits.followups_per_question
    ):
        own = [s for s in analysis.spans if s.locus == "self"]
        dimension = "judgment" if own and not _REASONS.search(said) else "ownership" if not analysis.spans else None
        for text in limits.dimension_probes.get(dimension or "", ()):
            if normalise(text) in asked:
                continue
            new = cursor.model_copy(update={"followups": cursor.followups + 1})
            why = (
                "decision narrated without reasons"
                if dimension == "judgment"
                else "no decision of the candidate's narrated"
            )
            reason = {"why": why, "dimension": dimension, "answer_turn": answer_turn}
            return Decision(
                "ask",
                new,
                Draft(kind="followup", phase=phase, question_id=pending.question_id, text=text, reason=reason),
                not_probed,
            )

    advanced = _advance(cursor, plan, None)
    return Decision(advanced.action, advanced.cursor, advanced.draft, not_probed)


def wrap_up_draft(scenario: Scenario) -> Draft:
    """The closing turn."""
    return Draft(kind="wrapup", phase="wrap_up", text=scenario.wrapup)
