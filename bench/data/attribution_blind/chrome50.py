# ruff: noqa: E501, RUF001  (one element a line; scripts other than Latin)
"""Page templates of the fiftieth blind set (`cases_2027-01-21.jsonl`), written for it from the markup
that translation weeklies, public broadcasters' language services, diaspora and community papers,
machine-translated mirrors and bilingual regional papers emit. Not derived from any earlier template.

Five families, one function each (`RENDER`): `digest`, `service`, `community`, `mirror`, `bilingual`.
Every template places the credit slots a case may fill: `top` (above the text), `byline` (in the byline
row), `end` (a paragraph closing the text) and `box` (a source card or "read the original" box after it).
Elements are written one a line, so no two texts run together in the visible text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

SLOTS = ("top", "byline", "end", "box")


@dataclass
class Page:
    fam: str
    lang: str  # the <html lang> value
    code: str  # primary subtag
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
    paras: list[str]  # html of each paragraph
    slots: dict[str, list[str]]
    caption: str
    image: str
    ui: dict[str, object]
    related: list[tuple[str, str]]
    section: str
    extra: dict[str, str] = field(default_factory=dict)


def e(text: str) -> str:
    return escape(text, quote=True)


def head(p: Page, kind: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": p.iso,
        "inLanguage": p.lang,
        "mainEntityOfPage": p.url,
    }
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{p.lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(p.title)} | {e(p.name)}</title>",
        f'<meta property="og:site_name" content="{e(p.name)}">',
        f'<meta property="og:title" content="{e(p.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{p.iso}">',
        f'<link rel="canonical" href="{e(p.url)}">',
        f'<link rel="stylesheet" href="https://{p.host}/assets/{kind}.css?v=50">',
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>',
        "</head>",
    ])


def lines(p: Page, slot: str, tag: str, cls: str) -> list[str]:
    href = f' href="{e(p.extra.get("orig", "#"))}" rel="noopener" target="_blank"' if tag == "a" else ""
    return [f'<{tag} class="{cls}"{href}>{e(t)}</{tag}>' for t in p.slots.get(slot, [])]


def edition_url(p: Page, code: str) -> str:
    """Language editions live on `<code>.<site>` where the site's own host is a language subdomain."""
    if p.host != f"www.{p.site}" and p.host != p.site:
        return f"https://{code}.{p.site}/"
    return f"https://{p.host}/{code}/"


def figure(p: Page, cls: str, cap_cls: str) -> list[str]:
    img = f'<img src="https://{p.host}/media/{p.image}" alt="" width="1200" height="675" loading="lazy">'
    if p.caption:
        return [f'<figure class="{cls}">', img, f'<figcaption class="{cap_cls}">{e(p.caption)}</figcaption>', "</figure>"]
    return [f'<figure class="{cls}">', img, "</figure>"]


def related(p: Page, cls: str, heading_tag: str = "h2") -> list[str]:
    out = [f'<section class="{cls}">', f"<{heading_tag}>{e(str(p.ui['related']))}</{heading_tag}>", "<ul>"]
    out += [f'<li><a href="{e(u)}">{e(t)}</a></li>' for t, u in p.related]
    return [*out, "</ul>", "</section>"]


def nav(p: Page, cls: str) -> list[str]:
    items = list(p.ui["nav"])  # type: ignore[arg-type]
    return [f'<nav class="{cls}">', "<ul>", *(f'<li><a href="/{i}/">{e(str(t))}</a></li>' for i, t in enumerate(items, 1)), "</ul>", "</nav>"]


def byline_text(p: Page) -> list[str]:
    out = []
    if p.author:
        out.append(f'<span class="author">{e(str(p.ui["by"]))} <a href="/author/{p.extra["author_slug"]}/">{e(p.author)}</a></span>')
    out += lines(p, "byline", "span", "byline-credit")
    return out


def body(p: Page, pcls: str = "") -> list[str]:
    attr = f' class="{pcls}"' if pcls else ""
    return [f"<p{attr}>{t}</p>" for t in p.paras]


# --- digest: a translation weekly's or digest's article page ---------------------------------------

