"""A saved session as a list of replay steps (one per turn), shared by the TUI and ``--plain``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agent.analysis.models import AnswerAnalysis
from agent.session.store import LoadedSession

LOCUS_LABEL = {
    "self": "self",
    "authority": "authority",
    "group": "group",
    "process": "process",
    "agentless": "agentless",
    "hedged": "hedged",
    "none": "none",
}


@dataclass
class ReplayStep:
    """One turn and everything known about it."""

    turn: int
    speaker: str
    text: str
    kind: str = ""
    phase: str = ""
    reason: dict[str, Any] | None = None
    analysis: AnswerAnalysis | None = None
    quality: str = ""
    answer: int | None = None  # 1-based answer number for candidate turns (what the candidate reads)
    truncated_at: int | None = None  # characters analysed when the answer was analysed only in part

    @property
    def is_probe(self) -> bool:
        return self.speaker == "interviewer" and self.kind == "probe"


def build_steps(loaded: LoadedSession) -> list[ReplayStep]:
    """Turns in order with their interviewer kind/reason or candidate analysis."""
    steps: list[ReplayStep] = []
    by_turn: dict[int, ReplayStep] = {}
    answers = 0
    for e in loaded.events:
        if e.type == "interviewer":
            step = ReplayStep(
                turn=e.turn,
                speaker="interviewer",
                text=e.text,
                kind=e.kind,  # type: ignore[attr-defined]
                phase=e.phase,
                reason=e.reason,
            )  # type: ignore[attr-defined]
        elif e.type == "answer":
            answers += 1
            step = ReplayStep(turn=e.turn, speaker="candidate", text=e.text, answer=answers)  # type: ignore[attr-defined]
        else:
            continue
        steps.append(step)
        by_turn[step.turn] = step
    for e in loaded.events:
        if e.type == "analysis" and e.turn in by_turn:  # type: ignore[attr-defined]
            step = by_turn[e.turn]  # type: ignore[attr-defined]
            try:
                step.analysis = AnswerAnalysis.model_validate(e.analysis)  # type: ignore[attr-defined]
            except ValueError:
                step.analysis = None
            step.quality = getattr(e, "quality", "")
            step.truncated_at = getattr(e, "truncated_at", None)
    return steps


def speaker_label(step: ReplayStep) -> str:
    """``Answer 3`` for the candidate, ``Interviewer`` otherwise (what the candidate reads)."""
    return (
        f"Answer {step.answer}"
        if step.speaker == "candidate" and step.answer
        else ("Interviewer" if step.speaker == "interviewer" else "Candidate")
    )


def answer_numbers(steps: list[ReplayStep]) -> dict[int, int]:
    """Turn number -> answer number for the candidate steps."""
    return {s.turn: s.answer for s in steps if s.speaker == "candidate" and s.answer}


def probe_reason_text(reason: dict[str, Any] | None, answers: dict[int, int] | None = None) -> str:
    """Why the interviewer branched, in one line (plain text, not yet made inert)."""
    if not reason:
        return ""
    why = str(reason.get("why", "")) or "branched"
    parts = [why]
    if reason.get("phrase"):
        parts.append(f"phrase \u201c{reason['phrase']}\u201d")
    if reason.get("locus"):
        parts.append(f"class {reason['locus']}")
    if reason.get("cue"):
        parts.append(f"cue {reason['cue']}")
    if reason.get("concept"):
        parts.append(f"missing concept {reason['concept']}")
    if reason.get("answer_turn"):
        number = (answers or {}).get(reason["answer_turn"]) if isinstance(reason["answer_turn"], int) else None
        parts.append(f"answer {number}" if number else f"answer turn {reason['answer_turn']}")
    if reason.get("chosen_because"):
        parts.append(f"chosen: {reason['chosen_because']}")
    held = [h for h in reason.get("not_probed") or [] if isinstance(h, dict)]
    if held:
        parts.append(
            "not probed: "
            + ", ".join(f"\u201c{h.get('quote') or h.get('span')}\u201d ({h.get('reason')})" for h in held[:3])
        )
    return " — ".join(parts[:1]) + ("; " + "; ".join(parts[1:]) if len(parts) > 1 else "")
