"""Which deflection to probe, if any, under the interview's probe budget.

Every deflecting span of the answer is ranked (``interviewer.probe_choice``); the
top one that the budget allows is probed.  The budget is spent over the whole
interview: each phase has a share (``Limits.probes_per_phase``); a milder
deflection may use it only while the interview keeps a reserve for stronger
ones; a strong deflection on a key action may take one probe beyond the phase's
share.  Caps that always hold: one probe per answer, never a probe of an answer
to a probe, never the same phrase twice, ``Limits.max_probes`` in total.

Deflections that were not probed are returned with the reason (``not_probed``),
so the saved interviewer turn tells replay and the coach panel what the limits
held back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from agent.analysis.models import AnswerAnalysis
from agent.graph.state import Cursor, Draft, Pending, normalise
from agent.interviewer.bank import Bank
from agent.interviewer.probe_choice import Candidate, rank_candidates, why_chosen
from agent.interviewer.wording import probe_text

if TYPE_CHECKING:
    from agent.graph.routing import Limits

NOT_PROBED_SHOWN = 4


@dataclass(frozen=True)
class ProbeChoice:
    """The probe to ask (``draft`` and the cursor after it), or ``None``, plus what was held back."""

    draft: Draft | None
    cursor: Cursor
    not_probed: list[dict]


def held_back(candidates: list[Candidate], reason: str) -> list[dict]:
    """``not_probed`` entries for deflections no probe was spent on, strongest first."""
    return [{**c.summary(), "span": c.span.text, "reason": reason} for c in candidates[:NOT_PROBED_SHOWN]]


def _blocked_by_budget(cand: Candidate, cursor: Cursor, phase: str, limits: Limits) -> str | None:
    used_phase = cursor.probes_by_phase.get(phase, 0)
    total = sum(cursor.probes_by_phase.values())
    if total >= limits.max_probes:
        return "interview probe limit"
    if cand.weighing.strong:
        return None if used_phase < limits.probes_per_phase + limits.strong_extra_per_phase else "phase probe limit"
    if used_phase >= limits.probes_per_phase:
        return "phase probe limit"
    if total >= limits.max_probes - limits.strong_reserve:
        return "probe budget kept for stronger deflections"
    return None


def choose_probe(
    *, bank: Bank, analysis: AnswerAnalysis, cursor: Cursor, pending: Pending, limits: Limits, key: str, asked: set[str]
) -> ProbeChoice:
    """Rank the answer's deflections and probe the top one the budget allows."""
    ranked = rank_candidates(analysis)
    if not ranked:
        return ProbeChoice(None, cursor, [])
    if pending.kind == "probe":
        return ProbeChoice(None, cursor, held_back(ranked, "answer to a probe (no probe chains)"))
    phase = pending.phase
    skipped: list[dict] = []
    for index, cand in enumerate(ranked):
        keys = {normalise(cand.span.text), normalise(cand.quote.text)}
        if keys & set(cursor.probed_phrases):
            skipped += held_back([cand], "already probed")
            continue
        blocked = _blocked_by_budget(cand, cursor, phase, limits)
        if blocked:
            skipped += held_back([cand], blocked)
            continue
        worded = probe_text(
            bank,
            cand.weighing.kind,
            cand.quote.text,
            key,
            asked,
            trimmed=cand.quote.trimmed,
            used=cursor.probe_templates,
        )
        if worded is None:
            skipped += held_back([cand], "every fitting wording already used")
            continue
        text, template = worded
        used = cursor.probes_by_phase.get(phase, 0)
        others = [c for c in ranked if c is not cand]
        new_cursor = cursor.model_copy(
            update={
                "probes_by_phase": {**cursor.probes_by_phase, phase: used + 1},
                "probed_phrases": [*cursor.probed_phrases, *sorted(keys - set(cursor.probed_phrases))],
                "probe_templates": [*cursor.probe_templates, template],
            }
        )
        not_probed = skipped + held_back(ranked[index + 1 :], "ranked below the probed phrase")
        w = cand.weighing
        reason = {
            "why": "decision placed away from the speaker",
            "phrase": cand.span.text,
            "quote": cand.quote.text,
            "locus": cand.span.locus,
            "cue": cand.span.cue,
            "kind": w.kind,
            "stakes": w.stakes,
            "score": w.score,
            "strong": w.strong,
            "over_share": used >= limits.probes_per_phase,
            "chosen_because": why_chosen(cand, others),
            "ranking": [c.summary() for c in ranked[:NOT_PROBED_SHOWN]],
            "not_probed": not_probed,
            "answer_turn": pending.turn + 1,
        }
        draft = Draft(
            kind="probe",
            phase=phase,
            question_id=pending.question_id,
            text=text,
            quote=cand.quote.text,
            locus=cand.span.locus,
            deflection=w.kind,
            reason=reason,
        )
        return ProbeChoice(draft, new_cursor, not_probed)
    return ProbeChoice(None, cursor, skipped)
