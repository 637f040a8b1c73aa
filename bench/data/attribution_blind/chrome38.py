# ruff: noqa: E501, RUF001  (markup lines)
"""Page templates of the thirty-eighth blind set, written for it from scratch.

Eleven families, each after the markup the big national portals of its region emit (Chinese portals'
info bars, a Yahoo!-like Japanese news pickup, a Naver/Daum-like Korean news view, a Vietnamese
aggregator, Indonesian/Malaysian portals with "Baca juga" boxes, Turkish portals, Persian news sites,
Russian/Ukrainian portals, Central European portals, Italian/Greek portals, Gulf and Levant portals) and
their English editions. A page's credit sits in the slot the case names: `bar` (info bar above the text,
label and value in split markup), `logo` (provider logo with alt text and a label under it), `end` (the
body's last line), `rights` (a rights line after the text), `box` (a box between paragraphs), `row` (a
footer-like row after the related links). Own pages put their own mark in the same slots.
"""

from __future__ import annotations

import hashlib
import html
import json
from dataclasses import dataclass, field

RTL = {"ar", "fa"}


@dataclass
class Page:
    fam: str
    lang: str
    site: str
    host: str
    url: str
    name: str
    title: str
    section: str
    author: str
    paras: list[str]
    slots: dict[str, str] = field(default_factory=dict)
    caption: str | None = None
    related: list[str] = field(default_factory=list)


def e(text: str) -> str:
    return html.escape(text, quote=False)


def a(text: str) -> str:
    return html.escape(text, quote=True)


def num(p: Page, mod: int, salt: str = "") -> int:
    return int(hashlib.sha1((p.url + salt).encode("utf-8")).hexdigest(), 16) % mod


def split(text: str) -> str:
    """Label and value in separate elements; the visible text stays the line itself."""
    for sep in ("：", ": ", ":"):
        i = text.find(sep)
        if 0 < i < 40:
            k = i + len(sep)
            return f'<span class="src-label">{e(text[:k])}</span><span class="src-name">{e(text[k:])}</span>'
    return f'<span class="src-name">{e(text)}</span>'


def body(p: Page, tag: str = "p", box_after: int = 2, extra: dict[int, str] | None = None) -> str:
    """The paragraphs, with the `box` slot and any extra blocks (ads, read-also boxes) between them."""
    out = []
    for i, para in enumerate(p.paras):
        out.append(f"<{tag}>{e(para)}</{tag}>")
        if extra and i in extra and i < len(p.paras) - 1:
            out.append(extra[i])
        if "box" in p.slots and i == min(box_after, len(p.paras) - 1) and len(p.paras) > 1:
            out.append(f'<div class="source-box"><p>{e(p.slots["box"])}</p></div>')
    if "box" in p.slots and len(p.paras) == 1:
        out.append(f'<div class="source-box"><p>{e(p.slots["box"])}</p></div>')
    if "end" in p.slots:
        out.append(f'<{tag} class="article-source">{e(p.slots["end"])}</{tag}>')
    return "\n".join(out)


def figure(p: Page, cls: str, img: str) -> str:
    if not p.caption:
        return ""
    return f'<figure class="{cls}"><img src="{a(img)}" alt="" loading="lazy"><figcaption>{e(p.caption)}</figcaption></figure>'


def head(p: Page, extra: str = "", ld_type: str = "NewsArticle") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": ld_type,
        "headline": p.title,
        "datePublished": "2027-02-13T09:30:00+00:00",
        "mainEntityOfPage": p.url,
        "publisher": {"@type": "Organization", "name": p.name},
    }
    d = ' dir="rtl"' if p.lang in RTL else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}"{d}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{e(p.title)} - {e(p.name)}</title>\n'
        f'<link rel="canonical" href="{a(p.url)}">\n<meta property="og:title" content="{a(p.title)}">\n'
        f'<meta property="og:site_name" content="{a(p.name)}">\n<meta property="og:url" content="{a(p.url)}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n{extra}</head>\n'
    )


def related(p: Page, cls: str, heading: str) -> str:
    items = "".join(
        f'<li><a href="https://{p.host}/{num(p, 10**6, t)}.html">{e(t)}</a></li>' for t in p.related
    )
    return f'<div class="{cls}"><h3>{e(heading)}</h3><ul>{items}</ul></div>'


