"""Zero-width joiners kept through trafilatura.

The zero-width non-joiner and joiner (U+200C, U+200D) are spelling in Persian, Urdu, Kurdish
and the Indic scripts ("می‌گویند", "بی‌بی‌سی"): without them words run together and stop
matching what the page says. trafilatura drops every character that is not printable, these
two included, so around its call they stand in the tree as printable symbols no article uses,
and are put back in the tree and in the text it returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from lxml import etree
from lxml.html import HtmlElement

# joiner -> stand-in (printable symbols of the Symbols for Legacy Computing block)
_STAND_INS = {"\u200c": "\U0001fbc1", "\u200d": "\U0001fbc2"}
_TO_STAND_IN = str.maketrans(_STAND_INS)
_FROM_STAND_IN = str.maketrans({v: k for k, v in _STAND_INS.items()})


def _texts_with(characters: list[str], *, test: bool = False) -> etree.XPath:
    """The text nodes holding one of ``characters`` (or, ``test``, whether there is one)."""
    found = "//text()[" + " or ".join(f'contains(., "{c}")' for c in characters) + "]"
    return etree.XPath(f"boolean({found})" if test else found)


_HAS_JOINER = _texts_with(list(_STAND_INS), test=True)
_JOINED_TEXTS = _texts_with(list(_STAND_INS))
_STOOD_IN_TEXTS = _texts_with(list(_STAND_INS.values()))
#: A joiner's character reference in HTML source: named, decimal or hexadecimal.
_REFERENCE = re.compile(r"&(?:zwn?j|#(?:0*820[45]|[xX]0*200[cCdD]))")


def has_joiners(tree: HtmlElement, html: str | None = None) -> bool:
    """Whether any text of ``tree`` has a joiner (one pass in C, asked once a page: most
    pages have none, and walking the tree in Python costs milliseconds). ``html``, the
    page's source, settles it first for the pages that write no joiner at all (0.1 ms
    against the tree's 0.6)."""
    if html is not None and not _written_in(html):
        return False
    return bool(_HAS_JOINER(tree))


def _written_in(html: str) -> bool:
    """Whether HTML source writes a joiner: the character itself (a one-character test runs
    at memory speed) or its reference (one expression with a literal lead)."""
    return "\u200c" in html or "\u200d" in html or _REFERENCE.search(html) is not None


def with_joiners_kept(
    tree: HtmlElement, extract: Callable[[], str | None], *, present: bool
) -> str | None:
    """``extract()``'s text with the tree's joiners where the page had them (``present``:
    ``has_joiners(tree)``); the tree is left as it was."""
    if not present or not _swap(tree, _JOINED_TEXTS, _TO_STAND_IN):
        return extract()
    try:
        text = extract()
    finally:
        _swap(tree, _STOOD_IN_TEXTS, _FROM_STAND_IN)
    return None if text is None else text.translate(_FROM_STAND_IN)


def _swap(tree: HtmlElement, texts: etree.XPath, table: dict[int, str]) -> bool:
    """Translate by ``table`` the texts and tails ``texts`` finds in ``tree`` (found in C:
    walking every element in Python cost 26 ms a page); whether there were any."""
    found = cast(list[etree._ElementUnicodeResult], texts(tree))
    for text in found:
        parent = text.getparent()
        if parent is not None:  # the node's text is its parent's text or tail
            setattr(parent, "tail" if text.is_tail else "text", text.translate(table))
    return bool(found)
