"""Credit sentences that name the outlet in an inflected case (issue 14, the sixth blind set):
Polish says where a text first appeared with "w" and the locative ("Tekst ukazał się
pierwotnie w „Gazecie Wyborczej”"), so the name is given back in the nominative it is known
by ("Gazeta Wyborcza"). Only the regular endings are turned back; any other word stays as
written. Russian, Ukrainian, Czech and Polish credit with a lead that puts the name in the
genitive ("По сообщению Интерфакса", "Na podstawie informacji agencji Reutera"): a table
name is found under its genitive ending (``stems``)."""

# ruff: noqa: RUF001  (Cyrillic endings are meant)

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

#: Leads that only ever open a credit line in Russian, Czech and Polish, the name after them
#: in the genitive, often behind the kind of publication ("deníku", "dziennika", names.
#: without_kind): "По сообщению Интерфакса", "Převzato z deníku Přístavní listy", "Artykuł
#: pochodzi z dziennika „Gazeta Portowa”", "Na podstawie informacji agencji Reutera". A line
#: that goes on after the name ("Podle deníku X rada hlasovala") is a sentence that mentions it.
SLAVIC_LEADS = re.compile(
    r"^[(\[]?\s*(?:по\s+(?:сообщению|информации)|за\s+(?:повідомленням|"
    r"інформацією|матеріалами)|převzato\s+(?:z|ze|od)|(?:artykuł|tekst|materiał)\s+"
    r"pochodzi\s+z|na\s+podstawie(?:\s+informacji)?)\s+"
    r"(?P<who>[^\n,;:]{2,60}?)\s*[)\]]?[.]?$",
    _FLAGS,
)

#: Genitive and other case endings of Slavic nouns, longest first: "Интерфакса" ->
#: "Интерфакс", "Укрінформу" -> "Укрінформ", "Reutera" -> "Reuter".
_CASE_ENDINGS = ("ого", "ому", "ой", "ом", "а", "я", "у", "ю", "е", "і", "owi", "em", "a", "u")


def stems(word: str) -> list[str]:
    """``word`` without each case ending it may carry (a stem of four letters at least)."""
    return [
        word[: -len(ending)]
        for ending in _CASE_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= 4
    ]


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