def row(p: Page, cls: str) -> str:
    return f'<div class="{cls}">{split(p.slots["row"])}</div>' if "row" in p.slots else ""


def rights(p: Page, cls: str) -> str:
    return f'<p class="{cls}">{e(p.slots["rights"])}</p>' if "rights" in p.slots else ""


# --- Chinese portals (Sina/NetEase-like) and their English editions --------------------------------
def cn(p: Page) -> str:
    zh = p.lang == "zh"
    L = (
        {
            "home": "首页",
            "news": "新闻",
            "edit": "责任编辑：",
            "cmt": "参与评论",
            "rel": "相关新闻",
            "share": "分享到：",
            "hot": "热点排行",
            "font": "字号",
            "app": "打开客户端，阅读体验更佳",
            "lic": "互联网新闻信息服务许可证编号：53120170003　滇ICP备15003912号-1",
            "report": "违法和不良信息举报电话：0871-6512300",
        }
        if zh
        else {
            "home": "Home",
            "news": "China",
            "edit": "Editor: ",
            "cmt": "Comments",
            "rel": "Related stories",
            "share": "Share:",
            "hot": "Most viewed",
            "font": "Text size",
            "app": "Download our app",
            "lic": "Copyright. All rights reserved. Registered in Fujian.",
            "report": "Contact us | About us | Advertise",
        }
    )
    n_cmt = num(p, 900) + 12
    when = "2027-02-13 09:32:15" if zh else "2027-02-13 09:32"
    bar = [f'<span class="date">{when}</span>']
    if "bar" in p.slots:
        bar.append(f'<span class="source">{split(p.slots["bar"])}</span>')
    if p.author:
        bar.append(f'<span class="author">{"作者：" if zh else "By "}{e(p.author)}</span>')
    bar.append(f'<a class="cmt-count" href="#comments">{L["cmt"]} <em>({n_cmt})</em></a>')
    return (
        head(p, '<link rel="stylesheet" href="/static/css/article_v3.css">\n')
        + f'<body class="article-page">\n<div class="top-nav"><a href="https://{p.host}/">{L["home"]}</a> | <a href="/news/">{L["news"]}</a> | <a href="/finance/">{"财经" if zh else "Business"}</a> | <a href="/travel/">{"旅游" if zh else "Travel"}</a> | <a href="/video/">{"视频" if zh else "Video"}</a></div>\n'
        + f'<div class="logo-bar"><a href="https://{p.host}/"><img src="/static/img/logo.png" alt="{a(p.name)}"></a><form class="search"><input name="q"><button>{"搜索" if zh else "Search"}</button></form></div>\n'
        + f'<div class="crumb"><a href="https://{p.host}/">{L["home"]}</a> &gt; <a href="/{p.section}/">{e(p.section)}</a> &gt; {"正文" if zh else "Article"}</div>\n'
        + '<div class="main-content w1000"><div class="article-left">\n'
        + f'<h1 class="main-title">{e(p.title)}</h1>\n<div class="date-source">{"".join(bar)}</div>\n'
        + f'<div class="tool-bar"><span>{L["font"]}{"：" if zh else ": "}<a>{"大" if zh else "A+"}</a> <a>{"中" if zh else "A"}</a> <a>{"小" if zh else "A-"}</a></span><span class="share">{L["share"]} <a class="wx">{"微信" if zh else "WeChat"}</a> <a class="wb">{"微博" if zh else "Weibo"}</a></span></div>\n'
        + f'<div class="article" id="artibody">\n{figure(p, "img_wrapper", "/img/2027/0213/a1.jpg")}\n{body(p)}\n'
        + f'<p class="show_author">{L["edit"]}{e("周岚" if zh else "Zhou Lan")}</p>\n'
        + "</div>\n"
        + f'<div class="app-promo">{L["app"]}</div>\n'
        + related(p, "related-news", L["rel"])
        + "\n"
        + row(p, "article-footer-source")
        + "\n"
        + f'<div id="comments" class="comment-box"><h3>{L["cmt"]}（{n_cmt}）</h3><textarea placeholder="{"文明上网，理性发言" if zh else "Write a comment"}"></textarea><button>{"发布" if zh else "Post"}</button></div>\n'
        + f'</div><div class="article-right"><div class="hot-list"><h3>{L["hot"]}</h3><ol>'
        + "".join(f"<li><a>{e(t)}</a></li>" for t in p.related[::-1])
        + '</ol></div><div class="ad" id="ad_right_300x250"></div></div></div>\n'
        + rights(p, "copyright-line")
        + f'\n<div class="footer"><p>{L["lic"]}</p><p>{L["report"]}</p><p>Copyright © 2027 {e(p.name)}</p></div>\n</body>\n</html>\n'
    )


