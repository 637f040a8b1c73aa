"""Shortcuts of extraction's own steps give what the long way gives (issue 21)."""

from __future__ import annotations

import gzip
import random
import re

from lxml.html import HtmlElement, fromstring

from aggregator.extract import (
    boilerplate,
    decoding,
    firsts,
    linkshare,
    markedlines,
    sidelines,
    words,
)
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


_MARK_SEPARATORS = re.compile(r"[\s_-]+")


def test_a_value_is_marked_when_a_word_between_separators_is() -> None:
    """``is_marked`` splits as the pattern of separators would, at every whitespace too."""
    spaces = [chr(c) for c in range(0x3001) if re.fullmatch(r"\s", chr(c))]
    values = [f"x{space}source{space}y" for space in spaces] + [
        "article-source",
        "field--name-field-kaynak",
        "__byline__",
        "author_name",
        "-_-publisher-_-",
        "sourced",
        "re-source-ful",
        "authors",
        "BYLINE",
        "",
        "---",
    ]
    for value in values:
        words = _MARK_SEPARATORS.split(value.lower())
        assert markedlines.is_marked(value) == (not markedlines._MARKED_WORDS.isdisjoint(words))
    assert all(markedlines.is_marked(f"x{space}source") for space in spaces)
    for tree in _real_trees(3):
        for value in tree.xpath(markedlines._MARK_VALUES):
            words = _MARK_SEPARATORS.split(value.lower())
            assert markedlines.is_marked(value) == (not markedlines._MARKED_WORDS.isdisjoint(words))


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


# -- may_contain: a lower-cased substring test before a case-insensitive pattern -----------


def test_only_the_known_oddities_match_a_needle_without_lowering_to_it() -> None:
    """``may_contain``'s premise, over every code point: a character that a case-insensitive
    pattern matches to a letter of a needle in use lowers to that letter, or is one of the
    oddities."""
    letters = set("abcdefghijklmnopqrstuvwxyz").union(
        *boilerplate._PROMO_WORDS, *markedlines._LINK_CUE_WORDS
    )
    anyone = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.IGNORECASE)
    for point in range(0x110000):
        char = chr(point)
        if not anyone.fullmatch(char) or char.lower() in letters:
            continue
        assert char in words._CASE_ODDITIES, f"U+{point:04X} {char!r}"


def test_may_contain_is_false_only_where_no_pattern_matches() -> None:
    needles = ("sign up", "click here", "@")
    pattern = re.compile("sign up|click here|@", re.IGNORECASE)
    for text in (
        "SIGN UP today",
        "Please Click Here",
        "mail jo@x.org",
        "S\u0131gn up",  # dotless i
        "CL\u0130CK HERE",  # dotted capital I
        "\u017fign up",  # long s
        "a long s alone: \u017f",  # an oddity, no match: a false alarm is allowed
        "Nothing at all",
        "Ünïcödé but no needle",
    ):
        found = pattern.search(text) is not None
        assert words.may_contain(text, needles) or not found, text


# -- strip_boilerplate: the worded promo forms only on lines holding one of their words ----

_PROMO_WHOLE = re.compile(
    boilerplate._PROMO_OPENING.pattern + "|" + boilerplate._PROMO_WORDED.pattern,
    boilerplate._FLAGS,
)
_PROMO_LINES = [
    "Sign up for our newsletter to get the day's news in your inbox.",
    "SUBSCRIBE to the Morning Briefing newsletter",
    "Our weekly NEWSLETTER is free",
    "Free sign up: no card needed",
    "Jetzt abonnieren und weiterlesen",
    "We use cookies to improve your experience on our site.",
    "This website uses cookies.",
    "Click here to see the full gallery",
    "Jane Doe can be reached at jane@example.com",
    "Download the app: our apps for iOS and Android",
    "S\u0131gn up for our da\u0131ly newsletter",  # the oddities: dotless i ...
    "CL\u0130CK HERE for more",  # ... a dotted capital I ...
    "\u017fubscribe now and save",  # ... a long s
    "Cl\u0131ck here",
    "Read more: the story before this one",
    "A plain sentence of the story, with no promotion in it at all.",
    "An email from the ministry said the talks would resume.",
    "",
]


