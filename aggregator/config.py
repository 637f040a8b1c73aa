"""The service's configuration, read from the environment in this one place."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from aggregator.keys import Keys
from aggregator.options import CONTACT_URL, OPTIONS
from aggregator.options import DEFAULT_SETTINGS as DEFAULT_SETTINGS  # re-exported
from aggregator.options import Network as Network  # re-exported

LogFormat = Literal["text", "json"]


@dataclass(frozen=True)
class Config:
    """The environment variables of ``aggregator.options.OPTIONS`` as typed values (each
    field is named there, with its variable, default and meaning); ``keys`` holds
    AGGREGATOR_KEY_PREFIX and AGGREGATOR_STREAM. ``host_delay`` None: the settings' own
    default (0, or 1 s fleet-wide when distributed)."""

    redis_url: str | None = None
    data_dir: Path = Path("var")
    distributed: bool = False
    allow_networks: tuple[Network, ...] = ()
    keys: Keys = field(default_factory=Keys)
    settings_module: str = DEFAULT_SETTINGS
    publishers_file: Path | None = None
    log_format: LogFormat = "text"
    contact_url: str = CONTACT_URL
    host_delay: float | None = None
    host_concurrency: int = 1

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Config:
        """Every option read and checked; a bad value raises ConfigError (one line)."""
        env = os.environ if env is None else env
        values = {option.field: option.read(env) for option in OPTIONS}
        keys = Keys(prefix=values.pop("key_prefix"), stream_name=values.pop("stream_name"))
        return cls(keys=keys, **values)
