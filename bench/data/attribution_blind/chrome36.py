# ruff: noqa: E501, RUF001  (data, prose and markup: one item a line, typographic quotes and dashes as the languages write them)
"""Page templates of the thirty-sixth blind set, written for it from the markup hyperlocal,
nonprofit, student and diaspora newsrooms and news sites' video and audio pages emit.

New: no earlier template, model or renderer was read or imported. Stdlib only. Families:
`patch` (a Patch-like hyperlocal page), `newspack` (a nonprofit newsroom on Newspack/WordPress
with the "Republish this story" box and an INN or LION footer), `sno` (a student newspaper on an
SNO-like theme), `diaspora` (a diaspora or ethnic-media portal), `blox` (a community paper on a
TownNews-like CMS), `watch` (a YouTube-like watch page of a news clip), `podcast` (an episode page
with show notes and transcript), `tvclip` (a TV station's clip page), `radio` (a radio station's
news page with an audio player) and `liveblog` (a live blog embedded from a hosted platform).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape

RTL = {"ar", "ur"}

UI: dict[str, dict[str, str]] = {
    "en": dict(home="Home", news="News", share="Share", listen="Listen", views="views",
               transcript="Transcript", related="Related", comments="Comments", published="Published",
               donate="Donate", newsletter="Sign up for our newsletter", live="LIVE", search="Search",
               rights="All rights reserved."),
    "es": dict(home="Inicio", news="Noticias", share="Compartir", listen="Escuchar", views="visualizaciones",
               transcript="Transcripción", related="Relacionadas", comments="Comentarios", published="Publicado",
               donate="Dona", newsletter="Suscríbete a nuestro boletín", live="EN VIVO", search="Buscar",
               rights="Todos los derechos reservados."),
    "pt": dict(home="Início", news="Notícias", share="Compartilhar", listen="Ouvir", views="visualizações",
               transcript="Transcrição", related="Relacionadas", comments="Comentários", published="Publicado em",
               donate="Apoie", newsletter="Assine nossa newsletter", live="AO VIVO", search="Buscar",
               rights="Todos os direitos reservados."),
    "ar": dict(home="الرئيسية", news="أخبار", share="شارك", listen="استمع", views="مشاهدة",
               transcript="النص الكامل", related="مواضيع ذات صلة", comments="التعليقات", published="نشر في",
               donate="ادعمنا", newsletter="اشترك في النشرة البريدية", live="مباشر", search="بحث",
               rights="جميع الحقوق محفوظة."),
    "fr": dict(home="Accueil", news="Actualités", share="Partager", listen="Écouter", views="vues",
               transcript="Transcription", related="À lire aussi", comments="Commentaires", published="Publié le",
               donate="Faire un don", newsletter="Inscrivez-vous à la newsletter", live="EN DIRECT",
               search="Rechercher", rights="Tous droits réservés."),
    "hi": dict(home="होम", news="समाचार", share="शेयर करें", listen="सुनें", views="बार देखा गया",
               transcript="पूरा पाठ", related="संबंधित खबरें", comments="टिप्पणियां", published="प्रकाशित",
               donate="सहयोग करें", newsletter="न्यूज़लेटर के लिए साइन अप करें", live="लाइव", search="खोजें",
               rights="सर्वाधिकार सुरक्षित।"),
    "ur": dict(home="صفحہ اول", news="خبریں", share="شیئر کریں", listen="سنیں", views="بار دیکھا گیا",
               transcript="مکمل متن", related="متعلقہ خبریں", comments="تبصرے", published="شائع",
               donate="تعاون کریں", newsletter="نیوز لیٹر کے لیے سائن اپ کریں", live="براہ راست", search="تلاش",
               rights="جملہ حقوق محفوظ ہیں۔"),
    "bn": dict(home="প্রচ্ছদ", news="খবর", share="শেয়ার করুন", listen="শুনুন", views="বার দেখা হয়েছে",
               transcript="পূর্ণ পাঠ", related="আরও পড়ুন", comments="মন্তব্য", published="প্রকাশিত",
               donate="সহায়তা করুন", newsletter="নিউজলেটারে সাইন আপ করুন", live="সরাসরি", search="খুঁজুন",
               rights="সর্বস্বত্ব সংরক্ষিত।"),
    "sw": dict(home="Mwanzo", news="Habari", share="Shiriki", listen="Sikiliza", views="mara zilizotazamwa",
               transcript="Maandishi kamili", related="Habari zinazohusiana", comments="Maoni", published="Imechapishwa",
               donate="Changia", newsletter="Jiandikishe kupokea habari", live="MUBASHARA", search="Tafuta",
               rights="Haki zote zimehifadhiwa."),
    "ha": dict(home="Gida", news="Labarai", share="Raba", listen="Saurara", views="kallo",
               transcript="Cikakken rubutu", related="Labarai masu alaka", comments="Sharhi", published="An wallafa",
               donate="Tallafa", newsletter="Yi rajista don samun labarai", live="KAI TSAYE", search="Nema",
               rights="Dukkan hakkoki na mallaka ne."),
    "am": dict(home="መነሻ", news="ዜና", share="ያጋሩ", listen="ያዳምጡ", views="ዕይታ",
               transcript="ሙሉ ጽሑፍ", related="ተዛማጅ ዜናዎች", comments="አስተያየቶች", published="የታተመው",
               donate="ይደግፉን", newsletter="ለጋዜጣችን ይመዝገቡ", live="ቀጥታ", search="ፈልግ",
               rights="መብቱ በሕግ የተጠበቀ ነው።"),
    "ta": dict(home="முகப்பு", news="செய்திகள்", share="பகிர்", listen="கேளுங்கள்", views="பார்வைகள்",
               transcript="முழு உரை", related="தொடர்புடைய செய்திகள்", comments="கருத்துகள்", published="வெளியிடப்பட்டது",
               donate="ஆதரவு தாருங்கள்", newsletter="செய்தி மடலுக்குப் பதிவு செய்யுங்கள்", live="நேரலை", search="தேடு",
               rights="அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை."),
    "ne": dict(home="गृहपृष्ठ", news="समाचार", share="सेयर गर्नुहोस्", listen="सुन्नुहोस्", views="पटक हेरिएको",
               transcript="पूर्ण पाठ", related="सम्बन्धित समाचार", comments="प्रतिक्रिया", published="प्रकाशित",
               donate="सहयोग गर्नुहोस्", newsletter="न्युजलेटरका लागि दर्ता गर्नुहोस्", live="प्रत्यक्ष", search="खोज्नुहोस्",
               rights="सर्वाधिकार सुरक्षित।"),
}


@dataclass
class Page:
    family: str
    variant: int
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    date: str  # as the page shows it
    iso: str
    author: str
    section: str
    paras: list[str]
    top: str = ""  # a credit line above the text
    end: str = ""  # a credit line under the text
    media: str = ""  # a credit line under the player or in the description
    caption: str = ""  # a photo caption with its credit
    place: str = ""  # the town or area the site covers
    embed: str = ""  # an embedded player's address (the figure then holds an iframe)
    related: list[str] = field(default_factory=list)


def e(s: str) -> str:
    return escape(s, quote=True)


def _ps(paras: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{e(p)}</p>" for p in paras)


def _head(p: Page, extra_css: str, generator: str = "") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": p.iso,
        "author": {"@type": "Person", "name": p.author},
        "publisher": {"@type": "Organization", "name": p.site_name},
        "mainEntityOfPage": p.url,
    }
    gen = f'<meta name="generator" content="{e(generator)}">\n' if generator else ""
    return (
        f'<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(p.title)} | {e(p.site_name)}</title>\n{gen}"
        f'<link rel="canonical" href="{e(p.url)}">\n'
        f'<meta property="og:title" content="{e(p.title)}">\n<meta property="og:url" content="{e(p.url)}">\n'
        f'<meta property="og:site_name" content="{e(p.site_name)}">\n'
        f'<meta property="article:published_time" content="{p.iso}">\n'
        f'<link rel="stylesheet" href="https://{p.host}/assets/{extra_css}.css?v=3.2.1">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f"<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-{abs(hash_id(p.host)) % 10**8:08d}\"></script>\n"
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        "gtag('js',new Date());</script>\n</head>"
    )


def hash_id(s: str) -> int:
    n = 0
    for ch in s:
        n = (n * 131 + ord(ch)) % 1_000_000_007
    return n


def _html(p: Page, head: str, body: str, body_cls: str) -> str:
    d = ' dir="rtl"' if p.lang in RTL else ""
    return f'<!DOCTYPE html>\n<html lang="{p.lang}"{d}>\n{head}\n<body class="{body_cls}">\n{body}\n</body>\n</html>\n'


def _figure(p: Page, cls: str = "wp-block-image") -> str:
    if not p.caption:
        return ""
    if p.embed:
        return (
            f'<figure class="{cls} is-type-video"><div class="embed-wrapper"><iframe src="{e(p.embed)}" width="560" height="315" '
            f'frameborder="0" allowfullscreen loading="lazy"></iframe></div><figcaption>{e(p.caption)}</figcaption></figure>'
        )
    return (
        f'<figure class="{cls}"><img src="https://{p.host}/uploads/2027/02/img{hash_id(p.url) % 9000 + 1000}.jpg" '
        f'alt="" loading="lazy" width="1200" height="800"><figcaption>{e(p.caption)}</figcaption></figure>'
    )


def _related(p: Page, cls: str, label: str) -> str:
    if not p.related:
        return ""
    items = "\n".join(f'<li><a href="https://{p.host}/{i + 1}">{e(t)}</a></li>' for i, t in enumerate(p.related))
    return f'<aside class="{cls}"><h2>{e(label)}</h2><ul>\n{items}\n</ul></aside>'


# --- patch: a hyperlocal network's town page -------------------------------------------------


def _t(p: Page, en: str, key: str) -> str:
    """An English label on English pages, the language's label from `UI` on the others."""
    return en if p.lang == "en" else UI[p.lang][key]


