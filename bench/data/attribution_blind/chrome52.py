# ruff: noqa: E501  (one template line a line)
"""Page templates of the fifty-second blind set (see its README section).

Written for this set from the markup that business portals, finance quote pages, sports portals,
diocesan papers, science news rooms and farming portals emit; not derived from any earlier
template. Five families, each with four credit slots: `top` (above the text), `byline` (in the
byline row), `end` (closing the text) and `box` (an aside after it). Stdlib only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any

SLOTS = ("top", "byline", "end", "box")


@dataclass
class Page:
    fam: str
    lang: str
    code: str
    site: str
    host: str
    name: str
    url: str
    title: str
    deck: str
    iso: str
    date: str
    time: str
    author: str
    paras: list[str]  # already escaped
    slots: dict[str, list[str]]
    caption: str
    image: str
    ui: dict[str, Any]
    related: list[tuple[str, str]]
    section: str
    extra: dict[str, str] = field(default_factory=dict)


def _e(text: str) -> str:
    return escape(text, quote=True)


def _head(p: Page, kind: str, css: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(p.title)} | {_e(p.name)}</title>\n"
        f'<link rel="canonical" href="{_e(p.url)}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{_e(p.title)}">\n'
        f'<meta property="og:site_name" content="{_e(p.name)}">\n<meta name="description" content="{_e(p.deck)}">\n'
        f'<meta property="article:published_time" content="{p.iso}">\n'
        f'<link rel="stylesheet" href="https://{p.host}/assets/{css}.css">\n'
        f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"{kind}","headline":"{_e(p.title)}","datePublished":"{p.iso}"}}</script>\n'
        "</head>\n"
    )


def _slot(p: Page, slot: str, cls: str, tag: str = "p") -> str:
    return "".join(f'<{tag} class="{cls}">{_e(t)}</{tag}>\n' for t in p.slots.get(slot, []))


def _body(p: Page, cls: str) -> str:
    return "".join(f'<p class="{cls}">{t}</p>\n' for t in p.paras)


def _related(p: Page, cls: str) -> str:
    items = "".join(f'<li><a href="{_e(u)}">{_e(t)}</a></li>' for t, u in p.related)
    return f'<section class="{cls}"><h2>{_e(p.ui["related"])}</h2><ul>{items}</ul></section>\n'


def _nav(p: Page, cls: str) -> str:
    links = "".join(f'<li><a href="/{i}">{_e(n)}</a></li>' for i, n in enumerate(p.ui["nav"], 1))
    return f'<nav class="{cls}" aria-label="main"><ul>{links}</ul></nav>\n'


def _figure(p: Page, cls: str) -> str:
    cap = f"<figcaption>{_e(p.caption)}</figcaption>" if p.caption else ""
    return f'<figure class="{cls}"><img src="https://{p.host}/media/{p.image}" alt="" width="960" height="540" loading="lazy">{cap}</figure>\n'


def portal(p: Page) -> str:
    """A business portal or finance quote page with its news tab: ticker strip, quote header,
    tabs (news selected), article with a provider label, disclaimer."""
    tick = p.extra["ticker"]
    return (
        _head(p, "NewsArticle", "portal")
        + '<body class="fin-portal">\n'
        f'<div class="ticker-strip" role="marquee"><span class="idx">{_e(p.ui["index"])}</span> <span class="chg up">{_e(p.ui.get("chg", "+0,4 %"))}</span></div>\n'
        f'<header class="fp-header"><a class="fp-logo" href="/">{_e(p.name)}</a><form class="fp-search" role="search"><input type="search" placeholder="{_e(p.ui["search"])}"></form></header>\n'
        + _nav(p, "fp-nav")
        + f'<div class="quote-head"><span class="sym">{_e(tick)}</span> <span class="last">{_e(p.extra["price"])}</span></div>\n'
        f'<ul class="quote-tabs" role="tablist"><li role="tab">{_e(p.ui["overview"])}</li><li role="tab" aria-selected="true" class="on">{_e(p.ui["news"])}</li><li role="tab">{_e(p.ui["chart"])}</li></ul>\n'
        '<main class="fp-main"><article class="fp-article">\n'
        + _slot(p, "top", "fp-provider")
        + f'<h1 class="fp-title">{_e(p.title)}</h1>\n'
        f'<div class="fp-meta"><time datetime="{p.iso}">{_e(p.date)} {p.time}</time>'
        + (f' <span class="fp-author">{_e(p.author)}</span>' if p.author else "")
        + "".join(f' <span class="fp-source">{_e(t)}</span>' for t in p.slots.get("byline", []))
        + "</div>\n"
        + _figure(p, "fp-figure")
        + '<div class="fp-body">\n'
        + _body(p, "fp-p")
        + _slot(p, "end", "fp-end")
        + "</div>\n"
        + "".join(f'<aside class="fp-release-box"><p>{_e(t)}</p></aside>\n' for t in p.slots.get("box", []))
        + "</article>\n"
        + _related(p, "fp-more")
        + "</main>\n"
        f'<footer class="fp-foot"><p>{_e(p.ui["disclaimer"])}</p><p>© 2027 {_e(p.name)}</p></footer>\n'
        "</body>\n</html>\n"
    )


def sport(p: Page) -> str:
    """A sports portal: live-score bar, club menu, match report with the agency's label."""
    return (
        _head(p, "NewsArticle", "sport")
        + '<body class="sp-site">\n'
        f'<div class="live-bar"><span class="live-dot">●</span> {_e(p.ui["live"])}</div>\n'
        f'<header class="sp-top"><a class="sp-brand" href="/">{_e(p.name)}</a></header>\n'
        + _nav(p, "sp-menu")
        + f'<main><article class="sp-report"><p class="sp-kicker">{_e(p.section)}</p>\n'
        + _slot(p, "top", "sp-agency")
        + f'<h1>{_e(p.title)}</h1>\n<p class="sp-lead"><strong>{_e(p.deck)}</strong></p>\n'
        '<div class="sp-byline">'
        + (f'<span class="sp-by">{_e(p.author)}</span> ' if p.author else "")
        + "".join(f'<span class="sp-src">{_e(t)}</span> ' for t in p.slots.get("byline", []))
        + f'<time datetime="{p.iso}">{_e(p.date)}, {p.time}</time></div>\n'
        + _figure(p, "sp-pic")
        + '<div class="sp-text">\n'
        + _body(p, "sp-p")
        + _slot(p, "end", "sp-credit")
        + "</div>\n"
        + "".join(f'<div class="sp-info-box"><p>{_e(t)}</p></div>\n' for t in p.slots.get("box", []))
        + f'<div class="sp-share"><span>{_e(p.ui["share"])}</span> <a href="#">X</a> <a href="#">WhatsApp</a></div>\n'
        "</article>\n"
        + _related(p, "sp-more")
        + "</main>\n"
        f'<footer class="sp-foot"><p>{_e(p.ui["rights"])} © 2027 {_e(p.name)}</p></footer>\n'
        "</body>\n</html>\n"
    )


