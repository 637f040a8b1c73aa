"""The one table of options: Config, the CLI's help and the README all come from it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aggregator.config import DEFAULT_SETTINGS, Config
from aggregator.errors import ConfigError
from aggregator.options import OPTIONS, markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_readme_table_is_the_declared_one() -> None:
    # Regenerate it with: python -c "from aggregator.options import markdown_table as t; print(t())"
    assert markdown_table() in README.read_text(encoding="utf-8")


def test_the_cli_help_lists_every_option() -> None:
    done = subprocess.run([sys.executable, "-m", "aggregator", "--help"], capture_output=True,
                          text=True, check=True)  # fmt: skip
    assert [o.name for o in OPTIONS if f"\n  {o.name} " in done.stdout] == [o.name for o in OPTIONS]


def test_every_option_fills_config_and_defaults_hold(tmp_path: Path) -> None:
    publishers = tmp_path / "publishers.toml"
    publishers.write_text("publisher = []\n")
    env = {"REDIS_URL": "redis://r:6379/2", "AGGREGATOR_DATA_DIR": "/srv/agg",
           "AGGREGATOR_DISTRIBUTED": "1", "AGGREGATOR_ALLOW_NETWORKS": "10.0.0.0/8",
           "AGGREGATOR_LOG_FORMAT": "json", "AGGREGATOR_KEY_PREFIX": "x:",
           "AGGREGATOR_STREAM": "s", "AGGREGATOR_SETTINGS": "my.settings",
           "AGGREGATOR_PUBLISHERS_FILE": str(publishers),
           "AGGREGATOR_CONTACT_URL": "https://example.org/bot",
           "AGGREGATOR_HOST_DELAY": "2.5", "AGGREGATOR_HOST_CONCURRENCY": "3"}  # fmt: skip
    assert sorted(env) == sorted(o.name for o in OPTIONS)
    config = Config.from_env(env)
    assert (config.redis_url, config.data_dir, config.distributed) == (
        "redis://r:6379/2", Path("/srv/agg"), True)  # fmt: skip
    assert [str(n) for n in config.allow_networks] == ["10.0.0.0/8"]
    assert (config.log_format, config.keys.prefix, config.keys.stream_name) == ("json", "x:", "s")
    assert (config.settings_module, config.publishers_file) == ("my.settings", publishers)
    assert (config.contact_url, config.host_delay, config.host_concurrency) == (
        "https://example.org/bot", 2.5, 3)  # fmt: skip
    assert Config.from_env({}) == Config()
    assert Config().settings_module == DEFAULT_SETTINGS


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("REDIS_URL", "http://r", "REDIS_URL must start with redis://"),
        ("AGGREGATOR_DISTRIBUTED", "maybe", "AGGREGATOR_DISTRIBUTED must be 1 or 0"),
        ("AGGREGATOR_ALLOW_NETWORKS", "10.0.0.0/33", "'10.0.0.0/33' is not a CIDR"),
        ("AGGREGATOR_LOG_FORMAT", "xml", "AGGREGATOR_LOG_FORMAT must be text or json"),
        ("AGGREGATOR_PUBLISHERS_FILE", "/no/such.toml", "no such file"),
        ("AGGREGATOR_HOST_DELAY", "soon", "AGGREGATOR_HOST_DELAY must be a number"),
        ("AGGREGATOR_HOST_CONCURRENCY", "0", "AGGREGATOR_HOST_CONCURRENCY must be at least 1"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable(name: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("/", ".").replace("(", ".")):
        Config.from_env({name: value})