def patch(p: Page) -> str:
    town = p.place
    top = f'<p class="styles_Credit__top"><em>{e(p.top)}</em></p>' if p.top else ""
    end = f'<p class="styles_Credit__end"><em>{e(p.end)}</em></p>' if p.end else ""
    body = f"""<div id="__next">
<header class="styles_Header__wrap"><a class="styles_Logo" href="https://{p.host}/">{e(p.site_name)}</a>
<nav class="styles_TownNav"><a href="/{e(town.lower().replace(' ', '-'))}">{e(town)}</a> <button>{e(_t(p, "Subscribe", "newsletter"))}</button></nav></header>
<div class="styles_Breadcrumb"><a href="/">{e(town)}</a> / <span>{e(p.section)}</span></div>
<main><article class="styles_Article">
<h1 class="styles_Article__headline">{e(p.title)}</h1>
<p class="styles_Article__deck">{e(p.paras[0][:120].rsplit(' ', 1)[0])}…</p>
<div class="styles_Byline"><a href="/users/{e(p.author.lower().replace(' ', '-'))}"><img src="https://{p.host}/avatars/a.png" alt=""></a>
<span>{"By " if p.lang == "en" else ""}<a href="/users/x">{e(p.author)}</a>{e(", " + p.site_name + " Staff" if p.lang == "en" else "")}</span>
<div class="styles_Byline__date"><time datetime="{p.iso}">{e(_t(p, "Posted", "published"))} {e(p.date)}</time></div></div>
<div class="styles_Actions"><button>{e(_t(p, "Reply", "comments"))}</button> <button>{e(UI[p.lang]["share"])}</button></div>
{_figure(p, "styles_Figure")}
<section class="styles_Article__body">
{top}
{_ps(p.paras)}
{end}
</section>
<div class="styles_Signup"><p>{e("Get more local news delivered straight to your inbox. Sign up for free " + p.site_name + " newsletters and alerts." if p.lang == "en" else UI[p.lang]["newsletter"])}</p><form><input type="email" placeholder="Email"><button>OK</button></form></div>
</article>
{_related(p, "styles_MoreFrom", _t(p, "More from " + town, "related"))}
{'<section class="styles_Neighbor"><h2>Neighbor Posts</h2><p>Got something to share? <a href="/compose">Post on ' + e(town) + '</a></p></section>' if p.lang == "en" else ""}
</main>
<footer class="styles_Footer"><a href="/about">{e(p.site_name)}</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · © 2027</footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"articleId":{hash_id(p.url) % 10**8}}}}},"page":"/[patch]/[article]"}}</script>"""
    return _html(p, _head(p, "patch"), body, "patch-article")


