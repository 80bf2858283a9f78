"""Shared fixtures for the TUI tests: fake brains, options in tmp_path, a polling helper."""

from __future__ import annotations

import asyncio
import time

import pytest

from agent.graph.options import InterviewOptions
from agent.interviewer.brain import PhraseResult
from agent.settings import TuiSettings
from agent.tui.app import LocusApp

SIZE = (100, 30)


class FastBrain:
    """Streams the draft in three chunks with no delay."""

    name = "fake-fast"

    async def phrase(self, request, emit):
        text = request.draft
        third = max(1, len(text) // 3)
        for i in range(0, len(text), third):
            emit(text[i : i + third])
        return PhraseResult(text=text, source="offline")


class SlowBrain:
    """Streams word by word with a pause, so a test can cancel mid-reply."""

    name = "fake-slow"

    def __init__(self, delay: float = 0.2) -> None:
        self.delay = delay
        self.calls = 0

    async def phrase(self, request, emit):
        self.calls += 1
        words = request.draft.split(" ")
        for word in words:
            emit(word + " ")
            await asyncio.sleep(self.delay)
        return PhraseResult(text=request.draft, source="offline")


async def wait_for(pilot, condition, timeout: float = 15.0, what: str = "condition"):
    """Pause the pilot until ``condition()`` is truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        await pilot.pause(0.02)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def options(tmp_path):
    return InterviewOptions(sessions_dir=tmp_path / "sessions", seed=7, scenario_id="playback-resume", max_turns=6)


def make_app(options, brain=None, **kwargs) -> LocusApp:
    kwargs.setdefault("settings", TuiSettings())
    kwargs.setdefault("warmup", False)
    return LocusApp(options, brain=brain or FastBrain(), **kwargs)
