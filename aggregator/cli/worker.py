"""``aggregator worker``: a distributed-mode crawl worker; pulls from the frontier until stopped."""

from __future__ import annotations

import argparse

from aggregator.config import Config
from aggregator.crawl.distributed import run_worker


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "worker", help="crawl requests from the shared Redis frontier until stopped"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    from aggregator_scrapy.spiders.distributed import worker_summary

    stats = run_worker(config)
    print(worker_summary(stats), flush=True)
    return 0
