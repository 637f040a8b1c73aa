"""The parser every page goes through: trafilatura's, with lxml's element lookup done in C.

trafilatura parses with an ``lxml.html.HTMLParser``, whose element-class lookup is Python
code: lxml calls it for every element it hands to Python (each ``iter()``, XPath result,
parent and child), some 4,700 times a page, ~4% of a page's extraction CPU (issue 21;
callgrind over the real pages: 4.4% fewer instructions, the same output on every page).
``ElementDefaultClassLookup`` makes the same ``HtmlElement`` objects in C. The one thing
lost: <form>, <input>, <select>, <textarea> and <label> no longer get lxml's form helpers
(``.fields``, ``.value``), which neither this package nor trafilatura reads.
"""

from __future__ import annotations

import re

from lxml.etree import ElementDefaultClassLookup
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, HTML_PARSER, load_html


def use_c_element_lookup() -> None:
    """Give trafilatura's parser (``trafilatura.utils.load_html``) lxml's C element lookup."""
    HTML_PARSER.set_element_class_lookup(
        ElementDefaultClassLookup(
            element=HtmlElement,
            comment=HtmlComment,
            pi=HtmlProcessingInstruction,
            entity=HtmlEntity,
        )
    )


#: Characters trafilatura's ``repair_faulty_html`` deletes (``INVALID_XML_CHARS``): the C0
#: controls but tab and line ends, as UTF-8 bytes, and U+FFFE, U+FFFF.
_CONTROL_BYTES = tuple(bytes([c]) for c in (*range(9), 11, 12, *range(14, 32)))
_NONCHARACTERS = ("\ufffe", "\uffff")
#: The first character that is no whitespace (as ``str.isspace`` and ``\s`` say).
_FIRST_SOLID = re.compile(r"\S")


def parse_html(html: str) -> HtmlElement | None:
    """``trafilatura.utils.load_html(html)``, the same tree, from the text's UTF-8 bytes.

    trafilatura repairs the text (a regular expression over all of it deletes control
    characters), parses the ``str`` and falls back to its UTF-8 bytes. Parsing the bytes
    costs less than the ``str`` (lxml hands libxml2 a ``str`` as UTF-16 or UCS-4 to
    convert), and the control characters are found in the bytes at memory speed: ~0.8 ms a
    page (issue 21). Text on which the two parses could differ, or whose parse fails, takes
    trafilatura's own path: lone surrogates, a byte-order mark, whitespace outside ASCII
    before the first tag (lxml's test for a whole document reads ``\\s`` in a ``str`` and in
    ``bytes`` differently), a control character or a noncharacter to delete.
    """
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: trafilatura encodes them "surrogatepass"
        return load_html(html)
    solid = _FIRST_SOLID.search(html)
    lead = html[: solid.start()] if solid else html
    if (
        not lead.isascii()
        or html.startswith("\ufeff")
        or any(c in data for c in _CONTROL_BYTES)
        or any(c in html for c in _NONCHARACTERS)
    ):
        return load_html(html)
    beginning = html[:50].lower()
    repaired = _repaired(html, beginning)
    if repaired != html:
        data = repaired.encode("utf-8")
    try:
        tree = fromstring(data, parser=HTML_PARSER)
    except Exception:  # trafilatura logs it, on its own path
        return load_html(html)
    if tree is None or len(tree) < 1:
        return load_html(html)
    # trafilatura's rejection of a fragment that is no HTML document
    return None if "html" not in beginning and len(tree) < 2 else tree


def _repaired(html: str, beginning: str) -> str:
    """``trafilatura.utils.repair_faulty_html`` on a text without characters to delete."""
    if "doctype" in beginning:
        firstline, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = FAULTY_HTML.sub(r"\1>", html, count=1)
            break
    return html
