# ruff: noqa: E501, RUF001
"""Page templates of the thirtieth blind set (cases_2027-01-01.jsonl).

Written new for this set, not derived from the earlier sets' `chrome*.py`: each template is
modelled on the markup a kind of real news site emits, with the noise such pages carry:

- ``next``: a Next.js/React site, the article in nested divs with hashed CSS-module class
  names and the body serialised again in the ``__NEXT_DATA__`` JSON script;
- ``nuxt``: a Vue/Nuxt site (``data-v-`` scoped attributes, ``window.__NUXT__`` state),
  an ``<article>`` whose credits may sit in its ``<footer>``, a lead video's ``<figcaption>``,
  a topics row, a definition list or a sidebar fact box;
- ``amp``: an AMP page (``amp-img``, ``amp-social-share``, ``amp-analytics``, the AMP
  boilerplate), canonical on the site's own HTML twin;
- ``table``: an old table-layout CMS with ``<font>`` tags, paragraphs separated by
  ``<br><br>`` instead of ``<p>``;
- ``eed``: an e-edition's text view of a printed page (page and section labels, ``<br><br>``);
- ``print``: a print view (no navigation, "Printed from" line, the URL at the foot);
- ``transcript``: a podcast or video page with a player and its transcript;
- ``release``: a news site's press-release section republishing distribution copy;
- ``trs``: a Chinese portal built on a TRS-style CMS (``TRS_Editor``, indented paragraphs);
- ``kr``: a Korean news CMS (``#articleBody``, text lines split by ``<br />``).

Stdlib only; every page is a function of its ``Page`` fields, so output is deterministic.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from html import escape
from typing import Any

UI: dict[str, dict[str, str]] = {
    "en": dict(
        home="Home",
        news="News",
        local="Local",
        sport="Sport",
        share="Share",
        related="Related",
        published="Published",
        updated="Updated",
        topics="Topics",
        search="Search",
        menu="Menu",
        rights="All rights reserved.",
        print_="Print",
        more="More stories",
        privacy="Privacy policy",
        contact="Contact us",
        listen="Listen",
        transcript="Transcript",
        press="Press releases",
        by="By",
    ),
    "de": dict(
        home="Startseite",
        news="Nachrichten",
        local="Region",
        sport="Sport",
        share="Teilen",
        related="Das könnte Sie auch interessieren",
        published="Veröffentlicht",
        updated="Aktualisiert",
        topics="Themen",
        search="Suche",
        menu="Menü",
        rights="Alle Rechte vorbehalten.",
        print_="Drucken",
        more="Weitere Artikel",
        privacy="Datenschutz",
        contact="Kontakt",
        listen="Anhören",
        transcript="Transkript",
        press="Pressemitteilungen",
        by="Von",
    ),
    "fr": dict(
        home="Accueil",
        news="Actualités",
        local="Région",
        sport="Sports",
        share="Partager",
        related="À lire aussi",
        published="Publié le",
        updated="Mis à jour",
        topics="Sujets",
        search="Rechercher",
        menu="Menu",
        rights="Tous droits réservés.",
        print_="Imprimer",
        more="Plus d'articles",
        privacy="Confidentialité",
        contact="Contact",
        listen="Écouter",
        transcript="Transcription",
        press="Communiqués",
        by="Par",
    ),
    "it": dict(
        home="Home",
        news="Notizie",
        local="Territorio",
        sport="Sport",
        share="Condividi",
        related="Leggi anche",
        published="Pubblicato il",
        updated="Aggiornato",
        topics="Argomenti",
        search="Cerca",
        menu="Menu",
        rights="Tutti i diritti riservati.",
        print_="Stampa",
        more="Altre notizie",
        privacy="Privacy",
        contact="Contatti",
        listen="Ascolta",
        transcript="Trascrizione",
        press="Comunicati",
        by="di",
    ),
    "nl": dict(
        home="Home",
        news="Nieuws",
        local="Regio",
        sport="Sport",
        share="Delen",
        related="Meer nieuws",
        published="Gepubliceerd",
        updated="Bijgewerkt",
        topics="Onderwerpen",
        search="Zoeken",
        menu="Menu",
        rights="Alle rechten voorbehouden.",
        print_="Afdrukken",
        more="Meer artikelen",
        privacy="Privacy",
        contact="Contact",
        listen="Luister",
        transcript="Transcript",
        press="Persberichten",
        by="Door",
    ),
    "sv": dict(
        home="Start",
        news="Nyheter",
        local="Lokalt",
        sport="Sport",
        share="Dela",
        related="Läs också",
        published="Publicerad",
        updated="Uppdaterad",
        topics="Ämnen",
        search="Sök",
        menu="Meny",
        rights="Alla rättigheter förbehållna.",
        print_="Skriv ut",
        more="Fler nyheter",
        privacy="Integritetspolicy",
        contact="Kontakt",
        listen="Lyssna",
        transcript="Transkribering",
        press="Pressmeddelanden",
        by="Av",
    ),
    "pl": dict(
        home="Strona główna",
        news="Wiadomości",
        local="Region",
        sport="Sport",
        share="Udostępnij",
        related="Czytaj także",
        published="Opublikowano",
        updated="Aktualizacja",
        topics="Tematy",
        search="Szukaj",
        menu="Menu",
        rights="Wszelkie prawa zastrzeżone.",
        print_="Drukuj",
        more="Więcej wiadomości",
        privacy="Polityka prywatności",
        contact="Kontakt",
        listen="Posłuchaj",
        transcript="Transkrypcja",
        press="Komunikaty",
        by="Autor:",
    ),
    "el": dict(
        home="Αρχική",
        news="Ειδήσεις",
        local="Τοπικά",
        sport="Αθλητικά",
        share="Κοινοποίηση",
        related="Διαβάστε επίσης",
        published="Δημοσιεύθηκε",
        updated="Ενημερώθηκε",
        topics="Θέματα",
        search="Αναζήτηση",
        menu="Μενού",
        rights="Με επιφύλαξη παντός δικαιώματος.",
        print_="Εκτύπωση",
        more="Περισσότερα",
        privacy="Απόρρητο",
        contact="Επικοινωνία",
        listen="Ακούστε",
        transcript="Απομαγνητοφώνηση",
        press="Δελτία τύπου",
        by="Του",
    ),
    "ru": dict(
        home="Главная",
        news="Новости",
        local="Регион",
        sport="Спорт",
        share="Поделиться",
        related="Читайте также",
        published="Опубликовано",
        updated="Обновлено",
        topics="Темы",
        search="Поиск",
        menu="Меню",
        rights="Все права защищены.",
        print_="Версия для печати",
        more="Другие новости",
        privacy="Политика конфиденциальности",
        contact="Контакты",
        listen="Слушать",
        transcript="Расшифровка",
        press="Пресс-релизы",
        by="Автор:",
    ),
    "uk": dict(
        home="Головна",
        news="Новини",
        local="Регіон",
        sport="Спорт",
        share="Поділитися",
        related="Читайте також",
        published="Опубліковано",
        updated="Оновлено",
        topics="Теми",
        search="Пошук",
        menu="Меню",
        rights="Усі права захищено.",
        print_="Друкувати",
        more="Інші новини",
        privacy="Політика конфіденційності",
        contact="Контакти",
        listen="Слухати",
        transcript="Розшифровка",
        press="Пресрелізи",
        by="Автор:",
    ),
    "ja": dict(
        home="ホーム",
        news="ニュース",
        local="地域",
        sport="スポーツ",
        share="シェア",
        related="関連記事",
        published="公開",
        updated="更新",
        topics="トピック",
        search="検索",
        menu="メニュー",
        rights="無断転載を禁じます。",
        print_="印刷",
        more="その他のニュース",
        privacy="プライバシーポリシー",
        contact="お問い合わせ",
        listen="音声で聞く",
        transcript="書き起こし",
        press="プレスリリース",
        by="",
    ),
    "zh": dict(
        home="首页",
        news="新闻",
        local="本地",
        sport="体育",
        share="分享",
        related="相关新闻",
        published="发布时间",
        updated="更新",
        topics="标签",
        search="搜索",
        menu="菜单",
        rights="版权所有",
        print_="打印",
        more="更多新闻",
        privacy="隐私政策",
        contact="联系我们",
        listen="收听",
        transcript="文字实录",
        press="新闻稿",
        by="作者：",
    ),
    "ko": dict(
        home="홈",
        news="뉴스",
        local="지역",
        sport="스포츠",
        share="공유",
        related="관련기사",
        published="입력",
        updated="수정",
        topics="태그",
        search="검색",
        menu="메뉴",
        rights="무단전재 및 재배포 금지",
        print_="인쇄",
        more="많이 본 뉴스",
        privacy="개인정보처리방침",
        contact="문의",
        listen="기사 듣기",
        transcript="녹취",
        press="보도자료",
        by="",
    ),
    "ha": dict(
        home="Gida",
        news="Labarai",
        local="Jihohi",
        sport="Wasanni",
        share="Raba",
        related="Labarai masu alaka",
        published="An wallafa",
        updated="An sabunta",
        topics="Batutuwa",
        search="Nema",
        menu="Menu",
        rights="Dukkan hakkoki a kiyaye suke.",
        print_="Buga",
        more="Karin labarai",
        privacy="Tsare sirri",
        contact="Tuntube mu",
        listen="Saurara",
        transcript="Rubutun hira",
        press="Sanarwa",
        by="Daga",
    ),
}


@dataclass
class Page:
    lang: str
    site_name: str
    host: str
    url: str
    title: str
    section: str
    iso: str  # 2027-01-01T09:30:00+00:00
    human: str  # a date as the site prints it
    paras: list[str]  # plain text (escaped here); may hold inline html if ``raw``
    byline: str = ""  # html
    slots: dict[str, Any] = field(default_factory=dict)
    canonical: str = ""
    raw: bool = False  # paragraphs already hold html


def _h(seed: str, n: int = 5) -> str:
    """A CSS-module style hash suffix, stable for a seed."""
    digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    return "".join(alphabet[int(digest[i : i + 2], 16) % 63] for i in range(0, 2 * n, 2))


def _p(text: str, raw: bool) -> str:
    return text if raw else escape(text, quote=False)


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _ui(p: Page) -> dict[str, str]:
    return UI[p.lang]


def _tail(p: Page) -> list[str]:
    return list(p.slots.get("tail", []))


def _mid(p: Page) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for index, html in p.slots.get("mid", []):
        out.setdefault(index, []).append(html)
    return out


def _head(p: Page, extra: str = "", amp: bool = False) -> str:
    canonical = p.canonical or p.url
    meta = p.slots.get("head", "")
    desc = escape(p.paras[0][:150] if not p.raw else p.title)
    return (
        f'<head>\n<meta charset="utf-8">\n<title>{escape(p.title)} | {escape(p.site_name)}</title>\n'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f'<meta name="description" content="{desc}">\n'
        f'<link rel="canonical" href="{escape(canonical)}">\n'
        f'<meta property="og:site_name" content="{escape(p.site_name)}">\n'
        f'<meta property="og:title" content="{escape(p.title)}">\n'
        f'<meta property="og:url" content="{escape(canonical)}">\n'
        f'<meta property="article:published_time" content="{p.iso}">\n'
        f"{meta}{extra}</head>"
    )


# --- slot renderers shared in spirit, written per template below -------------------------


def _figure_media(p: Page, cls: str, amp: bool = False) -> str:
    fig = p.slots.get("fig")
    if not fig:
        return ""
    cap = fig["cap"]
    if fig.get("video"):
        if amp:
            media = (
                f'<amp-video width="640" height="360" layout="responsive" poster="https://{p.host}/media/poster-{_h(p.url, 4)}.jpg">'
                f'<source src="https://{p.host}/media/clip-{_h(p.url, 6)}.mp4" type="video/mp4"></amp-video>'
            )
        else:
            media = (
                f'<video controls preload="none" poster="https://{p.host}/media/poster-{_h(p.url, 4)}.jpg">'
                f'<source src="https://{p.host}/media/clip-{_h(p.url, 6)}.mp4" type="video/mp4"></video>'
            )
    elif amp:
        media = f'<amp-img src="https://{p.host}/img/{_h(p.url, 8)}.jpg" width="1200" height="675" layout="responsive" alt="{escape(fig.get("alt", ""))}"></amp-img>'
    else:
        media = f'<img src="https://{p.host}/img/{_h(p.url, 8)}.jpg" width="1200" height="675" loading="eager" alt="{escape(fig.get("alt", ""))}">'
    return f'<figure class="{cls}">{media}<figcaption>{cap}</figcaption></figure>'


def _related(p: Page, cls: str) -> str:
    items = p.slots.get("related") or [f"{_ui(p)['more']} — {p.section}"]
    lis = "".join(f'<li><a href="https://{p.host}/{_h(s, 6)}">{escape(s)}</a></li>' for s in items)
    return f'<div class="{cls}"><h3>{escape(_ui(p)["related"])}</h3><ul>{lis}</ul></div>'


# --- next -----------------------------------------------------------------------------------


def render_next(p: Page) -> str:
    u = _ui(p)
    k = lambda name: f"{name}__{_h(p.host + name)}"  # noqa: E731
    mid = _mid(p)
    blocks: list[str] = []
    for i, para in enumerate(p.paras):
        blocks.append(
            f'<div class="{k("ArticleBody_paragraph")}"><p class="{k("Text_body")}">{_p(para, p.raw)}</p></div>'
        )
        for extra in mid.get(i, []):
            blocks.append(f'<div class="{k("ArticleBody_inline")}">{extra}</div>')
    for extra in _tail(p):
        blocks.append(
            f'<div class="{k("ArticleBody_paragraph")}"><p class="{k("Text_body")}">{extra}</p></div>'
        )
    credit = ""
    if "credit" in p.slots:
        credit = f'<div class="{k("ArticleCredit_root")}">{p.slots["credit"]}</div>'
    logo = ""
    if "logo" in p.slots:
        label, alt = p.slots["logo"]
        logo = (
            f'<div class="{k("SourceBadge_root")}"><span class="{k("SourceBadge_label")}">{escape(label)}</span>'
            f'<img class="{k("SourceBadge_logo")}" src="https://{p.host}/_next/static/media/partner-{_h(alt, 6)}.svg" alt="{escape(alt)}" width="96" height="24"></div>'
        )
    if "svg" in p.slots:
        label, title = p.slots["svg"]
        logo += (
            f'<div class="{k("SourceBadge_root")}"><span class="{k("SourceBadge_label")}">{escape(label)}</span>'
            f'<svg class="{k("SourceBadge_svg")}" role="img" aria-labelledby="src-{_h(title, 4)}" viewBox="0 0 120 24" width="120" height="24">'
            f'<title id="src-{_h(title, 4)}">{escape(title)}</title><path d="M0 0h120v24H0z" fill="#c00"/></svg></div>'
        )
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": _h(p.url, 10),
                    "headline": p.title,
                    "publishedAt": p.iso,
                    "section": p.section,
                    "body": [{"type": "paragraph", "text": t} for t in p.paras],
                    "source": p.slots.get("data_source"),
                    "byline": p.slots.get("data_byline"),
                },
                "site": {"name": p.site_name, "locale": p.lang},
            },
            "__N_SSP": True,
        },
        "page": "/[section]/[slug]",
        "query": {"section": p.section.lower(), "slug": p.url.rstrip("/").rsplit("/", 1)[-1]},
        "buildId": _h(p.host, 10),
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    byline = f'<div class="{k("Byline_root")}">{p.byline}</div>' if p.byline else ""
    preload = f'<link rel="preload" href="/_next/static/css/{_h(p.host, 8)}.css" as="style">'
    head = _head(p, preload)
    payload = _json(data)
    nav = "".join(
        f'<a class="{k("Nav_link")}" href="https://{p.host}/{escape(x.lower())}">{escape(x)}</a>'
        for x in (u["news"], u["local"], u["sport"])
    )
    fig = _figure_media(p, k("LeadMedia_figure"))
    return (
        f'<!DOCTYPE html><html lang="{p.lang}">{head}'
        f'<body><div id="__next"><div class="{k("Layout_root")}">'
        f'<header class="{k("Header_root")}"><a class="{k("Header_logo")}" href="https://{p.host}/">{escape(p.site_name)}</a>'
        f'<nav class="{k("Nav_root")}">{nav}</nav><button class="{k("Header_menu")}" aria-label="{escape(u["menu"])}"></button></header>'
        f'<main class="{k("ArticlePage_main")}"><div class="{k("ArticleHeader_root")}"><span class="{k("Kicker_root")}">{escape(p.section)}</span>'
        f'<h1 class="{k("Headline_root")}">{escape(p.title)}</h1>{byline}'
        f'<time class="{k("Timestamp_root")}" dateTime="{p.iso}">{escape(p.human)}</time></div>'
        f"{fig}"
        f'<div class="{k("ArticleBody_wrapper")}"><div class="{k("ArticleBody_content")}">{"".join(blocks)}</div>{credit}{logo}</div>'
        f'<div class="{k("ShareBar_root")}"><button>{escape(u["share"])}</button></div>'
        f"{_related(p, k('Related_root'))}</main>"
        f'<footer class="{k("Footer_root")}"><p>© 2027 {escape(p.site_name)}. {escape(u["rights"])}</p><a href="https://{p.host}/privacy">{escape(u["privacy"])}</a></footer>'
        f'</div></div><script id="__NEXT_DATA__" type="application/json">{payload}</script>'
        f'<script src="/_next/static/chunks/main-{_h(p.host, 8)}.js" defer></script></body></html>'
    )


# --- nuxt -----------------------------------------------------------------------------------


def render_nuxt(p: Page) -> str:
    u = _ui(p)
    v = f"data-v-{_h(p.host, 4).lower()}"
    mid = _mid(p)
    body: list[str] = []
    for i, para in enumerate(p.paras):
        body.append(f'<p {v} class="story__text">{_p(para, p.raw)}</p>')
        for extra in mid.get(i, []):
            body.append(f'<div {v} class="story__embed">{extra}</div>')
    for extra in _tail(p):
        body.append(f'<p {v} class="story__text story__text--end">{extra}</p>')
    foot = (
        f'<footer {v} class="story__footer">{p.slots["foot"]}</footer>' if "foot" in p.slots else ""
    )
    topics = ""
    if "topics" in p.slots:
        tags, source = p.slots["topics"]
        links = "".join(
            f'<a {v} class="tag" href="https://{p.host}/tag/{_h(t, 5)}">{escape(t)}</a>'
            for t in tags
        )
        src = (
            f'<span {v} class="story__meta-sep">|</span><span {v} class="story__source">{source}</span>'
            if source
            else ""
        )
        topics = f'<div {v} class="story__meta-row"><span {v} class="story__meta-label">{escape(u["topics"])}:</span> {links}{src}</div>'
    dl = ""
    if "dl" in p.slots:
        items = "".join(f"<dt {v}>{dt}</dt>\n<dd {v}>{dd}</dd>\n" for dt, dd in p.slots["dl"])
        dl = f'<dl {v} class="story__facts">\n{items}</dl>'
    aside = ""
    if "aside" in p.slots:
        head, html = p.slots["aside"]
        aside = f'<aside {v} class="factbox"><h4 {v}>{head}</h4><div {v} class="factbox__body">{html}</div></aside>'
    byline = f'<div {v} class="story__byline">{p.byline}</div>' if p.byline else ""
    state = {
        "data": [
            {
                "story": {
                    "title": p.title,
                    "published": p.iso,
                    "paragraphs": p.paras,
                    "source": p.slots.get("data_source"),
                }
            }
        ],
        "state": {"site": p.site_name, "lang": p.lang},
        "serverRendered": True,
    }
    return (
        f'<!DOCTYPE html><html lang="{p.lang}" data-n-head-ssr>{_head(p)}<body>'
        f'<div id="__nuxt"><div id="__layout"><div {v} class="app">'
        f'<header {v} class="masthead"><a {v} href="https://{p.host}/" class="masthead__brand">{escape(p.site_name)}</a>'
        f'<ul {v} class="masthead__nav"><li><a href="https://{p.host}/news">{escape(u["news"])}</a></li><li><a href="https://{p.host}/local">{escape(u["local"])}</a></li>'
        f'<li><a href="https://{p.host}/search">{escape(u["search"])}</a></li></ul></header>'
        f'<div {v} class="page-grid"><article {v} class="story">'
        f'<header {v} class="story__header"><p {v} class="story__section">{escape(p.section)}</p><h1 {v}>{escape(p.title)}</h1>{byline}'
        f'<p {v} class="story__date">{escape(u["published"])} <time datetime="{p.iso}">{escape(p.human)}</time></p>{dl}</header>'
        f"{_figure_media(p, 'story__lead')}"
        f'<div {v} class="story__body">{"".join(body)}</div>{topics}{foot}</article>'
        f'<div {v} class="sidebar">{aside}{_related(p, "sidebar__list")}</div></div>'
        f'<footer {v} class="site-footer"><p {v}>© {escape(p.site_name)} 2027 · <a href="https://{p.host}/contact">{escape(u["contact"])}</a></p></footer>'
        f"</div></div></div><script>window.__NUXT__={_json(state)}</script>"
        f'<script src="/_nuxt/{_h(p.host, 8)}.js" defer></script></body></html>'
    )


# --- amp ------------------------------------------------------------------------------------

_AMP_BOILER = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}"
    "to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;"
    "animation:none}</style></noscript>"
)


def render_amp(p: Page) -> str:
    u = _ui(p)
    mid = _mid(p)
    body: list[str] = []
    for i, para in enumerate(p.paras):
        body.append(f"<p>{_p(para, p.raw)}</p>")
        for extra in mid.get(i, []):
            body.append(f'<div class="inline-block">{extra}</div>')
    for extra in _tail(p):
        body.append(f"<p>{extra}</p>")
    if "credit" in p.slots:
        body.append(f'<div class="article-source">{p.slots["credit"]}</div>')
    if "logo" in p.slots:
        label, alt = p.slots["logo"]
        body.append(
            f'<div class="partner-logo">{escape(label)} <amp-img src="https://{p.host}/assets/partners/{_h(alt, 6)}.png" width="110" height="28" alt="{escape(alt)}"></amp-img></div>'
        )
    byline = f'<div class="byline">{p.byline}</div>' if p.byline else ""
    share = "".join(
        f'<amp-social-share type="{t}" width="36" height="36"></amp-social-share>'
        for t in ("facebook", "twitter", "whatsapp", "email")
    )
    extra = (
        '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>\n'
        '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>\n'
        f"{_AMP_BOILER}<style amp-custom>body{{font-family:Georgia,serif}}.byline{{color:#555}}</style>"
    )
    canonical = p.canonical or p.url.replace("/amp/", "/")
    p2 = Page(**{**p.__dict__, "canonical": canonical})
    return (
        f'<!doctype html><html ⚡ lang="{p.lang}">{_head(p2, extra)}<body>'
        f'<header class="amp-header"><a href="https://{p.host}/">{escape(p.site_name)}</a>'
        f'<button on="tap:sidebar.toggle" aria-label="{escape(u["menu"])}">☰</button></header>'
        f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="https://{p.host}/">{escape(u["home"])}</a></li>'
        f'<li><a href="https://{p.host}/news/">{escape(u["news"])}</a></li></ul></amp-sidebar>'
        f'<main><div class="amp-article"><span class="section">{escape(p.section)}</span><h1>{escape(p.title)}</h1>{byline}'
        f'<div class="dateline-meta">{escape(p.human)}</div>{_figure_media(p, "lead", amp=True)}'
        f'<div class="amp-article-body">{"".join(body)}</div>'
        f'<div class="amp-share">{share}</div></div></main>'
        f'<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-{_h(p.host, 8).upper()}"}}}}</script></amp-analytics>'
        f'<footer class="amp-footer">© 2027 {escape(p.site_name)} · <a href="{escape(canonical)}">Non-AMP</a></footer></body></html>'
    )


# --- table ----------------------------------------------------------------------------------


def render_table(p: Page) -> str:
    u = _ui(p)
    mid = _mid(p)
    chunks: list[str] = []
    for i, para in enumerate(p.paras):
        chunks.append(_p(para, p.raw))
        chunks.extend(mid.get(i, []))
    chunks.extend(_tail(p))
    text = "<br><br>\n".join(chunks)
    fig = p.slots.get("fig")
    img = ""
    if fig:
        img = (
            f'<table align="right" width="260" cellpadding="4"><tr><td><img src="/images/news/{_h(p.url, 6)}.jpg" width="250" border="0" alt="{escape(fig.get("alt", ""))}"><br>'
            f'<font size="1" face="Arial">{fig["cap"]}</font></td></tr></table>'
        )
    side = ""
    if "aside" in p.slots:
        head, html = p.slots["aside"]
        side = f'<table width="100%" bgcolor="#eeeeee" cellpadding="6"><tr><td><font face="Verdana" size="2"><b>{head}</b><br>{html}</font></td></tr></table><br>'
    byline = f'<font face="Verdana" size="2"><b>{p.byline}</b></font><br>' if p.byline else ""
    foot = (
        f'<br><br>\n<font face="Verdana" size="1">{p.slots["foot"]}</font>'
        if "foot" in p.slots
        else ""
    )
    return (
        f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html lang="{p.lang}">{_head(p)}'
        f'<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n'
        f'<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">\n'
        f'<tr><td colspan="2" bgcolor="#003366"><font face="Arial" size="5" color="#ffffff"><b>{escape(p.site_name)}</b></font></td></tr>\n'
        f'<tr><td colspan="2" bgcolor="#cccccc"><font face="Arial" size="1"><a href="/">{escape(u["home"])}</a> | <a href="/news.php">{escape(u["news"])}</a> | <a href="/local.php">{escape(u["local"])}</a> | <a href="/contact.php">{escape(u["contact"])}</a></font></td></tr>\n'
        f'<tr><td width="160" valign="top" bgcolor="#f4f4f4"><font face="Arial" size="1"><a href="/archive.php">Archive</a><br><a href="/links.php">Links</a><br><a href="/guestbook.php">Guestbook</a></font></td>\n'
        f'<td width="620" valign="top" class="content"><font face="Georgia" size="5"><b>{escape(p.title)}</b></font><br>\n'
        f'<font face="Verdana" size="1" color="#666666">{escape(p.human)}</font><br><br>\n{byline}{side}{img}'
        f'<font face="Verdana" size="2" class="bodytext">\n{text}{foot}\n</font><br><br>\n'
        f'<font face="Arial" size="1"><a href="javascript:window.print()">{escape(u["print_"])}</a> | <a href="mailto:?subject={escape(p.title)}">E-mail</a></font></td></tr>\n'
        f'<tr><td colspan="2" align="center"><font face="Arial" size="1">Copyright © 2027 {escape(p.site_name)}. {escape(u["rights"])}</font></td></tr>\n'
        f"</table>\n</body></html>"
    )


# --- eed ------------------------------------------------------------------------------------


def render_eed(p: Page) -> str:
    mid = _mid(p)
    chunks: list[str] = []
    for i, para in enumerate(p.paras):
        chunks.append(_p(para, p.raw))
        chunks.extend(mid.get(i, []))
    chunks.extend(_tail(p))
    page_no = 2 + int(_h(p.url, 2).encode().hex(), 16) % 18
    byline = f'<div class="art-byline">{p.byline}</div>' if p.byline else ""
    fig = p.slots.get("fig")
    cap = (
        f'<div class="art-photo"><img src="/eedition/clip/{_h(p.url, 8)}.jpg" alt=""><div class="art-cutline">{fig["cap"]}</div></div>'
        if fig
        else ""
    )
    return (
        f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body class="eedition textview">'
        f'<div id="toolbar"><span class="pub">{escape(p.site_name)} e-Edition</span> <span class="issue">{escape(p.human)}</span>'
        f' <a href="#" class="btn-prev">&lsaquo;</a> <a href="#" class="btn-next">&rsaquo;</a> <a href="#" class="btn-page">Page view</a></div>'
        f'<div id="textview"><div class="art-meta"><span class="art-page">Page {page_no}</span> · <span class="art-section">{escape(p.section)}</span></div>'
        f'<div class="art-head">{escape(p.title)}</div>{byline}{cap}'
        f'<div class="art-text">{"<br><br>".join(chunks)}</div></div>'
        f'<div id="eedition-footer">Powered by a digital edition service · © 2027 {escape(p.site_name)}</div></body></html>'
    )


# --- print ----------------------------------------------------------------------------------


def render_print(p: Page) -> str:
    mid = _mid(p)
    body: list[str] = []
    for i, para in enumerate(p.paras):
        body.append(f"<p>{_p(para, p.raw)}</p>")
        body.extend(f"<div>{x}</div>" for x in mid.get(i, []))
    body.extend(f"<p>{x}</p>" for x in _tail(p))
    byline = f'<p class="print-byline">{p.byline}</p>' if p.byline else ""
    fig = p.slots.get("fig")
    cap = f'<p class="print-caption"><em>{fig["cap"]}</em></p>' if fig else ""
    foot = f'<div class="print-footer-note">{p.slots["foot"]}</div>' if "foot" in p.slots else ""
    head = _head(
        p,
        '<meta name="robots" content="noindex"><link rel="stylesheet" href="/css/print.css" media="all">',
    )
    return (
        f'<!DOCTYPE html><html lang="{p.lang}">{head}'
        f'<body onload="window.print()" class="print-view"><div class="print-logo">{escape(p.site_name)}</div>'
        f'<h1>{escape(p.title)}</h1>{byline}<p class="print-date">{escape(p.human)}</p>{cap}'
        f'<div class="print-body">{"".join(body)}</div>{foot}'
        f'<hr><p class="print-url">Printed from {escape(p.canonical or p.url.replace("/print/", "/"))}</p></body></html>'
    )


# --- transcript -----------------------------------------------------------------------------


def render_transcript(p: Page) -> str:
    u = _ui(p)
    mid = _mid(p)
    turns: list[str] = []
    for i, para in enumerate(p.paras):
        text = _p(para, p.raw)
        speaker, sep, rest = text.partition(": ")
        if sep and speaker.isupper() and len(speaker) < 30:
            stamp = f"{(i * 47) // 60:02d}:{(i * 47) % 60:02d}"
            turns.append(
                f'<div class="turn"><span class="ts">[{stamp}]</span> <strong class="speaker">{speaker}:</strong> <span class="line">{rest}</span></div>'
            )
        else:
            turns.append(f'<div class="turn"><span class="line">{text}</span></div>')
        turns.extend(f'<div class="turn-note">{x}</div>' for x in mid.get(i, []))
    turns.extend(f'<div class="turn-note">{x}</div>' for x in _tail(p))
    fig = p.slots.get("fig") or {
        "cap": escape(p.slots.get("player_label", u["listen"])),
        "video": False,
    }
    player = (
        f'<figure class="player"><audio controls preload="none" src="https://{p.host}/audio/{_h(p.url, 8)}.mp3"></audio>'
        f"<figcaption>{fig['cap']}</figcaption></figure>"
        if not fig.get("video")
        else f'<figure class="player"><video controls preload="none" src="https://{p.host}/video/{_h(p.url, 8)}.mp4"></video><figcaption>{fig["cap"]}</figcaption></figure>'
    )
    intro = f'<div class="episode-intro">{p.slots["intro"]}</div>' if "intro" in p.slots else ""
    byline = f'<div class="episode-credits">{p.byline}</div>' if p.byline else ""
    foot = f'<footer class="episode-footer">{p.slots["foot"]}</footer>' if "foot" in p.slots else ""
    return (
        f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body class="episode">'
        f'<header class="show-header"><a href="https://{p.host}/">{escape(p.site_name)}</a> <nav><a href="https://{p.host}/programmes">{escape(u["news"])}</a> <a href="https://{p.host}/listen">{escape(u["listen"])}</a></nav></header>'
        f'<main><section class="episode-head"><p class="show">{escape(p.section)}</p><h1>{escape(p.title)}</h1>'
        f'<p class="aired">{escape(p.human)}</p>{byline}</section>{player}{intro}'
        f'<section class="transcript" id="transcript"><h2>{escape(u["transcript"])}</h2>{"".join(turns)}</section>{foot}</main>'
        f'<footer class="site-foot">© 2027 {escape(p.site_name)}</footer></body></html>'
    )


# --- release --------------------------------------------------------------------------------


def render_release(p: Page) -> str:
    u = _ui(p)
    mid = _mid(p)
    body: list[str] = []
    for i, para in enumerate(p.paras):
        body.append(f"<p>{_p(para, p.raw)}</p>")
        body.extend(f"<div>{x}</div>" for x in mid.get(i, []))
    body.extend(f"<p>{x}</p>" for x in _tail(p))
    notice = p.slots.get("notice", "")
    notice_html = f'<div class="pr-disclaimer">{notice}</div>' if notice else ""
    feed = p.slots.get("feed", "newswire")
    return (
        f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body class="press-release">'
        f'<div class="topbar"><a href="https://{p.host}/">{escape(p.site_name)}</a> <a href="https://{p.host}/business">{escape(u["news"])}</a> <a href="https://{p.host}/press-releases">{escape(u["press"])}</a></div>'
        f'<div class="wrap"><div class="pr-label">{escape(u["press"])}</div><h1 class="pr-title">{escape(p.title)}</h1>'
        f'<div class="pr-date">{escape(p.human)}</div>{notice_html}'
        f'<div class="pr-content" data-feed="{escape(feed)}">{"".join(body)}</div>'
        f'{_related(p, "pr-more")}</div><div class="footer">© 2027 {escape(p.site_name)}</div></body></html>'
    )


# --- trs ------------------------------------------------------------------------------------


def render_trs(p: Page) -> str:
    u = _ui(p)
    mid = _mid(p)
    body: list[str] = []
    for i, para in enumerate(p.paras):
        body.append(f'<p style="text-indent: 2em;">{_p(para, p.raw)}</p>')
        body.extend(f'<p style="text-indent: 2em;">{x}</p>' for x in mid.get(i, []))
    body.extend(f'<p style="text-indent: 2em;">{x}</p>' for x in _tail(p))
    info = p.slots.get("info", "")
    fig = p.slots.get("fig")
    figure = (
        f'<p style="text-align: center;"><img src="/images/{_h(p.url, 8)}.jpg" oldsrc="W0{_h(p.url, 6)}.jpg" border="0"></p>'
        f'<p style="text-align: center;">{fig["cap"]}</p>'
        if fig
        else ""
    )
    stamp = p.iso[:16].replace("T", " ")
    head = _head(
        p,
        f'<meta name="ArticleTitle" content="{escape(p.title)}"><meta name="PubDate" content="{stamp}">',
    )
    editor = f'<div class="bianji">{p.slots["editor"]}</div>' if "editor" in p.slots else ""
    return (
        f'<!DOCTYPE html><html lang="{p.lang}">{head}<body>'
        f'<div class="top"><a href="https://{p.host}/">{escape(p.site_name)}</a> | <a href="https://{p.host}/xw/">{escape(u["news"])}</a> | <a href="https://{p.host}/bd/">{escape(u["local"])}</a></div>'
        f'<div class="position">当前位置：<a href="https://{p.host}/">{escape(u["home"])}</a> &gt; <a href="https://{p.host}/xw/">{escape(p.section)}</a> &gt; 正文</div>'
        f'<div class="detail"><h1>{escape(p.title)}</h1><div class="info">{escape(p.human)}　{info}</div>'
        f'<div class="content"><div class="TRS_Editor">{figure}{"".join(body)}</div></div>{editor}'
        f'<div class="share">{escape(u["share"])}：<a>微信</a> <a>微博</a></div></div>'
        f'<div class="footer">{escape(p.site_name)} {escape(u["rights"])} 备案号：鲁ICP备{int(_h(p.host, 3).encode().hex(), 16) % 90000000 + 10000000}号</div></body></html>'
    )


# --- kr -------------------------------------------------------------------------------------


def render_kr(p: Page) -> str:
    u = _ui(p)
    mid = _mid(p)
    lines: list[str] = []
    for i, para in enumerate(p.paras):
        lines.append(_p(para, p.raw))
        lines.extend(mid.get(i, []))
    lines.extend(_tail(p))
    fig = p.slots.get("fig")
    figure = (
        f'<figure class="photo-layout image"><img src="https://{p.host}/news/photo/{_h(p.url, 10)}.jpg" alt="{escape(fig.get("alt", ""))}"><figcaption>{fig["cap"]}</figcaption></figure>'
        if fig
        else ""
    )
    info = f'<ul class="infomation"><li><i class="icon-clock-o"></i> {escape(u["published"])} {escape(p.human)}</li>{p.slots.get("info", "")}</ul>'
    text = "<br />\n<br />\n".join(lines)
    byline = f'<div class="writer">{p.byline}</div>' if p.byline else ""
    return (
        f'<!DOCTYPE html><html lang="{p.lang}">{_head(p)}<body><div id="user-wrap">'
        f'<header id="user-header"><a href="https://{p.host}/" class="logo">{escape(p.site_name)}</a>'
        f'<nav><a href="https://{p.host}/news/articleList.html?sc_section_code=S1N1">{escape(u["news"])}</a> <a href="https://{p.host}/news/articleList.html?sc_section_code=S1N2">{escape(u["local"])}</a></nav></header>'
        f'<section class="article-view-header"><h3 class="heading">{escape(p.title)}</h3>{info}</section>'
        f'<article id="article-view-content-div" class="article-veiw-body view-page font-size17" itemprop="articleBody">'
        f"{figure}<p>{text}</p>{byline}</article>"
        f'<div class="article-copy">{escape(u["rights"])}</div>'
        f'<aside class="aside-bar"><h4>{escape(u["more"])}</h4></aside></div></body></html>'
    )


RENDER = {
    "next": render_next,
    "nuxt": render_nuxt,
    "amp": render_amp,
    "table": render_table,
    "eed": render_eed,
    "print": render_print,
    "transcript": render_transcript,
    "release": render_release,
    "trs": render_trs,
    "kr": render_kr,
}
