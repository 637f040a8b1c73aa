"""Links out of the page's short lines, kept with the line they sit in, so that a credit line
whose name is a link ("Source: <a href=…>Reuters</a>", "Fuente: <a>EFE</a>", "来源: <a>人民网</a>")
gives the original's address (issue 14, the twelfth conventions round).

Text and side lines are plain text: the link's address is lost there. Attribution matches a
record here to the credit line it decided on (its line and its linked name) and takes the
address when it is an article on another site (attribution/credit_links.py decides).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from aggregator.urls import host_of, registrable

#: A credit line is short, and so is the outlet's name in it.
MAX_LINE_CHARS = 200
MAX_NAME_CHARS = 80
#: Elements that only style a run of words inside a line: the line is their block's.
_INLINE = frozenset({"a", "span", "em", "i", "b", "strong", "small", "font", "cite", "time"})
#: A page's menus link to other sites' home pages (a header or footer may also hold the
#: article's own meta line or source field: only a menu is left out).
_FURNITURE = frozenset({"nav", "script", "style", "noscript", "template"})


def source_links(tree: HtmlElement, url: str | None) -> tuple[tuple[str, str, str], ...]:
    """(line, linked words, address) of each link to another site from a short line."""
    own = registrable(host_of(url or "") or "")
    # A page links the same few sites and lines over and over: each is judged once (issue 21).
    other_site: dict[str, bool] = {}
    lines: dict[HtmlElement, str | None] = {}
    found: dict[tuple[str, str, str], None] = {}
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href.startswith(("http://", "https://")):
            continue
        netloc = href.split("/", 3)[2]  # with any "?…" or "#…" that follows it: host_of drops it
        if netloc not in other_site:
            host = host_of("https://" + netloc)
            other_site[netloc] = bool(host) and registrable(host or "") != own
        if not other_site[netloc]:
            continue
        words = " ".join(anchor.text_content().split())
        if not 0 < len(words) <= MAX_NAME_CHARS:
            continue
        block = _block(anchor)
        if block is None:
            continue
        if block not in lines:
            lines[block] = _line(block)
        line = lines[block]
        if line is not None:
            found[(line, words, href)] = None
    return tuple(found)


def _block(anchor: HtmlElement) -> HtmlElement | None:
    """The block whose text is the anchor's line."""
    block = anchor.getparent()
    while block is not None and block.tag in _INLINE:
        block = block.getparent()
    return block


def _line(block: HtmlElement) -> str | None:
    """The block's text as one line, or None when it is long or in the page's furniture."""
    for parent in block.iterancestors():
        if parent.tag in _FURNITURE:
            return None
    line = " ".join(block.text_content().split())
    return line if len(line) <= MAX_LINE_CHARS else None
