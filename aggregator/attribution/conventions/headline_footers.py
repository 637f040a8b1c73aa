"""A chain's footer naming where the story first ran, then its headline there: "This article
originally appeared on Des Moines Register: Harlan Ferry council votes …" (the USA TODAY
Network's papers), "First published in The Harbour Ledger: <headline>" (issue 14, pass 25),
"This story was originally published by Grist with the headline "…" on Mar 3, 2026." (round
10).

The colon ends the outlet's written name; what follows is the headline (often the link to the
original, whose domain is only the fallback when no name is written). Read before the generic
"first appeared" sentence (patterns._FIRST), which would run the headline into the name."""

# ruff: noqa: RUF001  (full-width colons are meant)

from __future__ import annotations

from aggregator.attribution.conventions.phrase_parts import UPPER, compiled
from aggregator.attribution.names import Trust

#: The piece, an adverb of first, the verb, the preposition, the written name up to a colon,
#: then a headline of three or more characters (a link's label or plain words, not a URL).
APPEARED_ON_HEADLINE = compiled(
    r"^[(\[*]?\s*(?:(?:this|the)\s+(?:article|story|post|piece|report|column|essay)\s+"
    r"(?:was\s+|has\s+been\s+|is\s+)?)?(?:first|originally|initially)\s+"
    r"(?:appeared|published|ran|posted)\s+(?:on|in|at|by)\s+"
    r"(?P<who>(?-i:[" + UPPER + r"0-9])[^\n:：]{0,79}?)\s*[:：]\s+"
    # a link or a domain after the colon is the original's address, read with the name by
    # the generic sentence (resolve keeps it as the original's URL): no headline
    r"(?!(?:https?://|www\.)\S+\s*$|(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?\s*$)"
    r"(?P<headline>[^\n]{3,250}?)\s*[)\]]?$"
)

#: "This story was originally published by Grist with the headline "…" on Mar 3, 2026.": the
#: name, then the headline it ran under in quotation marks and the date (States Newsroom's and
#: Grist's republishing footers; round 10).
WITH_HEADLINE = compiled(
    r"^[(\[*]?\s*(?:(?:this|the)\s+(?:article|story|post|piece|report|column|essay)\s+"
    r"(?:was\s+|has\s+been\s+|is\s+)?)?(?:first|originally|initially)\s+"
    r"(?:appeared|published|ran|posted|produced)\s+(?:on|in|at|by)\s+"
    r"(?P<who>(?-i:[" + UPPER + r"0-9])[^\n\"“”,;]{0,79}?),?\s+(?:with|under)\s+the\s+"
    r"(?:headline|title)\s*[:：]?\s*[\"“‘'«][^\n\"”’»]{3,250}[\"”’'»][.,]?"
    r"(?:\s+(?:on|in)\s+[^\n.]{3,40})?\s*[.)\]]?$"
)

PATTERNS = [(APPEARED_ON_HEADLINE, Trust.STRONG), (WITH_HEADLINE, Trust.STRONG)]
