"""The words of an outlet's name that look like its end and are not, and the date after a name
that is no part of it (issue 14, the fifth conventions round):

- "and" or "&" between two outlet words is inside one name ("The Post and Courier", "The
  Press and Journal", "Herald & Review"); between other names it joins two credits
  ("Tidewise and Grist");
- a broadcaster's channel number after its call sign is part of its name ("KARE 11", "KING
  5", "WXYZ 7"), where a number after other words is a date's ("Lakeshore Ledger du 4 mars");
- an abbreviation's full stop inside a name does not end it ("St. Louis Post-Dispatch", "Ft.
  Worth Star-Telegram");
- the date a credit adds after the name is cleaned off, in the forms pages write it: "(4 March
  2026)", ", 04/03/2026", "vom 4. März 2026", "du 4 mars 2026", "del 4 de marzo de 2026",
  "March 4, 2026", "2026-03-04".
"""

# ruff: noqa: RUF001  (apostrophes and dashes are meant)

from __future__ import annotations

import re

from aggregator.extract.outletnames import OUTLET_WORDS

#: Two outlet words joined by "and" or "&", one to three words before: one outlet's name.
_JOINED = re.compile(
    r"^(?:the\s+)?(?:[^\W\d_][\w'’.-]*\s+){0,2}(?P<a>[^\W\d_][\w'’-]*)\s+(?:and|&)\s+"
    r"(?P<b>[^\W\d_][\w'’-]*)$",
    re.IGNORECASE,
)


def joined_outlet_words(name: str) -> bool:
    """Whether ``name`` is one outlet's name joining two outlet words ("The Post and
    Courier"), not two names joined by "and"."""
    match = _JOINED.match(name.strip(" .")) if " " in name else None
    return (
        match is not None
        and match.group("a").casefold() in OUTLET_WORDS
        and match.group("b").casefold() in OUTLET_WORDS
        and all(w[:1].isupper() for w in (match.group("a"), match.group("b")))
    )


#: A call sign (three to five capitals, a band or TV suffix) and a channel number after it.
STATION = re.compile(r"^(?-i:[A-Z]{3,5})(?:-(?:TV|FM|AM|DT|LP))?\s+\d{1,2}$")


#: A station's newscast named with its channel number: "News 9", "Action News 5",
#: "NewsChannel 5", "Eyewitness News 3", "TV 2", "NewsCenter 11".
_NEWSCAST = re.compile(
    r"^(?-i:News|NEWS|NewsChannel|NewsCenter|NewsCentre|NewsWatch|Channel|TV)\s+\d{1,2}$"
)


def channel_number(words: list[str]) -> bool:
    """Whether the last of ``words`` is a channel number after a call sign ("KARE 11") or
    after a newscast's word ("KHMA News 9")."""
    if len(words) < 2:
        return False
    pair = f"{words[-2]} {words[-1]}"
    return STATION.match(pair) is not None or _NEWSCAST.match(pair) is not None


#: Abbreviations a place's name opens with inside an outlet's: "St. Louis", "Ft. Worth".
_ABBREVIATIONS = frozenset({"st.", "ste.", "ft.", "mt.", "pt.", "sta.", "sto."})


def inner_abbreviation(word: str) -> bool:
    """Whether ``word`` is an abbreviation whose full stop does not end a name ("St.")."""
    return word.casefold() in _ABBREVIATIONS


#: A month's name or its abbreviation, in the languages of written dates.
MONTHS = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sep(?:t|tember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|"
    r"januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|"
    r"janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    r"setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|"
    r"setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|"
    r"settembre|ottobre|dicembre)"
)
#: A written or numeric date: "4 March 2026", "4. März 2026", "March 4, 2026", "4 de marzo de
#: 2026", "04/03/2026", "2026-03-04", "4.03.2026".
_DATE = (
    r"(?:\d{1,2}\.?\s+(?:de\s+)?" + MONTHS + r"\.?(?:\s+(?:de\s+)?\d{4})?"
    r"|" + MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
)
#: The date after a name: in brackets, after a comma or a dash, or after a preposition of
#: dates ("vom", "du", "del", "dated", "of", "on").
_DATE_AFTER = re.compile(
    r"(?:\s*[(\[]\s*" + _DATE + r"\s*[)\]]?"
    r"|\s*[,–—|-]\s*(?:(?:dated|on|le|am|del|de|do|da|du|vom|z|ze|dne)\s+)?"
    + _DATE
    + r"|\s+(?:dated|on|vom|am|du|le|del|de|do|da|of|z|ze|dne)\s+"
    + _DATE
    + r")\s*[.]?$",
    re.IGNORECASE,
)


#: A date and nothing else, in words or digits, or in the CJK scripts' "2026年3月4日".
_ONLY_DATE = re.compile(
    r"(?:" + _DATE + r"|\d{2,4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?)\s*[.。]?",
    re.IGNORECASE,
)


def a_date(phrase: str) -> bool:
    """Whether ``phrase`` is a date alone: "本文原载于2026年3月4日" names a day, no outlet."""
    return _ONLY_DATE.fullmatch(phrase.strip()) is not None


_DIGIT = re.compile(r"\d")
#: An issue's number after a name: "ZEIT Nr. 12/2025", "The Harbour Review, issue 14",
#: "Le Monde diplomatique n° 851", "Der Spiegel, Heft 3/2025", "Ausgabe 12/2025".
_ISSUE_AFTER = re.compile(
    r"\s*,?\s+(?:nr\.?|no\.?|n[°º]|núm\.?|num\.?|nº|issue|heft|ausgabe|édition|edición|"
    r"edição|numéro|numero|número)\s*\d[\d/.-]*(?:\s*[/,]\s*\d{2,4})?\s*[.]?$",
    re.IGNORECASE,
)


def without_date(name: str) -> str:
    """``name`` without the date or the issue's number written after it ("Rheinische Post
    vom 4. März 2026" -> "Rheinische Post", "ZEIT Nr. 12/2025" -> "ZEIT"); ``name`` itself
    when no date ends it, or when nothing stays."""
    if _DIGIT.search(name, max(len(name) - 40, 0)) is None:
        return name  # most names (speed)
    match = _DATE_AFTER.search(name) or _ISSUE_AFTER.search(name)
    if match is None or match.start() == 0:
        return name
    return name[: match.start()].rstrip(" ,–—|-") or name
