# ruff: noqa: E501, RUF001, RUF002  (templates: one HTML fragment a line, labels as the sites print them)
"""Page templates of the thirty-fourth blind set: institutions and public broadcasters that
publish or republish news.

Written for this set from the markup such sites emit (no earlier template, model or renderer
was read or imported). Nine families, each with its own furniture:

- ``govpress``: a ministry's or government press office's Drupal news page (breadcrumb, "Press
  release" label, published date, the press office's contact block, "Notes to editors", a
  "Source" field where a reposted agency story is credited, "Was this page useful?");
- ``municipal``: a city, county or district site (a CivicPlus-like "News Flash" with "Posted
  on", "Return to full list", "Notify Me"; a German Landkreis' "Pressemitteilung" with its
  Pressestelle box; a Japanese city hall's 報道発表 with 担当課 and PDF link; a commune's
  "Actualités"; a gmina's "Aktualności" with "Drukuj"; an obec's "Aktuality");
- ``uninews``: a university newsroom (news and "In the news" items: the outlet and date over a
  reposted story, "Read the original", the media relations contact, the faculty tags);
- ``ngo``: an NGO's or think tank's WordPress news page (a roundup label, "Reprinted with
  permission from …", a donate band, the newsletter form, the registered-charity footer);
- ``diocese``: a diocesan paper's site (the bishop's column in the side bar, Mass times widget,
  the agency copy's "© KNA"/"OSV News" lines, "Mit freundlicher Genehmigung von …");
- ``trade``: a trade association's or chamber's "Industry news" (members' login bar, "This
  article appeared in …", the member directory teaser, events side bar);
- ``pubreg``: a public broadcaster's regional site (ARD-regional, France 3 régions, Radio-Canada-
  like, RAI TGR, NHK regional, BBC-regions-like, TVP3, ČRo regional, TVR regional, KBS regional,
  GTRK, L1-like): programme links, the audio/video player, "Sendung:"/"Quelle:" lines, "Mehr
  zum Thema", "Partager", the regional switcher;
- ``commradio``: a community radio station's WordPress site (Listen Live bar, on-air now, the
  schedule widget, volunteer appeal, licence footer);
- ``localtv``: a local TV station's video-first news page (the player with its duration, the
  programme name, "Video:", a short text under the video, the station's programme grid).

Every template puts the article text in plain paragraphs and prints the credit slots a case
asks for: ``top`` (above the text), ``byline``, ``field`` (a "Label: value" field under the
text), ``end`` (a closing line), ``tail`` (a sign-off run into the last paragraph), ``media``
(a university's coverage line over the text), and a figure after the first paragraph.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

Page = dict[str, Any]

UI: dict[str, dict[str, str]] = {
    "en": dict(home="Home", news="News", share="Share this page", search="Search", menu="Menu",
               published="Published", updated="Last updated", contact="Contact", privacy="Privacy",
               cookies="We use cookies to make this site work and to understand how it is used.",
               accept="Accept all cookies", reject="Reject", related="Related", print="Print",
               back="Back to news", tags="Tags", more="More news", by="By", accessibility="Accessibility"),
    "de": dict(home="Startseite", news="Aktuelles", share="Seite teilen", search="Suche", menu="Menü",
               published="Veröffentlicht", updated="Aktualisiert", contact="Kontakt", privacy="Datenschutz",
               cookies="Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten.",
               accept="Alle akzeptieren", reject="Nur notwendige", related="Mehr zum Thema", print="Drucken",
               back="Zurück zur Übersicht", tags="Schlagwörter", more="Weitere Meldungen", by="Von",
               accessibility="Barrierefreiheit"),
    "fr": dict(home="Accueil", news="Actualités", share="Partager", search="Rechercher", menu="Menu",
               published="Publié le", updated="Mis à jour le", contact="Contact", privacy="Données personnelles",
               cookies="Ce site utilise des cookies pour mesurer l'audience et améliorer votre navigation.",
               accept="Tout accepter", reject="Continuer sans accepter", related="À lire aussi", print="Imprimer",
               back="Retour aux actualités", tags="Mots-clés", more="Toute l'actualité", by="Par",
               accessibility="Accessibilité : partiellement conforme"),
    "it": dict(home="Home", news="Notizie", share="Condividi", search="Cerca", menu="Menu",
               published="Pubblicato il", updated="Ultimo aggiornamento", contact="Contatti", privacy="Privacy policy",
               cookies="Questo sito utilizza cookie tecnici e, previo consenso, cookie di terze parti.",
               accept="Accetta tutti", reject="Rifiuta", related="Leggi anche", print="Stampa",
               back="Torna alle notizie", tags="Argomenti", more="Altre notizie", by="di",
               accessibility="Dichiarazione di accessibilità"),
    "pl": dict(home="Strona główna", news="Aktualności", share="Udostępnij", search="Szukaj", menu="Menu",
               published="Opublikowano", updated="Zaktualizowano", contact="Kontakt", privacy="Polityka prywatności",
               cookies="Strona korzysta z plików cookies w celu realizacji usług.",
               accept="Akceptuję", reject="Odrzuć", related="Zobacz także", print="Drukuj",
               back="Powrót do listy", tags="Tagi", more="Więcej aktualności", by="Autor:",
               accessibility="Deklaracja dostępności"),
    "nl": dict(home="Home", news="Nieuws", share="Delen", search="Zoeken", menu="Menu",
               published="Gepubliceerd", updated="Bijgewerkt", contact="Contact", privacy="Privacyverklaring",
               cookies="Wij gebruiken cookies om de website goed te laten werken.",
               accept="Accepteren", reject="Weigeren", related="Lees ook", print="Printen",
               back="Terug naar overzicht", tags="Onderwerpen", more="Meer nieuws", by="Door",
               accessibility="Toegankelijkheid"),
    "cs": dict(home="Úvod", news="Aktuality", share="Sdílet", search="Hledat", menu="Menu",
               published="Publikováno", updated="Aktualizováno", contact="Kontakty", privacy="Ochrana osobních údajů",
               cookies="Tento web používá k poskytování služeb soubory cookie.",
               accept="Přijmout vše", reject="Odmítnout", related="Související", print="Tisk",
               back="Zpět na výpis", tags="Štítky", more="Další zprávy", by="Autor:",
               accessibility="Prohlášení o přístupnosti"),
    "hu": dict(home="Kezdőlap", news="Hírek", share="Megosztás", search="Keresés", menu="Menü",
               published="Közzétéve", updated="Frissítve", contact="Kapcsolat", privacy="Adatvédelem",
               cookies="Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.",
               accept="Elfogadom", reject="Elutasítom", related="Kapcsolódó", print="Nyomtatás",
               back="Vissza a hírekhez", tags="Címkék", more="További hírek", by="Szerző:",
               accessibility="Akadálymentesítési nyilatkozat"),
    "ro": dict(home="Acasă", news="Noutăți", share="Distribuie", search="Caută", menu="Meniu",
               published="Publicat", updated="Actualizat", contact="Contact", privacy="Politica de confidențialitate",
               cookies="Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.",
               accept="Accept", reject="Refuz", related="Articole similare", print="Printează",
               back="Înapoi la noutăți", tags="Etichete", more="Mai multe știri", by="Autor:",
               accessibility="Accesibilitate"),
    "ru": dict(home="Главная", news="Новости", share="Поделиться", search="Поиск", menu="Меню",
               published="Опубликовано", updated="Обновлено", contact="Контакты", privacy="Политика конфиденциальности",
               cookies="Сайт использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с этим.",
               accept="Согласен", reject="Отказаться", related="Читайте также", print="Версия для печати",
               back="Все новости", tags="Теги", more="Другие новости", by="Автор:",
               accessibility="Версия для слабовидящих"),
    "ja": dict(home="ホーム", news="ニュース", share="このページを共有", search="検索", menu="メニュー",
               published="掲載日", updated="更新日", contact="お問い合わせ", privacy="個人情報の取り扱い",
               cookies="当サイトではCookieを使用しています。", accept="同意する", reject="拒否する",
               related="関連記事", print="印刷", back="一覧へ戻る", tags="キーワード", more="ニュース一覧",
               by="", accessibility="ウェブアクセシビリティ"),
    "zh": dict(home="首页", news="新闻中心", share="分享到", search="搜索", menu="导航",
               published="发布时间", updated="更新时间", contact="联系我们", privacy="隐私声明",
               cookies="", accept="", reject="", related="相关新闻", print="打印本页", back="返回列表",
               tags="关键词", more="更多", by="作者：", accessibility="无障碍浏览"),
    "ko": dict(home="홈", news="새소식", share="공유하기", search="검색", menu="전체메뉴",
               published="등록일", updated="수정일", contact="문의", privacy="개인정보처리방침",
               cookies="", accept="", reject="", related="관련 기사", print="인쇄", back="목록",
               tags="태그", more="더보기", by="", accessibility="웹접근성 품질인증"),
    "am": dict(home="መነሻ", news="ዜና", share="አጋራ", search="ፈልግ", menu="ማውጫ",
               published="የተለጠፈው", updated="የተሻሻለው", contact="ያግኙን", privacy="የግላዊነት ፖሊሲ",
               cookies="", accept="", reject="", related="ተዛማጅ ዜናዎች", print="አትም", back="ወደ ዜናዎች ተመለስ",
               tags="መለያዎች", more="ተጨማሪ ዜናዎች", by="", accessibility=""),
}


def e(text: str) -> str:
    return escape(text, quote=False)


def a(text: str) -> str:
    return escape(text, quote=True)


def _jsonld(pg: Page) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": pg.get("ld_type", "NewsArticle"),
        "headline": pg["title"],
        "datePublished": pg["iso"],
        "mainEntityOfPage": pg["url"],
        "publisher": {"@type": "Organization", "name": pg["site_name"]},
    }
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def _head(pg: Page, css: list[str], extra: str = "") -> str:
    links = "".join(f'<link rel="stylesheet" href="{a(c)}">' for c in css)
    desc = pg["paras"][0][:150]
    return (
        f'<!DOCTYPE html>\n<html lang="{pg["lang"]}"{pg.get("dir_attr", "")}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(pg['title'])} | {e(pg['site_name'])}</title>\n"
        f'<link rel="canonical" href="{a(pg["url"])}">\n'
        f'<meta property="og:site_name" content="{a(pg["site_name"])}">\n'
        f'<meta property="og:title" content="{a(pg["title"])}">\n'
        f'<meta name="description" content="{a(desc)}">\n{links}\n{_jsonld(pg)}\n{extra}</head>\n'
    )


def _paras(pg: Page, cls: str = "", indent: str = "") -> list[str]:
    """The article's paragraphs, each an HTML string (credit ``tail`` run into the last)."""
    c = f' class="{cls}"' if cls else ""
    out = []
    n = len(pg["paras"])
    for i, p in enumerate(pg["paras"]):
        text = e(p)
        if i == 0 and pg.get("dateline_html"):
            text = pg["dateline_html"] + text
        if i == n - 1 and pg.get("tail"):
            text = text + " " + e(pg["tail"])
        out.append(f"<p{c}>{indent}{text}</p>")
    return out


