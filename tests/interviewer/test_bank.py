"""The shipped question bank loads, is complete, and bad bank files fail with a clear error."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from agent import paths
from agent.interviewer.bank import PAST_KINDS, TECHNICAL_PHASES, Bank, BankError, load_bank
from agent.interviewer.deflection import KINDS
from agent.interviewer.wording import opener

REQUIRED_SCENARIOS = {
    "playback-resume",
    "encoding-pipeline",
    "cdn-selection",
    "recommendations-row",
    "billing-retries",
    "alerting",
}
# Words that would tell the candidate what the interview is listening for.
OWNERSHIP_WORDS = re.compile(r"\b(own|owned|owner|owners|ownership|accountab\w*|responsib\w*)\b", re.I)


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank()


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


def test_real_bank_has_the_required_scenarios(bank: Bank) -> None:
    assert len(bank.scenarios) >= 7
    assert set(bank.scenarios) >= REQUIRED_SCENARIOS
    for key, scenario in bank.scenarios.items():
        assert key == scenario.id


def test_briefs_are_concrete_and_facts_bounded(bank: Bank) -> None:
    for scenario in bank.scenarios.values():
        assert re.search(r"\d", scenario.brief), f"{scenario.id}: brief has no numbers"
        assert 5 <= len(scenario.facts) <= 8, scenario.id
        assert scenario.wrapup.rstrip().endswith("?"), f"{scenario.id}: wrap-up must invite questions"


def test_every_phase_has_two_or_three_questions_with_expectations(bank: Bank) -> None:
    for scenario in bank.scenarios.values():
        assert set(scenario.phases) == set(TECHNICAL_PHASES), scenario.id
        for phase, questions in scenario.phases.items():
            assert 2 <= len(questions) <= 3, f"{scenario.id}/{phase}"
            for question in questions:
                assert 1 <= len(question.expects) <= 3, f"{scenario.id}/{question.id}"


def test_every_scenario_covers_all_past_experience_kinds(bank: Bank) -> None:
    for scenario in bank.scenarios.values():
        assert len(scenario.past_experience) >= 6, scenario.id
        assert {q.kind for q in scenario.past_experience} == set(PAST_KINDS), scenario.id


def test_past_questions_do_not_name_what_is_being_scored(bank: Bank) -> None:
    for scenario in bank.scenarios.values():
        for question in scenario.past_experience:
            assert not OWNERSHIP_WORDS.search(question.text), f"{scenario.id}/{question.id}: {question.text}"


def test_question_ids_unique_within_each_scenario(bank: Bank) -> None:
    for scenario in bank.scenarios.values():
        ids = [q.id for qs in scenario.phases.values() for q in qs]
        ids += [q.id for q in scenario.past_experience]
        assert len(ids) == len(set(ids)), f"{scenario.id}: duplicate question ids"


def test_no_question_text_repeats_across_the_bank(bank: Bank) -> None:
    seen: dict[str, str] = {}
    for scenario in bank.scenarios.values():
        texts = [(q.id, q.text) for qs in scenario.phases.values() for q in qs]
        texts += [(q.id, q.text) for q in scenario.past_experience]
        for qid, text in texts:
            key = _normalised(text)
            assert key not in seen, f"{scenario.id}/{qid} repeats {seen.get(key)}"
            seen[key] = f"{scenario.id}/{qid}"


def test_followups_are_new_questions_and_keywords_are_matchable(bank: Bank) -> None:
    for scenario in bank.scenarios.values():
        for questions in scenario.phases.values():
            for question in questions:
                followups = [e.followup for e in question.expects]
                assert len(set(map(_normalised, followups))) == len(followups), question.id
                for expectation in question.expects:
                    where = f"{scenario.id}/{question.id}/{expectation.concept}"
                    assert _normalised(expectation.followup) != _normalised(question.text), where
                    assert expectation.followup.rstrip().endswith("?"), where
                    for keyword in expectation.keywords:
                        assert keyword == keyword.strip().lower() and keyword, f"{where}: {keyword!r}"


def test_probe_templates_quote_the_candidate_and_ask(bank: Bank) -> None:
    quote = '"my manager approved the rollback"'
    for kind in KINDS:
        templates = bank.probes.for_kind(kind)
        assert 4 <= len(templates) <= 6, kind
        assert len(set(templates)) == len(templates), kind
        for template in templates:
            said = template.format(quote=quote)
            assert quote in said, template
            assert said.endswith("?"), template
    openers = {opener(t) for kind in KINDS for t in bank.probes.for_kind(kind)}
    assert len(openers) >= 4, "probes should not all open the same way"


def test_only_approval_probes_talk_about_signing_off(bank: Bank) -> None:
    approval_words = re.compile(r"sign(?:ed)?[- ]?off|approv|green light|permission", re.I)
    assert all(approval_words.search(t) is None for k in KINDS if k != "approval" for t in bank.probes.for_kind(k))
    assert any(approval_words.search(t) for t in bank.probes.for_kind("approval"))


def test_sign_off_wording_outside_approval_probes_is_refused(bank_copy: Path) -> None:
    _rewrite(bank_copy / "probes.yaml", lambda data: data["group"].append("You said {quote}. Who signed off on it?"))
    with pytest.raises(BankError, match=r"probes\.yaml.*approval"):
        load_bank(bank_copy)


def test_nudges_have_three_of_each_kind(bank: Bank) -> None:
    for kind in ("empty", "nonsense", "move_on"):
        lines = getattr(bank.nudges, kind)
        assert len(lines) == 3, kind
        assert all(line.strip() for line in lines), kind


# --- malformed banks -------------------------------------------------------------


@pytest.fixture()
def bank_copy(tmp_path: Path) -> Path:
    """A writable copy of the real bank: probes, nudges and one scenario."""
    real = paths.prompts_dir()
    (tmp_path / "scenarios").mkdir()
    shutil.copy(real / "probes.yaml", tmp_path / "probes.yaml")
    shutil.copy(real / "nudges.yaml", tmp_path / "nudges.yaml")
    shutil.copy(real / "talk.yaml", tmp_path / "talk.yaml")
    shutil.copy(real / "scenarios" / "alerting.yaml", tmp_path / "scenarios" / "alerting.yaml")
    return tmp_path


def _rewrite(path: Path, change) -> None:
    yaml = YAML(typ="safe", pure=True)
    data = yaml.load(path.read_text(encoding="utf-8"))
    change(data)
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)


def test_copied_bank_loads_from_a_given_root(bank_copy: Path) -> None:
    loaded = load_bank(bank_copy)
    assert list(loaded.scenarios) == ["alerting"]


def test_scenario_missing_a_phase_names_file_and_phase(bank_copy: Path) -> None:
    target = bank_copy / "scenarios" / "alerting.yaml"
    _rewrite(target, lambda data: data["phases"].pop("estimation"))
    with pytest.raises(BankError) as caught:
        load_bank(bank_copy)
    message = str(caught.value)
    assert "alerting.yaml" in message
    assert "estimation" in message


def test_scenario_with_unknown_key_names_file_and_key(bank_copy: Path) -> None:
    target = bank_copy / "scenarios" / "alerting.yaml"
    _rewrite(target, lambda data: data.update(difficulty="hard"))
    with pytest.raises(BankError) as caught:
        load_bank(bank_copy)
    assert "alerting.yaml" in str(caught.value)
    assert "difficulty" in str(caught.value)


def test_scenario_missing_a_past_kind_is_rejected(bank_copy: Path) -> None:
    target = bank_copy / "scenarios" / "alerting.yaml"

    def drop_no_spec(data: dict) -> None:
        data["past_experience"] = [q for q in data["past_experience"] if q["kind"] != "no_spec"]

    _rewrite(target, drop_no_spec)
    with pytest.raises(BankError, match=r"alerting\.yaml.*no_spec"):
        load_bank(bank_copy)


def test_probe_without_quote_placeholder_names_probes_file(bank_copy: Path) -> None:
    _rewrite(bank_copy / "probes.yaml", lambda data: data["group"].append("Who decided that?"))
    with pytest.raises(BankError, match=r"probes\.yaml"):
        load_bank(bank_copy)


def test_unparseable_yaml_names_file(bank_copy: Path) -> None:
    (bank_copy / "nudges.yaml").write_text("empty: [unclosed\n", encoding="utf-8")
    with pytest.raises(BankError, match=r"nudges\.yaml"):
        load_bank(bank_copy)
