"""The ``aggregator`` command: one module per command, each with ``register`` and ``run``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from aggregator import logs, options
from aggregator.cli import (
    consume,
    crawl,
    demo,
    extract,
    schedule,
    sources,
    status,
    story,
    worker,
)
from aggregator.config import Config
from aggregator.errors import AggregatorError

#: Command modules: ``register(subparsers)`` adds the parser, ``run(args, config)`` runs it.
COMMANDS: tuple[ModuleType, ...] = (
    demo,
    sources,
    crawl,
    schedule,
    consume,
    extract,
    status,
    story,
    worker,
)


_EPILOG = f"""\
{options.help_text()}

Run 'aggregator COMMAND --help' for a command's options."""


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line with the command's name, exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="aggregator",
        description="News feeds in, clean attributed articles out, on a Redis stream.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every error the operator can cause ends in one line, not a traceback."""
    args = build_parser().parse_args(argv)
    logs.configure((logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)])
    try:
        config = Config.from_env()
        status: int = args.run(args, config)
    except AggregatorError as exc:
        sys.stderr.write(f"aggregator {args.command}: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    return status
