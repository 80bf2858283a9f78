"""An unexpected error prints one line and a crash report that holds no secrets."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from agent.cli import main as cli


def test_unexpected_error_writes_a_scrubbed_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key = "sk-test-SECRET-0123456789abcdef"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    monkeypatch.setenv("LOCUS_CACHE_DIR", str(tmp_path / "cache"))

    def explode(args: argparse.Namespace) -> int:
        raise RuntimeError(f"boom while talking to the endpoint with key {key}")

    real_build = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = real_build()
        next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).add_parser(
            "explode"
        ).set_defaults(func=explode)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)
    assert cli.main(["explode"]) == 70
    err = capsys.readouterr().err
    assert err.startswith("locus: unexpected error: RuntimeError") and "Traceback" not in err
    assert key not in err
    [report] = list((tmp_path / "cache" / "crash").iterdir())
    text = report.read_text()
    assert "Traceback" in text and "boom" in text and key not in text
    assert oct(report.stat().st_mode & 0o777) == "0o600"
