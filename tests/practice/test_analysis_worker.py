"""The workshop's analysis process: same results as in-process, and a fallback when it is not there."""

from __future__ import annotations

import time

import pytest

from agent.practice.storyfile import StoryError
from agent.practice.worker import StoryAnalyser, colour_marks

STORY = "# Rollback\n\nMy manager approved the rollback, and I told the channel why."


def test_the_child_process_gives_the_same_marks_and_errors_as_in_process() -> None:
    analyser = StoryAnalyser()
    try:
        analyser.start()
        deadline = time.monotonic() + 60
        while not (analyser.ready or analyser.failed) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert analyser.ready and not analyser.failed
        assert analyser.call(colour_marks, STORY, "r.md") == colour_marks(STORY, "r.md")
        with pytest.raises(StoryError, match="only a title"):
            analyser.call(colour_marks, "# Rollback\n", "r.md")
    finally:
        analyser.close()
    assert not analyser.ready
    assert analyser.call(colour_marks, STORY, "r.md")[0].locus == "authority"  # in-process after close


def test_without_a_process_everything_runs_here() -> None:
    analyser = StoryAnalyser(use_process=False)
    analyser.start()
    assert not analyser.ready and analyser.call(colour_marks, STORY, "r.md")
