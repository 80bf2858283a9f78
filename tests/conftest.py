"""Shared test setup: never write into the repository's sessions/ or the user's config."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path_factory.mktemp("locus-home")
    monkeypatch.setenv("LOCUS_SESSIONS_DIR", str(base / "sessions"))
    monkeypatch.setenv("LOCUS_CONFIG_DIR", str(base / "config"))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LOCUS_MODEL", "LOCUS_API_KEY", "LOCUS_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
