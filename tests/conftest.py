"""Shared test setup: keep the developer's machine out of every test.

Every ``LOCUS_*`` variable the developer has set is removed, and every location
Locus writes to (sessions, config, caches, crash reports) points into a temporary
directory: the config file does not exist unless a test writes one, and the cache
is shared by the tests of one run (the question bank is parsed once) but never the
user's.  ``LOCUS_HOME`` is unset so prompts and rubrics come from this checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MODEL_VARIABLES = ("OPENAI_API_KEY", "OPENAI_BASE_URL")


@pytest.fixture(scope="session")
def _run_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("locus-cache")


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, _run_cache_dir: Path
) -> None:
    for name in list(os.environ):
        if name.startswith("LOCUS_") or name in MODEL_VARIABLES:
            monkeypatch.delenv(name, raising=False)
    base = tmp_path_factory.mktemp("locus-home")
    monkeypatch.setenv("LOCUS_SESSIONS_DIR", str(base / "sessions"))
    monkeypatch.setenv("LOCUS_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("LOCUS_CONFIG_FILE", str(base / "config" / "config.toml"))
    monkeypatch.setenv("LOCUS_CACHE_DIR", str(_run_cache_dir))
