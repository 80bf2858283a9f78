"""Settings precedence (env over TOML, OPENAI_* honoured) and `locus config` masking."""

from __future__ import annotations

import json

import pytest
from llm_support import API_KEY

from agent.cli.main import main
from agent.llm.settings import LLMSettingsError, load_settings

TOML = """
[llm]
model = "llama3.1:8b"
base_url = "http://localhost:11434/v1"
api_key = "sk-from-file-0123456789abcdef"
judge_model = "qwen2.5:14b"
judge_samples = 5
"""


@pytest.fixture
def config_file(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    path.write_text(TOML)
    monkeypatch.setenv("LOCUS_CONFIG_FILE", str(path))
    return path


def test_defaults_are_offline():
    s = load_settings()
    assert not s.configured and s.api_key is None and s.endpoint == "https://api.openai.com/v1"


def test_toml_file_is_read_and_roles_default_to_model(config_file):
    s = load_settings()
    assert s.configured and s.model == "llama3.1:8b" and s.host == "localhost:11434"
    assert s.model_for("judge") == "qwen2.5:14b" and s.model_for("interviewer") == "llama3.1:8b"
    assert s.judge_samples == 5


def test_environment_wins_over_file_and_openai_variables_work(config_file, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://gpu-box:8000/v1/")
    monkeypatch.setenv("LOCUS_MODEL", "Qwen/Qwen2.5-7B-Instruct")
    monkeypatch.setenv("LOCUS_TEMPERATURE", "0.1")
    s = load_settings()
    assert s.key_value() == API_KEY and s.endpoint == "http://gpu-box:8000/v1"
    assert s.model == "Qwen/Qwen2.5-7B-Instruct" and s.temperature == 0.1
    monkeypatch.setenv("LOCUS_API_KEY", "sk-locus-specific-key-000")
    assert load_settings().key_value() == "sk-locus-specific-key-000"


def test_bad_values_are_clear_errors(config_file, monkeypatch):
    monkeypatch.setenv("LOCUS_MAX_ATTEMPTS", "lots")
    with pytest.raises(LLMSettingsError, match="max_attempts"):
        load_settings()
    monkeypatch.delenv("LOCUS_MAX_ATTEMPTS")
    config_file.write_text('model = "x"\nbase_url = "localhost:11434"\n')
    with pytest.raises(LLMSettingsError, match="http"):
        load_settings()


def test_locus_config_masks_the_key(config_file, monkeypatch, capsys):
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert API_KEY not in out and API_KEY[6:] not in out
    assert "api_key: sk-…(32 chars)" in out and "mode: LLM" in out
    assert "judge_model: qwen2.5:14b" in out and "classifier_model: llama3.1:8b" in out
    assert main(["config", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["llm"]["api_key"] == "sk-…(32 chars)" and data["configured"] is True
    assert API_KEY not in json.dumps(data) and "OPENAI_API_KEY" in data["sources"]["env"]


def test_locus_config_reports_broken_file_without_traceback(config_file, capsys):
    config_file.write_text("[llm\nmodel = ")
    assert main(["config"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("locus: ") and "is not valid TOML" in err and "Traceback" not in err
    config_file.write_text('modle = "typo"\n')
    assert main(["config"]) == 2
    assert "unknown key(s) at the top level: 'modle'" in capsys.readouterr().err


def test_llm_mode_without_model_is_a_clear_cli_error(tmp_path, capsys):
    answers = tmp_path / "answers.txt"
    answers.write_text("I would start with the requirements.\n")
    code = main(["interview", "--headless", "--llm", "--answers", str(answers), "--sessions-dir", str(tmp_path / "s")])
    assert code == 2 and "LLM mode needs a model" in capsys.readouterr().err
