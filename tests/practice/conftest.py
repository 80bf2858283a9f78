"""A small history of saved sessions, shared by the `locus progress` command tests and the progress screen test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.practice.session_factory import DEFLECTING, OWNING, write_session


@pytest.fixture
def write_progress(tmp_path: Path, monkeypatch) -> Callable[[Path], Path]:
    """Writes four completed sessions into a directory (the progress cache goes under ``tmp_path``): two that
    deflect, the second scored with an older rubric version, then two that own the call, the last a rehearsal of
    the story "Flaky tests"."""
    monkeypatch.setenv("LOCUS_CACHE_DIR", str(tmp_path / "cache"))

    def write(d: Path) -> Path:
        write_session(d, "s1", "2026-11-01T10:00:00+00:00", DEFLECTING)
        write_session(d, "s2", "2026-11-03T10:00:00+00:00", DEFLECTING, rubric_version="0.1.0-old", saved_levels=5)
        write_session(d, "s3", "2026-11-05T10:00:00+00:00", OWNING)
        write_session(
            d,
            "s4",
            "2026-11-07T10:00:00+00:00",
            OWNING,
            rehearsal={
                "story_id": "flaky",
                "title": "Flaky tests",
                "kind": "outside_scope",
                "question_id": "rehearse-outside_scope-1",
                "question": "q",
            },
        )
        return d

    return write