# --- newspack: a nonprofit newsroom ----------------------------------------------------------


def newspack(p: Page) -> str:
    ui = UI[p.lang]
    top = f'<p class="has-small-font-size republished-note"><em>{e(p.top)}</em></p>' if p.top else ""
    end = f'<p class="has-small-font-size republished-note"><em>{e(p.end)}</em></p>' if p.end else ""
    member = {
        0: f"{p.site_name} is a proud member of the Institute for Nonprofit News.",
        1: f"{p.site_name} is a member of LION Publishers and the Institute for Nonprofit News.",
        2: f"{p.site_name} is a nonprofit, nonpartisan newsroom. Donations are tax-deductible to the extent allowed by law.",
    }[p.variant % 3]
    republish = ""
    if p.media:  # on an original: the republish box (its text names the page's own site)
        republish = f"""<div class="republication-tracker-tool-button"><button class="wp-block-button__link">Republish this story</button></div>
<div id="republication-tracker-tool-modal" class="modal" style="display:none" aria-hidden="true">
<div class="modal-content"><h2>Republish this article</h2>
<p>{e(p.media)}</p>
<p>You must credit us and link back to the original. You can't edit our material, except to reflect relative changes in time, location and editorial style.</p>
<label for="rt-share">Copy and paste the code below</label>
<textarea id="rt-share" readonly>&lt;h1&gt;{e(e(p.title))}&lt;/h1&gt; &lt;p class="byline"&gt;by {e(e(p.author))}, {e(e(p.site_name))}&lt;br /&gt;{e(e(p.date))}&lt;/p&gt; … &lt;img id="republication-tracker-tool-source" src="https://{p.host}/?republication-pixel=true&amp;amp;post={hash_id(p.url) % 99999}" style="width:1px;height:1px;"&gt;</textarea>
</div></div>"""
    body = f"""<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="newspack-ui-banner"><a href="/donate">{e(ui["donate"])}</a></div>
<header id="masthead" class="site-header hide-header-search"><div class="site-branding"><a href="https://{p.host}/" rel="home" class="custom-logo-link"><img src="https://{p.host}/wp-content/uploads/logo.svg" alt="{e(p.site_name)}"></a></div>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/category/{e(p.section.lower())}">{e(p.section)}</a></li><li><a href="/about">About</a></li><li><a href="/newsletters">Newsletters</a></li></ul></nav></header>
<main id="main" class="site-main"><article class="post type-post status-publish format-standard has-post-thumbnail entry">
<header class="entry-header"><span class="cat-links"><a href="/category/{e(p.section.lower())}">{e(p.section)}</a></span>
<h1 class="entry-title">{e(p.title)}</h1>
<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-prefix">by</span> <span class="author vcard"><a class="url fn n" href="/author/x">{e(p.author)}</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="{p.iso}">{e(p.date)}</time></span></div>
<div class="tags-links"></div></div></header>
{_figure(p)}
<div class="entry-content">
{top}
{_ps(p.paras)}
{end}
{republish}
<div class="wp-block-newspack-blocks-donate"><p>{e(ui["donate"])}: Our journalism is free to read and free to republish. It is funded by readers like you.</p><a href="/donate" class="wp-block-button__link">{e(ui["donate"])}</a></div>
</div>
<footer class="entry-footer"><span class="tags-links"><a href="/tag/{e(p.place.lower().replace(' ', '-'))}" rel="tag">{e(p.place)}</a></span></footer>
</article>
{_related(p, "jp-relatedposts", ui["related"])}
</main>
<footer id="colophon" class="site-footer"><div class="site-info"><p>{e(member)}</p>
<p><a href="/privacy-policy">Privacy Policy</a> · <a href="/ethics">Ethics policy</a> · <a href="/republish">Republish our work</a></p>
<span class="copyright">© 2027 {e(p.site_name)}</span> <a class="imprint" href="https://newspack.com/">Proudly powered by Newspack by Automattic</a></div></footer>
<script src="https://{p.host}/wp-content/plugins/newspack-plugin/dist/reader-activation.js?ver=5.4.1" defer></script>
<img src="https://{p.host}/wp-content/plugins/republication-tracker-tool/pixel.php" alt="" width="1" height="1" style="position:absolute">"""
    return _html(p, _head(p, "newspack-theme", "WordPress 6.7.1"), body,
                 "wp-singular post-template-default single single-post newspack-front-page h-nsub h-sub single-featured-image-default")