# --- Japanese news pickup (Yahoo!-like) and English Japan news sites -------------------------------
def jp(p: Page) -> str:
    ja = p.lang == "ja"
    prov = ""
    if "logo" in p.slots:
        label = p.slots["logo"]
        nm = label.split("：", 1)[-1].split(": ", 1)[-1]
        prov = f'<div class="article-provider"><a href="#provider"><img src="/media/logo/{num(p, 999)}.png" alt="{a(nm)}" width="88" height="22"></a><p class="provider-label">{e(label)}</p></div>'
    when = "2/13(土) 9:41配信" if ja else "Feb 13, 2027 09:41 JST"
    more = (
        f'<p class="read-full"><a href="https://{p.host}/pickup/{num(p, 10**7)}/full" rel="nofollow">{"記事全文を読む" if ja else "Read the full story"}</a></p>'
        if "logo" in p.slots
        else ""
    )
    reactions = (
        '<div class="reactions"><button>学びがある</button><button>わかりやすい</button><button>新しい視点</button></div>'
        if ja
        else '<div class="reactions"><button>Like</button><button>Share</button></div>'
    )
    return (
        head(p, '<meta name="robots" content="max-image-preview:large">\n')
        + f'<body>\n<header class="yjnHeader"><a class="logo" href="https://{p.host}/">{e(p.name)}</a><nav><a href="/">{"トップ" if ja else "Top"}</a><a href="/categories/domestic">{"国内" if ja else "National"}</a><a href="/categories/local">{"地域" if ja else "Regions"}</a><a href="/categories/business">{"経済" if ja else "Business"}</a><a href="/ranking">{"ランキング" if ja else "Ranking"}</a></nav></header>\n'
        + f'<main class="contentsWrap"><article class="article_body">\n<header><h1>{e(p.title)}</h1>{prov}<p class="pubdate"><time datetime="2027-02-13T09:41:00+09:00">{when}</time></p></header>\n'
        + f'{figure(p, "article-image", "/images/2027/02/13/main.jpg")}\n<div class="article_text highLightSearchTarget">\n{body(p)}\n</div>\n'
        + f"{more}\n{rights(p, 'copyright')}\n{reactions}\n"
        + f'<section class="comments-link"><a href="/comments/{num(p, 10**6)}">{"コメント" if ja else "Comments"}（{num(p, 400) + 3}）</a></section>\n'
        + f"</article>\n<aside>{related(p, 'related-articles', '関連記事' if ja else 'Related')}\n{row(p, 'provider-row')}\n"
        + f'<div class="ranking"><h3>{"アクセスランキング" if ja else "Most read"}</h3><ol>'
        + "".join(f"<li>{e(t)}</li>" for t in p.related)
        + '</ol></div><div class="ad" id="yads_300x600"></div></aside></main>\n'
        + f"<footer><p>{'プライバシー' if ja else 'Privacy'} | {'利用規約' if ja else 'Terms'} | {'ヘルプ' if ja else 'Help'}</p><p>© 2027 {e(p.name)}</p></footer>\n</body>\n</html>\n"
    )


