"""A credit's whole block leaves with it (issue 14, the tenth conventions round). Republished
pages rarely carry one credit line: a footer adds the permission, the licence, the link to the
original and the original's own pitch ("This article originally appeared in Civil Eats." /
"Civil Eats is a daily news source …" / "Reprinted with permission."), a portal's header the
time stamp and its "Read original" row ("Source: NDTV" / "Updated: March 4, 2026 11:42 IST" /
"Read original"), a wire's trailer the writers who contributed and its rights notice.

Once a credit line at one of the text's edges is decided, the lines next to it that are such
furniture (conventions/block_furniture.py), or that describe the decided original by its name,
leave too: contiguous with the credit (through the block's other credit lines), on its edge's
side of the story. Nothing else decides it: the site's own licence, newsletter or time stamp
with no credit beside it stays."""

# ruff: noqa: RUF001, RUF003  (dashes and letters of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from aggregator.attribution.conventions import block_furniture, notice_runs
from aggregator.attribution.conventions.regex_parts import FLAGS

#: A block's credit stands among the text's first or last lines.
EDGE_LINES = 5
#: A block holds a few lines on either side of its credit.
MAX_REACH = 5


def furniture_around(
    lines: Sequence[str], credits: Iterable[int], passable: Iterable[int], names: Iterable[str]
) -> set[int]:
    """The indices of ``lines`` that are furniture of the credit block around one of
    ``credits`` (indices of whole lines leaving as credits at the edges); ``passable`` lines
    (a photo's credit) go on the block without being its credit; ``names``: the decided
    original's spellings, as written."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return set()
    edges = set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])
    going = set(credits)
    crossing = going | set(passable)
    spelled = {n for n in names if n}
    found: set[int] = set()
    for anchor in sorted(going & edges):
        position = filled.index(anchor)
        for step in (-1, 1):
            at, reach = position + step, 0
            while 0 <= at < len(filled) and reach < MAX_REACH:
                index = filled[at]
                if index not in crossing:
                    if not _furniture(lines[index], spelled):
                        break
                    found.add(index)
                at, reach = at + step, reach + 1
    # The original's rights notice at the tail, over all of its lines (notice_runs.py).
    return found | notice_runs.tail_notice(lines, spelled)


def _furniture(line: str, names: set[str]) -> bool:
    if block_furniture.link_required(line):
        # "ссылка на ТАСС обязательна" under TASS's credit; a link to the site asked for
        # ("ссылка на «Вести Приморья» обязательна", "на сайт") is the site's own notice
        return _names_one(line, names)
    return block_furniture.furniture(line) or pitch_of(line, names) or describes(line, names)


def _names_one(line: str, names: set[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", line) for n in names if len(n) >= 2)


#: The original's own pitch under its credit: its newsletter, its accounts ("Sign up for their
#: newsletters at ckbe.at/newsletters", "Subscribe to their newsletter").
_PITCH = re.compile(
    r"^(?:sign\s+up|subscribe|follow|get)\b[^\n]{0,200}$",
    FLAGS,
)
_THEIR = re.compile(r"\btheir\b", FLAGS)


def pitch_of(line: str, names: set[str]) -> bool:
    """Whether ``line`` is the original's pitch: a newsletter or follow line saying "their" or
    naming one of ``names`` (as written)."""
    line = line.strip()
    if _PITCH.match(line) is None:
        return False
    return _THEIR.search(line) is not None or any(
        re.search(rf"(?<!\w){re.escape(n)}(?!\w)", line) for n in names if len(n) >= 3
    )


#: The original describing itself, opening with its name: "Civil Eats is a daily news source
#: …", "Chalkbeat is a nonprofit news site …", "Grist ist ein …".
_SELF_DESCRIPTION = re.compile(
    r"\s+(?:is|are|ist|sind|est|es|è|é|is\s+een|är|er|jest|adalah|merupakan|—|–)\s+\w",
    FLAGS,
)


def describes(line: str, names: set[str]) -> bool:
    """Whether ``line`` opens with one of ``names`` (as written) and says what it is."""
    line = line.strip()
    if len(line) > 2 * block_furniture.MAX_CHARS:
        return False
    for name in names:
        if len(name) < 3:
            continue
        for opening in (name, "The " + name):
            if line.startswith(opening) and _SELF_DESCRIPTION.match(line, len(opening)):
                return True
    return False
