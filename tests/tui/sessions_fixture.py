"""Make real session files with the engine (no TUI) for the sessions/replay tests."""

from __future__ import annotations

from pathlib import Path

from agent.graph.launch import InterviewOptions, new_interview

DEFLECT = "My manager approved the rollback."
OWN = "I decided to shard the position store by profile because one writer capped us at 40k writes a second."


async def make_session(directory: Path, answers: list[str], seed: int = 7, finish: bool = True) -> Path:
    """Answer ``answers`` in order (repeating the last one until the end when ``finish``)."""
    # A whole interview (it reaches the past-experience questions): design answers alone are no behavioural evidence.
    options = InterviewOptions(sessions_dir=directory, seed=seed, scenario_id="playback-resume", max_turns=40)
    runner = new_interview(options)
    pending = await runner.step(None)
    queue = list(answers)
    while pending is not None and (queue or finish):
        answer = queue.pop(0) if queue else answers[-1]
        pending = await runner.step(answer)
    path = runner.session_path
    runner.close()
    return path
