# ruff: noqa: E501, RUF001, RUF002
"""Page templates of the fifteenth blind set: four kinds of page a crawler of news feeds meets
often that the earlier sets did not render (their WordPress is a classic theme, their Drupal,
Joomla, Arc and Brightspot pages keep the markup those sets gave them):

- ``wpblock``: a WordPress block theme (Twenty Twenty-Four-like full-site editing): the page is
  ``wp-site-blocks`` of template parts, the title, author and date are ``wp-block-post-*``
  blocks ("Written by <author> in <category>"), the text is ``wp-block-post-content``, and after
  it come post-terms blocks, a "More posts" query loop and the comments block. Editors add
  credits as blocks (a separator and a small paragraph, a group with a background, a
  right-aligned paragraph) or as a custom taxonomy shown by a post-terms block with a prefix.
- ``nextjs``: a news site rendered by Next.js (CSS-module class names, ``<div id="__next">``)
  that also ships the article — headline, byline and body HTML — as ``__NEXT_DATA__`` JSON in
  a script at the end of the body, escaped as Next.js escapes it.
- ``typo3``: a TYPO3 page with the ``news`` extension's detail view (``news-single``, the
  ``footer`` line with date, category and author, ``teaser-text``, ``news-text-wrap``, a
  related-links box and a back link), with TYPO3's generator comment.
- ``cncms``: a Chinese local portal on a DedeCMS-like CMS: breadcrumbs, the headline, an
  info bar ``时间：… 来源：… 作者：… 浏览：`` (where the source sits), the text in
  ``#zoom``, the editor line, previous / next links and a hot list.

Laid out from memory of such pages. Labels the software prints are given in each page's
language where the software translates them."""

from __future__ import annotations

import json
import re
from html import unescape

from chrome3 import Page3, _e, _head
from chrome4 import _html
from chrome8 import _trending
from chrome11 import render_page11

# ---------------------------------------------------------------- WordPress block theme
WPBLOCK_LABELS = {  # the theme's strings as WordPress translates them, and the site's tag
    "en": ("Written by", "in", "News", "More posts", "Leave a Reply", "Designed with", "local"),
    "es": (
        "Escrito por",
        "en",
        "Noticias",
        "Más entradas",
        "Deja una respuesta",
        "Diseñado con",
        "local",
    ),
    "fr": (
        "Écrit par",
        "dans",
        "Actualités",
        "Plus d'articles",
        "Laisser un commentaire",
        "Conçu avec",
        "local",
    ),
    "pt": (
        "Escrito por",
        "em",
        "Notícias",
        "Mais posts",
        "Deixe um comentário",
        "Projetado com",
        "cidade",
    ),
    "ar": ("كتبه", "في", "أخبار", "المزيد من المقالات", "اترك تعليقاً", "صُمم باستخدام", "محليات"),
    "id": (
        "Ditulis oleh",
        "di",
        "Berita",
        "Pos lainnya",
        "Tinggalkan Balasan",
        "Dirancang dengan",
        "daerah",
    ),
    "tr": (
        "Yazan",
        "kategori:",
        "Haberler",
        "Diğer yazılar",
        "Bir yanıt yazın",
        "Tasarım:",
        "yerel",
    ),
    "hi": ("लेखक", "में", "समाचार", "और पोस्ट", "एक उत्तर दें", "के साथ डिज़ाइन किया गया", "स्थानीय"),
}


