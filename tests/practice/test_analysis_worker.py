"""The workshop's analysis process: same results as in-process, and a fallback when it is not there."""

from __future__ import annotations

import time
from pathlib import Path

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
        # Both of the workshop's jobs go at once; results come back in order, a failing job raises at its turn.
        results = analyser.pipeline((colour_marks, STORY, "r.md"), (colour_marks, "# Rollback\n", "r.md"))
        assert next(results)[0].locus == "authority"
        with pytest.raises(StoryError, match="only a title"):
            next(results)
    finally:
        analyser.close()
    assert not analyser.ready
    assert analyser.call(colour_marks, STORY, "r.md")[0].locus == "authority"  # in-process after close


def test_without_a_process_everything_runs_here() -> None:
    analyser = StoryAnalyser(use_process=False)
    analyser.start()
    assert not analyser.ready and analyser.call(colour_marks, STORY, "r.md")


def test_the_story_reader_and_scorer_reuse_the_analyzers_parse(monkeypatch) -> None:
    """One parse per update: the report reads the Doc the colours were computed from, and says the same as
    a report computed from scratch."""
    import agent.analysis
    from agent import paths
    from agent.practice.report import analyze_story
    from agent.practice.storyfile import parse_story
    from agent.practice.worker import full_report
    from agent.rubric.loader import load_rubric_cached

    text = STORY + " We agreed to keep the old path for a week, because the finance team needed a fallback."
    fresh = analyze_story(parse_story(text, Path("r.md")), load_rubric_cached(paths.default_rubric_path()))
    colour_marks(text, "r.md")

    def parse_again(*_args, **_kwargs):
        raise AssertionError("the story was parsed a second time")

    monkeypatch.setattr(agent.analysis, "parse_many", parse_again)
    report, first = full_report(text, "r.md", str(paths.default_rubric_path()), None)
    assert first is None
    assert report.card == fresh.card and report.key == fresh.key and report.signals == fresh.signals
    assert report.marks == fresh.marks and report.reframes == fresh.reframes
