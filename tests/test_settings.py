import pytest

from communique.errors import UsageError
from communique.settings import Settings, load_settings


def test_settings_defaults_then_file_then_env(tmp_path) -> None:  # type: ignore[no-untyped-def]
    cfg = tmp_path / "communique.toml"
    cfg.write_text('[communique]\ndb = "from-file.duckdb"\nbatch_size = 8\n')
    s = load_settings(cfg, env={"COMMUNIQUE_BATCH_SIZE": "4"})
    assert s.db == "from-file.duckdb"  # file beats default
    assert s.batch_size == 4  # env beats file
    assert s.replace(db="flag.duckdb", model=None).db == "flag.duckdb"  # flag beats all
    assert s.replace(model=None).model == Settings().model  # unset flag changes nothing


def test_settings_env_tuple_and_unknown_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    s = load_settings(None, env={"COMMUNIQUE_LEXICON": "a.yaml:b.yaml"})
    assert s.lexicon == ("a.yaml", "b.yaml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[communique]\nbogus = 1\n")
    with pytest.raises(UsageError, match="unknown setting 'bogus'"):
        load_settings(bad, env={})


def test_settings_missing_config_is_a_usage_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match="config file not found"):
        load_settings(tmp_path / "nope.toml", env={})


def test_settings_every_setting_has_help() -> None:
    from dataclasses import fields

    for f in fields(Settings):
        assert Settings.help(f.name)
