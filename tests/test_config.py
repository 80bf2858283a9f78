"""One settings model for the whole config.toml: both sections, unknown keys named, every field documented."""

from __future__ import annotations

import json

import pytest

from agent.cli.main import main
from agent.settings import ConfigError, LocusSettings, TuiSettings, load_config


@pytest.fixture
def config_file(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    monkeypatch.setenv("LOCUS_CONFIG_FILE", str(path))
    return path


def test_a_file_with_only_a_tui_table_works_for_config_and_llm_mode(config_file, capsys, tmp_path):
    config_file.write_text('[tui]\ntheme = "gruvbox"\n[tui.keymap]\ncoach = "f5"\n', encoding="utf-8")
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "[llm]" in out and "[tui]" in out and "theme: gruvbox" in out and "keymap: coach = f5" in out
    assert "mode: offline" in out
    # --llm gets as far as "no model configured", not a config error
    answers = tmp_path / "answers.txt"
    answers.write_text("I would start with the requirements.\n", encoding="utf-8")
    code = main(["interview", "--headless", "--llm", "--answers", str(answers)])
    assert code == 2 and "LLM mode needs a model" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[tui]\nthemes = "x"\n', "unknown key 'themes' in [tui]"),
        ('[llm]\nmodle = "x"\n', "unknown key 'modle' in [llm]"),
        ('[ui]\ntheme = "x"\n', "unknown key(s) at the top level: 'ui'"),
        ('[tui]\ndraft_save_delay = "soon"\n', "[tui] draft_save_delay"),
        ("tui = 3\n", "[tui] must be a table"),
    ],
)
def test_unknown_or_wrong_keys_name_the_section_and_key(config_file, capsys, text, expected):
    config_file.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config()
    assert expected in str(info.value) and str(config_file) in str(info.value)
    assert main(["config"]) == 2
    assert expected in capsys.readouterr().err


def test_the_file_is_read_once_per_load(config_file, monkeypatch):
    config_file.write_text('[llm]\nmodel = "m"\n[tui]\ntheme = "nord"\n', encoding="utf-8")
    reads = []
    original = type(config_file).read_bytes

    def counting(self):
        reads.append(self)
        return original(self)

    monkeypatch.setattr(type(config_file), "read_bytes", counting)
    config = load_config()
    assert config.llm.model == "m" and config.tui.theme == "nord"
    assert reads.count(config_file) == 1


def test_legacy_top_level_llm_keys_still_work(config_file):
    config_file.write_text('model = "old-style"\n[tui]\ntheme = "nord"\n', encoding="utf-8")
    config = load_config()
    assert config.llm.model == "old-style" and config.tui.theme == "nord"


def test_every_field_is_documented_and_the_schema_is_printed(capsys):
    for section in (LocusSettings, TuiSettings, type(LocusSettings().llm)):
        for name, field in section.model_fields.items():
            assert field.description, f"{section.__name__}.{name} has no description"
    assert main(["config", "--schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert set(schema["properties"]) == {"llm", "tui"}


def test_exports_dir_expands_the_home_directory(config_file):
    config_file.write_text('[tui]\nexports_dir = "~/locus-exports"\n', encoding="utf-8")
    assert "~" not in str(load_config().tui.exports_dir)