# --- sno: a student newspaper ----------------------------------------------------------------


def sno(p: Page) -> str:
    top = f'<p class="sno-credit-top"><em>{e(p.top)}</em></p>' if p.top else ""
    end = f'<p class="sno-credit-end"><em>{e(p.end)}</em></p>' if p.end else ""
    role = ("Staff Writer", "News Editor", "Contributor", "Managing Editor")[p.variant % 4]
    body = f"""<div id="sno-header"><div class="sno-header-wrap"><a href="https://{p.host}/"><img class="sno-banner" src="https://{p.host}/wp-content/uploads/banner.png" alt="{e(p.site_name)}"></a>
<div class="sno-header-meta">{e(("The Student News Site of " if p.lang == "en" else "") + p.place)}</div></div>
<nav id="sno-main-nav"><ul class="sno-menu"><li><a href="/category/news/">News</a></li><li><a href="/category/opinion/">Opinion</a></li><li><a href="/category/arts/">Arts &amp; Culture</a></li><li><a href="/category/sports/">Sports</a></li><li><a href="/about/">About</a></li></ul></nav></div>
<div id="sno-content" class="sno-fullwidth"><div id="sno-story-container">
<div class="sno-story-category"><a href="/category/news/">{e(p.section)}</a></div>
<h1 class="sno-story-headline">{e(p.title)}</h1>
<div class="sno-story-byline"><span class="byline-name"><a href="/staff_name/x/">{e(p.author)}</a></span>, <span class="jobtitle">{role}</span></div>
<div class="sno-story-date"><span class="time-wrapper">{e(p.date)}</span></div>
{_figure(p, "photowrap")}
<div id="sno-story-body-content" class="sno-story-body">
{top}
{_ps(p.paras)}
{end}
</div>
<div class="sno-donate-box"><h3>{e(UI[p.lang]["donate"])}: {e(p.site_name)}</h3>{'<p>Your donation will support the student journalists of ' + e(p.place) + '. Your contribution will allow us to purchase equipment and cover our annual website hosting costs.</p>' if p.lang == "en" else ""}<a class="donate-button" href="/donate/">{e(UI[p.lang]["donate"])}</a></div>
<div class="sno-story-tags"><span class="tags-label">Tags:</span> <a href="/tag/{e(p.place.lower().replace(' ', '-'))}/" rel="tag">{e(p.place)}</a></div>
<div id="comments" class="comments-area"><h3 class="comment-reply-title">{e(_t(p, "Leave a Comment", "comments"))}</h3><form><textarea name="comment"></textarea><button>Submit</button></form></div>
</div>
<div id="sno-sidebar">{_related(p, "widget sno-recent", _t(p, "More in " + p.section, "related"))}</div></div>
<div id="sno-footer"><p>© 2027 • Privacy Policy • FLEX Pro WordPress Theme by <a href="https://snosites.com/">SNO</a> • <a href="/wp-login.php">Log in</a></p></div>"""
    return _html(p, _head(p, "sno-flex-pro", "WordPress 6.6.2"), body, "single single-post sno-flex")


