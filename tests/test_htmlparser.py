"""``parse_html`` builds trafilatura's ``load_html`` tree, from bytes (extract/htmlparser.py)."""

from __future__ import annotations

import gzip

import pytest
from lxml import etree
from trafilatura.utils import load_html

from aggregator.extract.decoding import decode_html
from aggregator.extract.htmlparser import parse_html
from tests.conftest import require_shared

_DOC = "<html><head><title>T</title></head><body><p>Café \u200c naïve 日本語 😀</p></body></html>"


def _same(html: str) -> None:
    ours, theirs = parse_html(html), load_html(html)
    if theirs is None:
        assert ours is None
        return
    assert ours is not None
    assert ours.tag == theirs.tag
    assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")
    assert etree.tostring(ours.getroottree()) == etree.tostring(theirs.getroottree())


@pytest.mark.parametrize(
    "html",
    [
        _DOC,
        "<!DOCTYPE html>\n" + _DOC,
        "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x.dtd' />" + _DOC,  # one line
        '<?xml version="1.0" encoding="utf-8"?>\n' + _DOC,  # a str parse refuses it
        '<html lang="en"/>\n<body><p>self-closed html</p></body>',
        "\ufeff" + _DOC,  # byte-order mark
        "\u00a0\u3000" + _DOC,  # whitespace outside ASCII before the first tag
        "  \n\t" + _DOC,
        _DOC.replace("Café", "Caf\x00é\x1f\x08"),  # controls trafilatura deletes
        _DOC.replace("Café", "Caf\ufffe\uffff"),
        _DOC.replace("Café", "Caf\ud800"),  # a lone surrogate
        "<p>a fragment</p>",
        "<p>one</p><p>two</p>",
        "<div><p>a</p></div> trailing",
        "just some text, no markup",
        "<html></html>",
        "<body>no html tag</body>",
        "Latin-1 only: caf\u00e9 na\u00efve",
        "<html><body>" + "x" * 100_000 + "</body></html>",
    ],
)
def test_parse_html_builds_trafilaturas_tree(html: str) -> None:
    _same(html)


def test_parse_html_builds_trafilaturas_tree_of_the_real_pages() -> None:
    root = require_shared("extraction")
    for page in sorted(root.glob("*/html/*.html.gz"))[::3]:
        _same(decode_html(gzip.decompress(page.read_bytes()), "text/html"))
