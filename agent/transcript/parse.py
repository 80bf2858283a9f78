"""Plain-text transcripts: ``Interviewer:`` / ``Candidate:`` lines, continuations, blank lines."""

from __future__ import annotations

import re

from agent.transcript.models import Speaker, Turn

_PREFIX = re.compile(r"^[ \t]*(interviewer|candidate)[ \t]*:[ \t]?", re.IGNORECASE)


class TranscriptError(ValueError):
    """Text that cannot be read as a transcript (message says which line and why)."""


def parse_transcript(text: str) -> list[Turn]:
    """Split ``text`` into turns numbered from 1.

    A line starting with ``Interviewer:`` or ``Candidate:`` (case-insensitive)
    starts a turn; any other non-blank line continues the previous turn; blank
    lines are allowed anywhere.  Text before the first speaker line is an error.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    turns: list[tuple[Speaker, list[str]]] = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        m = _PREFIX.match(line)
        if m:
            speaker: Speaker = "interviewer" if m.group(1).lower() == "interviewer" else "candidate"
            turns.append((speaker, [line[m.end() :]]))
        elif line.strip():
            if not turns:
                raise TranscriptError(
                    f"line {lineno}: text before the first turn; each turn must start with 'Interviewer:' or 'Candidate:'"
                )
            turns[-1][1].append(line)
        elif turns:
            turns[-1][1].append("")
    if not turns:
        raise TranscriptError("no turns found: lines must start with 'Interviewer:' or 'Candidate:'")
    return [Turn(number=i, speaker=spk, text=_join(lines)) for i, (spk, lines) in enumerate(turns, start=1)]


def _join(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).strip()


def format_transcript(turns: list[Turn]) -> str:
    """Render turns back to the plain format (one blank line between turns)."""
    names = {"interviewer": "Interviewer", "candidate": "Candidate"}
    return "\n\n".join(f"{names[t.speaker]}: {t.text}" for t in turns) + "\n"
