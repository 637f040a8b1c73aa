# ruff: noqa: E501
"""Page templates of the third blind set: CMS markup the earlier sets lack.

WordPress (Astra-like theme), Drupal 10 (field classes), Arc-like and Brightspot-like news
platforms, a Chorus-like byline, AMP, Joomla 4, 1C-Bitrix, a Japanese and a Korean portal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from typing import Any

RTL = ("ar", "ur")


@dataclass(frozen=True)
class Page3:
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    description: str
    body: str
    author: str
    byline_html: str
    head_html: str
    after_html: str
    iso_date: str
    variant: int
    own: bool
    ld: dict[str, Any] = field(default_factory=dict)
    canonical: str = ""  # "" = the page's own URL (an AMP page points at its HTML twin)


def _e(text: str) -> str:
    return escape(text, quote=True)


def _json_ld(p: Page3) -> str:
    author: dict[str, Any] = {"@type": "Organization" if p.own else "Person", "name": p.author}
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": f"{p.iso_date}T08:{10 + p.variant * 7}:00Z",
        "author": author,
        "publisher": {"@type": "Organization", "name": p.site_name, "url": f"https://{p.host}/"},
        "mainEntityOfPage": p.url,
    }
    data.update(p.ld)
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _head(p: Page3, extra: str = "") -> str:
    return (
        f'<head>\n<meta charset="utf-8">\n<title>{_e(p.title)} | {_e(p.site_name)}</title>\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="description" content="{_e(p.description)}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{_e(p.title)}">\n'
        f'<meta property="og:site_name" content="{_e(p.site_name)}">\n<meta property="og:url" content="{_e(p.url)}">\n'
        f'<meta property="article:published_time" content="{p.iso_date}T08:00:00+00:00">\n'
        f'<link rel="canonical" href="{_e(p.canonical or p.url)}">\n{extra}{p.head_html}\n{_json_ld(p)}\n</head>'
    )


def _html(p: Page3, head: str, body: str, amp: bool = False) -> str:
    d = ' dir="rtl"' if p.lang in RTL else ""
    a = " ⚡" if amp else ""
    return f'<!DOCTYPE html>\n<html{a} lang="{p.lang}"{d}>\n{head}\n{body}\n</html>\n'


def _nav(p: Page3, items: tuple[str, ...]) -> str:
    links = "".join(f'<li><a href="https://{p.host}/{i.lower()}/">{_e(i)}</a></li>' for i in items)
    return f'<nav class="main-navigation"><ul class="menu">{links}</ul></nav>'


def _byline(p: Page3, default: str) -> str:
    return p.byline_html or default


def wp(p: Page3) -> str:
    byline = _byline(
        p,
        f'<span class="posted-by vcard author"><a class="url fn n" href="https://{p.host}/author/{p.variant}/">{_e(p.author)}</a></span>',
    )
    body = (
        f'<body class="post-template-default single single-post ast-separate-container">\n'
        f'<header class="site-header"><p class="site-title"><a href="https://{p.host}/">{_e(p.site_name)}</a></p>{_nav(p, ("News", "Region", "Business", "Opinion"))}</header>\n'
        f'<div id="content" class="site-content"><main id="main" class="site-main">\n'
        f'<article class="post type-post status-publish format-standard ast-article-single">\n'
        f'<header class="entry-header"><h1 class="entry-title">{_e(p.title)}</h1>\n'
        f'<div class="entry-meta">{byline} / <span class="posted-on"><time class="entry-date published" datetime="{p.iso_date}">{p.iso_date}</time></span></div></header>\n'
        f'<div class="entry-content clear">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://{p.host}/category/news/">News</a></span></footer>\n'
        f'</article>\n<div id="comments" class="comments-area"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3></div>\n'
        f'</main></div>\n<footer class="site-footer"><div class="ast-footer-copyright">Copyright © 2026 {_e(p.site_name)} | Powered by Astra WordPress Theme</div></footer>\n</body>'
    )
    return _html(p, _head(p, '<meta name="generator" content="WordPress 6.7.2">\n'), body)


def drupal(p: Page3) -> str:
    byline = _byline(
        p,
        f'<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{_e(p.author)}</span></span>',
    )
    body = (
        f'<body class="path-node page-node-type-article">\n<div class="dialog-off-canvas-main-canvas">\n'
        f'<header role="banner"><div class="site-branding__name"><a href="https://{p.host}/" rel="home">{_e(p.site_name)}</a></div>{_nav(p, ("Home", "Local", "Province", "Sports"))}</header>\n'
        f'<main role="main"><div class="region region-content">\n'
        f'<article role="article" class="node node--type-article node--view-mode-full">\n'
        f'<h1 class="page-title"><span class="field field--name-title field--type-string">{_e(p.title)}</span></h1>\n'
        f'<div class="node__meta">{byline} <span class="field field--name-created field--type-created">{p.iso_date}</span></div>\n'
        f'<div class="node__content">\n<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div>\n<div class="field__items"><div class="field__item"><a href="https://{p.host}/taxonomy/term/12">Local</a></div></div></div>\n'
        f'</div></article></div></main>\n<footer role="contentinfo"><p>© 2026 {_e(p.site_name)}</p></footer>\n</div>\n</body>'
    )
    return _html(
        p, _head(p, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'), body
    )


def arc(p: Page3) -> str:
    byline = _byline(
        p,
        f'<div class="b-byline"><span class="b-byline__by">By </span><a class="b-byline__name" href="https://{p.host}/people/{p.variant}/">{_e(p.author)}</a></div>',
    )
    body = (
        f'<body><div id="fusion-app" class="layout-section">\n'
        f'<header class="b-header-nav-chain"><a class="b-header-nav-chain__logo" href="https://{p.host}/">{_e(p.site_name)}</a>{_nav(p, ("World", "Politics", "Business", "Climate"))}</header>\n'
        f'<article class="b-article-body-wrapper">\n<h1 class="b-headline">{_e(p.title)}</h1>\n'
        f'<div class="b-article-meta">{byline}\n<time class="b-date" datetime="{p.iso_date}T08:00:00Z">Published {p.iso_date}</time></div>\n'
        f'<div class="b-article-body" data-testid="article-body">\n{p.body}\n</div>\n{p.after_html}\n</article>\n'
        f'<aside class="b-right-rail"><h2 class="b-header">Most read</h2><ul><li><a href="https://{p.host}/world/">Live updates</a></li></ul></aside>\n'
        f'<footer class="b-footer"><p>© 1996-2026 {_e(p.site_name)}</p></footer></div>\n<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};</script>\n</body>'
    )
    return _html(p, _head(p), body)


def brightspot(p: Page3) -> str:
    byline = _byline(
        p,
        f'<div class="Page-authors"><span class="Page-authors-label">By</span> <a class="Link" href="https://{p.host}/author/{p.variant}">{_e(p.author)}</a></div>',
    )
    body = (
        f'<body class="ArticlePage" data-brightspot>\n<header class="Page-header"><a class="Page-header-logo" href="https://{p.host}/">{_e(p.site_name)}</a>{_nav(p, ("News", "Health", "Money", "Local"))}</header>\n'
        f'<main class="Page-main"><div class="Page-lead"><h1 class="Page-headline">{_e(p.title)}</h1>\n'
        f'<div class="Page-byline">{byline}\n<div class="Page-datePublished"><bsp-timestamp data-timestamp="{p.iso_date}">{p.iso_date}</bsp-timestamp></div></div></div>\n'
        f'<div class="RichTextArticleBody RichTextBody">\n{p.body}\n</div>\n{p.after_html}\n</main>\n'
        f'<footer class="Page-footer"><p class="Page-footer-disclaimer">Copyright 2026 {_e(p.site_name)}. All rights reserved.</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def chorus(p: Page3) -> str:
    byline = _byline(
        p,
        f'<div class="c-byline"><span class="c-byline__item"><a href="https://{p.host}/authors/{p.variant}"><span class="c-byline__author-name">{_e(p.author)}</span></a></span></div>',
    )
    body = (
        f'<body class="c-page">\n<header class="c-global-header"><a class="c-global-header__logo" href="https://{p.host}/">{_e(p.site_name)}</a></header>\n'
        f'<main id="content"><article class="l-main-content">\n<div class="c-entry-hero"><h1 class="c-page-title">{_e(p.title)}</h1>\n'
        f'{byline}\n<time class="c-byline__item" datetime="{p.iso_date}">{p.iso_date}</time></div>\n'
        f'<div class="c-entry-content ">\n{p.body}\n</div>\n{p.after_html}\n</article></main>\n'
        f'<footer class="c-footer"><p>© 2026 {_e(p.site_name)}. All rights reserved.</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def amp(p: Page3) -> str:
    extra = (
        '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>\n"
        "<style amp-custom>.article-body p{line-height:1.6}</style>\n"
    )
    byline = _byline(p, f'<p class="byline">By <span class="author">{_e(p.author)}</span></p>')
    body = (
        f'<body>\n<header class="amp-header"><a href="https://{p.host}/">{_e(p.site_name)}</a></header>\n'
        f'<article class="amp-article">\n<h1>{_e(p.title)}</h1>\n{byline}\n<p class="dateline-time"><time datetime="{p.iso_date}">{p.iso_date}</time></p>\n'
        f'<amp-img src="https://{p.host}/media/lead-{p.variant}.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>\n'
        f'<div class="article-body">\n{p.body}\n</div>\n{p.after_html}\n</article>\n'
        f'<amp-social-share type="whatsapp"></amp-social-share>\n<footer><p>© {_e(p.site_name)} 2026</p></footer>\n</body>'
    )
    return _html(p, _head(p, extra), body, amp=True)


def joomla(p: Page3) -> str:
    byline = _byline(
        p,
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{_e(p.author)}</span></dd>',
    )
    body = (
        f'<body class="site com_content view-article">\n<header class="header container-header"><div class="navbar-brand"><a class="brand-logo" href="https://{p.host}/">{_e(p.site_name)}</a></div></header>\n'
        f'<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
        f'<div class="page-header"><h1 itemprop="headline">{_e(p.title)}</h1></div>\n'
        f'<dl class="article-info text-muted">{byline}\n<dd class="published"><time datetime="{p.iso_date}" itemprop="datePublished">{p.iso_date}</time></dd></dl>\n'
        f'<div itemprop="articleBody" class="com-content-article__body">\n{p.body}\n</div>\n{p.after_html}\n</div></main>\n'
        f'<footer class="container-footer footer"><p>© 2026 {_e(p.site_name)}</p></footer>\n</body>'
    )
    return _html(
        p,
        _head(p, '<meta name="generator" content="Joomla! - Open Source Content Management">\n'),
        body,
    )


def bitrix(p: Page3) -> str:
    byline = _byline(p, f'<div class="news-detail__author">{_e(p.author)}</div>')
    body = (
        f'<body>\n<div id="panel"></div>\n<header class="header"><a class="logo" href="https://{p.host}/">{_e(p.site_name)}</a></header>\n'
        f'<div class="workarea"><div class="news-detail">\n<h1 class="news-detail__title">{_e(p.title)}</h1>\n'
        f'<span class="news-date-time">{p.iso_date}</span>\n{byline}\n'
        f'<div class="news-detail__text">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="news-detail__share"><div class="ya-share2" data-services="vkontakte,telegram"></div></div>\n</div></div>\n'
        f'<footer class="footer"><p>© 2026 {_e(p.site_name)}. При использовании материалов ссылка обязательна.</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def jpnews(p: Page3) -> str:
    byline = _byline(p, f'<p class="article-author">{_e(p.author)}</p>')
    body = (
        f'<body>\n<header id="header"><p class="logo"><a href="https://{p.host}/">{_e(p.site_name)}</a></p></header>\n'
        f'<main><article class="article-detail">\n<h1 class="article-title">{_e(p.title)}</h1>\n'
        f'<p class="article-date"><time datetime="{p.iso_date}">{p.iso_date}</time></p>\n{byline}\n'
        f'<div class="article-body">\n{p.body}\n</div>\n{p.after_html}\n</article></main>\n'
        f'<footer id="footer"><p>Copyright © {_e(p.site_name)} All rights reserved.</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def koportal(p: Page3) -> str:
    byline = _byline(p, f'<li class="byline-name"><i class="icon-user"></i> {_e(p.author)}</li>')
    body = (
        f'<body>\n<header id="user-header"><a class="logo" href="https://{p.host}/">{_e(p.site_name)}</a></header>\n'
        f'<section id="user-container"><div class="article-view-header"><h3 class="heading">{_e(p.title)}</h3>\n'
        f'<ul class="infomation">{byline}<li><i class="icon-clock-o"></i> 입력 {p.iso_date}</li></ul></div>\n'
        f'<article id="article-view-content-div" class="article-veiw-body view-page font-size17" itemprop="articleBody">\n{p.body}\n</article>\n{p.after_html}\n'
        f'<div class="article-copy">저작권자 © {_e(p.site_name)} 무단전재 및 재배포 금지</div>\n</section>\n</body>'
    )
    return _html(p, _head(p), body)


TEMPLATES = {
    "wp": wp,
    "drupal": drupal,
    "arc": arc,
    "brightspot": brightspot,
    "chorus": chorus,
    "amp": amp,
    "joomla": joomla,
    "bitrix": bitrix,
    "jpnews": jpnews,
    "koportal": koportal,
}


def render_page3(chrome: str, p: Page3) -> str:
    return TEMPLATES[chrome](p)
