"""``aggregator story ID``: a story's original and every copy, with their credit lines."""

from __future__ import annotations

import argparse

from aggregator.cli.output import add_json_flag, print_json
from aggregator.cli.table import format_table
from aggregator.config import Config
from aggregator.dedup.stories import Story, read_story
from aggregator.ops.documents import story_document
from aggregator.redis_connection import connect


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "story", help="show a story: its original and every copy with its credit lines"
    )
    parser.add_argument("id", metavar="ID", help="a story id, or the id of any of its articles")
    add_json_flag(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    story = read_story(connect(config), config.keys, args.id)
    if args.json:
        print_json(story_document(story))
    else:
        print(format_story(story))
    return 0


def format_story(story: Story) -> str:
    """A heading, then one row per article (the original first), then the credit lines."""
    outlets = ", ".join(story.outlets)
    lines = [f"story {story.story_id}: {len(story.members)} article(s) from {outlets}", ""]
    rows = [
        [
            "original" if m.original else "copy",
            m.id,
            m.outlet,
            m.card.get("published"),
            m.card.get("title"),
            m.card.get("url"),
        ]
        for m in story.members
    ]
    lines.append(format_table(["role", "id", "outlet", "published", "title", "url"], rows, 80))
    for member in story.members:
        found = member.card.get("credit_lines")
        credits = [str(c) for c in found] if isinstance(found, list) else []
        publisher = member.card.get("original_publisher")
        if credits or publisher:
            lines.append(f"\n{member.id} ({member.outlet}) credits {publisher or '-'}:")
            lines += [f"  {line}" for line in credits]
    return "\n".join(lines)
