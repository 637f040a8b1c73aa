"""A byline field beside the text that holds a wire, or a table outlet's own desk, with its
newsroom's word, a place or a time stamp (issue 14, the sixth conventions round): "Redacción /
EFE", "EP | Madrid", "AFP, Reuters", "TNN | Mar 5, 2026, 06.12 IST", "BS Reporter | New
Delhi". The parts are split at the field's separators; the newsroom's word, a place and a
date or time name no one. What is left must be wires, or a wire and its bureau's town (the
first wire named is credited: two wires together are a joint wire copy, either is its
source), or a table name with a byline's
shape around it (a place or a date: a bare outlet's name beside a story may be a logo)."""

# ruff: noqa: RUF001, RUF003  (full-width brackets and dashes are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.not_credits.places import a_place

#: The field's separators: "Redacción / EFE", "EP | Madrid", "AFP, Reuters", "PTI · Delhi".
_PARTS = re.compile(r"\s*(?:[/|,;·•]|\s[-–—]\s)\s*")
#: The newsroom's own word beside the wire: "Redacción / EFE", "Redação | Agência Brasil".
_NEWSROOM = re.compile(
    r"^(?:redacci[oó]n|reda[cç][aã]o|redazione|r[ée]daction|redaktion|newsroom|staff|"
    r"(?:news|web|city|metro)\s+desk|desk|agencias?|agencies|agenzie|agências?)$",
    re.IGNORECASE,
)
#: A date or a time stamp: any digit ("Mar 5", "2026", "06.12 IST", "Updated: 14:05").
_STAMP = re.compile(r"\d")
#: A desk's or a staff byline's last word: "Express Web Desk", "ET Bureau", "BS Reporter".
_DESK_WORD = re.compile(r"\s(?:desk|bureau|reporter|staff|news\s+service)$", re.IGNORECASE)
#: Short forms a wire signs its byline field with, which elsewhere are other things: EP is
#: also the European Parliament, 共同 ("joint") and 時事 ("current affairs") are words; only a
#: byline field of their own reads them as the wires' (conventions/edge_credits reads "（共同）").
SHORT_FORMS = {"EP": "Europa Press", "共同": "Kyodo News", "時事": "Jiji Press"}
#: More parts than this make a list, not a byline field.
MAX_PARTS = 5


def credited(
    line: str, accept: Callable[[str], bool], is_wire: Callable[[str], bool]
) -> str | None:
    """The publisher a byline field beside the text names, or None. ``accept`` says whether
    the table knows a name; ``is_wire`` whether a name is a wire's."""
    if len(line) > 80:
        return None
    parts = [p.strip(" .()[]") for p in _PARTS.split(line.strip())]
    parts = [p for p in parts if p]
    if not parts or len(parts) > MAX_PARTS:
        return None
    names = [
        SHORT_FORMS.get(p, p)
        for p in parts
        if not (_NEWSROOM.match(p) or _STAMP.search(p) or a_place(p))
    ]
    if not names:
        return None
    # "AFP, Reuters": two wires; "EP | Sevilla": the wire, then its bureau's town (places.txt
    # holds only cities of a million).
    if all(is_wire(n) for n in names) or (
        is_wire(names[0]) and all(len(n.split()) <= 2 for n in names[1:])
    ):
        return names[0]
    # "TNN | Mar 5, 2026": a table outlet's own desk with a byline's stamp or place; "Express
    # Web Desk" alone: a desk's word says it is a byline.
    shaped = len(parts) > 1 or _DESK_WORD.search(names[0]) is not None
    if len(names) == 1 and shaped and accept(names[0]):
        return names[0]
    return None