# --- Korean portal news view (Naver/Daum-like) and English Korean news sites -----------------------
def kr(p: Page) -> str:
    ko = p.lang == "ko"
    logo = ""
    if "logo" in p.slots:
        logo = f'<a class="media_end_head_top_logo" href="#press"><img src="/press/{num(p, 999)}.png" alt="{a(p.slots["logo"])}" title=""></a>'
    when = "입력 2027.02.13. 오전 9:12" if ko else "Posted : 2027-02-13 09:12"
    acts = (
        '<div class="media_end_head_info_variety_right"><button>요약봇</button><button>본문듣기</button><button>글자 크기 변경</button><button>공유</button></div>'
        if ko
        else '<div class="share-tools"><a>Facebook</a><a>X</a><a>Email</a><a>Print</a></div>'
    )
    react = (
        '<div class="reaction"><span>좋아요 <em>12</em></span><span>훈훈해요 <em>3</em></span><span>슬퍼요 <em>8</em></span><span>화나요 <em>1</em></span><span>후속기사 원해요 <em>5</em></span></div>'
        if ko
        else ""
    )
    return (
        head(p)
        + f'<body>\n<div id="header"><a class="logo" href="https://{p.host}/">{e(p.name)}</a><ul class="gnb"><li>{"정치" if ko else "National"}</li><li>{"경제" if ko else "Business"}</li><li>{"사회" if ko else "Culture"}</li><li>{"생활/문화" if ko else "Lifestyle"}</li></ul></div>\n'
        + f'<div id="ct" class="newsct"><div class="media_end_head">{logo}<h2 id="title_area" class="media_end_head_headline">{e(p.title)}</h2>\n'
        + f'<div class="media_end_head_info"><span class="media_end_head_info_datestamp_time">{when}</span>'
        + (f'<em class="byline">{e(p.author)}</em>' if p.author else "")
        + (
            f'<a class="media_end_head_origin_link" href="https://{p.host}/article/{num(p, 10**8)}">기사원문</a>'
            if ko
            else ""
        )
        + f"</div>{acts}</div>\n"
        + f'<div id="newsct_article" class="newsct_article _article_body"><article id="dic_area" class="go_trans _article_content">\n{figure(p, "end_photo_org", "/photo/2027/02/13/0001.jpg")}\n{body(p)}\n</article>\n'
        + f"{rights(p, 'copyright')}\n</div>\n{react}\n"
        + related(p, "press_news_list", "이 언론사의 주요 뉴스" if ko else "Most Popular")
        + f"\n{row(p, 'provider_info')}\n"
        + f'<div class="u_cbox"><h3>{"댓글" if ko else "Comments"} {num(p, 300)}</h3></div></div>\n'
        + f'<div id="footer"><p>{"본 콘텐츠의 저작권은 제공처에 있으며, 이를 무단 이용하는 경우 저작권법 등에 따라 법적 책임을 질 수 있습니다." if ko else "Registration No. 00012 | Publisher & Editor: Kim Hae-won"}</p><p>© {e(p.name)}</p></div>\n</body>\n</html>\n'
    )


# --- Vietnamese news aggregator --------------------------------------------------------------------
def vn(p: Page) -> str:
    src = f'<div class="bm-source">{split(p.slots["bar"])}</div>' if "bar" in p.slots else ""
    return (
        head(p)
        + f'<body class="bm-article">\n<header class="bm-header"><a href="https://{p.host}/" class="bm-logo">{e(p.name)}</a><nav><a href="/tin-moi.epi">Tin mới</a><a href="/xa-hoi.epi">Xã hội</a><a href="/kinh-te.epi">Kinh tế</a><a href="/the-gioi.epi">Thế giới</a><a href="/video.epi">Video</a></nav></header>\n'
        + f'<main><div class="bm-breadcrumb"><a href="/">Trang chủ</a> / <a href="/{p.section}.epi">{e(p.section)}</a></div>\n<article class="bm-detail">\n<h1 class="bm-title">{e(p.title)}</h1>\n'
        + f'<div class="bm-meta"><time datetime="2027-02-13T07:45:00+07:00">Thứ bảy, 13/2/2027, 07:45 (GMT+7)</time>{src}</div>\n'
        + f'<div class="bm-content">\n{figure(p, "bm-image", "/images/2027/02/13/quynhon.jpg")}\n{body(p)}\n</div>\n'
        + f"{rights(p, 'bm-rights')}\n"
        + f'<div class="bm-actions"><a class="original-link" href="https://{p.host}/r/{num(p, 10**8)}" rel="nofollow">Xem bài gốc</a><button>Chia sẻ</button><button>Lưu tin</button></div>\n'
        + f"</article>\n{related(p, 'bm-related', 'Tin liên quan')}\n{row(p, 'bm-src-row')}\n"
        + '<div class="bm-ads" data-zone="article_bottom"></div></main>\n'
        + f'<footer class="bm-footer"><p>Giấy phép số 123/GP-BTTTT. Chịu trách nhiệm nội dung: Ban biên tập {e(p.name)}.</p><p>Không được sao chép khi chưa có sự đồng ý bằng văn bản.</p></footer>\n</body>\n</html>\n'
    )


