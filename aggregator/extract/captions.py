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
MAX_CAPTION_CHARS = 200
MAX_CAPTIONS = 50


def caption_lines(tree: HtmlElement) -> tuple[str, ...]:
    """Short caption and credit texts, in page order, without repeats.

    Attribution reads image credits from them; they never join the article text.
    """
    found: dict[str, None] = {}
    captioned: list[HtmlElement] = _CAPTION_XPATH(tree)  # type: ignore[assignment]
    for element in captioned[:MAX_CAPTIONS]:
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
