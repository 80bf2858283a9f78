"""Run every bench script and print one table of figures beside their targets.

    python bench/run_all.py [--quick] [--markdown] [--skip NAME ...] [SCRIPT ...]

Each script runs in its own Python process with ``--json`` (and ``--quick``), so
imports and caches never leak between them.  A missed target is reported, not
an error: the exit code is 0 unless a script crashed or printed no figures.
SCRIPT defaults to every ``bench/bench_*.py``; ``--skip analyzer`` leaves out
``bench_analyzer.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
KEYS = ("name", "value", "unit", "target", "ok", "detail")
ORDER = ("analyzer", "turn", "tui", "scoring", "llm_overhead")  # table order; any other bench_*.py follows


def default_scripts() -> list[Path]:
    def rank(script: Path) -> tuple[int, str]:
        name = short_name(script)
        return (ORDER.index(name) if name in ORDER else len(ORDER), name)

    return sorted(BENCH.glob("bench_*.py"), key=rank)


def short_name(script: Path) -> str:
    return script.stem.removeprefix("bench_")


def run_script(script: Path, quick: bool, timeout: float) -> tuple[list[dict], str | None, float, str]:
    """(figure rows, crash message or None, seconds taken, 1-minute load average at start/end)."""
    start_load = os.getloadavg()[0]

    def load() -> str:
        return f"{start_load:.2f}/{os.getloadavg()[0]:.2f}"

    cmd = [sys.executable, str(script), "--json", *(["--quick"] if quick else [])]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [], f"timed out after {timeout:.0f} s", time.perf_counter() - started, load()
    took = time.perf_counter() - started
    rows, bad = [], []
    for line in proc.stdout.splitlines():
        if not line.startswith("{"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            bad.append(line)
            continue
        if isinstance(row, dict) and all(k in row for k in KEYS):
            rows.append(row)
        else:
            bad.append(line)
    if proc.returncode != 0:
        tail = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()][-1:] or ["no error output"]
        return rows, f"exit code {proc.returncode}: {tail[0][:200]}", took, load()
    if bad:
        return rows, f"malformed figure line: {bad[0][:200]}", took, load()
    if not rows:
        return rows, "printed no figures", took, load()
    return rows, None, took, load()


def format_value(row: dict) -> str:
    value = row["value"]
    text = f"{value:,.0f}" if isinstance(value, (int, float)) and abs(value) >= 1000 else f"{value}"
    return f"{text} {row['unit']}".strip()


def status(row: dict) -> str:
    if row["ok"] is None:
        return "-"
    return "OK" if row["ok"] else "MISS"


def table_rows(results: list[tuple[str, list[dict], str | None, float, str]]) -> list[list[str]]:
    out = []
    for script, rows, crash, _took, load in results:
        for row in rows:
            out.append([row["name"], format_value(row), row["target"], status(row), load, row["detail"]])
        if crash:
            out.append([f"{script}: CRASHED", "-", "-", "CRASH", load, crash])
    return out


HEADER = ["figure", "value", "target", "status", "load", "detail"]


def render_text(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER) - 1)]
    lines = []
    for r in [HEADER, *rows]:
        cells = [r[i].ljust(widths[i]) if i != 1 else r[i].rjust(widths[i]) for i in range(len(widths))]
        lines.append("  ".join([*cells, r[-1]]).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths) + "  ------")
    return "\n".join(lines)


def render_markdown(rows: list[list[str]]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(HEADER) + " |", "|---|--:|---|---|--:|---|"]
    lines += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def machine_line() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"python {platform.python_version()}, {os.cpu_count()} CPUs, load average now {load} (1/5/15 min)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scripts", nargs="*", type=Path, help="bench scripts to run (default: bench/bench_*.py)")
    parser.add_argument("--quick", action="store_true", help="reduced sizes for CI")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--skip", action="append", default=[], metavar="NAME", help="leave out bench_NAME.py (repeatable)"
    )
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per script")
    args = parser.parse_args(argv)

    scripts = [s.resolve() for s in args.scripts] or default_scripts()
    missing = [str(s) for s in scripts if not s.is_file()]
    if missing:
        parser.error(f"no such bench script: {', '.join(missing)}")
    known = {short_name(s) for s in scripts}
    unknown = [name for name in args.skip if name not in known]
    if unknown:
        parser.error(f"--skip: no bench script named {', '.join(unknown)} (have: {', '.join(sorted(known))})")
    scripts = [s for s in scripts if short_name(s) not in args.skip]

    results = []
    for script in scripts:
        print(f"running {script.name}{' --quick' if args.quick else ''} ...", file=sys.stderr, flush=True)
        rows, crash, took, load = run_script(script, args.quick, args.timeout)
        print(
            f"  {script.name}: {len(rows)} figures in {took:.1f} s{' - ' + crash if crash else ''}",
            file=sys.stderr,
            flush=True,
        )
        results.append((script.name, rows, crash, took, load))

    rows = table_rows(results)
    print(render_markdown(rows) if args.markdown else render_text(rows))
    print()
    print(
        "status: OK = target met, MISS = target missed, - = reported only; load = 1-min load average when the script started/ended"
    )
    print(machine_line())
    crashed = [name for name, _rows, crash, _took, _load in results if crash]
    if crashed:
        print(f"crashed: {', '.join(crashed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
