"""`locus progress`: charts per dimension, recurring deflections, stories over rehearsals, older rubric versions, cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent import paths
from agent.cli.main import main
from agent.rubric.loader import load_rubric_cached
from tests.practice.session_factory import OWNING, write_session


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sessions(tmp_path: Path, write_progress) -> Path:
    d = write_progress(tmp_path / "sessions")
    write_session(d, "s5", "2026-11-08T10:00:00+00:00", OWNING[:1], status=None)  # unfinished
    (d / "torn.jsonl").write_bytes(b'{"v": 1, "type": "me')
    return d


def test_no_sessions(tmp_path, capsys) -> None:
    code, out, _ = run(["progress", "--sessions-dir", str(tmp_path / "none")], capsys)
    assert code == 0 and "No completed sessions yet" in out


def test_text_charts_name_the_rubric_and_trend(sessions, capsys) -> None:
    code, out, _ = run(["progress", "--sessions-dir", str(sessions)], capsys)
    assert code == 0
    rubric = load_rubric_cached(paths.default_rubric_path())
    assert f"Progress over 4 completed sessions (rubric {rubric.id} {rubric.version}, offline scorer)" in out
    assert "1 session(s) were scored with another rubric version" in out
    assert "1 unfinished session(s) left out" in out
    assert "skipped torn.jsonl" in out
    for dim in rubric.dimensions:
        assert f"\n{dim.name} (" in out
    assert "5 │" in out and "1 │" in out
    assert "Where you hand decisions away" in out
    assert "authority" in out and "gone" in out  # deflections in the older half, none in the newer
    assert "Flaky tests [flaky], 1 rehearsal(s)" in out


def test_older_rubric_sessions_are_rescored_with_the_current_one(sessions, capsys) -> None:
    code, out, _ = run(["progress", "--sessions-dir", str(sessions), "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    by_id = {s["id"]: s for s in data["sessions"]}
    assert list(by_id) == ["s1", "s2", "s3", "s4"]
    old = by_id["s2"]
    assert old["rescored"] is True and old["scored_with"]["version"] == "0.1.0-old"
    # The old card said 5 everywhere; the current rubric reads the same answers as s1 does.
    assert old["levels"] == by_id["s1"]["levels"]
    assert any(level != 5 for level in old["levels"].values())
    assert by_id["s1"]["rescored"] is False
    assert data["rescored"] == 1 and data["in_progress"] == 1
    assert data["skipped"][0]["file"] == "torn.jsonl"
    loci = {d["locus"]: d for d in data["deflections"]}
    assert loci["authority"]["total"] == 2 and loci["authority"]["trend"] == "gone"
    assert loci["authority"]["holders"][0] == {"who": "my manager", "count": 2}
    assert data["stories"][0]["id"] == "flaky" and len(data["stories"][0]["rehearsals"]) == 1
    assert set(data["dimensions"]) == {d.id for d in load_rubric_cached(paths.default_rubric_path()).dimensions}


def test_cache_is_used_and_invalidated_by_changes(sessions, capsys, tmp_path) -> None:
    run(["progress", "--sessions-dir", str(sessions), "--json"], capsys)
    cache_files = list((tmp_path / "cache" / "progress").glob("*.json"))
    assert len(cache_files) == 1
    cached = json.loads(cache_files[0].read_text())
    assert set(cached["entries"]) >= {"s1.jsonl", "s2.jsonl", "s5.jsonl"}
    # A poisoned cache entry for an unchanged file is believed (the file did not change) ...
    cached["entries"]["s3.jsonl"]["point"]["levels"] = {"judgment": 1, "ownership": 1, "independence": 1}
    cache_files[0].write_text(json.dumps(cached))
    _, out, _ = run(["progress", "--sessions-dir", str(sessions), "--json"], capsys)
    assert next(s for s in json.loads(out)["sessions"] if s["id"] == "s3")["levels"]["judgment"] == 1
    # ... and dropped once the file changes (the session is read again).
    with open(sessions / "s3.jsonl", "ab") as fh:
        fh.write(b"\n")
    _, out, _ = run(["progress", "--sessions-dir", str(sessions), "--json"], capsys)
    _, fresh, _ = run(["progress", "--sessions-dir", str(sessions), "--json", "--no-cache"], capsys)
    assert json.loads(out)["sessions"] == json.loads(fresh)["sessions"]


def test_a_broken_cache_file_is_ignored(sessions, capsys, tmp_path) -> None:
    run(["progress", "--sessions-dir", str(sessions)], capsys)
    for f in (tmp_path / "cache" / "progress").glob("*.json"):
        f.write_text("{not json")
    code, out, _ = run(["progress", "--sessions-dir", str(sessions)], capsys)
    assert code == 0 and "Progress over 4 completed sessions" in out


def test_score_html_can_include_the_trend_as_inline_svg(sessions, capsys, tmp_path) -> None:
    out_file = tmp_path / "card.html"
    code, _, _ = run(
        ["score", str(sessions / "s3.jsonl"), "--format", "html", "--trend", str(sessions), "--output", str(out_file)],
        capsys,
    )
    assert code == 0
    page = out_file.read_text(encoding="utf-8")
    assert page.count("<svg") == 1 and "<polyline" in page and "<script" not in page.lower()
    assert "Levels over 4 sessions (rubric locus-default" in page
    code, _, err = run(["score", str(sessions / "s3.jsonl"), "--trend"], capsys)
    assert code == 2 and "--format html" in err


def test_trend_svg_escapes_names() -> None:
    from agent.practice.chart import trend_svg

    svg = trend_svg({"x": [1, 3, None, 5]}, {"x": '<b>&"Judgment"</b>'}, "t <script>")
    assert "<script>" not in svg and "&lt;b&gt;&amp;" in svg and svg.count("<circle") == 3


@pytest.mark.parametrize(
    "phrase,who",
    [
        ("My manager approved the rollback", "my manager"),
        ("The security team wanted us to wait", "the security team"),
        ("I asked my lead whether I could roll back", "my lead"),
        ("I escalated to the on-call manager", "the on-call manager"),
        ("The architecture review board rejected it", "the architecture review board"),
        ("It was decided to wait", None),
    ],
)
def test_to_whom_a_deflection_hands_the_call(phrase: str, who: str | None) -> None:
    from agent.practice.progress import holder_phrase

    assert holder_phrase(phrase) == who


def test_progress_does_not_load_the_parser_at_import() -> None:
    # `locus progress` re-scores from saved analyses; importing the scorer must not pull in spaCy or lemminflect
    # (about 1.5 s of every run; a top-level import of lemminflect in the story readers once did exactly that).
    import subprocess
    import sys

    code = (
        "import sys, agent.cli.progress_cmd, agent.practice.progress, agent.stories.build;"
        "print(sorted(m for m in ('spacy', 'lemminflect') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
