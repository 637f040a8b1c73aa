"""The ``aggregator`` command: one module per command, each with ``register`` and ``run``."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from types import ModuleType

from aggregator import __version__, logs, options
from aggregator.cli import (
    consume,
    crawl,
    demo,
    extract,
    healthcheck,
    schedule,
    serve,
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
    serve,
    healthcheck,
)

#: A closed stdout (``aggregator status | head -1``) ends the command as SIGPIPE would.
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE

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
    parser.add_argument("--version", action="version", version=f"aggregator {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for module in COMMANDS:
        module.register(subparsers)
    _add_verbosity(parser, 0)
    return parser


def _add_verbosity(parser: argparse.ArgumentParser, depth: int) -> None:
    """-v/-q on the command and on every subcommand, each level counted apart (argparse
    lets a subcommand's defaults overwrite its parent's) and summed by ``_verbosity``."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-v", "--verbose", action="count", default=0, dest=f"verbose_{depth}",
                       help="more logging (-vv: debug)")  # fmt: skip
    group.add_argument("-q", "--quiet", action="count", default=0, dest=f"quiet_{depth}",
                       help="warnings and errors only")  # fmt: skip
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in set(action.choices.values()):
                _add_verbosity(child, depth + 1)


def _verbosity(args: argparse.Namespace) -> int:
    values = vars(args)
    verbose = sum(v for k, v in values.items() if k.startswith("verbose_"))
    quiet = sum(v for k, v in values.items() if k.startswith("quiet_"))
    return -1 if quiet and not verbose else verbose


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every error the operator can cause ends in one line, not a traceback."""
    args = build_parser().parse_args(argv)
    try:
        config = Config.from_env()
        logs.configure(_verbosity(args), config.log_format)
        status: int = args.run(args, config)
        sys.stdout.flush()  # here, not at exit, so a closed pipe is caught below
    except AggregatorError as exc:
        sys.stderr.write(f"aggregator {args.command}: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (| head): nothing more to say. Point stdout at /dev/null so
        # the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return status