def _with_figure(parts: list[str], figure: str) -> str:
    if figure and parts:
        parts = [parts[0], figure, *parts[1:]]
    return "\n".join(parts)


def _field(text: str, wrap: str) -> str:
    """A "Label: value" field; a full-width colon (来源：…) is printed with no space after it."""
    if ": " in text:
        label, _, value = text.partition(": ")
        return wrap.format(label=e(label + ":"), value=e(value), sp=" ")
    label, _, value = text.partition("：")
    return wrap.format(label=e(label + "："), value=e(value), sp="")


def _cookie(pg: Page, cls: str) -> str:
    ui = UI[pg["lang"]]
    if not ui["cookies"]:
        return ""
    return (
        f'<div class="{cls}" role="dialog" aria-live="polite"><p>{e(ui["cookies"])}</p>'
        f'<button type="button">{e(ui["accept"])}</button> <button type="button">{e(ui["reject"])}</button></div>\n'
    )


def _nav(items: list[str], cls: str) -> str:
    lis = "".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(items))
    return f'<nav class="{cls}"><ul>{lis}</ul></nav>'


def _list(items: list[str], cls: str, title: str) -> str:
    lis = "".join(f'<li><a href="/n/{i + 1}">{e(x)}</a></li>' for i, x in enumerate(items))
    return f'<section class="{cls}"><h2>{e(title)}</h2><ul>{lis}</ul></section>'