# --- diaspora: an ethnic-media or diaspora portal --------------------------------------------


def diaspora(p: Page) -> str:
    ui = UI[p.lang]
    top = f'<p class="source-note">{e(p.top)}</p>' if p.top else ""
    end = f'<p class="source-note source-note--end">{e(p.end)}</p>' if p.end else ""
    switch = ' · '.join(('English', 'Español', 'العربية', 'Français', 'हिन्दी')[: 2 + p.variant % 3])
    body = f"""<div class="topbar"><span class="topbar-date">{e(p.date)}</span> <span class="lang-switch">{e(switch)}</span> <a href="/e-paper">E-Paper</a> <a href="/advertise">Advertise</a></div>
<header class="masthead"><a class="logo" href="https://{p.host}/">{e(p.site_name)}</a><p class="tagline">{e(p.place)}</p></header>
<nav class="primary"><a href="/">{e(ui["home"])}</a> <a href="/community">{e(p.section)}</a> <a href="/news">{e(ui["news"])}</a> <form class="search"><input name="q" placeholder="{e(ui["search"])}"></form></nav>
<div class="ad ad-leaderboard" data-slot="top-728x90"><ins class="adsbygoogle" data-ad-client="ca-pub-{hash_id(p.host) % 10**10:010d}"></ins></div>
<div class="wrap"><main class="content"><article class="post-single">
<ol class="breadcrumbs"><li><a href="/">{e(ui["home"])}</a></li><li><a href="/community">{e(p.section)}</a></li></ol>
<h1 class="post-title">{e(p.title)}</h1>
<div class="post-meta"><span class="post-author">{e(p.author)}</span> <span class="post-date">{e(ui["published"])} {e(p.date)}</span> <span class="post-views">{hash_id(p.url) % 5000 + 120} {e(ui["views"])}</span></div>
<div class="share-row"><a class="share-fb">Facebook</a> <a class="share-wa">WhatsApp</a> <a class="share-x">X</a></div>
{_figure(p, "post-thumb")}
<div class="post-content">
{top}
{_ps(p.paras)}
{end}
</div>
<div class="wa-channel"><a href="https://whatsapp.com/channel/0029Va{hash_id(p.title) % 10**8}">WhatsApp</a></div>
</article>
{_related(p, "related-posts", ui["related"])}
<section class="comments"><h3>{e(ui["comments"])} (0)</h3></section></main>
<aside class="sidebar"><div class="widget ad ad-mpu" data-slot="side-300x250"></div><div class="widget newsletter"><h4>{e(ui["newsletter"])}</h4><form><input type="email"></form></div></aside></div>
<footer class="site-footer"><p>© 2027 {e(p.site_name)}. {e(ui["rights"])}</p></footer>"""
    return _html(p, _head(p, "portal"), body, "single-post diaspora")


