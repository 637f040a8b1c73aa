"""``aggregator serve``: the operators' read-only HTTP service (docs/operators.md)."""

from __future__ import annotations

import argparse
import logging
import socket

from aggregator.cli.help import add_command
from aggregator.config import Config
from aggregator.errors import ConfigError
from aggregator.redis_connection import connect

logger = logging.getLogger(__name__)

#: Seconds any Redis call of ``serve`` may wait (connect or answer), set here rather than
#: left to redis-py's default (5 s in 8.1, none before 6): a hung Redis turns /healthz into
#: a 503 well within ``aggregator healthcheck serve``'s own 5 s and a probe's few seconds,
#: while a healthy Redis answers a 1,000-source reading in milliseconds.
REDIS_TIMEOUT = 2.0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "serve", "HTTP: /healthz, /metrics, /api/..., and a dashboard at /",
        "aggregator serve --port 8080",
    )  # fmt: skip
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; no login)"
    )
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    import uvicorn  # only this command needs the web stack

    from aggregator.web.app import create_app

    _check_address(args.host, args.port)
    app = create_app(connect(config, timeout=REDIS_TIMEOUT), config)
    logger.info("serving on http://%s:%d/", args.host, args.port)
    # log_config=None: uvicorn's records go through our handler (text or JSON, and its
    # per-request access lines only with -v).
    uvicorn.run(app, host=args.host, port=args.port, log_config=None, access_log=True)
    return 0


def _check_address(host: str, port: int) -> None:
    """Fail with one line before starting when the address cannot be listened on."""
    if not 0 < port < 65536:
        raise ConfigError(f"--port must be between 1 and 65535, not {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
