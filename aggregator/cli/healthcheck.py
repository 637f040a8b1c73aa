"""``aggregator healthcheck ROLE``: is this host's scheduler, worker, consumer or server alive?

For container healthchecks (docker-compose.yml): exit 0 when alive, 1 with one line saying
why not. A scheduler promises its next heartbeat (aggregator.ops.heartbeat), a worker keeps
its lease in the frontier, a consumer reads its group at least every second.
"""

from __future__ import annotations

import argparse
import socket
import time
import urllib.error
import urllib.request

import redis

from aggregator.config import Config
from aggregator.crawl.distributed import frontier_client
from aggregator.errors import Unhealthy
from aggregator.ops.heartbeat import deadline
from aggregator.redis_connection import connect

ROLES = ("schedule", "worker", "consume", "serve")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "healthcheck", help="exit 0 when this host's ROLE process is alive"
    )
    parser.add_argument("role", choices=ROLES, metavar="ROLE", help=", ".join(ROLES))
    parser.add_argument("--group", help="consume: the consumer group")
    parser.add_argument("--max-idle", type=float, default=60.0, metavar="SECONDS",
                        help="consume: longest time without a read (default 60)")  # fmt: skip
    parser.add_argument("--port", type=int, default=8080, help="serve: its port (default 8080)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    host = socket.gethostname()
    if args.role == "serve":
        _check_serve(args.port)
    elif args.role == "schedule":
        promised = deadline(connect(config), config.keys, "schedule", host)
        if promised is None or promised < time.time():
            raise Unhealthy(f"the scheduler on {host} missed its heartbeat")
    elif args.role == "worker":
        _check_worker(config, host)
    else:
        _check_consumer(config, host, args.group, args.max_idle)
    print(f"{args.role} on {host}: alive")
    return 0


def _check_serve(port: int) -> None:
    url = f"http://127.0.0.1:{port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            response.read()
    except (urllib.error.URLError, OSError) as exc:
        raise Unhealthy(f"{url}: {exc}") from None


def _check_worker(config: Config, host: str) -> None:
    client = frontier_client(config)
    now = float(client.time()[0])
    alive = client.zrangebyscore(config.keys.frontier_workers, now, "+inf")
    names = [w.decode() if isinstance(w, bytes) else str(w) for w in alive]  # a bytes client
    if not any(name.startswith(f"{host}-") for name in names):
        raise Unhealthy(f"no worker on {host} holds a live heartbeat in the frontier")


def _check_consumer(config: Config, host: str, group: str | None, max_idle: float) -> None:
    if not group:
        raise Unhealthy("consume: give --group NAME")
    client = connect(config)
    try:
        consumers = client.xinfo_consumers(config.keys.stream, group)
    except redis.ResponseError as exc:  # no such stream or group
        raise Unhealthy(f"group {group}: {exc}") from None
    idle = [int(c["idle"]) for c in consumers if str(c["name"]).startswith(f"{host}-")]
    if not idle or min(idle) > max_idle * 1000:
        raise Unhealthy(f"no consumer of group {group} on {host} read in {max_idle:g}s")
