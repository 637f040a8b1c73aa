"""Image captions and credit lines of a page, which trafilatura's main text often drops."""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

#: Where captions live: <figcaption>, and elements whose class says caption or credit (the
#: class attributes tested, then their elements: half the cost of testing every element).
_CAPTION_XPATH = XPath(
    "//figcaption | //@class[contains(., 'caption') or contains(., 'credit')]/.."
)
#: The tags a stray credit line sits in ("<span>Image Credit: Google, Al-Jazeera</span>").
_LINE_TAGS = ("span", "p", "small", "em", "i", "b", "strong", "div", "cite")
#: The start of a credit line: "Image Credit:", "Photo:", "Foto:", "Picture courtesy ...".
_CREDITISH = re.compile(
    r"^\s*(?:images?|photos?|pictures?|pics?|fotos?|bild|photograph|illustration|"
    r"credit|courtesy)\b",
    re.IGNORECASE,
)
#: A credit block's label that says it credits the story, not a picture: "Story by",
#: "Story courtesy of", "Text:" (a theme's "credit-label" over its "credit-name").
_STORY_LABEL = re.compile(
    r"^\s*(?:(?:story|article|text|report)\s+(?:by|courtesy\s+of)|text|texto|testo)\s*:?\s*$",
    re.IGNORECASE,
)
#: A credit element's class naming a picture ("photo-credit", "image-credit", "foto-credito").
_PICTURE_CLASS = re.compile(r"photo|image|img|picture|foto|figure|caption|media", re.IGNORECASE)
MAX_CAPTION_CHARS = 200
MAX_CAPTIONS = 50


def caption_lines(tree: HtmlElement) -> tuple[str, ...]:
    """Short caption and credit texts, in page order, without repeats.

    Attribution reads image credits from them; they never join the article text.
    """
    found: dict[str, None] = {}
    captioned: list[HtmlElement] = _CAPTION_XPATH(tree)  # type: ignore[assignment]
    for element in captioned[:MAX_CAPTIONS]:
        if _story_credit(element):
            continue
        _keep(found, element.text_content())
    for element in tree.iter(_LINE_TAGS):
        # Only the element's own leading text is tested: cheap on pages of 100k elements.
        if len(found) < MAX_CAPTIONS and _CREDITISH.match((element.text or "")[:40]):
            _keep(found, element.text_content())
    return tuple(found)


def _keep(found: dict[str, None], text: str) -> None:
    line = " ".join(text.split())
    if 0 < len(line) <= MAX_CAPTION_CHARS:
        found[line] = None


def _story_credit(element: HtmlElement) -> bool:
    """A "credit" element that is the story's: its label says so, or the element before it
    is that label ("<div class=credit-label>Story by</div><div class=credit-name>…"), or it
    is a paragraph of the text's own ("<p class=item__credit>" after the story's last <p>,
    no picture in or before it: a picture's credit sits in its figure or by its image)."""
    if _STORY_LABEL.match(element.text_content()) is not None:
        return True
    before = element.getprevious()
    if before is None or not isinstance(before.tag, str):
        return False
    return _STORY_LABEL.match(before.text_content()) is not None or _closing_paragraph(
        element, before
    )


def _closing_paragraph(element: HtmlElement, before: HtmlElement) -> bool:
    return (
        element.tag == "p"
        and before.tag == "p"
        and not _PICTURE_CLASS.search(element.get("class", ""))
        and not element.xpath("descendant-or-self::img | ancestor::figure")
        and not before.xpath("descendant::img")
    )
