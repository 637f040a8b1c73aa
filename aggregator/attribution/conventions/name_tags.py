"""An outlet's own initials in brackets after its name (issue 14, pass 42): "Malawi News
Agency (MANA)", "Agence Ivoirienne de Presse (AIP)", "Ghana News Agency (GNA)". An agency
writes its tag after its full name the first time it names itself; the tag is no part of the
name ("Malawi News Agency MANA" is no one's name). A table publisher with a tag the table
also gives it is read by resolve's own check; this one reads the initials off the name
itself, so that it holds for an agency the table lacks: the tag spells the name's words in
order, one letter or more of each (a word like "of", "de" may give none): "MANA" is MAlawi
News Agency. A bracket that spells anything else ("Harbour Courier (Opinion)", "Jane Doe
(AP)") stays for the other readings. A credit's pattern may have eaten the closing bracket
("Malawi News Agency (MANA")."""

# ruff: noqa: RUF001  (curly apostrophes in names are meant)

from __future__ import annotations

import re
from functools import cache

_BRACKETED = re.compile(
    r"^(?P<name>[^()\[\]]{4,80}?)\s*[(\[]\s*(?P<tag>[^\W\d_a-zà-ÿ]{2,8})\s*[)\]]?[.]?$"
)
#: Words a tag may skip: "Agence Ivoirienne de Presse" is AIP.
_SMALL = frozenset("of the and for de du des la le el del di da do dos das von und et y".split())  # noqa: SIM905


def without_own_tag(who: str) -> str:
    """``who`` without the bracketed initials of its own name after it ("Malawi News Agency
    (MANA)" -> "Malawi News Agency"); ``who`` itself otherwise."""
    match = _BRACKETED.match(who.strip())
    if match is None:
        return who
    words = re.findall(r"[^\W\d_][\w'’-]*", match.group("name"))
    if len(words) < 2 or not all(w[:1].isupper() or w.casefold() in _SMALL for w in words):
        return who
    tag, folded = match.group("tag").casefold(), tuple(w.casefold() for w in words)
    spelled = _spells(tag, folded) or _initialled(tag, folded)
    return match.group("name").strip() if spelled else who


def _initialled(tag: str, words: tuple[str, ...]) -> bool:
    """Whether ``tag`` opens with the name's first letter and takes its other letters in
    order from inside the name: a broadcaster's own initials from the syllables of its name
    ("Kringvarp Føroya (KVF)": K, kringVarp, Føroya), not only from its words' openings."""
    letters = "".join(words)
    if not tag or tag[0] != letters[:1]:
        return False
    rest = iter(letters[1:])
    return all(char in rest for char in tag[1:])


@cache
def _spells(tag: str, words: tuple[str, ...]) -> bool:
    """Whether ``tag`` is a prefix of each word in turn, small words optional."""
    if not words:
        return not tag
    word, rest = words[0], words[1:]
    if word in _SMALL and _spells(tag, rest):
        return True
    return any(
        tag[:cut] == word[:cut] and _spells(tag[cut:], rest)
        for cut in range(1, min(len(tag), len(word)) + 1)
    )
