"""``aggregator deadletters``: list, replay or drop the entries no sink could take."""

from __future__ import annotations

import argparse

from aggregator.cli.help import add_command
from aggregator.cli.table import format_table
from aggregator.config import Config
from aggregator.errors import InvalidInput
from aggregator.redis_connection import connect
from aggregator.stream.deadletters import dead_letters, drop, replay


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "deadletters", "list, replay or drop the articles no sink could take",
        "aggregator deadletters replay --all --yes",
        "Entries a consumer gave up on after --max-deliveries go to the dead-letter stream\\n"
        "with their error. Fix the cause, then replay them (back on the article stream,\\n"
        "which every group reads again; sinks upsert by id) or drop them.",
    )  # fmt: skip
    actions = parser.add_subparsers(dest="deadletters_command", metavar="ACTION", required=True)
    listing = add_command(actions, "list", "every dead letter with its error",
                          "aggregator deadletters list")  # fmt: skip
    listing.set_defaults(run=run_list)
    for action, summary, run in (
        ("replay", "put dead letters back on the article stream", run_replay),
        ("drop", "delete dead letters for good", run_drop),
    ):
        sub = add_command(actions, action, summary, f"aggregator deadletters {action} --all --yes")
        sub.add_argument("ids", nargs="*", metavar="ID", help="dead-letter ids (from list)")
        sub.add_argument("--all", action="store_true", help="every dead letter")
        sub.add_argument("--yes", action="store_true", help="really do it")
        sub.set_defaults(run=run)


def run_list(args: argparse.Namespace, config: Config) -> int:
    letters = dead_letters(connect(config), config.keys)
    if not letters:
        print(f"no dead letters in {config.keys.dead_letter}")
        return 0
    rows = [[d.dead_id, d.group, d.deliveries, d.failed_at, d.error, d.url] for d in letters]
    headers = ["id", "group", "deliveries", "failed at", "error", "url"]
    print(format_table(headers, rows, width=50))
    return 0


def run_replay(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    letters = dead_letters(client, config.keys, _chosen(args, "replay"))
    replay(client, config.keys, letters)
    print(f"replayed {len(letters)} dead letters onto {config.keys.stream}")
    return 0


def run_drop(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    letters = dead_letters(client, config.keys, _chosen(args, "drop"))
    print(f"dropped {drop(client, config.keys, letters)} dead letters")
    return 0


def _chosen(args: argparse.Namespace, action: str) -> list[str] | None:
    """The ids to act on (None: all); refuses without --yes, saying what it would do."""
    if bool(args.ids) == bool(args.all):
        raise InvalidInput(f"name the dead letters to {action} (IDs from list) or give --all")
    if not args.yes:
        what = "every dead letter" if args.all else f"{len(args.ids)} dead letter(s)"
        raise InvalidInput(f"{action} {what}: add --yes to do it")
    return None if args.all else list(args.ids)
