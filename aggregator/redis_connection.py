"""One way to get a Redis client: REDIS_URL's server, or the embedded one."""

from __future__ import annotations

import atexit

import redis

from aggregator.config import Config
from aggregator.embedded_redis import EmbeddedRedis
from aggregator.errors import RedisUnavailable

_clients: dict[tuple[str | None, str], redis.Redis] = {}


def connect(config: Config) -> redis.Redis:
    """The process's client for the configured Redis, checked with a PING when first made.

    With REDIS_URL unset the embedded server is started (or joined) and released again
    when the process exits.
    """
    key = (config.redis_url, str(config.data_dir))
    if key not in _clients:
        _clients[key] = _connect(config)
    return _clients[key]


def _connect(config: Config) -> redis.Redis:
    if config.redis_url:
        client = redis.Redis.from_url(config.redis_url, decode_responses=True)
        where = _redacted(config.redis_url)
    else:
        server = EmbeddedRedis(config.data_dir)
        server.start()
        client = redis.Redis.from_url(server.url, decode_responses=True)
        atexit.register(server.release, client)
        where = f"embedded redis in {server.dir}"
    try:
        client.ping()
    except redis.RedisError as exc:
        raise RedisUnavailable(f"cannot reach {where}: {exc}") from None
    return client


def _redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at:
        return url
    user = credentials.split(":", 1)[0]
    return f"{scheme}{sep}{user + ':***' if user else '***'}@{host}"
