"""trafilatura's guarded XPath expressions select what its own do (extract/xpathguards.py)."""

from __future__ import annotations

import gzip
import importlib
import re

import pytest
from lxml.etree import XPath
from lxml.html import fromstring

from aggregator.extract import extractor  # noqa: F401  (installs the guards, as a worker does)
from aggregator.extract.xpathguards import guarded, narrowed, required_literals
from tests.conftest import require_shared

_XPATHS = importlib.import_module("trafilatura.xpaths")
_BASELINE = importlib.import_module("trafilatura.baseline")
_SETTINGS = importlib.import_module("trafilatura.settings")
_NS = {"re": "http://exslt.org/regular-expressions"}


def _originals(*, every: bool = False) -> list[tuple[str, str]]:
    """(name, expression) of every trafilatura expression that tests a regular expression
    (``every``: of every expression), as trafilatura writes it (rebuilt from its source
    module, not the installed copies)."""
    source = importlib.util.find_spec("trafilatura.xpaths")
    assert source is not None and source.loader is not None
    fresh = importlib.util.module_from_spec(source)
    source.loader.exec_module(fresh)
    settings = importlib.util.module_from_spec(importlib.util.find_spec("trafilatura.settings"))
    importlib.util.find_spec("trafilatura.settings").loader.exec_module(settings)
    found = [("BASIC_CLEAN_XPATH", settings.BASIC_CLEAN_XPATH.path)]
    for name, value in vars(fresh).items():
        if isinstance(value, list) and value and all(isinstance(x, XPath) for x in value):
            found += [
                (f"{name}[{i}]", x.path)
                for i, x in enumerate(value)
                if every or "re:test" in x.path
            ]
    return found


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        ("^[Cc]omment(?!ary)|(?:article|post)-comments", ["omment"]),
        ("comment-page|post-comments|signin", ["comment-page", "post-comments", "signin"]),
        ("^(?:nav|post-nav|ZendeskForm)", ["nav", "ZendeskForm"]),
        ("bread-?crumb", ["bread"]),
        ("(^|\\s)link(\\s|$)", ["link"]),
        ("mvp-post-add-(?:box|wrap)|infinite-?scroll", ["mvp-post-add-", "infinite"]),
        # no literal every match must hold: no guard
        ("^a?b?$", None),
        ("[Aa]|x", None),
        ("(?:ab)*", None),
        ("a+", None),
    ],
)
def test_required_literals(pattern: str, literals: list[str] | None) -> None:
    assert (required_literals(pattern) or None) == literals


def test_a_pattern_without_literals_keeps_its_test_unguarded() -> None:
    expression = ".//*[re:test(@class, '^[a-z]+$')]"
    assert guarded(expression) == expression


def test_every_match_of_trafilaturas_patterns_holds_a_literal() -> None:
    """The guard's premise, on strings made to match: each alternative's own words, in
    other cases and inside other words."""
    patterns = [
        m.group(1)
        for _, path in _originals()
        for m in re.finditer(r"re:test\([^,]+,\s*'([^']*)'", path)
    ]
    assert len(patterns) > 30
    for pattern in patterns:
        literals = required_literals(pattern)
        if not literals:
            continue
        samples = [*pattern.split("|"), *(w for w in re.findall(r"[\w-]+", pattern))]
        for sample in samples:
            for text in (sample, f"x {sample} y", sample.upper(), sample.capitalize()):
                if re.search(pattern, text):
                    assert any(literal in text for literal in literals), (pattern, text)


def test_trafilatura_runs_the_guarded_expressions() -> None:
    """Installed where trafilatura reads them: its lists, and baseline's own name for the
    cleaning expression (``trafilatura.baseline`` is a function of the package: the module
    must be found by name)."""
    assert "contains(@class, 'omment')" in _XPATHS.REMOVE_COMMENTS_AND_LISTS_XPATH[0].path
    assert "((@class) and re:test(@class" in _BASELINE.BASIC_CLEAN_XPATH.path
    assert _SETTINGS.BASIC_CLEAN_XPATH is _BASELINE.BASIC_CLEAN_XPATH


