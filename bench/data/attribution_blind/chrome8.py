# ruff: noqa: E501
"""Page templates of the eighth blind set: the earlier sets' templates plus two with the
boilerplate an aggregator meets around most articles: a WordPress post in the tagDiv
"Newspaper" theme (trending ticker, breadcrumbs, "More from" related posts, a newsletter box,
comments, a footer naming the site's content partners) and a modern local portal (a "Latest"
rail, a most-read list, a newsletter box, a footer with partner logos). Which partners a
site's footer names is a site property (`FOOTER_PARTNERS`), not the article's. Laid out from
memory of such pages."""

from __future__ import annotations

from collections.abc import Callable

from chrome3 import Page3, _e, _head, _nav
from chrome4 import _html
from chrome7 import render_page7
from model3 import Site3

# Footer lines naming content partners, by host: chrome, never a credit of the article above it.
FOOTER_PARTNERS: dict[str, str] = {}


def site_registry(sites: dict[str, Site3]) -> Callable[..., str]:
    """The ``_s(key, name, chrome, host="", partners="")`` a set's case module declares its
    sites with: it files the site in ``sites`` (host ``www.<key>`` unless given), its partner
    footer in FOOTER_PARTNERS, and returns the key."""

    def add(key: str, name: str, chrome: str, host: str = "", partners: str = "") -> str:
        sites[key] = Site3(name, chrome, host or f"www.{key}")
        if partners:
            FOOTER_PARTNERS[sites[key].host] = partners
        return key

    return add


PORTAL_NAV = ("News", "Local", "Business", "Sport", "What's On", "Opinion")
TRENDING = (
    "Council budget vote delayed to next month",
    "Storm warning lifted for the coast",
    "School term dates for next year announced",
    "Cup final tickets sell out in an hour",
)

# The same lists on the pages in other languages (the theme's own labels stay as shipped).
TRENDING_BY_LANG: dict[str, tuple[str, ...]] = {
    "fr": (
        "Le conseil municipal reporte le vote du budget",
        "Fin de la vigilance orages sur le littoral",
        "Le calendrier scolaire de l'an prochain dévoilé",
        "Finale de la coupe : billets épuisés en une heure",
    ),
    "es": (
        "El pleno aplaza la votación del presupuesto",
        "Se levanta la alerta por tormentas en la costa",
        "Publicado el calendario escolar del próximo curso",
        "Agotadas en una hora las entradas para la final",
    ),
    "de": (
        "Gemeinderat vertagt Abstimmung über den Haushalt",
        "Unwetterwarnung für die Region aufgehoben",
        "Ferientermine für das nächste Schuljahr stehen fest",
        "Pokalfinale in einer Stunde ausverkauft",
    ),
    "ar": (
        "تأجيل التصويت على ميزانية البلدية",
        "رفع التحذير من العواصف على الساحل",
        "الإعلان عن مواعيد العام الدراسي المقبل",
        "نفاد تذاكر نهائي الكأس خلال ساعة",
    ),
    "hi": (
        "नगर परिषद का बजट मतदान अगले महीने तक टला",
        "तटीय इलाकों से तूफान की चेतावनी हटी",
        "अगले साल के स्कूल सत्र की तारीखें घोषित",
        "कप फाइनल के टिकट एक घंटे में बिके",
    ),
}


def _trending(p: Page3) -> tuple[str, ...]:
    return TRENDING_BY_LANG.get(p.lang, TRENDING)


def _partners(p: Page3) -> str:
    line = FOOTER_PARTNERS.get(p.host, "")
    return f'<div class="footer-partners"><p>{_e(line)}</p></div>' if line else ""