def test_promo_lines_are_those_the_whole_pattern_matches() -> None:
    assert boilerplate._promo_line(_PROMO_LINES[0])
    for line in _PROMO_LINES:
        assert boilerplate._promo_line(line) == bool(_PROMO_WHOLE.match(line)), line


def test_promo_lines_of_the_real_pages() -> None:
    for tree in _real_trees(3):
        for node in tree.iter("p", "li", "div", "span", "a"):
            line = " ".join(node.text_content().split())
            assert boilerplate._promo_line(line) == bool(_PROMO_WHOLE.match(line)), line


# -- marked_lines: the loose link cue only on edge lines holding one of its words ----------

_CUE_LINES = [
    "Read the original article on Example News.",
    "This story originally appeared on X.",
    "It was first published by The Conversation.",
    "PUBLIÉ À L'ORIGINE sur Le Monde",
    "Publicado originalmente en El País",
    "Zuerst erschienen bei der taz",
    "Dieser Text erschien zuerst im Spiegel",
    "Haberin asl\u0131",
    "HABER\u0130N ASLI",  # a dotted capital I: the oddity sends it to the pattern
    "Haber\u0131n orijinali: X",  # a dotless i, likewise
    "Baca artikel aslinya di sini",
    "Orijinal haberi okuyun",
    "اصل خبر را بخوانید",
    "मूल खबर पढ़ें",
    "اقرأ المقال الأصلي على الموقع",
    "元記事を読む",
    "阅读原文",
    "원문 보기",
    "기사 원문",
    "ORIG\u0130NAL ARTICLE",
    "A story line with no cue in it at all.",
    "The first of many, an originality prize.",
    "",
]


def test_loose_cue_lines_are_those_the_loose_pattern_finds() -> None:
    assert markedlines._loose_cue(_CUE_LINES[0])
    for line in _CUE_LINES:
        found = markedlines._LOOSE_LINK_CUE.search(line) is not None
        assert markedlines._loose_cue(line) == found, line


def test_loose_cue_lines_of_the_real_pages() -> None:
    for tree in _real_trees(3):
        for node in tree.iter("p", "li", "div", "span", "a"):
            line = " ".join(node.text_content().split())
            found = markedlines._LOOSE_LINK_CUE.search(line) is not None
            assert markedlines._loose_cue(line) == found, line


# -- side lines: a logo's label looked for at the end of its collapsed line ----------------


def test_a_logo_label_match_spans_at_most_the_tail_searched() -> None:
    """The widest match on a collapsed line (each run of spaces one space) fits the tail."""
    pattern = sidelines._LOGO_LABEL.pattern
    collapsed = pattern.replace(r"(?:^|\s)", " ").replace(r"\s+", " ").replace(r"\s*", " ?")
    assert "\\s" not in collapsed
    widest = re._parser.parse(collapsed, re.IGNORECASE).getwidth()[1]  # type: ignore[attr-defined]
    assert widest <= sidelines._LOGO_LABEL_CHARS


_LABEL_LINES = [
    "Source",
    "  SOURCE :  ",
    "A long line of the story before it, and then Republished   with kind\tpermission from",
    "x" * 300 + " republished with kind permission from:",
    "x" * 300 + " REPRODUCED WITH PERMISSION OF \uff1a ",
    "x" * 300 + "\u00a0provided\n\nby\n",
    "x" * 300 + " originally published on",
    "Quelle:",
    "Some words, then the label: 출처",
    "xsource",
    "x" * 300 + "source",
    "Sources: Reuters",
    "courtesy",
    "",
    "   ",
]


