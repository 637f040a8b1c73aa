# ruff: noqa: E501, RUF001
"""Site chrome for the blind attribution pages: WordPress, Blogger, news portal and bare pages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

UI: dict[str, dict[str, str]] = {
    "en": {
        "nav": "Home|World|Business|Sport|Science|Opinion",
        "related": "Related stories",
        "most_read": "Most read",
        "comments0": "0 Comments",
        "post_comment": "Post a Comment",
        "posted_by": "Posted by",
        "at": "at",
        "newer": "Newer Post",
        "older": "Older Post",
        "home": "Home",
        "subscribe": "Subscribe to: Post Comments (Atom)",
        "leave_reply": "Leave a Reply",
        "reply_note": "Your email address will not be published. Required fields are marked *",
        "recent": "Recent Posts",
        "archives": "Archives",
        "categories": "Categories",
        "share": "Share this article",
        "rights": "All rights reserved.",
        "about": "About us",
        "contact": "Contact",
        "privacy": "Privacy policy",
        "posted_in": "Posted in",
        "popular": "Popular Posts",
        "blog_archive": "Blog Archive",
        "by": "By",
        "search": "Search",
        "newsletter": "Sign up for our daily newsletter",
        "author": "News Desk",
        "wp_author": "admin",
        "blog_author": "Admin",
        "section": "World",
        "read_more": "Read more",
        "labels": "Labels",
    },
    "fr": {
        "nav": "Accueil|Monde|Économie|Sport|Sciences|Opinions",
        "related": "À lire aussi",
        "most_read": "Les plus lus",
        "comments0": "Aucun commentaire",
        "post_comment": "Publier un commentaire",
        "posted_by": "Publié par",
        "at": "à",
        "newer": "Article plus récent",
        "older": "Article plus ancien",
        "home": "Accueil",
        "subscribe": "Inscription à : Publier les commentaires (Atom)",
        "leave_reply": "Laisser un commentaire",
        "reply_note": "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "recent": "Articles récents",
        "archives": "Archives",
        "categories": "Catégories",
        "share": "Partager cet article",
        "rights": "Tous droits réservés.",
        "about": "Qui sommes-nous",
        "contact": "Contact",
        "privacy": "Politique de confidentialité",
        "posted_in": "Publié dans",
        "popular": "Articles les plus consultés",
        "blog_archive": "Archives du blog",
        "by": "Par",
        "search": "Rechercher",
        "newsletter": "Inscrivez-vous à notre lettre d'information",
        "author": "La rédaction",
        "wp_author": "redaction",
        "blog_author": "Rédaction",
        "section": "Actualité",
        "read_more": "Lire la suite",
        "labels": "Libellés",
    },
    "es": {
        "nav": "Inicio|Mundo|Economía|Deportes|Ciencia|Opinión",
        "related": "Noticias relacionadas",
        "most_read": "Lo más leído",
        "comments0": "No hay comentarios",
        "post_comment": "Publicar un comentario",
        "posted_by": "Publicado por",
        "at": "a las",
        "newer": "Entrada más reciente",
        "older": "Entrada antigua",
        "home": "Inicio",
        "subscribe": "Suscribirse a: Enviar comentarios (Atom)",
        "leave_reply": "Deja una respuesta",
        "reply_note": "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
        "recent": "Entradas recientes",
        "archives": "Archivos",
        "categories": "Categorías",
        "share": "Compartir",
        "rights": "Todos los derechos reservados.",
        "about": "Quiénes somos",
        "contact": "Contacto",
        "privacy": "Política de privacidad",
        "posted_in": "Publicado en",
        "popular": "Entradas populares",
        "blog_archive": "Archivo del blog",
        "by": "Por",
        "search": "Buscar",
        "newsletter": "Suscríbete a nuestro boletín",
        "author": "Redacción",
        "wp_author": "redaccion",
        "blog_author": "Redacción",
        "section": "Actualidad",
        "read_more": "Leer más",
        "labels": "Etiquetas",
    },
    "de": {
        "nav": "Startseite|Politik|Wirtschaft|Sport|Wissen|Meinung",
        "related": "Das könnte Sie auch interessieren",
        "most_read": "Meistgelesen",
        "comments0": "Keine Kommentare",
        "post_comment": "Kommentar veröffentlichen",
        "posted_by": "Eingestellt von",
        "at": "um",
        "newer": "Neuerer Post",
        "older": "Älterer Post",
        "home": "Startseite",
        "subscribe": "Abonnieren Kommentare zum Post (Atom)",
        "leave_reply": "Schreibe einen Kommentar",
        "reply_note": "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "recent": "Neueste Beiträge",
        "archives": "Archiv",
        "categories": "Kategorien",
        "share": "Artikel teilen",
        "rights": "Alle Rechte vorbehalten.",
        "about": "Über uns",
        "contact": "Kontakt",
        "privacy": "Datenschutz",
        "posted_in": "Veröffentlicht in",
        "popular": "Beliebte Posts",
        "blog_archive": "Blog-Archiv",
        "by": "Von",
        "search": "Suche",
        "newsletter": "Jetzt den Newsletter abonnieren",
        "author": "Redaktion",
        "wp_author": "redaktion",
        "blog_author": "Redaktion",
        "section": "Region",
        "read_more": "Weiterlesen",
        "labels": "Labels",
    },
    "ar": {
        "nav": "الرئيسية|عربي ودولي|اقتصاد|رياضة|علوم|رأي",
        "related": "أخبار ذات صلة",
        "most_read": "الأكثر قراءة",
        "comments0": "ليست هناك تعليقات",
        "post_comment": "إرسال تعليق",
        "posted_by": "نشر بواسطة",
        "at": "في",
        "newer": "رسالة أحدث",
        "older": "رسالة أقدم",
        "home": "الصفحة الرئيسية",
        "subscribe": "الاشتراك في: تعليقات الرسالة (Atom)",
        "leave_reply": "اترك تعليقاً",
        "reply_note": "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "recent": "أحدث المقالات",
        "archives": "الأرشيف",
        "categories": "التصنيفات",
        "share": "شارك الخبر",
        "rights": "جميع الحقوق محفوظة.",
        "about": "من نحن",
        "contact": "اتصل بنا",
        "privacy": "سياسة الخصوصية",
        "posted_in": "نشر في",
        "popular": "المشاركات الشائعة",
        "blog_archive": "أرشيف المدونة",
        "by": "بقلم",
        "search": "بحث",
        "newsletter": "اشترك في النشرة البريدية",
        "author": "المحرر",
        "wp_author": "المحرر",
        "blog_author": "المحرر",
        "section": "أخبار",
        "read_more": "اقرأ المزيد",
        "labels": "التسميات",
    },
    "ur": {
        "nav": "صفحہ اول|پاکستان|کاروبار|کھیل|سائنس|کالم",
        "related": "مزید خبریں",
        "most_read": "سب سے زیادہ پڑھی گئی",
        "comments0": "کوئی تبصرے نہیں",
        "post_comment": "ایک تبصرہ شائع کریں",
        "posted_by": "پوسٹ کردہ",
        "at": "بوقت",
        "newer": "نئی پوسٹ",
        "older": "پرانی پوسٹ",
        "home": "ہوم",
        "subscribe": "سبسکرائب کریں در: پوسٹ کے تبصرے (Atom)",
        "leave_reply": "جواب دیں",
        "reply_note": "آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا۔ ضروری خانوں کو * سے نشان زد کیا گیا ہے",
        "recent": "تازہ ترین",
        "archives": "آرکائیو",
        "categories": "زمرے",
        "share": "شیئر کریں",
        "rights": "جملہ حقوق محفوظ ہیں۔",
        "about": "ہمارے بارے میں",
        "contact": "رابطہ",
        "privacy": "پرائیویسی پالیسی",
        "posted_in": "زمرہ",
        "popular": "مقبول پوسٹس",
        "blog_archive": "بلاگ آرکائیو",
        "by": "تحریر",
        "search": "تلاش",
        "newsletter": "ہمارا نیوز لیٹر حاصل کریں",
        "author": "نیوز ڈیسک",
        "wp_author": "ایڈمن",
        "blog_author": "ایڈمن",
        "section": "قومی",
        "read_more": "مزید پڑھیں",
        "labels": "لیبلز",
    },
    "hi": {
        "nav": "होम|देश|व्यापार|खेल|विज्ञान|विचार",
        "related": "ये भी पढ़ें",
        "most_read": "सबसे ज्यादा पढ़ी गईं",
        "comments0": "कोई टिप्पणी नहीं",
        "post_comment": "एक टिप्पणी भेजें",
        "posted_by": "द्वारा पोस्ट किया गया",
        "at": "पर",
        "newer": "नई पोस्ट",
        "older": "पुरानी पोस्ट",
        "home": "मुख्यपृष्ठ",
        "subscribe": "सदस्यता लें: टिप्पणियाँ भेजें (Atom)",
        "leave_reply": "जवाब दें",
        "reply_note": "आपका ईमेल पता प्रकाशित नहीं किया जाएगा। आवश्यक फ़ील्ड * चिह्नित हैं",
        "recent": "ताज़ा पोस्ट",
        "archives": "संग्रह",
        "categories": "श्रेणियाँ",
        "share": "शेयर करें",
        "rights": "सर्वाधिकार सुरक्षित।",
        "about": "हमारे बारे में",
        "contact": "संपर्क",
        "privacy": "गोपनीयता नीति",
        "posted_in": "श्रेणी",
        "popular": "लोकप्रिय पोस्ट",
        "blog_archive": "ब्लॉग आर्काइव",
        "by": "लेखक",
        "search": "खोजें",
        "newsletter": "हमारा न्यूज़लेटर पाएं",
        "author": "डेस्क",
        "wp_author": "एडमिन",
        "blog_author": "एडमिन",
        "section": "देश",
        "read_more": "और पढ़ें",
        "labels": "लेबल",
    },
    "pt": {
        "nav": "Início|Mundo|Economia|Desporto|Ciência|Opinião",
        "related": "Leia também",
        "most_read": "Mais lidas",
        "comments0": "Nenhum comentário",
        "post_comment": "Postar um comentário",
        "posted_by": "Postado por",
        "at": "às",
        "newer": "Postagem mais recente",
        "older": "Postagem mais antiga",
        "home": "Página inicial",
        "subscribe": "Assinar: Postar comentários (Atom)",
        "leave_reply": "Deixe um comentário",
        "reply_note": "O seu endereço de email não será publicado. Campos obrigatórios marcados com *",
        "recent": "Artigos recentes",
        "archives": "Arquivo",
        "categories": "Categorias",
        "share": "Partilhar",
        "rights": "Todos os direitos reservados.",
        "about": "Quem somos",
        "contact": "Contacto",
        "privacy": "Política de privacidade",
        "posted_in": "Publicado em",
        "popular": "Postagens populares",
        "blog_archive": "Arquivo do blog",
        "by": "Por",
        "search": "Pesquisar",
        "newsletter": "Subscreva a nossa newsletter",
        "author": "Redação",
        "wp_author": "redacao",
        "blog_author": "Redação",
        "section": "Atualidade",
        "read_more": "Ler mais",
        "labels": "Marcadores",
    },
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho"],
}


def human_date(lang: str, year: int, month: int, day: int) -> str:
    names = MONTHS.get(lang)
    if names is None:
        return f"{day:02d}-{month:02d}-{year}"
    m = names[month - 1]
    if lang == "en":
        return f"{m} {day}, {year}"
    if lang == "de":
        return f"{day}. {m} {year}"
    if lang in ("es", "pt"):
        return f"{day} de {m} de {year}"
    return f"{day} {m} {year}"


@dataclass(frozen=True)
class Page:
    """Everything the chrome needs to wrap one article."""

    lang: str
    site_name: str
    host: str
    url: str
    title: str
    description: str
    body: str  # article body html (paragraphs, figures, credit parts)
    author: str  # byline text (already escaped by the caller? no: raw)
    iso_date: str
    date_text: str
    time_text: str
    related: list[tuple[str, str]]  # (title, href)
    canonical: bool
    variant: int  # small deterministic variation


def _head(p: Page, extra: str = "") -> str:
    t = escape(p.title)
    canon = f'\n<link rel="canonical" href="{escape(p.url)}">' if p.canonical else ""
    return (
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{t} | {escape(p.site_name)}</title>\n"
        f'<meta name="description" content="{escape(p.description)}">\n'
        f'<meta property="og:site_name" content="{escape(p.site_name)}">\n'
        f'<meta property="og:title" content="{t}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{escape(p.url)}">\n'
        f'<meta property="article:published_time" content="{p.iso_date}T08:{10 + p.variant:02d}:00+00:00">'
        f"{canon}\n{extra}</head>"
    )


def _html_open(lang: str) -> str:
    rtl = ' dir="rtl"' if lang in ("ar", "ur") else ""
    return f'<!DOCTYPE html>\n<html lang="{lang}"{rtl}>\n'


def _nav(ui: dict[str, str], host: str) -> str:
    items = ui["nav"].split("|")
    links = "".join(
        f'<li><a href="https://{host}/{"" if i == 0 else f"category/{i}"}">{escape(n)}</a></li>'
        for i, n in enumerate(items)
    )
    return f'<nav class="main-nav"><ul>{links}</ul></nav>'


def _related_list(related: list[tuple[str, str]]) -> str:
    return "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in related)


def wordpress(p: Page) -> str:
    ui = UI[p.lang]
    extra = (
        f'<link rel="alternate" type="application/rss+xml" title="{escape(p.site_name)} &raquo; Feed" href="https://{p.host}/feed/">\n'
        '<meta name="generator" content="WordPress 6.5.3">\n'
        f"<link rel='stylesheet' id='wp-block-library-css' href='https://{p.host}/wp-includes/css/dist/block-library/style.min.css' media='all'>\n"
    )
    post_id = 1000 + p.variant * 137
    return (
        _html_open(p.lang) + _head(p, extra) + "\n"
        f'<body class="post-template-default single single-post postid-{post_id} single-format-standard">\n'
        '<div id="page" class="site">\n'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
        f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://{p.host}/" rel="home">{escape(p.site_name)}</a></p></div>\n'
        f'<nav id="site-navigation" class="main-navigation">{_nav(ui, p.host)}</nav></header>\n'
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n'
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry category-news">\n'
        f'<header class="entry-header"><h1 class="entry-title">{escape(p.title)}</h1>\n'
        f'<div class="entry-meta"><span class="posted-on"><a href="{escape(p.url)}" rel="bookmark"><time class="entry-date published" datetime="{p.iso_date}">{p.date_text}</time></a></span>'
        f'<span class="byline"> {ui["by"]} <span class="author vcard"><a class="url fn n" href="https://{p.host}/author/{escape(ui["wp_author"])}/">{escape(p.author)}</a></span></span></div></header>\n'
        f'<div class="entry-content">\n{p.body}\n</div>\n'
        f'<footer class="entry-footer"><span class="cat-links">{ui["posted_in"]} <a href="https://{p.host}/category/news/" rel="category tag">{escape(ui["section"])}</a></span></footer>\n'
        "</article>\n"
        f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="{escape(p.related[0][1])}" rel="prev">{escape(p.related[0][0])}</a></div></div></nav>\n'
        f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{ui["leave_reply"]}</h3>'
        f'<form action="https://{p.host}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">{ui["reply_note"]}</p>'
        '<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>\n'
        "</main></div>\n"
        f'<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" method="get" action="https://{p.host}/"><input type="search" name="s" placeholder="{ui["search"]}"></form></section>\n'
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">{ui["recent"]}</h2><ul>{_related_list(p.related)}</ul></section>\n'
        f'<section class="widget widget_archive"><h2 class="widget-title">{ui["archives"]}</h2><ul><li><a href="https://{p.host}/2026/03/">2026-03</a></li><li><a href="https://{p.host}/2026/02/">2026-02</a></li></ul></section></aside>\n'
        "</div>\n"
        f'<footer id="colophon" class="site-footer"><div class="site-info">© 2026 {escape(p.site_name)}. {ui["rights"]} | <a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>\n'
        "</div>\n"
        f"<script src='https://{p.host}/wp-includes/js/comment-reply.min.js' id='comment-reply-js' async></script>\n"
        "</body>\n</html>\n"
    )


def blogger(p: Page) -> str:
    ui = UI[p.lang]
    extra = (
        '<meta content="blogger" name="generator">\n'
        f'<link rel="alternate" type="application/atom+xml" title="{escape(p.site_name)} - Atom" href="https://{p.host}/feeds/posts/default">\n'
        "<style>body{font:14px Georgia,serif}.post-body{line-height:1.6}</style>\n"
    )
    popular = "".join(
        f'<li><div class="item-title"><a href="{escape(h)}">{escape(t)}</a></div></li>'
        for t, h in p.related
    )
    return (
        _html_open(p.lang) + _head(p, extra) + "\n"
        '<body class="variant-simplicity item-view">\n'
        '<div class="content-outer"><header class="header-outer"><div class="header-inner">'
        f'<div class="Header widget" id="Header1"><h1 class="title"><a href="https://{p.host}/">{escape(p.site_name)}</a></h1><p class="description">{escape(ui["section"])}</p></div></div></header>\n'
        '<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">\n'
        f'<div class="date-outer"><h2 class="date-header"><span>{p.date_text}</span></h2>\n'
        '<div class="post-outer"><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">\n'
        f'<h3 class="post-title entry-title" itemprop="name">{escape(p.title)}</h3>\n'
        f'<div class="post-header"><div class="post-header-line-1"></div></div>\n'
        f'<div class="post-body entry-content" id="post-body-{7000 + p.variant}" itemprop="description articleBody">\n{p.body}\n<div style="clear: both;"></div></div>\n'
        f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">{ui["posted_by"]} <span class="fn">{escape(p.author)}</span></span> '
        f'<span class="post-timestamp">{ui["at"]} <a class="timestamp-link" href="{escape(p.url)}" rel="bookmark"><abbr class="published" title="{p.iso_date}">{p.time_text}</abbr></a></span> '
        f'<span class="post-comment-link"><a class="comment-link" href="{escape(p.url)}#comment-form">{ui["comments0"]}</a></span></div>\n'
        f'<div class="post-footer-line post-footer-line-2"><span class="post-labels">{ui["labels"]}: <a href="https://{p.host}/search/label/News" rel="tag">News</a></span></div></div>\n'
        "</div>\n"
        f'<div class="comments" id="comments"><a name="comments"></a><h4>{ui["comments0"]}:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block"></dl></div>\n'
        f'<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">{ui["post_comment"]}</h4>'
        f'<iframe allowtransparency="true" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe></div></p></div>\n'
        "</div></div>\n"
        f'<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{escape(p.related[0][1])}">{ui["newer"]}</a></span> '
        f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{escape(p.related[-1][1])}">{ui["older"]}</a></span> '
        f'<a class="home-link" href="https://{p.host}/">{ui["home"]}</a></div>\n'
        f'<div class="post-feeds"><div class="feed-links">{ui["subscribe"]}</div></div>\n'
        "</div></div></div>\n"
        f'<aside class="sidebar"><div class="widget PopularPosts" id="PopularPosts1"><h2>{ui["popular"]}</h2><ul>{popular}</ul></div>\n'
        f'<div class="widget BlogArchive" id="BlogArchive1"><h2>{ui["blog_archive"]}</h2><ul class="hierarchy"><li>2026 (58)</li><li>2025 (241)</li></ul></div></aside>\n'
        "</div></div>\n"
        '<div class="footer-outer"><div class="Attribution widget" id="Attribution1">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a></div></div>\n'
        "</body>\n</html>\n"
    )


def portal(p: Page, own: bool = False) -> str:
    ui = UI[p.lang]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": f"{p.iso_date}T08:00:00Z",
        "author": {"@type": "Person" if not own else "Organization", "name": p.author},
        "publisher": {"@type": "Organization", "name": p.site_name, "url": f"https://{p.host}/"},
        "mainEntityOfPage": p.url,
    }
    extra = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    trending = "".join(
        f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in reversed(p.related)
    )
    share = (
        f'<div class="share-bar"><span>{ui["share"]}</span> <a href="#" class="fb">Facebook</a> '
        '<a href="#" class="tw">X</a> <a href="#" class="wa">WhatsApp</a> <a href="#" class="mail">Email</a></div>'
    )
    return (
        _html_open(p.lang) + _head(p, extra) + "\n"
        "<body>\n"
        f'<div class="top-bar"><span class="today">{p.date_text}</span> <a href="https://{p.host}/epaper">E-Paper</a> <a href="https://{p.host}/subscribe">{ui["newsletter"]}</a></div>\n'
        f'<header class="site-header"><a class="logo" href="https://{p.host}/">{escape(p.site_name)}</a>{_nav(ui, p.host)}'
        f'<form class="search" action="https://{p.host}/search"><input name="q" placeholder="{ui["search"]}"></form></header>\n'
        f'<div class="ad-slot ad-leaderboard" data-ad-unit="top_728x90"></div>\n'
        '<main class="container"><div class="row"><div class="col-main">\n'
        f'<ol class="breadcrumb"><li><a href="https://{p.host}/">{ui["home"]}</a></li><li><a href="https://{p.host}/{"news" if p.variant % 2 else "latest"}">{escape(ui["section"])}</a></li></ol>\n'
        '<article class="story">\n'
        f'<h1 class="story-title">{escape(p.title)}</h1>\n'
        f'<div class="story-meta"><span class="author">{escape(p.author)}</span> <span class="sep">|</span> <time datetime="{p.iso_date}">{p.date_text}, {p.time_text}</time></div>\n'
        f"{share}\n"
        f'<div class="story-body">\n{p.body}\n</div>\n'
        f'<div class="tags"><a href="https://{p.host}/tag/{p.variant}">{escape(ui["section"])}</a></div>\n'
        "</article>\n"
        f'<section class="related"><h3>{ui["related"]}</h3><ul>{_related_list(p.related)}</ul></section>\n'
        "</div>\n"
        f'<aside class="col-side"><div class="widget most-read"><h3>{ui["most_read"]}</h3><ol>{trending}</ol></div>'
        '<div class="ad-slot ad-mpu" data-ad-unit="side_300x250"></div></aside>\n'
        "</div></main>\n"
        f'<footer class="site-footer"><ul class="footer-links"><li><a href="https://{p.host}/about">{ui["about"]}</a></li>'
        f'<li><a href="https://{p.host}/contact">{ui["contact"]}</a></li><li><a href="https://{p.host}/privacy">{ui["privacy"]}</a></li></ul>'
        f'<p class="copyright">© 2026 {escape(p.site_name)}. {ui["rights"]}</p></footer>\n'
        "</body>\n</html>\n"
    )


def bare(p: Page) -> str:
    return (
        _html_open(p.lang) + "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{escape(p.title)}</title>\n"
        f'<meta property="og:site_name" content="{escape(p.site_name)}">\n'
        + (f'<link rel="canonical" href="{escape(p.url)}">\n' if p.canonical else "")
        + "</head>\n<body>\n"
        f"<h1>{escape(p.title)}</h1>\n"
        f"<p><small>{p.date_text}</small></p>\n"
        f"{p.body}\n"
        f'<hr>\n<p><a href="https://{p.host}/">{escape(p.site_name)}</a></p>\n'
        "</body>\n</html>\n"
    )


def render_page(chrome: str, page: Page, own: bool = False) -> str:
    if chrome == "wordpress":
        return wordpress(page)
    if chrome == "blogger":
        return blogger(page)
    if chrome == "portal":
        return portal(page, own)
    if chrome == "bare":
        return bare(page)
    raise ValueError(f"unknown chrome {chrome!r}")
