"""Shortcuts of extraction's own steps give what the long way gives (issue 21)."""

from __future__ import annotations

import gzip
import re

from lxml.html import HtmlElement, fromstring

from aggregator.extract import boilerplate, linkshare, markedlines
from aggregator.extract.decoding import decode_html
from aggregator.extract.htmlparser import parse_html
from tests.conftest import require_shared


def _real_trees(step: int) -> list[HtmlElement]:
    root = require_shared("extraction")
    pages = sorted(root.glob("*/html/*.html.gz"))[::step]
    return [parse_html(decode_html(gzip.decompress(p.read_bytes()), "text/html")) for p in pages]


# -- marked_lines: each class, id and itemprop value tested once a worker ----------------


def _marked_the_long_way(tree: HtmlElement) -> list[HtmlElement]:
    values = tree.xpath(markedlines._MARK_VALUES)
    return list(dict.fromkeys(v.getparent() for v in values if markedlines.is_marked(v)))


_MARKED_PAGE = """<html><body>
<div class="Article-SOURCE">a</div><span id="byline_1">b</span>
<p itemprop="sourceOrganization">c</p>
<div class="resources">d</div><div class="x source" id="author">e</div><i class="kaynak-haber">f</i>
<div class="open-source-notice">g</div><div class="-publisher-">h</div><b class="sources">i</b>
</body></html>"""


def test_marked_elements_are_those_the_word_test_finds_cold_and_warm() -> None:
    markedlines._MARKED_VALUES.clear()
    tree = fromstring(_MARKED_PAGE)
    expected = _marked_the_long_way(tree)
    assert [e.text for e in expected] == ["a", "b", "c", "e", "f", "g", "h", "i"]
    assert markedlines._marked_elements(tree) == expected  # cold
    assert markedlines._marked_elements(tree) == expected  # every value remembered
    # the remembered values are plain strings: none keeps a page's tree alive
    assert all(type(value) is str for value in markedlines._MARKED_VALUES)


def test_the_remembered_values_stay_bounded(monkeypatch: object) -> None:
    markedlines._MARKED_VALUES.clear()
    monkeypatch.setattr(markedlines, "MAX_REMEMBERED_VALUES", 5)  # type: ignore[attr-defined]
    other = _MARKED_PAGE.replace('class="', 'class="other ').replace('id="', 'id="x-')
    for page in (_MARKED_PAGE, other, _MARKED_PAGE, other):  # each past the bound
        tree = fromstring(page)
        assert markedlines._marked_elements(tree) == _marked_the_long_way(tree)
        assert len(markedlines._MARKED_VALUES) <= 5 + 10


def test_marked_elements_of_the_real_pages() -> None:
    markedlines._MARKED_VALUES.clear()
    trees = _real_trees(4)
    for tree in [*trees, *trees]:  # cold, then warm
        assert markedlines._marked_elements(tree) == _marked_the_long_way(tree)


# -- link_text_share: only the blocks reading as a line of the text are measured ----------


def _share_the_long_way(text: str, tree: HtmlElement) -> float:
    normal = linkshare._normal
    lines = [normal(line.lstrip("-*• ")) for line in text.splitlines()]
    total = sum(len(line) for line in lines)
    if not total:
        return 0.0
    counts: dict[HtmlElement, int] = {}
    for anchor in tree.iter("a"):
        block = anchor.getparent()
        while block is not None and block.tag not in linkshare._BLOCKS:
            block = block.getparent()
        if block is not None:
            counts[block] = counts.get(block, 0) + len(normal(anchor.text_content()))
    linked = {normal(block.text_content()): count for block, count in counts.items()}
    return sum(min(len(line), linked.get(line, 0)) for line in lines) / total


def test_link_text_share_when_blocks_read_alike() -> None:
    """Two blocks with the same text: the later one's links count, as they always did."""
    tree = fromstring(
        "<html><body><p>Read <a href='/a'>this one</a> now</p><ul><li><a href='/b'>x</a>"
        "</li></ul><div><b>Read this one now</b></div><p><a href='/c'>Read this one now</a>"
        "</p><p>No link here</p></body></html>"
    )
    for text in ("Read this one now\nNo link here", "- x\nRead this one now", "x", ""):
        assert linkshare.link_text_share(text, tree) == _share_the_long_way(text, tree)


def test_link_text_share_of_the_real_pages() -> None:
    for tree in _real_trees(6):
        texts = [
            "\n".join(" ".join(p.text_content().split()) for p in tree.iter("p", "li")),
            "\n".join(" ".join(a.text_content().split()) for a in tree.iter("a")),
        ]
        for text in texts:
            assert linkshare.link_text_share(text, tree) == _share_the_long_way(text, tree)


# -- strip_boilerplate: only lines saying "tweet" are tried for the suffix -----------------


def test_the_tweet_suffix_is_cut_in_any_case() -> None:
    lines = [
        "A quote worth sharing. Click to Tweet",
        "A quote worth sharing.   CLICK TO TWEET  ",
        "A quote. cLiCk tO tWeEt\u00a0",
        "A quote. Click to tweet, then more",
        "Tweets are short.",
        "Nothing to cut here at all, a long sentence of the story itself.",
    ]
    cut = [re.sub(r"\s*click to tweet\s*$", "", line, flags=re.IGNORECASE) for line in lines]
    assert boilerplate.strip_boilerplate("\n".join(lines)) == boilerplate.strip_boilerplate(
        "\n".join(cut)
    )
    assert "Click to Tweet" not in boilerplate.strip_boilerplate(lines[0])