def _figure(pg: Page, fig_cls: str, cap_cls: str) -> str:
    cap = pg.get("caption")
    if not cap:
        return ""
    return (
        f'<figure class="{fig_cls}"><img src="{a(pg["img"])}" alt="" loading="lazy" width="960" height="540">'
        f'<figcaption class="{cap_cls}">{e(cap)}</figcaption></figure>'
    )


def _slot(pg: Page, name: str) -> list[str]:
    return [t for s, t in pg["credits"] if s == name]


# ---------------------------------------------------------------------------------------------
def govpress(pg: Page) -> str:
    ui, s = UI[pg["lang"]], pg["site"]
    labels = s.get("labels", {})
    top = "".join(f'<div class="gov-repost-note"><p>{e(t)}</p></div>' for t in _slot(pg, "top"))
    fields = "".join(
        _field(t, '<div class="field field--name-field-source field--label-inline"><div class="field__label">{label}</div>{sp}<div class="field__item">{value}</div></div>')
        for t in _slot(pg, "field")
    )
    end = "".join(f'<p class="press-end"><em>{e(t)}</em></p>' for t in _slot(pg, "end"))
    byl = "".join(f'<p class="press-byline">{e(t)}</p>' for t in _slot(pg, "byline"))
    notes = ""
    if labels.get("notes"):
        notes = (
            f'<div class="notes-to-editors"><h2>{e(labels["notes"])}</h2><ol>'
            + "".join(f"<li>{e(n)}</li>" for n in s.get("notes_items", []))
            + "</ol></div>"
        )
    contact = s.get("contact", "")
    body = _with_figure(_paras(pg), _figure(pg, "media-image", "media-caption"))
    return (
        _head(pg, [f"/themes/custom/{s['theme']}/css/style.css?r{pg['n']}"])
        + f'<body class="path-node page-node-type-{s.get("node_type", "press_release")}">\n'
        + f'<a href="#main-content" class="skip-link">{e(labels.get("skip", "Skip to main content"))}</a>\n'
        + _cookie(pg, "eu-cookie-compliance-banner")
        + f'<header class="site-header"><div class="site-branding"><a href="/" rel="home">{e(s["org"])}</a></div>'
        + _nav(s["nav"], "menu--main")
        + f'<form class="search-block-form"><input type="search" placeholder="{a(ui["search"])}"></form></header>\n'
        + f'<div class="breadcrumb"><ol><li><a href="/">{e(ui["home"])}</a></li><li><a href="/news">{e(ui["news"])}</a></li><li>{e(pg["title"])}</li></ol></div>\n'
        + '<main id="main-content"><article class="node node--type-press-release">\n'
        + f'<div class="node-type-label">{e(labels.get("kind", "Press release"))}</div>\n'
        + f"<h1 class=\"page-title\"><span>{e(pg['title'])}</span></h1>\n"
        + f'<div class="field--name-field-published-date"><span class="label">{e(ui["published"])}:</span> <time datetime="{pg["iso"]}">{e(pg["date"])}</time></div>\n'
        + (f'<div class="field--name-field-department">{e(s["dept"])}</div>\n' if s.get("dept") else "")
        + top + byl
        + f'<div class="clearfix text-formatted field field--name-body">\n{body}\n</div>\n'
        + end + fields + notes
        + (f'<div class="press-contact"><h2>{e(ui["contact"])}</h2><p>{e(contact)}</p></div>' if contact else "")
        + f'<div class="share-links"><span>{e(ui["share"])}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>\n'
        + "</article>\n"
        + _list(s["related"], "block-related-news", ui["related"])
        + "</main>\n"
        + (f'<div class="feedback"><p>{e(labels["useful"])}</p><button>{e(labels.get("yes", "Yes"))}</button> <button>{e(labels.get("no", "No"))}</button></div>' if labels.get("useful") else "")
        + f'<footer class="site-footer">{_nav(s["footer"], "menu--footer")}<p>{e(s["copyright"])}</p></footer>\n'
        + '<script src="/core/misc/drupal.js?v=10.3"></script>\n</body>\n</html>\n'
    )


