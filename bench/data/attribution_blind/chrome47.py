# ruff: noqa: E501, RUF001
"""Templates of the forty-seventh blind set: newsletter platforms' web archives and reading surfaces.

Written for this set from the markup such pages carry (not derived from earlier sets' templates):
a Substack-like post page, a Ghost (Casper-like) theme, a beehiiv-like post, a Buttondown-like
archive, a Mailchimp-like campaign archive, LinkedIn-style newsletter articles, a Medium-like
publication, MSN/Yahoo-like partner-content portals and their Japanese, Korean, Vietnamese,
Turkish, Hungarian and Romanian cousins, SmartNews/Flipboard/Apple-News-like story pages,
read-later saves, reader-view exports, sites' own text-only and print editions, and a
translation proxy's view. Each renderer takes a `Page` and returns one HTML document.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape


@dataclass
class Page:
    fam: str
    lang: str
    variant: str
    url: str
    site: str
    name: str
    title: str
    dek: str
    author: str
    bio: str
    date: str  # the visible date in the page's language
    iso: str  # ISO 8601 with the local offset
    clock: str  # local time, 24 h
    minutes: int
    paras: list[str]
    caption: str
    slots: dict[str, list[str]]  # slot -> visible credit or own lines
    source: str
    markup: list[tuple[str, str]]
    rail: list[tuple[str, str]]
    seed: int
    extra: dict[str, str] = field(default_factory=dict)


def e(text: str) -> str:
    return escape(text, quote=False)


def a(text: str) -> str:
    return escape(text, quote=True)


UI: dict[str, dict[str, str]] = {
    "en": {"subscribe": "Subscribe", "signin": "Sign in", "share": "Share", "comments": "Comments", "more": "Keep reading", "read": "min read", "rights": "All rights reserved.", "privacy": "Privacy", "terms": "Terms", "home": "Home", "follow": "Follow", "like": "Like", "search": "Search", "trending": "Trending"},
    "de": {"subscribe": "Abonnieren", "signin": "Anmelden", "share": "Teilen", "comments": "Kommentare", "more": "Weiterlesen", "read": "Min. Lesezeit", "rights": "Alle Rechte vorbehalten.", "privacy": "Datenschutz", "terms": "AGB", "home": "Startseite", "follow": "Folgen", "like": "Gefällt mir", "search": "Suche", "trending": "Meistgelesen"},
    "fr": {"subscribe": "S'abonner", "signin": "Se connecter", "share": "Partager", "comments": "Commentaires", "more": "À lire aussi", "read": "min de lecture", "rights": "Tous droits réservés.", "privacy": "Confidentialité", "terms": "Conditions", "home": "Accueil", "follow": "Suivre", "like": "J'aime", "search": "Rechercher", "trending": "Les plus lus"},
    "it": {"subscribe": "Iscriviti", "signin": "Accedi", "share": "Condividi", "comments": "Commenti", "more": "Continua a leggere", "read": "min di lettura", "rights": "Tutti i diritti riservati.", "privacy": "Privacy", "terms": "Termini", "home": "Home", "follow": "Segui", "like": "Mi piace", "search": "Cerca", "trending": "I più letti"},
    "pl": {"subscribe": "Subskrybuj", "signin": "Zaloguj się", "share": "Udostępnij", "comments": "Komentarze", "more": "Czytaj także", "read": "min czytania", "rights": "Wszelkie prawa zastrzeżone.", "privacy": "Prywatność", "terms": "Regulamin", "home": "Strona główna", "follow": "Obserwuj", "like": "Lubię to", "search": "Szukaj", "trending": "Najczęściej czytane"},
    "cs": {"subscribe": "Odebírat", "signin": "Přihlásit se", "share": "Sdílet", "comments": "Komentáře", "more": "Čtěte také", "read": "min čtení", "rights": "Všechna práva vyhrazena.", "privacy": "Ochrana soukromí", "terms": "Podmínky", "home": "Úvod", "follow": "Sledovat", "like": "To se mi líbí", "search": "Hledat", "trending": "Nejčtenější"},
    "ro": {"subscribe": "Abonează-te", "signin": "Autentificare", "share": "Distribuie", "comments": "Comentarii", "more": "Citește și", "read": "min de citit", "rights": "Toate drepturile rezervate.", "privacy": "Confidențialitate", "terms": "Termeni", "home": "Acasă", "follow": "Urmărește", "like": "Îmi place", "search": "Caută", "trending": "Cele mai citite"},
    "hu": {"subscribe": "Feliratkozás", "signin": "Bejelentkezés", "share": "Megosztás", "comments": "Hozzászólások", "more": "Ezt is ajánljuk", "read": "perc olvasás", "rights": "Minden jog fenntartva.", "privacy": "Adatvédelem", "terms": "Felhasználási feltételek", "home": "Címlap", "follow": "Követés", "like": "Tetszik", "search": "Keresés", "trending": "Legolvasottabb"},
    "tr": {"subscribe": "Abone ol", "signin": "Giriş yap", "share": "Paylaş", "comments": "Yorumlar", "more": "Bunlar da ilginizi çekebilir", "read": "dk okuma", "rights": "Tüm hakları saklıdır.", "privacy": "Gizlilik", "terms": "Kullanım koşulları", "home": "Ana sayfa", "follow": "Takip et", "like": "Beğen", "search": "Ara", "trending": "Çok okunanlar"},
    "ja": {"subscribe": "登録する", "signin": "ログイン", "share": "シェア", "comments": "コメント", "more": "関連記事", "read": "分で読めます", "rights": "無断転載を禁じます。", "privacy": "プライバシーポリシー", "terms": "利用規約", "home": "トップ", "follow": "フォロー", "like": "いいね", "search": "検索", "trending": "アクセスランキング"},
    "ko": {"subscribe": "구독", "signin": "로그인", "share": "공유", "comments": "댓글", "more": "관련 기사", "read": "분 분량", "rights": "무단 전재 및 재배포 금지", "privacy": "개인정보처리방침", "terms": "이용약관", "home": "홈", "follow": "팔로우", "like": "좋아요", "search": "검색", "trending": "많이 본 뉴스"},
    "id": {"subscribe": "Berlangganan", "signin": "Masuk", "share": "Bagikan", "comments": "Komentar", "more": "Baca juga", "read": "menit baca", "rights": "Hak cipta dilindungi.", "privacy": "Kebijakan privasi", "terms": "Ketentuan", "home": "Beranda", "follow": "Ikuti", "like": "Suka", "search": "Cari", "trending": "Terpopuler"},
    "vi": {"subscribe": "Đăng ký", "signin": "Đăng nhập", "share": "Chia sẻ", "comments": "Bình luận", "more": "Tin liên quan", "read": "phút đọc", "rights": "Giữ bản quyền.", "privacy": "Chính sách bảo mật", "terms": "Điều khoản", "home": "Trang chủ", "follow": "Theo dõi", "like": "Thích", "search": "Tìm kiếm", "trending": "Đọc nhiều"},
}


def ui(p: Page, key: str) -> str:
    return UI[p.lang][key]


def head(p: Page, *, kind: str = "Article", publisher: str = "", extra: str = "", css: str = "") -> str:
    """The document head: title, description, Open Graph and Twitter tags, JSON-LD, markup credits."""
    canonical = next((v for k, v in p.markup if k == "canonical"), p.url)
    ld = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "datePublished": p.iso,
        "dateModified": p.iso,
        "inLanguage": p.lang,
        "mainEntityOfPage": p.url,
        "publisher": {"@type": "Organization", "name": publisher or p.name},
    }
    if p.author:
        ld["author"] = {"@type": "Person", "name": p.author}
    return (
        f'<!DOCTYPE html>\n<html lang="{p.lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(p.title)} | {e(p.name)}</title>\n"
        f'<meta name="description" content="{a(p.dek)}">\n'
        f'<link rel="canonical" href="{a(canonical)}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{a(p.title)}">\n'
        f'<meta property="og:description" content="{a(p.dek)}">\n<meta property="og:url" content="{a(p.url)}">\n'
        f'<meta property="og:site_name" content="{a(p.name)}">\n'
        f'<meta name="twitter:card" content="summary_large_image">\n'
        f'<meta property="article:published_time" content="{p.iso}">\n'
        f"{extra}"
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f"<style>{css or 'body{margin:0;font-family:system-ui,sans-serif}'}</style>\n</head>\n"
    )


def lines(p: Page, slot: str, cls: str, tag: str = "p") -> str:
    return "".join(f'<{tag} class="{cls}">{e(t)}</{tag}>\n' for t in p.slots.get(slot, []))


def figure(p: Page, cls: str = "") -> str:
    if not p.caption:
        return ""
    return (
        f'<figure class="{cls}"><img src="https://{p.site}/images/{p.seed % 9000 + 1000}.jpg" alt="" loading="lazy" width="1200" height="800">'
        f"<figcaption>{e(p.caption)}</figcaption></figure>\n"
    )


def story(p: Page, *, pcls: str = "", fig: str = "") -> str:
    """The paragraphs, the figure after the first, credit lines above (top) and below (end, sign)."""
    attr = f' class="{pcls}"' if pcls else ""
    out = [lines(p, "top", "credit-note")]
    for i, para in enumerate(p.paras):
        out.append(f"<p{attr}>{e(para)}</p>\n")
        if i == 0:
            out.append(figure(p, fig))
    out.append(lines(p, "sign", "signoff"))
    out.append(lines(p, "end", "endnote"))
    return "".join(out)


def rail(p: Page, title: str, cls: str = "rail") -> str:
    items = "".join(
        f'<li><a href="https://{p.site}/r/{(p.seed >> (4 * i)) % 99991}"><span class="rail-title">{e(h)}</span> <span class="rail-source">{e(src)}</span></a></li>'
        for i, (h, src) in enumerate(p.rail)
    )
    return f'<aside class="{cls}"><h2>{e(title)}</h2><ul>{items}</ul></aside>\n'


def sub(p: Page, tag: str, cls: str) -> str:
    """A visible subtitle, when the page has one (the meta description is in the head only)."""
    text = p.extra.get("subtitle", "")
    return f'<{tag} class="{cls}">{e(text)}</{tag}>' if text else ""


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split()[:2]) or "•"


# --- a Substack-like post page ---------------------------------------------------------------
def render_substack(p: Page) -> str:
    box = lines(p, "box", "pullquote")
    top = ""
    if p.slots.get("top"):
        top = (
            f'<div class="cross-post-header"><svg class="icon" width="14" height="14" aria-hidden="true"></svg>'
            f'<span class="cross-post-label">{e(p.slots["top"][0])}</span></div>\n'
        )
    cta = (
        f'<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">'
        f'<div class="preamble"><p>{e(p.name)} is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>'
        f'<form class="subscription-widget-subscribe"><input type="email" name="email" placeholder="Type your email…"><button type="submit" class="button primary">{ui(p, "subscribe")}</button></form></div></div>\n'
    )
    p2 = Page(**{**p.__dict__, "slots": {k: v for k, v in p.slots.items() if k != "top"}})
    return head(p, kind="NewsArticle") + (
        f'<body class="substack-body">\n<div id="entry"><div class="main-menu"><div class="topbar-content">'
        f'<a class="navbar-title-link" href="https://{p.site}/">{e(p.name)}</a>'
        f'<div class="navbar-buttons"><button class="button primary subscribe-btn">{ui(p, "subscribe")}</button><a class="button sign-in-link" href="https://{p.site}/account/login">{ui(p, "signin")}</a></div></div></div>\n'
        f'<div class="container"><article class="typography newsletter-post post">\n'
        f'{top}<div class="post-header"><h1 class="post-title published">{e(p.title)}</h1>'
        f'{sub(p, "h3", "subtitle")}'
        f'<div class="post-meta"><div class="profile-hover-card-target"><span class="pencraft avatar">{e(initials(p.author))}</span>'
        f'<a class="pencraft author-name" href="https://{p.site}/profile">{e(p.author)}</a></div>'
        f'<div class="pencraft post-date" title="{p.iso}">{e(p.date)}</div></div>'
        f'<div class="post-ufi"><button class="like-button">♡ 48</button><button class="comment-button">💬 {p.seed % 17}</button><button class="restack-button">⟲</button><button class="share-button">{ui(p, "share")}</button></div></div>\n'
        f'<div class="available-content"><div class="body markup" dir="auto">\n{story(p2, fig="captioned-image-container")}{box}</div></div>\n'
        f"{cta}"
        f'<div class="post-footer"><button class="like-button">♡ 48</button><button class="share-button">{ui(p, "share")}</button></div>\n'
        f'<div class="about-author"><h4>{e(p.author)}</h4><p>{e(p.bio)}</p></div>\n'
        f'<div class="comments-section"><h3>Discussion about this post</h3><div class="comments-tabs"><span>{ui(p, "comments")}</span><span>Restacks</span></div></div>\n'
        f"</article>\n"
        f'{rail(p, "Recommendations", "publication-recommendations")}'
        f'<div class="footer-wrap"><div class="footer"><div class="footer-copyright">© 2027 {e(p.author)}</div>'
        f'<div class="footer-links"><a href="https://quillstack.com/privacy">{ui(p, "privacy")}</a> ∙ <a href="https://quillstack.com/tos">{ui(p, "terms")}</a> ∙ <a href="https://quillstack.com/ccpa">Collection notice</a></div>'
        f'<a class="footer-cta" href="https://quillstack.com/signup">Start writing</a><a href="https://quillstack.com/app">Get the app</a>'
        f'<p class="footer-slogan">Quillstack is the home for independent writing</p></div></div></div></div>\n</body>\n</html>\n'
    )


# --- a Ghost site (Casper-like theme) --------------------------------------------------------
def render_ghost(p: Page) -> str:
    callouts = "".join(
        f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📰</div><div class="kg-callout-text">{e(t)}</div></div>\n'
        for t in p.slots.get("box", [])
        if p.extra.get("box") != "republish"
    )
    republish = ""
    if p.extra.get("box") == "republish":
        republish = (
            '<details class="kg-card kg-toggle-card"><summary class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Republish this article</h4></summary>'
            '<div class="kg-toggle-content"><p>You may republish this story for free, in print or online, under our Creative Commons license. Please credit the author and include the line below.</p>'
            + "".join(f"<blockquote>{e(t)}</blockquote>" for t in p.slots["box"])
            + "</div></details>\n"
        )
    tag = {"de": "Lausitz", "cs": "Region", "hu": "Város", "tr": "Şehir"}.get(p.lang, "Local")
    return head(p, kind="Article", extra=f'<meta name="generator" content="Ghost 5.96">\n<link rel="alternate" type="application/rss+xml" title="{a(p.name)}" href="https://{p.site}/rss/">\n') + (
        f'<body class="post-template tag-local has-sans-title has-sans-body">\n<div class="viewport">\n'
        f'<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://{p.site}/">{e(p.name)}</a></div>'
        f'<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://{p.site}/">{ui(p, "home")}</a></li><li><a href="https://{p.site}/about/">About</a></li><li><a href="https://{p.site}/tag/local/">{tag}</a></li></ul></nav>'
        f'<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">{ui(p, "signin")}</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">{ui(p, "subscribe")}</a></div></div></header>\n'
        f'<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-local">\n'
        f'<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="https://{p.site}/tag/local/">{tag}</a></span></div>'
        f'<h1 class="article-title">{e(p.title)}</h1>{sub(p, "p", "article-excerpt")}'
        f'<div class="article-byline"><div class="article-byline-content"><ul class="author-list"><li class="author-list-item"><span class="author-avatar author-profile-image">{e(initials(p.author or p.name))}</span></li></ul>'
        f'<div class="article-byline-meta"><h4 class="author-name"><a href="https://{p.site}/author/staff/">{e(p.author or p.name)}</a></h4>'
        f'<div class="byline-meta-content"><time class="byline-meta-date" datetime="{p.iso[:10]}">{e(p.date)}</time><span class="byline-reading-time"><span class="bull">•</span> {p.minutes} {ui(p, "read")}</span></div></div></div></div></header>\n'
        f'<section class="gh-content gh-canvas">\n{callouts}{story(p, fig="kg-card kg-image-card kg-card-hascaption")}{republish}</section>\n'
        f"</article></main>\n"
        f'<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for {e(p.name)}</h2>'
        f'<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>{ui(p, "subscribe")}</span></a></div></section>\n'
        f'{rail(p, ui(p, "more"), "read-more-wrap outer")}'
        f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://{p.site}/">{e(p.name)}</a> © 2027</section>'
        f'<nav class="site-footer-nav"><ul class="nav"><li><a href="https://{p.site}/privacy/">{ui(p, "privacy")}</a></li><li><a href="https://{p.site}/contact/">Contact</a></li></ul></nav>'
        f'<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>\n'
        f'</div></div>\n<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.45/umd/portal.min.js" data-ghost="https://{p.site}/" crossorigin="anonymous"></script>\n</body>\n</html>\n'
    )


# --- a beehiiv-like post ---------------------------------------------------------------------
def render_hive(p: Page) -> str:
    sponsor = {"en": "Together with", "id": "Didukung oleh", "tr": "Sponsor:"}.get(p.lang, "Together with")
    sponsor_name = {"en": "Fieldnote Coffee", "id": "Kopi Lereng", "tr": "Ege Kuruyemiş"}.get(p.lang, "Fieldnote Coffee")
    return head(p, kind="NewsArticle", extra='<meta name="generator" content="hivepost">\n') + (
        f'<body class="bg-wt-background">\n<div id="__next"><div class="flex min-h-screen flex-col">\n'
        f'<nav class="sticky top-0 z-20 border-b bg-wt-header"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">'
        f'<a href="https://{p.site}/" class="flex items-center gap-2"><span class="h-8 w-8 rounded-full bg-wt-primary">{e(initials(p.name))}</span><span class="font-semibold">{e(p.name)}</span></a>'
        f'<div class="flex gap-2"><a href="https://{p.site}/login" class="btn-secondary">{ui(p, "signin")}</a><a href="https://{p.site}/subscribe" class="btn-primary">{ui(p, "subscribe")}</a></div></div></nav>\n'
        f'<main class="mx-auto w-full max-w-2xl px-4 py-8"><div class="space-y-2"><h1 class="text-4xl font-bold">{e(p.title)}</h1>{sub(p, "h2", "text-xl text-wt-text-secondary")}'
        f'<div class="flex items-center gap-2 text-sm"><span class="font-medium">{e(p.author or p.name)}</span><span>·</span><time datetime="{p.iso}">{e(p.date)}</time></div></div>\n'
        f'<div class="my-6 rounded-lg border p-4 text-sm"><p class="font-semibold">{e(sponsor)} {e(sponsor_name)}</p><p>{e(sponsor_name)} — 10% off your first order with code HIVE10.</p></div>\n'
        f'<div id="content-blocks" class="dream-post-content-doc">\n{story(p)}</div>\n'
        f'<div class="my-8 rounded-lg bg-wt-primary/10 p-6"><p class="font-semibold">{e(p.name)}</p><form action="https://{p.site}/create" method="post"><input type="email" placeholder="Enter your email"><button>{ui(p, "subscribe")}</button></form></div>\n'
        f'<div class="flex gap-3 text-sm"><a href="https://x.com/intent/tweet?url={a(p.url)}">X</a><a href="https://www.facebook.com/sharer/sharer.php?u={a(p.url)}">Facebook</a><a href="https://www.linkedin.com/shareArticle?url={a(p.url)}">LinkedIn</a></div>\n'
        f'{rail(p, ui(p, "more"), "mt-10 keep-reading")}</main>\n'
        f'<footer class="border-t py-8 text-center text-sm"><p>© 2027 {e(p.name)}.</p><p><a href="https://{p.site}/privacy">{ui(p, "privacy")}</a> · <a href="https://{p.site}/tos">{ui(p, "terms")}</a></p>'
        f'<p><a href="https://www.hivepost.com/?utm_source=footer">Powered by hivepost</a></p></footer>\n</div></div>\n</body>\n</html>\n'
    )


# --- a Buttondown-like archive page ----------------------------------------------------------
def render_bdown(p: Page) -> str:
    return head(p, kind="BlogPosting", css="body{max-width:40em;margin:2em auto;font-family:Georgia,serif}") + (
        f'<body>\n<header class="newsletter-header"><a href="https://{p.site}/"><h1 class="newsletter-name">{e(p.name)}</h1></a>'
        f'<p class="newsletter-description">{e(p.bio or "A letter now and then.")}</p>'
        f'<form class="embeddable-papermail-form" action="https://papermail.email/api/emails/embed-subscribe/{a(p.site.split(".")[0])}" method="post"><input type="email" name="email" placeholder="you@example.com"><input type="submit" value="{ui(p, "subscribe")}"></form>'
        f'<nav><a href="https://{p.site}/archive/">Archive</a> · <a href="https://{p.site}/rss">RSS</a></nav></header>\n'
        f'<main class="email-body"><div class="email-detail"><h2 class="subject">{e(p.title)}</h2><div class="email-detail__meta"><time datetime="{p.iso}">{e(p.date)}</time></div>\n'
        f'<div class="email-body-content">\n{story(p)}<p>— {e(p.author)}</p></div></div></main>\n'
        f'{rail(p, "Elsewhere this week", "links")}'
        f'<footer class="email-footer"><p>Don\'t miss what\'s next. Subscribe to {e(p.name)}.</p>'
        f'<p><a href="https://papermail.email/refer/{a(p.site.split(".")[0])}">Powered by Papermail</a></p></footer>\n</body>\n</html>\n'
    )


# --- a Mailchimp-like campaign archive -------------------------------------------------------
MC = {
    "en": ("View this email in your browser", "Copyright © 2027 {org}, All rights reserved.", "You are receiving this email because you opted in via our website.", "Our mailing address is:", "Want to change how you receive these emails?", "You can update your preferences or unsubscribe from this list.", "Past Issues", "Translate"),
    "de": ("E-Mail im Browser ansehen", "Copyright © 2027 {org}, Alle Rechte vorbehalten.", "Sie erhalten diese E-Mail, weil Sie sich auf unserer Website angemeldet haben.", "Unsere Postanschrift:", "Möchten Sie ändern, wie Sie diese E-Mails erhalten?", "Sie können Ihre Einstellungen ändern oder sich von dieser Liste abmelden.", "Frühere Ausgaben", "Übersetzen"),
    "pl": ("Zobacz tę wiadomość w przeglądarce", "Copyright © 2027 {org}, Wszelkie prawa zastrzeżone.", "Otrzymujesz tę wiadomość, ponieważ zapisałeś się na naszej stronie.", "Nasz adres pocztowy:", "Chcesz zmienić sposób otrzymywania wiadomości?", "Możesz zaktualizować preferencje lub wypisać się z listy.", "Poprzednie wydania", "Przetłumacz"),
    "ro": ("Vezi acest e-mail în browser", "Copyright © 2027 {org}, Toate drepturile rezervate.", "Primești acest e-mail pentru că te-ai abonat pe site-ul nostru.", "Adresa noastră poștală:", "Vrei să schimbi modul în care primești aceste e-mailuri?", "Îți poți actualiza preferințele sau te poți dezabona de la această listă.", "Numere anterioare", "Traducere"),
    "cs": ("Zobrazit e-mail v prohlížeči", "Copyright © 2027 {org}, Všechna práva vyhrazena.", "Tento e-mail dostáváte, protože jste se přihlásili na našem webu.", "Naše poštovní adresa:", "Chcete změnit, jak tyto e-maily dostáváte?", "Můžete upravit nastavení nebo se z tohoto seznamu odhlásit.", "Předchozí čísla", "Přeložit"),
}
ADDRESS = {
    "en": "PO Box {n}, {town}", "de": "Postfach {n}, {town}", "pl": "skr. poczt. {n}, {town}", "ro": "C.P. {n}, {town}", "cs": "P. O. Box {n}, {town}",
}
TOWN = {"en_kingston": "Wolfe Island, ON K0H 2Y0, Canada", "en_burlington": "Burlington, VT 05401, USA", "en_keene": "Keene, NH 03431, USA",
        "en_lismore": "Lismore NSW 2480, Australia", "de_cottbus": "03042 Cottbus, Deutschland", "pl_gniezno": "62-200 Gniezno, Polska",
        "pl_legnica": "59-220 Legnica, Polska", "ro_brasov": "500030 Brașov, România", "ro_oradea": "410001 Oradea, România",
        "cs_liberec": "460 01 Liberec, Česko", "cs_kromeriz": "767 01 Kroměříž, Česko"}


def render_mchimp(p: Page) -> str:
    view, copy, why, addr_label, change, prefs, past, translate = MC[p.lang]
    address = ADDRESS[p.lang].format(n=p.seed % 900 + 100, town=TOWN[p.extra["story"]])
    text = story(p, pcls="mcnTextContent-p")
    return head(p, kind="Article", css="body{margin:0;background:#FAFAFA}#awesomebar{background:#241C15;color:#fff}") + (
        f'<body>\n<div id="awesomewrap"><div id="awesomebar"><ul class="campaign-links"><li><a href="https://{p.site}/subscribe?u={p.extra["u"]}">{ui(p, "subscribe")}</a></li>'
        f'<li><a href="https://{p.site}/home/?u={p.extra["u"]}">{past}</a></li><li><a href="#translate">{translate}</a></li><li><a href="https://{p.site}/feed?u={p.extra["u"]}">RSS</a></li></ul></div></div>\n'
        f'<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">\n'
        f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">\n'
        f'<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="text-align:right"><a href="{a(p.url)}" target="_blank">{view}</a></td></tr></table></td></tr>\n'
        f'<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tr><td class="mcnImageContent" style="text-align:center"><h1 class="null">{e(p.name)}</h1><p>{e(p.date)}</p></td></tr></table></td></tr>\n'
        f'<tr><td valign="top" id="templateBody"><table class="mcnTextBlock" width="100%"><tr><td valign="top" class="mcnTextBlockInner"><table align="left" class="mcnTextContentContainer" width="100%"><tr><td valign="top" class="mcnTextContent" style="padding:0 18px 9px">\n'
        f"<h2>{e(p.title)}</h2>\n{text}</td></tr></table></td></tr></table>\n"
        f'<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent"><h3>{e(ui(p, "more"))}</h3><ul>'
        + "".join(f"<li>{e(h)} ({e(s)})</li>" for h, s in p.rail)
        + "</ul></td></tr></table></td></tr>\n"
        f'<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock" width="100%"><tr><td align="center"><a href="https://www.facebook.com/">Facebook</a> <a href="https://{p.site}/">Website</a></td></tr></table>'
        f'<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="text-align:center"><em>{e(copy.format(org=p.name))}</em><br>{e(why)}<br><br>'
        f"<strong>{e(addr_label)}</strong><br>{e(p.name)}<br>{e(address)}<br><br>"
        f'{e(change)}<br><a href="https://{p.site}/profile?u={p.extra["u"]}">{e(prefs)}</a><br><br>'
        f'<a href="https://www.maildrum.com/?utm_source=campaign_footer" title="Maildrum"><img src="https://cdn-images.maildrum.com/badge.png" alt="Email Marketing Powered by Maildrum" width="139" height="54"></a></td></tr></table></td></tr>\n'
        f"</table></td></tr></table></center>\n</body>\n</html>\n"
    )


# --- LinkedIn-style newsletter article -------------------------------------------------------
LI = {
    "en": ("Published", "Newsletter", "subscribers", "Sign in to view more content", "Others also viewed", "Explore topics", "Report this article", "Agree & Join Linkfield"),
    "fr": ("Publié le", "Newsletter", "abonnés", "Connectez-vous pour afficher plus de contenu", "Autres consultations", "Explorer des sujets", "Signaler cet article", "Accepter et s'inscrire sur Linkfield"),
    "it": ("Pubblicato il", "Newsletter", "iscritti", "Accedi per visualizzare altri contenuti", "Altri hanno visualizzato anche", "Esplora argomenti", "Segnala questo articolo", "Accetta e iscriviti a Linkfield"),
    "pl": ("Opublikowano", "Newsletter", "subskrybentów", "Zaloguj się, aby zobaczyć więcej treści", "Inni oglądali również", "Przeglądaj tematy", "Zgłoś ten artykuł", "Zaakceptuj i dołącz do Linkfield"),
    "tr": ("Yayınlanma tarihi", "Bülten", "abone", "Daha fazla içerik görüntülemek için oturum açın", "Diğer kullanıcıların görüntüledikleri", "Konuları keşfedin", "Bu makaleyi şikayet et", "Kabul et ve Linkfield'a katıl"),
    "ro": ("Publicat pe", "Buletin informativ", "abonați", "Conectați-vă pentru a vedea mai mult conținut", "Alții au mai văzut", "Explorați subiecte", "Raportați acest articol", "Acceptați și alăturați-vă Linkfield"),
}


def render_linked(p: Page) -> str:
    published, newsletter, subs, signin_more, others, explore, report, join = LI[p.lang]
    return head(p, kind="Article", publisher="Linkfield") + (
        f'<body class="render-mode-BIGPIPE">\n<header class="header main-header"><nav class="nav"><a class="nav__logo-link" href="https://{p.site}/">Linkfield</a>'
        f'<a class="nav__button-secondary" href="https://{p.site}/login">{ui(p, "signin")}</a><a class="nav__button-primary" href="https://{p.site}/signup">{e(join)}</a></nav></header>\n'
        f'<main class="main"><section class="core-rail"><article class="article-main">\n'
        f'<div class="newsletter-card"><span class="newsletter-card__label">{e(newsletter)}</span> <span class="newsletter-card__subs">{p.seed % 9000 + 600} {e(subs)}</span> <button class="newsletter-card__subscribe">{ui(p, "subscribe")}</button></div>\n'
        f'<h1 class="pulse-title">{e(p.title)}</h1>\n'
        f'<div class="publisher-author-card"><span class="ghost-person">{e(initials(p.author))}</span><h3 class="base-main-card__title">{e(p.author)}</h3>'
        f'<h4 class="base-main-card__subtitle">{e(p.bio)}</h4><button class="follow-button">+ {ui(p, "follow")}</button></div>\n'
        f'<div class="published-date"><time datetime="{p.iso}">{e(published)} {e(p.date)}</time></div>\n'
        f'<div class="article-main__content" data-test-id="article-content-blocks">\n{story(p)}</div>\n'
        f'<div class="social-actions"><button>{ui(p, "like")}</button><button>{ui(p, "comments")}</button><button>{ui(p, "share")}</button><span class="social-counts">{p.seed % 90 + 12}</span></div>\n'
        f'<a class="report-link" href="https://{p.site}/report">{e(report)}</a>\n'
        f'<div class="signin-modal"><p>{e(signin_more)}</p></div>\n</article></section>\n'
        f'<section class="right-rail">{rail(p, others, "aside-section-container")}'
        f'<div class="explore-topics"><h2>{e(explore)}</h2><ul><li>Sales</li><li>Marketing</li><li>IT Services</li><li>Engineering</li></ul></div></section></main>\n'
        f'<footer class="li-footer"><ul><li>Linkfield © 2027</li><li><a href="https://{p.site}/about">About</a></li><li><a href="https://{p.site}/accessibility">Accessibility</a></li>'
        f'<li><a href="https://{p.site}/legal/user-agreement">User Agreement</a></li><li><a href="https://{p.site}/legal/privacy-policy">Privacy Policy</a></li>'
        f'<li><a href="https://{p.site}/legal/cookie-policy">Cookie Policy</a></li><li><a href="https://{p.site}/legal/copyright-policy">Copyright Policy</a></li></ul></footer>\n</body>\n</html>\n'
    )


# --- a Medium-like publication ---------------------------------------------------------------
def render_medium(p: Page) -> str:
    member = '<div class="member-star">★ Member-only story</div>\n' if p.seed % 3 == 0 else ""
    return head(p, kind="NewsArticle", publisher=p.name, extra='<meta name="generator" content="Storyfold">\n<meta property="al:android:app_name" content="Storyfold">\n') + (
        f'<body>\n<div id="root"><div class="a b c"><div class="metabar"><a href="https://storyfold.com/app">Open in app</a>'
        f'<a href="https://storyfold.com/" aria-label="Homepage">Storyfold</a><div class="search"><input placeholder="{ui(p, "search")}"></div>'
        f'<a href="https://storyfold.com/new-story">Write</a><a href="https://storyfold.com/signup">Sign up</a><a href="https://storyfold.com/signin">{ui(p, "signin")}</a></div>\n'
        f'<article><div class="pw-post-body"><section>{member}'
        f'<h1 data-testid="storyTitle" class="pw-post-title">{e(p.title)}</h1>{sub(p, "h2", "pw-subtitle-paragraph")}\n'
        f'<div class="pw-author"><span class="avatar">{e(initials(p.author))}</span><a data-testid="authorName" href="https://{p.site}/@author">{e(p.author)}</a> · <button>{ui(p, "follow")}</button></div>\n'
        f'<div class="pw-publication">Published in <a href="https://{p.site}/">{e(p.name)}</a></div>\n'
        f'<div class="pw-meta"><span data-testid="storyReadTime">{p.minutes} {ui(p, "read")}</span> · <span data-testid="storyPublishDate">{e(p.date)}</span></div>\n'
        f'<div class="pw-multi-vote-count">{p.seed % 400 + 20}</div><button aria-label="Listen">Listen</button><button aria-label="Share">{ui(p, "share")}</button>\n'
        f'<div class="pw-post-body-content">\n{story(p, pcls="pw-post-body-paragraph", fig="paragraph-image")}</div></section></div></article>\n'
        f'<div class="tags"><a href="https://storyfold.com/tag/local-news">Local News</a><a href="https://storyfold.com/tag/cities">Cities</a></div>\n'
        f'<div class="written-by"><h2>Written by {e(p.author)}</h2><p>{p.seed % 800 + 40} Followers · Writer for {e(p.name)}</p></div>\n'
        f'{rail(p, f"More from {p.name}", "more-from")}'
        f'<footer class="site-footer"><a href="https://help.storyfold.com/">Help</a><a href="https://status.storyfold.com/">Status</a><a href="https://storyfold.com/about">About</a>'
        f'<a href="https://storyfold.com/jobs">Careers</a><a href="https://press.storyfold.com/">Press</a><a href="https://blog.storyfold.com/">Blog</a>'
        f'<a href="https://policy.storyfold.com/privacy">{ui(p, "privacy")}</a><a href="https://policy.storyfold.com/terms">{ui(p, "terms")}</a><a href="https://speechify.com/storyfold">Text to speech</a></footer>\n</div></div>\n</body>\n</html>\n'
    )


# --- partner-content portals -----------------------------------------------------------------
def provider_logo(p: Page) -> str:
    return f'<img class="provider-logo" src="https://img.{p.site.split(".", 1)[1]}/logos/{p.seed % 7000}.png" alt="{a(p.source)}" width="24" height="24">'


def render_portal(p: Page) -> str:
    v = p.variant
    bar = p.slots.get("bar", [])
    bar_html = "".join(f'<span class="provider-name">{e(t)}</span>' for t in bar) or f'<span class="provider-name-plain">{e(p.source)}</span>'
    if v == "msn":
        top = (
            f'<div class="article-attribution">{provider_logo(p)}{bar_html}'
            f'<span class="byline">Story by {e(p.author)}</span> • <time datetime="{p.iso}">{e(p.date)}</time> • <span>{p.minutes} {ui(p, "read")}</span></div>\n'
        ) if p.lang == "en" else (
            f'<div class="article-attribution">{provider_logo(p)}{bar_html}'
            f'<span class="byline">Artikel von {e(p.author)}</span> • <time datetime="{p.iso}">{e(p.date)}</time></div>\n'
        )
        brand = p.name
        nav = ["News", "Weather", "Sport", "Money", "Lifestyle"] if p.lang == "en" else ["Nachrichten", "Wetter", "Sport", "Finanzen", "Leben"]
        foot = f"© 2027 {p.name}"
    elif v == "yahoo":
        top = (
            f'<div class="caas-attr"><div class="caas-logo">{provider_logo(p)}{bar_html}</div>'
            f'<div class="caas-attr-meta"><span class="caas-author-byline-collapse">{e(p.author)}</span> <time class="caas-attr-meta-time" datetime="{p.iso}">{e(p.date)}</time> · {p.minutes} {ui(p, "read")}</div></div>\n'
        )
        brand = p.name
        nav = ["News", "Finance", "Sports", "Weather", "Entertainment"]
        foot = f"© 2027 {p.name}. All rights reserved."
    elif v == "yjp":
        top = (
            f'<div class="article-header-source">{bar_html}</div>'
            f'<p class="article-header-date"><time datetime="{p.iso}">3/10(水) {p.clock}</time>配信</p>\n'
        )
        brand = p.name
        nav = ["トップ", "速報", "ライブ", "エキスパート", "オリジナル", "国内", "地域"]
        foot = "© 2027 Yodel Japan"
    elif v == "naver":
        top = (
            f'<div class="media_end_head_top">{provider_logo(p)}<span class="media_end_head_top_logo_text">{e(p.source)}</span></div>'
            f'<div class="media_end_head_info_datestamp"><span>입력</span> <span class="_ARTICLE_DATE_TIME" data-date-time="{p.iso}">{e(p.date)}. {p.clock}</span> <a class="media_end_head_origin_link" href="https://{p.site}/origin/{p.seed % 99999}">기사원문</a></div>\n'
        )
        brand = p.name
        nav = ["뉴스홈", "정치", "경제", "사회", "생활/문화", "IT/과학", "세계", "랭킹"]
        foot = f"Copyright © {p.name} Corp. All Rights Reserved."
    elif v == "baomoi":
        top = (
            f'<div class="bm-source">{provider_logo(p)}{bar_html} <time datetime="{p.iso}">{p.clock} {e(p.date)}</time></div>\n'
        )
        brand = p.name
        nav = ["Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Giao thông", "Du lịch"]
        foot = f"© 2027 {p.name}. Thông tin được tổng hợp tự động từ các trang báo."
    else:  # trportal, huportal, roportal
        nav = {"tr": ["Gündem", "Ekonomi", "Spor", "Yaşam", "Yerel"], "hu": ["Belföld", "Külföld", "Gazdaság", "Sport", "Régió"], "ro": ["Actualitate", "Local", "Economie", "Sport", "Vreme"]}[p.lang]
        top = f'<div class="news-meta"><time datetime="{p.iso}">{e(p.date)} {p.clock}</time></div>\n'
        brand = p.name
        foot = f"© 2027 {p.name}. {ui(p, 'rights')}"
    nav_html = "".join(f'<li><a href="https://{p.site}/{i}">{e(n)}</a></li>' for i, n in enumerate(nav))
    return head(p, kind="NewsArticle", publisher=p.name) + (
        f'<body class="portal portal-{v}">\n<header class="portal-header"><a class="portal-brand" href="https://{p.site}/">{e(brand)}</a>'
        f'<form class="portal-search"><input type="search" placeholder="{ui(p, "search")}"></form><a class="portal-signin" href="https://{p.site}/login">{ui(p, "signin")}</a></header>\n'
        f'<nav class="portal-nav"><ul>{nav_html}</ul></nav>\n'
        f'<main class="portal-main"><article class="article-body"><h1 class="article-title">{e(p.title)}</h1>\n{top}'
        f'<div class="article-content">\n{story(p, fig="article-image")}</div>\n'
        f'<div class="share-bar"><button>{ui(p, "share")}</button><button>{ui(p, "comments")}</button></div></article>\n'
        f'<div class="ad-slot" data-ad="native-1">Ad</div>\n'
        f'{rail(p, ranking(p), "rail-trending")}</main>\n'
        f'<footer class="portal-footer"><a href="https://{p.site}/privacy">{ui(p, "privacy")}</a> <a href="https://{p.site}/terms">{ui(p, "terms")}</a> <span>{e(foot)}</span></footer>\n</body>\n</html>\n'
    )


def ranking(p: Page) -> str:
    """The ranking rail's title; the Japanese portal dates it in full ("2027年3月10日 16時更新")."""
    if p.variant == "yjp":
        return f"{ui(p, 'trending')}（{p.date} {int(p.clock[:2]) + 1}時更新）"
    return ui(p, "trending")


