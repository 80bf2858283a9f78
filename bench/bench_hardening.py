"""Hardening bench (issue 15): hostile inputs must finish in bounded time.

Run:  python bench/bench_hardening.py [--quick] [--json]

Figures (CPU seconds of this process, so a busy machine does not inflate them; the
interrupt figure is wall time from the signal to the process exit):

* scoring a transcript whose answer is a 30,000-character run, against a rubric whose cue
  is each reported catastrophic pattern (``(a|aa)+$``, ``(.*a){20}``, ...): the worst one;
* scoring with a look-around pattern that backtracks until its time limit (cue skipped, notice);
* ``rubric check`` of a 256 KB rubric with a problem on every line;
* refusing ``/dev/zero`` as a rubric, an answers file and an ``analyze`` input;
* loading a 1 MB session file with a BOM, a lone surrogate and damaged lines;
* (full run only: ``--quick`` keeps the in-process figures and the rubric refusal) Ctrl-C to exit for ``locus analyze`` on 30,000 lines in worker processes.

Target for every figure: <= 2 s (the issue's bound for each hostile input).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from figures import figure, print_json  # noqa: E402

CATASTROPHIC = ["(a|a)+$", "(a|aa)+$", "((a+))+$", "(a{1,99})+$", "(.*a){20}"]
TARGET = "<= 2"


def _rubric(pattern: str) -> str:
    text = (REPO / "tests/rubric/data/minimal.rubric.yaml").read_text(encoding="utf-8")
    return text.replace("loci: [self]\n", "").replace(
        "patterns: ['\\bI (?:rolled|built|wrote)\\b']", "patterns: [" + json.dumps(pattern) + "]"
    )


def _cpu(fn) -> float:
    started = time.process_time()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        fn()
    return time.process_time() - started


def scoring_figures(tmp: Path) -> list[dict]:
    from agent.analysis.models import AnswerAnalysis
    from agent.rubric.loader import load_rubric_text
    from agent.rubric.scoring import score
    from agent.transcript.models import Turn

    answer = "I rolled back the release. " + "a" * 30_000 + "!"
    turns = [
        Turn(number=1, speaker="interviewer", text="Tell me about a rollback."),
        Turn(number=2, speaker="candidate", text=answer),
    ]
    analyses = {2: AnswerAnalysis(text=answer)}
    worst, worst_pattern = 0.0, ""
    for pattern in CATASTROPHIC:
        rubric = load_rubric_text(_rubric(pattern))
        took = _cpu(lambda rubric=rubric: score(turns, rubric, analyses=analyses))
        if took >= worst:
            worst, worst_pattern = took, pattern
    slow = load_rubric_text(_rubric("(?=a)(a|aa)+$"))
    notice: list[str] = []
    took_slow = _cpu(lambda: notice.append(score(turns, slow, analyses=analyses).notice))
    return [
        figure(
            "hostile cue pattern, 30,000-char answer (worst of 5)",
            round(worst, 3),
            "s CPU",
            TARGET,
            f"worst: {worst_pattern}; RE2, linear",
        ),
        figure(
            "look-around pattern hitting its time limit",
            round(took_slow, 3),
            "s CPU",
            TARGET,
            "cue skipped" if "too slow" in notice[0] else "NO NOTICE",
        ),
    ]


def reading_figures(tmp: Path, quick: bool) -> list[dict]:
    from agent.cli.main import main
    from agent.session.store import load_session

    dup = tmp / "dup.rubric.yaml"
    dup.write_text("a: 1\n" * 52_000)
    rows = [
        figure(
            "rubric check, 256 KB with a problem on every line",
            round(_cpu(lambda: main(["rubric", "check", str(dup)])), 3),
            "s CPU",
            TARGET,
            "stops after 50 problems",
        )
    ]
    refusals = [["rubric", "check", "/dev/zero"]]
    if not quick:  # the interview command imports LangGraph: seconds on a busy machine, kept out of --quick
        refusals += [["interview", "--headless", "--answers", "/dev/zero"], ["analyze", "/dev/zero"]]
    worst = max(_cpu(lambda argv=argv: main(argv)) for argv in refusals)
    what = "rubric" if quick else "rubric, answers, analyze; worst"
    rows.append(figure(f"refusing /dev/zero ({what})", round(worst, 3), "s CPU", TARGET))
    meta = {"v": 1, "type": "meta", "session_id": "bench", "created": "2026-01-01T00:00:00Z", "scenario_id": "alerting"}
    lines = [json.dumps(meta)]
    for turn in range(1, 2_000):
        lines.append(json.dumps({"v": 1, "type": "answer", "turn": turn, "text": "I decided \ud800 " + "x" * 400}))
        if turn % 100 == 0:
            lines.append('{"v": 1, "type": "answer", "turn": 1' + "0" * 40 + "}")
    path = tmp / "big.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n")
    size_mb = path.stat().st_size / 1e6
    rows.append(
        figure(
            f"load a {size_mb:.1f} MB session (BOM, surrogates, damaged lines)",
            round(_cpu(lambda: load_session(path)), 3),
            "s CPU",
            TARGET,
        )
    )
    return rows


def interrupt_figure(tmp: Path) -> dict:
    lines = tmp / "lines.txt"
    lines.write_text("\n".join(["My manager approved the rollback after we aligned the stakeholders."] * 30_000) + "\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "agent", "analyze", "--json", "--jobs", "2", str(lines)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # workers are running once the first result is out
    sent = time.perf_counter()
    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        code = -9
    return figure(
        "Ctrl-C to exit, analyze with 2 workers",
        round(time.perf_counter() - sent, 3),
        "s wall",
        TARGET,
        f"exit code {code}",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="skip the interrupt figure and the interview-command refusal"
    )
    parser.add_argument("--json", action="store_true", help="one JSON figure per line")
    args = parser.parse_args()
    os.environ.setdefault("LOCUS_SESSIONS_DIR", tempfile.mkdtemp(prefix="locus-bench-sessions-"))
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        rows = scoring_figures(tmp) + reading_figures(tmp, args.quick)
        if not args.quick:
            rows.append(interrupt_figure(tmp))
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['name']}: {row['value']} {row['unit']} (target {row['target']}) {row['detail']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