def municipal(pg: Page) -> str:
    ui, s = UI[pg["lang"]], pg["site"]
    labels = s.get("labels", {})
    var = s.get("var", "civic")
    top = "".join(f'<p class="news-source-top"><strong>{e(t)}</strong></p>' for t in _slot(pg, "top"))
    end = "".join(f'<p class="news-source"><em>{e(t)}</em></p>' for t in _slot(pg, "end"))
    byl = "".join(f'<p class="news-author">{e(t)}</p>' for t in _slot(pg, "byline"))
    fields = "".join(
        _field(t, '<dl class="news-meta-source"><dt>{label}</dt>{sp}<dd>{value}</dd></dl>') for t in _slot(pg, "field")
    )
    fig = _figure(pg, "news-image", "image-caption")
    if var == "civic":
        body = _with_figure(_paras(pg), fig)
        main = (
            f'<div id="newsFlash" class="newsFlash"><a class="return" href="/CivicAlerts.aspx">⇐ {e(labels.get("return", "Return to full list"))} &gt;&gt;</a>\n'
            f'<div class="single"><h1 class="title">{e(pg["title"])}</h1>\n'
            f'<div class="date">{e(labels.get("posted", "Posted on"))}: {e(pg["date"])}</div>\n'
            f'{top}{byl}<div class="fr-view">\n{body}\n</div>{end}{fields}</div>\n'
            f'<div class="notifyMe"><a href="/list.aspx">{e(labels.get("notify", "Notify Me®"))}</a> <a href="/rss.aspx">RSS</a></div>\n'
            f'<div class="tools"><span>{e(labels.get("tools", "Tools"))}</span> <a href="#">{e(ui["print"])}</a> <a href="#">{e(ui["share"])}</a></div></div>\n'
        )
    elif var == "jp":
        body = _with_figure(_paras(pg, indent="\u3000"), fig)
        main = (
            f'<div id="tmp_contents"><h1>{e(pg["title"])}</h1>\n<p class="update">{e(ui["updated"])}：{e(pg["date"])}</p>\n'
            f'{top}{byl}<div class="detail_free">\n{body}\n</div>{end}{fields}\n'
            f'<div class="pdf_download"><a href="/material/files/group/{pg["n"]}/press.pdf">報道発表資料（PDF：312KB）</a></div>\n'
            f'<div id="reference"><h2>このページに関するお問い合わせ</h2><p>{e(s.get("contact", ""))}</p></div>\n'
            '<div class="rs_skip"><p>このページの情報は役に立ちましたか？</p><label><input type="radio" name="q1"> 役に立った</label> '
            '<label><input type="radio" name="q1"> 役に立たなかった</label></div></div>\n'
        )
    else:  # "press": a European town hall or county's news module
        body = _with_figure(_paras(pg), fig)
        main = (
            f'<div class="news-single"><div class="news-list-date"><time datetime="{pg["iso"]}">{e(pg["date"])}</time>'
            f' <span class="news-list-category">{e(labels.get("kind", ui["news"]))}</span></div>\n'
            f'<h1 itemprop="headline">{e(pg["title"])}</h1>\n{top}{byl}<div class="news-text-wrap" itemprop="articleBody">\n{body}\n</div>\n'
            f'{end}{fields}'
            + (f'<div class="press-office"><h3>{e(labels["office"])}</h3><p>{e(s.get("contact", ""))}</p></div>' if labels.get("office") else "")
            + f'<div class="news-backlink-wrap"><a href="/news">{e(ui["back"])}</a> · <a href="javascript:window.print()">{e(ui["print"])}</a></div></div>\n'
        )
    return (
        _head(pg, [f"/{s.get('asset', 'assets')}/css/main.css?{pg['n']}"])
        + f'<body class="{var} lang-{pg["lang"]}">\n'
        + _cookie(pg, "cookie-consent")
        + f'<div class="top-links"><a href="#">{e(ui["accessibility"])}</a> <a href="/{pg["lang"]}/search">{e(ui["search"])}</a></div>\n'
        + f'<header id="header"><a class="logo" href="/"><img src="/img/crest.svg" alt="{a(s["org"])}"></a>'
        + f'<span class="org-name">{e(s["org"])}</span>{_nav(s["nav"], "main-nav")}</header>\n'
        + f'<ol class="breadcrumbs"><li><a href="/">{e(ui["home"])}</a></li><li><a href="/news">{e(ui["news"])}</a></li></ol>\n'
        + f'<main id="content">\n{main}</main>\n'
        + f'<aside class="sidebar">{_list(s["related"], "news-latest", ui["more"])}</aside>\n'
        + f'<footer id="footer"><address>{e(s["address"])}</address>{_nav(s["footer"], "footer-nav")}<p>{e(s["copyright"])}</p></footer>\n'
        + "</body>\n</html>\n"
    )