def render_digest(p: Page) -> str:
    ui = p.ui
    out = [head(p, "digest"), f'<body class="template-article lang-{p.code}">']
    out += ['<div class="paywall-banner" role="region">', f'<p>{e(str(ui["subscribe_line"]))}</p>', f'<a class="btn" href="/abonnement">{e(str(ui["subscribe"]))}</a>', "</div>"]
    out += ['<header class="masthead">', f'<a class="masthead__logo" href="/">{e(p.name)}</a>', f'<p class="masthead__baseline">{e(p.extra["baseline"])}</p>', "</header>"]
    out += nav(p, "rubriques")
    out += ['<main id="main">', '<article class="article article--traduction">']
    out += [f'<p class="article__kicker"><a href="/{p.extra["kicker_slug"]}/">{e(p.extra["kicker"])}</a></p>']
    out += [f'<h1 class="article__title">{e(p.title)}</h1>', f'<p class="article__chapo">{e(p.deck)}</p>']
    out += ['<div class="article__meta">', *byline_text(p), f'<time class="article__date" datetime="{p.iso}">{e(p.date)} · {e(p.time)}</time>', "</div>"]
    out += lines(p, "top", "p", "article__origin")
    out += figure(p, "article__media", "article__caption")
    out += ['<div class="article__body">', *body(p), *lines(p, "end", "p", "article__translation-note"), "</div>"]
    if p.slots.get("box"):
        out += ['<aside class="source-card">', f'<p class="source-card__label">{e(str(ui["source_card"]))}</p>', *lines(p, "box", "p", "source-card__name"), "</aside>"]
    out += ['<ul class="article__tags">', *(f'<li><a href="/tag/{i}">{e(t)}</a></li>' for i, t in enumerate(p.extra["tags"].split("|"))), "</ul>"]
    out += ["</article>", *related(p, "also-read"), "</main>"]
    out += ['<footer class="site-footer">', f'<p>© 2027 {e(p.name)} · {e(str(ui["rights"]))}</p>', f'<p><a href="/mentions-legales">{e(str(ui["legal"]))}</a> · <a href="/contact">{e(str(ui["contact"]))}</a></p>', "</footer>"]
    return "\n".join([*out, "</body>", "</html>"]) + "\n"


# --- service: a public broadcaster's language service ----------------------------------------------

def render_service(p: Page) -> str:
    ui = p.ui
    out = [head(p, "service"), f'<body class="service service--{p.code}">']
    out += ['<div class="network-bar">', f'<a class="network-bar__home" href="https://{p.host}/">{e(p.extra["network"])}</a>']
    out += ['<div class="language-picker">', f'<button aria-expanded="false">{e(str(ui["languages"]))}</button>', "<ul>"]
    out += [f'<li><a hreflang="{code}" href="{edition_url(p, code)}">{e(name)}</a></li>' for code, name in (x.split(":") for x in p.extra["editions"].split("|"))]
    out += ["</ul>", "</div>", "</div>"]
    out += ['<header class="service-header">', f'<a class="service-header__title" href="/{p.code}/">{e(p.name)}</a>', "</header>", *nav(p, "service-nav")]
    out += ['<main class="story-page">', '<div class="story-header">', f'<span class="story-header__topic">{e(p.section)}</span>', f'<h1 class="story-header__headline">{e(p.title)}</h1>']
    out += ['<div class="story-header__byline">', *byline_text(p), f'<time datetime="{p.iso}">{e(p.date)}</time>', "</div>", "</div>"]
    out += lines(p, "top", "div", "story-origin-note")
    out += figure(p, "story-image", "story-image__caption")
    out += ['<div class="story-body" data-component="text-block">', *body(p, "story-body__text"), *lines(p, "end", "p", "story-body__note"), "</div>"]
    if p.slots.get("box"):
        out += ['<div class="original-edition">', *lines(p, "box", "a", "original-edition__link"), "</div>"]
    out += ['<div class="share-tools">', f'<span>{e(str(ui["share"]))}</span>', '<a href="#" class="share-tools__telegram">Telegram</a>', '<a href="#" class="share-tools__whatsapp">WhatsApp</a>', "</div>"]
    out += [*related(p, "more-stories", "h3"), "</main>"]
    out += ['<footer class="network-footer">', f'<p>{e(p.extra["network"])} · {e(str(ui["rights"]))}</p>', f'<p><a href="/{p.code}/about">{e(str(ui["about"]))}</a></p>', "</footer>"]
    return "\n".join([*out, "</body>", "</html>"]) + "\n"


# --- community: a diaspora or community paper on a magazine theme ----------------------------------

def render_community(p: Page) -> str:
    ui = p.ui
    out = [head(p, "community"), '<body class="post-template-default single single-post td-standard-pack">']
    out += ['<div class="td-header-top-menu">', f'<span class="td-date">{e(p.date)}</span>', f'<span class="td-header-city">{e(p.extra["city"])}</span>', "</div>"]
    out += ['<div class="td-header-wrap">', f'<div class="td-logo"><a href="/">{e(p.name)}</a></div>', f'<div class="td-tagline">{e(p.extra["community"])}</div>', "</div>"]
    out += nav(p, "td-header-menu-wrap")
    out += ['<div class="td-main-content-wrap">', '<article class="post type-post status-publish format-standard">', '<header class="td-post-title">']
    out += [f'<ul class="td-category"><li><a class="td-cat" href="/kategoria/">{e(p.section)}</a></li></ul>', f'<h1 class="entry-title">{e(p.title)}</h1>']
    out += ['<div class="td-module-meta-info">', *byline_text(p), f'<span class="td-post-date"><time class="entry-date updated" datetime="{p.iso}">{e(p.date)}</time></span>', "</div>", "</header>"]
    out += figure(p, "td-post-featured-image", "wp-caption-text")
    out += ['<div class="td-post-content tagdiv-type">', *lines(p, "top", "p", "source-top"), *body(p), *lines(p, "end", "p", "has-text-align-right")]
    out += ["</div>"]
    if p.slots.get("box"):
        out += ['<div class="td-post-source-tags">', '<ul class="td-tags">', f'<li><span>{e(str(ui["source_card"]))}</span></li>', *(f'<li>{x}</li>' for x in lines(p, "box", "span", "td-source")), "</ul>", "</div>"]
    out += ['<div class="td-post-sharing-bottom">', f'<span>{e(str(ui["share"]))}</span>', '<a class="td-social-facebook" href="#">Facebook</a>', '<a class="td-social-twitter" href="#">X</a>', "</div>"]
    out += ["</article>", *related(p, "td-related-row", "h4"), "</div>"]
    out += ['<div class="td-footer-wrap">', f'<p>{e(p.extra["address"])}</p>', f'<p>Copyright © 2027 {e(p.name)}</p>', "</div>"]
    return "\n".join([*out, "</body>", "</html>"]) + "\n"


