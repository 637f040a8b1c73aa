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

from lxml.etree import ElementDefaultClassLookup
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
from trafilatura.utils import HTML_PARSER


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