# --- Indonesian portals and Malaysian/Indonesian English sites --------------------------------------
def nusa(p: Page) -> str:
    idn = p.lang == "id"
    extra = {}
    if idn and len(p.paras) > 3:
        extra = {
            1: f'<div class="baca-juga"><strong>Baca juga:</strong> <a href="https://{p.host}/read/{num(p, 10**6, "b1")}">{e(p.related[0])}</a></div>',
            3: f'<div class="baca-juga"><strong>Baca juga:</strong> <a href="https://{p.host}/read/{num(p, 10**6, "b2")}">{e(p.related[1])}</a></div>',
        }
    elif not idn and len(p.paras) > 3:
        extra = {
            2: f'<div class="also-read"><strong>ALSO READ:</strong> <a href="https://{p.host}/news/{num(p, 10**6, "b1")}">{e(p.related[0])}</a></div>'
        }
    bar = f'<div class="source-bar">{split(p.slots["bar"])}</div>' if "bar" in p.slots else ""
    when = "Sabtu, 13 Februari 2027 10:15 WIT" if idn else "Saturday, 13 Feb 2027 10:15 AM MYT"
    meta = (
        f'<div class="read__time">{"Penulis" if idn else "By"} {e(p.author)} | {when}</div>'
        if p.author
        else f'<div class="read__time">{when}</div>'
    )
    return (
        head(
            p,
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n',
        )
        + f'<body>\n<div class="header"><a class="logo" href="https://{p.host}/">{e(p.name)}</a><ul class="nav"><li>{"Terkini" if idn else "Latest"}</li><li>{"Regional" if idn else "Nation"}</li><li>{"Ekonomi" if idn else "Business"}</li><li>{"Olahraga" if idn else "Sport"}</li></ul></div>\n'
        + f'<div class="container"><div class="breadcrumb"><a href="/">{"Beranda" if idn else "Home"}</a> › <a href="/{p.section}">{e(p.section)}</a></div>\n'
        + f'<h1 class="read__title">{e(p.title)}</h1>\n{meta}\n{bar}\n'
        + f'<div class="read__content">\n{figure(p, "photo", "/photo/2027/02/13/ambon.jpg")}\n{body(p, extra=extra)}\n</div>\n'
        + f"{rights(p, 'read__rights')}\n"
        + (f'<div class="read__editor">Editor: {e("Rina Sahetapy")}</div>\n' if idn else "")
        + f'<div class="tag"><span>{"Tag" if idn else "Tags"}:</span> <a>{e(p.section)}</a></div>\n'
        + '<div class="share"><a>WhatsApp</a><a>Facebook</a><a>X</a><a>Telegram</a></div>\n'
        + related(p, "terkait", "Berita Terkait" if idn else "Related News")
        + f"\n{row(p, 'source-row')}\n"
        + f'<div class="gpt-ad" id="div-gpt-ad-bottom"></div></div>\n<div class="footer"><p>{"Pedoman Media Siber | Kode Etik | Kontak" if idn else "About Us | Contact | Privacy Policy"}</p><p>Copyright © 2027 {e(p.name)}</p></div>\n</body>\n</html>\n'
    )