# --- aggregator apps' web story pages --------------------------------------------------------
def render_newsapp(p: Page) -> str:
    v = p.variant
    bar = p.slots.get("bar", [])
    bar_html = "".join(f'<span class="channel-name">{e(t)}</span>' for t in bar) or f'<span class="channel-name-plain">{e(p.source)}</span>'
    if v == "smart":
        header = (
            f'<div class="smartview-header"><span class="smartview-label">Smart View</span><div class="channel">{provider_logo(p)}{bar_html}</div>'
            f'<time datetime="{p.iso}">{e(p.date)} {p.clock}</time></div>\n'
        )
        if p.author:
            header += f'<p class="smartview-byline">{e(p.author)}</p>\n'
        promo = f'<div class="app-promo"><p>BrightNews — {e({"ja": "無料でニュースを読もう", "id": "Baca berita gratis", "en": "Free local and world news"}.get(p.lang, "Free local and world news"))}</p><a href="https://{p.site}/download">App Store</a> <a href="https://{p.site}/download?os=android">Google Play</a></div>\n'
        original = f'<a class="view-original" href="https://{p.site}/redirect/{p.seed % 999999}">{e({"ja": "元の記事を見る", "id": "Lihat artikel asli", "en": "View original article"}.get(p.lang, "View original article"))}</a>\n' if p.source != p.name and "BrightNews" not in p.source else ""
        brand = "BrightNews"
    elif v == "flip":
        header = (
            f'<div class="flip-attribution"><span class="flipped-by">{e({"it": "Sfogliato da", "fr": "Ajouté par"}.get(p.lang, "Flipped by"))} {e(p.author)}</span> '
            f'<span class="into">{e({"it": "nella rivista", "fr": "dans le magazine"}.get(p.lang, "into"))} <a href="https://{p.site}/@{a(p.author.split()[0].lower())}/local">{e({"it": "Città e territorio", "fr": "Villes et régions"}.get(p.lang, "Local Desk"))}</a></span>'
            f'<div class="source-card">{provider_logo(p)}{bar_html} · <time datetime="{p.iso}">{e(p.date)}</time></div></div>\n'
        )
        promo = f'<div class="flip-actions"><button>{ui(p, "like")}</button><button>{ui(p, "comments")}</button><button>Flip</button><button>{ui(p, "share")}</button></div>\n'
        original = f'<a class="view-original" href="https://{p.site}/out/{p.seed % 999999}">{e({"it": "Leggi su", "fr": "Lire sur"}.get(p.lang, "Read on"))} {e(p.source)}</a>\n'
        brand = "Flipdeck"
    else:  # stand
        header = (
            f'<div class="stand-publisher">{provider_logo(p)}{bar_html}</div><time datetime="{p.iso}">{e(p.date)}</time>\n'
        )
        promo = '<div class="stand-open"><a href="newsstand://open">Open in Newsstand</a><p>Read more stories in the Newsstand app.</p></div>\n'
        original = ""
        brand = "Newsstand"
    return head(p, kind="NewsArticle", publisher=p.source if p.source else p.name) + (
        f'<body class="newsapp newsapp-{v}">\n<header class="app-header"><a class="app-brand" href="https://{p.site}/">{brand}</a>'
        f'<nav><a href="https://{p.site}/top">{ui(p, "home")}</a> <a href="https://{p.site}/local">Local</a></nav></header>\n'
        f'<main><article class="reader"><h1>{e(p.title)}</h1>\n{header}<div class="reader-body">\n{story(p)}</div>\n{original}</article>\n'
        f"{promo}{rail(p, ui(p, 'more'), 'related-stories')}</main>\n"
        f'<footer class="app-footer"><a href="https://{p.site}/privacy">{ui(p, "privacy")}</a> <a href="https://{p.site}/terms">{ui(p, "terms")}</a> <span>© 2027 {brand}</span></footer>\n</body>\n</html>\n'
    )