# --- blox: a community paper on a TownNews-like CMS ------------------------------------------


def blox(p: Page) -> str:
    top = f'<p class="asset-credit-top"><em>{e(p.top)}</em></p>' if p.top else ""
    end = f'<p class="asset-credit-end"><em>{e(p.end)}</em></p>' if p.end else ""
    body = f"""<div id="site-top-nav-container"><a href="/eedition/">e-Edition</a> <a href="/subscribe/">{e(_t(p, "Subscribe", "newsletter"))}</a></div>
<header id="site-header"><a id="site-logo" href="https://{p.host}/">{e(p.site_name)}</a><div class="weather-widget">{e(p.place)}</div></header>
<nav id="main-navigation"><a href="/">{e(UI[p.lang]["home"])}</a> <a href="/news/">{e(UI[p.lang]["news"])}</a> <a href="/news/local/">{e(p.section)}</a></nav>
<div id="main-page-container"><article id="article-body" class="asset story">
<div class="asset-header"><span class="asset-section"><a href="/news/local/">{e(p.section)}</a></span>
<h1 class="headline"><span class="tnt-headline">{e(p.title)}</span></h1>
<ul class="list-inline asset-byline"><li><span class="tnt-byline">{e(p.author)}</span></li><li><time class="tnt-date" datetime="{p.iso}">{e(p.date)}</time></li></ul></div>
<div class="share-container"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a> <a>Print</a></div>
{_figure(p, "photo-container")}
<div class="asset-content subscriber-premium" itemprop="articleBody">
<div class="tncms-inline-ad" data-tncms-ad="in-story"></div>
{top}
{_ps(p.paras)}
{end}
</div>
<div class="asset-tags"><span>Tags</span> <a href="/search/?t=article&amp;k=%22{e(p.place)}%22">{e(p.place)}</a></div>
{'<div class="card support-local"><h4>Support local journalism</h4><p>Your subscription makes our reporting possible.</p><a href="/subscribe/">Subscribe today</a></div>' if p.lang == "en" else ""}
<div class="asset-comments"><button>{e(_t(p, "Load comments", "comments"))}</button></div></article>
{_related(p, "tnt-related", _t(p, "Most Popular", "related"))}</div>
<footer id="site-footer"><p>© Copyright 2027 {e(p.site_name)}. {e(UI[p.lang]["rights"])} <a href="/terms/">Terms</a> | <a href="/privacy/">Privacy</a></p><p class="powered">Powered by BLOX Content Management System from TownNews.com.</p></footer>
<script src="https://bloximages.newyork1.vip.townnews.com/{p.host}/shared-content/art/tncms/templates/libraries/flex/components/bootstrap/js/bootstrap.min.js" defer></script>"""
    return _html(p, _head(p, "blox-flex"), body, "asset-page story-page")


# --- watch: a video page of a news clip ------------------------------------------------------


def watch(p: Page) -> str:
    ui = UI[p.lang]
    vid = f"{hash_id(p.url):011d}"[-11:]
    media = f"<p>{e(p.media)}</p>" if p.media else ""
    end = f"<p>{e(p.end)}</p>" if p.end else ""
    body = f"""<div id="masthead"><a id="logo" href="https://{p.host}/">{e(p.site_name)} Video</a><form id="search-form"><input name="search_query" placeholder="{e(ui["search"])}"></form></div>
<div id="columns"><div id="primary">
<div id="player" class="html5-video-player" data-video-id="{vid}"><video src="https://{p.host}/media/{vid}.mp4" poster="https://{p.host}/vi/{vid}/maxresdefault.jpg" preload="none" controls></video><div class="ytp-time-display"><span class="ytp-time-duration">{2 + p.variant % 7}:{(hash_id(vid) % 50) + 10}</span></div></div>
<div id="title"><h1 class="title">{e(p.title)}</h1></div>
<div id="owner"><a class="channel-name" href="/@{e(p.site_name.replace(' ', ''))}">{e(p.site_name)}</a> <span id="owner-sub-count">{(hash_id(p.host) % 900) + 12}K subscribers</span> <button class="subscribe-button">Subscribe</button></div>
<div id="actions"><button aria-label="like">{hash_id(vid) % 900 + 40}</button> <button>{e(ui["share"])}</button> <button>Save</button></div>
<div id="description" class="ytd-watch-metadata"><div id="info"><span>{hash_id(p.title) % 90000 + 1500} {e(ui["views"])}</span> <span>{e(p.date)}</span></div>
<div id="description-inline-expander">
{media}
<p>{e(p.paras[0])}</p>
{end}
<p>#{e(p.place.replace(' ', '').replace("'", ''))} #{e(ui["news"])}</p>
</div>
<div id="structured-description"><h2>{e(ui["transcript"])}</h2>
<div class="segments">
{_ps(p.paras[1:], "segment-text")}
</div></div></div>
<div id="comments"><p>{e(ui["comments"])}: 0</p></div></div>
<div id="secondary"><div id="related">{_related(p, "compact-video", ui["related"])}</div></div></div>
<script>var ytInitialPlayerResponse = {{"videoDetails":{{"videoId":"{vid}","lengthSeconds":"{200 + p.variant}"}}}};</script>"""
    return _html(p, _head(p, "watch"), body, "watch-page")


