"""What the line modes print: plain text (``--headless``, ``--plain``) or one JSON object per event (``--jsonl``).

Text modes print every interviewer turn as ``Interviewer: …`` with the blank lines
inside it removed, then an empty line, so a turn ends at a blank line just as an
answer does.  Every line is flushed as it is written: a program reading the pipe
sees each question as soon as it is ready.  All text is made inert first.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from agent.cli.scorecard_text import scorecard_text
from agent.util.inert import inert_text


def _one_block(text: str) -> str:
    """Text without empty lines, so a blank line can end it."""
    return "\n".join(line.rstrip() for line in inert_text(text).strip().splitlines() if line.strip())


class TextOutput:
    """``Interviewer:`` / ``Candidate:`` (headless) or ``Interviewer:`` / ``You:`` (plain) lines."""

    def __init__(self, *, plain: bool, echo_answers: bool, out: TextIO | None = None) -> None:
        self.plain = plain
        self.echo_answers = echo_answers
        self.out = out or sys.stdout

    def _print(self, text: str = "", end: str = "\n") -> None:
        print(text, end=end, file=self.out, flush=True)

    def start(self, *, session_id: str, scenario: str, resumed: bool, earlier: list, resume_hint: str) -> None:
        if self.plain:
            state = "resumed" if resumed else "started"
            self._print(f"Locus mock interview {state}: {inert_text(scenario)} (session {session_id}).")
            self._print("End each answer with an empty line. Ctrl-D pauses; Ctrl-C saves and stops.")
            self._print(f"Resume later with: {resume_hint}")
            self._print()
        for turn in earlier:
            label = "Interviewer" if turn.speaker == "interviewer" else ("You" if self.plain else "Candidate")
            self._print(f"{label}: {_one_block(turn.text)}")
            self._print()

    def interviewer(self, turn: dict[str, Any]) -> None:
        reason = turn.get("reason") or {}
        if not self.plain and turn.get("kind") == "probe" and reason:
            phrase = inert_text(str(reason.get("quote") or reason.get("phrase", "")))
            self._print(
                f"  (probe: {reason.get('locus')}/{reason.get('kind')} \u2014 {phrase!r}; "
                f"{inert_text(str(reason.get('chosen_because', '')))})"
            )
        self._print(f"Interviewer: {_one_block(str(turn.get('text', '')))}")
        self._print()

    def prompt(self) -> None:
        if self.plain:
            self._print("You: ", end="")

    def answer(self, turn: int, text: str) -> None:
        if self.echo_answers:
            label = "" if self.plain else "Candidate: "
            self._print(f"{label}{_one_block(text)}")
            self._print()
        elif self.plain:
            self._print()

    def analysis(self, event: dict[str, Any]) -> None:
        return None

    def notice(self, text: str) -> None:
        if self.plain:
            self._print(f"(notice: {inert_text(text)})")
        else:
            print(f"[notice] {inert_text(text)}", file=sys.stderr, flush=True)

    def error(self, message: str) -> None:
        print(f"locus: {inert_text(message)}", file=sys.stderr, flush=True)

    def paused(self, *, card: dict | None, resume_hint: str, why: str, turns=None) -> None:
        self._print(f"\n({why}; every answer so far is saved. Continue with: {resume_hint})")
        if card is not None:
            self._print(scorecard_text(card, title="Provisional scorecard (interview unfinished)", turns=turns))

    def finished(self, card: dict | None, turns=None) -> None:
        if card is not None:
            self._print(scorecard_text(card, title="Scorecard", turns=turns))

    def session(self, *, session_id: str, path: object, status: str) -> None:
        self._print(f"session: {path}")


def _spans(analysis: Any) -> list[dict]:
    spans = getattr(analysis, "spans", None) or []
    return [{"text": s.text, "locus": s.locus, "cue": s.cue, "start": s.start, "end": s.end} for s in spans]


class JsonOutput:
    """One JSON object per line on stdout; the schema is in the README ("Driving Locus from a program")."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stdout

    def _emit(self, event: str, **fields: Any) -> None:
        line = json.dumps({"event": event, **fields}, ensure_ascii=False, default=str)
        print(inert_text(line), file=self.out, flush=True)

    def start(self, *, session_id: str, scenario: str, resumed: bool, earlier: list, resume_hint: str) -> None:
        self._emit(
            "session",
            session_id=session_id,
            scenario=scenario,
            resumed=resumed,
            turns_before=len(earlier),
            resume=resume_hint,
        )

    def interviewer(self, turn: dict[str, Any]) -> None:
        self._emit(
            "interviewer",
            turn=turn.get("turn"),
            kind=turn.get("kind"),
            phase=turn.get("phase"),
            text=str(turn.get("text", "")),
            reason=turn.get("reason"),
            awaits_answer=bool(turn.get("awaits_answer", True)),
        )

    def prompt(self) -> None:
        return None

    def answer(self, turn: int, text: str) -> None:
        self._emit("answer", turn=turn, text=text)

    def analysis(self, event: dict[str, Any]) -> None:
        analysis = event.get("analysis")
        self._emit(
            "analysis",
            turn=event.get("turn"),
            act=event.get("act", "narration"),
            quality=event.get("quality", "ok"),
            locus=getattr(analysis, "locus", "none"),
            probe=bool(getattr(analysis, "probe", False)),
            spans=_spans(analysis),
        )

    def notice(self, text: str) -> None:
        self._emit("notice", text=text)

    def error(self, message: str) -> None:
        self._emit("error", message=message)

    def paused(self, *, card: dict | None, resume_hint: str, why: str, turns=None) -> None:
        if card is not None:
            self._emit("scorecard", final=False, scorecard=card)
        self._emit("paused", why=why, resume=resume_hint)

    def finished(self, card: dict | None, turns=None) -> None:
        if card is not None:
            self._emit("scorecard", final=True, scorecard=card)

    def session(self, *, session_id: str, path: object, status: str) -> None:
        self._emit("end", session_id=session_id, path=str(path), status=status)
