"""``aggregator schedule``: crawl each source when it is due, for ever."""

from __future__ import annotations

import argparse
import functools
import logging
import signal
import threading
import time
from collections.abc import Sequence
from types import FrameType

from aggregator.config import Config
from aggregator.crawl.distributed import enqueue_pass
from aggregator.crawl.runner import crawl_in_child
from aggregator.ops import heartbeat
from aggregator.ops.passes import recorded_pass
from aggregator.redis_connection import connect
from aggregator.sources.registry import Source
from aggregator.sources.schedule import Scheduler

logger = logging.getLogger(__name__)

#: Longest wait between two passes; and the slack a heartbeat's deadline allows on top.
IDLE = 30.0
SLACK = 60.0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("schedule", help="crawl each source when it is due, for ever")
    parser.add_argument("--once", action="store_true", help="one pass over what is due, then exit")
    parser.add_argument(
        "--lease",
        type=float,
        default=600.0,
        metavar="SECONDS",
        help="how long a claim on a source lasts without renewal (default 600)",
    )
    parser.add_argument(
        "--batch",
        type=int,
        default=50,
        metavar="N",
        help="sources crawled together in one pass (default 50)",
    )
    parser.add_argument("--crawl-timeout", type=float, default=1800.0, metavar="SECONDS",
                        help="a pass running longer is stopped (default 1800)")  # fmt: skip
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    crawl = functools.partial(_crawl, config, timeout=args.crawl_timeout)
    scheduler = Scheduler(
        client,
        config.keys,
        crawl,
        lease=args.lease,
        batch=max(1, args.batch),
        deferred=config.distributed,
    )
    if args.once:
        crawled = scheduler.run_once()
        print(f"crawled {len(crawled)} sources: {', '.join(crawled) or '-'}")
        return 0
    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    def _beat() -> None:  # claiming and rescheduling take seconds; the crawl beats itself
        heartbeat.beat(client, config.keys, "schedule", time.time() + IDLE + SLACK)

    signal.signal(signal.SIGTERM, _stop)
    logger.info("scheduler %s started", scheduler.token)
    scheduler.run_forever(stop, idle=IDLE, beat=_beat)
    return 0


def _crawl(config: Config, sources: Sequence[Source], timeout: float) -> None:
    """One scheduler pass's crawl, logged and measured; its heartbeat covers the timeout."""
    client = connect(config)
    heartbeat.beat(client, config.keys, "schedule", time.time() + timeout + SLACK)
    with recorded_pass(client, config.keys, "schedule", [s.name for s in sources]):
        if config.distributed:  # the workers fetch; this pass only hands them the feeds
            report = enqueue_pass(config, sources)
            logger.info("queued %d feeds, put back %d lost requests", report.feeds, report.requeued)
            return
        logger.debug("crawling %s", ", ".join(s.name for s in sources))
        code = crawl_in_child(config, sources, timeout=timeout)
        if code != 0:
            logger.warning("the crawl process ended with %s", "a timeout" if code is None else code)
