"""Run in a child process by the crash tests: answer once, type a draft, and die at a crash point.

``python -m tests.tui.crash_child SESSIONS_DIR ANSWER DRAFT`` with ``LOCUS_CRASHPOINT`` set; the
process is SIGKILLed by the crash point (a clean exit means the point was never reached).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from agent.graph.options import InterviewOptions
from agent.interviewer.brain import PhraseResult
from agent.settings import TuiSettings
from agent.tui.app import LocusApp
from tests.tui.conftest import wait_for


class TwoChunkBrain:
    """Streams each turn in two chunks, so ``stream:3`` is the first chunk of the second turn."""

    name = "fake-two-chunks"

    async def phrase(self, request, emit):
        half = len(request.draft) // 2
        emit(request.draft[:half])
        emit(request.draft[half:])
        return PhraseResult(text=request.draft, source="offline")


async def main(sessions_dir: Path, answer: str, draft: str) -> None:
    options = InterviewOptions(sessions_dir=sessions_dir, seed=7, scenario_id="playback-resume", max_turns=6)
    app = LocusApp(options, brain=TwoChunkBrain(), settings=TuiSettings(draft_save_delay=0.2), warmup=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_for(pilot, lambda: getattr(app.screen, "pending", None) is not None and app.screen)
        screen.query_one("#answer").text = answer
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: screen.pending is not None and screen.pending.turn >= 3, what="question 2")
        await pilot.press(*draft)  # typed, key by key; the pause after it saves the draft
        await pilot.pause(5)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3]))
    sys.exit(3)
