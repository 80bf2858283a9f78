"""Analyzer tests share one spaCy pipeline per session (it is cached at module level)."""

from __future__ import annotations

from pathlib import Path

import pytest

DEV_SET = Path(__file__).resolve().parents[3] / "shared/data/locus-dev.jsonl"


@pytest.fixture(scope="session")
def nlp():
    """The loaded pipeline; skips the analyzer tests when the model is not installed."""
    from agent.analysis.nlp import ModelUnavailable, get_nlp

    try:
        return get_nlp()
    except ModelUnavailable as exc:  # pragma: no cover - environment without the model
        pytest.skip(str(exc))
