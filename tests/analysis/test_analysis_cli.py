"""``locus analyze`` and ``locus audit`` as a user runs them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from agent.cli.main import main

REPO = Path(__file__).resolve().parents[2]
KEYS = {"text", "locus", "probe", "spans"}
SPAN_KEYS = {"start", "end", "text", "locus", "cue"}


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_json_one_object_per_line_in_order(nlp, monkeypatch, capsys) -> None:
    data = b"My manager approved the rollback.\n\nI rolled it back myself.\nWe'd shard by user id.\n"
    _stdin(monkeypatch, data)
    assert main(["analyze", "--json"]) == 0
    rows = _json_lines(capsys.readouterr().out)
    assert [r["locus"] for r in rows] == ["authority", "none", "self", "none"]
    assert rows[1] == {"text": "", "locus": "none", "probe": False, "spans": []}
    for row in rows:
        assert set(row) == KEYS
        for span in row["spans"]:
            assert set(span) == SPAN_KEYS
            assert row["text"][span["start"] : span["end"]] == span["text"]
    assert rows[0]["probe"] is True and rows[0]["spans"][0]["text"].startswith("My manager approved")


def test_file_argument_and_crlf(nlp, tmp_path, capsys) -> None:
    path = tmp_path / "answers.txt"
    path.write_bytes(b"It was decided to freeze deploys.\r\nI froze deploys.\r\n")
    assert main(["analyze", "--json", str(path)]) == 0
    rows = _json_lines(capsys.readouterr().out)
    assert [r["text"] for r in rows] == ["It was decided to freeze deploys.", "I froze deploys."]
    assert [r["locus"] for r in rows] == ["agentless", "self"]


def test_human_output_marks_spans_and_is_inert(nlp, monkeypatch, capsys) -> None:
    _stdin(monkeypatch, b"\x1b[2J\x1b]0;pwned\x07My manager approved it.\n\n")
    assert main(["analyze"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 2
    assert "\x1b" not in out and "\x07" not in out
    assert "authority (probe)" in lines[0]
    assert "[My manager approved" in lines[0] and "]{authority}" in lines[0]


def test_control_characters_are_escaped_in_json(nlp, monkeypatch, capsys) -> None:
    _stdin(monkeypatch, "we kind of\x00 ended up\x9b with kafka\x1b[0m\u202e\n".encode())
    assert main(["analyze", "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "\u202e" not in out and "\x00" not in out
    row = json.loads(out)
    assert row["text"].startswith("we kind of\x00")
    assert row["locus"] == "hedged"


def test_non_utf8_is_replaced_with_a_warning(nlp, monkeypatch, capsys) -> None:
    _stdin(monkeypatch, b"I rolled back \xff\xfe the deploy.\nfine line\n")
    assert main(["analyze", "--json"]) == 0
    captured = capsys.readouterr()
    rows = _json_lines(captured.out)
    assert len(rows) == 2
    assert "\ufffd" in rows[0]["text"] and rows[0]["locus"] == "self"
    assert "line 1" in captured.err and "UTF-8" in captured.err


def test_missing_file_is_a_clean_error(capsys) -> None:
    assert main(["analyze", "/no/such/answers.txt"]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "Traceback" not in err


def test_directory_is_a_clean_error(tmp_path, capsys) -> None:
    assert main(["analyze", str(tmp_path)]) == 2
    assert "directory" in capsys.readouterr().err


def test_subprocess_big_lines_keep_line_count(nlp, tmp_path) -> None:
    huge = ("the cache sits in front of postgres " * 3000)[:100_000] + " and my manager approved the rollback"
    lines = [huge.encode(), b"", b"\xc3\x28 invalid", b"I decided to roll back", b"\x01\x02\x7f", b"no newline at end"]
    path = tmp_path / "in.txt"
    path.write_bytes(b"\n".join(lines))
    proc = subprocess.run(
        [sys.executable, "-m", "agent", "analyze", "--json", str(path)],
        capture_output=True,
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(rows) == len(lines)
    assert len(rows[0]["text"]) == len(huge)
    assert rows[3]["locus"] == "self"
    assert b"Traceback" not in proc.stderr and b"UTF-8" in proc.stderr


STORIES = """# Billing cutover

We planned the cutover for weeks. My manager approved the rollback when the dry run failed,
and I reverted the schema.

## Pager storm
I drained the noisy node myself and told my lead afterwards.

## Queue
We kind of ended up with Kafka.
"""


def test_audit_flags_and_asks(nlp, tmp_path, capsys) -> None:
    path = tmp_path / "stories.md"
    path.write_text(STORIES, encoding="utf-8")
    assert main(["audit", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Audited 3 stories" in out
    assert "“My manager approved the rollback”" in out
    assert "“We kind of ended up with Kafka”" in out
    assert out.count("Ask yourself:") == 2
    assert "Decision sits with: self" in out


def test_audit_json_and_blank_line_blocks(nlp, tmp_path, capsys) -> None:
    path = tmp_path / "stories.txt"
    path.write_text("It was decided to delay the launch.\n\n\nI delayed the launch myself.\n", encoding="utf-8")
    assert main(["audit", "--json", str(path)]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert [s["locus"] for s in stories] == ["agentless", "self"]
    assert [s["line"] for s in stories] == [1, 4]
    flag = stories[0]["flags"][0]
    assert stories[0]["text"][flag["start"] : flag["end"]] == flag["text"]
    assert "?" in flag["question"] and flag["text"] in flag["question"]
    assert stories[1]["flags"] == []


def test_audit_missing_and_empty(tmp_path, capsys) -> None:
    assert main(["audit", str(tmp_path / "nope.md")]) == 2
    assert "no such file" in capsys.readouterr().err
    empty = tmp_path / "empty.md"
    empty.write_text("\n\n", encoding="utf-8")
    assert main(["audit", str(empty)]) == 0
    assert "No stories found" in capsys.readouterr().out


def test_parallel_workers_keep_order_and_output(nlp, tmp_path, monkeypatch, capsys) -> None:
    from agent.cli import parallel_lines

    monkeypatch.setattr(parallel_lines, "PARALLEL_AFTER", 10)
    monkeypatch.setattr(parallel_lines, "CHUNK_LINES", 7)
    lines = ["My manager approved it.", "", "I rolled it back.", "We kind of ended up with Kafka.", "\x1b[31mx"]
    path = tmp_path / "many.txt"
    path.write_text("\n".join(lines[i % len(lines)] + f" {i}" * (i % 2) for i in range(53)) + "\n", encoding="utf-8")
    assert main(["analyze", "--json", "--jobs", "2", str(path)]) == 0
    parallel = capsys.readouterr().out
    assert main(["analyze", "--json", "--jobs", "1", str(path)]) == 0
    serial = capsys.readouterr().out
    assert parallel == serial
    assert len(parallel.splitlines()) == 53
