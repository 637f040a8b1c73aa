# ruff: noqa: E501
"""Page templates of the sixth blind set: the earlier sets' templates plus a Blogger post
(post-outer / post-body / post-footer, as Blogger's layout prints them) and a Ghost post (Casper:
gh-canvas article, author card, member sign-up box), laid out after real pages of those CMSs."""

from __future__ import annotations

from chrome3 import Page3, _e, _head
from chrome4 import _html
from chrome5 import render_page5


def blogger(p: Page3) -> str:
    """A Blogger post: date header, post title, post-body, footer lines, comments, blog pager."""
    author = p.byline_html or (
        f"<span class='post-author vcard'>Posted by <span class='fn' itemprop='author'>{_e(p.author)}</span></span>"
    )
    body = (
        f"<body class='loading'>\n<div class='navbar section' id='navbar'></div>\n"
        f"<div class='content-outer'><div class='header-outer'><div class='Header widget' id='Header1'><h1 class='title'><a href='https://{p.host}/'>{_e(p.site_name)}</a></h1><p class='description'>News and notes from our town</p></div></div>\n"
        f"<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>\n"
        f"<div class='date-outer'><h2 class='date-header'><span>{p.iso_date}</span></h2>\n"
        f"<div class='post-outer'><div class='post hentry' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>\n"
        f"<h3 class='post-title entry-title' itemprop='name'>{_e(p.title)}</h3>\n<div class='post-header'><div class='post-header-line-1'></div></div>\n"
        f"<div class='post-body entry-content' id='post-body-{p.variant}8120' itemprop='description articleBody'>\n{p.body}\n<div style='clear: both;'></div>\n</div>\n{p.after_html}\n"
        f"<div class='post-footer'><div class='post-footer-line post-footer-line-1'>{author} <span class='post-timestamp'>at <a class='timestamp-link' href='{_e(p.url)}'><abbr class='published' title='{p.iso_date}T09:30:00+00:00'>9:30 AM</abbr></a></span> <span class='post-comment-link'><a class='comment-link' href='{_e(p.url)}#comment-form'>No comments:</a></span></div>\n"
        f"<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='https://{p.host}/search/label/Local' rel='tag'>Local</a></span></div></div>\n"
        f"</div>\n<div class='comments' id='comments'><h4>No comments:</h4><div id='comment-holder'></div><p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/{p.variant}'>Post a Comment</a></p></div></div></div>\n"
        f"</div><div class='blog-pager' id='blog-pager'><a class='blog-pager-newer-link' href='https://{p.host}/'>Newer Post</a> <a class='home-link' href='https://{p.host}/'>Home</a></div></div></div></div>\n"
        f"<div class='sidebar section' id='sidebar-right-1'><div class='widget BlogArchive'><h2>Blog Archive</h2><ul><li><a href='https://{p.host}/2026/'>2026</a> (4{p.variant})</li><li><a href='https://{p.host}/2025/'>2025</a> (112)</li></ul></div>"
        f"<div class='widget Profile'><h2>About Me</h2><dl class='profile-datablock'><dd class='profile-data'>{_e(p.author)}</dd></dl></div></div>\n"
        f"<div class='footer-outer'><div class='widget Attribution'>Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div>\n</body>"
    )
    return _html(p, _head(p, "<meta content='blogger' name='generator'>\n"), body)


def ghost(p: Page3) -> str:
    """A Ghost (Casper) post: tag, title, excerpt, author byline, gh-content, sign-up box."""
    byline = p.byline_html or (
        f'<div class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="https://{p.host}/author/{p.variant}/" class="author-avatar"><img class="author-profile-image" src="/content/images/author{p.variant}.jpg" alt="{_e(p.author)}"></a></li></ul>'
        f'<div class="article-byline-meta"><h4 class="author-name"><a href="https://{p.host}/author/{p.variant}/">{_e(p.author)}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{p.iso_date}">{p.iso_date}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></div>'
    )
    body = (
        f'<body class="post-template is-head-left-logo has-cover">\n<div class="viewport">\n'
        f'<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://{p.host}/">{_e(p.site_name)}</a></div>'
        f'<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://{p.host}/">Home</a></li><li class="nav-about"><a href="https://{p.host}/about/">About</a></li><li class="nav-archive"><a href="https://{p.host}/archive/">Archive</a></li></ul></nav>'
        f'<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>\n'
        f'<div class="site-content"><main id="site-main" class="site-main">\n<article class="article post tag-local">\n'
        f'<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="https://{p.host}/tag/local/">Local</a></span></div>'
        f'<h1 class="article-title">{_e(p.title)}</h1><p class="article-excerpt">{_e(p.description)}</p><div class="article-byline">{byline}</div></header>\n'
        f'<section class="gh-content gh-canvas">\n{p.body}\n</section>\n{p.after_html}\n'
        f'<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for {_e(p.site_name)}</h2><a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></div></section>\n'
        f"</article>\n</main></div>\n"
        f'<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-image-link" href="https://{p.host}/council-agenda/"><h2 class="post-card-title">What is on the council agenda this month</h2></a></article></div></aside>\n'
        f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://{p.host}/">{_e(p.site_name)}</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>\n'
        f"</div>\n</body>"
    )
    return _html(p, _head(p, '<meta name="generator" content="Ghost 5.96">\n'), body)


def render_page6(chrome: str, p: Page3) -> str:
    if chrome == "blogger":
        return blogger(p)
    if chrome == "ghost":
        return ghost(p)
    return render_page5(chrome, p)
