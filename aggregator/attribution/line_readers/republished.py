"""A line saying where this piece first ran ("Reproduced with permission of X", conventions/
sentences.first_ran) and a rights notice before a distributor's sentence ("©2026 Governing.
Distributed by Tribune Content Agency"); a book excerpt's notice is neither."""

# ruff: noqa: RUF001  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions import patterns as cp
from aggregator.attribution.conventions.datelines import Accept
from aggregator.attribution.conventions.sentences import first_ran
from aggregator.attribution.line_readers.credit import Credit, a_persons
from aggregator.attribution.names import Trust
from aggregator.attribution.not_credits import intermediaries

#: A sentence saying where the piece first ran is short.
MAX_REPUBLISHED_CHARS = 200
BOOK_EXCERPT = re.compile(
    r"\b(?:excerpted|adapted)\s+from\s+(?:the\s+(?:new\s+)?book\b|[\"“‘'«])|"
    r"\bcopyright\s*(?:©|\(c\))?\s*\d{4}\s+by\s",
    re.IGNORECASE,
)


def republished(line: str, index: int, accept: Accept) -> Credit | None:
    if len(line) > MAX_REPUBLISHED_CHARS or cp.COPY_BY.search(line) or BOOK_EXCERPT.search(line):
        return None
    who = first_ran(cp.NOTE.sub("", line, count=1), accept)
    if who is None or a_persons(who, Trust.STRONG, accept):
        return None  # "Reproduced with permission of Jane Doe": a person lent it
    return Credit(line, who, False, Trust.STRONG, index)


def notice_before_distribution(line: str, index: int, accept: Accept) -> Credit | None:
    """ "©2026 Governing. Distributed by Tribune Content Agency, LLC.": the notice's holder
    is the original, and the distribution sentence vouches that it is a publisher."""
    notice = intermediaries.without_distribution(line)
    if notice == line:
        return None
    match = cp.COPYRIGHT.match(notice)
    who = match.group("who").strip() if match else ""
    if match and accept(who, Trust.NAMED) and not a_persons(who, Trust.NAMED, accept):
        return Credit(line, who, False, Trust.NAMED, index)
    return None
