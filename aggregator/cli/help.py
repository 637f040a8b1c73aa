"""Every command's help has a description and one example: ``add_command`` makes sure."""

from __future__ import annotations

import argparse


def add_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    example: str,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """A subcommand whose ``--help`` starts with ``description`` (default: the one-line
    ``summary`` the parent lists) and ends with ``example``."""
    return subparsers.add_parser(
        name,
        help=summary,
        description=description or summary[:1].upper() + summary[1:] + ".",
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
