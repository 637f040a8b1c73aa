"""A credit split over two lines: a source label alone ("Forrás:", "Source:") and the name on
the next line. CMSs put a field's label and its linked value in separate blocks, and
extraction writes each block as a paragraph (issue 14: the fifth blind set's split credits)."""

# ruff: noqa: RUF001  (full-width colons and dashes are meant)

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from aggregator.attribution.conventions.edge_credits import SOURCE_NOUNS

#: "Forrás:", "Source —", "Izvor": a source noun and nothing else on its line; "Courtesy:",
#: "Via:" with their colon (a theme's bold label over the name: "**Courtesy:**").
LABEL_ONLY = re.compile(
    r"^\s*(?:" + SOURCE_NOUNS + r"\s*[:：\-–—|]?|(?:courtesy(?:\s+of)?|cortesía|cortesia|"
    r"courtoisie|via|vía)\s*[:：])\s*$",
    re.IGNORECASE,
)
#: The value is a name, not a sentence: short, no sentence ending inside it.
MAX_NAME_CHARS = 60


def joined(lines: Sequence[str], index: int) -> str | None:
    """The label alone on the line before ``index`` and this line's name as one credit line
    ("Forrás: Telex"), or None when the line before is no label alone."""
    if index == 0 or not LABEL_ONLY.match(lines[index - 1]):
        return None
    name = lines[index].strip()
    if not name or len(name) > MAX_NAME_CHARS or re.search(r"[.!?。]\s", name):
        return None
    return f"{lines[index - 1].strip().rstrip(':：-–—| ')}: {name}"


#: "Text: DW | Photo: AFP", "Texto: EFE / Foto: Reuters": two roles' credits on one line.
_ROLES = re.compile(r"\s+[|•·/]\s+|\s*;\s+")
#: Each part opens with its role's label: "Text:", "Foto:".
_LABELLED_PART = re.compile(r"^[^\W\d_][\w ]{0,20}\s*[:：]\s*\S")


def story_part(line: str, image_word: Callable[[str], bool]) -> str | None:
    """The text's credit of a line that credits the text and its pictures ("Text: DW |
    Photo: AFP" -> "Text: DW"); None unless the line is exactly two parts, one a picture's."""
    parts = _ROLES.split(line.strip())
    if len(parts) != 2:
        return None
    first, second = (p.strip() for p in parts)
    if not all(_LABELLED_PART.match(p) for p in (first, second)):
        return None  # "Photo: AFP / Getty": one credit, its photographer's agencies
    if image_word(second) and not image_word(first):
        return first
    if image_word(first) and not image_word(second):
        return second
    return None
