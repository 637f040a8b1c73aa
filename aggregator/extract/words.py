"""Word-level helpers shared by the extraction stages."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> str:
    """``text`` as lower-cased words joined by single spaces: what two spellings of one
    line (case, punctuation, spacing) have in common."""
    return " ".join(_TOKEN.findall(text.lower()))


def words(text: str) -> list[str]:
    """The lower-cased words of ``text``."""
    return _TOKEN.findall(text.lower())


#: The characters a case-insensitive pattern matches to an ASCII letter that ``str.lower``
#: does not turn into that letter: dotless i and dotted capital I match "i", long s matches "s".
_CASE_ODDITIES = frozenset("\u0131\u0130\u017f")


def may_contain(text: str, needles: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern may find one of ``needles`` (lower-case ASCII, or
    of scripts without case) in ``text``: False only where none can match, so a pattern
    needing one of them is skipped on most lines at the cost of a ``lower()``."""
    lowered = text.lower()
    if any(needle in lowered for needle in needles):
        return True
    return not text.isascii() and not _CASE_ODDITIES.isdisjoint(text)
