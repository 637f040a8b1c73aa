"""A list of names is no credit (issue 14, the eleventh conventions round).

Extraction writes a list's items as lines opening with "- ". One such line holding only a
name at the text's edge may credit the story ("- Digital Crown"), but a run of them is a list:
a press-badge strip ("Vu dans" / "- Le Monde" / "- Le Figaro"), a partners' or "More from
around the web" list each item of which prints its outlet, a "Our partners" row of wires.
Each item names another story's outlet or a logo's, never this story's publisher, whatever
language the list's heading is in. A labelled item ("- Source: Reuters") is read as usual.
"""

# ruff: noqa: RUF001  (the full-width colon is meant)

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from aggregator.attribution.conventions import split_credits

#: A list item as extraction writes it, holding no label: "- Le Monde", "- 人民日报".
_BARE_ITEM = re.compile(r"^-\s+[^:：\n]{1,80}$")
_ITEM = re.compile(r"^-\s+\S")


def in_name_list(lines: Sequence[str], index: int, filled: Sequence[int]) -> bool:
    """Whether line ``index`` is a bare list item next to another list item (``filled``: the
    indexes of the non-empty lines, in order)."""
    if not _BARE_ITEM.match(lines[index].strip()):
        return False
    at = bisect_left(filled, index)
    if at > 0 and split_credits.label_alone(lines[filled[at - 1]]):
        return False  # "- Quelle:" / "- dpa": a definition list's label and its value
    around = [filled[at + step] for step in (-1, 1) if 0 <= at + step < len(filled)]
    return any(_ITEM.match(lines[i].strip()) for i in around)
