# ruff: noqa: E501, RUF001
"""Site chrome of the second blind set: Ghost, Substack-like, Medium-like, AMP, the
WordPress "Newspaper" theme (with its SOURCE/VIA box), Blogger Contempo and a news portal."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from typing import Any

_KEYS = "home section related share comments leave subscribe rights by trending search tags written_by more_from newer older"
_UI_ROWS = {
    "en": "Home|News|Related articles|Share|Comments|Leave a comment|Subscribe|All rights reserved.|By|Trending now|Search|Tags|Written by|More from|Newer|Older",
    "fr": "Accueil|Actualités|Sur le même sujet|Partager|Commentaires|Laisser un commentaire|S'abonner|Tous droits réservés.|Par|Tendances|Rechercher|Mots-clés|Écrit par|Plus de|Plus récent|Plus ancien",
    "es": "Portada|Noticias|Te puede interesar|Compartir|Comentarios|Deja un comentario|Suscríbete|Todos los derechos reservados.|Por|Tendencias|Buscar|Etiquetas|Escrito por|Más de|Más reciente|Más antiguo",
    "de": "Startseite|Nachrichten|Mehr zum Thema|Teilen|Kommentare|Kommentar schreiben|Abonnieren|Alle Rechte vorbehalten.|Von|Beliebt|Suchen|Schlagwörter|Geschrieben von|Mehr von|Neuer|Älter",
    "pt": "Início|Notícias|Relacionadas|Partilhar|Comentários|Deixe um comentário|Assinar|Todos os direitos reservados.|Por|Em alta|Pesquisar|Tags|Escrito por|Mais de|Mais recente|Mais antigo",
    "it": "Home|Notizie|Articoli correlati|Condividi|Commenti|Lascia un commento|Iscriviti|Tutti i diritti riservati.|Di|Più letti|Cerca|Tag|Scritto da|Altro da|Più recente|Meno recente",
    "ar": "الرئيسية|أخبار|اقرأ أيضا|شارك|التعليقات|أضف تعليقا|اشترك|جميع الحقوق محفوظة.|بقلم|الأكثر تداولا|بحث|الوسوم|كتب بواسطة|المزيد من|الأحدث|الأقدم",
    "ur": "صفحہ اول|خبریں|متعلقہ خبریں|شیئر|تبصرے|تبصرہ کریں|سبسکرائب|جملہ حقوق محفوظ ہیں۔|از|مقبول ترین|تلاش|ٹیگز|تحریر|مزید از|نئی|پرانی",
    "hi": "होम|समाचार|संबंधित खबरें|शेयर|टिप्पणियां|टिप्पणी करें|सब्सक्राइब करें|सर्वाधिकार सुरक्षित।|द्वारा|ट्रेंडिंग|खोजें|टैग|लेखक|और भी|नई|पुरानी",
    "id": "Beranda|Berita|Berita terkait|Bagikan|Komentar|Tinggalkan komentar|Berlangganan|Hak cipta dilindungi undang-undang.|Oleh|Terpopuler|Cari|Tag|Ditulis oleh|Lainnya dari|Lebih baru|Lebih lama",
    "tr": "Ana Sayfa|Haberler|İlgili haberler|Paylaş|Yorumlar|Yorum yap|Abone ol|Tüm hakları saklıdır.|Yazan|Çok okunanlar|Ara|Etiketler|Yazar|Daha fazlası|Daha yeni|Daha eski",
}
UI2: dict[str, dict[str, str]] = {
    lang: dict(zip(_KEYS.split(), row.split("|"), strict=True)) for lang, row in _UI_ROWS.items()
}


@dataclass(frozen=True)
class Page2:
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    description: str
    body: str  # article body html
    author: str  # byline text
    author_html: str  # byline markup ("" = the template's own author element)
    meta_html: str  # extra markup in the article's meta area (source spans)
    after_html: str  # markup after the body container (source/via boxes)
    iso_date: str
    date_text: str
    related: list[tuple[str, str]]
    canonical: str  # href of <link rel=canonical> ("" = none)
    variant: int
    own: bool = False
    ld: dict[str, Any] = field(default_factory=dict)
    head_extra: str = ""


def _ld(p: Page2, kind: str = "NewsArticle") -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "datePublished": f"{p.iso_date}T07:{15 + p.variant:02d}:00Z",
        "author": {"@type": "Organization" if p.own else "Person", "name": p.author},
        "publisher": {"@type": "Organization", "name": p.site_name, "url": f"https://{p.host}/"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": p.url},
        "inLanguage": p.lang,
    }
    data.update(p.ld)
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def _head(p: Page2, extra: str = "", amp: bool = False) -> str:
    t = escape(p.title)
    canon = f'<link rel="canonical" href="{escape(p.canonical)}">\n' if p.canonical else ""
    amp_js = '<script async src="https://cdn.ampproject.org/v0.js"></script>\n' if amp else ""
    return (
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"{amp_js}"
        f"<title>{t} – {escape(p.site_name)}</title>\n"
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
        f'<meta name="description" content="{escape(p.description)}">\n'
        f'<meta property="og:site_name" content="{escape(p.site_name)}">\n'
        f'<meta property="og:title" content="{t}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{escape(p.url)}">\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
        f"{canon}{p.head_extra}{extra}{_ld(p)}</head>\n"
    )


def _open(lang: str, amp: bool = False) -> str:
    rtl = ' dir="rtl"' if lang in ("ar", "ur") else ""
    return f'<!doctype html>\n<html{" amp" if amp else ""} lang="{lang}"{rtl}>\n'


def _links(related: list[tuple[str, str]], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li{c}><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in related)


def _author(p: Page2, default: str) -> str:
    return p.author_html or default


def ghost(p: Page2) -> str:
    ui = UI2[p.lang]
    author = _author(
        p,
        f'<div class="gh-article-author-name"><a href="https://{p.host}/author/{p.variant}/">{escape(p.author)}</a></div>',
    )
    return (
        _open(p.lang)
        + _head(p, '<meta name="generator" content="Ghost 5.82">\n')
        + f'<body class="post-template">\n<div class="gh-site">\n<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><a class="gh-head-logo" href="https://{p.host}/">{escape(p.site_name)}</a>'
        f'<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://{p.host}/">{ui["home"]}</a></li><li><a href="https://{p.host}/tag/news/">{ui["section"]}</a></li></ul></nav>'
        f'<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">{ui["subscribe"]}</a></div></div></header>\n'
        '<main id="gh-main" class="gh-main">\n<article class="gh-article post">\n'
        f'<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="https://{p.host}/tag/news/">{ui["section"]}</a>'
        f'<h1 class="gh-article-title is-title">{escape(p.title)}</h1>'
        f'<div class="gh-article-meta"><div class="gh-article-author-image"><img src="https://{p.host}/content/images/avatar.jpg" alt=""></div>{author}'
        f'<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="{p.iso_date}">{p.date_text}</time>{p.meta_html}</div></div></header>\n'
        f'<section class="gh-content gh-canvas is-body">\n{p.body}\n</section>\n'
        f"{p.after_html}\n"
        "</article>\n"
        f'<section class="gh-cta"><h2 class="gh-cta-title">{ui["subscribe"]} – {escape(p.site_name)}</h2><form data-members-form="signup"><input type="email" placeholder="you@example.org"><button>{ui["subscribe"]}</button></form></section>\n'
        f'<aside class="gh-read-next"><h3>{ui["related"]}</h3><ul>{_links(p.related)}</ul></aside>\n'
        "</main>\n"
        f'<footer class="gh-foot"><div class="gh-copyright">{escape(p.site_name)} © 2026. {ui["rights"]}</div><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></footer>\n'
        "</div>\n</body>\n</html>\n"
    )


def substack(p: Page2) -> str:
    ui = UI2[p.lang]
    author = _author(
        p,
        f'<div class="byline-names"><a href="https://{p.host}/profile">{escape(p.author)}</a></div>',
    )
    return (
        _open(p.lang)
        + _head(p)
        + '<body>\n<div id="entry"><div class="main-menu"><div class="topbar-content">'
        f'<a class="navbar-title-link" href="https://{p.host}/">{escape(p.site_name)}</a> <button class="button primary subscribe-btn">{ui["subscribe"]}</button></div></div>\n'
        '<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">\n'
        f'<div class="post-header"><h1 class="post-title published">{escape(p.title)}</h1><h3 class="subtitle">{escape(p.description)}</h3>'
        f'<div class="post-meta">{author}<div class="post-date">{p.date_text}</div>{p.meta_html}</div>'
        f'<div class="post-ufi"><a class="like-button">♡ {3 + p.variant * 7}</a> <a class="post-ufi-comment-button" href="{escape(p.url)}/comments">💬 {p.variant}</a> <a class="share">{ui["share"]}</a></div></div>\n'
        f'<div class="available-content"><div dir="auto" class="body markup">\n{p.body}\n</div></div>\n'
        f"{p.after_html}\n"
        f'<div class="subscription-widget-wrap"><p class="subscription-widget-subheading">{ui["subscribe"]} – {escape(p.site_name)}</p><form class="form"><input type="email" placeholder="Type your email…"><button class="button primary">{ui["subscribe"]}</button></form></div>\n'
        "</article>\n"
        f'<div class="post-footer"><a class="share">{ui["share"]}</a></div>\n'
        f'<div class="comments-section"><h4 class="comments-heading">{ui["comments"]}</h4><div class="comment-input"><textarea placeholder="{ui["leave"]}"></textarea></div></div>\n'
        f'<div class="post-end-cta"><h3>{ui["more_from"]} {escape(p.site_name)}</h3><ul class="portable-archive-list">{_links(p.related, "post-preview")}</ul></div>\n'
        "</div></div></div></div>\n"
        f'<div class="footer-wrap"><div class="footer-copyright">© 2026 {escape(p.author if p.own else p.site_name)}</div><div class="footer-terms"><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a></div></div>\n'
        "</body>\n</html>\n"
    )


def medium(p: Page2) -> str:
    ui = UI2[p.lang]
    author = _author(
        p,
        f'<div class="pw-author"><a rel="noopener follow" href="https://{p.host}/@writer{p.variant}">{escape(p.author)}</a> · <button class="follow">Follow</button></div>',
    )
    body = p.body.replace("<p>", '<p class="pw-post-body-paragraph">')
    return (
        _open(p.lang)
        + _head(p, '<meta property="al:android:app_name" content="Inkwell">\n')
        + f'<body>\n<div id="root"><div class="metabar"><a href="https://{p.host}/" aria-label="Homepage">Inkwell</a> <a href="https://{p.host}/new-story">Write</a> <a href="https://{p.host}/m/signin">Sign in</a></div>\n'
        '<article><div class="section-content"><section>\n'
        f'<h1 class="pw-post-title">{escape(p.title)}</h1>'
        f'<div class="speechify-ignore">{author}<div class="pw-published-date"><span>{p.date_text}</span> · {4 + p.variant} min read</div>{p.meta_html}'
        f'<div class="clap-bar"><button aria-label="clap">👏</button> {120 + 31 * p.variant} <button aria-label="responses">💬</button> {p.variant + 2}</div></div>\n'
        f'<div class="pw-post-body">\n{body}\n</div>\n'
        f"{p.after_html}\n"
        "</section></div></article>\n"
        f'<div class="pw-tags"><a href="https://{p.host}/tag/news">{ui["section"]}</a> <a href="https://{p.host}/tag/world">World</a></div>\n'
        f'<div class="pw-author-card"><h2>{ui["written_by"]} {escape(p.author)}</h2><p>{180 + 13 * p.variant} Followers</p><button class="follow">Follow</button></div>\n'
        f'<div class="pw-responses"><h2>Responses ({p.variant + 2})</h2><textarea placeholder="What are your thoughts?"></textarea></div>\n'
        f'<div class="pw-more"><h2>{ui["more_from"]} {escape(p.author)}</h2><ul>{_links(p.related)}</ul></div>\n'
        '<div class="pw-recommended"><h2>Recommended from Inkwell</h2></div>\n'
        "</div>\n</body>\n</html>\n"
    )


def amp(p: Page2) -> str:
    ui = UI2[p.lang]
    body = p.body.replace(
        '<img src="/media/photo.jpg" alt="" width="800" height="533">',
        '<amp-img src="/media/photo.jpg" width="800" height="533" layout="responsive" alt=""></amp-img>',
    )
    author = _author(
        p,
        f'<span class="amp-byline">{ui["by"]} <span class="author-name">{escape(p.author)}</span></span>',
    )
    style = "<style amp-custom>body{font-family:sans-serif}.amp-article{max-width:640px;margin:auto}</style>\n"
    return (
        _open(p.lang, amp=True)
        + _head(p, style, amp=True)
        + f'<body>\n<header class="amp-header"><a href="https://{p.host}/"><amp-img src="https://{p.host}/logo.png" width="160" height="40" alt="{escape(p.site_name)}"></amp-img></a>'
        f'<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="https://{p.host}/">{ui["home"]}</a></li><li><a href="https://{p.host}/news">{ui["section"]}</a></li></ul></amp-sidebar></header>\n'
        '<main class="amp-article"><article>\n'
        f'<h1 class="amp-title">{escape(p.title)}</h1>\n'
        f'<div class="amp-meta">{author} <time datetime="{p.iso_date}">{p.date_text}</time>{p.meta_html}</div>\n'
        f'<amp-social-share type="whatsapp" width="32" height="32"></amp-social-share><amp-social-share type="facebook" width="32" height="32"></amp-social-share>\n'
        f'<div class="amp-body">\n{body}\n</div>\n'
        f"{p.after_html}\n"
        "</article>\n"
        f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_article"></amp-ad>\n'
        f'<section class="amp-related"><h2>{ui["related"]}</h2><ul>{_links(p.related)}</ul></section>\n'
        "</main>\n"
        f'<footer class="amp-footer"><p>© 2026 {escape(p.site_name)}. {ui["rights"]}</p><a href="{escape(p.url.replace("/amp/", "/"))}">View non-AMP version</a></footer>\n'
        "</body>\n</html>\n"
    )


def wpnews(p: Page2) -> str:
    """WordPress with the tagDiv "Newspaper" theme, common on news autoblogs."""
    ui = UI2[p.lang]
    author = _author(
        p,
        f'<div class="td-post-author-name"><div class="td-author-by">{ui["by"]}</div> <a href="https://{p.host}/author/{p.variant}/">{escape(p.author)}</a><div class="td-author-line"> - </div></div>',
    )
    return (
        _open(p.lang)
        + _head(
            p,
            f'<meta name="generator" content="WordPress 6.6.1">\n<link rel="alternate" type="application/rss+xml" href="https://{p.host}/feed/">\n',
        )
        + '<body class="post-template-default single single-post td-standard-pack global-block-template-1 td-full-layout">\n'
        f'<div class="td-header-wrap"><div class="td-header-top-menu"><div class="td_data_time">{p.date_text}</div></div>'
        f'<div class="td-header-sp-logo"><a class="td-main-logo" href="https://{p.host}/"><span class="td-visual-hidden">{escape(p.site_name)}</span></a></div>'
        f'<div id="td-header-menu"><ul id="menu-main" class="sf-menu"><li><a href="https://{p.host}/">{ui["home"]}</a></li><li><a href="https://{p.host}/category/news/">{ui["section"]}</a></li></ul></div></div>\n'
        '<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">\n'
        f'<article id="post-{2200 + p.variant}" class="post type-post status-publish format-standard has-post-thumbnail">\n'
        f'<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="https://{p.host}/category/news/">{ui["section"]}</a></li></ul>'
        f'<header class="td-post-title"><h1 class="entry-title">{escape(p.title)}</h1><div class="td-module-meta-info">{author}'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{p.iso_date}">{p.date_text}</time></span>{p.meta_html}'
        f'<div class="td-post-comments"><a href="{escape(p.url)}#respond"><i class="td-icon-comments"></i>0</a></div></div></header></div>\n'
        f'<div class="td-post-sharing-top"><span class="td-social-share-text">{ui["share"]}</span> <a class="td-social-facebook" href="#">Facebook</a> <a class="td-social-twitter" href="#">Twitter</a> <a class="td-social-whatsapp" href="#">WhatsApp</a></div>\n'
        f'<div class="td-post-content tagdiv-type">\n{p.body}\n</div>\n'
        f'<footer>{p.after_html}<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>{ui["tags"].upper()}</span></li><li><a href="https://{p.host}/tag/news/">{ui["section"]}</a></li></ul></div></footer>\n'
        "</article>\n"
        f'<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">{ui["related"].upper()}</a><a class="td-related-right" href="#">{ui["more_from"].upper()}</a></h4><ul>{_links(p.related)}</ul></div>\n'
        f'<div class="comments" id="comments"><div id="respond" class="comment-respond"><h4 class="td-comments-title">{ui["leave"].upper()}</h4><form id="commentform"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>\n'
        "</div></div>\n"
        f'<div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap td_block_popular"><h4 class="block-title">{ui["trending"]}</h4><ul>{_links(list(reversed(p.related)))}</ul></div></div>\n'
        "</div></div></div>\n"
        f'<div class="td-sub-footer-container"><div class="td-sub-footer-copy">© {escape(p.site_name)} 2026 – {ui["rights"]}</div></div>\n'
        "</body>\n</html>\n"
    )


def blogger2(p: Page2) -> str:
    """Blogger with the Contempo theme."""
    ui = UI2[p.lang]
    author = _author(
        p,
        f'<span class="byline post-author vcard"><span class="byline-label">{ui["by"]}</span> <span class="fn">{escape(p.author)}</span></span>',
    )
    return (
        _open(p.lang)
        + _head(
            p,
            f'<meta content="blogger" name="generator">\n<link rel="alternate" type="application/atom+xml" href="https://{p.host}/feeds/posts/default">\n',
        )
        + '<body class="version-1-3-3 variant-indie_light">\n<div class="page"><div class="centered"><header class="centered-top-container"><div class="centered-top">'
        f'<div class="Header widget" id="Header1"><div class="header-widget"><h1><a href="https://{p.host}/">{escape(p.site_name)}</a></h1></div></div>'
        f'<div class="search"><form action="https://{p.host}/search"><input name="q" placeholder="{ui["search"]}"></form></div></div></header>\n'
        '<main class="centered-bottom" id="main" role="main"><div class="main section"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed container">\n'
        '<article class="post-outer-container"><div class="post-outer"><div class="post">\n'
        f'<h3 class="post-title entry-title">{escape(p.title)}</h3>\n'
        f'<div class="post-header"><div class="post-header-line-1">{author} <span class="byline post-timestamp"><time class="published" datetime="{p.iso_date}">{p.date_text}</time></span>{p.meta_html}</div></div>\n'
        f'<div class="post-body entry-content float-container" id="post-body-{5100 + p.variant}">\n{p.body}\n</div>\n'
        f"{p.after_html}\n"
        f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><div class="byline post-share-buttons goog-inline-block"><span>{ui["share"]}</span></div></div>'
        f'<div class="post-footer-line post-footer-line-2"><span class="byline post-labels"><span class="byline-label">{ui["tags"]}:</span> <a href="https://{p.host}/search/label/News" rel="tag">News</a></span></div></div>\n'
        "</div></div>\n"
        f'<section class="comments embed" id="comments"><h3 class="title">{ui["comments"]}</h3><div class="comment-footer"><a class="comment-reply" href="#">{ui["leave"]}</a></div></section>\n'
        "</article>\n"
        f'<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="{escape(p.related[0][1])}">{ui["newer"]}</a> <a class="blog-pager-older-link" href="{escape(p.related[-1][1])}">{ui["older"]}</a></div>\n'
        "</div></div></div></main>\n"
        f'<aside class="sidebar-container"><div class="widget PopularPosts"><h3 class="title">{ui["trending"]}</h3><ul>{_links(p.related)}</ul></div></aside>\n'
        '<footer class="footer section"><div class="widget Attribution"><div class="blogger">Powered by <a href="https://www.blogger.com">Blogger</a></div>'
        f'<div class="copyright">{escape(p.site_name)} · 2026</div></div></footer>\n'
        "</div></div>\n</body>\n</html>\n"
    )


def portal2(p: Page2) -> str:
    ui = UI2[p.lang]
    author = _author(
        p,
        f'<span class="article-author">{ui["by"]} <a href="https://{p.host}/authors/{p.variant}">{escape(p.author)}</a></span>',
    )
    return (
        _open(p.lang)
        + _head(p)
        + f'<body class="article-page">\n<div class="ticker"><span>{ui["trending"]}:</span> <a href="{escape(p.related[0][1])}">{escape(p.related[0][0])}</a></div>\n'
        f'<header class="masthead"><a class="brand" href="https://{p.host}/">{escape(p.site_name)}</a><nav><a href="https://{p.host}/">{ui["home"]}</a> <a href="https://{p.host}/news">{ui["section"]}</a></nav>'
        f'<a class="btn-subscribe" href="https://{p.host}/subscribe">{ui["subscribe"]}</a></header>\n'
        '<div class="layout"><main class="article-main">\n'
        f'<nav class="crumbs"><a href="https://{p.host}/">{ui["home"]}</a> › <a href="https://{p.host}/news">{ui["section"]}</a></nav>\n'
        '<article class="article" itemscope itemtype="https://schema.org/NewsArticle">\n'
        f'<h1 class="article-headline" itemprop="headline">{escape(p.title)}</h1>\n'
        f'<div class="article-info">{author} <time class="article-date" datetime="{p.iso_date}">{p.date_text}</time>{p.meta_html}</div>\n'
        f'<div class="article-share"><a href="#">{ui["share"]}</a></div>\n'
        f'<div class="article-body" itemprop="articleBody">\n{p.body}\n</div>\n'
        f"{p.after_html}\n"
        f'<div class="article-tags"><span>{ui["tags"]}:</span> <a href="https://{p.host}/tag/{p.variant}">{ui["section"]}</a></div>\n'
        "</article>\n"
        f'<section class="more-stories"><h2>{ui["related"]}</h2><ul>{_links(p.related)}</ul></section>\n'
        f'<section class="comments-box"><h2>{ui["comments"]} (0)</h2><div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments.</noscript></section>\n'
        "</main>\n"
        f'<aside class="rail"><h3>{ui["trending"]}</h3><ol>{_links(list(reversed(p.related)))}</ol><div class="ad" data-slot="rail-1"></div></aside></div>\n'
        f'<footer class="site-foot"><p>© 2026 {escape(p.site_name)}. {ui["rights"]}</p></footer>\n'
        "</body>\n</html>\n"
    )


TEMPLATES = {
    "ghost": ghost,
    "substack": substack,
    "medium": medium,
    "amp": amp,
    "wpnews": wpnews,
    "blogger2": blogger2,
    "portal2": portal2,
}


def render_page2(chrome: str, page: Page2) -> str:
    return TEMPLATES[chrome](page)
