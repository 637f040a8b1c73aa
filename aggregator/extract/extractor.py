"""Main text and metadata of an article page: trafilatura, JSON-LD, <meta> and the feed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

import trafilatura
from htmldate import find_date
from lxml.etree import XPath
from lxml.html import HtmlElement

from aggregator.errors import EmptyText, NotAnArticle, NotHtml, Paywall
from aggregator.extract import metadata as articlemeta
from aggregator.extract import pagetype
from aggregator.extract.blocklines import article_lines
from aggregator.extract.boilerplate import closing_notices, strip_boilerplate
from aggregator.extract.captions import caption_lines
from aggregator.extract.dates import iso8601
from aggregator.extract.decoding import decode_html, looks_binary
from aggregator.extract.firsts import title_text
from aggregator.extract.htmlparser import parse_html, use_c_element_lookup
from aggregator.extract.joiners import has_joiners, with_joiners_kept
from aggregator.extract.jsonld import article_object, jsonld_objects, text_of
from aggregator.extract.layouttables import unwrap_layout_tables
from aggregator.extract.lead import recover_lead
from aggregator.extract.linklists import PRUNE_XPATH, mark_link_lists
from aggregator.extract.liveblog import add_live_posts
from aggregator.extract.markedlines import marked_lines
from aggregator.extract.microdata import microdata_sources
from aggregator.extract.pagemeta import html_language, page_meta
from aggregator.extract.sidelines import side_lines
from aggregator.extract.sourcelinks import source_links
from aggregator.extract.xpathguards import install as guard_trafilatura_xpaths
from aggregator.models import FeedEntry

#: Below this many characters of main text a page is not an article.
MIN_TEXT_CHARS = 60
#: Below this many characters trafilatura's text is "too little": the fallbacks are tried.
SHORT_TEXT_CHARS = 250
#: trafilatura's second opinions are asked when its first pass keeps less text than this ...
SECOND_OPINION_CHARS = 500
#: ... or less than this share of the text in the page's paragraphs.
SECOND_OPINION_SHARE = 0.3
#: (plain strings: only their lengths are read, and a string knowing its element costs more)
_PARAGRAPH_TEXT = XPath("//p//text()", smart_strings=False)

use_c_element_lookup()  # before any page is parsed: see htmlparser.py
guard_trafilatura_xpaths()  # the same selections, ~1/3 of their CPU: see xpathguards.py


@dataclass(frozen=True)
class Extracted:
    """What one page yields: text and metadata, plus the markup attribution reads."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    top_image: str | None = None
    tags: tuple[str, ...] = ()
    provenance: dict[str, str] = field(default_factory=dict)
    #: schema.org objects found in JSON-LD, for attribution (isBasedOn, publisher, ...)
    jsonld: tuple[dict[str, Any], ...] = ()
    #: <meta name|property> and <link rel> values, lower-cased keys ("canonical", "og:site_name")
    meta: dict[str, str] = field(default_factory=dict)
    #: the outlet the page names as its publisher (JSON-LD publisher, og:site_name)
    publisher: str | None = None
    summary: str | None = None
    #: JSON-LD isAccessibleForFree, when the page says
    accessible_for_free: bool | None = None
    #: short caption and credit lines of the page (attribution reads image credits there)
    captions: tuple[str, ...] = ()
    #: short lines next to the text that extraction left out (credit lines often sit there)
    side_lines: tuple[str, ...] = ()
    #: (line, linked words, address) of links out of short lines: a credit's linked name
    source_links: tuple[tuple[str, str, str], ...] = ()
    #: "paywall" when the text is the teaser of a paid article, else None
    access: str | None = None


def extract_bytes(
    body: bytes,
    url: str | None,
    content_type: str | None,
    entry: FeedEntry | None = None,
    *,
    fast: bool = False,
) -> Extracted:
    """Decode a response body and extract its article; raise NotHtml for non-HTML content."""
    return extract(decode_html(body, content_type), url, entry, fast=fast)


