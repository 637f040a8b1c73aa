# ruff: noqa: E501
"""Page templates of the fourth blind set: the third set's CMS templates plus the pages that
carry most syndicated copy on the open web and that the earlier sets lack: an MSN/Yahoo-like
partner portal ("Provided by", "Story by"), a news-aggregator portal (outlet | time ago), a
newsletter platform (Beehiiv-like), a business site reposting press releases, and a regional
portal with sidebars and a comment widget. Hebrew and Persian pages are right-to-left.
"""

from __future__ import annotations

from chrome3 import TEMPLATES, Page3, _byline, _e, _head, _nav

RTL4 = ("ar", "ur", "he", "fa")


def _html(p: Page3, head: str, body: str) -> str:
    d = ' dir="rtl"' if p.lang in RTL4 else ""
    return f'<!DOCTYPE html>\n<html lang="{p.lang}"{d}>\n{head}\n{body}\n</html>\n'


def partner(p: Page3) -> str:
    """An MSN/Yahoo-like portal: partner copy under a provider strip, 'Story by' byline."""
    byline = _byline(
        p, f'<div class="byline"><span class="byline-story">Story by {_e(p.author)}</span></div>'
    )
    body = (
        f'<body class="article-page" data-page-type="article">\n'
        f'<header class="portal-header"><a class="portal-logo" href="https://{p.host}/" aria-label="{_e(p.site_name)}">{_e(p.site_name)}</a>'
        f'<form class="search" action="https://{p.host}/search"><input name="q" placeholder="Search the web"></form>{_nav(p, ("News", "Money", "Weather", "Sports", "Lifestyle"))}</header>\n'
        f'<main class="portal-main"><article class="article-content">\n'
        f'<h1 class="article-title">{_e(p.title)}</h1>\n<div class="article-meta">{byline}\n'
        f'<span class="article-time"><time datetime="{p.iso_date}T08:00:00Z">{p.iso_date}</time></span></div>\n'
        f'<div class="article-body" data-t="body">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="reactions"><button class="like">Like</button><button class="share">Share</button><button class="comments">Comments</button></div>\n</article>\n'
        f'<aside class="right-rail"><section class="more-for-you"><h2>More for you</h2><ul>'
        f'<li><a href="https://{p.host}/news/weather-{p.variant}">Storm warnings extended across three states</a></li>'
        f'<li><a href="https://{p.host}/money/savings-{p.variant}">Five ways to cut your energy bill this spring</a></li></ul></section>'
        f'<div class="ad-slot" data-ad="rr1"></div></aside></main>\n'
        f'<footer class="portal-footer"><a href="https://{p.host}/privacy">Privacy &amp; Cookies</a> <a href="https://{p.host}/terms">Terms of use</a> <span>© 2026 {_e(p.site_name)}</span></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def aggregator(p: Page3) -> str:
    """A news-aggregator portal: the outlet and the time since publication above the text."""
    byline = _byline(
        p,
        f'<div class="story-source"><span class="source-name">{_e(p.author)}</span> | <span class="source-time">2 hours ago</span></div>',
    )
    body = (
        f'<body class="story">\n<header class="top-bar"><a class="brand" href="https://{p.host}/">{_e(p.site_name)}</a>{_nav(p, ("Top stories", "For you", "World", "Business", "Technology"))}</header>\n'
        f'<div class="layout"><main class="story-main"><article class="story-article">\n'
        f'<h1 class="story-title">{_e(p.title)}</h1>\n{byline}\n'
        f'<div class="story-text">\n{p.body}\n</div>\n{p.after_html}\n</article></main>\n'
        f'<aside class="full-coverage"><h2>Full coverage</h2><ul><li><a href="https://{p.host}/topics/{p.variant}">More on this topic</a></li>'
        f'<li><a href="https://{p.host}/local">Local news near you</a></li></ul></aside></div>\n'
        f'<footer class="bottom-bar"><p>{_e(p.site_name)} — news from thousands of sources, sorted for you. <a href="https://{p.host}/about">About</a></p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def newsletter(p: Page3) -> str:
    """A Beehiiv-like newsletter post with a subscribe box."""
    byline = _byline(
        p, f'<div class="post-authors"><span class="author-name">{_e(p.author)}</span></div>'
    )
    body = (
        f'<body class="bh-post">\n<nav class="bh-nav"><a href="https://{p.host}/">{_e(p.site_name)}</a> <a href="https://{p.host}/archive">Archive</a> <a class="bh-subscribe" href="https://{p.host}/subscribe">Subscribe</a></nav>\n'
        f'<main><div class="bh-post-header"><h1>{_e(p.title)}</h1>{byline}<time datetime="{p.iso_date}">{p.iso_date}</time></div>\n'
        f'<div id="content-blocks" class="rendered-post">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="bh-subscribe-box"><h3>Get {_e(p.site_name)} in your inbox</h3><form><input type="email" placeholder="Enter your email"><button>Subscribe</button></form></div>\n</main>\n'
        f'<footer class="bh-footer"><p>© 2026 {_e(p.site_name)}.</p><p><a href="https://{p.host}/unsubscribe">Unsubscribe</a> · Powered by beehiiv</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def bizrepost(p: Page3) -> str:
    """A business-news site with a ticker bar; it reposts press releases (labelled by the case) among its news."""
    byline = _byline(
        p, f'<div class="article-byline">By <span class="byline-name">{_e(p.author)}</span></div>'
    )
    body = (
        f'<body class="news-article">\n<header class="masthead"><a class="masthead-logo" href="https://{p.host}/">{_e(p.site_name)}</a>{_nav(p, ("Markets", "Companies", "Tech", "Releases"))}</header>\n'
        f'<div class="ticker-bar" aria-hidden="true">DOW 41,208 ▲0.4% · S&amp;P 5,612 ▲0.3% · OIL 71.20 ▼0.8%</div>\n'
        f'<main><article class="article">\n<h1 class="article-headline">{_e(p.title)}</h1>\n'
        f'<div class="article-meta">{byline}<time datetime="{p.iso_date}">{p.iso_date}</time></div>\n'
        f'<div class="article-body">\n{p.body}\n</div>\n{p.after_html}\n</article>\n'
        f'<aside class="sidebar"><h3>Trending</h3><ol><li><a href="https://{p.host}/markets/{p.variant}">Bond yields edge higher</a></li><li><a href="https://{p.host}/tech/{p.variant}">Chipmakers rally</a></li></ol></aside></main>\n'
        f'<footer class="site-footer"><p>© 2026 {_e(p.site_name)}. Quotes delayed at least 15 minutes.</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


def regional(p: Page3) -> str:
    """A regional news portal: breaking ticker, sidebars, share buttons and a comment widget."""
    byline = _byline(
        p, f'<div class="post-meta"><span class="post-author">{_e(p.author)}</span></div>'
    )
    body = (
        f'<body class="single-news">\n<div class="breaking"><span class="breaking-label">Breaking</span> <a href="https://{p.host}/latest">Latest updates</a></div>\n'
        f'<header class="site-head"><a class="logo" href="https://{p.host}/">{_e(p.site_name)}</a>{_nav(p, ("Home", "National", "Region", "World", "Sport", "Video"))}</header>\n'
        f'<div class="container"><aside class="left-sidebar"><h4>Categories</h4><ul><li><a href="https://{p.host}/region">Region</a></li><li><a href="https://{p.host}/economy">Economy</a></li></ul></aside>\n'
        f'<main class="content"><article class="news-single">\n<h1 class="news-title">{_e(p.title)}</h1>\n{byline}\n<time class="post-date" datetime="{p.iso_date}">{p.iso_date}</time>\n'
        f'<div class="share-buttons"><a class="fb" href="https://www.facebook.com/sharer.php?u={_e(p.url)}">f</a><a class="x" href="https://x.com/intent/post?url={_e(p.url)}">x</a></div>\n'
        f'<div class="news-content">\n{p.body}\n</div>\n{p.after_html}\n</article>\n'
        f'<section class="comments"><div id="disqus_thread"></div><script>var disqus_config=function(){{this.page.url="{_e(p.url)}";}};</script></section></main>\n'
        f'<aside class="right-sidebar"><h4>Most read</h4><ol><li><a href="https://{p.host}/a/{p.variant}1">Council approves budget</a></li><li><a href="https://{p.host}/a/{p.variant}2">Match report</a></li></ol></aside></div>\n'
        f'<footer class="site-foot"><p>© 2026 {_e(p.site_name)}. All rights reserved.</p></footer>\n</body>'
    )
    return _html(p, _head(p), body)


TEMPLATES4 = {
    "partner": partner,
    "aggregator": aggregator,
    "newsletter": newsletter,
    "bizrepost": bizrepost,
    "regional": regional,
}


def render_page4(chrome: str, p: Page3) -> str:
    if chrome in TEMPLATES4:
        return TEMPLATES4[chrome](p)
    page = TEMPLATES[chrome](p)
    if (
        p.lang in RTL4 and 'dir="rtl"' not in page[:200]
    ):  # the third set's templates know ar/ur only
        page = page.replace(f'lang="{p.lang}">', f'lang="{p.lang}" dir="rtl">', 1)
    return page
