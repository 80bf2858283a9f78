"""Write realistic session files quickly (the real event models, analyzer and scorer; no graph run)."""

from __future__ import annotations

from pathlib import Path

from agent import paths
from agent.analysis import analyze_many
from agent.rubric.loader import load_rubric_cached
from agent.rubric.scoring import score
from agent.session.events import (
    AnalysisEvent,
    AnswerEvent,
    EndEvent,
    InterviewerEvent,
    MetaEvent,
    ScorecardEvent,
)
from agent.session.store import SessionWriter
from agent.transcript.models import Turn

# Answers for a short history of sessions: handing the call away, then owning it.
DEFLECTING = [
    "My manager approved the rollback, so we rolled back.",
    "The team decided to wait for the platform roadmap, and it was decided to keep the old cache.",
]
OWNING = [
    "I decided to roll back within ten minutes because checkout errors had tripled, and I told the channel why.",
    "I picked the ten worst tests because they failed most often, fixed them myself and owned the follow-up.",
]

QUESTION = "Tell me about a time you worked on something that wasn't your responsibility."


def write_session(
    directory: Path,
    session_id: str,
    created: str,
    answers: list[str],
    *,
    status: str | None = "completed",
    rubric_version: str | None = None,
    saved_levels: int | None = None,
    rehearsal: dict | None = None,
) -> Path:
    """A session answering ``QUESTION``-style turns with ``answers``.

    ``rubric_version`` stamps the saved scorecard as if an older rubric had scored it, and
    ``saved_levels`` overwrites its levels (what that older rubric said); ``status=None``
    leaves the session unfinished.
    """
    rubric = load_rubric_cached(paths.default_rubric_path())
    writer = SessionWriter.create(directory, session_id)
    writer.append(
        MetaEvent(
            session_id=session_id,
            created=created,
            scenario_id="rehearsal" if rehearsal else "alerting",
            scenario_title="fixture",
            seed=1,
            rehearsal=rehearsal,
        )
    )
    turns: list[Turn] = []
    analyses = {}
    for i, (answer, analysis) in enumerate(zip(answers, analyze_many(answers), strict=False)):
        q_turn, a_turn = 2 * i + 1, 2 * i + 2
        writer.append(InterviewerEvent(turn=q_turn, kind="question", phase="past_experience", text=QUESTION))
        writer.append(AnswerEvent(turn=a_turn, text=answer))
        writer.append(AnalysisEvent(turn=a_turn, analysis=analysis.model_dump(mode="json")))
        turns += [
            Turn(number=q_turn, speaker="interviewer", text=QUESTION),
            Turn(number=a_turn, speaker="candidate", text=answer),
        ]
        analyses[a_turn] = analysis
    if status is not None:
        card = score(turns, rubric, analyses=analyses).model_dump(mode="json")
        if rubric_version is not None:
            card["rubric"] = {"id": rubric.id, "version": rubric_version}
        if saved_levels is not None:
            for dim in card["dimensions"]:
                dim["level"] = saved_levels
        writer.append(ScorecardEvent(scorecard=card))
        writer.append(EndEvent(status=status))
    writer.close()
    return writer.path
