"""Words that end a newspaper's or a broadcaster's name and are no family name, so that a
name opening with a word that is a given name somewhere ("Hope", "Eko", "Nova") and ending
in one is an outlet's, not a person's (issue 14, the eighth conventions round): a radio
station's band ("Hope FM", "Capital FM", "Radio Maria AM"), the word for a newspaper in the
languages that write it so ("Nova Gazeta", "Gazeta Lubuska", "Večernji list") and a
broadcaster's word ("Kanal D", "Star TV" are read by extract/outletnames already)."""

from __future__ import annotations

import re

#: Casefolded words, each the last or an inner word of an outlet's name, never a family name:
#: a radio band, a newspaper's word in Polish, Portuguese, Romanian, Albanian, Russian written
#: in Latin letters, and the broadcaster's words the outlet-word list lacks.
STATION_WORDS = frozenset(
    """
    fm gazeta gazety gazecie gazetă ziarul gazetari radyo rádio rádió televizyon televizija
    televize telewizja tvn tvp
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


def ends_outlet(parts: list[str]) -> bool:
    """Whether any word after a name's first (casefolded ``parts``) is a station's or a
    paper's word: "Hope FM" and "Nova Gazeta" are no persons."""
    return any(part in STATION_WORDS for part in parts[1:])


#: Casefolded words that make a site's own name a broadcaster's: its band, its medium.
BROADCAST_WORDS = frozenset(
    """
    fm radio radyo rádio rádió tv télé televisión television televizyon televizija
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


def broadcaster(name: str) -> bool:
    """Whether a site's ``name`` is a radio or television station's ("Hope FM", "Radio
    Kaleva", "Star TV")."""
    return any(word in BROADCAST_WORDS for word in re.findall(r"\w+", name.casefold()))
