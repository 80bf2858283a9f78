"""``locus replay ID --plain``: the replay as plain, inert text."""

from __future__ import annotations

from agent.replay.steps import ReplayStep, answer_numbers, build_steps, probe_reason_text, speaker_label
from agent.session.store import LoadedSession
from agent.util.inert import inert_text


def step_lines(step: ReplayStep, answers: dict[int, int] | None = None) -> list[str]:
    """Lines for one turn: speaker and text, then spans or the probe reason."""
    label = f" ({step.kind}, {step.phase})" if step.speaker == "interviewer" and step.kind else ""
    text = inert_text(step.text).replace("\n", "\n    ")
    lines = [f"{speaker_label(step)}{label}: {text}"]
    if step.speaker == "interviewer" and step.reason:
        lines.append(f"    why: {inert_text(probe_reason_text(step.reason, answers))}")
    if step.truncated_at:
        lines.append(f"    note: only the first {step.truncated_at:,} of {len(step.text):,} characters were analysed")
    if step.analysis is not None:
        verdict = f"    locus: {step.analysis.locus}" + (" (probe-worthy)" if step.analysis.probe else "")
        lines.append(verdict + (f"; answer quality {step.quality}" if step.quality and step.quality != "ok" else ""))
        for span in step.analysis.spans:
            lines.append(f"      - {span.locus:<9} \u201c{inert_text(span.text)}\u201d ({inert_text(span.cue)})")
    return lines


def replay_text(loaded: LoadedSession) -> str:
    """The whole session, turn by turn (the caller adds the scorecard)."""
    meta = loaded.meta
    head = [
        f"Session {inert_text(meta.session_id)}",
        f"scenario: {inert_text(meta.scenario_title or meta.scenario_id)}; brain: {inert_text(meta.model or meta.brain)}; "
        f"status: {loaded.status}; started {meta.created[:19].replace('T', ' ')}",
        "",
    ]
    body: list[str] = []
    steps = build_steps(loaded)
    answers = answer_numbers(steps)
    for step in steps:
        body.extend(step_lines(step, answers))
    tail: list[str] = []
    for warning in loaded.warnings:
        tail.append(f"warning: {inert_text(warning)}")
    return "\n".join(head + body + tail)