# --- podcast: an episode page with show notes and transcript ---------------------------------


def podcast(p: Page) -> str:
    ui = UI[p.lang]
    media = f'<p class="episode-credit">{e(p.media)}</p>' if p.media else ""
    end = f'<p class="episode-credit">{e(p.end)}</p>' if p.end else ""
    ep = hash_id(p.url) % 300 + 20
    body = f"""<header class="show-header"><a href="https://{p.host}/" class="show-title">{e(p.site_name)}</a><nav><a href="/episodes">Episodes</a> <a href="/about">About</a> <a href="/subscribe">Subscribe</a></nav></header>
<main class="episode-page"><div class="episode-hero"><img src="https://{p.host}/artwork/show-3000.jpg" alt="" width="300" height="300">
<div><span class="episode-number">Episode {ep}</span><h1 class="episode-title">{e(p.title)}</h1>
<div class="episode-meta"><time datetime="{p.iso}">{e(p.date)}</time> · <span class="duration">{18 + p.variant % 30} min</span></div></div></div>
<div class="player" data-embed="https://player.{p.host}/e/{ep}"><audio controls preload="none" src="https://media.{p.host}/episodes/{ep}.mp3"></audio><button class="play">{e(ui["listen"])}</button> <span class="speed">1x</span> <a class="download" href="https://media.{p.host}/episodes/{ep}.mp3">Download</a></div>
<div class="subscribe-links"><a>Apple Podcasts</a> <a>Spotify</a> <a>Pocket Casts</a> <a>RSS</a></div>
<section class="show-notes"><h2>Show notes</h2>
<p>{e(p.paras[0])}</p>
{media}
<p>Host: {e(p.author)}</p>
</section>
<section class="transcript"><h2>{e(ui["transcript"])}</h2>
{_ps(p.paras[1:])}
{end}
</section></main>
{_related(p, "more-episodes", "More episodes")}
<footer class="show-footer"><p>© 2027 {e(p.site_name)}</p><p class="hosted">Hosted on Castwell · <a href="/privacy">Privacy</a></p></footer>"""
    return _html(p, _head(p, "episode"), body, "episode")


# --- tvclip: a TV station's clip page --------------------------------------------------------


def tvclip(p: Page) -> str:
    ui = UI[p.lang]
    media = f'<p class="video-source">{e(p.media)}</p>' if p.media else ""
    top = f'<p class="story-credit">{e(p.top)}</p>' if p.top else ""
    end = f'<p class="story-credit story-credit--end">{e(p.end)}</p>' if p.end else ""
    body = f"""<div class="station-bar"><a href="https://{p.host}/" class="station-logo">{e(p.site_name)}</a> <a class="watch-live" href="/live">{e(ui["live"])}</a></div>
<nav class="station-nav"><a href="/news">{e(ui["news"])}</a> <a href="/video">Video</a>{' <a href="/weather">Weather</a> <a href="/contact">Contact</a>' if p.lang == "en" else ""}</nav>
<main><div class="video-hero"><div class="jw-wrapper" id="vjs-{hash_id(p.url) % 10**6}"><video class="video-js" poster="https://{p.host}/img/poster.jpg" data-account="{hash_id(p.host) % 10**13}" controls></video></div>
{media}</div>
<article class="story"><h1 class="headline">{e(p.title)}</h1>
<div class="story-meta"><span class="author">{e(p.author)}</span> <time datetime="{p.iso}">{e(p.date)}</time></div>
<div class="share-bar"><a>{e(ui["share"])}</a></div>
<div class="story-body">
{top}
{_ps(p.paras)}
{end}
</div></article>
{_related(p, "video-playlist", ui["related"])}</main>
<footer class="station-footer"><p>© 2027 {e(p.site_name)}. {e(ui["rights"])}</p>{'<p><a href="/eeo">EEO Report</a> · <a href="/fcc-public-file">FCC Public File</a> · <a href="/closed-captioning">Closed Captioning</a></p>' if p.lang == "en" else ""}</footer>"""
    return _html(p, _head(p, "station"), body, "station article-video")


