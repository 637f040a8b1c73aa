"""``aggregator frontier clear``: empty the distributed mode's shared frontier."""

from __future__ import annotations

import argparse

from aggregator.cli.help import add_command
from aggregator.config import Config
from aggregator.crawl.distributed import frontier_client
from aggregator.crawl.frontier import Frontier
from aggregator.errors import InvalidInput


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "frontier", "the distributed mode's shared frontier: clear it",
        "aggregator frontier clear --yes",
    )  # fmt: skip
    actions = parser.add_subparsers(dest="frontier_command", metavar="ACTION", required=True)
    clear = add_command(
        actions, "clear", "forget every queued and leased request and the seen window",
        "aggregator frontier clear --yes",
        "Forget every feed and article request waiting in the frontier, those leased to\n"
        "workers, and the window of requests seen. Stop the workers first: clear refuses\n"
        "while any is alive (a stopped worker counts as alive for up to 30 s).",
    )  # fmt: skip
    clear.add_argument("--yes", action="store_true", help="really clear it")
    clear.set_defaults(run=run_clear)


def run_clear(args: argparse.Namespace, config: Config) -> int:
    frontier = Frontier(frontier_client(config), config.keys)
    counts = frontier.counts()
    if counts["workers"]:
        raise InvalidInput(f"{counts['workers']} workers are alive: stop them, then clear")
    waiting = f"{counts['feeds']} feeds, {counts['requests']} requests, {counts['inflight']} leased"
    if not args.yes:
        raise InvalidInput(f"clear forgets {waiting}: add --yes to do it")
    frontier.clear()
    print(f"cleared the frontier: forgot {waiting}")
    return 0
