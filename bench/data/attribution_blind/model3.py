# ruff: noqa: E501
"""Data model of the third blind set: sites, cases and the parts that carry (or merely
look like) credits, placed in the head, the middle, the tail, the byline or the markup."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any


@dataclass(frozen=True)
class Part:
    """A piece of the page. where: head | mid | tail | byline | after | meta | figure.
    `text` is its visible text ("" for invisible markup), `credit` whether that text is a
    credit line that must leave the extracted text."""

    where: str
    text: str
    html: str
    credit: bool = True


@dataclass(frozen=True)
class Site3:
    name: str  # og:site_name
    chrome: (
        str  # wp | drupal | arc | brightspot | chorus | amp | joomla | bitrix | jpnews | koportal
    )
    host: str


@dataclass(frozen=True)
class Case3:
    category: str
    lang: str
    site: str
    story: str
    expected: str | None
    accept: tuple[str, ...]
    placement: str
    parts: tuple[Part, ...]
    note: str = ""
    keep: tuple[str, ...] = ()
    ld: dict[str, Any] = field(default_factory=dict)


def case(
    category: str,
    lang: str,
    site: str,
    story: str,
    expected: str | None,
    accept: list[str],
    placement: str,
    *parts: Part,
    note: str = "",
    keep: tuple[str, ...] = (),
    ld: dict[str, Any] | None = None,
) -> Case3:
    acc = tuple(accept)
    if expected is None:  # a null page has no credit line: what it shows must stay or is chrome
        parts = tuple(Part(p.where, p.text, p.html, False) for p in parts)
    if expected is not None and expected not in acc:
        acc = (expected, *acc)
    return Case3(category, lang, site, story, expected, acc, placement, parts, note, keep, ld or {})


def _wrap(text: str, tag: str, cls: str) -> str:
    inner = escape(text, quote=False)
    if tag:
        inner = f"<{tag}>{inner}</{tag}>"
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{inner}</p>"


def tail(text: str, tag: str = "", cls: str = "") -> Part:
    return Part("tail", text, _wrap(text, tag, cls))


def head(text: str, tag: str = "", cls: str = "") -> Part:
    return Part("head", text, _wrap(text, tag, cls))


def mid(text: str, tag: str = "", cls: str = "", credit: bool = True) -> Part:
    return Part("mid", text, _wrap(text, tag, cls), credit)


def raw(where: str, text: str, html: str, credit: bool = True) -> Part:
    return Part(where, text, html, credit)


def link(where: str, before: str, anchor: str, href: str, after: str = "") -> Part:
    html = f'<p>{escape(before, quote=False)}<a href="{escape(href)}" target="_blank" rel="noopener">{escape(anchor, quote=False)}</a>{escape(after, quote=False)}</p>'
    return Part(where, f"{before}{anchor}{after}", html)


def video(src: str = "https://www.youtube-nocookie.com/embed/q8Zr3mP0aXc") -> Part:
    html = f'<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe width="640" height="360" src="{src}" title="YouTube video player" frameborder="0" allowfullscreen></iframe></div></figure>'
    return Part("mid", "", html, False)


def pullquote(text: str) -> Part:
    return Part(
        "mid",
        text,
        f'<figure class="wp-block-pullquote"><blockquote><p>{escape(text, quote=False)}</p></blockquote></figure>',
        False,
    )


def figure(caption: str, src: str = "/media/photo.jpg") -> Part:
    html = f'<figure class="wp-block-image size-large"><img src="{src}" alt="" loading="lazy"><figcaption class="wp-element-caption">{escape(caption, quote=False)}</figcaption></figure>'
    return Part("figure", caption, html, False)


def dateline(text: str) -> Part:
    return Part("dateline", text, "", False)


def byline(text: str, html: str, credit: bool = True) -> Part:
    return Part("byline", text, html, credit)


def meta(html: str) -> Part:
    return Part("meta", "", html, False)


def after(text: str, html: str, credit: bool = True) -> Part:
    return Part("after", text, html, credit)