# --- Turkish portals and English Turkish news sites --------------------------------------------------
def tr(p: Page) -> str:
    t = p.lang == "tr"
    bar = f'<div class="news-source">{split(p.slots["bar"])}</div>' if "bar" in p.slots else ""
    when = (
        "<span>Giriş: 13.02.2027 11:20</span><span>Güncelleme: 13.02.2027 11:48</span>"
        if t
        else "<span>13.02.2027 11:20</span>"
    )
    return (
        head(p)
        + f'<body>\n<div class="breaking-bar"><strong>{"SON DAKİKA" if t else "BREAKING"}</strong></div>\n<header><a class="logo" href="https://{p.host}/">{e(p.name)}</a><nav><a>{"Gündem" if t else "Türkiye"}</a><a>{"Ekonomi" if t else "Business"}</a><a>{"Spor" if t else "Sports"}</a><a>{"Yaşam" if t else "Life"}</a></nav></header>\n'
        + f'<div class="container"><article class="news-detail">\n<h1>{e(p.title)}</h1>\n<div class="news-info">{when}'
        + (f'<span class="author">{e(p.author)}</span>' if p.author else "")
        + f'</div>{bar}\n<div class="share-buttons"><a>Facebook</a><a>X</a><a>WhatsApp</a><a>{"Yorum yap" if t else "Comment"}</a></div>\n'
        + f'{figure(p, "news-image", "/uploads/2027/02/13/main.jpg")}\n<div class="news-content">\n{body(p)}\n</div>\n{rights(p, "news-rights")}\n'
        + f'<div class="news-tags"><a>#{e(p.section)}</a></div>\n</article>\n'
        + related(p, "related-news", "İlgili Haberler" if t else "Related News")
        + f"\n{row(p, 'news-source-row')}\n"
        + f'<div class="comments"><h3>{"Yorumlar" if t else "Comments"} ({num(p, 80)})</h3></div></div>\n'
        + f"<footer><p>{'Künye | İletişim | Gizlilik Politikası | KVKK' if t else 'About | Contact | Privacy'}</p><p>© 2027 {e(p.name)} {'Tüm hakları saklıdır.' if t else 'All rights reserved.'}</p></footer>\n</body>\n</html>\n"
    )


# --- Persian news sites -------------------------------------------------------------------------------
def fa(p: Page) -> str:
    bar = f'<div class="news-source">{split(p.slots["bar"])}</div>' if "bar" in p.slots else ""
    return (
        head(p)
        + f'<body>\n<header><a class="logo" href="https://{p.host}/">{e(p.name)}</a><nav><a>سیاسی</a><a>اقتصادی</a><a>اجتماعی</a><a>فرهنگی</a><a>استان‌ها</a></nav></header>\n'
        + f'<main><article class="news">\n<div class="news-meta"><span>کد خبر: {num(p, 900000) + 100000}</span><span>تاریخ انتشار: ۲۴ بهمن ۱۴۰۵ - ۰۹:۳۰</span></div>\n'
        + f'<h1 class="title">{e(p.title)}</h1>\n{bar}\n{figure(p, "news-img", "/files/fa/news/1405/11/24/main.jpg")}\n'
        + f'<div class="body">\n{body(p)}\n</div>\n{rights(p, "news-rights")}\n'
        + f'<div class="short-link">لینک کوتاه: <span>https://{p.host}/x{num(p, 10**5)}</span></div>\n'
        + f'<div class="tags"><a>{e(p.section)}</a><a>تبریز</a></div>\n</article>\n'
        + related(p, "related", "اخبار مرتبط")
        + f"\n{row(p, 'source-row')}\n"
        + '<div class="comments"><h3>نظرات</h3><p>نظرات حاوی توهین منتشر نمی‌شود.</p></div></main>\n'
        + f"<footer><p>کلیه حقوق این سایت متعلق به {e(p.name)} است.</p></footer>\n</body>\n</html>\n"
    )


# --- Russian and Ukrainian portals and their English editions ---------------------------------------
def ru(p: Page) -> str:
    L = {
        "ru": (
            "Главное",
            "Общество",
            "Происшествия",
            "Читайте также",
            "Подписывайтесь на наш канал в Telegram",
            "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
            "13 февраля 2027, 10:24",
            "Сетевое издание зарегистрировано в Роскомнадзоре. 18+",
        ),
        "uk": (
            "Головне",
            "Суспільство",
            "Культура",
            "Читайте також",
            "Підписуйтеся на наш Telegram-канал",
            "Помітили помилку? Виділіть текст і натисніть Ctrl+Enter",
            "13 лютого 2027, 11:05",
            "Усі права захищено. 18+",
        ),
        "en": (
            "Top stories",
            "Society",
            "Cities",
            "Read also",
            "Follow us on Telegram",
            "Found a mistake? Select it and press Ctrl+Enter",
            "13.02.2027 11:05",
            "All rights reserved.",
        ),
    }[p.lang]
    bar = f'<div class="article__source">{split(p.slots["bar"])}</div>' if "bar" in p.slots else ""
    return (
        head(p, "<script>window.yaContextCb=window.yaContextCb||[]</script>\n")
        + f'<body>\n<header class="header"><a class="header__logo" href="https://{p.host}/">{e(p.name)}</a><nav class="header__menu"><a>{L[0]}</a><a>{L[1]}</a><a>{L[2]}</a></nav></header>\n'
        + f'<main class="layout"><article class="article">\n<div class="article__meta"><time>{L[6]}</time>'
        + (f'<span class="article__author">{e(p.author)}</span>' if p.author else "")
        + f'<span class="article__views">{num(p, 9000) + 400}</span></div>\n<h1 class="article__title">{e(p.title)}</h1>\n{bar}\n'
        + f'{figure(p, "article__photo", "/upload/iblock/2027/02/13/main.jpg")}\n<div class="article__text">\n{body(p, box_after=3)}\n</div>\n{rights(p, "article__rights")}\n'
        + f'<div class="article__telegram"><a href="https://t.me/">{L[4]}</a></div>\n<p class="article__typo">{L[5]}</p>\n</article>\n'
        + related(p, "article__related", L[3])
        + f"\n{row(p, 'article__source-row')}\n"
        + '<div id="yandex_rtb_R-A-000000-1" class="adv"></div></main>\n'
        + f'<footer class="footer"><p>© 2027 {e(p.name)}. {L[7]}</p></footer>\n</body>\n</html>\n'
    )


