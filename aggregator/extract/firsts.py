"""The first element of a kind in a page, found without walking the rest of the page.

``tree.find(".//title")`` walks the whole tree however early its match: lxml's iterator
finds its next match before it returns one, so the <title> first in the <head> costs a
walk of the whole <body> to look for a second (~0.13 ms a page, and the page's title was
looked up four times; issue 21). ``descendant::title[1]`` selects the same element, the
first descendant of that name in document order, and libxml2 stops there.
"""

from __future__ import annotations

from lxml.etree import XPath
from lxml.html import HtmlElement

_TITLE = XPath("descendant::title[1]")
_BODY = XPath("descendant::body[1]")
_H1_TEXT = XPath("string(/descendant::h1[1])")


def title_text(tree: HtmlElement) -> str | None:
    """``tree.findtext(".//title")``: the first <title>'s text ("" when it has none), or
    None without one."""
    found: list[HtmlElement] = _TITLE(tree)  # type: ignore[assignment]
    return (found[0].text or "") if found else None


def h1_text(tree: HtmlElement) -> str:
    """``tree.xpath("string(//h1)")``: the text of the document's first <h1>, "" without one."""
    return str(_H1_TEXT(tree))


def body_of(tree: HtmlElement) -> HtmlElement | None:
    """``tree.find(".//body")``."""
    found: list[HtmlElement] = _BODY(tree)  # type: ignore[assignment]
    return found[0] if found else None
