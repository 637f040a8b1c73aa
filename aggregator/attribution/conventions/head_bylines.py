"""A byline block that extraction kept as the story's first line, naming the wire whose copy it
is (issue 14, the eighth conventions round): a byline field of the wire with its bureau's
town or its time stamp ("PTI / Mar 4, 2026, 14:40 IST", "Written by PTI | Bhopal | March 4,
2026 18:05 IST", "EFE | Madrid - 04 mar 2026 - 13:20 CET"), the wire's full name and its
bureau ("Agence France-Presse in Kathmandu", "Associated Press in Washington": the Guardian's
wire byline), the site's newsroom or a writer with the wire's copy ("Le Monde avec AFP",
"Par Le Figaro avec AFP", "By Jane Doe with Reuters", not a headline's "in an interview with
AFP") and a writer of a table outlet ("Jorge
Lin, USA TODAY" on a chain's member site). A wire only, or a name the table knows after a
person's: a bare name above a story may be a dropped picture's credit, and an outlet the
table lacks there may be the site's own desk."""

# ruff: noqa: RUF001  (dashes and quotes of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.conventions import byline_fields
from aggregator.attribution.conventions.byline_blocks import WRITER_OF
from aggregator.attribution.conventions.regex_parts import FLAGS

#: A byline's lead before the field: "Written by PTI | Bhopal", "By AFP | Paris".
_LEAD = re.compile(r"^(?:written\s+by|posted\s+by|by|par|por|von|di|oleh)\s+", FLAGS)
#: "Agence France-Presse in Kathmandu": the wire's name, then its bureau's town.
_IN_BUREAU = re.compile(
    r"^(?P<who>[^\n,|/]{2,40}?)\s+(?:in|à|en|in\s+der)\s+(?-i:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+)?$",
    FLAGS,
)

#: "Le Monde avec AFP", "Jane Doe with Reuters": a newsroom's or a writer's capitalised words,
#: then the wire's copy ("Zelensky in an interview with AFP" is a headline: lower-case words).
_WITH_WIRE = re.compile(
    r"^(?-i:[A-ZÀ-Þ][\w'’.-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w'’.-]*)){0,3}\s+"
    r"(?:with|and|avec|et|mit|und|con|y|e|dan|ile|и)\s+(?P<who>[^\n]{2,40})$",
    FLAGS,
)
#: A reading time in a teaser's row, which a byline's stamp never is: "3 min read", "4 Min.
#: Lesezeit", "3 min de lecture", "5 min de leitura", "2 min de lectura".
_READING_TIME = re.compile(
    r"\d+\s*min(?:ute)?s?\.?\s+(?:read|lesezeit|de\s+lect|de\s+leit|di\s+lettura)", FLAGS
)


def wire_of(line: str, is_wire: Callable[[str], bool], known: Callable[[str], bool]) -> str | None:
    """The publisher a byline block heading the text names, or None: a wire by its field, its
    bureau or its copy beside a writer; a table name after a writer's name."""
    line = line.strip()
    if len(line) > 80:
        return None
    field = _LEAD.sub("", line, count=1)
    if _READING_TIME.search(field):
        return None  # "Reuters | 3 min read": a teaser's row (pass 21), no byline
    if re.search(r"[|/·•]|\s[-–—]\s", field):
        who = byline_fields.credited(field, known, is_wire)
        if who is not None and is_wire(who):
            return who  # "PTI / Mar 4, 2026": a wire with its stamp or its bureau
    bureau = _IN_BUREAU.match(line)
    if bureau is not None and is_wire(bureau.group("who")):
        return bureau.group("who")
    with_wire = _WITH_WIRE.match(field)
    if with_wire is not None and is_wire(with_wire.group("who").strip()):
        return with_wire.group("who").strip()  # "Le Monde avec AFP"
    writer = WRITER_OF.match(line)
    who = writer.group("who").strip() if writer else ""
    return who if who and known(who) else None
