# ruff: noqa: E501
"""Data model of the second blind set: the first set's parts plus markup-only credits.

A page may carry its credit outside the article paragraphs: in the byline block, in a
source box under the story, in JSON-LD or in a cross-domain canonical link. Those are
declared on the case (`ld`, `canonical`, `meta`) or as parts with their own markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any

from model import Part


@dataclass(frozen=True)
class Site2:
    """A website of the second set: name (og:site_name), chrome and host."""

    name: str
    chrome: str  # ghost | substack | medium | amp | wpnews | blogger2 | portal2
    host: str = ""  # defaults to www.<site> (or <site> for blogspot/substack-like hosts)


@dataclass(frozen=True)
class Case2:
    category: str
    lang: str
    site: str
    story: str
    expected: str | None
    accept: tuple[str, ...]
    placement: str
    parts: tuple[Part, ...]
    note: str = ""
    insert: tuple[tuple[int, str], ...] = ()
    keep: tuple[str, ...] = ()
    ld: dict[str, Any] = field(default_factory=dict)  # merged into the page's JSON-LD
    canonical: str = ""  # a canonical URL on another site ("" = the page's own URL)
    meta: str = ""  # extra <head> markup (meta tags)


def case2(
    category: str,
    lang: str,
    site: str,
    story: str,
    expected: str | None,
    accept: list[str] | tuple[str, ...],
    placement: str,
    *parts: Part,
    note: str = "",
    insert: tuple[tuple[int, str], ...] = (),
    keep: tuple[str, ...] = (),
    ld: dict[str, Any] | None = None,
    canonical: str = "",
    meta: str = "",
) -> Case2:
    acc = tuple(accept)
    if expected is not None and expected not in acc:
        acc = (expected, *acc)
    return Case2(
        category,
        lang,
        site,
        story,
        expected,
        acc,
        placement,
        parts,
        note,
        insert,
        keep,
        ld or {},
        canonical,
        meta,
    )


def markup(where: str, text: str, html: str, credit: bool = True) -> Part:
    """A part whose visible text is `text`, rendered as the given raw `html`."""
    return Part(where, text, html, credit)


def byline_html(text: str, html: str, credit: bool = True) -> Part:
    """The page's byline block, replacing the template's author element."""
    return Part("byline", text, html, credit)


def source_box(label: str, name: str, href: str = "", cls: str = "article-source") -> Part:
    """A labelled source element outside the paragraphs ("Source" + outlet), in the
    template's meta area: `<span class=cls><span>label</span> <a>name</a></span>`."""
    inner = escape(name, quote=False)
    if href:
        inner = f'<a href="{escape(href)}" rel="nofollow" target="_blank">{inner}</a>'
    html = f'<span class="{cls}"><span class="label">{escape(label, quote=False)}</span> {inner}</span>'
    return Part("meta", f"{label} {name}", html, credit=True)


def after(text: str, html: str, credit: bool = True) -> Part:
    """Markup after the article body container (a source/via box, a related-links box)."""
    return Part("after", text, html, credit)


def wrap_p(text: str, inner_html: str, cls: str = "") -> Part:
    """A tail paragraph whose visible text is `text` and whose inner markup is given."""
    c = f' class="{cls}"' if cls else ""
    return Part("tail", text, f"<p{c}>{inner_html}</p>", credit=True)
