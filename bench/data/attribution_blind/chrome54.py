# ruff: noqa: E501, RUF001  (one element a line; Arabic script; the breadcrumb arrow)
"""Page templates of the fifty-fourth blind set, written for it from the markup that news sites
of Francophone Africa, the Maghreb and Haiti emit (not derived from any earlier set's templates).

Five families, each with four credit slots: `top` (the source row under the headline), `byline`
(the byline row), `end` (closing the text) and `box` (after the text).
- `portal`: a news portal or aggregator (Seneweb-, Abidjan.net-, Koaci-like);
- `daily`: a local daily on a WordPress news theme;
- `arportal`: an Arabic news portal of the Maghreb (Hespress-, Le360-like), right to left;
- `radio`: a radio station's site with its live player;
- `social`: a blog of the diaspora or a Facebook-first page on a Blogger-like theme.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

SLOTS = ("top", "byline", "end", "box")


@dataclass
class Page:
    fam: str
    lang: str  # the <html lang> value
    code: str  # primary language
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
    paras: list[str]  # already escaped HTML
    slots: dict[str, list[str]]
    caption: str
    image: str
    ui: dict[str, object]
    related: list[tuple[str, str]]
    section: str
    extra: dict[str, str] = field(default_factory=dict)


def _e(text: str) -> str:
    return escape(text, quote=True)


def _slot(p: Page, slot: str, tag: str, cls: str) -> str:
    return "".join(f'<{tag} class="{cls}">{_e(t)}</{tag}>' for t in p.slots.get(slot, []))


def _ui(p: Page, key: str) -> str:
    return str(p.ui[key])


def _nav(p: Page, cls: str) -> str:
    items = list(p.ui["nav"])  # type: ignore[call-overload]
    return (
        f'<nav class="{cls}"><ul>'
        + "".join(
            f'<li><a href="https://{p.host}/{i}/">{_e(str(t))}</a></li>'
            for i, t in enumerate(items, 1)
        )
        + "</ul></nav>"
    )


def _related(p: Page, cls: str) -> str:
    return (
        f'<ul class="{cls}">'
        + "".join(f'<li><a href="{_e(u)}">{_e(t)}</a></li>' for t, u in p.related)
        + "</ul>"
    )


def _head(p: Page, extra: str = "") -> str:
    rtl = ' dir="rtl"' if p.code == "ar" else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}"{rtl}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(p.title)} - {_e(p.name)}</title>\n"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="description" content="{_e(p.deck)}">\n'
        f'<meta property="og:title" content="{_e(p.title)}">\n'
        f'<meta property="og:site_name" content="{_e(p.name)}">\n'
        f'<meta property="og:url" content="{_e(p.url)}">\n'
        f'<meta property="article:published_time" content="{p.iso}">\n'
        f'<link rel="canonical" href="{_e(p.url)}">\n{extra}</head>\n'
    )


def _figure(p: Page, cls: str, cap_cls: str) -> str:
    cap = p.caption or _ui(p, "illus")
    return f'<figure class="{cls}"><img src="https://{p.host}/uploads/2027/03/{p.image}" alt="{_e(p.title)}" width="800" height="450"><figcaption class="{cap_cls}">{_e(cap)}</figcaption></figure>'


def _body(p: Page, cls: str) -> str:
    return f'<div class="{cls}">' + "".join(f"<p>{t}</p>" for t in p.paras) + "</div>"


def portal(p: Page) -> str:
    by = _slot(p, "byline", "span", "auteur-source") or (
        f'<span class="auteur">{_e(_ui(p, "by"))} {_e(p.author)}</span>' if p.author else ""
    )
    n = sum(map(ord, p.site)) % 9000 + 1000
    return (
        _head(p)
        + '<body class="page-article">\n'
        + f'<div class="topbar"><span class="today">{_e(p.date)}</span> <a href="https://{p.host}/connexion">{_e(_ui(p, "login"))}</a></div>\n'
        + f'<header class="site-header"><a class="logo" href="https://{p.host}/">{_e(p.name)}</a><form class="search" action="/recherche"><input name="q" placeholder="{_e(_ui(p, "search"))}"></form></header>\n'
        + _nav(p, "menu-principal")
        + f'\n<div class="breadcrumb"><a href="https://{p.host}/">{_e(_ui(p, "home"))}</a> › <a href="https://{p.host}/rubrique/">{_e(p.section)}</a></div>\n'
        + '<main><article class="article">\n'
        + f'<h1 class="article-title">{_e(p.title)}</h1>\n'
        + f'<div class="article-meta"><time datetime="{p.iso}">{_e(_ui(p, "published"))} {_e(p.date)} {_e(_ui(p, "at"))} {p.time}</time> {by} '
        + _slot(p, "top", "span", "article-source")
        + f' <span class="vues">{_e(_ui(p, "reads"))} {n}</span></div>\n'
        + _figure(p, "article-image", "legende")
        + "\n"
        + _body(p, "article-texte")
        + _slot(p, "end", "p", "source-fin")
        + "\n"
        + _slot(p, "box", "div", "encadre-source")
        + f'\n<div class="partage"><span>{_e(_ui(p, "share"))}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={_e(p.url)}">Facebook</a> <a href="https://api.whatsapp.com/send?text={_e(p.url)}">WhatsApp</a> <a href="https://twitter.com/intent/tweet?url={_e(p.url)}">X</a></div>\n'
        + f'<div class="commentaires"><h3>{_e(_ui(p, "comments"))} (0)</h3></div>\n'
        + "</article>\n"
        + f'<aside class="meme-rubrique"><h3>{_e(_ui(p, "related"))}</h3>{_related(p, "liste")}</aside></main>\n'
        + f'<footer class="site-footer"><p>© 2027 {_e(p.name)} — {_e(_ui(p, "rights"))}</p><p><a href="https://{p.host}/contact">{_e(_ui(p, "contact"))}</a> · <a href="https://{p.host}/publicite">{_e(_ui(p, "ads"))}</a></p></footer>\n'
        + "</body>\n</html>\n"
    )


def daily(p: Page) -> str:
    by = _slot(p, "byline", "span", "jeg_meta_author") or (
        f'<span class="jeg_meta_author">{_e(_ui(p, "by"))} <a href="https://{p.host}/author/{p.extra["author_slug"]}/">{_e(p.author)}</a></span>'
        if p.author
        else ""
    )
    return (
        _head(
            p,
            f'<link rel="stylesheet" href="https://{p.host}/wp-content/themes/jnews/style.css">\n',
        )
        + '<body class="wp-singular post-template-default single single-post">\n'
        + f'<div class="jeg_topbar"><span class="jeg_top_date">{_e(p.date)}</span> <span class="jeg_top_city">{_e(p.extra["city"])}</span></div>\n'
        + f'<div class="jeg_header"><a class="jeg_logo" href="https://{p.host}/">{_e(p.name)}</a><p class="jeg_tagline">{_e(p.extra["tagline"])}</p></div>\n'
        + _nav(p, "jeg_main_menu")
        + '\n<div class="jeg_main"><div class="jeg_inner_content">\n'
        + f'<div class="jeg_post_category"><a href="https://{p.host}/category/{p.extra["section_slug"]}/">{_e(p.section)}</a></div>\n'
        + f'<h1 class="jeg_post_title">{_e(p.title)}</h1>\n'
        + f'<h2 class="jeg_post_subtitle">{_e(p.deck)}</h2>\n'
        + f'<div class="jeg_meta_container">{by} <span class="jeg_meta_date"><time datetime="{p.iso}">{_e(p.date)} - {p.time}</time></span></div>\n'
        + _slot(p, "top", "div", "post-source")
        + f'<div class="jeg_featured"><div class="wp-caption"><img src="https://{p.host}/wp-content/uploads/2027/03/{p.image}" alt=""><p class="wp-caption-text">{_e(p.caption or _ui(p, "illus"))}</p></div></div>\n'
        + '<div class="content-inner">'
        + "".join(f"<p>{t}</p>" for t in p.paras)
        + _slot(p, "end", "p", "has-text-align-right")
        + "</div>\n"
        + _slot(p, "box", "div", "jeg_source_box")
        + f'\n<div class="jeg_post_tags"><span>Tags:</span> <a href="https://{p.host}/tag/{p.extra["section_slug"]}/">{_e(p.section)}</a></div>\n'
        + f'<div class="jeg_share_button"><a href="https://www.facebook.com/sharer.php?u={_e(p.url)}">{_e(_ui(p, "share"))}</a> <a href="whatsapp://send?text={_e(p.url)}">WhatsApp</a></div>\n'
        + f'<div class="jnews_related_post_container"><h3>{_e(_ui(p, "related"))}</h3>{_related(p, "jeg_posts")}</div>\n'
        + "</div></div>\n"
        + f'<div class="jeg_footer"><p>{_e(p.name)} — {_e(p.extra["address"])}</p><p>© 2027 {_e(p.name)}. {_e(_ui(p, "rights"))}</p></div>\n'
        + "</body>\n</html>\n"
    )


def arportal(p: Page) -> str:
    by = _slot(p, "byline", "span", "author-name") or (
        f'<span class="author-name">{_e(p.author)}</span>' if p.author else ""
    )
    return (
        _head(p)
        + '<body class="single-post rtl">\n'
        + f'<header class="main-header"><a class="brand" href="https://{p.host}/">{_e(p.name)}</a><span class="header-date">{_e(p.date)}</span></header>\n'
        + _nav(p, "main-nav")
        + f'\n<div class="ticker"><span>{_e(_ui(p, "ticker"))}</span> {_e(p.related[0][0])}</div>\n'
        + '<main class="container"><article class="post">\n'
        + f'<div class="category"><a href="https://{p.host}/{p.extra["section_slug"]}/">{_e(p.section)}</a></div>\n'
        + f'<h1 class="post-title">{_e(p.title)}</h1>\n'
        + f'<div class="post-meta">{by} <span class="date-post"><time datetime="{p.iso}">{_e(p.date)} - {p.time}</time></span></div>\n'
        + _slot(p, "top", "div", "source-line")
        + _figure(p, "post-thumbnail", "credit-img")
        + "\n"
        + _body(p, "post-content")
        + _slot(p, "end", "p", "post-source-end")
        + "\n"
        + _slot(p, "box", "div", "box-masdar")
        + f'\n<div class="share-post"><span>{_e(_ui(p, "share"))}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={_e(p.url)}">فيسبوك</a> <a href="https://wa.me/?text={_e(p.url)}">واتساب</a></div>\n'
        + f'<div class="comments-block"><h3>{_e(_ui(p, "comments"))}</h3><p>{_e(_ui(p, "no_comments"))}</p></div>\n'
        + "</article>\n"
        + f'<aside class="sidebar"><h3>{_e(_ui(p, "related"))}</h3>{_related(p, "related-list")}<h3>{_e(_ui(p, "most"))}</h3></aside></main>\n'
        + f'<footer class="site-footer"><p>{_e(p.name)} © 2027 — {_e(_ui(p, "rights"))}</p><p>{_e(p.extra["address"])}</p></footer>\n'
        + "</body>\n</html>\n"
    )


def radio(p: Page) -> str:
    by = _slot(p, "byline", "span", "field--name-uid") or (
        f'<span class="field--name-uid">{_e(_ui(p, "by"))} {_e(p.author)}</span>'
        if p.author
        else ""
    )
    freq = p.extra["freq"]
    return (
        _head(p)
        + '<body class="path-node page-node-type-article">\n'
        + f'<div class="live-bar"><button class="play">▶</button> <span>{_e(_ui(p, "live"))}</span> <strong>{_e(p.name)}</strong> <span class="freq">{_e(freq)}</span></div>\n'
        + f'<header class="region-header"><a class="site-logo" href="https://{p.host}/">{_e(p.name)}</a><span class="slogan">{_e(p.extra["tagline"])}</span></header>\n'
        + _nav(p, "menu--main")
        + '\n<main><article class="node node--type-article">\n'
        + f'<div class="field--name-field-emission">{_e(p.extra["show"])}</div>\n'
        + f'<h1 class="page-title">{_e(p.title)}</h1>\n'
        + _slot(p, "top", "div", "field--name-field-source")
        + f'<div class="node__meta">{by} <time datetime="{p.iso}">{_e(p.date)} · {p.time}</time></div>\n'
        + f'<div class="audio-player"><button>▶ {_e(_ui(p, "listen"))}</button> <span class="duree">2:41</span></div>\n'
        + _figure(p, "field--name-field-image", "image-caption")
        + "\n"
        + _body(p, "field--name-body")
        + _slot(p, "end", "p", "signature")
        + "\n"
        + _slot(p, "box", "div", "field--name-field-origine")
        + f'\n<div class="podcasts"><h3>{_e(_ui(p, "podcasts"))}</h3>{_related(p, "podcast-list")}</div>\n'
        + "</article></main>\n"
        + f'<footer class="region-footer"><p>{_e(p.name)} — {_e(freq)}</p><p>{_e(p.extra["address"])}</p><p>© 2027 {_e(p.name)}</p></footer>\n'
        + "</body>\n</html>\n"
    )


def social(p: Page) -> str:
    by = _slot(p, "byline", "span", "post-author-source")
    fb = ""
    if p.extra.get("fbpage"):
        fb = f'<blockquote class="fb-xfbml-parse-ignore" cite="https://www.facebook.com/{p.extra["fbpage"]}"><p>{_e(_ui(p, "fbnote"))}</p><a href="https://www.facebook.com/{p.extra["fbpage"]}">facebook.com/{p.extra["fbpage"]}</a></blockquote>'
    return (
        _head(
            p,
            f'<link rel="alternate" type="application/atom+xml" href="https://{p.host}/feeds/posts/default">\n',
        )
        + '<body class="variant-indie">\n'
        + f'<header class="blog-header"><h1 class="blog-title"><a href="https://{p.host}/">{_e(p.name)}</a></h1><p class="description">{_e(p.extra["tagline"])}</p></header>\n'
        + '<div class="main-inner"><div class="date-outer">\n'
        + f'<h2 class="date-header"><span>{_e(p.date)}</span></h2>\n'
        + '<div class="post hentry">\n'
        + f'<h3 class="post-title entry-title">{_e(p.title)}</h3>\n'
        + (f'<div class="post-header">{by}</div>\n' if by else "")
        + _slot(p, "top", "p", "post-origin")
        + f'<div class="post-body entry-content"><div class="separator"><img src="https://blogger.googleusercontent.com/img/b/{p.image}" width="640"></div><p class="img-caption">{_e(p.caption or _ui(p, "illus"))}</p>'
        + "".join(f"<p>{t}</p>" for t in p.paras)
        + _slot(p, "end", "p", "post-credit")
        + fb
        + "</div>\n"
        + _slot(p, "box", "div", "post-source-box")
        + f'\n<div class="post-footer"><span class="post-author">{_e(_ui(p, "posted_by"))} {_e(p.author or p.name)}</span> <span class="post-timestamp">{_e(_ui(p, "at"))} <a href="{_e(p.url)}"><abbr class="published" title="{p.iso}">{p.time}</abbr></a></span> <span class="post-labels">{_e(_ui(p, "labels"))}: <a href="https://{p.host}/search/label/{p.extra["section_slug"]}">{_e(p.section)}</a></span></div>\n'
        + f'<div class="comments"><h4>{_e(_ui(p, "no_comments"))}</h4></div>\n'
        + "</div></div></div>\n"
        + f'<aside class="sidebar"><h2>{_e(_ui(p, "related"))}</h2>{_related(p, "popular-posts")}</aside>\n'
        + f'<footer class="blog-footer"><p>{_e(p.name)} · {_e(_ui(p, "theme"))}</p></footer>\n'
        + "</body>\n</html>\n"
    )


RENDER: dict[str, Callable[[Page], str]] = {
    "portal": portal,
    "daily": daily,
    "arportal": arportal,
    "radio": radio,
    "social": social,
}