# --- mirror: a site that publishes machine translations of other sites' stories --------------------

def render_mirror(p: Page) -> str:
    ui = p.ui
    out = [head(p, "mirror"), '<body class="mt-article">']
    out += ['<header class="mt-top">', f'<a class="mt-brand" href="/">{e(p.name)}</a>', f'<form class="mt-search" action="/search"><input type="search" name="q" placeholder="{e(str(ui["search"]))}"></form>', "</header>"]
    out += nav(p, "mt-sections")
    out += ['<main class="mt-main">', f'<div class="mt-crumbs"><a href="/">{e(str(ui["home"]))}</a> › <a href="/{p.code}/">{e(p.section)}</a></div>']
    out += ['<article class="mt-item">', f'<h1>{e(p.title)}</h1>', f'<div class="mt-meta"><time datetime="{p.iso}">{e(p.date)} {e(p.time)}</time></div>']
    if p.slots.get("top"):
        out += ['<div class="mt-notice" role="note">', *lines(p, "top", "p", "mt-notice__text"), "</div>"]
    if p.author or p.slots.get("byline"):
        out += ['<div class="mt-byline">', *byline_text(p), "</div>"]
    out += figure(p, "mt-figure", "mt-figure__caption")
    out += ['<div class="mt-text">', *body(p), *lines(p, "end", "p", "mt-text__source"), "</div>"]
    if p.slots.get("box"):
        out += ['<div class="mt-original">', *lines(p, "box", "a", "mt-original__link"), "</div>"]
    out += ['<div class="mt-rate">', f'<span>{e(str(ui["rate"]))}</span>', '<button data-v="1">👍</button>', '<button data-v="0">👎</button>', "</div>"]
    out += ["</article>", *related(p, "mt-latest", "h2"), "</main>"]
    out += ['<footer class="mt-foot">', f'<p>{e(str(ui["mt_footer"]))}</p>', f'<p>© 2027 {e(p.name)}</p>', "</footer>"]
    return "\n".join([*out, "</body>", "</html>"]) + "\n"


# --- bilingual: a regional paper published in two languages ----------------------------------------

def render_bilingual(p: Page) -> str:
    ui = p.ui
    out = [head(p, "bilingual"), f'<body class="noticia idioma-{p.code}">']
    out += ['<div class="barra-idioma">']
    out += [f'<a class="barra-idioma__opt{" is-active" if code == p.code else ""}" hreflang="{code}" href="{edition_url(p, code)}">{e(name)}</a>' for code, name in (x.split(":") for x in p.extra["editions"].split("|"))]
    out += ["</div>", '<header class="cabecera">', f'<a class="cabecera__marca" href="/">{e(p.name)}</a>', f'<span class="cabecera__fecha">{e(p.date)}</span>', "</header>"]
    out += nav(p, "menu-secciones")
    out += ['<main class="contenido">', '<article class="noticia__cuerpo">', f'<p class="noticia__seccion">{e(p.section)}</p>', f'<h1 class="noticia__titular">{e(p.title)}</h1>', f'<h2 class="noticia__entradilla">{e(p.deck)}</h2>']
    out += ['<div class="noticia__firma">', *byline_text(p), f'<time datetime="{p.iso}">{e(p.time)}</time>', "</div>"]
    out += lines(p, "top", "p", "noticia__procedencia")
    out += figure(p, "noticia__foto", "noticia__pie")
    out += ['<div class="noticia__texto">', *body(p), *lines(p, "end", "p", "noticia__nota-final"), "</div>"]
    if p.slots.get("box"):
        out += ['<aside class="noticia__original">', *lines(p, "box", "p", "noticia__original-texto"), "</aside>"]
    out += [*related(p, "noticia__relacionadas", "h3"), "</article>", "</main>"]
    out += ['<footer class="pie">', f'<p>{e(p.extra["address"])}</p>', f'<p>© {e(p.name)} 2027 · {e(str(ui["rights"]))}</p>', "</footer>"]
    return "\n".join([*out, "</body>", "</html>"]) + "\n"


RENDER: dict[str, Callable[[Page], str]] = {
    "digest": render_digest,
    "service": render_service,
    "community": render_community,
    "mirror": render_mirror,
    "bilingual": render_bilingual,
}