def extract(
    html: str, url: str | None = None, entry: FeedEntry | None = None, *, fast: bool = False
) -> Extracted:
    """Extract one article from ``html``; raise an ExtractionFailed subclass when there is none.

    ``entry`` is the feed item the page was found through: its metadata fills what the
    page lacks, and ``provenance`` says which source each field came from. ``fast`` never
    asks trafilatura's second opinions (readability, jusText; see ``_article_text``): about 7%
    less CPU per page for a little less recall (setting EXTRACTION_FAST;
    bench/results/extraction-fast.md).
    """
    if looks_binary(html):  # decoded bytes that were never text: no article in them
        raise NotHtml("binary content served as HTML")
    if not html.strip():  # said once, here: lxml's parser would log its own error first
        raise NotHtml("no HTML document could be parsed")
    tree = parse_html(html)
    if tree is None:
        raise NotHtml("no HTML document could be parsed")
    pagetype.check_bot_wall(tree, html)
    meta, objects = page_meta(tree), jsonld_objects(tree)
    page = _Page(tree, url, article_object(objects), objects, meta, has_joiners(tree, html))
    text = _article_text(page, _title_candidates(tree, page.article, meta, entry), fast)
    teaser = pagetype.paywall_teaser(text, page.article, meta)
    text = text if teaser is None else teaser
    if len(text) < MIN_TEXT_CHARS:
        if teaser is not None:  # a paywall's prompt and (almost) nothing before it
            raise Paywall(f"{len(text)} characters of text before the paywall's prompt")
        raise EmptyText(f"{len(text)} characters of main text")
    extracted = _assemble(text, page, entry)
    return extracted if teaser is None else dataclasses.replace(extracted, access="paywall")


@dataclass(frozen=True)
class _Page:
    """What the steps of one page's extraction read: its tree, URL and structured data."""

    tree: HtmlElement
    url: str | None
    #: the JSON-LD object that describes the article, if any
    article: dict[str, Any] | None
    #: every schema.org object of the page's JSON-LD
    objects: tuple[dict[str, Any], ...]
    #: <meta> and <link rel> values (``page_meta``)
    meta: dict[str, str]
    #: whether its text has zero-width joiners, which trafilatura would drop (``joiners``)
    joiners: bool
    #: copyright notices stripping dropped after the text's last line (``closing_notices``)
    notices: list[str] = field(default_factory=list)


def _article_text(page: _Page, titles: tuple[str, ...], fast: bool) -> str:
    """The article's text, cleaned, and checked to be an article's (else NotAnArticle).

    trafilatura's first pass runs without its second opinions (readability, jusText), which
    cost a quarter of its CPU and change the text of one page in sixteen. They are asked, unless
    ``fast``, when the first pass may have missed the article (``_under_extracted``) or kept a
    text the page checks reject as no article. On the corpora's check half that keeps the F1 of
    asking them on every page within 0.003 (bench/results/extraction.md).
    """
    tree, url, meta = page.tree, page.url, page.meta
    # marks, not removal: the page checks and metadata read the whole tree afterwards
    site = url or meta.get("canonical") or meta.get("og:url")
    unwrap_layout_tables(tree)
    prune = PRUNE_XPATH if mark_link_lists(tree, site) else None
    first = with_joiners_kept(
        tree,
        lambda: trafilatura.extract(
            tree, url=url, include_comments=False, prune_xpath=prune, fast=True
        ),
        present=page.joiners,
    )
    if fast or not _under_extracted(first or "", tree):
        try:
            return _checked(first or "", page, titles)
        except NotAnArticle:
            if fast:
                raise
    second = with_joiners_kept(
        tree,
        lambda: trafilatura.extract(tree, url=url, include_comments=False, prune_xpath=prune),
        present=page.joiners,
    )
    return _checked(second or "", page, titles)


def _under_extracted(text: str, tree: HtmlElement) -> bool:
    """Whether trafilatura's first pass kept less than ``SECOND_OPINION_CHARS`` or less than
    ``SECOND_OPINION_SHARE`` of the text of the page's paragraphs (tuned on the tune half)."""
    if len(text) < SECOND_OPINION_CHARS:
        return True
    paragraphs: list[str] = _PARAGRAPH_TEXT(tree)  # type: ignore[assignment]
    return len(text) < SECOND_OPINION_SHARE * sum(map(len, paragraphs))


def _checked(text: str, page: _Page, titles: tuple[str, ...]) -> str:
    """trafilatura's ``text`` completed (fallbacks, lead, live posts), its boilerplate
    stripped, checked to be an article's."""
    lined = article_lines(_with_fallbacks(text, page), page.tree)
    text = strip_boilerplate(lined, titles)
    page.notices[:] = closing_notices(lined, text)
    text = recover_lead(text, page.tree, page.article, page.meta)
    text = add_live_posts(text, page.objects)
    pagetype.check_not_article(text, page.tree, page.objects, page.meta, MIN_TEXT_CHARS)
    return text


def _with_fallbacks(text: str, page: _Page) -> str:
    """trafilatura's text; JSON-LD articleBody when trafilatura finds nothing or too little."""
    if len(text) >= SHORT_TEXT_CHARS:
        return text
    body = (text_of(page.article.get("articleBody")) if page.article else None) or ""
    recall = with_joiners_kept(
        page.tree,
        lambda: trafilatura.extract(
            page.tree, url=page.url, include_comments=False, favor_recall=True
        ),
        present=page.joiners,
    )
    return max((text, body, recall or ""), key=len)


