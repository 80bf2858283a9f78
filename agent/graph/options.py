"""What the user chose for an interview; a light module so the TUI can open without importing LangGraph."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class InterviewOptions:
    """What the user chose on the command line (or in the TUI)."""

    sessions_dir: Path
    seed: int | None = None
    scenario_id: str | None = None
    max_turns: int = 40
    time_budget_s: float | None = None
    rubric_path: Path | None = None
    # Rehearse one bank story: story_id, title, kind, question_id, question, wrapup (see agent/practice/rehearse.py).
    rehearsal: dict | None = None
