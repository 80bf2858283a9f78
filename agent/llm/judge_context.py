"""What of a transcript the judge sends, so a request never overflows the model's context.

The candidate's behavioural turns (stories about past work, as
:func:`agent.stories.read_transcript` segments them, the same reading the offline
scorer uses) carry the evidence for judgment, ownership and independence, so
they are kept whole as long as possible; design turns go first, oldest first; interviewer turns are shortened
to their question.  When even the behavioural turns do not fit, they are
clipped, then the oldest go; when not one answer fits, :class:`ContextOverflow` says so: the
caller falls back offline with a notice rather than sending a request the
server would refuse (or silently truncate).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.llm.prompts import as_json_data
from agent.llm.tokens import estimate_tokens
from agent.stories import SIGNALS, TranscriptReading
from agent.transcript.models import Turn

INTERVIEWER_CHARS = 240
MAX_SIGNALS = 10  # per story, in the scaffold
MIN_STORY_CHARS = 240
REPLY_OVERHEAD = 200  # the repair request's own words, role markers
_STORY_QUESTION = re.compile(
    r"\b(?:a time (?:you|when)|tell me about|walk me through a time|in your (?:last|previous|past) (?:role|job|team)|have you ever|"
    r"what did you (?:do|decide|recommend|propose)|you said|you mentioned|looking back)\b",
    re.I,
)
_NARRATION = re.compile(
    r"\b(?:i|we|my (?:manager|lead|team)|the team)\s+(?:\w+ed|was|were|had|did|made|took|chose|decided|went|ran|wrote|led|built|shipped|found|told|asked|got|saw)\b",
    re.I,
)


class ContextOverflow(Exception):
    """The transcript cannot be cut to fit the context budget."""


@dataclass
class Fitted:
    """The transcript as sent: its JSON data block and what was left out."""

    data: str
    dropped_design: int = 0
    clipped: int = 0
    dropped_story: int = 0

    @property
    def trimmed(self) -> bool:
        return bool(self.dropped_design or self.clipped or self.dropped_story)

    def describe(self) -> str:
        parts = []
        if self.dropped_design:
            parts.append(f"{self.dropped_design} design answer(s) left out")
        if self.clipped:
            parts.append(f"{self.clipped} answer(s) shortened")
        if self.dropped_story:
            parts.append(f"{self.dropped_story} earlier story answer(s) left out")
        return ", ".join(parts)


def behavioural(turns: list[Turn], reading: TranscriptReading | None = None) -> set[int]:
    """Numbers of the candidate turns that tell a story about past work (the story reader's, when given)."""
    if reading is not None:
        return {n for story in reading.behavioural() for n in story.answer_turns}
    found: set[int] = set()
    question = ""
    for turn in turns:
        if turn.speaker == "interviewer":
            question = turn.text
        elif _STORY_QUESTION.search(question) or len(_NARRATION.findall(turn.text)) >= 2:
            found.add(turn.number)
    return found


def _data(rows: list[dict]) -> str:
    return as_json_data("transcript", rows)


def story_notes(reading: TranscriptReading, limit: int = MAX_SIGNALS) -> str:
    """The story reader's findings as a data block: per behavioural story its question, answer
    turns, key decision and who holds it, and its signals with their exact words."""
    rows = []
    for story in reading.behavioural():
        row: dict = {"story": story.index, "question": story.title, "answer_turns": story.answer_turns}
        if story.key_decision is not None:
            d = story.key_decision
            row["key_decision"] = {"turn": d.turn, "words": d.text, "held_by": d.holder}
        row["signals"] = [
            {
                "signal": s.key,
                "means": SIGNALS[s.key].meaning if s.key in SIGNALS else "",
                "turn": s.turn,
                "words": s.text,
            }
            for s in story.signals[:limit]
        ]
        if story.refused:
            row["refused"] = True
        rows.append(row)
    return as_json_data("stories", rows)


def _drop(rows: list[dict], answer: dict) -> None:
    """Remove ``answer`` and the interviewer turns that led to it."""
    at = rows.index(answer)
    asked = at
    while asked > 0 and rows[asked - 1]["speaker"] == "interviewer":
        asked -= 1
    del rows[asked : at + 1]


def fit_transcript(turns: list[Turn], budget_tokens: int, reading: TranscriptReading | None = None) -> Fitted:
    """The transcript data block within ``budget_tokens`` (estimated), trimmed as the module says."""
    rows = [{"turn": t.number, "speaker": t.speaker, "text": t.text} for t in turns]
    whole = _data(rows)
    if estimate_tokens(whole) <= budget_tokens:
        return Fitted(whole)
    stories = behavioural(turns, reading)
    for row in rows:
        if row["speaker"] == "interviewer" and len(row["text"]) > INTERVIEWER_CHARS:
            row["text"] = "…" + row["text"][-INTERVIEWER_CHARS:]  # the question sits at the end
    fitted = Fitted(_data(rows))
    design = [r for r in rows if r["speaker"] == "candidate" and r["turn"] not in stories]
    while estimate_tokens(fitted.data) > budget_tokens and design:
        _drop(rows, design.pop(0))
        fitted = Fitted(_data(rows), dropped_design=fitted.dropped_design + 1)
    kept = [r for r in rows if r["speaker"] == "candidate"]
    while estimate_tokens(fitted.data) > budget_tokens:
        longest = max(kept, key=lambda r: len(r["text"]), default=None)
        if longest is None:
            raise ContextOverflow(
                f"the transcript does not fit the model's context ({budget_tokens} tokens left for it)"
            )
        if len(longest["text"]) > MIN_STORY_CHARS:
            longest["text"] = longest["text"][: max(MIN_STORY_CHARS, len(longest["text"]) * 2 // 3)].rstrip() + "…"
            fitted.clipped += 0 if longest.get("clipped") else 1
            longest["clipped"] = True
        else:  # every answer is short already: the oldest goes
            _drop(rows, kept.pop(0))
            fitted.dropped_story += 1
        fitted.data = _data([{k: v for k, v in r.items() if k != "clipped"} for r in rows])
    if not any(r["speaker"] == "candidate" for r in rows):
        raise ContextOverflow("no candidate answer fits the model's context")
    return fitted
