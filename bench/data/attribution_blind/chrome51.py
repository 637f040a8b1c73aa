# ruff: noqa: E501, RUF001  (markup a line; the breadcrumb's angle quote is meant)
"""Page templates of the fifty-first blind set, written for it from the markup local-news sites in the
English-speaking press emit (chain papers on a shared platform, neighbourhood network sites, TV station
group sites, UK and Irish regional groups, Canadian chains, Australian and New Zealand masthead
networks). Not derived from any earlier set's templates. Stdlib only.

Each renderer takes a `Page` and returns one HTML document. Credit and own lines come in `slots`
(slot -> texts): `top` (kicker above the headline), `byline` (the byline row), `end` (after the
text), `box` (an aside under the text) and `foot` (the source row under the article); a renderer
asserts that it places every slot it is given.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape


@dataclass
class Page:
    fam: str
    lang: str
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
    paras: list[str]  # html of each paragraph (escaped, dateline marked)
    slots: dict[str, list[str]]
    caption: str | None
    image: str
    related: list[tuple[str, str]]
    partners: list[str]
    section: str
    group: tuple[str, tuple[str, ...]] | None
    contrib: str | None = None
    chrome_note: str | None = None
    pixel: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _e(text: str) -> str:
    return escape(text, quote=True)


def _ld(p: Page) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": p.iso,
        "mainEntityOfPage": p.url,
        "publisher": {"@type": "Organization", "name": p.name},
    }
    if p.author:
        data["author"] = [{"@type": "Person", "name": p.author}]
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _head(p: Page, css: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(p.title)} | {_e(p.name)}</title>\n"
        f'<link rel="canonical" href="{_e(p.url)}">\n'
        f'<meta property="og:site_name" content="{_e(p.name)}">\n'
        f'<meta property="og:title" content="{_e(p.title)}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="article:published_time" content="{p.iso}">\n'
        f'<link rel="stylesheet" href="https://{p.host}/{css}">\n{_ld(p)}\n</head>\n'
    )


def _take(p: Page, slot: str) -> list[str]:
    return p.slots.pop(slot, [])


def _img(p: Page, cls: str, cap_cls: str) -> str:
    src = f"https://{p.host}/media/{p.image}"
    if p.caption:
        return f'<figure class="{cls}"><img src="{src}" alt="" loading="lazy" width="1200" height="675"><figcaption class="{cap_cls}">{_e(p.caption)}</figcaption></figure>'
    return f'<figure class="{cls}"><img src="{src}" alt="" loading="lazy" width="1200" height="675"></figure>'


def _done(p: Page, html: str) -> str:
    assert not p.slots, f"{p.fam}: slots not placed: {sorted(p.slots)}"
    return html


def _group_bar(p: Page, tag: str, cls: str) -> str:
    if not p.group:
        return ""
    label, titles = p.group
    items = "".join(f"<li>{_e(t)}</li>" for t in titles)
    return f'<{tag} class="{cls}"><span>{_e(label)}</span><ul>{items}</ul></{tag}>'


# --------------------------------------------------------------------------- US chain paper
def usdaily(p: Page) -> str:
    top, by, end, box, foot = (_take(p, s) for s in ("top", "byline", "end", "box", "foot"))
    byline = " ".join(by) if by else (f"{p.author}" if p.author else "")
    body = "".join(f'<p class="story-p">{t}</p>' for t in p.paras)
    if p.contrib:
        body += f'<p class="story-p story-contrib">{_e(p.contrib)}</p>'
    body += "".join(f'<p class="story-p"><em>{_e(t)}</em></p>' for t in end)
    html = _head(p, "static/css/story.min.css") + (
        '<body class="story-page">\n'
        f'<div class="network-strip">{_group_bar(p, "nav", "network-titles")}</div>\n'
        f'<header class="site-header"><button class="nav-toggle" aria-label="Menu">☰</button>'
        f'<a class="site-logo" href="https://{p.host}/">{_e(p.name)}</a>'
        f'<a class="subscribe-btn" href="https://{p.host}/subscribe/">Subscribe</a><a class="signin" href="https://{p.host}/login/">Sign in</a></header>\n'
        f'<nav class="sections"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a><a href="/eedition/">e-Edition</a></nav>\n'
        '<main id="main"><article class="story">\n'
        + "".join(f'<div class="story-label">{_e(t)}</div>' for t in top)
        + f'<div class="story-section"><a href="/news/local/">{_e(p.section)}</a></div>'
        f'<h1 class="story-headline">{_e(p.title)}</h1>\n'
        + (f'<div class="story-byline"><span class="author">{_e(byline)}</span></div>' if byline else "")
        + f'<div class="story-date"><time datetime="{p.iso}">Published {_e(p.time)} {_e(p.date)}</time></div>\n'
        f'<div class="share-tools"><a class="share-fb" href="#">Facebook</a><a class="share-tw" href="#">Twitter</a><a class="share-mail" href="#">Email</a></div>\n'
        + _img(p, "story-figure", "story-caption")
        + f'\n<div class="story-body">{body}</div>\n'
        + "".join(f'<aside class="partner-share"><h3>From our partners</h3><p>{_e(t)}</p></aside>' for t in box)
        + "".join(f'<div class="story-source">{_e(t)}</div>' for t in foot)
        + '\n</article>\n<section class="more-stories"><h2>More stories</h2><ul>'
        + "".join(f'<li><a href="{_e(u)}">{_e(t)}</a></li>' for t, u in p.related)
        + '</ul></section>\n<section class="around-web"><h2>Around the web</h2><ul>'
        + "".join(f"<li>{_e(n)}</li>" for n in p.partners)
        + f'</ul></section></main>\n<footer class="site-footer"><p>© 2027 {_e(p.name)}. All rights reserved.</p>'
        '<p><a href="/terms/">Terms of Service</a> · <a href="/privacy/">Privacy Notice</a> · <a href="/privacy/#ccpa">Your California Privacy Rights</a></p></footer>\n'
        "</body>\n</html>\n"
    )
    return _done(p, html)


# --------------------------------------------------------------------------- neighbourhood site
def hyperlocal(p: Page) -> str:
    top, by, end, box = (_take(p, s) for s in ("top", "byline", "end", "box"))
    byline = " ".join(by) if by else p.author
    body = "".join(f"<p>{t}</p>" for t in p.paras)
    body += "".join(f"<p><em>{_e(t)}</em></p>" for t in end)
    if p.contrib:
        body += f"<p>{_e(p.contrib)}</p>"
    boxes = "".join(
        f'<div class="republish-note"><p>{_e(t)}</p>'
        + (f'<img id="republication-tracker-tool-source" src="{_e(p.pixel)}" style="width:1px;height:1px;" alt="">' if p.pixel else "")
        + "</div>"
        for t in box
    )
    html = _head(p, "wp-content/themes/neighborly/style.css") + (
        f'<body class="post-template-default single single-post">\n<div id="page" class="site">\n'
        f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://{p.host}/" rel="home">{_e(p.name)}</a></p>'
        f'<p class="site-description">Your neighborhood, every day</p></div>'
        + _group_bar(p, "div", "network-note")
        + '<nav id="site-navigation" class="main-navigation"><ul><li><a href="/category/news/">News</a></li><li><a href="/category/schools/">Schools</a></li>'
        '<li><a href="/events/">Events</a></li><li><a href="/classifieds/">Classifieds</a></li></ul></nav></header>\n'
        '<div id="content" class="site-content"><main id="primary"><article class="post type-post status-publish">\n<header class="entry-header">'
        + "".join(f'<p class="entry-kicker">{_e(t)}</p>' for t in top)
        + f'<h1 class="entry-title">{_e(p.title)}</h1><div class="entry-meta">'
        + (f'<span class="byline"><span class="author vcard">{_e(byline)}</span></span> ' if byline else "")
        + f'<span class="posted-on"><time class="entry-date published" datetime="{p.iso}">{_e(p.date)} at {_e(p.time)}</time></span></div></header>\n'
        + _img(p, "post-thumbnail", "wp-caption-text")
        + f'\n<div class="entry-content">{body}{boxes}</div>\n'
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/">News</a></span></footer></article>\n'
        '<div class="newsletter-signup"><h2>Get the morning newsletter</h2><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>\n'
        '<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent posts</h2><ul>'
        + "".join(f'<li><a href="{_e(u)}">{_e(t)}</a></li>' for t, u in p.related)
        + '</ul></section><section class="widget"><h2 class="widget-title">More news</h2><ul>'
        + "".join(f"<li>{_e(n)}</li>" for n in p.partners)
        + f'</ul></section></aside></main></div>\n<footer id="colophon" class="site-footer"><p>{_e(p.name)} · Locally owned, reader supported · <a href="/donate/">Donate</a></p></footer>\n'
        "</div>\n</body>\n</html>\n"
    )
    return _done(p, html)


# --------------------------------------------------------------------------- TV station web story
def tvstation(p: Page) -> str:
    top, by, end = (_take(p, s) for s in ("top", "byline", "end"))
    byline = " ".join(by) if by else p.author
    body = "".join(f"<p>{t}</p>" for t in p.paras)
    if p.contrib:
        body += f"<p>{_e(p.contrib)}</p>"
    body += "".join(f'<p class="copyright">{_e(t)}</p>' for t in end)
    call = p.name.split()[0]
    html = _head(p, "assets/station.css") + (
        '<body class="template-story">\n'
        f'<div class="top-bar"><a class="watch-live" href="/live/">▶ Watch live</a><span class="wx">Weather: 61°</span>'
        f'<a class="alerts" href="/weather/alerts/">Alerts</a></div>\n'
        f'<header class="station-header"><a class="logo" href="https://{p.host}/">{_e(p.name)}</a>'
        f'<nav><a href="/news/">News</a><a href="/weather/">Weather</a><a href="/traffic/">Traffic</a><a href="/sports/">Sports</a><a href="/investigations/">{_e(call)} Investigates</a></nav></header>\n'
        '<main class="story-main"><div class="story-wrap">\n'
        + "".join(f'<div class="story-source-label">{_e(t)}</div>' for t in top)
        + f'<h1 class="headline">{_e(p.title)}</h1>\n<div class="meta">'
        + (f'<div class="author">{_e(byline)}</div>' if byline else "")
        + f'<div class="published">Published: {_e(p.date)} {_e(p.time)}</div></div>\n'
        f'<div class="video-player" data-autoplay="false"><div class="placeholder">Video: {_e(p.title)}</div></div>\n'
        + _img(p, "story-image", "image-credit")
        + f'\n<div class="article-content">{body}</div>\n'
        '<div class="app-promo">Download our free app for breaking news alerts.</div>\n'
        '</div>\n<aside class="rail"><h3>Trending</h3><ol>'
        + "".join(f'<li><a href="{_e(u)}">{_e(t)}</a></li>' for t, u in p.related)
        + "</ol></aside></main>\n<footer>"
        + _group_bar(p, "div", "owner-note")
        + f'<p>{_e(call)} Public Inspection File · EEO Report · Closed Captioning</p><p>© 2027 {_e(p.name)}</p></footer>\n'
        "</body>\n</html>\n"
    )
    return _done(p, html)


# --------------------------------------------------------------------------- UK / Irish regional group
def ukregional(p: Page) -> str:
    by, end, box, foot = (_take(p, s) for s in ("byline", "end", "box", "foot"))
    byline = " ".join(by) if by else p.author
    body = "".join(f'<p class="article-body__p">{t}</p>' for t in p.paras)
    if p.contrib:
        body += f'<p class="article-body__p">{_e(p.contrib)}</p>'
    body += "".join(f'<p class="article-body__p"><strong>{_e(t)}</strong></p>' for t in end)
    label, titles = p.group or ("", ())
    html = _head(p, "static/css/article.css") + (
        '<body class="article-page">\n'
        '<div class="cookie-banner">We use cookies to give you the best experience. <button>Accept all</button> <button>Manage</button></div>\n'
        f'<header class="publication-header"><a class="pub-logo" href="https://{p.host}/">{_e(p.name)}</a>'
        '<nav class="primary-nav"><a href="/news/">News</a><a href="/news/local-news/">Local News</a><a href="/sport/">Sport</a>'
        '<a href="/whats-on/">What\'s On</a><a href="/all-about/planning">Planning</a></nav></header>\n'
        f'<main><article class="article" data-section="{_e(p.section)}">\n<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news/">News</a> › <span>{_e(p.section)}</span></nav>\n'
        f'<h1 class="article-title">{_e(p.title)}</h1>\n<div class="article-meta">'
        + (f'<span class="author-name">{_e(byline)}</span>' if byline else "")
        + f'<time datetime="{p.iso}">{_e(p.time)}, {_e(p.date)}</time></div>\n'
        + _img(p, "article-image", "article-image__caption")
        + f'\n<div class="article-body">{body}</div>\n'
        + "".join(f'<aside class="ldrs-box"><p>{_e(t)}</p></aside>' for t in box)
        + "".join(f'<p class="syndication-footer">{_e(t)}</p>' for t in foot)
        + '\n<div class="comments-cta">Join the conversation in the comments below.</div>\n'
        '</article>\n<section class="more-on"><h2>More On</h2><ul>'
        + "".join(f'<li><a href="{_e(u)}">{_e(t)}</a></li>' for t, u in p.related)
        + '</ul></section>\n<section class="elsewhere"><h2>Elsewhere</h2><ul>'
        + "".join(f"<li>{_e(n)}</li>" for n in p.partners)
        + "</ul></section></main>\n<footer class=\"publication-footer\">"
        + (f"<p>Our sister titles: {_e(', '.join(titles))}</p><p>{_e(p.name)} is part of {_e(label)}. All content © {_e(label)} Ltd.</p>" if label else "")
        + '<p>This website is regulated by IPSO. <a href="/complaints/">Complaints</a></p></footer>\n</body>\n</html>\n'
    )
    return _done(p, html)


# --------------------------------------------------------------------------- Canadian chain
def canada(p: Page) -> str:
    top, by, end, foot = (_take(p, s) for s in ("top", "byline", "end", "foot"))
    byline = " ".join(by) if by else p.author
    body = "".join(f"<p>{t}</p>" for t in p.paras)
    if p.contrib:
        body += f'<p class="files-from">{_e(p.contrib)}</p>'
    body += "".join(f'<p class="tagline"><i>{_e(t)}</i></p>' for t in end)
    html = _head(p, "css/article-v3.css") + (
        '<body>\n'
        + _group_bar(p, "div", "chain-bar")
        + f'\n<header class="masthead"><a class="brand" href="https://{p.host}/">{_e(p.name)}</a><div class="weather-mini">Today: 4°C</div>'
        '<a class="epaper" href="/eedition">ePaper</a></header>\n'
        '<nav class="menu"><a href="/local-news">Local News</a><a href="/sports">Sports</a><a href="/opinion">Opinion</a><a href="/obituaries">Obituaries</a><a href="/classifieds">Classifieds</a></nav>\n'
        '<main class="article-main"><article>\n'
        + "".join(f'<p class="courtesy-kicker">{_e(t)}</p>' for t in top)
        + f'<h1>{_e(p.title)}</h1>\n<div class="byline-row">'
        + (f'<span class="byline">{_e(byline)}</span>' if byline else "")
        + f'<span class="pubdate"><time datetime="{p.iso}">{_e(p.date)} {_e(p.time)}</time></span></div>\n'
        + _img(p, "lead-photo", "photo-cutline")
        + f'\n<div class="article-text">{body}</div>\n'
        + "".join(f'<div class="source-row">{_e(t)}</div>' for t in foot)
        + '\n<div class="report-error"><a href="/contact">Report an error</a> · <a href="/journalistic-standards">Journalistic standards</a></div>\n'
        '</article>\n<aside class="sidebar"><h2>Latest local news</h2><ul>'
        + "".join(f'<li><a href="{_e(u)}">{_e(t)}</a></li>' for t, u in p.related)
        + '</ul><h2>Across Canada</h2><ul>'
        + "".join(f"<li>{_e(n)}</li>" for n in p.partners)
        + f'</ul></aside></main>\n<footer><p>© Copyright 2027 {_e(p.name)}</p><p>Member of the National NewsMedia Council.</p></footer>\n</body>\n</html>\n'
    )
    return _done(p, html)


# --------------------------------------------------------------------------- Australian / NZ masthead network
def aunz(p: Page) -> str:
    top, by, end, box = (_take(p, s) for s in ("top", "byline", "end", "box"))
    byline = " ".join(by) if by else p.author
    body = "".join(f"<p>{t}</p>" for t in p.paras)
    if p.contrib:
        body += f"<p>{_e(p.contrib)}</p>"
    body += "".join(f'<p class="story-footer-note">{_e(t)}</p>' for t in end)
    if p.chrome_note:
        body += f'<p class="funding-note"><em>{_e(p.chrome_note)}</em></p>'
    html = _head(p, "_next/static/css/masthead.css") + (
        '<body>\n<div id="__next">\n'
        + _group_bar(p, "div", "network-header")
        + f'\n<header class="masthead-bar"><a class="masthead-logo" href="https://{p.host}/">{_e(p.name)}</a>'
        '<a class="btn-subscribe" href="/subscribe/">Subscribe</a><a class="btn-login" href="/login/">Log in</a></header>\n'
        '<nav class="nav-sections"><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/community/">Community</a><a href="/rural/">Rural</a><a href="/notices/">Notices</a></nav>\n'
        '<main><article class="story-article">\n'
        + "".join(f'<span class="story-origin">{_e(t)}</span>' for t in top)
        + f'<h1 class="story-title">{_e(p.title)}</h1>\n<div class="story-meta">'
        + (f'<span class="story-author">{_e(byline)}</span>' if byline else "")
        + f'<time datetime="{p.iso}">{_e(p.date)} - {_e(p.time)}</time></div>\n'
        + _img(p, "story-hero", "story-hero-caption")
        + f'\n<div class="story-body">{body}</div>\n'
        + "".join(f'<aside class="story-box"><p>{_e(t)}</p></aside>' for t in box)
        + '\n</article>\n<section class="read-next"><h2>Read next</h2><ul>'
        + "".join(f'<li><a href="{_e(u)}">{_e(t)}</a></li>' for t, u in p.related)
        + '</ul></section>\n<section class="network-picks"><h2>From around the network</h2><ul>'
        + "".join(f"<li>{_e(n)}</li>" for n in p.partners)
        + f'</ul></section></main>\n<footer class="site-foot"><p>© 2027 {_e(p.name)}</p><p>Our journalism is independent. <a href="/standards/">Editorial standards</a></p></footer>\n</div>\n</body>\n</html>\n'
    )
    return _done(p, html)


RENDER: dict[str, Callable[[Page], str]] = {
    "usdaily": usdaily,
    "hyperlocal": hyperlocal,
    "tvstation": tvstation,
    "ukregional": ukregional,
    "canada": canada,
    "aunz": aunz,
}
