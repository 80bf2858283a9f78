"""Hardening tests: time limits measure the attack, so start-up work is done once first."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def analyzer_ready() -> None:
    """spaCy, the question bank, the default rubric, the graph and the LLM client imported once.

    A test's time is then about its hostile input, not about loading models and modules.
    """
    from agent import paths
    from agent.analysis import warmup
    from agent.graph import builder  # noqa: F401 - LangGraph and the graph code
    from agent.interviewer.bank import cached_bank
    from agent.llm import factory  # noqa: F401 - the OpenAI SDK
    from agent.rubric.loader import load_rubric_cached

    warmup()
    cached_bank()
    load_rubric_cached(paths.default_rubric_path())
