# ruff: noqa: E501, RUF001  (one element a line; scripts other than Latin)
"""Page templates of the fifty-third blind set (see its README section), written for it from the
markup East Asian portals, self-media platforms, aggregators and English editions emit; not derived
from any earlier set's templates.

Six families, each with four credit slots: `top` (the source row under the headline), `byline` (the
byline row), `end` (closing the text) and `box` (after the text). Slot values are plain text; the
renderer escapes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape as e
from typing import Any

SLOTS = ("top", "byline", "end", "box")


@dataclass
class Page:
    fam: str
    lang: str  # the <html lang> value
    code: str  # the case's language
    site: str
    host: str
    name: str
    url: str
    title: str
    iso: str
    date: str
    time: str
    author: str
    paras: list[str]  # already escaped HTML
    slots: dict[str, list[str]]
    caption: str
    image: str
    related: list[tuple[str, str]]
    section: str
    ui: dict[str, Any]
    extra: dict[str, str] = field(default_factory=dict)

    def slot(self, name: str, tag: str, cls: str) -> str:
        return "".join(f'<{tag} class="{cls}">{e(t)}</{tag}>\n' for t in self.slots.get(name, []))

    def nav(self, cls: str = "") -> str:
        return "".join(f'<li{cls}><a href="https://{self.host}/{i}/">{e(n)}</a></li>' for i, n in enumerate(self.ui["nav"]))

    def rel(self, tag: str = "li") -> str:
        return "".join(f'<{tag}><a href="{e(u)}">{e(t)}</a></{tag}>' for t, u in self.related)

    def body(self, pcls: str = "") -> str:
        c = f' class="{pcls}"' if pcls else ""
        return "\n".join(f"<p{c}>{p}</p>" for p in self.paras)

    def head(self, extra: str = "") -> str:
        return (
            f'<!DOCTYPE html>\n<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{e(self.title)} - {e(self.name)}</title>\n"
            f'<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            f'<meta property="og:title" content="{e(self.title)}">\n'
            f'<meta property="og:site_name" content="{e(self.name)}">\n'
            f'<meta property="article:published_time" content="{self.iso}">\n'
            f'<link rel="canonical" href="{e(self.url)}">\n{extra}</head>\n'
        )


def figure(p: Page, wrap: str, img_cls: str, cap_tag: str, cap_cls: str) -> str:
    cap = f'<{cap_tag} class="{cap_cls}">{e(p.caption)}</{cap_tag}>' if p.caption else ""
    return f'<{wrap} class="{img_cls}"><img src="https://img.{p.site}/{p.image}" alt="" loading="lazy">{cap}</{wrap}>\n'


def cnportal(p: Page) -> str:
    """A mainland portal's article page (Sina-/NetEase-like): channel bar, title, date-source row,
    `#artibody`, editor line, statement box, related list, footer with licence numbers."""
    ui = p.ui
    author = f'<span class="author">{e(ui["by"])}{e(p.author)}</span>' if p.author else ""
    top = "".join(f'<span class="source ent-source">{e(t)}</span>' for t in p.slots.get("top", []))
    return (
        p.head()
        + '<body class="article-page">\n'
        + f'<div class="top-nav"><div class="w1000"><a class="logo" href="https://{p.host}/">{e(p.name)}</a><ul class="nav-list">{p.nav()}</ul><span class="login-link">登录</span> <span>注册</span></div></div>\n'
        + f'<div class="channel-path"><a href="https://{p.host}/">{e(p.name)}</a> &gt; <a href="https://{p.host}/news/">{e(p.section)}</a> &gt; <span>正文</span></div>\n'
        + '<div class="main-content w1000">\n'
        + f'<h1 class="main-title">{e(p.title)}</h1>\n'
        + f'<div class="date-source"><span class="date">{e(p.date)} {p.time}</span> {top}{author}</div>\n'
        + p.slot("byline", "p", "article-author")
        + '<div class="article" id="artibody">\n'
        + figure(p, "div", "img_wrapper", "span", "img_descr")
        + p.body()
        + "\n"
        + p.slot("end", "p", "article-end")
        + f'<p class="show_author">{e(ui["editor"])}{e(p.extra["editor"])}</p>\n'
        + "</div>\n"
        + p.slot("box", "div", "article-statement")
        + '<div class="article-tools"><span>分享到：</span><a>微信</a> <a>微博</a> <a>QQ空间</a> <a class="report">举报</a></div>\n'
        + f'<div class="related-news"><h3>相关新闻</h3><ul>{p.rel()}</ul></div>\n'
        + "</div>\n"
        + f'<div class="footer"><p><a>关于我们</a> | <a>广告服务</a> | <a>联系我们</a> | <a>违法和不良信息举报</a></p><p>Copyright © 2009-2027 {e(p.name)} 版权所有</p><p>互联网新闻信息服务许可证 {p.extra["licence"]}</p></div>\n'
        + "</body>\n</html>\n"
    )


def selfmedia(p: Page) -> str:
    """A self-media platform's post (Sohu-account-/Baijiahao-like): account card with follow button,
    title, time and place, text in `article.article`, "back to the platform" link, platform statement,
    more from the account."""
    acct = p.extra["account"]
    return (
        p.head('<meta name="mediaid" content="' + p.extra["mediaid"] + '">\n')
        + '<body>\n'
        + f'<div class="head-container"><a class="logo" href="https://{p.host}/">{e(p.name)}</a><ul class="head-nav">{p.nav()}</ul><a class="write">发文</a></div>\n'
        + f'<div class="left-bar"><div class="user-info"><img class="avatar" src="https://img.{p.site}/avatar/{p.extra["mediaid"]}.png" alt=""><h4 class="user-name">{e(acct)}</h4><p class="user-desc">{e(p.extra["acct_desc"])}</p><a class="follow-btn">+ 关注</a><p class="user-stat">文章 {p.extra["posts"]} · 总阅读 {p.extra["reads"]}</p></div></div>\n'
        + '<div class="article-box">\n'
        + f'<div class="text-title"><h1>{e(p.title)}</h1></div>\n'
        + f'<div class="article-info"><span class="time" id="news-time">{e(p.date)} {p.time}</span> <span class="author-name">{e(acct)}</span> <span class="ip-location">发布于{e(p.extra["province"])}</span></div>\n'
        + p.slot("byline", "p", "article-byline")
        + '<article class="article" id="mp-editor">\n'
        + p.slot("top", "p", "article-origin")
        + figure(p, "p", "ql-align-center", "span", "pic-desc")
        + p.body()
        + "\n"
        + p.slot("end", "p", "article-origin-end")
        + f'<a href="https://{p.host}/" class="back-home">返回{e(p.name)}，查看更多</a>\n'
        + "</article>\n"
        + p.slot("box", "div", "article-source-box")
        + f'<div class="statement">平台声明：该文观点仅代表作者本人，{e(p.name)}系信息发布平台，仅提供信息存储空间服务。</div>\n'
        + f'<div class="article-do"><span>阅读 ({p.extra["reads_one"]})</span> <a>点赞</a> <a>收藏</a> <a>投诉</a></div>\n'
        + f'<div class="more-article"><h3>作者最新文章</h3><ul>{p.rel()}</ul></div>\n'
        + "</div>\n"
        + f'<div class="footer">© 2027 {e(p.name)} · <a>用户协议</a> · <a>隐私政策</a></div>\n'
        + "</body>\n</html>\n"
    )


def twportal(p: Page) -> str:
    """A Taiwan or Hong Kong portal's article (Yahoo-奇摩-like `caas` markup): header with search,
    title, author and provider row, time, `caas-body`, read-more box, hot list, footer."""
    ui = p.ui
    by = "".join(e(t) for t in p.slots.get("byline", [])) or (e(p.author) if p.author else "")
    prov = "".join(f'<span class="caas-attr-provider">{e(t)}</span>' for t in p.slots.get("top", []))
    return (
        p.head()
        + "<body>\n"
        + f'<header id="header-wrapper"><a class="logo" href="https://{p.host}/">{e(p.name)}</a><form class="search" action="/search"><input name="p" placeholder="{e(ui["search"])}"></form><ul class="header-nav">{p.nav()}</ul></header>\n'
        + '<main id="module-article"><article class="caas-container">\n'
        + f'<div class="caas-title-wrapper"><h1>{e(p.title)}</h1></div>\n'
        + f'<div class="caas-attr-meta"><div class="caas-attr-item-author">{by}</div>{prov}<div class="caas-attr-time-style"><time datetime="{p.iso}">{e(p.date)} {p.time}</time></div></div>\n'
        + '<div class="caas-body">\n'
        + figure(p, "figure", "caas-figure", "figcaption", "caption-collapse")
        + p.body()
        + "\n"
        + p.slot("end", "p", "caas-end")
        + "</div>\n"
        + p.slot("box", "div", "caas-readmore")
        + f'<div class="caas-share"><a>Facebook</a> <a>LINE</a> <a>{e(ui["copy"])}</a></div>\n'
        + "</article>\n"
        + f'<aside class="hot-news"><h2>{e(ui["hot"])}</h2><ol>{p.rel()}</ol></aside></main>\n'
        + f'<footer><a>{e(ui["privacy"])}</a> | <a>{e(ui["terms"])}</a> | Copyright © 2027 {e(p.name)}</footer>\n'
        + "</body>\n</html>\n"
    )


def jpnews(p: Page) -> str:
    """A Japanese news aggregator's article page (Yahoo!ニュース-/LINE NEWS-/SmartNews-like): header,
    category tabs, title, time with 配信 and provider row, text, provider box with "記事一覧",
    comments link, access ranking, footer."""
    prov = "".join(f'<span class="article-provider">{e(t)}</span>' for t in p.slots.get("top", []))
    author = f'<p class="article-author">{e(p.author)}</p>\n' if p.author else ""
    return (
        p.head()
        + "<body>\n"
        + f'<header id="msthd"><a class="logo" href="https://{p.host}/">{e(p.name)}</a> <span class="svc">ニュース</span><ul class="tabs">{p.nav()}</ul></header>\n'
        + '<div id="contentsWrap"><article id="uamods" class="article">\n'
        + f'<header class="article-header"><h1>{e(p.title)}</h1><div class="article-header-sub"><time datetime="{p.iso}">{e(p.date)} {p.time}配信</time> {prov}</div></header>\n'
        + author
        + p.slot("byline", "p", "article-byline")
        + '<div class="article_body highLightSearchTarget">\n'
        + figure(p, "figure", "article-image", "figcaption", "image-caption")
        + p.body("yjSlinkDirectlink")
        + "\n"
        + p.slot("end", "p", "article-end")
        + "</div>\n"
        + p.slot("box", "div", "provider-box")
        + f'<div class="article-comment"><a href="{e(p.url)}/comments">コメント {p.extra["comments"]}件</a></div>\n'
        + "</article>\n"
        + f'<aside class="ranking"><h2>アクセスランキング</h2><ol>{p.rel()}</ol></aside></div>\n'
        + f'<footer id="footer"><a>プライバシー</a> - <a>利用規約</a> - <a>ヘルプ</a><p>© 2027 {e(p.name)}</p></footer>\n'
        + "</body>\n</html>\n"
    )


def krportal(p: Page) -> str:
    """A Korean portal's news view (Naver-/Daum-like): GNB, press head slot, headline, input time,
    reaction buttons, `#dic_area` text, byline block, copyright line, press subscribe box, ranking,
    footer."""
    byline = "".join(f'<p class="byline_p"><span class="byline_s">{e(t)}</span></p>' for t in p.slots.get("byline", []))
    if not byline and p.author:
        byline = f'<p class="byline_p"><span class="byline_s">{e(p.author)} 기자</span></p>'
    return (
        p.head()
        + "<body>\n"
        + f'<div id="gnb"><a class="logo" href="https://{p.host}/">{e(p.name)}</a> <span class="svc">뉴스</span><ul class="gnb_menu">{p.nav()}</ul></div>\n'
        + '<div id="ct" class="newsct">\n<div class="media_end_head go_trans">\n'
        + p.slot("top", "div", "media_end_head_top")
        + f'<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>{e(p.title)}</span></h2></div>\n'
        + f'<div class="media_end_head_info"><span class="media_end_head_info_datestamp_time" data-date-time="{p.iso}">입력 {e(p.date)} {p.time}</span> <a class="media_end_head_origin_link">기사원문</a></div>\n'
        + "</div>\n"
        + f'<div class="media_end_head_tool"><a>공감</a> <a>댓글 {p.extra["comments"]}</a> <a>본문 듣기</a> <a>글자 크기</a> <a>공유</a></div>\n'
        + '<div id="newsct_article" class="newsct_article _article_body"><article id="dic_area" class="go_trans _article_content">\n'
        + figure(p, "span", "end_photo_org", "em", "img_desc")
        + "<br>\n".join(p.paras)
        + "<br>\n"
        + p.slot("end", "p", "source_copyright")
        + "</article></div>\n"
        + (f'<div class="byline">{byline}</div>\n' if byline else "")
        + p.slot("box", "div", "media_end_copyright")
        + '<div class="press_sub"><a>구독</a> <a>메인에서 바로 보는 언론사 편집 뉴스</a></div>\n'
        + f'<div class="press_ranking"><h3>많이 본 뉴스</h3><ul>{p.rel()}</ul></div>\n'
        + "</div>\n"
        + f'<footer id="footer"><a>이용약관</a> <a>개인정보처리방침</a> <a>청소년보호정책</a><p>Copyright © {e(p.name)} Corp. All Rights Reserved.</p></footer>\n'
        + "</body>\n</html>\n"
    )


def enedition(p: Page) -> str:
    """An English-language page from the region: an outlet's English edition, an aggregator's English
    app page or a machine-made English edition (masthead with edition switcher, headline, byline,
    source row, story, end slot, "original" box, most-read list, footer)."""
    author = f'<span class="byline__name">By {e(p.author)}</span>' if p.author else ""
    editions = "".join(f'<a hreflang="{k}" href="https://{p.host}/{k}/">{e(v)}</a>' for k, v in p.extra["editions"])
    notice = f'<p class="ai-notice" role="note">{e(p.extra["notice"])}</p>\n' if p.extra.get("notice") else ""
    return (
        p.head()
        + '<body class="story-page">\n'
        + f'<div class="edition-bar">{editions}</div>\n'
        + f'<header class="masthead"><a class="masthead__logo" href="https://{p.host}/">{e(p.name)}</a><p class="masthead__tag">{e(p.extra["tagline"])}</p><nav><ul>{p.nav()}</ul></nav></header>\n'
        + f'<main><article class="story"><p class="story__section">{e(p.section)}</p>\n'
        + f'<h1 class="story__headline">{e(p.title)}</h1>\n'
        + f'<div class="story__meta">{author}{p.slot("byline", "span", "byline__credit").strip()} <time datetime="{p.iso}">{e(p.date)}, {p.time}</time></div>\n'
        + notice
        + p.slot("top", "p", "story__source")
        + figure(p, "figure", "story__image", "figcaption", "story__caption")
        + '<div class="story__body">\n'
        + p.body()
        + "\n"
        + p.slot("end", "p", "story__endnote")
        + "</div>\n"
        + p.slot("box", "aside", "story__original")
        + "</article>\n"
        + f'<aside class="most-read"><h2>Most read</h2><ol>{p.rel()}</ol></aside></main>\n'
        + f'<footer class="site-footer"><p>{e(p.name)} · {e(p.extra["address"])}</p><p><a>Terms</a> · <a>Privacy</a> · <a>Contact us</a></p></footer>\n'
        + "</body>\n</html>\n"
    )


RENDER: dict[str, Callable[[Page], str]] = {
    "cnportal": cnportal,
    "selfmedia": selfmedia,
    "twportal": twportal,
    "jpnews": jpnews,
    "krportal": krportal,
    "enedition": enedition,
}
