"""``aggregator consume``: read the article stream as a consumer group into a sink."""

from __future__ import annotations

import argparse
import logging
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import redis

from aggregator.cli.help import add_command
from aggregator.config import Config, sink_spec
from aggregator.errors import RedisUnavailable
from aggregator.redis_connection import connect
from aggregator.stream.consumer import Consumer
from aggregator.stream.sinks import open_sink

logger = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "consume", "read the article stream into a sink",
        "aggregator consume --group archive --sink jsonl:articles.jsonl --idle-exit 5",
        "Read the article stream as consumer group GROUP and write each article to SINK,\n"
        "acknowledging it only after the write. A new group starts at the stream's start.",
    )  # fmt: skip
    parser.add_argument("--group", required=True, help="consumer group name")
    parser.add_argument(
        "--sink",
        help="- (JSON lines on stdout), jsonl:PATH, postgresql://... or env:VAR (the sink "
        "in variable VAR); default: AGGREGATOR_SINK, else -",
    )
    parser.add_argument("--create-table", action="store_true",
                        help="postgresql: create the table when missing")  # fmt: skip
    parser.add_argument("--name", help="consumer name within the group (default host-pid-random)")
    parser.add_argument(
        "--idle-exit",
        type=_seconds,
        metavar="SECONDS",
        help="exit 0 after this long with nothing new and nothing left to reclaim",
    )
    parser.add_argument(
        "--reclaim-after",
        type=_seconds,
        default=300.0,
        metavar="SECONDS",
        help="take over entries another consumer has held this long (default 300)",
    )
    parser.add_argument(
        "--forget-after",
        type=_seconds,
        default=86400.0,
        metavar="SECONDS",
        help="remove other consumers idle this long and holding nothing from the group "
        "(default 86400)",
    )
    parser.add_argument(
        "--batch-size", type=_positive, default=100, metavar="N", help="entries per read (100)"
    )
    parser.add_argument(
        "--max-deliveries",
        type=_positive,
        default=5,
        metavar="N",
        help="deliveries of a failing entry before it goes to the dead-letter stream (5)",
    )
    parser.add_argument(
        "--max-length",
        type=_positive,
        metavar="N",
        help="trim the stream to N entries, never dropping one a group has not acknowledged",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    sink = open_sink(sink_spec(args.sink, config), create_table=args.create_table)
    try:
        consumer = Consumer(
            connect(config),
            config.keys,
            args.group,
            args.name,
            batch_size=args.batch_size,
            reclaim_after=args.reclaim_after,
            max_deliveries=args.max_deliveries,
            max_length=args.max_length,
            forget_after=args.forget_after,
        )
        with _stop_on_signals(consumer):
            written = consumer.run(sink, idle_exit=args.idle_exit)
    except redis.RedisError as exc:
        raise RedisUnavailable(f"redis: {exc}") from None
    finally:
        sink.close()
    logger.info("consumer %s wrote %d articles", consumer.name, written)
    return 0


@contextmanager
def _stop_on_signals(consumer: Consumer) -> Iterator[None]:
    """SIGTERM and SIGINT finish the current batch, acknowledge it, and exit 0."""

    def handler(signum: int, frame: FrameType | None) -> None:
        logger.info("%s: stopping after this batch", signal.Signals(signum).name)
        consumer.stop()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _seconds(value: str) -> float:
    number = float(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return number


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return number
