"""`locus stories`: empty bank, listing with kinds / key decision / signals / levels, bad files, coverage, --new."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from agent.cli.main import main

MIGRATION = """# Moving billing to the new cluster
kind: migration

We were moving billing off the old cluster. My manager approved the rollback plan after we aligned
stakeholders. I decided to cut over at 2am because traffic was lowest then, and I owned the rollback.
When the replica lagged it was my mistake: I had skipped the load test, so I fixed the runbook myself.
"""
OUTSIDE = """# Flaky tests nobody owned

The flaky test suite belonged to the platform team, not to us. It was decided that someone should look
at it, and the team decided to wait for their roadmap. Eventually I was asked to fix the worst tests.
"""


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    d = tmp_path / "stories"
    d.mkdir()
    (d / "billing.md").write_text(MIGRATION, encoding="utf-8")
    (d / "flaky.md").write_text(OUTSIDE, encoding="utf-8")
    return d


def test_empty_bank_says_how_to_start(tmp_path, capsys) -> None:
    code, out, _ = run(["stories", "--stories-dir", str(tmp_path / "none")], capsys)
    assert code == 0
    assert "No stories in" in out and "--new" in out


def test_env_var_picks_the_bank(bank, monkeypatch, capsys) -> None:
    monkeypatch.setenv("LOCUS_STORIES_DIR", str(bank))
    code, out, _ = run(["stories"], capsys)
    assert code == 0 and "2 stories in" in out


def test_listing_shows_kind_key_decision_signals_levels(bank, capsys) -> None:
    code, out, _ = run(["stories", "--stories-dir", str(bank)], capsys)
    assert code == 0
    billing = out[out.index("Moving billing") : out.index("Flaky tests")]
    assert "kind: migration (declared)" in billing
    assert "key decision: “I " in billing and "— held by you" in billing
    assert "outcome owned" in billing and "reasons " in billing
    assert "level estimate: Judgment " in billing and "Ownership " in billing
    flaky = out[out.index("Flaky tests") :]
    assert "kind: work outside your area (guessed)" in flaky
    assert "— held by" in flaky and "— held by you" not in flaky  # the call sits with someone else
    # "belonged to the platform team, not to us" (placing the work's ownership elsewhere), the agentless
    # "it was decided", the team's wait and "I was asked"
    assert "deflections: 4" in flaky


def test_malformed_files_are_named_and_the_rest_listed(bank, capsys) -> None:
    (bank / "binary.md").write_bytes(b"\xff\xfe\x00\x01 not text")
    (bank / "latin1.md").write_bytes("# Caf\xe9 story\n\nI chose the caf\xe9.".encode("latin-1"))
    (bank / "title-only.md").write_text("# Just a title\n", encoding="utf-8")
    (bank / "empty.md").write_text("\n\n", encoding="utf-8")
    (bank / "badkind.md").write_text("# Odd\nkind: heroics\n\nI did it.", encoding="utf-8")
    os.mkfifo(bank / "pipe.md")  # must not hang the listing
    code, out, _ = run(["stories", "--stories-dir", str(bank)], capsys)
    assert code == 0
    assert "2 stories in" in out
    assert "binary.md: looks binary" in out
    assert "latin1.md:1: not valid UTF-8" in out
    assert "title-only.md: only a title" in out
    assert "empty.md: empty file" in out
    assert "unknown kind 'heroics'" in out and "migration, incident" in out
    assert any("pipe.md" in line and "FIFO" in line and "not a regular file" in line for line in out.splitlines())


def test_json_lists_stories_and_problems(bank, capsys) -> None:
    (bank / "bad.md").write_text("", encoding="utf-8")
    code, out, _ = run(["stories", "--stories-dir", str(bank), "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert [s["id"] for s in data["stories"]] == ["billing", "flaky"]
    billing = data["stories"][0]
    assert billing["kinds"][0] == "migration" and billing["kind_declared"] is True
    assert billing["key_decision"]["holder"] == "self" and billing["key_decision"]["text"].startswith("I ")
    assert billing["signals"]["outcome_owned"] is True
    assert set(billing["levels"]) == {"judgment", "ownership", "independence"}
    assert any(r["locus"] == "authority" and "approved" in r["phrase"] for r in billing["reframes"])
    assert data["problems"] and data["problems"][0]["path"].endswith("bad.md")


def test_coverage_for_senior_names_missing_kinds_and_the_scope_story(bank, capsys) -> None:
    code, out, _ = run(["stories", "--stories-dir", str(bank), "--level", "senior"], capsys)
    assert code == 0
    cover = out[out.index("Coverage for senior") :]
    assert "✓ migration" in cover and "✓ work outside your area" in cover
    assert "✗ disagreement: no story yet" in cover and "✗ decision without a spec" in cover
    assert "extending your scope beyond your team without being asked" in cover
    assert "bar for senior:" in cover


def test_coverage_for_l4_does_not_require_disagreement(bank, capsys) -> None:
    _, out, _ = run(["stories", "--stories-dir", str(bank), "--level", "L4", "--json"], capsys)
    data = json.loads(out)["coverage"]
    assert "disagreement" not in data["kinds_missing"] and "disagreement" in data["kinds_optional_missing"]
    assert not any("extending your scope" in g["what"] for g in data["gaps"])


def test_one_story_in_detail_with_reframing_questions(bank, capsys) -> None:
    code, out, _ = run(["stories", "--stories-dir", str(bank), "flaky"], capsys)
    assert code == 0
    assert "Reframing questions" in out
    assert "Template:" in out  # fill-in templates, never a rewritten story


def test_unknown_story_is_a_clear_error(bank, capsys) -> None:
    code, _, err = run(["stories", "--stories-dir", str(bank), "nope"], capsys)
    assert code == 1 and "no story 'nope'" in err


def test_new_creates_a_file_with_a_title(tmp_path, capsys) -> None:
    code, out, _ = run(["stories", "--stories-dir", str(tmp_path / "b"), "--new", "Paged at 2am: the CDN"], capsys)
    assert code == 0
    path = Path(out.strip())
    assert path.name == "paged-at-2am-the-cdn.md"
    assert path.read_text(encoding="utf-8").startswith("# Paged at 2am: the CDN\n")


def test_story_text_is_inert(tmp_path, capsys) -> None:
    d = tmp_path / "s"
    d.mkdir()
    (d / "x.md").write_text(
        "# Evil \x1b[31mtitle\x1b[0m [bold]x[/bold]\n\nMy manager approved \x1b]0;pwn\x07 it.", encoding="utf-8"
    )
    code, out, _ = run(["stories", "--stories-dir", str(d)], capsys)
    assert code == 0 and "\x1b" not in out and "\x07" not in out


def test_reframes_ask_about_a_sign_off_only_where_someone_signed_off() -> None:
    """An order or someone else's call is not an approval: its reframing question does not ask about a sign-off."""
    import re

    from agent.analysis import analyze, reframe_question

    sign_off = re.compile(r"sign(?:ed)?[- ]?off|approv|green light|permission", re.I)
    for sentence, approval in [
        ("My manager approved the rollback.", True),
        ("Legal gave us the green light to ship.", True),
        ("The on-call lead decided to freeze deploys.", False),
        ("The architect picked Kafka for the event bus.", False),
        ("My lead told me to revert it.", False),
    ]:
        span = next(s for s in analyze(sentence).spans if s.locus == "authority")
        question = reframe_question(span)
        assert bool(sign_off.search(question)) == approval, question
        assert "Template:" in question and "___" in question