def wpblock(p: Page3) -> str:
    """A post in a WordPress block theme (Twenty Twenty-Four-like)."""
    written, in_, cat, more, reply, designed, tag = WPBLOCK_LABELS.get(p.lang, WPBLOCK_LABELS["en"])
    author = p.byline_html or (
        f'<div class="wp-block-post-author-name"><a href="https://{p.host}/author/{p.variant + 2}/" target="_self" class="wp-block-post-author-name__link">{_e(p.author)}</a></div>'
    )
    posts = "".join(
        f'<li class="wp-block-post post-{4100 + i} post type-post status-publish format-standard"><h2 class="wp-block-post-title has-large-font-size"><a href="https://{p.host}/more-{i}/" target="_self">{_e(t)}</a></h2></li>'
        for i, t in enumerate(_trending(p)[:3])
    )
    body = (
        f'<body class="post-template-default single single-post postid-{5200 + p.variant * 13} single-format-standard wp-embed-responsive">\n'
        f'<div class="wp-site-blocks">\n<a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a>\n'
        f'<header class="wp-block-template-part"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">'
        f'<p class="wp-block-site-title"><a href="https://{p.host}/" target="_self" rel="home">{_e(p.site_name)}</a></p>'
        f'<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Menu"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://{p.host}/category/news/"><span class="wp-block-navigation-item__label">{_e(cat)}</span></a></li></ul></nav></div></header>\n'
        f'<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" id="wp--skip-link--target" style="margin-top:var(--wp--preset--spacing--50)">\n'
        f'<div class="wp-block-group alignwide has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">'
        f'<h1 class="wp-block-post-title has-xx-large-font-size">{_e(p.title)}</h1>\n'
        f'<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p>{_e(written)}</p>{author}<p>{_e(in_)}</p>'
        f'<div class="taxonomy-category wp-block-post-terms"><a href="https://{p.host}/category/news/" rel="tag">{_e(cat)}</a></div>'
        f'<div class="wp-block-post-date"><time datetime="{p.iso_date}T08:{10 + p.variant * 7}:00+00:00">{p.iso_date}</time></div></div></div>\n'
        f'<figure class="wp-block-post-featured-image"><img width="1200" height="675" src="https://{p.host}/wp-content/uploads/2026/03/lead-{p.variant}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></figure>\n'
        f'<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="wp-block-group has-global-padding is-layout-constrained"><div class="taxonomy-post_tag wp-block-post-terms"><a href="https://{p.host}/tag/{p.variant + 3}/" rel="tag">{_e(tag)}</a></div></div>\n'
        f'<div class="wp-block-group alignwide has-global-padding is-layout-constrained"><h2 class="wp-block-heading has-text-align-left">{_e(more)}</h2>'
        f'<div class="wp-block-query alignwide is-layout-flow"><ul class="alignfull wp-block-post-template is-layout-flow">{posts}</ul></div></div>\n'
        f'<div class="wp-block-comments"><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">{_e(reply)}</h3>'
        f'<form action="https://{p.host}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment"></p></form></div></div>\n'
        f"</main>\n"
        f'<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group alignwide is-layout-flex">'
        f'<p class="wp-block-site-title"><a href="https://{p.host}/" target="_self" rel="home">{_e(p.site_name)}</a></p>'
        f'<p class="has-small-font-size">{_e(designed)} <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer>\n'
        f"</div>\n</body>"
    )
    extra = (
        '<meta name="generator" content="WordPress 6.7.2">\n'
        f'<link rel="stylesheet" id="wp-block-library-css" href="https://{p.host}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2" media="all">\n'
    )
    return _html(p, _head(p, extra), body)


# ---------------------------------------------------------------- Next.js
NEXTJS_LABELS = {
    "en": ("News", "Local", "Weather", "Sports", "By", "Most read", "Share", "Privacy", "Terms"),
    "es": (
        "Noticias",
        "Local",
        "Clima",
        "Deportes",
        "Por",
        "Lo más leído",
        "Compartir",
        "Privacidad",
        "Términos",
    ),
    "de": (
        "Nachrichten",
        "Region",
        "Wetter",
        "Sport",
        "Von",
        "Meistgelesen",
        "Teilen",
        "Datenschutz",
        "Impressum",
    ),
    "pt": (
        "Notícias",
        "Gerais",
        "Tempo",
        "Esportes",
        "Por",
        "Mais lidas",
        "Compartilhar",
        "Privacidade",
        "Termos de uso",
    ),
    "ko": (
        "뉴스",
        "지역",
        "날씨",
        "스포츠",
        "",
        "많이 본 뉴스",
        "공유",
        "개인정보처리방침",
        "이용약관",
    ),
}


