"""One credit line found (``Credit``), what every line reader returns, and the check every
reader makes that a label vouches for an outlet, not a person (``a_persons``)."""

# ruff: noqa: RUF001  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import re
from dataclasses import dataclass

from aggregator.attribution.conventions.datelines import Accept
from aggregator.attribution.names import Trust, person_like


@dataclass(frozen=True)
class Credit:
    """One credit found: its exact text, the phrase naming who, and where it sat."""

    text: str
    who: str
    image: bool
    trust: Trust
    index: int
    #: what is left of the line once the credit is cut out ("" for a whole-line credit)
    rest: str = ""
    where: str = "line"
    #: found beside the text, in a line extraction left out (never in ``text``)
    side: bool = False


def a_persons(who: str, trust: Trust, accept: Accept) -> bool:
    """ "Source: Jane Doe": a label vouches for an outlet, not for a person's name (a name the
    table knows still counts)."""
    first = re.split(r"\s*[,;(—–]\s*", who, maxsplit=1)[0]  # "Jane Doe, who first reported …"
    return trust >= Trust.NAMED and person_like(first) and not accept(first, Trust.KNOWN)
