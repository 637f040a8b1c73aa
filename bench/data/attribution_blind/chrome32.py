# ruff: noqa: E501, RUF001
"""Page templates of the thirty-second blind set: newspaper chains' and national publishers'
platforms, written for this set from what such sites emit (not derived from any earlier
set's templates). Each family renders one page from a `Pg`:

- ``gannett``: a USA TODAY Network-like local site (``gnt_`` class names, the italic
  "This article originally appeared on …" line, the network's footer);
- ``reach``: a Reach-like UK local (``article-body``, "Read more" and newsletter boxes,
  bookmarks, comments teaser);
- ``newsquest``: a Newsquest-like UK local (first-paragraph class, "Network content" label,
  image credits "(Image: …)", the audited-network footer);
- ``postmedia``: a Postmedia-like chain page ("Article content" labels between paragraph
  groups, "Share this Story", the chain's footer), used by an Irish county chain;
- ``nzme``: an NZME/Stuff-like New Zealand page (premium badge, "Kia ora" newsletter box);
- ``news24``: a News24/Media24-like South African page (``article__body``, "Subscribe to
  News24" box, community-paper network footer);
- ``nation``: a Nation Media-like East African page ("PHOTO | …" captions, "By …" over the
  title, "Related" list), English and Swahili;
- ``nordic``: a Schibsted-like Nordic page (``data-test-id`` text blocks, publish stamp,
  "Mest lest"), Swedish, Norwegian and Finnish;
- ``funke``: an Axel Springer/Funke-like German regional page (plus badge, "Lesen Sie auch",
  Quelle box);
- ``ouest``: an Ouest-France-like French regional page (``article-detail``, "Publié le",
  "À lire aussi");
- ``mediahuis``: a Mediahuis-like Dutch page (``article__body``, "Lees ook", "Premium");
- ``jppref``: a Japanese prefectural paper (indented paragraphs, region tag, 関連記事);
- ``jpagg``: a LINE NEWS/Yahoo! JAPAN-like aggregator (provider header with the time, comment
  count, 提供 footer);
- ``cnprov``: a Chinese provincial portal (info bar with 来源/作者/编辑, 【纠错】, 分享到);
- ``asiaportal``: a Vietnamese or Thai news portal (right-aligned closing source line,
  "Tin liên quan"/"ข่าวที่เกี่ยวข้อง") and a Lithuanian portal variant;
- ``tribun``: an Indonesian regional network on subdomains ("Laporan Wartawan", "Baca juga",
  pagination, "Artikel ini telah tayang di …").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape


@dataclass
class Pg:
    family: str
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    section: str
    date_iso: str
    date_shown: str
    byline: str  # visible byline text ("" for none)
    paras: list[str]  # escaped paragraph texts (mention paragraphs already inserted)
    caption: str  # visible caption text of the lead picture ("" for none)
    top: str = ""  # credit label above the body ("" for none)
    end: list[str] = field(default_factory=list)  # closing lines inside the article
    foot: list[str] = field(default_factory=list)  # lines in a box under the article
    rails: list[str] = field(default_factory=list)  # headlines of other stories
    variant: int = 0
    chain: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _e(s: str) -> str:
    return escape(s, quote=False)


def _ld(pg: Pg) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": pg.title,
        "datePublished": pg.date_iso,
        "mainEntityOfPage": pg.url,
        "publisher": {"@type": "Organization", "name": pg.site_name},
    }
    if pg.byline:
        data["author"] = [{"@type": "Person", "name": pg.byline}]
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def _head(pg: Pg, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{pg.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(pg.title)} | {_e(pg.site_name)}</title>\n"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<link rel="canonical" href="{pg.url}">\n'
        f'<meta property="og:title" content="{escape(pg.title)}">\n'
        f'<meta property="og:url" content="{pg.url}">\n'
        f'<meta property="og:site_name" content="{escape(pg.site_name)}">\n'
        f'<meta property="article:published_time" content="{pg.date_iso}">\n'
        f"{extra}{_ld(pg)}\n</head>\n"
    )


def _rail(items: list[str], cls: str, title: str) -> str:
    lis = "".join(f'<li><a href="#r{i}">{_e(t)}</a></li>' for i, t in enumerate(items))
    return f'<aside class="{cls}"><h3>{_e(title)}</h3><ol>{lis}</ol></aside>'


# --- English-language chains -------------------------------------------------------------


def gannett(pg: Pg) -> str:
    body = []
    for i, p in enumerate(pg.paras):
        body.append(f'<p class="gnt_ar_b_p">{p}</p>')
        if i == 1:
            body.append('<aside class="gnt_em gnt_em__ad" aria-label="advertisement"><div class="gnt_em_ad_t">Advertisement</div><div id="gnt_ad_mid"></div></aside>')
        if i == 3 and pg.rails:
            body.append(f'<aside class="gnt_em gnt_em__el"><ul class="gnt_em_el_ul"><li class="gnt_em_el_li"><a href="#more">{_e(pg.rails[0])}</a></li></ul></aside>')
    for line in pg.end:
        body.append(f'<p class="gnt_ar_b_p"><em>{line}</em></p>')
    fig = ""
    if pg.caption:
        fig = f'<figure class="gnt_em gnt_em__fo"><img class="gnt_em_img_i" src="/img/{pg.variant}.jpg" alt=""><figcaption class="gnt_em_fo_c">{pg.caption}</figcaption></figure>'
    by = f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/">{_e(pg.byline)}</a><div class="gnt_ar_by_t">{_e(pg.site_name)}</div></div>' if pg.byline else ""
    foot = "".join(f'<div class="gnt_ar_sf">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        '<body class="gnt_pr">\n'
        '<div id="onetrust-banner-sdk" role="dialog"><p>We and our partners use cookies to personalise content and ads. <button>Accept All</button> <button>Manage Preferences</button></p></div>\n'
        f'<header class="gnt_n"><a class="gnt_n_logo" href="/">{_e(pg.site_name)}</a><nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/rural/">Rural</a><a href="/obituaries/">Obituaries</a><a href="/subscribe/">Subscribe</a></nav></header>\n'
        f'<main class="gnt_cw"><article class="gnt_pr_a">\n<div class="gnt_ar_lbl"><a href="/news/">{_e(pg.section)}</a></div>\n'
        f'<h1 class="gnt_ar_hl" elementtiming="ar-headline">{_e(pg.title)}</h1>\n{by}\n'
        f'<div class="gnt_ar_dt" aria-label="Published {_e(pg.date_shown)}">{_e(pg.date_shown)}</div>\n'
        f'<div class="gnt_ss"><button class="gnt_ss_fb">Facebook</button><button class="gnt_ss_x">X</button><button class="gnt_ss_em">Email</button></div>\n'
        f'{fig}\n<div class="gnt_ar_b">\n' + "\n".join(body) + f"\n</div>{foot}\n</article>\n"
        + _rail(pg.rails, "gnt_m_th", "Most popular")
        + f'\n</main>\n<footer class="gnt_f"><p>{_e(pg.chain)}</p><p>© 2027 {_e(pg.host)}. All rights reserved.</p><a href="/terms/">Terms of Service</a> <a href="/privacy/">Privacy Policy</a> <a href="/ccpa/">Your Privacy Choices</a></footer>\n</body>\n</html>\n'
    )


def reach(pg: Pg) -> str:
    body = []
    for i, p in enumerate(pg.paras):
        body.append(f"<p>{p}</p>")
        if i == 1 and pg.rails:
            body.append(f'<div class="read-more-links"><strong>Read more:</strong> <a href="#rm">{_e(pg.rails[0])}</a></div>')
        if i == 4:
            body.append('<div class="newsletter-signup" data-tmdatatrack="newsletter-signup"><h4>Get the biggest stories from your area straight to your inbox</h4><form><input type="email" placeholder="Enter email"><button>Subscribe</button></form><p class="small">We use your sign-up to provide content in ways you\'ve consented to and to improve our understanding of you.</p></div>')
    for line in pg.end:
        body.append(f"<p>{line}</p>")
    fig = f'<figure class="image-container"><img src="/i/{pg.variant}.jpg" alt=""><figcaption><span class="caption">{pg.caption}</span></figcaption></figure>' if pg.caption else ""
    by = f'<div class="author-container"><span class="author">{_e(pg.byline)}</span><span class="role">{_e(pg.extra.get("role", ""))}</span></div>' if pg.byline else ""
    foot = "".join(f'<div class="article-information">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        '<body class="article-page publication-font">\n'
        '<div class="qc-cmp2-summary-section"><p>We value your privacy. We and our partners store and/or access information on a device. <button>AGREE</button> <button>MORE OPTIONS</button></p></div>\n'
        f'<header class="mod-header"><a class="logo" href="/">{_e(pg.site_name)}</a><nav><a href="/news/">News</a><a href="/whats-on/">What\'s On</a><a href="/sport/">Sport</a><a href="/all-about/weather">Weather</a></nav></header>\n'
        f'<main><article class="article-main" itemscope itemtype="https://schema.org/NewsArticle">\n<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news/">News</a> › <span>{_e(pg.section)}</span></nav>\n'
        f'<h1 class="publication-font" itemprop="headline">{_e(pg.title)}</h1>\n<p class="sub-header">{_e(pg.extra.get("standfirst", ""))}</p>\n{by}\n'
        f'<div class="time-container"><time datetime="{pg.date_iso}">{_e(pg.date_shown)}</time></div>\n'
        f'<button class="bookmark" aria-label="Bookmark">Bookmark</button>\n<div class="comment-count">Comments</div>\n{fig}\n'
        '<div class="article-body" itemprop="articleBody">\n' + "\n".join(body)
        + f"\n</div>\n{foot}\n<div class=\"comments-teaser\"><h4>Join the conversation</h4><p>Sign in to leave a comment.</p></div>\n</article>\n"
        + _rail(pg.rails[1:], "most-read", "Most Read")
        + f'\n</main>\n<footer><p>{_e(pg.chain)}</p><p>© 2027 {_e(pg.site_name)}. Registered in England No. 00082548.</p><a href="/privacy-notice">Privacy Notice</a> <a href="/cookie-notice">Cookie Notice</a></footer>\n</body>\n</html>\n'
    )


def newsquest(pg: Pg) -> str:
    body = []
    for i, p in enumerate(pg.paras):
        cls = ' class="article-first-paragraph"' if i == 0 else ""
        body.append(f"<p{cls}>{p}</p>")
        if i == 2:
            body.append('<div class="nq-advert" data-slot="mpu1"><span>Advertisement</span></div>')
        if i == 5 and pg.rails:
            body.append(f'<p class="inline-related"><strong>READ MORE: </strong><a href="#rel">{_e(pg.rails[0])}</a></p>')
    for line in pg.end:
        body.append(f"<p>{line}</p>")
    top = f'<div class="mar-network-label">{pg.top}</div>' if pg.top else ""
    fig = f'<figure class="mar-article-image"><img src="/resources/images/{pg.variant}.jpg" alt=""><figcaption><span>{pg.caption}</span></figcaption></figure>' if pg.caption else ""
    by = f'<div class="article-author"><span class="author-name">{_e(pg.byline)}</span></div>' if pg.byline else ""
    foot = "".join(f'<div class="mar-article-footer">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        '<body>\n<div id="cmp-banner"><p>This site uses cookies. By continuing you agree to our use of cookies. <button>Accept</button></p></div>\n'
        f'<header class="mar-header"><a class="mar-logo" href="/">{_e(pg.site_name)}</a><nav><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/leisure/">Leisure</a><a href="/announcements/">Announcements</a><a href="/jobs/">Jobs</a></nav></header>\n'
        f'<main class="mar-article-top">\n{top}\n<h1 class="mar-article-title">{_e(pg.title)}</h1>\n{by}\n<time class="mar-date">{_e(pg.date_shown)}</time>\n'
        '<div class="share-bar"><a>Share</a></div>\n'
        f'{fig}\n<div id="subscription-article" class="article-body">\n' + "\n".join(body) + f"\n</div>\n{foot}\n"
        + _rail(pg.rails[1:], "mar-most-read", "Most Read")
        + f'\n</main>\n<footer class="mar-footer"><p>{_e(pg.chain)}</p><p>© Copyright 2001-2027. This site is part of Newsquest\'s audited local newspaper network. A Gannett Company.</p></footer>\n</body>\n</html>\n'
    )


def postmedia(pg: Pg) -> str:
    groups = []
    for i in range(0, len(pg.paras), 3):
        ps = "".join(f"<p>{p}</p>" for p in pg.paras[i : i + 3])
        groups.append(f'<section class="article-content__content-group">{ps}</section>')
        groups.append('<div class="ad__section-border"><p class="ad__label">Article content</p><div class="ad__inner"></div></div>')
    groups.extend(f'<p class="article-content__end">{line}</p>' for line in pg.end)
    top = f'<div class="article-header__syndication">{pg.top}</div>' if pg.top else ""
    fig = f'<figure class="featured-image"><img src="/wp-content/uploads/{pg.variant}.jpg" alt=""><figcaption class="featured-image__caption"><span>{pg.caption}</span></figcaption></figure>' if pg.caption else ""
    by = f'<div class="published-by"><span class="published-by__author">{_e(pg.byline)}</span></div>' if pg.byline else ""
    foot = "".join(f'<div class="article-footer__note">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        '<body class="single-post">\n<div id="consent"><p>We use cookies to improve your experience. <a>Cookie settings</a> <button>OK</button></p></div>\n'
        f'<header class="site-header"><a class="site-header__logo" href="/">{_e(pg.site_name)}</a><nav><a href="/category/news/">News</a><a href="/category/sport/">Sport</a><a href="/category/farming/">Farming</a><a href="/category/opinion/">Opinion</a><a href="/e-paper/">ePaper</a></nav><a class="subscribe" href="/subscribe/">Subscribe</a></header>\n'
        f'<main><article class="article-content">\n<header class="article-header">{top}<span class="article-header__category">{_e(pg.section)}</span>\n'
        f'<h1 class="article-title">{_e(pg.title)}</h1>\n<p class="article-subtitle">{_e(pg.extra.get("standfirst", ""))}</p>\n{by}\n'
        f'<span class="published-date__since">Published {_e(pg.date_shown)}</span>\n<div class="sharebar">Share this Story : {_e(pg.title)}</div>\n</header>\n{fig}\n'
        '<div class="article-content__content">\n' + "\n".join(groups) + f"\n</div>\n{foot}\n</article>\n"
        + _rail(pg.rails, "trending", "Trending")
        + f'\n</main>\n<footer><p>{_e(pg.chain)}</p><p>© 2027 {_e(pg.site_name)}. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.</p></footer>\n</body>\n</html>\n'
    )


def nzme(pg: Pg) -> str:
    body = []
    for i, p in enumerate(pg.paras):
        body.append(f'<p class="article__paragraph">{p}</p>')
        if i == 2:
            body.append('<div class="newsletter-promo"><p>Kia ora, get the day\'s top stories from the Coast in your inbox every morning.</p><button>Sign up</button></div>')
    for line in pg.end:
        body.append(f'<p class="article__paragraph"><em>{line}</em></p>')
    fig = f'<figure class="article__hero"><img src="/resizer/{pg.variant}.jpg" alt=""><figcaption class="article__caption">{pg.caption}</figcaption></figure>' if pg.caption else ""
    by = f'<div class="author"><span class="author__name">{_e(pg.byline)}</span></div>' if pg.byline else ""
    foot = "".join(f'<div class="article__footnote">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        '<body>\n<div class="consent-banner"><p>We use cookies to give you the best experience. <button>Accept</button></p></div>\n'
        f'<header class="header"><a class="header__logo" href="/">{_e(pg.site_name)}</a><nav><a href="/nz/">NZ</a><a href="/west-coast/">West Coast</a><a href="/sport/">Sport</a><a href="/weather/">Weather</a><a href="/premium/">Premium</a></nav></header>\n'
        f'<main><article class="article">\n<div class="article__kicker">{_e(pg.section)}</div>\n<h1 class="article__heading">{_e(pg.title)}</h1>\n{by}\n'
        f'<time class="article__date" datetime="{pg.date_iso}">{_e(pg.date_shown)}</time>\n<div class="article__share"><span>Share</span></div>\n{fig}\n'
        '<section class="article__body">\n' + "\n".join(body) + f"\n</section>\n{foot}\n</article>\n"
        + _rail(pg.rails, "latest", "Latest from the Coast")
        + f'\n</main>\n<footer><p>{_e(pg.chain)}</p><p>© 2027 {_e(pg.site_name)}</p></footer>\n</body>\n</html>\n'
    )


def news24(pg: Pg) -> str:
    body = []
    for i, p in enumerate(pg.paras):
        body.append(f"<p>{p}</p>")
        if i == 3 and pg.rails:
            body.append(f'<div class="article__related"><span class="article__related-label">READ |</span> <a href="#rel">{_e(pg.rails[0])}</a></div>')
    for line in pg.end:
        body.append(f"<p><i>{line}</i></p>")
    fig = f'<figure class="article__image"><img src="/img/{pg.variant}.jpg" alt=""><figcaption><span class="article__image-caption">{pg.caption}</span></figcaption></figure>' if pg.caption else ""
    by = f'<div class="article__author"><span>{_e(pg.byline)}</span></div>' if pg.byline else ""
    foot = "".join(f'<div class="article__source">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        '<body>\n<div class="cookie-notice"><p>This website uses cookies. By continuing to use this site you consent to our cookie policy. <button>OK</button></p></div>\n'
        f'<header class="header"><a class="header__logo" href="/">{_e(pg.site_name)}</a><nav><a href="/news/">News</a><a href="/local/">Local</a><a href="/sport/">Sport</a><a href="/property/">Property</a></nav></header>\n'
        f'<main class="article"><div class="article__header"><p class="article__section">{_e(pg.section)}</p>\n<h1 class="article__title">{_e(pg.title)}</h1>\n'
        f'<p class="article__synopsis">{_e(pg.extra.get("standfirst", ""))}</p>\n{by}\n<p class="article__date">{_e(pg.date_shown)}</p></div>\n{fig}\n'
        '<div class="article__body">\n' + "\n".join(body) + f"\n</div>\n{foot}\n"
        '<div class="subscribe-box"><p>Subscribe to our newsletter for the latest from the Lowveld.</p></div>\n'
        + _rail(pg.rails[1:], "article__trending", "Trending")
        + f'\n</main>\n<footer><p>{_e(pg.chain)}</p><p>© 2027 {_e(pg.site_name)}. All rights reserved.</p></footer>\n</body>\n</html>\n'
    )


_NATION = {
    "en": ("News", "Business", "Sport", "Related", "Summary"),
    "sw": ("Habari", "Biashara", "Michezo", "Habari zinazohusiana", "Muhtasari"),
}


def nation(pg: Pg) -> str:
    news, biz, sport, related, _ = _NATION[pg.lang]
    body = "\n".join(f"<p>{p}</p>" for p in pg.paras)
    body += "".join(f"\n<p><b>{line}</b></p>" for line in pg.end)
    fig = f'<figure class="article-picture"><img src="/resource/image/{pg.variant}.jpg" alt=""><figcaption class="article-picture-caption">{pg.caption}</figcaption></figure>' if pg.caption else ""
    by = f'<div class="article-authors"><p class="article-authors_authors">{_e(pg.byline)}</p></div>' if pg.byline else ""
    summary = pg.extra.get("summary", "")
    summ = f'<section class="summary"><h3>{_e(pg.extra.get("summary_title", "Summary"))}</h3><ul><li>{_e(summary)}</li></ul></section>' if summary else ""
    foot = "".join(f'<div class="article-source">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        '<body class="article">\n'
        f'<header class="page-header"><a class="page-header_logo" href="/">{_e(pg.site_name)}</a><nav><a href="/news">{news}</a><a href="/business">{biz}</a><a href="/sport">{sport}</a><a href="/epaper">ePaper</a></nav></header>\n'
        f'<main><article class="article-body">\n<p class="article-topic"><a href="/news/regions">{_e(pg.section)}</a></p>\n{by}\n<h1 class="title-medium">{_e(pg.title)}</h1>\n'
        f'<div class="article-timestamp"><time datetime="{pg.date_iso}">{_e(pg.date_shown)}</time></div>\n{fig}\n{summ}\n'
        f'<section class="body-copy">\n{body}\n</section>\n{foot}\n'
        + _rail(pg.rails, "related-articles", related)
        + f'\n</article></main>\n<footer><p>{_e(pg.chain)}</p></footer>\n</body>\n</html>\n'
    )


# --- Europe -------------------------------------------------------------------------------

_NORDIC = {
    "sv": ("Publicerad", "Mest läst", "Dela artikeln", "Vi använder cookies för att ge dig en bättre upplevelse.", "Godkänn"),
    "nb": ("Publisert", "Mest lest", "Del artikkelen", "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.", "Godta"),
    "fi": ("Julkaistu", "Luetuimmat", "Jaa artikkeli", "Käytämme evästeitä parantaaksemme käyttökokemustasi.", "Hyväksy"),
}


def nordic(pg: Pg) -> str:
    pub, most, share, consent, ok = _NORDIC[pg.lang]
    blocks = "".join(f'<div data-test-id="text-block"><p class="hyperion-css-1u0s3re">{p}</p></div>' for p in pg.paras)
    blocks += "".join(f'<div data-test-id="text-block"><p class="hyperion-css-1u0s3re"><em>{line}</em></p></div>' for line in pg.end)
    fig = f'<figure data-test-id="image"><img src="/images/{pg.variant}.jpg" alt=""><figcaption><span data-test-id="caption">{pg.caption}</span></figcaption></figure>' if pg.caption else ""
    by = f'<div data-test-id="byline"><span class="byline-name">{_e(pg.byline)}</span></div>' if pg.byline else ""
    foot = "".join(f'<div data-test-id="footer-note">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        f'<body>\n<div id="sp_message_container"><p>{consent} <button>{ok}</button></p></div>\n'
        f'<header data-test-id="header"><a href="/">{_e(pg.site_name)}</a><nav><a href="/nyheter">{_e(pg.section)}</a></nav></header>\n'
        f'<main><article data-test-id="article">\n<h1 data-test-id="headline">{_e(pg.title)}</h1>\n{by}\n'
        f'<div data-test-id="timestamp">{pub} {_e(pg.date_shown)}</div>\n<button data-test-id="share">{share}</button>\n{fig}\n'
        f'<div data-test-id="article-body">{blocks}</div>\n{foot}\n</article>\n'
        + _rail(pg.rails, "most-read", most)
        + f'\n</main>\n<footer><p>{_e(pg.chain)}</p></footer>\n</body>\n</html>\n'
    )


def funke(pg: Pg) -> str:
    body = []
    for i, p in enumerate(pg.paras):
        body.append(f'<p class="article__paragraph">{p}</p>')
        if i == 2 and pg.rails:
            body.append(f'<aside class="inline-teaser"><span class="inline-teaser__label">Lesen Sie auch:</span> <a href="#lesen">{_e(pg.rails[0])}</a></aside>')
        if i == 5:
            body.append('<div class="ad-slot" data-ad="content_1"><span>Anzeige</span></div>')
    for line in pg.end:
        body.append(f'<p class="article__paragraph article__paragraph--end">{line}</p>')
    top = f'<div class="article__source-box">{pg.top}</div>' if pg.top else ""
    fig = f'<figure class="article__image"><img src="/img/{pg.variant}.jpg" alt=""><figcaption><span class="article__image-caption">{pg.caption}</span></figcaption></figure>' if pg.caption else ""
    by = f'<div class="author"><span class="author__name">{_e(pg.byline)}</span></div>' if pg.byline else ""
    foot = "".join(f'<div class="article__footer-note">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        '<body>\n<div id="cmp"><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien. <button>Akzeptieren und weiter</button> <button>Einstellungen</button></p></div>\n'
        f'<header class="header"><a class="header__logo" href="/">{_e(pg.site_name)}</a><nav><a href="/region/">Region</a><a href="/harz/">Harz</a><a href="/sport/">Sport</a><a href="/plus/">Plus</a></nav></header>\n'
        f'<main><article class="article">\n<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/region/">{_e(pg.section)}</a></nav>\n'
        f'<span class="article__kicker">{_e(pg.extra.get("kicker", "Wernigerode"))}</span>\n<h1 class="article__headline">{_e(pg.title)}</h1>\n{by}\n'
        f'<time class="article__date" datetime="{pg.date_iso}">{_e(pg.date_shown)}</time>\n{top}\n{fig}\n'
        '<div class="article__body">\n' + "\n".join(body) + f"\n</div>\n{foot}\n</article>\n"
        + _rail(pg.rails[1:], "most-read", "Meistgelesen")
        + f'\n</main>\n<footer><p>{_e(pg.chain)}</p><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></footer>\n</body>\n</html>\n'
    )


def ouest(pg: Pg) -> str:
    body = []
    for i, p in enumerate(pg.paras):
        body.append(f"<p>{p}</p>")
        if i == 3 and pg.rails:
            body.append(f'<aside class="su-read-also"><span>À lire aussi :</span> <a href="#lire">{_e(pg.rails[0])}</a></aside>')
    for line in pg.end:
        body.append(f'<p class="signature">{line}</p>')
    fig = f'<figure class="article-detail__media"><img src="/img/{pg.variant}.jpg" alt=""><figcaption>{pg.caption}</figcaption></figure>' if pg.caption else ""
    by = f'<p class="article-detail__author">{_e(pg.byline)}</p>' if pg.byline else ""
    foot = "".join(f'<div class="article-detail__source">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        '<body>\n<div id="didomi-host"><p>Avec votre accord, nos partenaires et nous utilisons des cookies. <button>Accepter &amp; Fermer</button> <button>Continuer sans accepter</button></p></div>\n'
        f'<header class="header"><a class="header__logo" href="/">{_e(pg.site_name)}</a><nav><a href="/vendee/">Vendée</a><a href="/sport/">Sport</a><a href="/loisirs/">Loisirs</a><a href="/abonnement/">S\'abonner</a></nav></header>\n'
        f'<main><article class="article-detail">\n<p class="article-detail__kicker">{_e(pg.section)}</p>\n<h1>{_e(pg.title)}</h1>\n{by}\n'
        f'<p class="article-detail__date">{_e(pg.date_shown)}</p>\n{fig}\n<div class="article-detail__body">\n' + "\n".join(body) + f"\n</div>\n{foot}\n</article>\n"
        + _rail(pg.rails[1:], "les-plus-lus", "Les plus lus")
        + f'\n</main>\n<footer><p>{_e(pg.chain)}</p><a href="/mentions-legales/">Mentions légales</a></footer>\n</body>\n</html>\n'
    )


def mediahuis(pg: Pg) -> str:
    body = []
    for i, p in enumerate(pg.paras):
        body.append(f'<p class="article__paragraph">{p}</p>')
        if i == 2 and pg.rails:
            body.append(f'<aside class="article__readmore"><strong>Lees ook:</strong> <a href="#lees">{_e(pg.rails[0])}</a></aside>')
    for line in pg.end:
        body.append(f'<p class="article__paragraph"><i>{line}</i></p>')
    fig = f'<figure class="article__figure"><img src="/img/{pg.variant}.jpg" alt=""><figcaption class="article__figcaption">{pg.caption}</figcaption></figure>' if pg.caption else ""
    by = f'<div class="article__author">{_e(pg.byline)}</div>' if pg.byline else ""
    return _head(pg) + (
        '<body>\n<div id="privacy-gate"><p>Wij en onze partners gebruiken cookies. <button>Akkoord</button></p></div>\n'
        f'<header><a class="logo" href="/">{_e(pg.site_name)}</a><nav><a href="/friesland/">Friesland</a><a href="/wadden/">Wadden</a><a href="/sport/">Sport</a></nav></header>\n'
        f'<main><article class="article">\n<span class="article__label">{_e(pg.section)}</span><span class="article__premium">Premium</span>\n<h1 class="article__title">{_e(pg.title)}</h1>\n{by}\n'
        f'<time class="article__time">{_e(pg.date_shown)}</time>\n{fig}\n<div class="article__body">\n' + "\n".join(body) + "\n</div>\n" + "".join(f'<div class="article__bron">{x}</div>' for x in pg.foot) + "\n</article>\n"
        + _rail(pg.rails[1:], "meest-gelezen", "Meest gelezen")
        + f'\n</main>\n<footer><p>{_e(pg.chain)}</p></footer>\n</body>\n</html>\n'
    )


# --- Asia ---------------------------------------------------------------------------------


def jppref(pg: Pg) -> str:
    body = "\n".join(f"<p>\u3000{p}</p>" for p in pg.paras)
    body += "".join(f'\n<p class="credit">{line}</p>' for line in pg.end)
    fig = f'<figure class="photo"><img src="/img/{pg.variant}.jpg" alt=""><figcaption>{pg.caption}</figcaption></figure>' if pg.caption else ""
    by = f'<p class="byline">{_e(pg.byline)}</p>' if pg.byline else ""
    foot = "".join(f'<div class="copyright-note">{x}</div>' for x in pg.foot)
    return _head(pg) + (
        '<body>\n'
        f'<header id="header"><div class="logo"><a href="/">{_e(pg.site_name)}</a></div><ul class="gnav"><li><a href="/news/">ニュース</a></li><li><a href="/sado/">佐渡</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/obituary/">おくやみ</a></li></ul></header>\n'
        f'<div id="main"><div class="article">\n<p class="area-tag">【{_e(pg.section)}】</p>\n<h1>{_e(pg.title)}</h1>\n<p class="date">{_e(pg.date_shown)}</p>\n{by}\n{fig}\n'
        f'<div class="article-body">\n{body}\n</div>\n{foot}\n'
        '<div class="sns-share"><a>Xでポスト</a><a>シェア</a><a>LINEで送る</a></div>\n</div>\n'
        + _rail(pg.rails, "kanren", "関連記事")
        + f'\n</div>\n<footer id="footer"><p>{_e(pg.chain)}</p><p>掲載の記事・写真・図表などの無断転載を禁止します。</p></footer>\n</body>\n</html>\n'
    )


def jpagg(pg: Pg) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in pg.paras)
    body += "".join(f"\n<p>{line}</p>" for line in pg.end)
    provider = f'<div class="provider"><span class="provider__name">{pg.top}</span><time>{_e(pg.date_shown)}配信</time></div>' if pg.top else ""
    fig = f'<figure class="article-image"><img src="/img/{pg.variant}.jpg" alt=""><figcaption>{pg.caption}</figcaption></figure>' if pg.caption else ""
    foot = "".join(f'<div class="provider-footer">{x}</div>' for x in pg.foot)
    return _head(pg, '<meta name="robots" content="max-image-preview:large">\n') + (
        '<body>\n'
        f'<header class="global-header"><a href="/">{_e(pg.site_name)}</a><nav><a href="/topics/">トピックス</a><a href="/ranking/">ランキング</a><a href="/categories/local">地域</a></nav><a class="login">ログイン</a></header>\n'
        f'<main><article class="article">\n{provider}\n<h1 class="article-title">{_e(pg.title)}</h1>\n{fig}\n'
        f'<div class="article-body">\n{body}\n</div>\n{foot}\n'
        f'<p class="modified">最終更新：{_e(pg.date_shown)}</p>\n<div class="reaction"><button>学びがある</button><button>わかりやすい</button><button>新しい視点</button></div>\n'
        '<section class="comments"><h2>コメント</h2><p class="comment-count">コメント 128件</p><a>コメントを書く</a></section>\n</article>\n'
        + _rail(pg.rails, "access-ranking", "アクセスランキング")
        + '\n</main>\n<footer><p>※掲載されている記事の著作権は提供元各社に帰属します。</p></footer>\n</body>\n</html>\n'
    )


def cnprov(pg: Pg) -> str:
    body = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in pg.paras)
    body += "".join(f'\n<p style="text-indent:2em;">{line}</p>' for line in pg.end)
    src = f'<span class="source">{pg.top}</span>' if pg.top else ""
    author = f'<span class="author">{_e(pg.byline)}</span>' if pg.byline else ""
    fig = f'<p style="text-align:center;"><img src="/img/{pg.variant}.jpg" alt=""></p><p style="text-align:center;" class="pic-note">{pg.caption}</p>' if pg.caption else ""
    return _head(pg, '<meta name="keywords" content="亚洲象,勐腊,西双版纳">\n') + (
        '<body>\n'
        f'<div class="top-nav"><a href="/">{_e(pg.site_name)}首页</a> | <a href="/yn/">云南</a> | <a href="/bn/">州市</a> | <a href="/sh/">社会</a> | <a href="/ly/">旅游</a></div>\n'
        f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zs/">{_e(pg.section)}</a> &gt; 正文</div>\n'
        f'<div class="xl-main"><h1 class="xl-title">{_e(pg.title)}</h1>\n<div class="xl-info"><span class="time">{_e(pg.date_shown)}</span> {src} {author}</div>\n'
        f'<div class="xl-content">\n{fig}\n{body}\n</div>\n'
        f'<div class="xl-editor">[责任编辑：{_e(pg.extra.get("editor", "李倩"))}]</div>\n<div class="xl-share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>\n<div class="jiucuo"><a>【纠错】</a> <a>【打印】</a> <a>【关闭】</a></div>\n</div>\n'
        + _rail(pg.rails, "xg-news", "相关新闻")
        + f'\n<div class="footer"><p>{_e(pg.chain)}</p><p>违法和不良信息举报电话：0871-6XXXXXXX</p></div>\n</body>\n</html>\n'
    )


_PORTAL = {
    "vi": ("Tin liên quan", "Đọc nhiều", "Trang chủ"),
    "th": ("ข่าวที่เกี่ยวข้อง", "ข่าวยอดนิยม", "หน้าแรก"),
    "lt": ("Susiję straipsniai", "Skaitomiausi", "Pradžia"),
}


def asiaportal(pg: Pg) -> str:
    related, most, home = _PORTAL[pg.lang]
    body = []
    for i, p in enumerate(pg.paras):
        body.append(f"<p>{p}</p>")
        if i == 2 and pg.rails:
            body.append(f'<div class="box-related"><p class="box-related__title">{related}</p><ul><li><a href="#tl">{_e(pg.rails[0])}</a></li></ul></div>')
    for line in pg.end:
        body.append(f'<p style="text-align: right;"><strong>{line}</strong></p>')
    fig = f'<table class="picture" align="center"><tr><td><img src="/img/{pg.variant}.jpg" alt=""></td></tr><tr><td class="pic-caption">{pg.caption}</td></tr></table>' if pg.caption else ""
    by = f'<p class="author-name">{_e(pg.byline)}</p>' if pg.byline else ""
    sapo = pg.extra.get("sapo", "")
    return _head(pg) + (
        '<body>\n'
        f'<header class="site-header"><a class="logo" href="/">{_e(pg.site_name)}</a><nav><a href="/">{home}</a><a href="/thoi-su/">{_e(pg.section)}</a></nav></header>\n'
        f'<main><div class="detail">\n<h1 class="detail__title">{_e(pg.title)}</h1>\n<div class="detail__meta"><span class="detail__time">{_e(pg.date_shown)}</span></div>\n'
        f'<h2 class="detail__sapo">{_e(sapo)}</h2>\n{fig}\n<div class="detail__content">\n' + "\n".join(body) + f"\n</div>\n{by}\n</div>\n"
        + _rail(pg.rails[1:], "most-viewed", most)
        + f'\n</main>\n<footer><p>{_e(pg.chain)}</p></footer>\n</body>\n</html>\n'
    )


def tribun(pg: Pg) -> str:
    body = []
    lead = pg.extra.get("laporan", "")
    if lead:
        body.append(f'<p><strong>{_e(lead)}</strong></p>')
    for i, p in enumerate(pg.paras):
        body.append(f"<p>{p}</p>")
        if i in (1, 4) and len(pg.rails) > i // 4:
            body.append(f'<p><strong>Baca juga: <a href="#baca{i}">{_e(pg.rails[i // 4])}</a></strong></p>')
    for line in pg.end:
        body.append(f"<p>{line}</p>")
    fig = f'<div class="imgfull_div"><img src="/foto/{pg.variant}.jpg" alt=""><div class="arial f12 grey2 pt5">{pg.caption}</div></div>' if pg.caption else ""
    by = f'<div id="penulis">Penulis: <a>{_e(pg.byline)}</a></div>' if pg.byline else ""
    editor = f'<div id="editor">Editor: <a>{_e(pg.extra.get("editor", "Fitri Wahyuni"))}</a></div>'
    return _head(pg) + (
        '<body>\n'
        f'<div class="top-network"><a href="/">{_e(pg.chain)}</a> <a href="#">Bangka</a> <a href="#">Belitung</a> <a href="#">Palembang</a> <a href="#">Jambi</a> <a href="#">Batam</a></div>\n'
        f'<header><a class="logo" href="/">{_e(pg.site_name)}</a><nav><a href="/news/">Berita</a><a href="/regional/">{_e(pg.section)}</a><a href="/sport/">Sport</a><a href="/video/">Video</a></nav></header>\n'
        f'<div id="article"><h1 id="arttitle">{_e(pg.title)}</h1>\n{by}\n<time class="grey">{_e(pg.date_shown)}</time>\n{fig}\n'
        '<div class="side-article txt-article multi-fontsize">\n' + "\n".join(body) + f"\n</div>\n{editor}\n"
        '<div class="paging">Halaman <a>1</a> <a>2</a> <a>Selanjutnya</a></div>\n<div class="tagcloud"><a>#nelayan</a> <a>#Belitung</a> <a>#cuaca ekstrem</a></div>\n</div>\n'
        + _rail(pg.rails[1:], "populer", "Berita Populer")
        + f'\n<footer><p>Copyright © 2027 {_e(pg.chain)}. All Right Reserved</p></footer>\n</body>\n</html>\n'
    )


RENDER = {
    "gannett": gannett,
    "reach": reach,
    "newsquest": newsquest,
    "postmedia": postmedia,
    "nzme": nzme,
    "news24": news24,
    "nation": nation,
    "nordic": nordic,
    "funke": funke,
    "ouest": ouest,
    "mediahuis": mediahuis,
    "jppref": jppref,
    "jpagg": jpagg,
    "cnprov": cnprov,
    "asiaportal": asiaportal,
    "tribun": tribun,
}