def _title_candidates(
    tree: HtmlElement,
    article: dict[str, Any] | None,
    meta: dict[str, str],
    entry: FeedEntry | None,
) -> tuple[str, ...]:
    return tuple(
        t
        for t in (
            text_of(article.get("headline")) if article else None,
            meta.get("og:title"),
            meta.get("twitter:title"),
            entry.title if entry else None,
            articlemeta.page_title(tree),
            title_text(tree),
        )
        if t
    )


def _side(tree: HtmlElement, text: str, url: str | None, notices: list[str]) -> tuple[str, ...]:
    beside = side_lines(tree, text, notices)
    marked = [line for line in marked_lines(tree, text, url, beside) if line not in beside]
    return (*beside, *marked)


def _assemble(text: str, page: _Page, entry: FeedEntry | None) -> Extracted:
    tree, url, article, objects, meta = page.tree, page.url, page.article, page.objects, page.meta
    m = articlemeta.Merger()
    a = article or {}
    publishers = articlemeta.publisher_names(article, meta)
    authors, author_origin = articlemeta.authors_from(article, meta, entry, publishers)
    if author_origin:
        m.provenance["authors"] = author_origin
    free = a.get("isAccessibleForFree")
    return Extracted(
        captions=caption_lines(tree),
        side_lines=_side(tree, text, url, page.notices),
        source_links=source_links(tree, url),
        text=text,
        title=m.pick(
            "title",
            ("jsonld", text_of(a.get("headline"))),
            ("meta", meta.get("og:title")),
            ("feed", entry and entry.title),
            ("html", articlemeta.page_title(tree)),
        ),
        authors=authors,
        published=_published(m, a, meta, entry, tree, url),
        modified=m.pick(
            "modified",
            ("jsonld", a.get("dateModified")),
            ("meta", meta.get("article:modified_time") or meta.get("og:updated_time")),
            clean=articlemeta.date_of,
        ),
        language=_language(m, a, tree, meta, entry),
        canonical_url=m.pick(
            "canonical_url",
            ("meta", meta.get("canonical")),
            ("meta", meta.get("og:url")),
            ("jsonld", text_of(a.get("url"))),
        ),
        top_image=m.pick(
            "top_image",
            ("meta", meta.get("og:image")),
            ("jsonld", text_of(a.get("image"))),
            ("meta", meta.get("twitter:image")),
        ),
        tags=m.pick(
            "tags",
            ("jsonld", articlemeta.tags_from(article, {})),
            ("meta", articlemeta.tags_from(None, meta)),
            ("feed", entry and entry.tags),
        )
        or (),
        provenance=m.provenance,
        # the source properties stated in microdata too, as JSON-LD would give them
        jsonld=objects + microdata_sources(tree),
        meta=meta,
        publisher=m.pick(
            "publisher", ("jsonld", text_of(a.get("publisher"))), ("meta", meta.get("og:site_name"))
        ),
        summary=m.pick(
            "summary",
            ("jsonld", text_of(a.get("description"))),
            ("meta", meta.get("og:description") or meta.get("description")),
            ("feed", entry and entry.summary),
        ),
        accessible_for_free=None if free is None else str(free).lower() not in {"false", "0"},
    )


def _published(
    m: articlemeta.Merger,
    article: dict[str, Any],
    meta: dict[str, str],
    entry: FeedEntry | None,
    tree: HtmlElement,
    url: str | None,
) -> str | None:
    """JSON-LD, then <meta>, then the feed's pubDate; htmldate's guess only when none has one."""
    found = m.pick(
        "published",
        ("jsonld", article.get("datePublished")),
        ("meta", meta.get("article:published_time") or meta.get("datepublished")),
        ("feed", entry and entry.published),
        clean=articlemeta.date_of,
    )
    if not found:
        found = m.pick("published", ("htmldate", _guess_date(tree, url)), clean=iso8601)
    return str(found) if found else None


def _guess_date(tree: HtmlElement, url: str | None) -> str | None:
    # extensive_search would call dateparser: seconds per page on some pages, for a guess
    return find_date(
        tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
    )


def _language(
    m: articlemeta.Merger,
    article: dict[str, Any],
    tree: HtmlElement,
    meta: dict[str, str],
    entry: FeedEntry | None,
) -> str | None:
    og_locale = meta.get("og:locale", "").split("_")[0]
    value = m.pick(
        "language",
        ("jsonld", text_of(article.get("inLanguage"))),
        ("html", html_language(tree)),
        ("meta", meta.get("content-language") or og_locale),
        ("feed", entry and entry.language),
    )
    return str(value).split("-")[0].lower() if value else None
