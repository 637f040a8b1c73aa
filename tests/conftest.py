"""Shared fixtures: a real Redis (isolated by key prefix), configs and CLI environments."""

from __future__ import annotations

import ipaddress
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from hypothesis import settings

from aggregator.config import Config
from aggregator.embedded_redis import EmbeddedRedis
from aggregator.keys import Keys

#: The machine's Redis, in a database of the tests' own: per-test cleanup SCANs the whole
#: database, which must not hold benchmark or production keys.
# CI runs the property tests on a fixed sequence of examples, so a red run can be replayed;
# developers' runs explore new examples each time.
settings.register_profile("ci", derandomize=True, deadline=None, database=None)
settings.register_profile("dev", deadline=None, database=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

LOCAL_REDIS = "redis://127.0.0.1:6379/14"
REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("AGGREGATOR_SHARED_DATA", REPO.parent / "shared" / "data"))


def require_shared(*parts: str) -> Path:
    """SHARED_DATA/parts, or skip the test: a clone has no ../shared beside it."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared corpora: {path} not found (set AGGREGATOR_SHARED_DATA)")
    return path


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """REDIS_URL's server; else the one on 127.0.0.1:6379; else an embedded server."""
    url = os.environ.get("REDIS_URL")
    if url:
        yield url
        return
    try:
        redis.Redis.from_url(LOCAL_REDIS, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pass
    else:
        yield LOCAL_REDIS
        return
    server = EmbeddedRedis(tmp_path_factory.mktemp("embedded"))
    server.start()
    yield server.url
    client = redis.Redis.from_url(server.url)
    server.release(client)


@pytest.fixture
def keys() -> Keys:
    """Keys under a prefix of this test's own."""
    return Keys(prefix=f"test:{uuid.uuid4().hex[:12]}:")


@pytest.fixture
def redis_client(redis_url: str, keys: Keys) -> Iterator[redis.Redis]:
    """A client of the test Redis; every key under the test's prefix is deleted afterwards."""
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    yield client
    for key in client.scan_iter(match=keys.all_pattern(), count=1000):
        client.delete(key)
    client.close()


@pytest.fixture
def config(redis_url: str, keys: Keys, tmp_path: Path) -> Config:
    """A Config on the test Redis, allowed to fetch from loopback."""
    return Config(
        redis_url=redis_url,
        data_dir=tmp_path / "var",
        allow_networks=(ipaddress.ip_network("127.0.0.0/8"),),
        keys=keys,
    )


@pytest.fixture
def cli_env(config: Config, redis_client: redis.Redis) -> dict[str, str]:
    """The environment for running the CLI in a subprocess against ``config``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env.update(
        REDIS_URL=config.redis_url or "",
        AGGREGATOR_DATA_DIR=str(config.data_dir),
        AGGREGATOR_KEY_PREFIX=config.keys.prefix,
        AGGREGATOR_ALLOW_NETWORKS="127.0.0.0/8",
        PYTHONWARNINGS="error::DeprecationWarning",
    )
    return env
