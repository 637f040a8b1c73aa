"""Shapes a page's layout gives a credit line that hide its usual wording, read as the line
they stand for (issue 14, pass 21):

- a table row, as extraction writes a table's cells between bars: an old portal's "Source:"
  cell and the name's cell beside it ("| Source: | The Courier-Mail |" -> "Source: The
  Courier-Mail");
- a byline's word written as a field label, with a colon ("by: Jane Doe, The Hill", "Par :
  …", "Von: …"), as TV stations' and some CMSs' themes print it -> "by Jane Doe, The Hill";
- a news aggregator's row over the story, the outlet and the time it ran ("NHK NEWS WEB |
  3/10(火) 12:05", "Kyodo · 2026-03-10 12:05") -> the outlet (a table name only: the row's
  shape is also a site's own section and date).

Only the shape changes: the wording the other patterns read decides, so a row or a label
naming no outlet ("| Population: | 4,200 |", "By: Jane Doe") still credits no one."""

# ruff: noqa: RUF001  (full-width colons are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.split_credits import LABEL_ONLY, MAX_NAME_CHARS

#: "| Source: | The Courier-Mail |": a row's cells between bars (a bar inside a cell is
#: escaped by extraction: "\|").
_TABLE_ROW = re.compile(r"^\|(?P<cells>.*)\|$")
_CELL_BAR = re.compile(r"(?<!\\)\|")
#: "NHK NEWS WEB | 3/10(火) 12:05": a name, a separator, a time stamp (a digit, no word of a
#: sentence: "3 min read" or "Updated 2 hours ago" are not when it ran).
_SOURCE_ROW = re.compile(r"^(?P<who>[^|·•\n\d]{2,40}?)\s+[|·•]\s+(?P<when>[^|·•\n]{1,30})$")
_WHEN = re.compile(r"^(?=\D*\d)(?!.*\b(?-i:[a-z]){3,}\b)[\w ,.:/()（）+-]*$")
#: "by: Jane Doe", "Par : Jean Dupont", "Von: …": a byline's word with a field's colon.
_BYLINE_LABEL = re.compile(r"^(?P<word>by|par|von|por|door|av|af)\s*[:：]\s*(?=\S)", re.I)


def standing_for(line: str) -> str:
    """The credit line ``line``'s shape stands for (a table's row, a byline's label with a
    colon); ``line`` itself when it has neither shape."""
    if line[:1] == "|":
        return table_row(line) or line
    return without_byline_colon(line)


def table_row(line: str) -> str | None:
    """The credit a table row of a source label's cell and a name's cell stands for
    ("| Source: | The Courier-Mail |" -> "Source: The Courier-Mail"), else None."""
    row = _TABLE_ROW.match(line.strip())
    if row is None:
        return None
    cells = [cell.strip() for cell in _CELL_BAR.split(row.group("cells"))]
    cells = [cell for cell in cells if cell]
    if len(cells) != 2 or not LABEL_ONLY.match(cells[0]) or len(cells[1]) > MAX_NAME_CHARS:
        return None
    return f"{cells[0].rstrip(':：-–—| ')}: {cells[1]}"


def without_byline_colon(line: str) -> str:
    """``line`` with a byline word's colon gone ("by: Jane Doe, The Hill" -> "by Jane Doe,
    The Hill"); the line itself when it has none."""
    if ":" not in line[:6] and "：" not in line[:6]:
        return line
    return _BYLINE_LABEL.sub(lambda m: m.group("word") + " ", line, count=1)


def source_row(line: str) -> str | None:
    """The outlet an aggregator's row names over the story ("NHK NEWS WEB | 3/10(火) 12:05"
    -> "NHK NEWS WEB"), else None."""
    row = _SOURCE_ROW.match(line.strip()) if "|" in line or "·" in line or "•" in line else None
    if row is None or _WHEN.match(row.group("when")) is None:
        return None
    return row.group("who").strip()