# --- reading surfaces: saved, shared, reader view, own text-only and print editions ----------
RL = {
    "en": ("View Original", "Archive", "Tags", "Highlights", "Text-only edition", "Go to the full site", "Print"),
    "pl": ("Zobacz oryginał", "Archiwum", "Tagi", "Zakreślenia", "Wersja tekstowa", "Przejdź do pełnej wersji", "Drukuj"),
    "cs": ("Zobrazit originál", "Archiv", "Štítky", "Zvýraznění", "Textová verze", "Přejít na plnou verzi webu", "Tisk"),
    "hu": ("Eredeti megtekintése", "Archívum", "Címkék", "Kiemelések", "Szöveges változat", "Ugrás a teljes oldalra", "Nyomtatás"),
    "ro": ("Vezi originalul", "Arhivă", "Etichete", "Evidențieri", "Versiune text", "Mergi la site-ul complet", "Tipărește"),
    "it": ("Vedi originale", "Archivio", "Tag", "Evidenziazioni", "Versione solo testo", "Vai al sito completo", "Stampa"),
    "ko": ("원문 보기", "보관함", "태그", "하이라이트", "텍스트 버전", "전체 사이트로 이동", "인쇄하기"),
    "ja": ("元の記事を見る", "アーカイブ", "タグ", "ハイライト", "テキスト版", "通常版へ", "印刷する"),
    "vi": ("Xem bài gốc", "Lưu trữ", "Thẻ", "Đánh dấu", "Bản chỉ chữ", "Về trang đầy đủ", "In bài viết"),
}