def church(p: Page) -> str:
    """A diocesan paper: diocese masthead, liturgical day, article with the agency's mark."""
    return (
        _head(p, "NewsArticle", "diocese")
        + '<body class="dz-paper">\n'
        f'<header class="dz-mast"><p class="dz-diocese">{_e(p.extra["diocese"])}</p><a class="dz-title" href="/">{_e(p.name)}</a><p class="dz-day">{_e(p.date)}</p></header>\n'
        + _nav(p, "dz-nav")
        + '<main class="dz-main"><article>\n'
        + f'<p class="dz-rubric">{_e(p.section)}</p>\n'
        + _slot(p, "top", "dz-agency")
        + f'<h1 class="dz-h">{_e(p.title)}</h1>\n'
        '<p class="dz-by">'
        + (f"{_e(p.author)} · " if p.author else "")
        + "".join(f'<span class="dz-src">{_e(t)}</span> · ' for t in p.slots.get("byline", []))
        + f'<time datetime="{p.iso}">{p.time}</time></p>\n'
        + _figure(p, "dz-fig")
        + '<div class="dz-text">\n'
        + _body(p, "dz-p")
        + _slot(p, "end", "dz-sig")
        + "</div>\n"
        + "".join(f'<aside class="dz-note"><p>{_e(t)}</p></aside>\n' for t in p.slots.get("box", []))
        + "</article>\n"
        + _related(p, "dz-also")
        + "</main>\n"
        f'<footer class="dz-foot"><p>{_e(p.ui["subscribe"])}</p><p>{_e(p.name)} · {_e(p.extra["diocese"])}</p></footer>\n'
        "</body>\n</html>\n"
    )


