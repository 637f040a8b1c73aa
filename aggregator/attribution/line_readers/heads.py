"""Credits on the text's first lines: a wire's dateline ("CAIRO (Reuters) -"), a credit glued
to the first sentence ("By AFP | …"), a lead-in ("Via The Independent:"), a wire's byline
block alone ("The Canadian Press"), a news aggregator's source row over the story (also at
the last line: "Seattle Times — Read original") and its row stacked on two lines."""

# ruff: noqa: RUF001, RUF002  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from aggregator.attribution import homonym_tags
from aggregator.attribution.conventions import (
    agency_datelines,
    glued_heads,
    line_shapes,
    portal_rows,
    repost_credits,
)
from aggregator.attribution.conventions.datelines import Accept, dateline
from aggregator.attribution.line_readers.credit import Credit, a_persons
from aggregator.attribution.line_readers.whole_line import whole_line
from aggregator.attribution.names import Trust


def head_dateline(
    line: str, index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """ "CAIRO (Reuters) - ..." at the start of the story: the credit is the dateline."""
    found = dateline(line.lstrip(), accept, is_wire) or agency_datelines.agency_dateline(
        line.lstrip(), accept, is_wire
    )
    if found is None:
        return _joined_dateline(line, index, accept)
    who = agency_datelines.member(found.who)
    return Credit(found.credit, who, False, found.trust, index, found.rest, "dateline")


def _joined_dateline(line: str, index: int, accept: Accept) -> Credit | None:
    """ "APA-Lusaka (Zambia) — …": an agency's tag joined to its city (homonym_tags). A
    table agency's tag only: "COVID-Nairobi (Kenya) —" would read the same."""
    match = homonym_tags.JOINED_DATELINE.match(line) if line[:1].isupper() else None
    if match is None or not accept(match.group("who"), Trust.KNOWN):
        return None
    rest = line[match.end() :]
    return Credit(
        match.group("credit"), match.group("who"), False, Trust.KNOWN, index, rest, "dateline"
    )


def glued_head(
    line: str, index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """A credit glued to the first sentence with its separator ("By AFP | …", "Agência Brasil
    – …", conventions/glued_heads): the part before it read as a credit line of its own, or
    a wire's bare name; the story after it stays."""
    for head in glued_heads.heads(line):
        if head.kind == "name":
            name = head.credit
            if not (is_wire(name) and accept(name, Trust.KNOWN)):
                continue
            return Credit(head.credit, name, False, Trust.KNOWN, index, head.rest, "prefix")
        found = whole_line(head.credit, index, accept, edge=True)
        if found is not None and found.who and not found.image:
            return dataclasses.replace(found, text=head.credit, rest=head.rest, where="prefix")
    return None


def lead_in(line: str, index: int, accept: Accept) -> Credit | None:
    """ "Via The Independent:" on the first line, leading into the pasted story."""
    match = repost_credits.LEAD_IN.match(line) if line.endswith((":", "：")) else None
    who = match.group("who").strip() if match else ""
    if match and accept(who, Trust.OUTLET) and not a_persons(who, Trust.NAMED, accept):
        return Credit(line, who, False, Trust.OUTLET, index)
    return None


#: A wire's full name by its agency's word: "The Canadian Press", "Associated Press",
#: "Deutsche Presse-Agentur", "Emirates News Agency" (not a tag: a bare "AFP" at the head is
#: as often a dropped picture's credit).
_WIRE_NAME = re.compile(
    r"^(?:The\s+)?(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,3}(?i:press|presse|presse-agentur|news\s+agency|"
    r"agency|agentur|agência|agencia|nachrichtenagentur)$"
)


def head_byline(line: str, index: int, accept: Accept) -> Credit | None:
    """ "The Canadian Press" alone on the first line, above "OTTAWA — …": the byline block of
    a wire's story on a member site names the wire by its full name and nothing else; a news
    aggregator's row over the story, "NHK NEWS WEB | 3/10(火) 12:05", names its outlet (a
    table outlet only: a site dates its own stories so too)."""
    short = len(line) <= 40 and _WIRE_NAME.match(line) is not None
    who = line if short else line_shapes.source_row(line)
    if not who or not accept(who, Trust.KNOWN):
        return None
    return Credit(line, who, False, Trust.KNOWN, index, where="line")


def portal_row(line: str, index: int, accept: Accept, *, first: bool) -> Credit | None:
    """A news aggregator's source row: "Kurier · vor 2 Std." over the story, "Seattle Times —
    Read original" under it (conventions/portal_rows.py); the row vouches for a name, not a
    person's."""
    who = portal_rows.head_row(line) if first else portal_rows.original_row(line)
    # A writer's byline has the same row ("邓志强 | 2 hours ago"): in a script without case
    # nothing tells a person's name from an outlet's but an outlet's word ("東京新聞").
    trust = Trust.NAMED if any(c.isupper() or c.islower() for c in who or "") else Trust.OUTLET
    if not who or not accept(who, trust) or a_persons(who, Trust.NAMED, accept):
        return None
    return Credit(line, who, False, trust, index)


def stacked_row(line: str, below: str, index: int, accept: Accept) -> Credit | None:
    """A portal's provider row stacked over the story: the outlet's name alone, then its time
    stamp or reading time on the next line (conventions/portal_rows.stacked_head); a name that
    reads as an outlet's, never a person's."""
    who = portal_rows.stacked_head(line, below)
    if not who or not accept(who, Trust.OUTLET) or a_persons(who, Trust.NAMED, accept):
        return None
    return Credit(line, who, False, Trust.OUTLET, index)
