"""Shared fixtures: one loopback OpenAI-compatible server per test session, reset between tests."""

from __future__ import annotations

import pytest
from fake_openai_server import FakeOpenAI
from llm_support import make_settings

from agent.llm.client import LLMClient
from agent.llm.structured import forget_endpoints


@pytest.fixture(scope="session")
def _server():
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def server(_server):
    _server.reset()
    forget_endpoints()
    yield _server
    _server.reset()


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No user config or real keys leak into tests."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    import os

    for name in list(os.environ):
        if name.startswith("LOCUS_"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LOCUS_CONFIG_FILE", str(tmp_path / "no-config.toml"))


@pytest.fixture
async def client(server):
    c = LLMClient(make_settings(server.base_url))
    yield c
    await c.aclose()
