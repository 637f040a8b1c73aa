"""A coverage item on an institution's site (pass 46): a university's, a company's or an
NGO's "In the news" page reposts a story about it under the outlet's name and the date it ran
("BBC News NI · 9 February 2027", "tagesschau.de · 09.02.2027", "東奥日報 2027年2月9日").

The page says what it is by its kind's label over the story ("In the news", "Media coverage",
"Pressespiegel", "Dans les médias", "メディア掲載"); only under such a label does a name and a
date beside the text say whose story it is: elsewhere the same row is the site's own byline
("Press Office · 9 February 2027", "Jane Doe · 9 February 2027")."""

# ruff: noqa: RUF001  (middle dots, dashes and letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.block_furniture import stamp_row

#: The label of a page of coverage, alone on its line, in the languages of the sites seen.
COVERAGE_LABEL = re.compile(
    r"^(?:in\s+the\s+(?:news|media|press)|(?:media|news|press)\s+coverage|(?:we\s+are\s+)?"
    r"in\s+the\s+headlines|as\s+seen\s+in\s+the\s+(?:media|press)|"
    r"(?:uns\s+)?in\s+de[rn]\s+(?:presse|medien)|pressespiegel|medienspiegel|presseschau|"
    r"medienberichte|medienecho|dans\s+les\s+médias|dans\s+la\s+presse|revue\s+de\s+presse|"
    r"ils\s+parlent\s+de\s+nous|en\s+los\s+medios|en\s+la\s+prensa|na\s+(?:mídia|imprensa)|"
    r"nos\s+media|nei\s+media|sulla\s+stampa|rassegna\s+stampa|dicono\s+di\s+noi|"
    r"in\s+de\s+media|in\s+het\s+nieuws|(?:o\s+nas\s+)?w\s+mediach|"
    r"сми\s+о\s+нас|мы\s+в\s+сми|в\s+сми|basında\s+(?:biz|bugün)|di\s+media|"
    r"メディア掲載|掲載情報|報道実績|メディア情報|언론\s*보도|媒体报道|媒體報導|"
    r"في\s+الإعلام|في\s+الصحافة)$",
    re.IGNORECASE,
)
#: Separators between the outlet and the date.
_SEPARATOR = re.compile(r"\s*[·•|—–]\s*|\s+-\s+")


def coverage_page(head: list[str]) -> bool:
    """Whether one of the first lines (the text's or beside it) is a coverage kind's label."""
    return any(COVERAGE_LABEL.match(line.strip(" :")) for line in head)


def coverage_row(line: str) -> str | None:
    """The outlet in a coverage item's row: its name, then the date it ran ("BBC News NI ·
    9 February 2027" -> "BBC News NI"), else None."""
    line = line.strip()
    if not 4 <= len(line) <= 90:
        return None
    parts = _SEPARATOR.split(line)
    if len(parts) == 2 and _named(parts[0]) and _dated(parts[1]):
        return parts[0].strip()
    # "東奥日報 2027年2月9日", "Le Monde 09/02/2027": a space before the date (its longest
    # tail that is a date, so that "9 February 2027" is never cut into a name "9 February")
    words = line.split()
    for cut in range(1, len(words)):
        if len(words) - cut <= 6 and _dated(" ".join(words[cut:])):
            head = " ".join(words[:cut])
            return head if _named(head) else None
    return None


def _dated(part: str) -> bool:
    """A time stamp with a month's word or a date's separators in it ("9 February 2027",
    "09.02.2027", "2027年2月9日"), not a number alone (a postcode: "Septmoncel, 39310")."""
    return any(c.isalpha() or c in "./-" for c in part) and stamp_row(part)


def _named(part: str) -> bool:
    """A name's part holds a letter and is no date's part ("9 February" of a date)."""
    return any(c.isalpha() for c in part) and not stamp_row(part)