def science(p: Page) -> str:
    """A science and health news room or aggregator: topic bar, article, "provided by" and
    journal boxes after the text."""
    journal = p.extra.get("journal", "")
    jbox = (
        f'<div class="sx-journal"><span class="sx-label">{_e(p.ui["journal"])}</span> <a href="#">{_e(journal)}</a></div>\n'
        if journal
        else ""
    )
    return (
        _head(p, "ScholarlyArticle" if journal else "NewsArticle", "science")
        + '<body class="sx">\n'
        f'<header class="sx-head"><a class="sx-logo" href="/">{_e(p.name)}</a><span class="sx-claim">{_e(p.ui["claim"])}</span></header>\n'
        + _nav(p, "sx-topics")
        + f'<main class="sx-main"><article class="sx-news"><p class="sx-topic">{_e(p.section)}</p>\n'
        + _slot(p, "top", "sx-release")
        + f'<h1>{_e(p.title)}</h1>\n'
        f'<p class="sx-meta"><time datetime="{p.iso}">{_e(p.date)}</time>'
        + (f' · <span class="sx-author">{_e(p.author)}</span>' if p.author else "")
        + "".join(f' · <span class="sx-org">{_e(t)}</span>' for t in p.slots.get("byline", []))
        + "</p>\n"
        + _figure(p, "sx-fig")
        + '<div class="sx-body">\n'
        + _body(p, "sx-p")
        + _slot(p, "end", "sx-more")
        + "</div>\n"
        + (f'<p class="sx-moreinfo"><strong>{_e(p.ui["more"])}</strong> {_e(p.extra["more_info"])}</p>\n' if p.extra.get("more_info") else "")
        + jbox
        + "".join(f'<div class="sx-provided"><p>{_e(t)}</p></div>\n' for t in p.slots.get("box", []))
        + f'<div class="sx-cite"><span>{_e(p.ui["cite"])}</span> <code>{_e(p.url)}</code></div>\n'
        "</article>\n"
        + _related(p, "sx-related")
        + "</main>\n"
        f'<footer class="sx-foot"><p>{_e(p.ui["rights"])}</p></footer>\n'
        "</body>\n</html>\n"
    )


def farm(p: Page) -> str:
    """A farming portal: weather and market-price strip, channel menu, article, "agency" box."""
    return (
        _head(p, "NewsArticle", "farm")
        + '<body class="ag-portal">\n'
        f'<div class="ag-strip"><span class="ag-weather">{_e(p.ui["weather"])}</span> <span class="ag-prices">{_e(p.ui["prices"])}</span></div>\n'
        f'<header class="ag-head"><a class="ag-logo" href="/">{_e(p.name)}</a></header>\n'
        + _nav(p, "ag-channels")
        + f'<main><article class="ag-article"><p class="ag-channel">{_e(p.section)}</p>\n'
        + _slot(p, "top", "ag-source")
        + f'<h1>{_e(p.title)}</h1>\n'
        f'<p class="ag-teaser">{_e(p.deck)}</p>\n'
        '<div class="ag-meta">'
        + (f'<span class="ag-author">{_e(p.author)}</span> ' if p.author else "")
        + "".join(f'<span class="ag-src">{_e(t)}</span> ' for t in p.slots.get("byline", []))
        + f'<time datetime="{p.iso}">{_e(p.date)} {p.time}</time></div>\n'
        + _figure(p, "ag-img")
        + '<div class="ag-text">\n'
        + _body(p, "ag-p")
        + _slot(p, "end", "ag-quelle")
        + "</div>\n"
        + "".join(f'<aside class="ag-box"><p>{_e(t)}</p></aside>\n' for t in p.slots.get("box", []))
        + "</article>\n"
        + _related(p, "ag-more")
        + "</main>\n"
        f'<footer class="ag-foot"><p>{_e(p.ui["newsletter"])}</p><p>© 2027 {_e(p.name)}</p></footer>\n'
        "</body>\n</html>\n"
    )


RENDER: dict[str, Callable[[Page], str]] = {
    "portal": portal,
    "sport": sport,
    "church": church,
    "science": science,
    "farm": farm,
}
