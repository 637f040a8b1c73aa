"""``aggregator demo`` as ``make demo`` runs it: no REDIS_URL, an embedded Redis."""

from __future__ import annotations

from pathlib import Path

from tests.cli import run_cli


def test_demo_on_embedded_redis_shows_attribution_and_copies(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    env = {k: v for k, v in cli_env.items() if k not in ("REDIS_URL", "AGGREGATOR_KEY_PREFIX")}
    env["AGGREGATOR_DATA_DIR"] = str(tmp_path / "var")

    result = run_cli("demo", env=env)

    assert result.returncode == 0, result.stderr
    assert "redis: embedded" in result.stdout
    assert "20 articles reached consumer group 'demo'" in result.stdout
    # The blog is crawled first: its copies were linked when their originals arrived.
    assert "copies crawled before their original were linked to it by an update" in result.stdout
    rows = [line for line in result.stdout.splitlines() if "valley-notes" in line]
    seed_copy = next(r for r in rows if r.startswith("Taliban Government Denies"))
    assert "The Gulf Ledger" in seed_copy  # credited publisher
    assert "Taliban government denies" in seed_copy  # duplicate of the Ledger's original
    assert seed_copy.rstrip().endswith("by update")
    assert any("Al Jazeera" in r for r in rows)  # the "(Courtesy: Al-Jazeera)" post
    assert result.stderr == ""
    # The embedded server kept its data under the data dir and was shut down at exit.
    assert (tmp_path / "var" / "redis" / "appendonly.aof").exists()
    assert not (tmp_path / "var" / "redis" / "redis.sock").exists()
