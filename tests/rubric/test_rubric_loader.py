"""Rubric loading: every broken rubric gives a PATH:LINE:COL message, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from agent.cli.main import main
from agent.rubric.loader import MAX_RUBRIC_BYTES, RubricError, load_rubric, load_rubric_text
from agent.rubric.schema import rubric_json_schema_text

HERE = Path(__file__).resolve().parent
BROKEN = HERE / "broken"
REPO = HERE.parents[1]
DEFAULT = REPO / "rubrics" / "default.rubric.yaml"

# file -> (line, col, part of the message) for every problem it must report
EXPECTED: dict[str, list[tuple[int, int, str]]] = {
    "alias": [(25, 18, "anchors are not allowed"), (26, 13, "aliases are not allowed")],
    "bad-polarity": [(20, 19, "polarity: Input should be '+' or '-'")],
    "bad-regex": [(24, 22, "bad regular expression")],
    "custom-tag": [(10, 13, "explicit tags are not allowed (found '!float')")],
    "duplicate-cue-id": [(25, 13, "duplicate cue id 'own_action'")],
    "duplicate-key": [(9, 5, "duplicate key 'name' (first defined on line 8)")],
    "duplicate-level-score": [(12, 7, "missing 4"), (15, 17, "duplicate level 3")],
    "empty-triggers": [(22, 19, "at least one of 'loci' or 'patterns'")],
    "example-bad-transcript": [(28, 17, "text before the first turn")],
    "example-unknown-dimension": [(30, 7, "unknown dimension 'ownershp'")],
    "invalid-utf8": [(9, 26, "not valid UTF-8")],
    "level-out-of-range": [(12, 7, "missing 5"), (16, 17, "less than or equal to 5")],
    "missing-key": [(7, 5, "missing required key 'definition'")],
    "missing-level": [(12, 7, "levels must define scores 1 to 5 once each; missing 3")],
    "multiple-errors": [
        (10, 13, "weight: Input should be greater than 0"),
        (12, 7, "missing 4"),
        (15, 17, "duplicate level 2"),
        (21, 9, "unknown key 'colour'"),
        (26, 23, "calibration: Input should be less than or equal to 5"),
    ],
    "nested-quantifier": [(24, 54, "nests quantifiers")],
    "not-a-mapping": [(1, 1, "must be a YAML mapping")],
    "python-tag": [(5, 8, "explicit tags are not allowed")],
    "syntax-error": [(9, 15, "YAML syntax error")],
    "typo-key": [
        (18, 9, "missing required key 'polarity'"),
        (20, 9, "unknown key 'polarty' (did you mean 'polarity'?)"),
    ],
    "unknown-locus": [(23, 18, "loci: Input should be 'self'")],
    "unknown-top-key": [(6, 1, "unknown key 'author'")],
    "wrong-schema-version": [(2, 17, "schema_version: Input should be 1")],
    "wrong-type-levels": [(12, 7, "missing 1"), (12, 9, "Input should be a valid dictionary")],
    "wrong-type-weight": [(10, 13, "weight: Input should be a valid number")],
}


def test_corpus_is_complete() -> None:
    files = sorted(p.name.removesuffix(".rubric.yaml") for p in BROKEN.glob("*.rubric.yaml"))
    assert files == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_rubric_reports_positions(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = BROKEN / f"{name}.rubric.yaml"
    code = main(["rubric", "check", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    lines = out.splitlines()
    assert len(lines) == len(EXPECTED[name]), out
    for line, (ln, col, message) in zip(lines, EXPECTED[name], strict=False):
        assert line.startswith(f"{path}:{ln}:{col}: "), line
        assert message in line, line


def test_valid_rubrics_check_clean(capsys: pytest.CaptureFixture[str]) -> None:
    for path in (DEFAULT, HERE / "data" / "minimal.rubric.yaml"):
        assert main(["rubric", "check", str(path)]) == 0
        assert ": ok (" in capsys.readouterr().out


def test_huge_file_is_rejected_before_parsing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.rubric.yaml"
    # An alias bomb would be slow to expand; the size cap stops it before any parsing.
    path.write_text("a: &a [" + ",".join(["x"] * (MAX_RUBRIC_BYTES // 2)) + "]\n")
    assert main(["rubric", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{path}:1:1: file is ") and "limited to" in out


def test_alias_bomb_is_refused_without_expansion() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)
    )
    with pytest.raises(RubricError) as info:
        load_rubric_text(bomb, "bomb.yaml")
    messages = [p.message for p in info.value.problems]
    assert any("aliases are not allowed" in m for m in messages)
    assert all(str(p).startswith("bomb.yaml:") for p in info.value.problems)


def test_missing_file_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rubric", "check", str(tmp_path / "nope.yaml")]) == 1
    assert "cannot read file" in capsys.readouterr().out


def test_default_rubric_shape() -> None:
    rubric = load_rubric(DEFAULT)
    assert [d.id for d in rubric.dimensions] == ["judgment", "ownership", "independence"]
    assert rubric.dimension("independence").name == "Operating independently"
    for dim in rubric.dimensions:
        assert sorted(lv.score for lv in dim.levels) == [1, 2, 3, 4, 5]
        assert dim.probes and dim.cues
    assert DEFAULT.read_text().startswith("# yaml-language-server: $schema=./rubric.schema.json\n")


def test_committed_schema_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    committed = (REPO / "rubrics" / "rubric.schema.json").read_text()
    assert main(["rubric", "schema"]) == 0
    printed = capsys.readouterr().out
    assert printed == rubric_json_schema_text()
    assert committed == printed, (
        "rubrics/rubric.schema.json is stale: run `locus rubric schema > rubrics/rubric.schema.json`"
    )


def test_schema_is_draft7_and_accepts_shipped_rubrics() -> None:
    schema = json.loads((REPO / "rubrics" / "rubric.schema.json").read_text())
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    for path in sorted((REPO / "rubrics").glob("*.rubric.yaml")):
        validator.validate(YAML(typ="safe").load(path.read_text()))
    typo = YAML(typ="safe").load((BROKEN / "typo-key.rubric.yaml").read_text())
    assert list(validator.iter_errors(typo)), "the schema must flag unknown keys for the editor too"


def test_rubric_test_command_passes_on_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rubric", "test", str(DEFAULT)]) == 0
    out = capsys.readouterr().out
    assert "0 failed" in out and "FAIL" not in out


def test_rubric_test_command_reports_mismatch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (HERE / "data" / "minimal.rubric.yaml").read_text() + (
        "examples:\n"
        "  - id: acts\n"
        "    answer: I rolled the payment service back within ten minutes after the error rate doubled.\n"
        "    expect:\n"
        "      ownership: 1\n"
    )
    path = tmp_path / "wrong.rubric.yaml"
    path.write_text(text)
    assert main(["rubric", "test", str(path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL acts" in out and "expected 1" in out and "1 failed" in out


def test_deep_nesting_is_refused_cleanly() -> None:
    with pytest.raises(RubricError) as info:
        load_rubric_text("a: " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml")
    assert info.value.problems and all(str(p).startswith("deep.yaml:") for p in info.value.problems)


_yamlish = st.text(alphabet=st.sampled_from(list("ab:- \n[]{}&*!'\"#|>%@`,?\t1\\")), max_size=120)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_yamlish, st.text(max_size=120)))
def test_arbitrary_text_never_raises_anything_but_rubric_error(text: str) -> None:
    try:
        load_rubric_text(text, "fuzz.yaml")
    except RubricError as exc:
        assert exc.problems
        for p in exc.problems:
            assert str(p).startswith("fuzz.yaml:") and p.line >= 1 and p.col >= 1
