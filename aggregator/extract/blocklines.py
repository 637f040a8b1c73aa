"""An article's text in lines when trafilatura's rescue gave it as one run of words.

When trafilatura's main extractor keeps less than its minimum (250 characters: a short
story, and in the scripts that say much in few characters, Chinese, Japanese, Korean, or in
a short Greek, Turkish or Indonesian piece, that is most of them), its rescue reads the page's
``<article>`` element whole and joins every block of it with spaces. The headline, the date,
each paragraph, a credit under the story and the share row after it ("Paylaş Facebook X
WhatsApp") then make one line, and whatever reads a line (a credit, a widget's label) reads
them as one. The same words are put back in the lines the element's blocks give them.
"""

from __future__ import annotations

from copy import copy

from lxml.html import HtmlElement
from trafilatura.baseline import basic_cleaning

#: Elements that end a line of text (the blocks trafilatura's rescue spaces apart).
_BLOCKS = (
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
)


def article_lines(text: str, tree: HtmlElement) -> str:
    """``text`` in the lines of the ``<article>`` element it was read from whole, when it is
    one line holding exactly that element's words; any other text as it is."""
    if not text or "\n" in text:
        return text
    target = _squashed(text)
    for article in tree.iterfind(".//article"):
        lines = _block_lines(article)
        if len(lines) > 1 and _squashed("".join(lines)) == target:
            return "\n".join(lines)
    return text


def _block_lines(element: HtmlElement) -> list[str]:
    """The element's text, cleaned as trafilatura's rescue cleans it, one line per block."""
    element = basic_cleaning(copy(element))
    for node in element.iter():  # the source's own line breaks are spaces in a browser
        node.text = node.text and node.text.replace("\n", " ")
        node.tail = node.tail and node.tail.replace("\n", " ")
    for block in element.iter(*_BLOCKS):
        if next(block.iterancestors("figure"), None) is not None:
            continue  # a figure's caption and its chart's source are one line: the figure's
        block.text = f"\n{block.text or ''}"
        block.tail = f"\n{block.tail or ''}"
    lines = (" ".join(line.split()) for line in element.text_content().split("\n"))
    return [line for line in lines if line]


def _squashed(text: str) -> str:
    return "".join(text.split())