# --- Central European portals (Polish, German) and Czech/Polish/German English sites ----------------
def ce(p: Page) -> str:
    L = {
        "pl": (
            "Wiadomości",
            "Kraj",
            "Region",
            "Czytaj także",
            "sobota, 13 lutego 2027 12:41",
            "Udostępnij",
            "Komentarze",
            "Polityka prywatności | Regulamin | Reklama",
            "Ta strona używa plików cookies. Korzystając z serwisu, akceptujesz ich użycie.",
        ),
        "de": (
            "Nachrichten",
            "Bayern",
            "Regional",
            "Mehr zum Thema",
            "Samstag, 13.02.2027, 14:05 Uhr",
            "Teilen",
            "Kommentare",
            "Impressum | Datenschutz | AGB | Kontakt",
            "Wir verwenden Cookies und ähnliche Technologien. Mit „Akzeptieren“ stimmen Sie zu.",
        ),
        "en": (
            "News",
            "Czechia",
            "Regions",
            "Read more",
            "13 February 2027, 12:41",
            "Share",
            "Comments",
            "About | Privacy | Advertise",
            "This site uses cookies.",
        ),
    }[p.lang]
    bar = f'<div class="article-source">{split(p.slots["bar"])}</div>' if "bar" in p.slots else ""
    return (
        head(p)
        + f'<body>\n<div class="cookie-consent"><p>{e(L[8])}</p><button>OK</button></div>\n'
        + f'<header class="site-header"><a class="brand" href="https://{p.host}/">{e(p.name)}</a><nav><a>{L[0]}</a><a>{L[1]}</a><a>{L[2]}</a></nav></header>\n'
        + f'<main><article class="article-detail">\n<h1>{e(p.title)}</h1>\n<div class="article-meta"><time datetime="2027-02-13T12:41:00+01:00">{L[4]}</time>'
        + (f'<span class="author">{e(p.author)}</span>' if p.author else "")
        + f"</div>{bar}\n"
        + f'{figure(p, "lead-image", "/media/2027/02/13/lead.jpg")}\n<div class="article-body">\n{body(p)}\n</div>\n{rights(p, "article-copyright")}\n'
        + f'<div class="share-bar"><span>{L[5]}:</span><a>Facebook</a><a>X</a><a>E-Mail</a></div>\n</article>\n'
        + related(p, "related-articles", L[3])
        + f"\n{row(p, 'source-footer')}\n"
        + f'<section class="comments"><h3>{L[6]} ({num(p, 150)})</h3></section>\n<div class="ad-slot" id="billboard_bottom"></div></main>\n'
        + f"<footer><p>{L[7]}</p><p>© 2027 {e(p.name)}</p></footer>\n</body>\n</html>\n"
    )


