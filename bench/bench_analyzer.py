"""Benchmark the decision-locus analyzer.

    python bench/bench_analyzer.py            # full run
    python bench/bench_analyzer.py --quick    # CI-sized
    python bench/bench_analyzer.py --json     # one figure row per line (bench/run_all.py)

Measures: probe precision/recall/F1 and 7-class accuracy on the dev set and on
the hand-written unseen-style cases in tests/analysis; throughput of
``locus analyze --json`` as a subprocess on a big input file (default workers:
one forked process per core, up to 2; startup subtracted, and also reported whole); the bare spaCy parser on the same
lines for comparison; p50/p95 latency of ``analyze`` on ~100-word answers;
spaCy load time in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEV_SET = REPO.parent / "shared/data/locus-dev.jsonl"
EXTRA = REPO / "tests/analysis"


def dev_rows() -> list[dict]:
    if not DEV_SET.exists():
        sys.exit(f"dev set not found: {DEV_SET}")
    return [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]


PROBE = ("authority", "group", "process", "agentless", "hedged")


def quality(rows: list[dict]) -> dict[str, float]:
    from agent.analysis import analyze_many

    results = analyze_many([r["text"] for r in rows])
    per_class = {}
    for cls in PROBE:
        wanted = [a for r, a in zip(rows, results, strict=False) if r["locus"] == cls]
        if wanted:
            per_class[cls] = sum(a.probe for a in wanted) / len(wanted)
    tp = sum(r["probe"] and a.probe for r, a in zip(rows, results, strict=False))
    fp = sum((not r["probe"]) and a.probe for r, a in zip(rows, results, strict=False))
    fn = sum(r["probe"] and not a.probe for r, a in zip(rows, results, strict=False))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(r["locus"] == a.locus for r, a in zip(rows, results, strict=False)) / len(rows)
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": accuracy,
        "n": len(rows),
        "per_class": per_class,
    }


def _rows(cases) -> list[dict]:
    return [{"text": t, "locus": want, "probe": want in PROBE} for t, want in cases]


def fresh_batches() -> dict[str, dict]:
    """Issue 11's per-kind batches (after the fixes) and held-out batch 12 (first sight recorded in README)."""
    sys.path.insert(0, str(EXTRA))
    try:
        from class_batches_a import CLASSES_A
        from class_batches_b import CLASSES_B
        from class_batches_c import CLASSES_C
        from class_batches_d import CLASSES_D
        from heldout_batch12 import BATCH12
        from recall_batches import KINDS, PRECISION
    except ImportError:
        return {}
    every = [c for cases in KINDS.values() for c in cases] + PRECISION
    per_class = [c for batch in (CLASSES_A, CLASSES_B, CLASSES_C, CLASSES_D) for cases in batch.values() for c in cases]
    return {
        "issue-11 kinds + precision pairs": quality(_rows(every)),
        "held-out batch 12": quality(_rows(BATCH12)),
        "class batches A-D (after fixes)": quality(_rows(per_class)),
    }


def unseen_quality() -> dict[str, float] | None:
    sys.path.insert(0, str(EXTRA))
    try:
        from analysis_unseen_cases import UNSEEN, UNSEEN_HARD, UNSEEN_HOLDOUT
    except ImportError:
        return None
    return quality(_rows(UNSEEN + UNSEEN_HARD + UNSEEN_HOLDOUT))