def uninews(pg: Page) -> str:
    ui, s = UI[pg["lang"]], pg["site"]
    labels = s.get("labels", {})
    media = "".join(
        f'<p class="coverage-meta"><span class="coverage-outlet">{e(t)}</span></p>' for t in _slot(pg, "media")
    )
    kind = labels.get("in_news", "In the news") if media or _slot(pg, "top") else labels.get("kind", "News")
    top = "".join(f'<p class="coverage-note">{e(t)}</p>' for t in _slot(pg, "top"))
    end = "".join(f'<p class="coverage-end"><em>{e(t)}</em></p>' for t in _slot(pg, "end"))
    byl = "".join(f'<p class="story-byline">{e(t)}</p>' for t in _slot(pg, "byline"))
    fields = "".join(_field(t, '<p class="coverage-source"><span>{label}</span>{sp}{value}</p>') for t in _slot(pg, "field"))
    body = _with_figure(_paras(pg), _figure(pg, "story-figure", "story-figure__caption"))
    readorig = (
        f'<p class="coverage-link"><a class="btn" href="{a(pg.get("orig_url", "#"))}" rel="noopener">{e(labels.get("orig", "Read the original article"))}</a></p>'
        if media
        else ""
    )
    return (
        _head(pg, ["/_assets/newsroom.min.css"], '<script async src="https://www.googletagmanager.com/gtag/js?id=G-UNI34"></script>\n')
        + '<body class="newsroom">\n'
        + _cookie(pg, "cc-window")
        + f'<div class="global-bar"><a href="/">{e(s["org"])}</a> <a href="/study">{e(labels.get("study", "Study"))}</a> <a href="/research">{e(labels.get("research", "Research"))}</a> <a href="/news">{e(labels.get("newsroom", "Newsroom"))}</a></div>\n'
        + f'<header class="newsroom-header"><p class="newsroom-title">{e(labels.get("newsroom", "Newsroom"))}</p>{_nav(s["nav"], "newsroom-nav")}</header>\n'
        + f'<main><article class="news-story"><p class="story-kind">{e(kind)}</p>\n'
        + f'<h1>{e(pg["title"])}</h1>\n<p class="story-date"><time datetime="{pg["iso"]}">{e(pg["date"])}</time></p>\n'
        + media + top + byl
        + f'<div class="story-body">\n{body}\n</div>\n{end}{fields}{readorig}'
        + f'<div class="story-tags"><span>{e(ui["tags"])}:</span> ' + " ".join(f'<a href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(s["tags"])) + "</div>\n"
        + (f'<div class="media-contact"><h2>{e(labels.get("media", "Media contact"))}</h2><p>{e(s.get("contact", ""))}</p></div>\n' if s.get("contact") else "")
        + f'</article>{_list(s["related"], "more-stories", ui["more"])}</main>\n'
        + f'<footer class="uni-footer">{_nav(s["footer"], "uni-footer-nav")}<p>{e(s["copyright"])}</p></footer>\n'
        + "</body>\n</html>\n"
    )


def ngo(pg: Page) -> str:
    ui, s = UI[pg["lang"]], pg["site"]
    labels = s.get("labels", {})
    top = "".join(f'<p class="repost-label"><em>{e(t)}</em></p>' for t in _slot(pg, "top"))
    end = "".join(f'<p class="has-small-font-size"><em>{e(t)}</em></p>' for t in _slot(pg, "end"))
    byl = "".join(f'<span class="byline">{e(t)}</span>' for t in _slot(pg, "byline"))
    fields = "".join(_field(t, '<p class="source-line"><strong>{label}</strong>{sp}{value}</p>') for t in _slot(pg, "field"))
    body = _with_figure(
        _paras(pg),
        _figure(pg, "wp-block-image size-large", "wp-element-caption"),
    )
    cat = labels.get("cat", ui["news"])
    return (
        _head(pg, [f"/wp-content/themes/{s['theme']}/style.css?ver=2.{pg['n']}", "/wp-includes/css/dist/block-library/style.min.css?ver=6.7"])
        + f'<body class="post-template-default single single-post postid-{1000 + pg["n"]} single-format-standard">\n'
        + _cookie(pg, "cmplz-cookiebanner")
        + f'<header class="site-header"><p class="site-title"><a href="/">{e(s["org"])}</a></p><p class="site-description">{e(s.get("tagline", ""))}</p>'
        + _nav(s["nav"], "main-navigation")
        + f'<a class="donate-button" href="/donate">{e(labels.get("donate", "Donate"))}</a></header>\n'
        + f'<main id="primary" class="site-main"><article class="post type-post status-publish category-{a(cat.lower().replace(" ", "-"))}">\n'
        + f'<header class="entry-header"><span class="cat-links"><a href="/category/news" rel="category tag">{e(cat)}</a></span>\n'
        + f'<h1 class="entry-title">{e(pg["title"])}</h1>\n<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{pg["iso"]}">{e(pg["date"])}</time></span> {byl}</div></header>\n'
        + f'<div class="entry-content">\n{top}\n{body}\n{end}{fields}</div>\n'
        + f'<footer class="entry-footer"><span class="tags-links">{e(ui["tags"])}: ' + ", ".join(f'<a href="/tag/{i}" rel="tag">{e(t)}</a>' for i, t in enumerate(s["tags"])) + "</span></footer>\n"
        + f'<div class="wp-block-group donate-band"><p>{e(labels.get("band", ""))}</p><a class="wp-block-button__link" href="/donate">{e(labels.get("donate", "Donate"))}</a></div>\n'
        + f'</article>\n<aside id="secondary" class="widget-area"><section class="widget widget_newsletter"><h2>{e(labels.get("newsletter", "Newsletter"))}</h2><form><input type="email" placeholder="Email"><button>OK</button></form></section>'
        + _list(s["related"], "widget widget_recent_entries", ui["more"]) + "</aside></main>\n"
        + f'<footer class="site-footer"><p>{e(s["copyright"])}</p>{_nav(s["footer"], "footer-navigation")}</footer>\n'
        + '<script src="/wp-includes/js/wp-emoji-release.min.js?ver=6.7"></script>\n</body>\n</html>\n'
    )


def diocese(pg: Page) -> str:
    ui, s = UI[pg["lang"]], pg["site"]
    labels = s.get("labels", {})
    top = "".join(f'<p class="article-kicker-source">{e(t)}</p>' for t in _slot(pg, "top"))
    end = "".join(f'<p class="article-copyright">{e(t)}</p>' for t in _slot(pg, "end"))
    byl = "".join(f'<p class="article-author">{e(t)}</p>' for t in _slot(pg, "byline"))
    fields = "".join(_field(t, '<p class="article-source"><span class="label">{label}</span>{sp}{value}</p>') for t in _slot(pg, "field"))
    body = _with_figure(_paras(pg), _figure(pg, "article-image", "article-image-caption"))
    return (
        _head(pg, ["/templates/diocesan/css/template.css"])
        + '<body class="site com_content view-article">\n'
        + _cookie(pg, "cookie-note")
        + f'<div class="topbar"><span>{e(s.get("topbar", ""))}</span></div>\n'
        + f'<header class="masthead"><a href="/"><img src="/images/masthead.png" alt="{a(s["org"])}"></a><p class="masthead-sub">{e(s.get("tagline", ""))}</p>{_nav(s["nav"], "nav-main")}</header>\n'
        + f'<div class="container"><main class="col-main"><div class="item-page"><p class="article-section">{e(labels.get("section", ui["news"]))}</p>\n'
        + f'<h1 itemprop="headline">{e(pg["title"])}</h1>\n<dl class="article-info"><dd class="published"><time datetime="{pg["iso"]}">{e(pg["date"])}</time></dd></dl>\n'
        + f'{top}{byl}<div itemprop="articleBody" class="com-content-article__body">\n{body}\n</div>\n{end}{fields}'
        + f'<ul class="pagenav"><li class="previous"><a href="#">&lt; {e(labels.get("prev", "Prev"))}</a></li><li class="next"><a href="#">{e(labels.get("next", "Next"))} &gt;</a></li></ul></div></main>\n'
        + f'<aside class="col-side"><div class="moduletable bishop"><h3>{e(labels.get("bishop", ""))}</h3><p>{e(s.get("bishop_text", ""))}</p></div>'
        + f'<div class="moduletable masstimes"><h3>{e(labels.get("mass", "Mass times"))}</h3><p>{e(s.get("mass_text", ""))}</p></div>'
        + _list(s["related"], "moduletable latest", ui["more"]) + "</aside></div>\n"
        + f'<footer class="footer"><p>{e(s["address"])}</p><p>{e(s["copyright"])}</p>{_nav(s["footer"], "footer-menu")}</footer>\n'
        + "</body>\n</html>\n"
    )


def trade(pg: Page) -> str:
    ui, s = UI[pg["lang"]], pg["site"]
    labels = s.get("labels", {})
    top = "".join(f'<p class="industry-source-top">{e(t)}</p>' for t in _slot(pg, "top"))
    end = "".join(f'<p class="industry-source"><strong>{e(t)}</strong></p>' for t in _slot(pg, "end"))
    byl = "".join(f'<p class="post-author">{e(t)}</p>' for t in _slot(pg, "byline"))
    fields = "".join(_field(t, '<div class="post-source"><span class="k">{label}</span>{sp}<span class="v">{value}</span></div>') for t in _slot(pg, "field"))
    body = _with_figure(_paras(pg), _figure(pg, "post-figure", "post-figure-caption"))
    return (
        _head(pg, ["/static/css/members.css"])
        + '<body class="news-item">\n'
        + f'<div class="member-bar"><a href="/login">{e(labels.get("login", "Member login"))}</a> | <a href="/join">{e(labels.get("join", "Join"))}</a></div>\n'
        + _cookie(pg, "cookie-bar")
        + f'<header class="assoc-header"><a class="assoc-logo" href="/">{e(s["org"])}</a>{_nav(s["nav"], "assoc-nav")}</header>\n'
        + f'<main class="assoc-main"><p class="post-kind">{e(labels.get("kind", "Industry news"))}</p><h1>{e(pg["title"])}</h1>\n'
        + f'<p class="post-date">{e(pg["date"])}</p>\n{top}{byl}<div class="post-content">\n{body}\n</div>\n{end}{fields}'
        + f'<div class="post-share">{e(ui["share"])}: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="mailto:">Email</a></div>\n'
        + f'<div class="directory-teaser"><h2>{e(labels.get("dir", "Find a member"))}</h2><form><input type="search"></form></div></main>\n'
        + f'<aside class="events"><h2>{e(labels.get("events", "Events"))}</h2><ul>' + "".join(f"<li>{e(x)}</li>" for x in s.get("events", [])) + "</ul>"
        + _list(s["related"], "assoc-latest", ui["more"]) + "</aside>\n"
        + f'<footer class="assoc-footer"><p>{e(s["address"])}</p><p>{e(s["copyright"])}</p>{_nav(s["footer"], "assoc-footer-nav")}</footer>\n'
        + "</body>\n</html>\n"
    )


#: What each public broadcaster's regional page prints around its article (above, below).
PUBREG_BITS = {
    "ard": ('<div class="teaser-audio"><span>Audio</span> <button>Anhören</button></div>\n',
            '<div class="hinweis"><p>Die Kommentarfunktion wurde am 09.02.2027 um 18:12 Uhr geschlossen.</p></div>\n'),
    "f3": ('<div class="article__tags"><a href="#">Environnement</a> <a href="#">Transports</a></div>\n',
           '<div class="feedback"><p>Cet article vous a-t-il été utile ?</p></div><p class="region-link"><a href="/bourgogne-franche-comte">Toute l\'actualité de votre région</a></p>\n'),
    "rcreg": ('<p class="rc-kicker"><span>Région</span> <a href="#">Arc jurassien</a></p>\n',
              '<div class="rc-report"><a href="#">Signaler une erreur</a> · <a href="#">Politique de rédaction</a></div>\n'),
    "rai": ('<p class="testata">TGR</p>\n', '<p class="rai-aggiornamento">Ultimo aggiornamento: 09/02/2027 19:04</p>\n'),
    "bbcreg": ('', '<section class="related-topics"><h2>Related Topics</h2><ul><li><a href="#">Weather</a></li><li><a href="#">Flooding</a></li></ul></section>\n'),
    "tvp3": ('<p class="tvp-label">Informacje regionalne</p>\n', '<p class="tvp-more"><a href="#">Panorama – wydanie główne</a></p>\n'),
    "cro": ('<p class="cro-station">Český rozhlas České Budějovice · 106,4 MHz</p>\n', '<p class="cro-archive"><a href="#">Všechny díly pořadu</a></p>\n'),
    "tvr": ('', '<p class="tvr-emisiune">Telejurnal regional, ora 17:00</p>\n'),
    "gtrk": ('<p class="gtrk-rubric">Общество</p>\n', '<p class="gtrk-note">Смотрите «Вести Поморья» на канале «Россия 1»</p>\n'),
    "l1": ('', '<p class="l1-tip"><a href="#">Tip de redactie</a></p>\n'),
    "kbs": ('<p class="kbs-local">지역국 뉴스</p>\n', '<p class="kbs-copy">ⓒ KBS &amp; KBS Media. 무단 전재, 재배포 및 AI학습 이용 금지</p>\n'),
    "cnreg": ('<p class="cnreg-col">本台讯</p>\n', '<p class="cnreg-editor">编辑：马晓燕</p>\n'),
    "nhk": ('', '<p class="station-note">この記事は放送内容を基に作成しています。</p>\n'),
}


def pubreg(pg: Page) -> str:
    ui, s = UI[pg["lang"]], pg["site"]
    labels = s.get("labels", {})
    var = s.get("var", "ard")
    top = "".join(f'<p class="textabsatz source-top">{e(t)}</p>' for t in _slot(pg, "top"))
    end = "".join(f'<p class="textabsatz source-end">{e(t)}</p>' for t in _slot(pg, "end"))
    byl = "".join(f'<p class="author-line">{e(t)}</p>' for t in _slot(pg, "byline"))
    fields = "".join(_field(t, '<p class="meta-source"><span>{label}</span>{sp}{value}</p>') for t in _slot(pg, "field"))
    fig = _figure(pg, "media-figure", "media-caption")
    player = (
        f'<div class="player" data-media="{a(pg["url"])}#av"><button class="play" aria-label="Play">▶</button>'
        f'<span class="player-title">{e(labels.get("player", ""))}</span> <span class="duration">{e(s.get("duration", "01:58"))}</span></div>'
    )
    if var == "nhk":
        body = _with_figure(_paras(pg, indent=""), fig)
        main = (
            f'<div class="local-header"><span class="area">{e(s["region"])}</span> <span>{e(s["org"])} NEWS</span></div>\n'
            f'<h1 class="content--title">{e(pg["title"])}</h1><p class="content--date"><time datetime="{pg["iso"]}">{e(pg["date"])}</time></p>\n'
            f'{player}{top}{byl}<div class="content--detail-body">\n{body}\n</div>{end}{fields}\n'
            f'<p class="local-more"><a href="/lnews/{s["region_slug"]}/">{e(s["region"])}のニュース一覧へ戻る</a></p>\n'
        )
    else:
        stamp = f'{e(ui["published"])} {e(pg["date"])}'
        if pg.get("date_updated"):
            stamp += f' · {e(ui["updated"])} {e(pg["date_updated"])}'
        body = _with_figure(_paras(pg, cls="textabsatz" if var == "ard" else ""), fig)
        main = (
            f'<p class="region-kicker">{e(s["region"])}</p>\n<h1 class="headline">{e(pg["title"])}</h1>\n'
            f'<p class="stamp">{stamp}</p>\n{byl}{top}'
            + (player if s.get("player", True) else "")
            + f'<div class="article-body">\n{body}\n</div>\n{end}{fields}'
            + (f'<p class="sendung">{e(labels["sendung"])}</p>\n' if labels.get("sendung") else "")
            + f'<div class="share-bar"><span>{e(ui["share"])}</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">Mail</a></div>\n'
        )
    before, after = PUBREG_BITS.get(var, ("", ""))
    main = before + main + after
    regions = "".join(f'<option>{e(r)}</option>' for r in s.get("regions", []))
    return (
        _head(pg, [f"/resources/{var}/css/main.css?v={pg['n']}"], f'<meta name="broadcaster" content="{a(s["org"])}">\n')
        + f'<body class="{var} regional">\n'
        + _cookie(pg, "consent-layer")
        + f'<header class="broadcaster-header"><a class="brand" href="/">{e(s["org"])}</a>'
        + (f'<select class="region-switch" aria-label="{a(labels.get("region_pick", "Region"))}">{regions}</select>' if regions else "")
        + _nav(s["nav"], "main-navigation")
        + f'<a class="live" href="/live">{e(labels.get("live", "Live"))}</a></header>\n'
        + f'<main class="regional-main"><article>\n{main}</article>\n'
        + _list(s["related"], "teaser-list", labels.get("more", ui["related"]))
        + "</main>\n"
        + f'<footer class="broadcaster-footer">{_nav(s["footer"], "footer-links")}<p>{e(s["copyright"])}</p></footer>\n'
        + '<script src="/resources/js/player.bundle.js" defer></script>\n</body>\n</html>\n'
    )


def commradio(pg: Page) -> str:
    ui, s = UI[pg["lang"]], pg["site"]
    labels = s.get("labels", {})
    top = "".join(f'<p class="source-top"><strong>{e(t)}</strong></p>' for t in _slot(pg, "top"))
    end = "".join(f'<p class="source-end"><em>{e(t)}</em></p>' for t in _slot(pg, "end"))
    byl = "".join(f'<span class="author vcard">{e(t)}</span>' for t in _slot(pg, "byline"))
    fields = "".join(_field(t, '<p class="source-field"><b>{label}</b>{sp}{value}</p>') for t in _slot(pg, "field"))
    body = _with_figure(_paras(pg), _figure(pg, "wp-caption aligncenter", "wp-caption-text"))
    schedule = "".join(f"<li>{e(x)}</li>" for x in s.get("schedule", []))
    return (
        _head(pg, [f"/wp-content/themes/{s['theme']}/style.css?ver=1.{pg['n']}"])
        + f'<body class="single single-post postid-{4000 + pg["n"]}">\n'
        + f'<div class="listen-bar"><a class="listen-live" href="/listen">▶ {e(labels.get("listen", "Listen Live"))}</a> <span class="freq">{e(s.get("freq", ""))}</span>'
        + f' <span class="onair">{e(labels.get("onair", "On air now"))}: {e(s.get("onair", ""))}</span></div>\n'
        + f'<header id="masthead"><a href="/" class="custom-logo-link">{e(s["org"])}</a>{_nav(s["nav"], "primary-menu")}</header>\n'
        + f'<div id="content"><main id="main"><article class="post">\n<h1 class="entry-title">{e(pg["title"])}</h1>\n'
        + f'<div class="entry-meta"><time datetime="{pg["iso"]}">{e(pg["date"])}</time> {byl}</div>\n'
        + f'<div class="entry-content">\n{top}{body}\n{end}{fields}</div>\n'
        + f'<div class="sharedaddy"><h3>{e(ui["share"])}:</h3><a href="#">Facebook</a> <a href="#">WhatsApp</a></div>\n</article></main>\n'
        + f'<aside class="widget-area"><section class="widget schedule"><h2>{e(labels.get("schedule", "Schedule"))}</h2><ul>{schedule}</ul></section>'
        + f'<section class="widget volunteer"><p>{e(labels.get("volunteer", ""))}</p></section>'
        + _list(s["related"], "widget recent-posts", ui["more"]) + "</aside></div>\n"
        + f'<footer id="colophon"><p>{e(s["copyright"])}</p><p>{e(s.get("licence", ""))}</p></footer>\n'
        + "</body>\n</html>\n"
    )


def localtv(pg: Page) -> str:
    ui, s = UI[pg["lang"]], pg["site"]
    labels = s.get("labels", {})
    top = "".join(f'<p class="src-top">{e(t)}</p>' for t in _slot(pg, "top"))
    end = "".join(f'<p class="src-end">{e(t)}</p>' for t in _slot(pg, "end"))
    byl = "".join(f'<p class="reporter">{e(t)}</p>' for t in _slot(pg, "byline"))
    fields = "".join(_field(t, '<p class="src-field"><span>{label}</span>{sp}{value}</p>') for t in _slot(pg, "field"))
    body = _with_figure(_paras(pg), _figure(pg, "still", "still-caption"))
    grid = "".join(f"<li>{e(x)}</li>" for x in s.get("grid", []))
    return (
        _head(pg, ["/css/tv.css"], '<meta property="og:type" content="video.other">\n')
        + '<body class="tv-news">\n'
        + _cookie(pg, "cookies-popup")
        + f'<header class="tv-header"><a class="tv-logo" href="/">{e(s["org"])}</a>{_nav(s["nav"], "tv-nav")}<a class="onair" href="/live">{e(labels.get("live", "LIVE"))}</a></header>\n'
        + f'<main class="tv-main"><div class="video-wrap"><video controls preload="none" poster="{a(pg["img"])}"><source src="/media/{pg["n"]}.mp4" type="video/mp4"></video>'
        + f'<p class="programme">{e(labels.get("programme", ""))} <span class="dur">{e(s.get("duration", "02:14"))}</span></p></div>\n'
        + f'<article class="tv-article"><h1>{e(pg["title"])}</h1><p class="tv-date">{e(pg["date"])}</p>\n{byl}{top}<div class="tv-text">\n{body}\n</div>\n{end}{fields}'
        + f'<div class="tv-share">{e(ui["share"])}</div></article>\n'
        + _list(s["related"], "tv-more", ui["more"])
        + f'<section class="tv-grid"><h2>{e(labels.get("grid", ""))}</h2><ul>{grid}</ul></section></main>\n'
        + f'<footer class="tv-footer"><p>{e(s["copyright"])}</p>{_nav(s["footer"], "tv-footer-nav")}</footer>\n'
        + "</body>\n</html>\n"
    )


TEMPLATES = {
    "govpress": govpress,
    "municipal": municipal,
    "uninews": uninews,
    "ngo": ngo,
    "diocese": diocese,
    "trade": trade,
    "pubreg": pubreg,
    "commradio": commradio,
    "localtv": localtv,
}


def render_page(pg: Page) -> str:
    return TEMPLATES[pg["site"]["tpl"]](pg)