def test_logo_labels_are_those_the_whole_search_finds() -> None:
    assert sidelines._ends_in_logo_label(_LABEL_LINES[2])
    for line in _LABEL_LINES:
        whole = sidelines._LOGO_LABEL.search(line) is not None
        assert sidelines._ends_in_logo_label(line) == whole, line


def test_logo_labels_of_the_real_pages() -> None:
    for tree in _real_trees(4):
        for node in tree.iter("p", "li", "span"):
            text = node.text_content()
            for line in (text, text + " Source ", text + "\nprovided  by:"):
                whole = sidelines._LOGO_LABEL.search(line) is not None
                assert sidelines._ends_in_logo_label(line) == whole


# -- firsts: the first <title>, <h1>, <body> without lxml's look-ahead walk ----------------

_FIRSTS_PAGES = [
    "<html><head><title>Head</title></head><body><svg><title>Logo</title></svg>"
    "<h1>One</h1><h1>Two</h1></body></html>",
    "<html><head></head><body><p>x</p><svg><title>Only in the body</title></svg></body></html>",
    "<html><head><title></title><title>Second</title></head><body><div><h1><b>A</b> b</h1>"
    "</div></body></html>",
    "<html><body><p>No title, no heading</p></body></html>",
]


def _firsts_agree(node: HtmlElement) -> None:
    assert firsts.title_text(node) == node.findtext(".//title")
    assert firsts.body_of(node) == node.find(".//body")
    assert firsts.h1_text(node) == node.xpath("string(//h1)")


def test_firsts_are_what_find_and_findtext_give() -> None:
    for page in _FIRSTS_PAGES:
        tree = fromstring(page)
        for node in (tree, *tree.iter("body", "head", "div", "svg")):  # subtrees too
            _firsts_agree(node)
    assert firsts.title_text(fromstring(_FIRSTS_PAGES[0])) == "Head"
    assert firsts.title_text(fromstring(_FIRSTS_PAGES[2])) == ""
    assert firsts.h1_text(fromstring(_FIRSTS_PAGES[2])) == "A b"


def test_firsts_of_the_real_pages() -> None:
    for tree in _real_trees(2):
        _firsts_agree(tree)


# -- looks_binary: junk characters counted by a character class ---------------------------

_JUNK_CODES = (*range(9), 11, *range(14, 32), 0xFFFD)


def _binary_the_long_way(text: str) -> bool:
    head = text[:4096]
    junk = len(head) - len(head.translate(dict.fromkeys(_JUNK_CODES)))
    return junk > decoding._BINARY_SHARE * len(head)


def test_the_junk_class_holds_the_junk_characters_and_no_other() -> None:
    every = "".join(chr(c) for c in (*range(0x10000), 0x1F600, 0x10FFFF))
    assert [c for c in every if decoding._JUNK.fullmatch(c)] == [chr(c) for c in _JUNK_CODES]


def test_looks_binary_is_what_the_junk_count_says() -> None:
    rng = random.Random(21)
    texts = [
        "".join(chr(rng.randrange(0x110000 // 16)) for _ in range(5000)),
        bytes(rng.randrange(256) for _ in range(5000)).decode("latin-1"),
        bytes(rng.randrange(256) for _ in range(5000)).decode("utf-8", "replace"),
        "<html>" + "\x0b" * 80 + "a" * 4000,  # at the share ...
        "<html>" + "\x0b" * 83 + "a" * 4000,  # ... and just past it
        "\t\n\x0c\r" * 2000,
        "",
    ]
    for text in texts:
        assert decoding.looks_binary(text) == _binary_the_long_way(text)
    assert decoding.looks_binary(texts[4]) and not decoding.looks_binary(texts[3])
    for path in sorted(require_shared("extraction").glob("*/html/*.html.gz"))[::5]:
        text = decode_html(gzip.decompress(path.read_bytes()), "text/html")
        assert decoding.looks_binary(text) == _binary_the_long_way(text)