# --- Italian portals and Greek English editions --------------------------------------------------------
def med(p: Page) -> str:
    it = p.lang == "it"
    logo = ""
    if "logo" in p.slots:
        label = p.slots["logo"]
        alt = label.rstrip(".").split(" in ")[-1].split(": ")[-1]
        logo = f'<div class="partner-logo"><img src="/img/partner/{num(p, 99)}.svg" alt="{a(alt)}"><p class="partner-credit">{e(label)}</p></div>'
    bar = f'<div class="news-source">{split(p.slots["bar"])}</div>' if "bar" in p.slots else ""
    when = "13 febbraio 2027 ore 10:18" if it else "13.02.2027 • 10:18"
    return (
        head(p)
        + f'<body>\n<div id="iubenda-cs-banner"><p>{"Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione." if it else "We use cookies to improve your experience."}</p><button>{"Accetta" if it else "Accept"}</button></div>\n'
        + f'<header><a class="logo" href="https://{p.host}/">{e(p.name)}</a><nav><a>{"Cronaca" if it else "Greece"}</a><a>{"Politica" if it else "Politics"}</a><a>{"Economia" if it else "Economy"}</a><a>{"Meteo" if it else "Travel"}</a></nav></header>\n'
        + f'<main><article class="art">\n<p class="occhiello">{e(p.section)}</p><h1>{e(p.title)}</h1>\n<div class="art-info"><time>{when}</time>'
        + (f'<span class="autore">{e(p.author)}</span>' if p.author else "")
        + f"</div>{logo}{bar}\n"
        + f'{figure(p, "art-foto", "/foto/2027/02/13/main.jpg")}\n<div class="art-text">\n{body(p)}\n</div>\n{rights(p, "art-copyright")}\n'
        + '<div class="social"><a>Facebook</a><a>X</a><a>WhatsApp</a></div>\n</article>\n'
        + related(p, "correlati", "Articoli correlati" if it else "Related")
        + f"\n{row(p, 'fonte-row')}\n"
        + '<div class="adv" id="adv-bottom"></div></main>\n'
        + f"<footer><p>{'P.IVA 01234560322 - Registrazione Tribunale n. 14/2019' if it else 'Terms | Privacy | Contact'}</p><p>© 2027 {e(p.name)}</p></footer>\n</body>\n</html>\n"
    )


# --- Gulf and Levant Arabic portals and Gulf English sites ------------------------------------------
def gulf(p: Page) -> str:
    ar = p.lang == "ar"
    bar = f'<div class="source-line">{split(p.slots["bar"])}</div>' if "bar" in p.slots else ""
    when = "السبت 13 فبراير 2027 - 10:05 ص" if ar else "Published: Sat 13 Feb 2027, 10:05 AM"
    nav = (
        ("محليات", "اقتصاد", "رياضة", "منوعات") if ar else ("UAE", "Business", "Sport", "Lifestyle")
    )
    share = ("واتساب", "فيسبوك", "إكس") if ar else ("WhatsApp", "Facebook", "X")
    return (
        head(p)
        + f'<body>\n<div class="top-strip"><span>{"أبوظبي 24° | دبي 25° | عمّان 11°" if ar else "Abu Dhabi 24° | Dubai 25°"}</span><a>{"English" if ar else "عربي"}</a></div>\n'
        + f'<header><a class="logo" href="https://{p.host}/">{e(p.name)}</a><nav>{"".join(f"<a>{x}</a>" for x in nav)}</nav></header>\n'
        + f'<main><article class="article">\n<h1>{e(p.title)}</h1>\n<div class="meta"><time>{when}</time>'
        + (f'<span class="writer">{e(p.author)}</span>' if p.author else "")
        + f"</div>{bar}\n"
        + f'{figure(p, "main-img", "/uploads/2027/02/13/img.jpg")}\n<div class="article-body">\n{body(p)}\n</div>\n{rights(p, "rights-line")}\n'
        + f'<div class="share">{"".join(f"<a>{x}</a>" for x in share)}</div>\n</article>\n'
        + related(p, "related", "أخبار ذات صلة" if ar else "Related stories")
        + f"\n{row(p, 'source-row')}\n"
        + '<div class="ad" id="dfp-bottom"></div></main>\n'
        + f"<footer><p>{'جميع الحقوق محفوظة' if ar else 'All rights reserved'} © 2027 {e(p.name)}</p></footer>\n</body>\n</html>\n"
    )


FAMILIES = {
    "cn": cn,
    "jp": jp,
    "kr": kr,
    "vn": vn,
    "nusa": nusa,
    "tr": tr,
    "fa": fa,
    "ru": ru,
    "ce": ce,
    "med": med,
    "gulf": gulf,
}


def render_page(p: Page) -> str:
    return FAMILIES[p.fam](p)
