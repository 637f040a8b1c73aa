"""``aggregator worker``: a distributed-mode crawl worker; pulls from the frontier until stopped."""

from __future__ import annotations

import argparse

from aggregator.cli.help import add_command
from aggregator.config import Config
from aggregator.crawl.distributed import run_worker
from aggregator.errors import ConfigError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "worker", "crawl requests from the shared Redis frontier until stopped",
        "REDIS_URL=redis://redis:6379/0 AGGREGATOR_DISTRIBUTED=1 aggregator worker",
        "A crawl worker of the distributed mode (docs/distributed.md): pulls feeds and\n"
        "articles from the frontier in Redis until SIGTERM or Ctrl-C. Needs\n"
        "AGGREGATOR_DISTRIBUTED=1 and REDIS_URL, like the scheduler that fills the frontier.",
    )  # fmt: skip
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    if not config.distributed:  # else it would wait for ever on a frontier nobody fills
        raise ConfigError(
            "a worker needs AGGREGATOR_DISTRIBUTED=1 (and REDIS_URL), set for the scheduler "
            "too: without it crawl and schedule fetch by themselves and queue nothing"
        )
    from aggregator_scrapy.spiders.distributed import worker_summary

    stats = run_worker(config)
    print(worker_summary(stats), flush=True)
    return 0
