"""A news aggregator's page of a story it did not write (Dailyhunt-like apps): its disclaimer
says so ("Disclaimer: This story is auto-aggregated by a computer program and has not been
created or edited by <app>"), and the publisher's chip over the headline ("<img> Dainik
Bhaskar [Follow]") names who wrote it, with no credit wording of its own."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from aggregator.attribution.conventions.datelines import Accept
from aggregator.attribution.line_readers.credit import Credit
from aggregator.attribution.names import Trust

#: The app's own words: the story was put on the page by a program, or not written by it.
DISCLAIMER = re.compile(
    r"\bauto-?aggregated\b|\bhas\s+not\s+been\s+(?:created|written)\s+or\s+edited\s+by\s",
    re.IGNORECASE,
)
#: A disclaimer is a sentence; a longer line is the story's own (quoting such a note).
MAX_DISCLAIMER_CHARS = 300
#: The chip is among the first lines beside the text (over the headline and its time).
CHIP_LINES = 3
CHIP_MAX_WORDS = 5
CHIP_MAX_CHARS = 48
#: What a name never holds: a time or date's digits, a sentence's or a label's marks.
_NOT_A_NAME = re.compile(r"[\d:|?!]|[.。।]$")


#: Words one of which every disclaimer holds (speed: a substring test spares the pattern's
#: scan of nearly every line of every page).
_STEMS = ("ggregated", "GGREGATED", "ot been", "OT BEEN", "ot Been")


def disclaims(lines: Sequence[str]) -> bool:
    """Whether one of ``lines`` is an aggregator's disclaimer of the story's authorship."""
    joined = "\n".join(lines)
    if not any(stem in joined for stem in _STEMS):
        return False
    return any(
        len(line) <= MAX_DISCLAIMER_CHARS and DISCLAIMER.search(line) is not None for line in lines
    )


def chip_credit(
    lines: Sequence[str], side_lines: Sequence[str], title: str, accept: Accept
) -> Credit | None:
    """The publisher's chip: the text's first line, or the first of the first lines beside
    it, when it is a name (a few words, no digits, no sentence, not the headline), as a
    credit of that line. Extraction keeps the chip in the text or leaves it beside."""
    head = next(((i, line) for i, line in enumerate(lines) if line.strip()), None)
    if (
        head is not None
        and _name_shaped(head[1], title)
        and (credit := _chip(head[1], head[0], accept)) is not None
    ):
        return credit
    for index, line in enumerate(side_lines[:CHIP_LINES]):
        if _name_shaped(line, title):
            credit = _chip(line, index, accept)
            return dataclasses.replace(credit, side=True) if credit is not None else None
    return None


def _chip(line: str, index: int, accept: Accept) -> Credit | None:
    name = " ".join(line.split())
    if not accept(name, Trust.NAMED):
        return None
    return Credit(line.strip(), name, False, Trust.NAMED, index, where="chip")


def _name_shaped(line: str, title: str) -> bool:
    name = " ".join(line.split())
    if not 0 < len(name) <= CHIP_MAX_CHARS or len(name.split()) > CHIP_MAX_WORDS:
        return False
    folded = name.casefold()
    return _NOT_A_NAME.search(name) is None and folded not in title.casefold()
