"""Tables that lay out a page, not data: read as the blocks they hold.

Old portals and hand-made sites build the whole page of table cells: a menu cell, a story
cell holding the headline and its paragraphs, a side cell. trafilatura renders a table as
rows of cells, so such a page's story came out as one line, its paragraphs run together
with the menu and the footer ("| Home |", "| Headline \\| 2026-03-14 The owner …"), and
the short lines after its last paragraph ("Via https://…", the credit) were lost to the
lines read beside the text, which look for that paragraph. A table one of whose cells holds
a heading, another table or (in a table of a few rows) several paragraphs is a layout: its
rows and cells become plain blocks before trafilatura reads the page. A data table
(figures, a key and its value: "Source: | The Courier-Mail") keeps its cells.
"""

from __future__ import annotations

from lxml.html import HtmlElement

#: A cell with this many paragraphs of its own holds a story, not a datum ...
MIN_PARAGRAPHS = 3
#: ... in a table of this many rows at most: a schedule or a list of many rows, one cell
#: of which runs to paragraphs, is still data.
MAX_LAYOUT_ROWS = 3
#: ... or a cell of this much prose (a CJK character counted twice) broken into paragraphs
#: by double line breaks (a page of <font> and "<br><br>", no <p>) in a table of this many
#: rows at most: a header row, a menu row, the story's row and a footer row.
MIN_PROSE_CHARS = 600
MAX_PROSE_ROWS = 6
_HEADINGS = ("h1", "h2")
_PARTS = ("tr", "td", "th", "tbody", "thead", "tfoot")


def unwrap_layout_tables(tree: HtmlElement) -> int:
    """Turn each layout table of ``tree`` and its own rows and cells into ``<div>``s; how
    many tables were layouts."""
    tables = [table for table in tree.iter("table") if _layout(table)]
    renamed = [
        part
        for table in tables
        for part in (table, *table.iter(*_PARTS))
        if part is table or _table_of(part) is table
    ]
    for part in renamed:
        part.tag = "div"
    return len(tables)


def _table_of(node: HtmlElement) -> HtmlElement | None:
    return next(node.iterancestors("table"), None)


def _layout(table: HtmlElement) -> bool:
    rows = sum(1 for row in table.iter("tr") if _table_of(row) is table)
    for cell in table.iter("td", "th"):
        if _table_of(cell) is not table:
            continue
        if cell.find(".//table") is not None or any(
            cell.find(f".//{h}") is not None for h in _HEADINGS
        ):
            return True
        paragraphs = sum(1 for p in cell.iter("p") if _table_of(p) is table)
        if paragraphs >= MIN_PARAGRAPHS and rows <= MAX_LAYOUT_ROWS:
            return True
        if rows <= MAX_PROSE_ROWS and _broken_prose(cell, table):
            return True
    return False


def _broken_prose(cell: HtmlElement, table: HtmlElement) -> bool:
    """Whether ``cell`` holds a story written as paragraphs between double line breaks."""
    breaks = 0
    for br in cell.iter("br"):
        after = br.getnext()
        if (
            after is not None
            and after.tag == "br"
            and not (br.tail or "").strip()
            and _table_of(br) is table
        ):
            breaks += 1
    if breaks < MIN_PARAGRAPHS:
        return False
    text = cell.text_content()
    # A character of Chinese, Japanese or Korean carries the words of two or three of ours.
    return len(text) + sum(1 for c in text if c >= "\u2e80") >= MIN_PROSE_CHARS
