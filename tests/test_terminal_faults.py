"""Text from the web printed by the CLI: control characters and bidi overrides escaped."""

from __future__ import annotations

import redis

from aggregator.cli.table import escape_controls, format_table
from aggregator.keys import Keys
from aggregator.sources.registry import Source, SourceRegistry
from tests.cli import run_cli

EVIL = "Gulf news \u202egpj.exe\x1b[2J\x07 done"


def test_control_and_bidi_characters_are_escaped_and_joiners_kept() -> None:
    assert escape_controls(EVIL) == "Gulf news \\u202egpj.exe\\u001b[2J\\u0007 done"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # ZWNJ shapes the word
    assert escape_controls(persian) == persian
    assert "\u202e" not in format_table(["title"], [[EVIL]])


def test_sources_list_and_show_print_a_hostile_title_escaped(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    SourceRegistry(redis_client, keys).add(
        Source("evil", "https://evil.example/feed.xml", title=EVIL)
    )
    for args in (["sources", "list"], ["sources", "show", "evil"]):
        done = run_cli(*args, env=cli_env)
        assert done.returncode == 0, done.stderr
        assert "\u202e" not in done.stdout and "\x1b" not in done.stdout
        assert "\\u202egpj.exe" in done.stdout
