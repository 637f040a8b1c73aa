"""How much of an extracted text is link text: index pages, sitemaps and link farms."""

from __future__ import annotations

from lxml.html import HtmlElement

#: Elements whose text trafilatura keeps as one line (a paragraph, list item, heading, cell).
_BLOCKS = frozenset(
    {
        "p",
        "li",
        "dd",
        "dt",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "div",
        "section",
        "article",
        "figcaption",
    }
)


def link_text_share(text: str, tree: HtmlElement) -> float:
    """Share of the characters of ``text`` that are link text in the page.

    Decided on the text extraction kept, not on the raw page (navigation and footers are
    gone by then): each line of ``text`` is looked up among the page's blocks that hold a
    link, and counts the link text of its block. A line that matches no block counts as
    unlinked, so an article with a link in every paragraph keeps a low share, while a page
    that is a list of links scores near 1.
    """
    lines = [_normal(line.lstrip("-*• ")) for line in text.splitlines()]
    total = sum(len(line) for line in lines)
    if not total:
        return 0.0
    linked = _linked_blocks(tree, set(lines))
    return sum(min(len(line), linked.get(line, 0)) for line in lines) / total


def _linked_blocks(tree: HtmlElement, lines: set[str]) -> dict[str, int]:
    """The text of each block that holds a link and reads as one of ``lines`` -> the
    characters of link text in it (the last such block's, where blocks read alike). The
    links of the other blocks (menus, footers, teasers) are never measured (issue 21)."""
    anchors: dict[HtmlElement, list[HtmlElement]] = {}
    for anchor in tree.iter("a"):
        block = anchor.getparent()
        while block is not None and block.tag not in _BLOCKS:
            block = block.getparent()
        if block is not None:
            anchors.setdefault(block, []).append(anchor)
    linked: dict[str, int] = {}
    for block, inside in anchors.items():
        if (key := _normal(block.text_content())) in lines:
            linked[key] = sum(len(_normal(anchor.text_content())) for anchor in inside)
    return linked


def _normal(text: str) -> str:
    return " ".join(text.split())