def render_readlater(p: Page) -> str:
    view, archive, tags, highlights, textonly, fullsite, printlabel = RL[p.lang]
    v = p.variant
    bar = p.slots.get("bar", [])
    if v == "saved":
        return head(p, kind="Article", publisher="Keepread") + (
            f'<body class="keepread reader-page">\n<header class="kr-top"><a class="kr-logo" href="https://{p.site}/home">Keepread</a>'
            f'<nav><a href="https://{p.site}/saves">My List</a> <a href="https://{p.site}/archive">{archive}</a> <a href="https://{p.site}/highlights">{highlights}</a></nav></header>\n'
            f'<main class="kr-reader"><header class="kr-article-header"><h1 class="kr-title">{e(p.title)}</h1>'
            + "".join(f'<p class="kr-source">{e(t)}</p>' for t in bar)
            + f'<p class="kr-meta"><span class="kr-author">{e(p.author)}</span> · <time datetime="{p.iso}">{e(p.date)}</time> · {p.minutes} {ui(p, "read")}</p>'
            f'<a class="kr-view-original" href="https://{p.source}/">{view}</a></header>\n'
            f'<article class="kr-content">\n{story(p)}</article>\n'
            f'<footer class="kr-tags"><span>{tags}:</span> <a href="https://{p.site}/tags/local">local</a> <a href="https://{p.site}/tags/weekend">weekend</a></footer>\n'
            f'{rail(p, "Recommended by Keepread", "kr-recs")}</main>\n<footer class="kr-footer">© 2027 Keepread</footer>\n</body>\n</html>\n'
        )
    if v == "shared":
        return head(p, kind="Article", publisher="quietshelf") + (
            f'<body class="entry share">\n<header class="shared-header"><span class="shared-by">quietshelf</span></header>\n'
            f'<main id="article"><header class="entry-header"><h1>{e(p.title)}</h1>'
            + "".join(f'<p class="entry-original"><a href="https://{p.source}/" class="original">{e(t)}</a></p>' for t in bar)
            + f'<p class="entry-meta"><time datetime="{p.iso}">{e(p.date)}</time> · {p.minutes} {ui(p, "read")}</p></header>\n'
            f'<article class="entry-content">\n{story(p)}</article></main>\n'
            f'{rail(p, ui(p, "more"), "shared-more")}'
            f'<footer class="shared-footer"><p>Shared with quietshelf, a self-hosted read-it-later app.</p></footer>\n</body>\n</html>\n'
        )
    if v == "reader":
        return head(p, kind="Article", publisher=p.name) + (
            f'<body class="light sans-serif loaded" style="--font-size:20px">\n<div class="top-anchor"></div>\n'
            f'<p class="saved-note">{e(p.name)} · saved reader view</p>\n'
            f'<div class="container" style="--line-height:1.6em"><div class="header reader-header reader-show-element">'
            + "".join(f'<a class="domain reader-domain" href="https://{t}/">{e(t)}</a>' for t in bar)
            + f'<h1 class="reader-title">{e(p.title)}</h1><div class="credits reader-credits">{e(p.author)}</div>'
            f'<div class="meta-data"><div class="reader-estimated-time">{p.minutes}–{p.minutes + 1} minutes</div></div></div><hr>\n'
            f'<div class="content"><div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page">\n{story(p)}</div></div></div></div>\n'
            f'{rail(p, "Also saved this week", "saved-list")}'
            f'<footer class="saved-footer">Saved {e(p.date)}</footer>\n</body>\n</html>\n'
        )
    if v == "print":
        labels = {"ko": ("기자", "입력"), "ja": ("記者", "掲載"), "vi": ("Phóng viên", "Đăng lúc")}[p.lang]
        return head(p, kind="NewsArticle", css="body{font-family:serif;max-width:680px;margin:0 auto}@media print{.print-actions{display:none}}") + (
            f'<body class="print-page" onload="">\n<div class="print-actions"><button onclick="window.print()">{printlabel}</button> <button onclick="window.close()">✕</button></div>\n'
            f'<div class="print-head"><strong class="print-logo">{e(p.name)}</strong> <span class="print-url">{e(p.url)}</span></div>\n'
            f'<div class="article-head"><h1 class="heading">{e(p.title)}</h1><div class="info-group"><span>{e(p.author)} {labels[0]}</span> <span>{labels[1]} {e(p.date)} {p.clock}</span></div></div>\n'
            f'<div id="article-view-content-div" class="article-body">\n{story(p, fig="photo-layout")}</div>\n'
            f'{rail(p, ui(p, "more"), "print-related")}'
            f'<div class="print-copyright">Copyright © {e(p.name)}. {ui(p, "rights")}</div>\n</body>\n</html>\n'
        )
    # lite: a site's own text-only edition
    caption = f'<p class="img-note">[{e(p.caption)}]</p>\n' if p.caption else ""
    q = Page(**{**p.__dict__, "caption": ""})
    body = story(q)
    if caption:
        first_end = body.index("</p>\n", body.index("<p>")) + 5
        body = body[:first_end] + caption + body[first_end:]
    return head(p, kind="NewsArticle", css="body{font-family:monospace;max-width:60ch;margin:1em auto}") + (
        f'<body class="lite">\n<header><p><a href="https://{p.site}/"><b>{e(p.name)}</b></a> | {e(textonly)}</p><p><a href="https://{p.site.split(".", 1)[1]}/">{e(fullsite)} →</a></p></header>\n<hr>\n'
        f'<main><h1>{e(p.title)}</h1><p class="byline">{e(p.author)} · {e(p.date)}</p>\n{body}</main>\n<hr>\n'
        f'<nav><h2>{e(ui(p, "more"))}</h2><ul>' + "".join(f"<li>{e(h)} — {e(s)}</li>" for h, s in p.rail) + "</ul></nav>\n"
        f'<footer><p>© 2027 {e(p.name)} · <a href="https://{p.site}/privacy">{ui(p, "privacy")}</a></p></footer>\n</body>\n</html>\n'
    )