# --- radio: a radio station's news page with an audio player ---------------------------------


def radio(p: Page) -> str:
    ui = UI[p.lang]
    media = f'<p class="audio-credit">{e(p.media)}</p>' if p.media else ""
    top = f'<p class="radio-credit">{e(p.top)}</p>' if p.top else ""
    end = f'<p class="radio-credit">{e(p.end)}</p>' if p.end else ""
    body = f"""<div class="listen-live-bar"><button class="ll-play">{e(ui["listen"])} {e(ui["live"])}</button> <span class="ll-station">{e(p.site_name)}</span></div>
<header class="station-header"><a href="https://{p.host}/" class="logo">{e(p.site_name)}</a><nav><a href="/news">{e(ui["news"])}</a> <a href="/schedule">Schedule</a> <a href="/podcasts">Podcasts</a> <a href="/donate">{e(ui["donate"])}</a></nav></header>
<main class="node node--type-story"><h1 class="node-title">{e(p.title)}</h1>
<div class="node-meta"><span class="byline">{e(p.author)}</span> · <time datetime="{p.iso}">{e(p.date)}</time></div>
<div class="audio-module"><audio controls preload="none" src="https://{p.host}/audio/{hash_id(p.url) % 10**6}.mp3"></audio><span class="audio-label">{e(ui["listen"])} · {1 + p.variant % 5}:{hash_id(p.title) % 50 + 10}</span>
{media}</div>
{_figure(p, "field-image")}
<div class="field--name-body">
{top}
{_ps(p.paras)}
{end}
</div>
<div class="node-share"><a>{e(ui["share"])}</a></div></main>
{_related(p, "view-more-news", ui["related"])}
<footer class="station-footer"><p>© 2027 {e(p.site_name)}</p></footer>"""
    return _html(p, _head(p, "station-radio", "Drupal 10"), body, "path-node page-node-type-story")


# --- liveblog: a live blog embedded from a hosted platform -----------------------------------


def liveblog(p: Page) -> str:
    ui = UI[p.lang]
    top = f'<p class="lb-intro-credit">{e(p.top)}</p>' if p.top else ""
    end = f'<p class="lb-intro-credit">{e(p.end)}</p>' if p.end else ""
    entries = []
    n = len(p.paras)
    for i, para in enumerate(reversed(p.paras)):
        hh = 9 + (n - i) // 2
        mm = (n - i) * 7 % 60
        entries.append(
            f'<div class="lb-post" data-post-id="{hash_id(para) % 10**7}"><div class="lb-post-meta"><span class="lb-time">{hh:02d}:{mm:02d}</span> '
            f'<span class="lb-author">{e(p.author)}</span></div><div class="lb-post-content"><p>{e(para)}</p></div></div>'
        )
    body = f"""<header class="site-head"><a href="https://{p.host}/">{e(p.site_name)}</a><nav><a href="/">{e(ui["home"])}</a> <a href="/news">{e(ui["news"])}</a></nav></header>
<main><h1 class="live-title"><span class="live-badge">{e(ui["live"])}</span> {e(p.title)}</h1>
<div class="live-meta"><time datetime="{p.iso}">{e(p.date)}</time></div>
{top}
<div id="lb-embed" class="lb-widget" data-event="{hash_id(p.url) % 10**6}"><div class="lb-header"><span class="lb-status">● {e(ui["live"])}</span> <button class="lb-refresh">↻</button></div>
<div class="lb-timeline">
{chr(10).join(entries)}
</div><div class="lb-footer">Powered by Tickerline Live</div></div>
{end}
</main>
<footer class="site-foot"><p>© 2027 {e(p.site_name)}</p></footer>
<script src="https://embed.tickerline.live/v2/embed.js" async></script>"""
    return _html(p, _head(p, "live"), body, "live-page")


FAMILIES = {
    "patch": patch,
    "newspack": newspack,
    "sno": sno,
    "diaspora": diaspora,
    "blox": blox,
    "watch": watch,
    "podcast": podcast,
    "tvclip": tvclip,
    "radio": radio,
    "liveblog": liveblog,
}


def render_page(p: Page) -> str:
    return FAMILIES[p.family](p)
