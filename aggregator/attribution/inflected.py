"""Credit sentences that name the outlet in an inflected case (issue 14, the sixth blind set):
Polish says where a text first appeared with "w" and the locative ("Tekst ukazał się
pierwotnie w „Gazecie Wyborczej”"), so the name is given back in the nominative it is known
by ("Gazeta Wyborcza"). Only the regular endings are turned back; any other word stays as
written."""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.UNICODE

#: "Tekst ukazał się pierwotnie w „Gazecie Wyborczej”", "Artykuł został pierwotnie
#: opublikowany w Rzeczpospolitej" ("na łamach" takes another case: not read).
POLISH_FIRST = re.compile(
    r"^[(\[]?\s*(?:(?:ten\s+)?(?:tekst|artykuł|materiał|wywiad|reportaż|felieton|komentarz)\s+"
    r"(?:ukazał|został|był)\s+(?:się\s+)?(?:pierwotnie\s+|po\s+raz\s+pierwszy\s+|"
    r"wcześniej\s+)?(?:opublikowany\s+)?|(?:pierwotnie|po\s+raz\s+pierwszy)\s+"
    r"(?:opublikowano|ukazał\s+się)\s+)"
    r"(?:w|we)\s+[„\"«]?(?P<who>[^\n„”\"«»]{2,60}?)[”\"»]?\s*[)\]]?[.]?$",
    _FLAGS,
)

#: Locative endings and their nominatives, longest first: "Gazecie" -> "Gazeta",
#: "Wyborczej" -> "Wyborcza", "Polityce" -> "Polityka", "Fakcie" -> "Fakt", "Dzienniku" ->
#: "Dziennik", "Powszechnym" -> "Powszechny".
_ENDINGS = (
    ("kcie", "kt"),
    ("dzie", "da"),
    ("cie", "ta"),
    ("iku", "ik"),
    ("ej", "a"),
    ("ce", "ka"),
    ("ym", "y"),
    ("im", "i"),
)


def nominative(name: str) -> str:
    """``name`` with each word's regular Polish locative ending turned back."""
    return " ".join(_word(w) for w in name.split())


def _word(word: str) -> str:
    for ending, base in _ENDINGS:
        if len(word) > len(ending) + 1 and word.endswith(ending):
            return word[: -len(ending)] + base
    return word
