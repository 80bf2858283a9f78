"""Overhead Locus adds per LLM turn, beyond the server's own time, against the loopback server.

For each turn: wall time of ``LLMBrain.phrase`` (prompt building, SDK request,
SSE parsing, token gate, guards) minus the time the fake server (a separate
process, so it does not compete for our GIL) spent handling that request; the CPU column is our process's own CPU time per call (mean),
which is what the wall-clock overhead shrinks to on an idle machine.  Also measures a structured call (the classifier path: schema,
request, JSON parse, pydantic validation).  Target: p95 <= 30 ms per turn.

    python bench/bench_llm_overhead.py [--turns 300] [--quick] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "llm")]

from fake_openai_server import serve_forever_in_process  # noqa: E402

from agent.interviewer.brain import PhraseRequest  # noqa: E402
from agent.llm.brain import LLMBrain  # noqa: E402
from agent.llm.classifier import SentenceLabel  # noqa: E402
from agent.llm.client import LLMClient  # noqa: E402
from agent.llm.settings import LLMSettings  # noqa: E402
from agent.llm.structured import structured  # noqa: E402

REPLY = (
    "Given forty thousand uploads a day in six renditions, how many transcoding workers would you start with, and why?"
)
QUOTE = "my manager approved the rollback"


def responder(body: dict) -> str:
    if body.get("response_format"):
        return json.dumps({"reason": "A manager is named as approving.", "locus": "authority"})
    if "<quote>" in body["messages"][-1]["content"]:
        return f'You said "{QUOTE}"; what had you recommended before that approval?'
    return REPLY


def request(i: int, kind: str) -> PhraseRequest:
    return PhraseRequest(
        kind=kind,
        draft=f'You said "{QUOTE}". What did you recommend?' if kind == "probe" else "How would you size the fleet?",
        phase="estimation",
        scenario_title="Encoding pipeline",
        scenario_brief="Design the pipeline that transcodes uploads into streaming renditions.",
        scenario_facts=["40,000 uploads per day", "Six renditions per upload", "p99 publish latency under 10 minutes"],
        last_question="What are the main requirements?",
        last_answer=f"Answer {i}: we aligned with stakeholders and {QUOTE} to the old encoder. " * 3,
        quote=QUOTE if kind == "probe" else None,
        asked=[f"Earlier question number {n} about the pipeline?" for n in range(12)],
    )


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def run(base_url: str, turns: int) -> dict[str, dict[str, float]]:
    """Time every call; the server (another process) reports its own handling time per request."""
    settings = LLMSettings(model="bench-model", base_url=base_url, api_key="sk-bench-not-a-real-key")
    client = LLMClient(settings)
    brain = LLMBrain(client)
    calls: list[tuple[str, float, float]] = []
    for i in range(turns):
        for label, kind in (("question (stream)", "question"), ("probe (stream)", "probe")):
            start, cpu = time.perf_counter(), time.process_time()
            result = await brain.phrase(request(i, kind), lambda _t: None)
            calls.append((label, (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000))
            assert result.source == "llm", result.notice
        start, cpu = time.perf_counter(), time.process_time()
        messages = [{"role": "system", "content": "Label it."}, {"role": "user", "content": f"Sentence {i}."}]
        await structured(client, "classifier", messages, SentenceLabel, name="sentence_locus")
        calls.append(
            ("classifier (structured)", (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
        )
    await client.aclose()
    with urllib.request.urlopen(base_url.rsplit("/v1", 1)[0] + "/_timings") as reply:
        server_ms = json.load(reply)["handle_ms"]
    assert len(server_ms) == len(calls), (len(server_ms), len(calls))
    warmup = 3 * 20  # first 20 rounds: connection set-up, imports, caches
    results: dict[str, list[float]] = {}
    cpu_ms: dict[str, list[float]] = {}
    for (label, wall, cpu), own in list(zip(calls, server_ms, strict=True))[warmup:]:
        results.setdefault(label, []).append(wall - own)
        cpu_ms.setdefault(label, []).append(cpu)
    return {
        k: {
            "n": len(v),
            "p50_ms": statistics.median(v),
            "p95_ms": pct(v, 95),
            "max_ms": max(v),
            "cpu_ms": statistics.mean(cpu_ms[k]),
        }
        for k, v in results.items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--turns", type=int, default=None, help="timed rounds after 20 warm-up rounds (default 300, quick 30)"
    )
    parser.add_argument("--quick", action="store_true", help="CI-sized: 30 timed rounds")
    parser.add_argument(
        "--json", action="store_true", help="print one JSON figure row per line; exit 0 even if the target is missed"
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.turns = args.turns or (30 if args.quick else 300)
    if args.serve:
        serve_forever_in_process(responder)
        return 0
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        base_url = server.stdout.readline().strip()
        stats = asyncio.run(run(base_url, args.turns + 20))
    finally:
        server.stdin.close()
        server.wait(timeout=10)
    worst = max(s["p95_ms"] for s in stats.values())
    if args.json:
        from figures import figure, print_json

        per_call = "; ".join(f"{name} p95 {s['p95_ms']:.1f} ms, CPU {s['cpu_ms']:.1f} ms" for name, s in stats.items())
        rounds = next(iter(stats.values()))["n"]
        print_json(
            [
                figure(
                    "LLM-mode overhead per turn p95",
                    round(worst, 2),
                    "ms",
                    "<= 30",
                    f"worst call kind over {rounds} rounds vs loopback server; {per_call}",
                )
            ]
        )
        return 0
    print(f"{'call':26} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'CPU ms':>8}")
    for name, s in stats.items():
        print(f"{name:26} {s['n']:>5} {s['p50_ms']:>8.2f} {s['p95_ms']:>8.2f} {s['max_ms']:>8.2f} {s['cpu_ms']:>8.2f}")
    print(f"target p95 <= 30 ms per LLM turn: {'met' if worst <= 30 else 'MISSED'} (worst p95 {worst:.2f} ms)")
    return 0 if worst <= 30 else 1


if __name__ == "__main__":
    raise SystemExit(main())
