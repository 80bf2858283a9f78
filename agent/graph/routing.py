"""The router's decision after each answer, as a pure function (easy to test).

Order of precedence: wrap up when limits are reached; nudge an empty or
nonsense answer once, then move on; probe a decision the wording placed with
someone else (one probe per answer, a cap per phase, never the same phrase
twice, never a probe of an answer to a probe); ask a technical follow-up when a
main answer skipped what the question expects (one per question); otherwise
advance to the next main question, or wrap up when the plan is done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from agent.analysis.models import AnswerAnalysis, Span, is_probe
from agent.interviewer.answer_quality import missing_expectations
from agent.interviewer.bank import Bank, Scenario
from agent.interviewer.plan import PlanItem
from agent.interviewer.wording import move_on_prefix, nudge_text, probe_text
from agent.graph.state import Cursor, Draft, Pending, normalise

Action = Literal["ask", "wrap_up", "score"]

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
    probes_per_phase: int = 2
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


def _probe_candidates(analysis: AnswerAnalysis) -> list[Span]:
    spans = analysis.probe_spans()
    if analysis.main is not None and is_probe(analysis.main.locus):
        spans = [analysis.main, *[s for s in spans if s != analysis.main]]
    return spans


def _advance(cursor: Cursor, plan: list[PlanItem], prefix: str | None) -> Decision:
    nxt = cursor.plan_index + 1
    if nxt >= len(plan):
        return Decision("wrap_up", cursor)
    item = plan[nxt]
    text = f"{prefix} {item.text}" if prefix else item.text
    new = cursor.model_copy(update={"plan_index": nxt, "followups": 0, "nudged": False})
    return Decision("ask", new, Draft(kind="question", phase=item.phase, question_id=item.question_id, text=text))


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
) -> Decision:
    """Choose the next step after the candidate answered ``pending``."""
    if pending.kind == "wrapup" or cursor.wrapping_up:
        return Decision("score", cursor)
    out_of_time = limits.time_budget_s is not None and elapsed_s >= limits.time_budget_s
    if interviewer_turns >= limits.max_turns - 1 or out_of_time:
        return Decision("wrap_up", cursor)
    asked = set(cursor.asked)
    key = f"{seed}:{pending.turn}"

    if quality != "ok":
        if not cursor.nudged:
            text = nudge_text(bank, quality, key, asked)
            if text:
                new = cursor.model_copy(update={"nudged": True})
                reason = {"why": f"{quality} answer", "answer_turn": pending.turn + 1}
                return Decision("ask", new, Draft(kind="nudge", phase=pending.phase, question_id=pending.question_id, text=text, reason=reason))
        return _advance(cursor, plan, move_on_prefix(bank, key))

    phase = pending.phase
    if analysis is not None and analysis.probe and pending.kind != "probe":
        used = cursor.probes_by_phase.get(phase, 0)
        if used < limits.probes_per_phase:
            for span in _probe_candidates(analysis):
                phrase_key = normalise(span.text)
                if phrase_key in cursor.probed_phrases:
                    continue
                text = probe_text(bank, span.locus, span.text, key, asked)
                if text is None:
                    continue
                new = cursor.model_copy(
                    update={
                        "probes_by_phase": {**cursor.probes_by_phase, phase: used + 1},
                        "probed_phrases": [*cursor.probed_phrases, phrase_key],
                    }
                )
                reason = {"why": "decision placed away from the speaker", "phrase": span.text,
                          "locus": span.locus, "cue": span.cue, "answer_turn": pending.turn + 1}
                draft = Draft(kind="probe", phase=phase, question_id=pending.question_id, text=text,
                              quote=span.text, locus=span.locus, reason=reason)
                return Decision("ask", new, draft)

    item = plan[cursor.plan_index] if cursor.plan_index < len(plan) else None
    if item is not None and item.expects and pending.kind == "question" and cursor.followups < limits.followups_per_question:
        for index in missing_expectations(answer, [e.keywords for e in item.expects]):
            expectation = item.expects[index]
            if normalise(expectation.followup) in asked:
                continue
            new = cursor.model_copy(update={"followups": cursor.followups + 1})
            reason = {"why": "answer skipped an expected concept", "concept": expectation.concept, "answer_turn": pending.turn + 1}
            return Decision("ask", new, Draft(kind="followup", phase=phase, question_id=item.question_id, text=expectation.followup, reason=reason))

    if (pending.kind == "question" and phase == "past_experience" and analysis is not None
            and cursor.followups < limits.followups_per_question):
        own = [s for s in analysis.spans if s.locus == "self"]
        dimension = "judgment" if own and not _REASONS.search(answer) else "ownership" if not analysis.spans else None
        for text in limits.dimension_probes.get(dimension or "", ()):
            if normalise(text) in asked:
                continue
            new = cursor.model_copy(update={"followups": cursor.followups + 1})
            why = "decision narrated without reasons" if dimension == "judgment" else "no decision of the candidate's narrated"
            reason = {"why": why, "dimension": dimension, "answer_turn": pending.turn + 1}
            return Decision("ask", new, Draft(kind="followup", phase=phase, question_id=pending.question_id, text=text, reason=reason))

    return _advance(cursor, plan, None)


def wrap_up_draft(scenario: Scenario) -> Draft:
    """The closing turn."""
    return Draft(kind="wrapup", phase="wrap_up", text=scenario.wrapup)
