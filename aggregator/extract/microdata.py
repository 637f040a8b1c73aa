"""schema.org's source properties written as microdata instead of JSON-LD (issue 14).

A theme may state a copy's source in the body's microdata: ``<div itemprop="sourceOrganization"
itemscope itemtype="https://schema.org/NewsMediaOrganization"><meta itemprop="name"
content="Reuters"><link itemprop="url" href="https://www.reuters.com"></div>``. Its name sits in
a ``<meta>`` (no visible text), so neither the text nor the lines beside it carry it. It is read
here into the object JSON-LD would give (``{"sourceOrganization": {"name": "Reuters", "url":
…}}``), which attribution reads with the page's JSON-LD. Only an element whose ``itemprop`` is
the source property alone: "copyrightHolder provider sourceOrganization" on one element is the
site's owner's card (extract/markedlines.py reads it so too).
"""

from __future__ import annotations

from typing import Any

from lxml.etree import XPath
from lxml.html import HtmlElement

#: The properties that name a copy's original, as markup.JSONLD_SOURCES reads them (the whole
#: itemprop value: one property alone); the attributes are tested, then their elements taken:
#: half the cost of testing every element.
_XPATH = XPath("//body/descendant::*/@itemprop[. = 'sourceOrganization' or . = 'isBasedOn']/..")
#: Not an article type (extract/jsonld.ARTICLE_TYPES): the page's article is never this.
_CARRIER = "CreativeWork"


def microdata_sources(tree: HtmlElement) -> tuple[dict[str, Any], ...]:
    """Objects ``{"@type": "CreativeWork", <property>: {"name": …, "url": …}}`` for the source
    properties the body states in microdata."""
    found: list[dict[str, Any]] = []
    elements: list[HtmlElement] = _XPATH(tree)  # type: ignore[assignment]
    for element in elements:
        value = _item(element)
        if value:
            found.append({"@type": _CARRIER, element.get("itemprop"): value})
    return tuple(found)


def _item(element: HtmlElement) -> dict[str, str]:
    """The item's name and url from its own ``itemprop`` children (a nested item's are its)."""
    value: dict[str, str] = {}
    kind = (element.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]
    if kind:
        value["@type"] = kind
    for child in element.iter():
        key = child.get("itemprop") if child is not element else None
        if key not in ("name", "url") or key in value:
            continue
        text = child.get("content") or child.get("href") or child.text_content()
        if text and text.strip():
            value[key] = text.strip()
    if "name" not in value and "url" not in value and not element.get("itemscope"):
        # "<span itemprop="sourceOrganization">Reuters</span>": the text is the name
        text = element.text_content().strip()
        if text:
            value["name"] = text
    return value if ("name" in value or "url" in value) else {}
