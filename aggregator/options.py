"""Every environment variable the service reads, declared once: name, type, default, help.

``Config`` is built from this table, the CLI's help lists it and the README's configuration
table is written from it (``markdown_table``; tests/test_options.py keeps them in step).
"""

from __future__ import annotations

import ipaddress
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aggregator.errors import ConfigError

#: The Scrapy settings module used unless AGGREGATOR_SETTINGS names another.
DEFAULT_SETTINGS = "aggregator_scrapy.settings.production"
CONTACT_URL = "https://github.com/aggregator-news/aggregator"

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
#: Reads one variable's non-empty text (its name first, for the error line) into a value.
Parser = Callable[[str, str], Any]


@dataclass(frozen=True)
class Option:
    """One environment variable: the ``Config`` field it fills, how its text is read and
    checked, its value when unset or empty, and the words the docs and the CLI show."""

    name: str
    field: str
    parse: Parser
    default: Any
    shown_default: str
    help: str
    contract: bool = False  # part of ../shared/CONTRACT.md, not only this project's

    def read(self, env: Mapping[str, str]) -> Any:
        raw = env.get(self.name, "").strip()
        return self.parse(self.name, raw) if raw else self.default


def text(name: str, raw: str) -> str:
    return raw


def redis_url(name: str, raw: str) -> str:
    if not raw.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError(f"{name} must start with redis://, rediss:// or unix://, not {raw!r}")
    return raw


def flag(name: str, raw: str) -> bool:
    value = raw.lower()
    if value in ("0", "false", "no"):
        return False
    if value in ("1", "true", "yes"):
        return True
    raise ConfigError(f"{name} must be 1 or 0, not {value!r}")


def networks(name: str, raw: str) -> tuple[Network, ...]:
    found = []
    for part in filter(None, (p.strip() for p in raw.split(","))):
        try:
            found.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            raise ConfigError(f"{name}: {part!r} is not a CIDR") from None
    return tuple(found)


def existing_file(name: str, raw: str) -> Path:
    if not Path(raw).is_file():
        raise ConfigError(f"{name}: no such file {raw!r}")
    return Path(raw)


def one_of(*choices: str) -> Parser:
    def parse(name: str, raw: str) -> str:
        if raw not in choices:
            raise ConfigError(f"{name} must be {' or '.join(choices)}, not {raw!r}")
        return raw

    return parse


def at_least(minimum: float, kind: Callable[[float], Any] = float) -> Parser:
    def parse(name: str, raw: str) -> Any:
        try:
            value = float(raw)
        except ValueError:
            raise ConfigError(f"{name} must be a number, not {raw!r}") from None
        if value < minimum:
            raise ConfigError(f"{name} must be at least {minimum}, not {value}")
        return kind(value)

    return parse


OPTIONS: tuple[Option, ...] = (
    Option("REDIS_URL", "redis_url", redis_url, None,
           "unset: embedded Redis under the data directory",
           "Redis for queue, dedup index, sources and schedule "
           "(`redis://`, `rediss://`, `unix://`)", contract=True),
    Option("AGGREGATOR_DATA_DIR", "data_dir", lambda _, raw: Path(raw), Path("var"), "`./var`",
           "where embedded state lives", contract=True),
    Option("AGGREGATOR_DISTRIBUTED", "distributed", flag, False, "unset",
           "`1`: `crawl` and `schedule` fill the shared frontier; `aggregator worker` fetches",
           contract=True),
    Option("AGGREGATOR_ALLOW_NETWORKS", "allow_networks", networks, (), "empty",
           "CIDRs that may be fetched although private or loopback", contract=True),
    Option("AGGREGATOR_LOG_FORMAT", "log_format", one_of("text", "json"), "text", "`text`",
           "`text`, or `json`: one JSON object per line on stderr", contract=True),
    Option("AGGREGATOR_KEY_PREFIX", "key_prefix", text, "aggregator:", "`aggregator:`",
           "prefix of every Redis key, to share one Redis between deployments"),
    Option("AGGREGATOR_STREAM", "stream_name", text, "articles", "`articles`",
           "name of the article stream (under the prefix)"),
    Option("AGGREGATOR_SETTINGS", "settings_module", text, DEFAULT_SETTINGS,
           f"`{DEFAULT_SETTINGS}`", "Scrapy settings module"),
    Option("AGGREGATOR_PUBLISHERS_FILE", "publishers_file", existing_file, None, "unset",
           "your publisher table (TOML), merged over the bundled one"),
    Option("AGGREGATOR_CONTACT_URL", "contact_url", text, CONTACT_URL, "the project's page",
           "where site owners reach you; sent in the User-Agent"),
    Option("AGGREGATOR_HOST_DELAY", "host_delay", at_least(0), None, "`0` (`1` distributed)",
           "seconds between two requests to one host (fleet-wide when distributed)"),
    Option("AGGREGATOR_HOST_CONCURRENCY", "host_concurrency", at_least(1, int), 1, "`1`",
           "requests in flight per host"),
)  # fmt: skip


def markdown_table() -> str:
    """The README's configuration table."""
    rows = [f"| `{o.name}` | {o.help} | {o.shown_default} |" for o in OPTIONS]
    return "\n".join(["| variable | meaning | default |", "|---|---|---|", *rows])


def help_text() -> str:
    """The ``environment:`` section of ``aggregator --help``."""
    width = max(len(o.name) for o in OPTIONS) + 4
    lines = [
        textwrap.fill(
            f"{_plain(o.help)}; default: {_plain(o.shown_default)}",
            width=100,
            initial_indent=f"  {o.name:<{width - 2}}",
            subsequent_indent=" " * width,
        )
        for o in OPTIONS
    ]
    return "environment:\n" + "\n".join(lines)


def _plain(words: str) -> str:
    return words.replace("`", "")
