# ruff: noqa: E501
"""Page templates of the seventh blind set: the earlier sets' templates plus a BLOX (TownNews)
newspaper story, the CMS of many US local papers and TV sites that run AP copy (tnt-byline,
asset-body, "Copyright 2026 The Associated Press" left to the body), and a WordPress story in the
Jannah theme (post-meta author, entry-content, tags, related posts, comments), common on portals
in Asia, Africa and the Arab world that run agency copy. Laid out from memory of such pages."""

from __future__ import annotations

from chrome3 import Page3, _e, _head, _nav
from chrome4 import _html
from chrome6 import render_page6


def blox(p: Page3) -> str:
    """A TownNews BLOX story: section kicker, headline, tnt-byline, asset-body, tags, comments."""
    byline = p.byline_html or (
        f'<span itemprop="author" class="tnt-byline">By {_e(p.author)}</span>'
    )
    body = (
        f'<body class="layout-asset asset-type-article">\n<div id="site-container">\n'
        f'<header id="site-header"><div class="navbar-brand"><a href="https://{p.host}/" class="site-logo">{_e(p.site_name)}</a></div>{_nav(p, ("News", "Sports", "Obituaries", "E-Edition", "Weather"))}</header>\n'
        f'<div id="main-page-container"><div class="row"><div class="col-md-8">\n'
        f'<article class="asset story" itemscope itemtype="http://schema.org/NewsArticle">\n'
        f'<header class="asset-header"><div class="meta"><span class="asset-section"><a href="https://{p.host}/news/">News</a></span></div>'
        f'<h1 class="headline"><span class="asset-headline tnt-headline" itemprop="headline">{_e(p.title)}</span></h1>\n'
        f'<ul class="list-inline"><li>{byline}</li><li><time class="tnt-date asset-date" datetime="{p.iso_date}T12:00:00-05:00">{p.iso_date}</time></li></ul></header>\n'
        f'<div class="asset-content subscriber-premium" itemprop="articleBody"><div id="article-body" class="asset-body">\n{p.body}\n</div></div>\n{p.after_html}\n'
        f'<div class="asset-tags"><span class="tags-label">Tags</span> <a href="https://{p.host}/search/?t=article&amp;k=state">State</a></div>\n'
        f'<div id="asset-comments" class="asset-comments"><h3>Comments</h3><p>Welcome to the discussion. Keep it clean.</p><div class="comments-placeholder" data-tncms-comments="1"></div></div>\n'
        f"</article>\n</div>\n"
        f'<aside class="col-md-4"><div class="tnt-block"><h3>Most Popular</h3><ol><li><a href="https://{p.host}/news/local/">Local news</a></li><li><a href="https://{p.host}/obituaries/">Obituaries</a></li></ol></div>'
        f'<div class="tnt-block"><h3>Latest e-Edition</h3><a href="https://{p.host}/eedition/">Read today\'s paper</a></div></aside>\n'
        f"</div></div>\n"
        f'<footer id="site-footer"><p>&copy; Copyright 2026 {_e(p.site_name)}. Powered by BLOX Content Management System from TownNews.com.</p><p><a href="https://{p.host}/site/terms.html">Terms of Use</a> | <a href="https://{p.host}/site/privacy.html">Privacy Policy</a></p></footer>\n'
        f"</div>\n</body>"
    )
    return _html(
        p,
        _head(p, '<meta name="generator" content="TownNews.com Content Management System">\n'),
        body,
    )


def jannah(p: Page3) -> str:
    """A WordPress Jannah-theme post: breadcrumb, post-meta author, entry-content, related, comments."""
    byline = p.byline_html or (
        f'<span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-{p.variant}"><span class="meta-author"><a href="https://{p.host}/author/{p.variant}/" class="author-name tie-icon" title="{_e(p.author)}">{_e(p.author)}</a></span></span></span>'
    )
    body = (
        f'<body class="post-template-default single single-post wrapper-has-shadow block-head-1 magazine2">\n<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">\n'
        f'<header id="theme-header" class="theme-header header-layout-3"><div class="logo-row"><div id="logo" class="image-logo"><a title="{_e(p.site_name)}" href="https://{p.host}/">{_e(p.site_name)}</a></div></div>{_nav(p, ("Home", "World", "Business", "Sports", "Tech"))}</header>\n'
        f'<div id="content" class="site-content container"><div class="tie-row main-content-row"><div class="main-content tie-col-md-8" role="main">\n'
        f'<article id="the-post" class="container-wrapper post-content tie-standard">\n'
        f'<header class="entry-header-outer"><nav id="breadcrumb"><a href="https://{p.host}/">Home</a><em class="delimiter">/</em><a href="https://{p.host}/category/world/">World</a></nav>'
        f'<div class="entry-header"><h1 class="post-title entry-title">{_e(p.title)}</h1>'
        f'<div id="single-post-meta" class="post-meta clearfix">{byline}<span class="date meta-item tie-icon">{p.iso_date}</span><div class="tie-alignright"><span class="meta-views meta-item">{312 + p.variant * 41} </span></div></div></div></header>\n'
        f'<div class="entry-content entry clearfix">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="post-bottom-meta post-bottom-tags"><div class="post-bottom-meta-title">Tags</div><span class="tagcloud"><a href="https://{p.host}/tag/news/" rel="tag">news</a></span></div>\n'
        f'<div class="post-footer post-footer-on-bottom"><div class="share-links"><a href="https://www.facebook.com/sharer.php" class="facebook-share-btn">Facebook</a><a href="https://twitter.com/intent/tweet" class="twitter-share-btn">X</a><a href="https://api.whatsapp.com/send" class="whatsapp-share-btn">WhatsApp</a></div></div>\n'
        f"</article>\n"
        f'<div id="related-posts" class="container-wrapper"><div class="mag-box-title the-global-title"><h3>Related Articles</h3></div><div class="related-item"><h3 class="post-title"><a href="https://{p.host}/world/weather-update/">Weather update for the week</a></h3></div></div>\n'
        f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">Leave a Reply</h3><form id="commentform" class="comment-form"><textarea id="comment" name="comment"></textarea></form></div></div>\n'
        f'</div>\n<aside class="sidebar tie-col-md-4"><div class="theiaStickySidebar"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><h4>Popular</h4></div><ul class="posts-list-items"><li class="widget-single-post-item"><a href="https://{p.host}/business/markets/">Markets today</a></li></ul></div></div></aside>\n'
        f"</div></div>\n"
        f'<footer id="footer" class="site-footer"><div id="site-info" class="site-info"><div class="copyright-text">&copy; Copyright 2026, All Rights Reserved | {_e(p.site_name)}</div></div></footer>\n'
        f"</div></div></div>\n</body>"
    )
    return _html(p, _head(p, '<meta name="generator" content="WordPress 6.7">\n'), body)


def render_page7(chrome: str, p: Page3) -> str:
    if chrome == "blox":
        return blox(p)
    if chrome == "jannah":
        return jannah(p)
    return render_page6(chrome, p)
