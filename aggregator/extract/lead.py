"""The lead paragraph (standfirst) that trafilatura leaves out of the main text."""

from __future__ import annotations

from typing import Any

from lxml.html import HtmlElement

from aggregator.extract.firsts import body_of
from aggregator.extract.jsonld import text_of
from aggregator.extract.words import tokens

_OUTSIDE = frozenset(
    {
        "a",
        "nav",
        "footer",
        "aside",
        "header",
        "script",
        "style",
        "noscript",
        "button",
        "figcaption",
        "li",
        "title",
    }
)
_INLINE = frozenset({"strong", "b", "em", "i", "span", "font", "u", "small"})
#: Characters of the description looked up in the page: enough to be unique.
NEEDLE_CHARS = 40
MIN_LEAD_CHARS = 60


def recover_lead(
    text: str, tree: HtmlElement, article: dict[str, Any] | None, meta: dict[str, str]
) -> str:
    """``text`` with the page's visible lead paragraph put first when it is missing.

    The lead is found through the page's description (og, meta or JSON-LD), which
    publishers fill with it; only a paragraph that is shown in the body counts.
    """
    description = (
        meta.get("og:description")
        or meta.get("description")
        or (text_of(article.get("description")) if article else None)
        or ""
    )
    needle = " ".join(description.split())[:NEEDLE_CHARS]
    if len(needle) < NEEDLE_CHARS or tokens(needle) in tokens(text):
        return text
    lead = _visible_paragraph(tree, needle)
    if lead is None or tokens(lead)[: len(tokens(needle)) // 2] in tokens(text):
        return text
    return f"{lead}\n{text}"


def _visible_paragraph(tree: HtmlElement, needle: str) -> str | None:
    body = body_of(tree)
    if body is None or ('"' in needle and "'" in needle):
        return None
    quoted = f"'{needle}'" if "'" not in needle else f'"{needle}"'
    for node in body.xpath(f"//body//text()[contains(normalize-space(.), {quoted})]"):
        block = node.getparent()
        while block is not None and block.tag in _INLINE:
            block = block.getparent()
        if block is None or any(a.tag in _OUTSIDE for a in block.iterancestors()):
            continue
        if block.tag in _OUTSIDE:
            continue
        lead = " ".join(block.text_content().split())
        if len(lead) >= MIN_LEAD_CHARS and len(lead) < 1500:
            return lead
    return None
