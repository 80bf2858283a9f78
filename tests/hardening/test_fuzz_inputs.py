"""Fuzzing the four readers of outside text with adversarial strings, each example bounded in time.

Rubric loader, session loader, transcript parser and the public scoring entry point get long
runs of one character, mixed scripts, lone surrogates, control and bidi characters, and YAML /
JSON / transcript syntax fragments.  Each must return a result or its own clean error (never
another exception), everything it hands back must be encodable as UTF-8, and no example may
take more than ``LIMIT_S`` of CPU time (CPU, not wall time: the machine is shared).
"""

from __future__ import annotations

import json
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.analysis.models import AnswerAnalysis
from agent.rubric.loader import RubricError, load_rubric, load_rubric_text
from agent.rubric.scoring import score
from agent.session.store import SessionError, load_session
from agent.transcript.models import Turn
from agent.transcript.parse import TranscriptError, parse_transcript
from tests.conftest import REPO

LIMIT_S = 2.0
FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
MINIMAL = (REPO / "tests/rubric/data/minimal.rubric.yaml").read_text(encoding="utf-8")
DEFAULT_RUBRIC = load_rubric(REPO / "rubrics/default.rubric.yaml")

# One character repeated: the shapes that made backtracking regexes and splitters blow up.
RUN_CHARS = [
    " ",
    ".",
    "a",
    "\n",
    "\t",
    "\u00e9",
    "\u202e",
    "\x00",
    "\x1b",
    "\ud800",
    "\u4f60",
    "\u05e9",
    "\u0301",
    ":",
    "-",
    "#",
    "'",
    '"',
    "{",
    "[",
    "&",
    "*",
    "!",
    "\r",
    "\ufeff",
    "\u2028",
]
FRAGMENTS = [
    "Candidate:",
    "Interviewer:",
    "<<: {x: 1}",
    "&a",
    "*a",
    "!!python/object",
    "- ",
    "key: ",
    '{"type": "meta"',
    "I decided to roll back the release.",
    "My manager approved it.",
    "\\ud800",
    "1e999",
    "NaN",
    "10" * 40,
]
runs = st.builds(lambda c, n: c * n, st.sampled_from(RUN_CHARS), st.integers(1, 30_000))
mixed = st.text(st.characters(categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Cs", "Co"]), max_size=200)
adversarial = st.lists(st.one_of(runs, mixed, st.sampled_from(FRAGMENTS)), min_size=1, max_size=5).map("".join)


def _encodable(text: str) -> bool:
    text.encode("utf-8")
    return True


class _Clock:
    def __enter__(self) -> _Clock:
        self.started = time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        elapsed = time.process_time() - self.started
        assert elapsed < LIMIT_S, f"took {elapsed:.2f} s"


@FUZZ
@given(text=adversarial)
def test_rubric_loader_on_adversarial_text(text: str) -> None:
    with _Clock():
        try:
            load_rubric_text(text, "fuzz.yaml")
        except RubricError as exc:
            assert exc.problems and all(_encodable(str(p)) for p in exc.problems)


@FUZZ
@given(text=adversarial, where=st.sampled_from(["pattern", "description", "anchor"]))
def test_rubric_loader_with_adversarial_values_in_a_valid_rubric(text: str, where: str) -> None:
    value = json.dumps(text)  # a YAML double-quoted scalar (escapes included)
    if where == "pattern":
        doc = MINIMAL.replace("patterns: ['\\bI (?:rolled|built|wrote)\\b']", f"patterns: ['\\bI rolled\\b', {value}]")
    elif where == "description":
        doc = MINIMAL.replace("description: First-person action.", f"description: {value}")
    else:
        doc = MINIMAL.replace('anchor: "Mostly assigned work."', f"anchor: {value}")
    assert doc != MINIMAL
    with _Clock():
        try:
            rubric = load_rubric_text(doc, "fuzz.yaml")
        except RubricError as exc:
            assert all(_encodable(str(p)) for p in exc.problems)
            return
        turns = [Turn(number=1, speaker="interviewer", text="Tell me."), Turn(number=2, speaker="candidate", text=text)]
        score(turns, rubric, analyses={2: AnswerAnalysis(text=text)})


@FUZZ
@given(
    lines=st.lists(
        st.one_of(adversarial, adversarial.map(lambda t: json.dumps({"v": 1, "type": "answer", "turn": 2, "text": t}))),
        max_size=4,
    )
)
def test_session_loader_on_adversarial_lines(tmp_path_factory, lines: list[str]) -> None:
    meta = json.dumps(
        {"v": 1, "type": "meta", "session_id": "fuzz", "created": "2026-01-01T00:00:00Z", "scenario_id": "alerting"}
    )
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.jsonl"
    path.write_bytes("\n".join([meta, *lines]).encode("utf-8", "surrogatepass"))
    with _Clock():
        try:
            loaded = load_session(path)
        except SessionError as exc:
            assert _encodable(str(exc))
            return
    assert all(_encodable(t.text) for t in loaded.turns) and all(_encodable(w) for w in loaded.warnings)


@FUZZ
@given(text=adversarial)
def test_transcript_parser_on_adversarial_text(text: str) -> None:
    with _Clock():
        try:
            turns = parse_transcript(text)
        except TranscriptError:
            return
    assert turns and all(t.speaker in ("interviewer", "candidate") for t in turns)


@FUZZ
@given(answer=adversarial)
def test_scoring_entry_point_on_adversarial_answers(answer: str) -> None:
    turns = [
        Turn(number=1, speaker="interviewer", text="Walk me through a rollback you led."),
        Turn(number=2, speaker="candidate", text="I decided to roll back the release. " + answer),
    ]
    with _Clock():
        card = score(turns, DEFAULT_RUBRIC, analyses={2: AnswerAnalysis(text=turns[1].text)})
    assert {d.id for d in card.dimensions} == {d.id for d in DEFAULT_RUBRIC.dimensions}
    assert all(level in (None, 1, 2, 3, 4, 5) for level in (d.level for d in card.dimensions))
