"""Byline blocks beside the text, read for the outlet they name: a writer and the outlet that
commissioned the piece ("Jane Doe, Harbour Tribune"), a post's meta line ("Posted by … at
9:20"), a CMS field run together ("Agency The Canadian Press"), a date after the byline, a
writer with a wire ("By Jane Doe with AFP"), a wire's desk role ("PA Crime Correspondent").
Only ``side_credits`` reads them: inside the story such lines are the story's own."""

# ruff: noqa: RUF001  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import functools
import re

from aggregator.attribution.conventions.name_words import MONTHS
from aggregator.attribution.conventions.regex_parts import FLAGS

#: "Jane Doe, Harbour Tribune": a person's two or three capitalised words, then a name;
#: "Jane Doe for Harbour Gazette", "Jane Doe, special to the X": the outlet that commissioned
#: the freelancer's piece.
WRITER_OF = re.compile(
    r"^(?:by\s+)?(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,2})"
    r"(?:,\s+(?:(?:for|special\s+to)\s+(?:the\s+)?)?|\s+for\s+(?:the\s+)?)"
    r"(?P<who>[^\n,|/]{2,60}?)[.]?$",
    FLAGS,
)
#: A byline block's lead and its date: "Posted by … at 9:20", "… Published 11:34 PM EST".
POST_META_START = re.compile(r"^(?:posted|written|published|submitted)\s+by\s+", FLAGS)
POST_META_END = re.compile(
    r"(?:\s+|\s*[|,·•]\s*)(?:at|on|published|updated|posted|last\s+updated)\b(?=.*\d).*$",
    FLAGS,
)
#: A CMS field beside the text, its label and value run together on one line ("Agency The
#: Canadian Press", "Quelle Tagesspiegel"): Drupal's field--label-inline, a theme's source box.
SIDE_FIELD = re.compile(
    r"^(?:news\s+)?(?:agency|agencies|source|agence|agencia|agenzia|quelle|fuente|fonte|"
    r"kaynak|sumber|nachrichtenagentur|источник|chanzo|المصدر|ماخذ|स्रोत)\s+"
    r"(?P<who>[^\W\d_][^\n:]{1,59})$",
    FLAGS,
)
#: A weekday's name before a written date ("Sunday, February 15, 2027", "Sun 15 Feb").
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
#: A byline block beside the text that names its date after its author: "Reuters 2026-03-24",
#: "Europa Press / 2026-03-26", "Par Solène Marchetti avec AFP / 2026-03-22", "The Hindu 17
#: Feb 2027, 08:42 AM": the date, numeric or written with its year ("March 4, 2026 10:40",
#: "4. März 2026", "4 de marzo de 2026"), and what runs on after it (a time, a view count).
BYLINE_DATE = re.compile(
    r"(?:\s*[|/·•,]\s*|\s+)(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b|(?i:"
    + _WEEKDAY
    + r"(?:\d{1,2}\.?\s+(?:de\s+)?"
    + MONTHS
    + r"\.?,?\s+(?:de\s+)?\d{4}\b"
    r"|" + MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b))).*$"
)
_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=4096)
def undated(line: str) -> str:
    """``line`` without a byline block's date and what runs on after it (``BYLINE_DATE``).
    Speed: a line without a digit holds no date, and most lines beside a text hold none; the
    written forms' months are tried at every space of a line otherwise. The side's readers ask
    for the same line several times: the answers are remembered."""
    return BYLINE_DATE.sub("", line) if _DIGIT.search(line) else line


def dated(line: str) -> bool:
    """Whether ``line`` holds a byline block's date (``BYLINE_DATE``)."""
    return undated(line) != line


#: "By Jane Doe with AFP", "Par … avec AFP", "Von … mit dpa": a writer and a wire's copy.
BYLINE_WITH = re.compile(
    r"^(?:(?:written|écrit|ecrit|rédigé|redigé|geschrieben|escrito|scritto)\s+)?"
    r"(?:by|par|von|por|di|da|de|oleh|tarafından)?\s*[^\n]{2,60}?\s+"
    r"(?:with|and|avec|et|mit|und|con|y|e|dan|ile|и)\s+(?P<who>[^\n]{2,40})$",
    FLAGS,
)
#: "By Tobias Hale-Ndiaye, PA Crime Correspondent": a writer, then a wire's name before a desk
#: role (the role word must follow; a staff role alone names no outlet).
BYLINE_WIRE_ROLE = re.compile(
    r"^by\s+[^,\n]{2,40},\s+(?P<who>(?-i:[A-Z][\w&.-]*))\s+(?:(?-i:[A-Z][a-z]+)\s+){0,2}"
    r"(?:correspondent|reporter|writer|editor)$",
    FLAGS,
)


#: "Jane Doe, Local Journalism Initiative Reporter, The Harbour Gazette": a writer, a title
#: ending in a role (conventions/role_words), then the outlet the role is held at.
TITLED_BYLINE = re.compile(
    r"^(?:by\s+)?(?P<person>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}),\s+"
    r"(?P<title>[^,|]{3,60}?),\s+(?P<outlet>[^,|]{2,60}?)\s*$",
    FLAGS,
)
