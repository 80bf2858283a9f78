"""Helpers shared by the LLM tests (settings pointing at the loopback server)."""

from __future__ import annotations

from agent.llm.settings import LLMSettings

API_KEY = "sk-locus-test-4f1c9a7e2b8d6053aa"


def make_settings(base_url: str, **overrides) -> LLMSettings:
    """Fast timeouts and a small retry budget so fault tests finish quickly."""
    values = dict(
        model="fake-model",
        base_url=base_url,
        api_key=API_KEY,
        request_timeout=0.5,
        connect_timeout=0.3,
        max_attempts=3,
        max_total_wait=3.0,
        retry_after_cap=0.3,
        retry_initial_wait=0.05,
    )
    values.update(overrides)
    return LLMSettings(**values)
