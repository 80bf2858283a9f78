"""The benchmark suite runs end to end in its quick form and reports every required figure.

Timings are not asserted (CI machines are noisy); what is asserted is that the one
command runs, exits 0 when targets are merely missed, fails when a script crashes,
and names every figure the issues ask for beside its target.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RUN_ALL = REPO / "bench" / "run_all.py"

# figure name -> target printed beside it
SUITE_FIGURES = {
    "offline turn latency p95": "<= 50",
    "peak memory, full offline interview": "<= 400",
    "app start to usable interview screen": "<= 1.0",
    "replay open, 300-turn session": "<= 1.0",
    "scoring time, 60-turn session": "<= 100",
    "scoring CPU time, 1 MB pathological answer": "<= 1000",
    "LLM-mode overhead per turn p95": "<= 30",
}
ANALYZER_FIGURES = {
    "analyzer probe F1": ">= 0.95",
    "analyzer probe precision": "report",
    "analyzer probe recall": "report",
    "analyzer 7-class accuracy": "report",
    "analyzer throughput, locus analyze --json": ">= 1,000",
    "analyzer p95, 100-word answer": "<= 15",
}


def run(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True, timeout=timeout)


def table_line(stdout: str, name: str) -> str:
    lines = [ln for ln in stdout.splitlines() if ln.startswith(name + " ")]
    assert lines, f"figure {name!r} missing from:\n{stdout}"
    return lines[0]


def test_quick_suite_prints_every_figure_beside_its_target() -> None:
    # The analyzer script loads spaCy three times; it is covered below at its smallest size.
    proc = run(str(RUN_ALL), "--quick", "--skip", "analyzer")
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name, target in SUITE_FIGURES.items():
        cells = table_line(proc.stdout, name).split()
        assert target.split()[-1] in cells, (name, cells)
        assert {"OK", "MISS", "-"} & set(cells), (name, cells)
    assert "load average" in proc.stdout


@pytest.mark.skipif(
    not (REPO.parent / "shared" / "data" / "locus-dev.jsonl").is_file(),
    reason="the analyzer bench reads the dev set from the shared data folder next to the repo",
)
def test_analyzer_figures_at_smallest_size() -> None:
    proc = run(str(REPO / "bench" / "bench_analyzer.py"), "--quick", "--json", "--lines", "200")
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = {row["name"]: row for row in map(json.loads, proc.stdout.splitlines())}
    for name, target in ANALYZER_FIGURES.items():
        assert rows[name]["target"] == target
    assert 0.0 <= rows["analyzer probe F1"]["value"] <= 1.0
    assert rows["analyzer throughput, locus analyze --json"]["value"] > 0
    assert rows["analyzer p95, 100-word answer"]["unit"] == "ms"


@pytest.fixture
def fake_scripts(tmp_path: Path) -> dict[str, Path]:
    missed = tmp_path / "bench_missed.py"
    missed.write_text(
        "import json, sys\n"
        "assert '--json' in sys.argv and '--quick' in sys.argv\n"
        "print('warming up')\n"
        "print(json.dumps({'name': 'widget latency p95', 'value': 80.5, 'unit': 'ms', 'target': '<= 50',"
        " 'ok': False, 'detail': 'a | b'}))\n",
        encoding="utf-8",
    )
    crashing = tmp_path / "bench_crashing.py"
    crashing.write_text("raise RuntimeError('disk on fire')\n", encoding="utf-8")
    return {"missed": missed, "crashing": crashing}


def test_missed_target_is_reported_with_exit_0(fake_scripts: dict[str, Path]) -> None:
    proc = run(str(RUN_ALL), "--quick", str(fake_scripts["missed"]), timeout=60)
    assert proc.returncode == 0, proc.stderr
    cells = table_line(proc.stdout, "widget latency p95").split()
    assert cells[3:8] == ["80.5", "ms", "<=", "50", "MISS"]


def test_markdown_table_escapes_pipes(fake_scripts: dict[str, Path]) -> None:
    proc = run(str(RUN_ALL), "--quick", "--markdown", str(fake_scripts["missed"]), timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "| widget latency p95 | 80.5 ms | <= 50 | MISS |" in proc.stdout
    assert "a \\| b" in proc.stdout


def test_crashed_script_fails_the_run_but_others_still_report(fake_scripts: dict[str, Path]) -> None:
    proc = run(str(RUN_ALL), "--quick", str(fake_scripts["crashing"]), str(fake_scripts["missed"]), timeout=60)
    assert proc.returncode == 1
    assert "bench_crashing.py: CRASHED" in proc.stdout
    assert "disk on fire" in proc.stdout
    assert "widget latency p95" in proc.stdout


def test_unknown_skip_name_is_a_clear_error() -> None:
    proc = run(str(RUN_ALL), "--skip", "nosuch", timeout=60)
    assert proc.returncode == 2
    assert "no bench script named nosuch" in proc.stderr
    assert "Traceback" not in proc.stderr
