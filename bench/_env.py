"""What a benchmark needs from outside: the shared corpora, and a Redis it was given or started."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: Exit status of a benchmark that cannot run here (automake's "skipped"); bench/__main__ counts it.
SKIPPED = 77


def shared_data() -> Path:
    """``AGGREGATOR_SHARED_DATA``, else ``../shared/data`` beside the repository."""
    return Path(os.environ.get("AGGREGATOR_SHARED_DATA", REPO.parent / "shared" / "data"))


def require_shared(*parts: str) -> Path:
    """The shared path ``parts``; exits SKIPPED with one line when it is missing."""
    path = shared_data().joinpath(*parts)
    if not path.exists():
        print(f"skipped: {path} not found (set AGGREGATOR_SHARED_DATA)", file=sys.stderr)
        raise SystemExit(SKIPPED)
    return path


@contextmanager
def bench_redis() -> Iterator[str]:
    """REDIS_URL when the operator gave one, else a private embedded server stopped afterwards:
    a benchmark never writes to a Redis it was neither given nor started."""
    import redis  # here: the corpus helpers above are imported by light scripts too

    from aggregator.embedded_redis import EmbeddedRedis

    given = os.environ.get("REDIS_URL")
    if given:
        yield given
        return
    with tempfile.TemporaryDirectory(prefix="aggregator-bench-") as tmp:
        server = EmbeddedRedis(Path(tmp))
        server.start()
        try:
            yield server.url
        finally:
            server.release(redis.Redis.from_url(server.url))
