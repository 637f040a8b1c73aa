"""A real short write (the file size limit, as on a full disk) to the JSON lines sink: the
half-written batch is cut off again, the batch stays pending, and a later consumer writes it."""

from __future__ import annotations

import resource
import signal
from pathlib import Path

import redis

from aggregator.keys import Keys
from tests.fixtures_consumer import consume_cli, read_lines
from tests.test_consumer_faults import finish, pending, publish

#: Bytes the first consumer may write: two batches of 10 articles and part of a third.
LIMIT = 80_000


def _limited() -> None:
    # In the child before exec: writes past LIMIT come back short, then fail with EFBIG
    # (Python ignores SIGXFSZ, so the process is not killed).
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def test_a_short_write_leaves_no_half_batch(
    redis_client: redis.Redis, keys: Keys, cli_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "articles.jsonl"
    publish(redis_client, keys, 100)
    args = ["--group", "g", "--sink", f"jsonl:{out}", "--batch-size", "10"]
    first = consume_cli(cli_env, *args, preexec_fn=_limited)
    try:
        assert first.stderr is not None
        warned = first.stderr.readline()  # its first word to the operator: the failed write
        first.send_signal(signal.SIGTERM)
        status, _, err = finish(first)
        err = warned + err
    finally:
        first.kill()
    assert status == 0, err
    assert "sink unavailable" in err and "stay pending" in err and "short write" in err, err
    data = out.read_bytes()
    assert data.endswith(b"\n") and len(data) <= LIMIT
    written = [m["id"] for m in read_lines(out)]  # every line whole JSON
    assert len(written) % 10 == 0 and 0 < len(written) < 100
    assert pending(redis_client, keys) == 10  # the refused batch, not acknowledged

    second = consume_cli(cli_env, *args, "--reclaim-after", "0.1", "--idle-exit", "1")
    status, _, err = finish(second)
    assert status == 0, err
    ids = [m["id"] for m in read_lines(out)]
    assert len(ids) == len(set(ids)) == 100
    assert pending(redis_client, keys) == 0
