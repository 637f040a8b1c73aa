"""The service's configuration, read from the environment in this one place."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from aggregator.errors import ConfigError
from aggregator.keys import Keys

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

#: The Scrapy settings module used unless AGGREGATOR_SETTINGS names another.
DEFAULT_SETTINGS = "aggregator_scrapy.settings.production"

_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


@dataclass(frozen=True)
class Config:
    """Environment variables (../shared/CONTRACT.md) as typed values.

    REDIS_URL: the Redis holding queue, dedup index and sources; unset: embedded.
    AGGREGATOR_DATA_DIR: where embedded state lives (default ./var).
    AGGREGATOR_DISTRIBUTED: "1" puts requests into the shared Redis frontier.
    AGGREGATOR_ALLOW_NETWORKS: CIDRs that may be fetched although private or loopback.
    AGGREGATOR_KEY_PREFIX: prefix of every Redis key (default "aggregator:").
    AGGREGATOR_STREAM: name of the article stream under the prefix (default "articles").
    AGGREGATOR_SETTINGS: the Scrapy settings module (default aggregator_scrapy.settings.production).
    AGGREGATOR_PUBLISHERS_FILE: an operator's publisher table (TOML) over the bundled one.
    AGGREGATOR_SINK: ``consume``'s sink when --sink is not given (keeps a password out of
    the command line).
    """

    redis_url: str | None = None
    data_dir: Path = Path("var")
    distributed: bool = False
    allow_networks: tuple[Network, ...] = ()
    keys: Keys = field(default_factory=Keys)
    settings_module: str = DEFAULT_SETTINGS
    publishers_file: Path | None = None
    sink: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Config:
        env = os.environ if env is None else env
        redis_url = env.get("REDIS_URL") or None
        if redis_url and not redis_url.startswith(_REDIS_SCHEMES):
            raise ConfigError(
                f"REDIS_URL must start with redis://, rediss:// or unix://, not {redis_url!r}"
            )
        return cls(
            redis_url=redis_url,
            data_dir=Path(env.get("AGGREGATOR_DATA_DIR") or "var"),
            distributed=_flag(env, "AGGREGATOR_DISTRIBUTED"),
            allow_networks=_networks(env.get("AGGREGATOR_ALLOW_NETWORKS", "")),
            keys=Keys(
                prefix=env.get("AGGREGATOR_KEY_PREFIX", "aggregator:"),
                stream_name=env.get("AGGREGATOR_STREAM", "articles"),
            ),
            settings_module=env.get("AGGREGATOR_SETTINGS") or DEFAULT_SETTINGS,
            publishers_file=_existing_file(env, "AGGREGATOR_PUBLISHERS_FILE"),
            sink=env.get("AGGREGATOR_SINK") or None,
        )


def sink_spec(given: str | None, config: Config, env: Mapping[str, str] | None = None) -> str:
    """The SINK ``consume`` writes to: ``--sink``, else AGGREGATOR_SINK, else stdout.
    ``env:VAR`` reads it from the variable VAR, so no password shows in the process list."""
    spec = given or config.sink or "-"
    if not spec.startswith("env:"):
        return spec
    env = os.environ if env is None else env
    name = spec.removeprefix("env:")
    value = env.get(name, "").strip()
    if not value or value.startswith("env:"):
        raise ConfigError(f"--sink {spec}: the environment variable {name or '?'} is not set")
    return value


def _flag(env: Mapping[str, str], name: str) -> bool:
    value = env.get(name, "").strip().lower()
    if value in ("", "0", "false", "no"):
        return False
    if value in ("1", "true", "yes"):
        return True
    raise ConfigError(f"{name} must be 1 or 0, not {value!r}")


def _existing_file(env: Mapping[str, str], name: str) -> Path | None:
    value = env.get(name)
    if not value:
        return None
    if not Path(value).is_file():
        raise ConfigError(f"{name}: no such file {value!r}")
    return Path(value)


def _networks(value: str) -> tuple[Network, ...]:
    networks = []
    for part in filter(None, (p.strip() for p in value.split(","))):
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            raise ConfigError(f"AGGREGATOR_ALLOW_NETWORKS: {part!r} is not a CIDR") from None
    return tuple(networks)