def load_time() -> float:
    code = (
        "import time; t = time.perf_counter(); from agent.analysis import warmup; warmup(); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_throughput(lines: list[str]) -> tuple[float, float, float, float]:
    """(sentences/s steady state, sentences/s including startup, startup seconds, sentences per CPU second
    with startup CPU excluded: robust to other processes sharing the cores)."""
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        big.write_text("\n".join(lines) + "\n", encoding="utf-8")
        empty = Path(tmp) / "one.txt"
        empty.write_text("I rolled it back.\n", encoding="utf-8")
        cmd = [sys.executable, "-m", "agent", "analyze", "--json"]
        started, cpu0 = time.perf_counter(), _child_cpu()
        subprocess.run([*cmd, str(empty)], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        startup, startup_cpu = time.perf_counter() - started, _child_cpu() - cpu0
        started, cpu0 = time.perf_counter(), _child_cpu()
        proc = subprocess.run([*cmd, str(big)], cwd=REPO, check=True, capture_output=True)
        wall, cpu = time.perf_counter() - started, _child_cpu() - cpu0
    produced = proc.stdout.count(b"\n")
    assert produced == len(lines), (produced, len(lines))
    per_cpu = len(lines) / max(1e-9, cpu - startup_cpu)
    return len(lines) / max(1e-9, wall - startup), len(lines) / wall, startup, per_cpu


def bare_parser_throughput(lines: list[str]) -> tuple[float, float]:
    """(bare parser sentences/s, detector-only sentences/s on the already parsed docs), CPU time."""
    from agent.analysis.analyzer import _answer
    from agent.analysis.nlp import get_nlp

    nlp = get_nlp()
    started = time.process_time()
    docs = list(nlp.pipe(lines, batch_size=256))
    parse = time.process_time() - started
    started = time.process_time()
    for line, doc in zip(lines, docs, strict=False):
        _answer(line, doc)
    detect = time.process_time() - started
    return len(lines) / parse, len(lines) / detect


def latency(rows: list[dict], runs: int) -> tuple[float, float, float, float]:
    """p50, p95 (ms), bare-parser p95 (ms) and mean words of ~100-word answers, one at a time."""
    from agent.analysis import analyze
    from agent.analysis.analyzer import forget_parses
    from agent.analysis.nlp import get_nlp

    texts = [r["text"] for r in rows]
    answers, i = [], 0
    while len(answers) < runs:
        words: list[str] = []
        while len(words) < 100:
            words += texts[i % len(texts)].split()
            i += 7
        answers.append(" ".join(words[:100]))
    analyze(answers[0])  # warm
    times = []
    for answer in answers:
        forget_parses()  # the answers repeat every 30; a parse reused from the cache would not be a latency
        started = time.perf_counter()
        analyze(answer)
        times.append((time.perf_counter() - started) * 1000)
    nlp = get_nlp()
    bare = []
    for answer in answers:
        started = time.perf_counter()
        nlp(answer)
        bare.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), _p95(times), _p95(bare), statistics.mean(len(a.split()) for a in answers)


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[max(0, round(0.95 * len(values)) - 1)]


def json_figures(
    q: dict,
    u: dict | None,
    n_lines: int,
    steady: float,
    whole: float,
    startup: float,
    bare: float,
    p50: float,
    p95: float,
    bare_p95: float,
    words: float,
    load: float,
    fresh: dict | None = None,
    per_cpu: float | None = None,
) -> list[dict]:
    """The same measurements as the table, as figure rows for ``--json``."""
    from figures import REPORT, figure

    rows = [
        figure("analyzer probe F1", round(q["f1"], 3), "", ">= 0.95", f"dev set, {len(dev_rows())} sentences"),
        figure("analyzer probe precision", round(q["precision"], 3), "", REPORT, "dev set"),
        figure("analyzer probe recall", round(q["recall"], 3), "", REPORT, "dev set"),
        figure("analyzer 7-class accuracy", round(q["accuracy"], 3), "", REPORT, "dev set"),
    ]
    if u:
        rows += [
            figure(
                "analyzer probe F1, unseen-style cases", round(u["f1"], 3), "", REPORT, "tests/analysis held-out cases"
            ),
            figure(
                "analyzer 7-class accuracy, unseen-style cases",
                round(u["accuracy"], 3),
                "",
                REPORT,
                "tests/analysis held-out cases",
            ),
        ]
    for name, f in (fresh or {}).items():
        worst = min(f["per_class"].items(), key=lambda kv: kv[1]) if f["per_class"] else ("-", 1.0)
        rows += [
            figure(f"analyzer probe recall, {name}", round(f["recall"], 3), "", ">= 0.95", f"{f['n']} sentences"),
            figure(f"analyzer probe precision, {name}", round(f["precision"], 3), "", ">= 0.97", f"{f['n']} sentences"),
            figure(f"analyzer probe F1, {name}", round(f["f1"], 3), "", ">= 0.95", f"{f['n']} sentences"),
            figure(f"analyzer 7-class accuracy, {name}", round(f["accuracy"], 3), "", ">= 0.90", f"{f['n']} sentences"),
            figure(
                f"analyzer worst per-class recall, {name}",
                round(worst[1], 3),
                "",
                ">= 0.85",
                ", ".join(f"{k} {v:.2f}" for k, v in f["per_class"].items()),
            ),
        ]
    cpu = f"; {per_cpu:,.0f} sent per CPU second" if per_cpu else ""
    rows += [
        figure(
            "analyzer throughput, locus analyze --json",
            round(steady),
            "sent/s",
            ">= 1,000",
            f"{n_lines} lines, startup excluded; {whole:,.0f} sent/s with startup ({startup:.2f} s); "
            f"bare spaCy {bare:,.0f} sent/s{cpu}",
        ),
        figure(
            "analyzer p95, 100-word answer",
            round(p95, 1),
            "ms",
            "<= 15",
            f"in-process analyze(), {words:.0f} words; p50 {p50:.1f} ms; bare spaCy p95 {bare_p95:.1f} ms",
        ),
        figure("spaCy load, fresh process", round(load, 2), "s", REPORT, "warmup(); off the critical path"),
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small inputs for CI")
    parser.add_argument("--lines", type=int, default=None, help="lines in the throughput file")
    parser.add_argument("--json", action="store_true", help="print one JSON figure row per line")
    args = parser.parse_args()
    n_lines = args.lines or (2000 if args.quick else 20000)
    runs = 40 if args.quick else 300

    rows = dev_rows()
    load = load_time()
    q = quality(rows)
    u = unseen_quality()
    fresh = fresh_batches()
    lines = [rows[i % len(rows)]["text"] for i in range(n_lines)]
    steady, whole, startup, per_cpu = cli_throughput(lines)
    bare, detector_only = bare_parser_throughput(lines)
    p50, p95, bare_p95, words = latency(rows, runs)
    if args.json:
        from figures import print_json

        print_json(
            json_figures(q, u, n_lines, steady, whole, startup, bare, p50, p95, bare_p95, words, load, fresh, per_cpu)
        )
        return

    table = [
        ("dev probe precision", f"{q['precision']:.3f}", ">= -"),
        ("dev probe recall", f"{q['recall']:.3f}", ">= -"),
        ("dev probe F1", f"{q['f1']:.3f}", ">= 0.95"),
        ("dev 7-class accuracy", f"{q['accuracy']:.3f}", "-"),
    ]
    if u:
        table += [
            ("unseen-style probe F1", f"{u['f1']:.3f}", "-"),
            ("unseen-style 7-class accuracy", f"{u['accuracy']:.3f}", "-"),
        ]
    for name, f in fresh.items():
        table += [
            (
                f"{name}: probe P / R / F1",
                f"{f['precision']:.3f} / {f['recall']:.3f} / {f['f1']:.3f}",
                ">= .97 / .95 / .95",
            ),
            (f"{name}: 7-class accuracy", f"{f['accuracy']:.3f}", ">= 0.90"),
            (
                f"{name}: recall per class",
                " ".join(f"{k[:4]} {v:.2f}" for k, v in f["per_class"].items()),
                ">= 0.85 each",
            ),
        ]
    table += [
        (f"locus analyze --json, {n_lines} lines (startup excluded)", f"{steady:,.0f} sent/s", ">= 1,000"),
        ("  same, startup included", f"{whole:,.0f} sent/s", "-"),
        ("  same, per CPU second of the CLI process", f"{per_cpu:,.0f} sent/s", "-"),
        ("  CLI startup incl. spaCy load", f"{startup:.2f} s", "-"),
        ("bare spaCy tagger+parser, same lines (CPU time)", f"{bare:,.0f} sent/s", "reference"),
        ("detector alone on parsed docs (CPU time)", f"{detector_only:,.0f} sent/s", "reference"),
        (f"analyze() latency, {words:.0f}-word answer, p50", f"{p50:.1f} ms", "-"),
        (f"analyze() latency, {words:.0f}-word answer, p95", f"{p95:.1f} ms", "<= 15"),
        ("  bare spaCy parse of the same answers, p95", f"{bare_p95:.1f} ms", "reference"),
        ("spaCy load (fresh process, warmup())", f"{load:.2f} s", "off critical path"),
    ]
    width = max(len(name) for name, _, _ in table)
    print(f"{'metric'.ljust(width)}  {'value':>16}  target")
    for name, value, target in table:
        print(f"{name.ljust(width)}  {value:>16}  {target}")
    print(f"\ncpus={os.cpu_count()} load_avg={os.getloadavg()[0]:.2f} (other processes skew timings)")


if __name__ == "__main__":
    main()