def _text_of(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def _next_json(data: object) -> str:
    """JSON as Next.js writes it into ``__NEXT_DATA__`` (``<``, ``>``, ``&`` and the line
    separators escaped, so the script cannot be closed early)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(ch, esc)
    return text


def nextjs(p: Page3) -> str:
    """An article page of a news site rendered by Next.js."""
    news, local, weather, sports, by, most, share, privacy, terms = NEXTJS_LABELS.get(
        p.lang, NEXTJS_LABELS["en"]
    )
    h = f"{(p.variant * 2654435761) % 16**6:06x}"
    byline = p.byline_html or (
        f'<div class="Byline_byline__{h[:5]}"><span class="Byline_by__{h[1:6]}">{_e(by)}</span> <a class="Byline_author__{h[2:7]}" href="/people/{p.variant + 11}">{_e(p.author)}</a></div>'
    )
    links = "".join(
        f'<li><a class="Nav_link__{h[:5]}" href="/{s}/">{_e(label)}</a></li>'
        for s, label in (("news", news), ("local", local), ("weather", weather), ("sports", sports))
    )
    rail = "".join(
        f'<li class="MostRead_item__{h[3:8]}"><span class="MostRead_rank__{h[:5]}">{i + 1}</span><a href="/news/{p.variant}{i}">{_e(t)}</a></li>'
        for i, t in enumerate(_trending(p)[:4])
    )
    path = p.url.split("/", 3)[3] if p.url.count("/") >= 3 else ""
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": f"{h}{p.variant:02d}",
                    "type": "story",
                    "headline": p.title,
                    "description": p.description,
                    "byline": _text_of(byline),
                    "publishedAt": f"{p.iso_date}T08:{10 + p.variant * 7}:00.000Z",
                    "canonicalUrl": p.canonical or p.url,
                    "body": p.body,
                },
                "site": {"name": p.site_name, "host": p.host},
            },
            "__N_SSP": True,
        },
        "page": "/[section]/[...slug]",
        "query": {"section": path.split("/")[0], "slug": path.split("/")[1:]},
        "buildId": f"b{h}Xq{p.variant}",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    body = (
        f'<body>\n<div id="__next"><div class="Layout_wrapper__{h[:5]}">\n'
        f'<header class="Header_header__{h[1:6]}"><a class="Header_logo__{h[2:7]}" href="/" aria-label="{_e(p.site_name)}">{_e(p.site_name)}</a><nav class="Nav_nav__{h[3:8]}"><ul>{links}</ul></nav></header>\n'
        f'<main class="ArticlePage_main__{h[:5]}"><article class="ArticlePage_article__{h[1:6]}">\n'
        f'<h1 class="ArticleHeader_headline__{h[2:7]}">{_e(p.title)}</h1>\n'
        f'<div class="ArticleHeader_meta__{h[3:8]}">{byline}<time class="ArticleHeader_date__{h[:5]}" datetime="{p.iso_date}T08:00:00.000Z">{p.iso_date}</time>'
        f'<button type="button" class="ShareButton_button__{h[1:6]}">{_e(share)}</button></div>\n'
        f'<figure class="LeadImage_figure__{h[2:7]}"><img alt="" loading="eager" width="1200" height="675" decoding="async" src="/_next/image?url=%2Fuploads%2Flead-{p.variant}.jpg&amp;w=1200&amp;q=75"></figure>\n'
        f'<div class="ArticleBody_body__{h[3:8]}" data-testid="article-body">\n{p.body}\n</div>\n{p.after_html}\n</article>\n'
        f'<aside class="MostRead_rail__{h[:5]}"><h2>{_e(most)}</h2><ol>{rail}</ol></aside></main>\n'
        f'<footer class="Footer_footer__{h[1:6]}"><p>© 2026 {_e(p.site_name)}</p><a href="/privacy">{_e(privacy)}</a> <a href="/terms">{_e(terms)}</a></footer>\n'
        f"</div></div>\n"
        f'<script id="__NEXT_DATA__" type="application/json">{_next_json(data)}</script>\n'
        f"</body>"
    )
    extra = (
        f'<meta name="next-head-count" content="{14 + p.variant}">\n'
        f'<link rel="preload" href="/_next/static/css/{h}a91c.css" as="style">\n'
        f'<script src="/_next/static/chunks/webpack-{h}4e2b.js" defer=""></script>\n'
    )
    return _html(p, _head(p, extra), body)


# ---------------------------------------------------------------- TYPO3 with the news extension
TYPO3_LABELS = {  # the extension's own labels, and the site's legal links
    "de": (
        "Startseite",
        "Aktuelles",
        "von",
        "Kategorie",
        "Verwandte Nachrichten",
        "Zurück",
        "Impressum",
        "Datenschutz",
    ),
    "it": (
        "Home",
        "Notizie",
        "di",
        "Categoria",
        "Notizie correlate",
        "Indietro",
        "Note legali",
        "Privacy",
    ),
    "en": ("Home", "News", "by", "Category", "Related news", "Back", "Imprint", "Privacy"),
}
TYPO3_COMMENT = (
    "<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n"
    "\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n"
    "\tTYPO3 is copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective owners.\n"
    "\tInformation and contribution at https://typo3.org/\n-->\n"
)


def typo3(p: Page3) -> str:
    """A TYPO3 page showing one record of the news extension (detail view)."""
    home, news, by, category, related, back, imprint, privacy = TYPO3_LABELS.get(
        p.lang, TYPO3_LABELS["en"]
    )
    imprint_href = imprint.lower().replace(" ", "-")
    author = p.byline_html or (
        f'<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">{_e(by)} <span itemprop="name">{_e(p.author)}</span></span>'
    )
    links = "".join(
        f'<li><a href="/{news.lower()}/detail/{p.variant}{i}">{_e(t)}</a></li>'
        for i, t in enumerate(_trending(p)[:2])
    )
    body = (
        f'<body id="p{38 + p.variant}" class="page-{38 + p.variant} pagelevel-2 language-0 backendlayout-default layout-default">\n'
        f'<div class="body-bg"><header class="page-header"><a class="brand" href="/" title="{_e(p.site_name)}">{_e(p.site_name)}</a>'
        f'<nav class="main-nav"><ul class="nav"><li><a href="/">{_e(home)}</a></li><li class="active"><a href="/{news.lower()}/">{_e(news)}</a></li></ul></nav></header>\n'
        f'<ol class="breadcrumb"><li><a href="/">{_e(home)}</a></li><li><a href="/{news.lower()}/">{_e(news)}</a></li></ol>\n'
        f'<main id="content"><div id="c{212 + p.variant}" class="frame frame-default frame-type-news_newsdetail frame-layout-0">\n'
        f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">\n'
        f'<div class="header"><h1 itemprop="headline">{_e(p.title)}</h1></div>\n'
        f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{p.iso_date}">{p.iso_date[8:10]}.{p.iso_date[5:7]}.{p.iso_date[:4]}</time></span> '
        f'<span class="news-list-category">{_e(category)}: {_e(news)}</span> {author}</p></div>\n'
        f'<div class="teaser-text" itemprop="description"><p>{_e(p.description)}</p></div>\n'
        f'<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img src="/fileadmin/_processed_/lead-{p.variant}.jpg" width="750" height="422" alt=""></div></div></div>\n'
        f'<div class="news-text-wrap" itemprop="articleBody">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="news-related-wrap"><div class="news-related news-related-news"><h4>{_e(related)}</h4><ul>{links}</ul></div></div>\n'
        f'<div class="news-backlink-wrap"><a href="/{news.lower()}/">{_e(back)}</a></div>\n'
        f"</div></div>\n</div></main>\n"
        f'<footer class="page-footer"><p>© 2026 {_e(p.site_name)} · <a href="/{imprint_href}">{_e(imprint)}</a> · <a href="/{privacy.lower()}">{_e(privacy)}</a></p></footer></div>\n</body>'
    )
    page = _html(p, _head(p, '<meta name="generator" content="TYPO3 CMS">\n'), body)
    return page.replace(
        '<head>\n<meta charset="utf-8">\n', f'<head>\n<meta charset="utf-8">\n{TYPO3_COMMENT}', 1
    )


# ---------------------------------------------------------------- Chinese local portal (DedeCMS-like)
def cncms(p: Page3) -> str:
    """An article of a Chinese county or city portal on a DedeCMS-like CMS."""
    source = p.byline_html or (
        f'<span class="source">来源：本站</span><span class="author">作者：{_e(p.author)}</span>'
    )
    hot = "".join(
        f'<li><span class="num">{i + 1}</span><a href="/a/bendi/{p.iso_date[:4]}/{p.iso_date[5:7]}{p.iso_date[8:]}/{31200 + i}.html" target="_blank">{_e(t)}</a></li>'
        for i, t in enumerate(_trending(p)[:4])
    )
    items = _trending(p)
    body = (
        f'<body>\n<div class="topbar"><div class="w1200"><span class="today">今天是：{p.iso_date[:4]}年{int(p.iso_date[5:7])}月{int(p.iso_date[8:])}日</span>'
        f'<a href="https://{p.host}/" class="sethome">设为首页</a> <a href="javascript:;" class="fav">加入收藏</a></div></div>\n'
        f'<div class="header w1200"><div class="logo"><a href="https://{p.host}/"><img src="/templets/default/images/logo.png" alt="{_e(p.site_name)}"></a></div>'
        f'<div class="search"><form action="/plus/search.php" name="formsearch"><input type="hidden" name="kwtype" value="0"><input name="q" type="text" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>\n'
        f'<div class="nav"><ul class="w1200"><li><a href="https://{p.host}/">首页</a></li><li class="this"><a href="/a/bendi/">本地新闻</a></li><li><a href="/a/guonei/">国内新闻</a></li><li><a href="/a/minsheng/">民生</a></li><li><a href="/a/tupian/">图片新闻</a></li><li><a href="/a/tongzhi/">通知公告</a></li></ul></div>\n'
        f'<div class="w1200 main"><div class="main-left">\n'
        f'<div class="position">当前位置：<a href="https://{p.host}/">主页</a> &gt; <a href="/a/bendi/">本地新闻</a> &gt; 正文</div>\n'
        f'<div class="article"><h1 class="title">{_e(p.title)}</h1>\n'
        f'<div class="info"><span class="time">发布时间：{p.iso_date} 09:{10 + p.variant * 7}</span>{source}'
        f'<span class="hits">浏览次数：<script src="/plus/count.php?view=yes&amp;aid={3000 + p.variant * 97}&amp;mid=1" type="text/javascript"></script></span></div>\n'
        f'<div class="content" id="zoom">\n{p.body}\n</div>\n{p.after_html}\n'
        f'<div class="editor">（责任编辑：{_e(p.author)}）</div>\n'
        f'<div class="prenext"><p>上一篇：<a href="/a/bendi/{3000 + p.variant * 97 - 1}.html">{_e(items[0])}</a></p><p>下一篇：<a href="/a/bendi/{3000 + p.variant * 97 + 1}.html">{_e(items[1])}</a></p></div>\n'
        f'</div></div>\n<div class="main-right"><div class="box"><h3>热点排行</h3><ul class="hotlist">{hot}</ul></div></div></div>\n'
        f'<div class="footer"><p>版权所有：{_e(p.site_name)}　未经授权禁止复制或建立镜像</p><p><a href="https://beian.miit.gov.cn/" target="_blank">滇ICP备{20260000 + p.variant * 311}号-1</a></p></div>\n</body>'
    )
    return _html(p, _head(p, '<meta name="generator" content="DedeCMS">\n'), body)


TEMPLATES12 = {"wpblock": wpblock, "nextjs": nextjs, "typo3": typo3, "cncms": cncms}


def render_page12(chrome: str, p: Page3) -> str:
    if chrome in TEMPLATES12:
        return TEMPLATES12[chrome](p)
    return render_page11(chrome, p)