def tagdiv(p: Page3) -> str:
    """A WordPress post in the tagDiv Newspaper theme."""
    byline = p.byline_html or (
        f'<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://{p.host}/author/{p.variant}/">{_e(p.author)}</a><div class="td-author-line"> - </div></div>'
    )
    ticker = "".join(
        f'<div class="td-trending-now-post"><a class="td-trending-now-title" href="https://{p.host}/trending-{i}/">{_e(t)}</a></div>'
        for i, t in enumerate(_trending(p))
    )
    related = "".join(
        f'<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="https://{p.host}/related-{i}/">{_e(t)}</a></h3></div>'
        for i, t in enumerate(_trending(p)[1:3])
    )
    body = (
        f'<body class="post-template-default single single-post td-standard-pack global-block-template-1 td-full-layout">\n<div id="td-outer-wrap" class="td-theme-wrap">\n'
        f'<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full"><div class="td-header-row td-header-top-menu"><div class="td_data_time">{p.iso_date}</div></div></div>'
        f'<div class="td-header-menu-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="https://{p.host}/"><span class="td-logo-text">{_e(p.site_name)}</span></a></div>{_nav(p, ("Home", "News", "Politics", "Business", "Lifestyle", "Sports"))}</div></div>\n'
        f'<div class="td-trending-now-wrapper" id="td_trending_now"><div class="td-trending-now-title">Trending Now</div><div class="td-trending-now-display-area">{ticker}</div></div>\n'
        f'<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="https://{p.host}/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="https://{p.host}/category/news/">News</a></span></div></div>\n'
        f'<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">\n'
        f'<article class="post type-post status-publish format-standard has-post-thumbnail">\n'
        f'<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="https://{p.host}/category/news/">News</a></li></ul>'
        f'<header class="td-post-title"><h1 class="entry-title">{_e(p.title)}</h1><div class="td-module-meta-info">{byline}<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{p.iso_date}T10:02:00+00:00">{p.iso_date}</time></span><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{p.variant}">{480 + p.variant * 37}</span></div></div></header></div>\n'
        f'<div class="td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={_e(p.url)}"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?url={_e(p.url)}"><span class="td-social-but-text">Twitter</span></a></div></div>\n'
        f'<div class="td-post-content tagdiv-type">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="https://{p.host}/tag/local/">Local</a></li></ul></div></footer>\n'
        f'</article>\n<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4>{related}</div>\n'
        f'<div class="comments" id="comments"><div id="respond" class="comment-respond"><h4 class="td-comments-title block-title"><span>LEAVE A REPLY</span></h4><form class="comment-form"><textarea placeholder="Comment:" name="comment"></textarea><input class="submit" type="submit" value="Post Comment"></form></div></div>\n'
        f'</div></div>\n<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span>Stay Connected</span></h4><div class="td-social-list">16,985 Fans · 2,458 Followers</div></div>'
        f'<div class="td_block_wrap td_block_7"><h4 class="block-title"><span>Latest Articles</span></h4><div class="td_module_6"><h3 class="entry-title"><a href="https://{p.host}/latest-0/">{_e(_trending(p)[3])}</a></h3></div></div>'
        f'<div class="td_block_wrap tdm_block_newsletter"><h3 class="tdm-title">Get the morning briefing</h3><p class="tdm-descr">The day\'s top stories in your inbox at 7 a.m.</p><form class="tdn-newsletter-form"><input type="email" placeholder="Your email"><button>Subscribe</button></form></div></div></div></div>\n'
        f"</div></div>\n"
        f'<div class="td-footer-wrapper td-container-wrap"><div class="td-footer-bottom-full"><div class="block-title"><span>ABOUT US</span></div><p>{_e(p.site_name)} brings you local news, sport and community notices every day.</p>{_partners(p)}</div>'
        f'<div class="td-sub-footer-container"><div class="td-sub-footer-copy">&copy; 2026 {_e(p.site_name)}. All rights reserved.</div><div class="td-sub-footer-menu"><a href="https://{p.host}/privacy-policy/">Privacy Policy</a> <a href="https://{p.host}/contact/">Contact</a></div></div></div>\n'
        f"</div>\n</body>"
    )
    return _html(p, _head(p, '<meta name="generator" content="WordPress 6.6">\n'), body)


def localportal(p: Page3) -> str:
    """A modern local news portal: a "Latest" rail, article, most-read list, newsletter, partner footer."""
    byline = p.byline_html or (
        f'<p class="article-byline">By <span class="author">{_e(p.author)}</span></p>'
    )
    latest = "".join(
        f'<li><time>{8 + i}:{15 * i:02d}</time> <a href="https://{p.host}/latest/{i}">{_e(t)}</a></li>'
        for i, t in enumerate(_trending(p)[:3])
    )
    body = (
        f'<body class="article-page">\n<a class="skip-link" href="#main">Skip to content</a>\n'
        f'<header class="masthead"><a class="brand" href="https://{p.host}/">{_e(p.site_name)}</a>{_nav(p, PORTAL_NAV)}<a class="subscribe-button" href="https://{p.host}/subscribe">Subscribe</a></header>\n'
        f'<div class="page-grid"><aside class="latest-rail"><h2>Latest</h2><ol>{latest}</ol></aside>\n'
        f'<main id="main"><article class="article" data-article-type="news">\n<p class="kicker"><a href="https://{p.host}/news/">News</a></p>\n<h1 class="article-headline">{_e(p.title)}</h1>\n'
        f'<div class="article-meta">{byline}<time class="article-date" datetime="{p.iso_date}T07:30:00Z">{p.iso_date}</time><button class="share-button" aria-label="Share this article">Share</button></div>\n'
        f'<div class="article-body" itemprop="articleBody">\n{p.body}\n</div>\n{p.after_html}\n</article>\n'
        f'<section class="newsletter-signup"><h2>Never miss a story</h2><p>Sign up for our free daily newsletter.</p><form><input type="email" aria-label="Email address"><button type="submit">Sign up</button></form></section>\n'
        f'<section class="most-read"><h2>Most read</h2><ol><li><a href="https://{p.host}/news/mr-1">{_e(_trending(p)[0])}</a></li><li><a href="https://{p.host}/news/mr-2">{_e(_trending(p)[2])}</a></li></ol></section></main></div>\n'
        f'<footer class="site-footer"><nav class="footer-links"><a href="https://{p.host}/about">About us</a> <a href="https://{p.host}/advertise">Advertise</a> <a href="https://{p.host}/corrections">Corrections</a></nav>{_partners(p)}<p class="copyright">&copy; 2026 {_e(p.site_name)}</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def render_page8(chrome: str, p: Page3) -> str:
    if chrome == "tagdiv":
        return tagdiv(p)
    if chrome == "localportal":
        return localportal(p)
    return render_page7(chrome, p)
