"""Small data model for the blind attribution cases: sites, page parts and cases."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Site:
    """A website that serves the page: its name (og:site_name), chrome and host."""

    name: str
    chrome: str  # "wordpress" | "blogger" | "portal" | "bare"
    host: str = ""  # defaults to www.<site> (or <site> for blogspot and bare pages)


@dataclass(frozen=True)
class Part:
    """One piece of credit-ish page text placed around the article paragraphs.

    where: "head" (before the first paragraph), "tail" (after the last one), "inline"
    (appended to the last paragraph), "dateline" (prefixed to the first paragraph),
    "byline" (article header), "figure" (image or chart after the first paragraph),
    "widget" (hidden page furniture).
    text: the visible text; when `credit` is true it is listed in credit_lines.
    """

    where: str
    text: str
    html: str = ""
    credit: bool = True


@dataclass(frozen=True)
class Case:
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
    url: str = ""


def _wrap(text: str, wrap: str) -> str:
    """`p` -> <p>t</p>; `em`, `b`, `strong`, `i` -> <p><em>t</em></p>; `div.cls` -> <div class>."""
    body = escape(text, quote=False)
    if wrap == "p":
        return f"<p>{body}</p>"
    if "." in wrap:
        tag, cls = wrap.split(".", 1)
        return f'<{tag} class="{cls}">{body}</{tag}>'
    return f"<p><{wrap}>{body}</{wrap}></p>"


def head(text: str, wrap: str = "em", credit: bool = True) -> Part:
    return Part("head", text, _wrap(text, wrap), credit)


def tail(text: str, wrap: str = "p", credit: bool = True) -> Part:
    return Part("tail", text, _wrap(text, wrap), credit)


def inline(text: str, credit: bool = True) -> Part:
    return Part("inline", text, escape(text, quote=False), credit)


def dateline(text: str) -> Part:
    return Part("dateline", text, escape(text, quote=False), credit=False)


def byline(text: str, credit: bool = True) -> Part:
    return Part("byline", text, escape(text, quote=False), credit)


def figure(caption: str, image_credit: str = "") -> Part:
    """A photo with a caption and an optional separate credit span; never a credit line."""
    cap = escape(caption, quote=False)
    cred = ""
    if image_credit:
        cred = f' <span class="image-credit">{escape(image_credit, quote=False)}</span>'
    html = (
        '<figure class="wp-block-image">'
        '<img src="/media/photo.jpg" alt="" width="800" height="533">'
        f"<figcaption>{cap}{cred}</figcaption></figure>"
    )
    return Part("figure", f"{caption} {image_credit}".strip(), html, credit=False)


def chart(title: str, rows: list[tuple[str, str]], source: str) -> Part:
    """A small data table with a data-source line under it; never a credit line."""
    cells = "".join(f"<tr><td>{escape(a)}</td><td>{escape(b)}</td></tr>" for a, b in rows)
    html = (
        f'<figure class="chart"><table><caption>{escape(title)}</caption>{cells}</table>'
        f'<figcaption class="chart-source">{escape(source)}</figcaption></figure>'
    )
    return Part("figure", source, html, credit=False)


def link(
    prefix: str,
    anchor: str,
    href: str,
    suffix: str = "",
    wrap: str = "p",
    title: str = "",
    where: str = "tail",
) -> Part:
    """A credit whose outlet (or only its address) is a hyperlink."""
    t = f' title="{escape(title)}"' if title else ""
    inner = (
        f"{escape(prefix, quote=False)}"
        f'<a href="{escape(href)}"{t} rel="nofollow noopener" target="_blank">'
        f"{escape(anchor, quote=False)}</a>{escape(suffix, quote=False)}"
    )
    html = f"<p>{inner}</p>" if wrap == "p" else f'<div class="{wrap}">{inner}</div>'
    return Part(where, f"{prefix}{anchor}{suffix}", html, credit=True)


def widget(html: str, text: str) -> Part:
    return Part("widget", text, html, credit=False)


def case(
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
    url: str = "",
) -> Case:
    acc = tuple(accept)
    if expected is not None and expected not in acc:
        acc = (expected, *acc)
    return Case(
        category, lang, site, story, expected, acc, placement, parts, note, insert, keep, url
    )