_PAGE = """<html><body>
<div id="comments">c</div><div id="Commentary">d</div><div class="comment-list">e</div>
<div class="post-comments x">f</div><div class="commentary">g</div><ul class="Comments">h</ul>
<section id="comol">i</section><div class="x infinite-scroll">j</div><div class="mvp-post-add-box">
<h1>k</h1></div><div class="share-bar">l</div><div id="nav-top">m</div><p class="hide-me">n</p>
<div class="Cookie-Banner">o</div><div id="ONETRUST-consent-sdk">p</div>
<div class="a hidden">q</div><div class="byline">r</div><div class="authorName">s</div>
<div class="fulltext">t</div><div class="FullText">u</div><article class="article-body">v</article>
<div class="content_main">w</div>
<div class="main-column">x</div><span class="menu">y</span><div class="bottom">z</div>
<div class="link">a</div><div style="hidden">b</div><div id="reply-1">c</div><div>plain</div>
</body></html>"""


def _same(expression: str, tree: object) -> None:
    """The installed copy selects the original's nodes, in the same order, from the root
    and from an element inside (trafilatura also prunes subtrees)."""
    original = XPath(expression, namespaces=_NS)
    installed = XPath(narrowed(guarded(expression)), namespaces=_NS)
    for context in (tree, *tree.iter("body")):  # type: ignore[attr-defined]
        assert installed(context) == original(context), expression


@pytest.mark.parametrize(("name", "expression"), _originals(every=True))
def test_installed_expressions_select_the_same_nodes(name: str, expression: str) -> None:
    _same(expression, fromstring(_PAGE))


def test_installed_expressions_select_the_same_nodes_of_the_real_pages() -> None:
    root = require_shared("extraction")
    pages = sorted(root.glob("*/html/*.html.gz"))[::5]
    originals = _originals(every=True)
    for page in pages:
        tree = fromstring(gzip.decompress(page.read_bytes()))
        for _, expression in originals:
            _same(expression, tree)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (".//*[self::div or self::p][@class]", "(descendant::div | descendant::p)[@class]"),
        ("//*[self::h1][@id]//a", "(/descendant::h1)[@id]//a"),
        (".//*[@class='x']", "descendant::*[@class='x']"),
        ("//*[@id]", "/descendant::*[@id]"),
        # the first such element of each parent, not of the page: left as written
        (".//*[self::div][@class][1]", ".//*[self::div][@class][1]"),
        ("(.//*[self::div][@class])[last()]", "(.//*[self::div][@class])[last()]"),
        # a union of paths: left as written
        ("//*[self::a][@rel]|//author", "//*[self::a][@rel]|//author"),
        # a name test beside another test in the first predicate: only the axis changes
        (".//*[self::div or @id]", "descendant::*[self::div or @id]"),
        (".//div[@class]", ".//div[@class]"),
    ],
)
def test_narrowed(expression: str, expected: str) -> None:
    assert narrowed(expression) == expected


_POSITIONS = """<html><body><div class="a"><div class="a">1</div><div class="a">2</div></div>
<section class="a"><p>3</p></section><div class="a">4</div></body></html>"""


def test_a_positional_predicate_would_count_elsewhere() -> None:
    """Why positional expressions are left alone: ``[1]`` after ``.//*`` is the first of
    each parent's children, after the union the first of the whole page."""
    tree = fromstring(_POSITIONS)
    kept = XPath(".//*[self::div or self::section][@class][1]")(tree)
    unioned = XPath("(descendant::div | descendant::section)[@class][1]")(tree)
    assert len(kept) == 2 and len(unioned) == 1
    assert XPath(narrowed(".//*[self::div or self::section][@class][1]"))(tree) == kept
