"""``aggregator demo``."""

from __future__ import annotations

import argparse

from aggregator.config import Config


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    raise NotImplementedError
