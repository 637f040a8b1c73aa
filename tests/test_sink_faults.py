"""Faults of the store, not of the messages: a real PostgreSQL role loses its table, its
INSERT right, its schema, its read-write database; a JSON lines file hits its size limit.
Every message stays pending, none is dead-lettered, one line says what is wrong."""

from __future__ import annotations

import resource
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import redis

from aggregator.keys import Keys
from tests.fixtures_consumer import consume_cli, read_lines, wait_for
from tests.fixtures_faults import PgRole, pg_role
from tests.test_consumer_faults import finish, pending, publish, queue_lag

__all__ = ["pg_role"]

#: How a test breaks the role's store, how it puts it right again, and whether the role's
#: sessions are cut as well (not for a missing table: the sink creates one when it connects).
BREAKS: dict[str, tuple[str, str, bool]] = {
    "table renamed away": (
        "ALTER TABLE articles RENAME TO articles_away",
        "ALTER TABLE articles_away RENAME TO articles",
        False,
    ),
    "insert revoked": (
        "REVOKE INSERT, UPDATE ON articles FROM {role}",
        "GRANT INSERT, UPDATE ON articles TO {role}",
        True,
    ),
    "schema renamed away": (
        "ALTER SCHEMA public RENAME TO public_away",
        "ALTER SCHEMA public_away RENAME TO public",
        True,
    ),
    "database read-only, sessions cut": (
        "ALTER ROLE {role} SET default_transaction_read_only = on",
        "ALTER ROLE {role} RESET default_transaction_read_only",
        True,
    ),
}


def dead_letters(client: redis.Redis, keys: Keys) -> int:
    return int(client.xlen(keys.dead_letter))


def ride_out(
    client: redis.Redis,
    keys: Keys,
    consumer: subprocess.Popen[str],
    stored: Callable[[], int],
    breaks: Callable[[], None],
    repairs: Callable[[], None],
) -> str:
    """20 messages stored, the store broken, 500 more published and held, the store put
    right, all 520 stored; the consumer's stderr."""
    try:
        publish(client, keys, 20)
        wait_for(lambda: stored() == 20, what="the first 20 messages")
        breaks()
        publish(client, keys, 500, start=20)
        wait_for(lambda: pending(client, keys) > 0, what="the consumer to read")
        time.sleep(3.0)  # many retries; before the fix, all 500 were dead-lettered by now
        assert dead_letters(client, keys) == 0
        assert stored() == 20
        assert pending(client, keys) + queue_lag(client, keys) == 500
        repairs()
        wait_for(lambda: stored() == 520, timeout=30, what="all 520 messages")
        wait_for(lambda: pending(client, keys) == 0, what="the acknowledgements")
        consumer.send_signal(signal.SIGTERM)
        status, _, err = finish(consumer)
    finally:
        consumer.kill()
    assert status == 0, err
    assert dead_letters(client, keys) == 0
    return err


def assert_said_once(err: str, what: str) -> None:
    """One warning line that the sink is down (naming ``what``), one that it is back."""
    assert "Traceback" not in err, err
    down = [line for line in err.splitlines() if "sink unavailable" in line]
    assert len(down) == 1, err
    assert what in down[0] and "stay pending" in down[0], down[0]
    assert sum("sink back" in line for line in err.splitlines()) == 1, err


@pytest.mark.parametrize("fault", list(BREAKS))
def test_a_broken_postgresql_store_keeps_every_message_pending_until_repaired(
    redis_client: redis.Redis, keys: Keys, cli_env: dict[str, str], pg_role: PgRole, fault: str
) -> None:
    broken, repaired, cut = BREAKS[fault]
    consumer = consume_cli(cli_env, "--group", "g", "--sink", pg_role.url)
    wait_for(lambda: _has_table(pg_role), what="the sink to create its table")

    def breaks() -> None:
        pg_role.run(broken)
        if cut:  # a lost connection too: the sink reconnects into the broken store
            pg_role.disconnect()

    err = ride_out(
        redis_client,
        keys,
        consumer,
        lambda: _count(pg_role),
        breaks,
        lambda: pg_role.run(repaired),
    )
    assert pg_role.count() == 520
    assert_said_once(err, "postgresql:")


def _has_table(role: PgRole) -> bool:
    row = role.admin.execute("SELECT to_regclass('public.articles')").fetchone()
    return row is not None and row[0] is not None


def _count(role: PgRole) -> int:
    """Rows stored, wherever the table is at the moment (renamed away counts too)."""
    for table in ("public.articles", "public.articles_away", "public_away.articles"):
        row = role.admin.execute("SELECT to_regclass(%s)", (table,)).fetchone()
        if row and row[0]:
            return role.count(table)
    return 0


def test_a_full_disk_keeps_jsonl_messages_pending_and_writes_no_half_batch(
    redis_client: redis.Redis, keys: Keys, cli_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "articles.jsonl"
    consumer = consume_cli(cli_env, "--group", "g", "--sink", f"jsonl:{out}")
    unlimited = resource.prlimit(consumer.pid, resource.RLIMIT_FSIZE)

    def breaks() -> None:  # the file may not grow: EFBIG, as ENOSPC would be
        resource.prlimit(consumer.pid, resource.RLIMIT_FSIZE, (out.stat().st_size, unlimited[1]))

    err = ride_out(
        redis_client,
        keys,
        consumer,
        lambda: len(read_lines(out)),
        breaks,
        lambda: resource.prlimit(consumer.pid, resource.RLIMIT_FSIZE, unlimited),
    )
    ids = [m["id"] for m in read_lines(out)]
    assert len(ids) == len(set(ids)) == 520
    assert out.read_bytes().endswith(b"\n")
    assert_said_once(err, "cannot write")