# --- a translation proxy's view --------------------------------------------------------------
def render_xlate(p: Page) -> str:
    bar = "".join(f'<a class="tr-original" href="https://{p.source}/">{e(t)}</a>' for t in p.slots.get("bar", []))
    src_lang = p.variant
    return head(p, kind="NewsArticle", publisher=p.source, extra=f'<meta name="translay:source-language" content="{a(src_lang)}">\n') + (
        f'<body class="translated-ltr">\n<div id="tr-nvframe" class="translay-toolbar" role="banner"><span class="tr-brand">Translay</span>'
        f'<span class="tr-langs">Translated from: {e(src_lang)} → English</span>{bar}'
        f'<button class="tr-show-original">Show original</button><button class="tr-options">Options ▾</button></div>\n'
        f'<div id="tr-page"><header class="site-header"><a class="logo" href="https://{p.site}/">{e(p.extra["masthead"])}</a>'
        f'<nav><a href="https://{p.site}/news">News</a> <a href="https://{p.site}/society">Society</a> <a href="https://{p.site}/economy">Economy</a> <a href="https://{p.site}/travel">Travel</a></nav></header>\n'
        f'<main><article class="detail"><h1 class="detail-title">{e(p.title)}</h1><div class="detail-time">{e(p.date)} {p.clock}</div>\n'
        f'<div class="detail-content">\n{story(p)}</div>\n<div class="detail-author">{e(p.author)}</div></article>\n'
        f'{rail(p, "Related news", "related")}</main>\n'
        f'<footer class="site-footer">© {e(p.extra["masthead"])} · Reproduction without permission is prohibited</footer></div>\n</body>\n</html>\n'
    )


RENDER: dict[str, Callable[[Page], str]] = {
    "substack": render_substack,
    "ghost": render_ghost,
    "hive": render_hive,
    "bdown": render_bdown,
    "mchimp": render_mchimp,
    "linked": render_linked,
    "medium": render_medium,
    "portal": render_portal,
    "newsapp": render_newsapp,
    "readlater": render_readlater,
    "xlate": render_xlate,
}
