"""score(): a judge is used when it works; any failure falls back to the offline scorer."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from agent.rubric.loader import load_rubric
from agent.rubric.scorecard import DimensionScore, Evidence, Overall, Scorecard
from agent.rubric.scoring import score, score_async
from agent.transcript.parse import parse_transcript

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[1] / "rubrics" / "default.rubric.yaml"


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(DEFAULT)


@pytest.fixture(scope="module")
def turns():
    return parse_transcript((HERE / "data" / "u1-high.txt").read_text())


def _card(turns) -> Scorecard:
    quote = next(t for t in turns if t.speaker == "candidate").text[:20]
    dims = [
        DimensionScore(id=i, name=i, level=3, evidence=[Evidence(turn=2, quote=quote, cue="llm_judge", effect="+")])
        for i in ("judgment", "ownership", "independence")
    ]
    return Scorecard(
        rubric={"id": "x", "version": "y"},
        scorer="llm",
        dimensions=dims,
        overall=Overall(level=3.0, recommendation="ok"),
    )


class AsyncJudge:
    def __init__(self, fail: Exception | None = None) -> None:
        self.fail = fail
        self.calls = 0

    async def judge(self, turns, rubric):
        self.calls += 1
        await asyncio.sleep(0)
        if self.fail:
            raise self.fail
        return _card(turns)


def test_working_async_judge_is_used(rubric, turns) -> None:
    judge = AsyncJudge()
    card = score(turns, rubric, level="senior", judge=judge)
    assert judge.calls == 1
    assert card.scorer == "llm" and card.notice == ""
    assert card.rubric == {"id": "locus-default", "version": rubric.version}
    assert card.level_expected["ownership"] == 4
    assert card.bar is not None and card.bar.met is False  # the judge's 3s are below the senior bar
    assert card.stories  # the offline story findings come with the judge's card
    assert [d.level for d in card.dimensions] == [3, 3, 3]


@pytest.mark.parametrize(
    "judge",
    [
        AsyncJudge(fail=TimeoutError("endpoint timed out")),
        lambda turns, rubric: (_ for _ in ()).throw(ConnectionError("refused")),
        lambda turns, rubric: {"not": "a scorecard"},
        lambda turns, rubric: "garbage",
        object(),
    ],
    ids=["async-timeout", "sync-raises", "invalid-dict", "wrong-type", "not-a-judge"],
)
def test_any_judge_failure_falls_back_offline(rubric, turns, judge) -> None:
    card = score(turns, rubric, judge=judge)
    offline = score(turns, rubric)
    assert card.scorer == "offline"
    assert "scored offline" in card.notice and "LLM judge failed" in card.notice
    assert [d.level for d in card.dimensions] == [d.level for d in offline.dimensions]


async def test_score_async_inside_running_loop(rubric, turns) -> None:
    card = await score_async(turns, rubric, judge=AsyncJudge())
    assert card.scorer == "llm"
    # the sync entry point also works from inside a running loop
    assert score(turns, rubric, judge=AsyncJudge(fail=RuntimeError("boom"))).scorer == "offline"


def test_no_judge_is_offline_without_notice(rubric, turns) -> None:
    card = score(turns, rubric)
    assert card.scorer == "offline" and card.notice == ""
