"""The <meta> and <link rel> values of a page, keyed by lower-cased name."""

from __future__ import annotations

from lxml.html import HtmlElement

_META_KEYS = ("property", "name", "itemprop", "http-equiv")


def page_meta(tree: HtmlElement) -> dict[str, str]:
    """``<meta name|property|itemprop>`` contents and ``<link rel>`` hrefs; the first value wins.

    Keys are lower-cased ("og:title", "article:published_time", "canonical", "author").
    """
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = (element.get("content") or "").strip()
        if not content:
            continue
        for attribute in _META_KEYS:
            key = (element.get(attribute) or "").strip().lower()
            if key:
                found.setdefault(key, content)
                break
    for element in tree.iter("link"):
        href = (element.get("href") or "").strip()
        for rel in (element.get("rel") or "").lower().split():
            if href:
                found.setdefault(rel, href)
    return found


def html_language(tree: HtmlElement) -> str | None:
    """The primary language tag of ``<html lang>`` ("en-GB" gives "en"), if any."""
    root = tree.getroottree().getroot()
    lang = (root.get("lang") or root.get("xml:lang") or "").strip()
    return lang.split("-")[0].split("_")[0].lower() or None
