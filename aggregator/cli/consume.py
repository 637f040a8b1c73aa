"""``aggregator consume``: read the article stream as a consumer group into a sink."""

from __future__ import annotations

import argparse

from aggregator.config import Config


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("consume", help="read the article stream into a sink")
    parser.add_argument("--group", required=True, help="consumer group name")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    raise NotImplementedError("issue 7 builds the consumer")
