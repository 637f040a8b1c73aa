# ruff: noqa: RUF001, RUF002, E501
"""Conventions round 15 (issue 14), written blind: credit lines that must LEAVE the text.

The weakest measured figure is credit lines left in the text. Every page here is a whole page
in a real CMS's chrome (WordPress, Arc-style, Drupal, a Chinese/Korean/Japanese portal
template: head with og: tags and JSON-LD, nav, article with byline, tag list and share row,
related links, footer) carrying an invented story with another outlet's credit; the credit,
with all of its furniture, must leave ``text``, the story must stay and the original publisher
must be named. The twins (look-alike lines that belong to the story and must stay) are in
``test_attribution_conventions15_twins.py``. Rounds 9 and 10 had agency sign-offs and credit
blocks on small articles; this round puts them (and new forms) in whole pages and in markup:
glued inside the last or first ``<p>``, split across elements, inside a ``<blockquote>``, a
``<table>`` cell, ``<small>``, an ``<aside>`` in the body, after the tag list and share row.

Families (141 cases, 182 credit lines):
- desk_code (39): the closing desk codes and slugs of each agency's copy, with its dateline:
  AFP "str-ebe/kjm", "burs-fz/lth", "bur-rl/ab/swi"; dpa-AFX "/lre/DP/he"; "© dpa-infocom,
  dpa:250314-930-412345/1"; "dpa lnw xy yz"; a magazine's "ani/dpa"; Lusa "ACG // JMR" +
  "Lusa/Fim"; PAP "Autorka: ... (PAP)" + "akw/ mmi/ mhr/"; AGI "(AGI)Ba1/Fab 141230 MAR 25";
  ANSA "YQA-COM"; EFE "efe ccm/lml"; Prensa Latina "jha/rfc"; PTI "PTI SKT ABM RT"; Bhasha
  "भाषा राजकुमार मनीषा"; UNI "UNI XC RN 1245"; IANS "--IANS" + "sk/arm" and "--आईएएनएस" +
  "एसकेपी/एबीएम"; CMC "CMC/sp/ir/2025"; APA "(Schluss) sos/ham" + "APA0123 2025-03-14/11:42";
  BTA "/ДС/"; Ritzau "/ritzau/"; Kyodo "==Kyodo"; Yonhap "(END)" + reporter e-mail; Xinhua
  "Enditem" and "（完）"; KUNA "(end) ak.gta" and "(النهاية) م ع ح / ف ن"; WAM "WAM/Hatem
  Mohamed" and "وام/دينا عمر/حاتم محمد"; SPA "// انتهى //" + "14:35ت م"; NAN
  "(NAN)(www.nannews.ng)" + "Edited by ..."; Bernama "-- BERNAMA" (en, ms); Antara "Pewarta:" +
  "Editor:" + "COPYRIGHT © ANTARA 2025"; BSS "BSS/AAS/RY/1245 hrs"; TASS's link notice; Yonhap's
  and Newsis's e-mail + "<저작권자...>" lines.
- glued_tail (25): the credit after the last sentence inside the same ``<p>``: "(ANI)", "—
  Reuters", "<em>AFP</em>", "— Bernama", "(PNA)", "<strong>(Reuters)</strong>", "(AP)",
  "<small>(AFP)</small>", "<br><em>Source: Xinhua</em>", "(©NTB)", "(MTI)", "（共同）", "(و م ع)",
  "(APS)", "(Belga)", "(ANSA).", "<br>/ritzau/", "<em>(EFE)</em>", "<strong>(dpa)</strong>",
  "(Folhapress)", "<strong>Theo TTXVN</strong>", "(PAP)", "(इनपुट: भाषा)", "(ČTK)", "(AA)".
- glued_head (10): the credit glued to the first line: "Source: Reuters<br>", "By AFP |",
  "Por AFP<br>", "Fuente: Europa Press —", "(Avec AFP)", "المصدر: واس<br>", "（来源：新华网）",
  "Kaynak: İHA<br>", "Agência Brasil –", "РИА Новости.".
- split_credit (24): label and name in separate elements ("Source:" / "Reuters", "Story by" /
  "Agence France-Presse", <dt>Quelle:</dt><dd>dpa</dd>, "Fuente" / "EFE", "Fuente:" / "Europa
  Press", "Lähde:" / "STT", "Källa" / "TT", "Kaynak:" / "Anadolu Ajansı", "المصدر:" / "أ ش أ",
  "Story courtesy of" / "Kenya News Agency", "Zdroj:" / "ČTK", 提供 / 共同通信, 출처 / 뉴시스,
  "Источник:" / "ТАСС", "इनपुट:" / "आईएएनएस", "Fonte:" / "Adnkronos") and credits in a
  blockquote, a table cell (en, zh 中国新闻网), <small>, an <aside> in the body (Lusa, Antara),
  after the tag list, after the share row.
- rights_notice (21): AP's notice (one line; two <small> lines), "© Copyright Thomson Reuters
  2025. Click For Restrictions", "Our Standards: The Thomson Reuters Trust Principles.", UPI's
  notice, "This report by The Canadian Press was first published ...", Business Standard's
  "auto-generated from a syndicated feed", "© 2025 BERNAMA", Bloomberg's "--With assistance
  from" + "To contact the reporter/editors" + "©2025 Bloomberg L.P.", AFP's three-paragraph
  French notice, dpa's "Weiterverbreitung nur mit Genehmigung der dpa", EFE's "Prohibida su
  reproducción", Lusa, ANSA, Xinhua (未经许可，不得转载), Kyodo (無断転載を禁じます), Interfax,
  Ukrinform's hyperlink notice, ČTK, WAM, Anadolu.
- editing_signoff (12): Reuters' sign-offs in en (3, one glued in italics), fr "version
  française", de "redigiert von ... Bei Rückfragen", es "editado en español por", pt
  "Reportagem de", ar "للنشرة العربية", ja 編集, zh 编译/审校, ru "Редактор"; Agência Brasil's
  "Edição:" + "Fonte:".
- contributor_line (10): "Associated Press writer(s)/journalists ... contributed", CP's "— With
  files from The Associated Press", "(With inputs from PTI)", "(इनपुट: आईएएनएस)", "Avec AFP",
  "Com informações da Agência Brasil", "Con información de EFE", "Mit Material der dpa".

Languages (141): en 49, es 11, de 10, pt 8, ar 8, fr 6, it 5, hi 5, zh 5, ru 5, ja 4, tr 4,
ko 3, cs 3, pl 2, da 2, id 2, bg 1, ms 1, nb 1, hu 1, nl 1, vi 1, fi 1, sv 1, uk 1. With the
twins (201 in all): en 69 (34%), de 17, es 16, fr 11, ar 11, pt 10, ru 9, it 7, zh 7, hi 6,
ko 6, ja 6, tr 6, pl 3, cs 3, da 2, id 2, nl 2, bg, ms, nb, hu, vi, fi, sv, uk 1 each: 25
languages besides English, each in its own script.

Rules of the round (labels as a reader judges them, written before the first run):
- ``credit_lines`` is every line or fragment that credits the original: the agency's sign-off,
  desk codes and editors' initials, its reporter e-mail, its copyright and redistribution
  notice, its editing and contributor lines, a host's "syndicated feed" note, and both halves
  of a split label and name. Datelines are never credit lines (they stay; the twins assert it).
- ``must_keep`` is the first and last story paragraphs without the dateline (for a glued
  credit, the sentence it is glued to).
- "Avec AFP", "With inputs from PTI", "Com informações da ...", "Con información de ...", "Mit
  Material der dpa" under a desk story: the named agency is the only source named for the copy,
  so it is expected (the author is unsure of this reading; see the notes).
- Names: the table's canonical name where aggregator/data/publishers.toml has the outlet, else
  its own English name (Caribbean Media Corporation, Bulgarian News Agency, Maghreb Arabe
  Presse, News Agency of Nigeria, Kenya News Agency, China News Service); ``accept`` holds its
  short and own-script names, except "KNA" from Nairobi (the table's Catholic agency).
- A credit line is "left" when its normalised text is still in the text, as a whole word where
  its ends are letters of a spaced script ("TT" is not found in "att"), as a substring for
  Chinese, Japanese and Korean.
- Pages, stories and sites are invented; outlets are real. Where the author was unsure of an
  agency's exact convention, the case's ``note`` says so.

First run on the unchanged code (branch round15 off main at 7f0e104, both files, cases committed
before the run in 8bfd177 and not edited since): 201 cases, 152 passed, 49 failed; this module
107 passed, 34 failed of 141; the twins 45 passed, 15 failed of 60.

    family               cases  passed  publisher right  lines left  sentences kept
    desk_code               39      30       37/39             9/51        78/78
    glued_tail              25      24       24/25             1/25        50/50
    glued_head              10       4        4/10             5/10        19/20
    split_credit            24      17       19/24             7/43        48/48
    rights_notice           21      16       21/21             6/29        42/42
    editing_signoff         12       6       11/12             6/13        24/24
    contributor_line        10      10       10/10             0/11        20/20
    all                    141     107      126/141           34/182      281/282

(34 of the 182 credit lines, 18.7%, stayed in the text.)

What failed here, by class (from the assertion messages):
- a desk code or slug left in the text with the publisher right (7): dpa-AFX "/lre/DP/he",
  AGI "(AGI)Ba1/Fab 141230 MAR 25", ANSA "YQA-COM", EFE "efe ccm/lml", Xinhua "（完）", WAM's
  "وام/دينا عمر/حاتم محمد", SPA's "// انتهى //" and its time stamp; BTA's dateline
  "/Мария Иванова, БТА/" not read (None) and "/ДС/" left (1);
- editor's initials read as an agency: "ani/dpa" credited 'ANI' (1);
- a glued tail not read: "(و م ع)" after the last sentence gave None and stayed (1);
- a credit glued to the first line not read, publisher None and the credit left: "By AFP |",
  "Fuente: Europa Press —", "(Avec AFP)", "Agência Brasil –", "<b>РИА Новости.</b>" (5);
  "（来源：新华网）" glued to the first sentence gave a name running into that sentence and the
  sentence was lost (1);
- a split label and name: nothing read and both halves left (<dl> Quelle:/dpa, 提供/共同通信);
  the name left but nothing read and the label left ("Story by"/"Agence France-Presse"); the
  publisher right but the label left ("Story courtesy of", "इनपुट:"); an <aside> in the body
  (Lusa, Antara) left the text but nothing read it (publisher None) (7);
- a rights notice's later lines left (publisher right): AP's second line "This material may
  not be published ...", AFP's 2nd and 3rd French paragraphs, Xinhua's 未经许可，不得转载,
  Kyodo's 無断転載を禁じます, Anadolu's "tüm yayın hakları" (5);
- a Reuters sign-off in another language left (publisher right): de "redigiert von ... Bei
  Rückfragen", es "editado en español por", ar "للنشرة العربية", zh 编译/审校, ru "Редактор"
  (5); the Japanese one also with publisher None (the dateline ［東京　１４日　ロイター］ not read) (1).
No contributor line stayed; one story sentence was lost (the zh head case).

No case has been changed since the first run. Failing cases carry ``xfail(strict=True)``
(``XFAIL`` below) so the suite stays green; the pass that fixes a class removes its marks.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from aggregator.processing import process_page
from tests.test_attribution_conventions14 import UI, Story, Ui, esc

pytestmark = pytest.mark.conventions15

DATE = "2025-03-14T09:10:00+00:00"


@dataclass(frozen=True)
class Case:
    """One page: who originally published it (None: nobody but the site), the credit lines
    that must leave the text, the story sentences that must stay in it, and the author's note
    on a label he was unsure of (written before the first run)."""

    id: str
    family: str
    language: str
    url: str
    html: str
    expected: str | None = None
    accept: tuple[str, ...] = ()
    credit_lines: tuple[str, ...] = ()
    must_keep: tuple[str, ...] = ()
    note: str = ""


def S(title: str, *paras: str) -> Story:
    return Story(title, paras)


#: The CMS furniture of the languages round 14 does not have.
UI15: dict[str, Ui] = {
    **UI,
    "ms": Ui(
        ("Berita", "Semasa", "Ekonomi", "Rencana", "Sukan"),
        "Kongsi",
        "Berita berkaitan",
        ("Tentang kami", "Hubungi kami", "Dasar privasi", "Terma penggunaan"),
        "Hak cipta terpelihara.",
    ),
    "vi": Ui(
        ("Thời sự", "Xã hội", "Kinh tế", "Thế giới", "Thể thao"),
        "Chia sẻ",
        "Tin liên quan",
        ("Giới thiệu", "Liên hệ", "Chính sách bảo mật", "Điều khoản"),
        "Bản quyền thuộc về tòa soạn.",
    ),
    "cs": Ui(
        ("Zprávy", "Domácí", "Ekonomika", "Názory", "Sport"),
        "Sdílet",
        "Související články",
        ("O nás", "Kontakt", "Ochrana osobních údajů", "Podmínky užití"),
        "Všechna práva vyhrazena.",
    ),
    "hu": Ui(
        ("Belföld", "Külföld", "Gazdaság", "Vélemény", "Sport"),
        "Megosztás",
        "Kapcsolódó cikkek",
        ("Impresszum", "Kapcsolat", "Adatvédelem", "Felhasználási feltételek"),
        "Minden jog fenntartva.",
    ),
    "bg": Ui(
        ("Новини", "България", "Икономика", "Мнения", "Спорт"),
        "Сподели",
        "Свързани новини",
        ("За нас", "Контакти", "Поверителност", "Общи условия"),
        "Всички права запазени.",
    ),
    "sv": Ui(
        ("Nyheter", "Lokalt", "Ekonomi", "Debatt", "Sport"),
        "Dela artikeln",
        "Läs också",
        ("Om oss", "Kontakt", "Integritetspolicy", "Cookies"),
        "Med ensamrätt.",
    ),
    "nb": Ui(
        ("Nyheter", "Lokalt", "Økonomi", "Meninger", "Sport"),
        "Del saken",
        "Les også",
        ("Om oss", "Kontakt", "Personvern", "Informasjonskapsler"),
        "Ettertrykk forbudt.",
    ),
    "da": Ui(
        ("Nyheder", "Lokalt", "Økonomi", "Debat", "Sport"),
        "Del artiklen",
        "Læs også",
        ("Om os", "Kontakt", "Privatlivspolitik", "Cookies"),
        "Alle rettigheder forbeholdes.",
    ),
    "fi": Ui(
        ("Uutiset", "Kotimaa", "Talous", "Mielipide", "Urheilu"),
        "Jaa artikkeli",
        "Lue myös",
        ("Tietoa meistä", "Yhteystiedot", "Tietosuoja", "Käyttöehdot"),
        "Kaikki oikeudet pidätetään.",
    ),
}

RTL = {"ar", "ur", "fa", "he"}

#: How four kinds of CMS name the parts of an article page.
CMS: dict[str, dict[str, str]] = {
    "wp": {
        "article": 'article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry"',
        "body": 'div class="entry-content"',
        "title": 'h1 class="entry-title"',
        "by": 'div class="entry-meta"',
        "tags": 'footer class="entry-footer"',
        "share": 'div class="sharedaddy sd-sharing-enabled"',
    },
    "arc": {
        "article": 'article class="b-article-body" data-testid="article-container"',
        "body": 'div class="c-article-body" data-testid="article-body"',
        "title": 'h1 class="c-heading" data-testid="headline"',
        "by": 'div class="c-byline" data-testid="byline"',
        "tags": 'div class="c-tags" data-testid="tags"',
        "share": 'div class="c-share-bar" data-testid="share-bar"',
    },
    "drupal": {
        "article": 'article role="article" class="node node--type-article node--view-mode-full"',
        "body": 'div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"',
        "title": 'h1 class="page-title"',
        "by": 'div class="node__meta"',
        "tags": 'div class="field field--name-field-tags field--type-entity-reference"',
        "share": 'div class="social-share-links"',
    },
    "portal": {
        "article": 'div class="article-wrap" id="article"',
        "body": 'div class="article-content" id="article-content"',
        "title": 'h1 class="article-title"',
        "by": 'div class="article-info"',
        "tags": 'div class="article-keywords"',
        "share": 'div class="bdsharebuttonbox"',
    },
}


def _tag(spec: str) -> str:
    return spec.split(" ", 1)[0]


def p(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{esc(text)}</p>"


def em(text: str) -> str:
    return f"<p><em>{esc(text)}</em></p>"


def strong(text: str) -> str:
    return f"<p><strong>{esc(text)}</strong></p>"


def small(text: str) -> str:
    return f"<p><small>{esc(text)}</small></p>"


def page(
    *,
    lang: str,
    site: str,
    url: str,
    title: str,
    body: Sequence[str],
    byline: str = "",
    after: Sequence[str] = (),
    tags: Sequence[str] = (),
    cms: str = "wp",
    related: Sequence[str] = (),
) -> str:
    """A whole page as the CMS renders it: head with og: tags, canonical and JSON-LD; header
    and nav; the article (title, byline, the ``body`` blocks, then the tag list and the share
    row, then the ``after`` blocks, still inside the article); related links and the footer."""
    ui = UI15[lang]
    c = CMS[cms]
    direction = ' dir="rtl"' if lang in RTL else ""
    domain = url.split("/")[2]
    base = f"https://{domain}"
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)} | {esc(site)}</title>",
        f'<meta property="og:site_name" content="{html.escape(site)}">',
        f'<meta property="og:title" content="{html.escape(title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{html.escape(url)}">',
        f'<meta property="og:image" content="{base}/uploads/2025/03/lead.jpg">',
        f'<meta property="article:published_time" content="{DATE}">',
        f'<link rel="canonical" href="{html.escape(url)}">',
    ]
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": DATE,
        "inLanguage": lang,
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": site},
    }
    if byline:
        data["author"] = {"@type": "Person", "name": byline}
    meta.append(
        '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"
    )
    nav = "".join(f'<li><a href="{base}/c/{i}">{esc(n)}</a></li>' for i, n in enumerate(ui.nav))
    by = f"<{c['by']}>" + (f'<span class="author vcard">{esc(byline)}</span> ' if byline else "")
    by += f'<time class="entry-date" datetime="{DATE}">14.03.2025</time></{_tag(c["by"])}>'
    tag_html = ""
    if tags:
        tag_html = (
            f'<{c["tags"]}><ul class="tags">'
            + "".join(
                f'<li><a href="{base}/tag/{i}" rel="tag">{esc(t)}</a></li>'
                for i, t in enumerate(tags)
            )
            + f"</ul></{_tag(c['tags'])}>"
        )
    share = (
        f"<{c['share']}><span>{esc(ui.share)}</span>"
        '<a href="https://www.facebook.com/sharer.php">Facebook</a>'
        '<a href="https://twitter.com/intent/tweet">X</a>'
        '<a href="https://wa.me/?text=">WhatsApp</a>'
        f"</{_tag(c['share'])}>"
    )
    rel = ""
    if related:
        rel = (
            f'<section class="related"><h3>{esc(ui.related)}</h3><ul>'
            + "".join(
                f'<li><a href="{base}/news/{i + 501}">{esc(t)}</a></li>'
                for i, t in enumerate(related)
            )
            + "</ul></section>"
        )
    links = "".join(f'<a href="{base}/p/{i}">{esc(x)}</a> ' for i, x in enumerate(ui.links))
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head>'
        + "".join(meta)
        + '</head><body class="single single-post">'
        + f'<header class="site-header"><a class="site-logo" href="{base}/">{esc(site)}</a>'
        + f'<nav class="primary-menu"><ul>{nav}</ul></nav></header>'
        + '<main id="main" class="site-main">'
        + f"<{c['article']}>"
        + f"<{c['title']}>{esc(title)}</{_tag(c['title'])}>{by}"
        + f"<{c['body']}>"
        + "".join(body)
        + f"</{_tag(c['body'])}>"
        + tag_html
        + share
        + "".join(after)
        + f"</{_tag(c['article'])}>"
        + rel
        + "</main>"
        + f'<footer class="site-footer"><nav>{links}</nav><p>© 2025 {esc(site)}. {esc(ui.rights)}</p></footer>'
        + "</body></html>"
    )


def c(
    id: str,
    family: str,
    lang: str,
    story: Story,
    *,
    site: str,
    dom: str,
    expected: str | None = None,
    accept: Sequence[str] = (),
    credit: Sequence[str] = (),
    keep: Sequence[str] = (),
    lead: str = "",
    start: str = "",
    end: str = "",
    mid: Sequence[str] = (),
    tail: Sequence[str] = (),
    after: Sequence[str] = (),
    tags: Sequence[str] = (),
    byline: str = "",
    cms: str = "wp",
    keep_lead: bool = False,
    note: str = "",
) -> Case:
    """A case from the parts of its page. ``lead`` is the wire's dateline before the first
    sentence (escaped text), ``start`` and ``end`` raw markup glued inside the first and the last
    paragraph, ``mid`` blocks after the second paragraph, ``tail`` blocks after the story inside
    the body, ``after`` blocks inside the article after its tag list and share row. By default
    the story's first and last paragraphs must stay (with the dateline when ``keep_lead``)."""
    paras = list(story.paras)
    blocks = [f"<p>{esc(x)}</p>" for x in paras]
    blocks[0] = f"<p>{start}{esc(lead + paras[0])}</p>"
    if len(paras) > 1:
        blocks[-1] = f"<p>{esc(paras[-1])}{end}</p>"
    elif end:
        blocks[0] = f"<p>{start}{esc(lead + paras[0])}{end}</p>"
    body = [*blocks[:2], *mid, *blocks[2:], *tail]
    url = f"https://www.{dom}/2025/03/14/{id.split('-', 2)[-1]}/"
    pool = [s.title for s in STORIES.get(lang, ()) if s is not story][:3]
    markup = page(
        lang=lang,
        site=site,
        url=url,
        title=story.title,
        body=body,
        byline=byline,
        after=after,
        tags=tags,
        cms=cms,
        related=pool,
    )
    first = (lead + paras[0]) if keep_lead else paras[0]
    return Case(
        id=id,
        family=family,
        language=lang,
        url=url,
        html=markup,
        expected=expected,
        accept=tuple(accept),
        credit_lines=tuple(credit),
        must_keep=tuple(keep) or (first, paras[-1]),
        note=note,
    )


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _wordlike(ch: str) -> bool:
    """A character that joins words in a script with spaces (not Chinese, Japanese or Korean)."""
    return ch.isalnum() and ord(ch) < 0x2E80


def left_in(line: str, text: str) -> bool:
    """Whether the credit ``line`` is still in the normalised ``text``: as a whole word where its
    ends are letters or digits of a spaced script ("TT" is not in "att", "EFE" not in
    "efectivos"), as a plain substring otherwise."""
    n = _norm(line)
    left = r"(?<!\w)" if _wordlike(n[0]) else ""
    right = r"(?!\w)" if _wordlike(n[-1]) else ""
    return re.search(left + re.escape(n) + right, text) is not None


def check(x: Case) -> None:
    """The case's three assertions, as in round 14: the publisher, the credit lines gone, the
    story kept."""
    article = process_page(x.html, x.url)
    got = article.attribution.original_publisher
    if x.expected is None:
        assert got is None, f"{x.id}: credited {got!r} on a page that credits no one"
    else:
        names = {_norm(n) for n in (x.expected, *x.accept)}
        assert got is not None and _norm(got) in names, f"{x.id}: {got!r}, expected {x.expected!r}"
    text = _norm(article.text)
    for line in x.credit_lines:
        assert not left_in(line, text), f"{x.id}: credit line left in text: {line!r}"
    for sentence in x.must_keep:
        assert _norm(sentence) in text, f"{x.id}: story sentence lost: {sentence!r}"


#: Invented stories, by language, told the way each language's press tells them.
STORIES: dict[str, tuple[Story, ...]] = {
    "en": (
        S(
            "Ferry operator suspends night crossings after engine fire",
            "The state ferry operator suspended all night crossings on its northern route on Friday after an engine fire forced 212 passengers to return to port.",
            "Nobody was hurt, and the vessel was towed back to harbour by two tugboats shortly after midnight, the company said.",
            "Maritime safety investigators boarded the ship on Friday morning and are expected to publish a preliminary report within 30 days.",
            "Daytime services will run on a reduced timetable until a replacement vessel arrives from the southern route next week.",
        ),
        S(
            "Drought pushes coffee prices to a two-year high",
            "Arabica coffee futures rose to their highest level in two years on Thursday as a prolonged drought in the main growing regions threatened this year's harvest.",
            "Traders said rainfall over the past eight weeks had been less than half the seasonal average across the central highlands.",
            "Exporters have begun delaying shipments to buyers in Europe, according to two industry associations.",
            "Growers' cooperatives warned that smaller farms could lose as much as a third of their crop if the rains do not return by April.",
        ),
        S(
            "Parliament passes bill to cap university tuition fees",
            "Parliament on Wednesday passed a bill capping tuition fees at public universities for the next five years, after a debate that ran past midnight.",
            "The measure was approved by 187 votes to 142, with several opposition members crossing the floor to support it.",
            "University rectors warned that the cap would leave a funding gap of about 300 million a year unless the government raised direct grants.",
            "The bill now goes to the upper house, which is expected to vote on it before the summer recess.",
        ),
        S(
            "Health ministry confirms measles outbreak in three northern districts",
            "The health ministry confirmed on Tuesday an outbreak of measles in three northern districts, with 64 cases recorded since the start of February.",
            "Most of those infected are children under five who had not received the second dose of the vaccine, a ministry spokesperson said.",
            "Mobile vaccination teams will visit schools and markets in the affected districts over the next two weeks.",
            "Parents were urged to check their children's vaccination cards and to keep sick children at home.",
        ),
        S(
            "Cricket board names new selection panel after series defeat",
            "The national cricket board on Monday named a new five-member selection panel, a week after the team lost a home Test series for the first time in 12 years.",
            "Former captain Rahul Desai will chair the panel, which takes charge before the tour of the Caribbean in June.",
            "The board also said it would review the domestic first-class calendar, which players have criticised as overcrowded.",
            "The outgoing panel's term had been due to end in September.",
        ),
        S(
            "Heavy rains cut power to 40,000 homes",
            "Heavy rains overnight cut electricity to about 40,000 homes and forced the closure of two main roads, the national disaster office said on Saturday.",
            "Crews from the power company were working to restore supply, but some rural communities could remain without electricity until Monday.",
            "The meteorological service has kept a flood warning in place for low-lying coastal areas until Sunday evening.",
            "Schools in the worst-affected parishes will stay closed on Monday, the education ministry said.",
        ),
        S(
            "Central bank raises rate to defend currency",
            "The central bank raised its main lending rate by 75 basis points to 11.5 per cent on Thursday, its first increase in more than a year, as it sought to slow the currency's slide.",
            "The currency has lost about 9 per cent against the dollar since January, pushing up the cost of imported fuel and food.",
            "The bank's governor said the monetary policy committee stood ready to act again if inflation expectations did not stabilise.",
            "Analysts said the move would weigh on credit growth, which had already slowed to its weakest pace since 2020.",
        ),
        S(
            "Chipmaker to build $1.2 billion packaging plant",
            "A semiconductor company said on Tuesday it would build a $1.2 billion chip packaging and testing plant, creating about 2,500 jobs over five years.",
            "Construction is due to start in the third quarter, with the first production line expected to begin operating in late 2027.",
            "The government will provide land and a ten-year tax holiday under its electronics manufacturing scheme, officials said.",
            "The company did not say which of its customers would be served from the new plant.",
        ),
        S(
            "Rescuers pull 11 survivors from collapsed building",
            "Rescuers pulled 11 people alive from the rubble of a six-storey residential building that collapsed early on Sunday, officials said.",
            "At least seven people were killed, and firefighters were still searching for about a dozen residents who were unaccounted for.",
            "Local authorities said the building had been declared unsafe in 2019 but families had continued to live there.",
            "The city's governor ordered an inspection of all buildings of similar age in the district.",
        ),
        S(
            "National airline orders 40 narrow-body jets",
            "The national airline said on Wednesday it had ordered 40 narrow-body aircraft worth about $4.8 billion at list prices, as it expands its regional network.",
            "Deliveries are scheduled to begin in 2028 and run until 2032, the airline said in a statement.",
            "The carrier currently operates 62 aircraft and plans to add 14 new routes over the next three years.",
            "Airlines usually negotiate substantial discounts on large orders.",
        ),
        S(
            "Election commission extends voter registration deadline",
            "The election commission on Friday extended the deadline for voter registration by two weeks after long queues formed at registration centres in several cities.",
            "About 1.8 million new voters had registered by Thursday evening, short of the commission's target of 2.5 million.",
            "Opposition parties had demanded the extension, saying many young people had been turned away when centres closed early.",
            "The general election is scheduled for August.",
        ),
        S(
            "Wildlife officials move 30 elephants from drought-hit park",
            "Wildlife officials began moving 30 elephants from a drought-hit national park to a reserve 400 kilometres away on Monday, in one of the country's largest relocation operations.",
            "The animals are being sedated and transported by truck in small family groups to reduce stress.",
            "Rangers said water holes in the park had dried up weeks earlier than usual after the rains failed.",
            "The operation is expected to take about ten days.",
        ),
    ),
    "fr": (
        S(
            "Grève des contrôleurs aériens : 40 % des vols annulés à Marseille",
            "La direction générale de l'aviation civile a demandé aux compagnies d'annuler 40 % de leurs vols jeudi à l'aéroport de Marseille-Provence en raison d'une grève des contrôleurs aériens.",
            "Le mouvement, lancé par deux syndicats minoritaires, porte sur les effectifs et l'organisation du travail de nuit.",
            "Les passagers concernés peuvent reporter leur voyage sans frais ou demander un remboursement, ont précisé plusieurs compagnies.",
            "Un nouveau préavis a été déposé pour le week-end du 22 mars.",
        ),
        S(
            "Inondations dans le Pas-de-Calais : 300 habitants évacués",
            "Environ 300 habitants de trois communes du Pas-de-Calais ont été évacués dans la nuit de mardi à mercredi après la crue de l'Aa, a annoncé la préfecture.",
            "Les pompiers ont effectué une quarantaine de sauvetages, notamment de personnes âgées bloquées à l'étage de leur maison.",
            "Le département reste placé en vigilance orange pour les crues jusqu'à jeudi matin.",
            "Le gouvernement a promis une procédure accélérée de reconnaissance de l'état de catastrophe naturelle.",
        ),
        S(
            "Le port d'Oran va doubler sa capacité de traitement des conteneurs",
            "Le port d'Oran va doubler sa capacité de traitement des conteneurs d'ici 2027 grâce à un nouveau terminal de 40 hectares, a annoncé jeudi le ministre des Transports.",
            "Le projet prévoit l'acquisition de six portiques de quai et l'approfondissement du chenal d'accès à 16 mètres.",
            "Les délais d'attente des navires en rade, qui dépassent parfois dix jours, devraient ainsi être réduits de moitié.",
            "Les travaux seront confiés à une entreprise publique nationale.",
        ),
    ),
    "de": (
        S(
            "Bahnstrecke zwischen Köln und Aachen bis Ostern gesperrt",
            "Die Bahnstrecke zwischen Köln und Aachen bleibt wegen Bauarbeiten bis zum Ostermontag gesperrt, teilte die Deutsche Bahn am Freitag mit.",
            "Fernzüge werden über Mönchengladbach umgeleitet und brauchen dadurch rund 40 Minuten länger.",
            "Im Regionalverkehr fahren zwischen Düren und Aachen Ersatzbusse im Halbstundentakt.",
            "Die Bahn erneuert auf dem Abschnitt Gleise, Weichen und die Oberleitung.",
        ),
        S(
            "Landtag beschließt zweites beitragsfreies Kita-Jahr",
            "Der Landtag hat am Donnerstag ein zweites beitragsfreies Kita-Jahr beschlossen, das ab August für alle Kinder ab vier Jahren gilt.",
            "Familien sparen dadurch im Durchschnitt rund 2.400 Euro im Jahr, rechnete die Familienministerin im Plenum vor.",
            "Die Kommunen kritisierten, das Land erstatte ihnen die ausfallenden Beiträge nur zum Teil.",
            "Die Opposition stimmte gegen das Gesetz und forderte stattdessen mehr Geld für zusätzliche Erzieherinnen und Erzieher.",
        ),
    ),
    "es": (
        S(
            "Un incendio forestal obliga a desalojar dos pueblos en Ávila",
            "Un incendio forestal declarado el viernes por la tarde en la sierra de Gredos obligó a desalojar a unos 600 vecinos de dos pueblos de Ávila, informó la Junta de Castilla y León.",
            "Más de 200 efectivos, apoyados por nueve medios aéreos, trabajaban por la noche para frenar el avance de las llamas.",
            "Los desalojados pasaron la noche en un polideportivo de la comarca y en casas de familiares.",
            "Las autoridades no descartan que el fuego haya sido provocado.",
        ),
        S(
            "El Gobierno aprueba ayudas de 150 millones para el olivar",
            "El Consejo de Ministros aprobó este martes un paquete de ayudas de 150 millones de euros para los olivareros afectados por la sequía de los dos últimos años.",
            "Las ayudas se repartirán en función de las hectáreas cultivadas y de las pérdidas acreditadas, explicó el ministro de Agricultura.",
            "Las organizaciones agrarias consideran la cifra insuficiente y piden que se rebajen también los módulos del IRPF.",
            "Las solicitudes podrán presentarse a partir de mayo.",
        ),
        S(
            "Cuba sumará 15 parques solares antes de fin de año",
            "Cuba pondrá en funcionamiento 15 nuevos parques solares fotovoltaicos antes de que termine el año, informó este viernes el Ministerio de Energía y Minas.",
            "Cada parque tendrá una potencia de 21,8 megawatts y se conectará al sistema eléctrico nacional.",
            "Las autoridades esperan que la nueva capacidad reduzca los cortes de electricidad durante las horas de mayor consumo.",
            "Los primeros cuatro parques entrarán en servicio en la provincia de Camagüey.",
        ),
    ),
    "pt": (
        S(
            "Chuva deixa 12 concelhos do distrito do Porto em aviso vermelho",
            "A Proteção Civil colocou 12 concelhos do distrito do Porto em aviso vermelho devido à chuva forte prevista para as próximas 24 horas.",
            "O comandante regional disse que foram registadas mais de 300 ocorrências desde a madrugada, sobretudo inundações e quedas de árvores.",
            "As aulas foram suspensas em várias escolas de Gondomar e Valongo.",
            "O Instituto Português do Mar e da Atmosfera prevê uma melhoria do tempo a partir de sábado.",
        ),
        S(
            "Governo anuncia concurso com 3 mil vagas para professores",
            "O Ministério da Educação anunciou nesta quinta-feira um concurso com 3 mil vagas para professores de institutos federais em todo o país.",
            "As inscrições começam em abril e as provas devem ser aplicadas em julho, segundo o edital.",
            "Os salários iniciais variam de R$ 5,1 mil a R$ 10,4 mil, conforme a titulação.",
            "A pasta afirma que as novas vagas vão permitir a abertura de cursos técnicos em 40 cidades.",
        ),
    ),
    "it": (
        S(
            "Frana sulla statale, isolati due paesi nel Cosentino",
            "Una frana ha interrotto nella notte la strada statale 107, lasciando isolati due paesi della provincia di Cosenza.",
            "Non ci sono feriti, ma una trentina di famiglie sono rimaste senza acqua corrente, ha riferito la Protezione civile regionale.",
            "I tecnici dell'Anas sono al lavoro per aprire un percorso alternativo entro domenica.",
            "Il sindaco ha chiesto lo stato di emergenza per l'intera zona.",
        ),
        S(
            "Porto di Bari, nuovo terminal crociere da 25 milioni",
            "L'Autorità di sistema portuale ha presentato mercoledì il progetto del nuovo terminal crociere del porto di Bari, che costerà 25 milioni di euro.",
            "La struttura potrà accogliere fino a 4.000 passeggeri al giorno e sarà alimentata in parte da pannelli solari.",
            "I lavori dovrebbero iniziare in autunno e durare circa due anni.",
            "Gli operatori turistici della città hanno accolto con favore l'annuncio.",
        ),
    ),
    "pl": (
        S(
            "Sejm obniżył akcyzę na olej opałowy",
            "Sejm uchwalił w piątek ustawę, która obniża akcyzę na olej opałowy dla gospodarstw domowych do końca roku.",
            "Za ustawą głosowało 412 posłów, przeciw było 20, a 15 wstrzymało się od głosu.",
            "Według resortu finansów zmiana będzie kosztować budżet około 900 mln zł.",
            "Ustawa trafi teraz do Senatu.",
        ),
        S(
            "W Krakowie ruszyła nowa linia tramwajowa",
            "W niedzielę w Krakowie uruchomiono nową linię tramwajową łączącą Górkę Narodową z centrum miasta.",
            "Trasa ma długość 5,6 km i osiem przystanków, a tramwaje kursują co siedem minut w godzinach szczytu.",
            "Budowa kosztowała około 700 mln zł i była w dużej części finansowana ze środków unijnych.",
            "Mieszkańcy północnych dzielnic od lat czekali na tę inwestycję.",
        ),
    ),
    "ru": (
        S(
            "В Новосибирске открыли новый мост через Обь",
            "В Новосибирске в субботу открыли движение по новому мосту через Обь, строительство которого продолжалось почти четыре года.",
            "Длина моста с подходами составляет около пяти километров, по нему смогут проезжать до 70 тысяч автомобилей в сутки.",
            "Мост построен по концессионному соглашению, проезд по нему будет платным.",
            "Власти города рассчитывают, что новый мост разгрузит центральные улицы.",
        ),
        S(
            "Метро Казани будет работать до часу ночи",
            "Метрополитен Казани с 1 апреля будет работать до часу ночи, сообщили в мэрии города.",
            "Сейчас станции закрываются в полночь, и жители давно просили продлить время работы.",
            "Дополнительные расходы на электроэнергию и зарплату персонала оцениваются в 40 миллионов рублей в год.",
            "Интервалы движения поездов в поздние часы составят около 12 минут.",
        ),
    ),
    "uk": (
        S(
            "У Львові відкрили новий реабілітаційний центр",
            "У Львові в четвер відкрили новий реабілітаційний центр для військових і цивільних, які отримали поранення.",
            "Центр розрахований на 120 пацієнтів одночасно і має басейн, протезну майстерню та психологічну службу.",
            "Будівництво фінансували міський бюджет і міжнародні донори.",
            "Перших пацієнтів центр прийме вже наступного тижня.",
        ),
    ),
    "tr": (
        S(
            "İzmir'de metro hattı Güzelbahçe'ye uzatılıyor",
            "İzmir Büyükşehir Belediyesi, Narlıdere metro hattının Güzelbahçe'ye kadar uzatılması için ihaleye çıktı.",
            "Yaklaşık 7 kilometrelik yeni hatta beş istasyon yer alacak.",
            "Belediye, projenin 2028 yılında tamamlanmasını hedefliyor.",
            "Yeni hattın günde 80 bin yolcu taşıması bekleniyor.",
        ),
        S(
            "Van Gölü'nde su seviyesi son 10 yılın en düşük seviyesinde",
            "Van Gölü'nde su seviyesi, kurak geçen kışın ardından son 10 yılın en düşük seviyesine indi.",
            "Uzmanlar, kıyı şeridinin bazı bölgelerde 50 metre kadar geri çekildiğini belirtti.",
            "Bölgedeki çiftçiler sulama suyu konusunda endişeli.",
            "Devlet Su İşleri yetkilileri yeni bir su tasarrufu planı hazırladıklarını açıkladı.",
        ),
    ),
    "ar": (
        S(
            "افتتاح محطة لتحلية المياه بطاقة 300 ألف متر مكعب يوميا",
            "افتتح وزير الطاقة والمياه يوم الخميس محطة جديدة لتحلية مياه البحر بطاقة إنتاجية تبلغ 300 ألف متر مكعب يوميا.",
            "وقال الوزير إن المحطة ستغطي احتياجات نحو مليون نسمة من مياه الشرب.",
            "وتعمل المحطة جزئيا بالطاقة الشمسية، مما يخفض استهلاكها من الوقود بنحو الثلث.",
            "ومن المقرر افتتاح محطتين مماثلتين قبل نهاية العام المقبل.",
        ),
        S(
            "إطلاق حملة وطنية للتلقيح ضد الحصبة",
            "أطلقت وزارة الصحة يوم الاثنين حملة وطنية للتلقيح ضد الحصبة تستهدف أكثر من مليوني طفل دون سن الخامسة.",
            "وأوضحت الوزارة أن الحملة تستمر ثلاثة أسابيع وتشمل المدارس والمراكز الصحية والأسواق.",
            "ودعت الوزارة الأسر إلى التأكد من حصول أطفالها على الجرعتين.",
            "وسجلت البلاد منذ بداية العام أكثر من 900 إصابة بالمرض.",
        ),
        S(
            "ارتفاع صادرات الفوسفاط بنسبة 12 في المائة",
            "ارتفعت صادرات الفوسفاط ومشتقاته بنسبة 12 في المائة خلال الشهرين الأولين من السنة الجارية، حسب معطيات رسمية.",
            "وعزت المعطيات هذا الارتفاع إلى تحسن الطلب في أسواق آسيا وأمريكا الجنوبية.",
            "كما سجلت واردات الطاقة تراجعا بنسبة 8 في المائة خلال الفترة نفسها.",
            "ويتوقع المهنيون استمرار هذا المنحى خلال الأشهر المقبلة.",
        ),
    ),
    "zh": (
        S(
            "杭州地铁10号线二期开通运营",
            "杭州地铁10号线二期工程14日正式开通运营，全长约8.5公里，设车站6座。",
            "据介绍，新线路开通后，城北地区居民前往市中心的时间将缩短约20分钟。",
            "运营初期，高峰时段行车间隔为6分钟。",
            "当地交通部门表示，将同步调整12条公交线路，方便市民换乘。",
        ),
        S(
            "云南启动春季森林防火专项行动",
            "云南省14日启动春季森林防火专项行动，全省共组织巡护人员5万余人。",
            "省林草局有关负责人表示，今年以来全省降水偏少，森林火险等级偏高。",
            "各地将加强野外用火管理，严查违规用火行为。",
            "专项行动将持续至6月底。",
        ),
    ),
    "ja": (
        S(
            "北陸新幹線、強風で一部区間の運転見合わせ",
            "ＪＲ西日本は１４日、強風の影響で北陸新幹線の金沢―敦賀間の運転を見合わせた。",
            "福井県内では未明から風が強まり、一部の観測点では最大瞬間風速３０メートルを記録した。",
            "同社によると、再開は早くても１５日昼になる見通し。",
            "在来線の特急も一部で運休が出ている。",
        ),
        S(
            "教員不足の公立小中学校、過去最多に",
            "文部科学省は１４日、全国の公立小中学校で昨年５月時点に教員が不足していた学校が過去最多の２１００校に上ったと発表した。",
            "産休や病気休職の代わりとなる臨時教員が見つからないケースが多いという。",
            "同省は、退職した教員の再雇用を進めるよう各教育委員会に求めている。",
            "不足は特に中学校の理科と技術で目立った。",
        ),
    ),
    "ko": (
        S(
            "부산 도시철도 양산선 개통",
            "부산 노포역과 경남 양산을 잇는 도시철도 양산선이 14일 개통했다.",
            "양산선은 총연장 11.4㎞에 정거장 6곳으로, 노포역에서 양산 북정까지 약 20분이 걸린다.",
            "부산교통공사는 출퇴근 시간대 배차 간격을 9분으로 운영할 계획이다.",
            "양산시는 개통에 맞춰 시내버스 노선 8개를 조정했다.",
        ),
        S(
            "전국 아파트 전셋값 3주 연속 상승",
            "전국 아파트 전셋값이 3주 연속 상승한 것으로 나타났다.",
            "한국부동산원이 14일 발표한 주간 아파트 가격 동향에 따르면 이번 주 전국 아파트 전셋값은 0.03% 올랐다.",
            "수도권에서는 신규 입주 물량이 줄어든 지역을 중심으로 상승 폭이 컸다.",
            "매매가격은 지난주와 같은 수준을 유지했다.",
        ),
    ),
    "hi": (
        S(
            "यमुना की सफाई के लिए 1,200 करोड़ रुपये की योजना मंजूर",
            "दिल्ली सरकार ने शुक्रवार को यमुना नदी की सफाई के लिए 1,200 करोड़ रुपये की योजना को मंजूरी दी।",
            "जल मंत्री ने बताया कि योजना के तहत चार नए सीवेज शोधन संयंत्र बनाए जाएंगे।",
            "इन संयंत्रों के दो साल में पूरा होने की उम्मीद है।",
            "पर्यावरण कार्यकर्ताओं ने योजना का स्वागत किया, लेकिन समयसीमा पर सवाल उठाए।",
        ),
        S(
            "राजस्थान में गर्मी की छुट्टियां एक सप्ताह पहले",
            "राजस्थान के शिक्षा विभाग ने बढ़ती गर्मी को देखते हुए सरकारी स्कूलों में गर्मी की छुट्टियां एक सप्ताह पहले शुरू करने का फैसला किया है।",
            "अब छुट्टियां 10 मई से शुरू होंगी और 30 जून तक चलेंगी।",
            "विभाग ने कहा कि परीक्षाएं तय कार्यक्रम के अनुसार ही होंगी।",
            "अभिभावक संघों ने इस फैसले का स्वागत किया है।",
        ),
    ),
    "id": (
        S(
            "Jembatan Pulau Balang mulai dibuka untuk kendaraan pribadi",
            "Jembatan Pulau Balang yang menghubungkan Balikpapan dan Penajam Paser Utara mulai dibuka untuk kendaraan pribadi pada Jumat.",
            "Jembatan sepanjang 1,3 kilometer itu memangkas waktu tempuh dari dua jam menjadi sekitar 40 menit.",
            "Kementerian Pekerjaan Umum menyatakan kendaraan berat belum diizinkan melintas hingga uji beban selesai.",
            "Warga menyambut pembukaan jembatan itu dengan antusias.",
        ),
    ),
    "ms": (
        S(
            "Lebih 3,000 mangsa banjir dipindahkan di Kelantan",
            "Seramai 3,214 mangsa banjir dipindahkan ke 28 pusat pemindahan sementara di Kelantan setakat pagi ini.",
            "Jabatan Kebajikan Masyarakat berkata kebanyakan mangsa adalah dari daerah Pasir Mas dan Tumpat.",
            "Paras air di beberapa sungai utama dilaporkan masih meningkat.",
            "Orang ramai dinasihatkan supaya sentiasa berwaspada dan mematuhi arahan pihak berkuasa.",
        ),
    ),
    "vi": (
        S(
            "Hà Nội khởi công cầu Tứ Liên",
            "Hà Nội khởi công xây dựng cầu Tứ Liên bắc qua sông Hồng với tổng mức đầu tư hơn 19.700 tỷ đồng.",
            "Cây cầu dài khoảng 5,2 km, dự kiến hoàn thành vào năm 2027.",
            "Khi đưa vào sử dụng, cầu sẽ giúp giảm tải cho cầu Nhật Tân và cầu Chương Dương.",
            "Thành phố cam kết hoàn thành giải phóng mặt bằng trong năm nay.",
        ),
    ),
    "cs": (
        S(
            "Praha prodlouží tramvajovou trať do Holyně",
            "Pražský dopravní podnik v sobotu otevře prodloužení tramvajové trati z Barrandova do Holyně.",
            "Nový úsek měří 1,3 kilometru a má tři zastávky.",
            "Stavba stála zhruba 800 milionů korun.",
            "Tramvaje budou v ranní špičce jezdit každé čtyři minuty.",
        ),
    ),
    "hu": (
        S(
            "Három új buszjárat indul Debrecenben",
            "Debrecenben áprilistól három új autóbuszjárat indul a város keleti részén.",
            "A közlekedési társaság szerint a járatok hétköznap tízpercenként közlekednek majd.",
            "A fejlesztés mintegy 600 millió forintba kerül.",
            "A környéken élők régóta kérték a jobb közlekedést.",
        ),
    ),
    "bg": (
        S(
            "Община Пловдив ремонтира 40 улици през пролетта",
            "Община Пловдив започва ремонт на 40 улици в централните райони през април.",
            "Кметът съобщи, че за ремонтите са предвидени 25 милиона лева.",
            "Работите ще се извършват предимно през нощта, за да не се затруднява движението.",
            "Ремонтите трябва да приключат до края на юли.",
        ),
    ),
    "sv": (
        S(
            "Ny pendeltågsstation öppnar i Uppsala",
            "En ny pendeltågsstation öppnar i södra Uppsala i augusti, meddelade Region Uppsala på fredagen.",
            "Stationen beräknas få omkring 6 000 resenärer per dag.",
            "Bygget har kostat cirka 500 miljoner kronor.",
            "Tågen kommer att stanna var femtonde minut i rusningstid.",
        ),
    ),
    "nb": (
        S(
            "Nytt sykehus i Drammen åpner senere enn planlagt",
            "Det nye sykehuset i Drammen åpner først i 2026, et halvt år senere enn planlagt, opplyser helseforetaket.",
            "Forsinkelsen skyldes problemer med ventilasjonsanlegget.",
            "Sykehuset skal ha 460 senger og erstatte dagens bygg fra 1970-tallet.",
            "De ansatte er informert om den nye tidsplanen, sier direktøren.",
        ),
    ),
    "da": (
        S(
            "Aarhus indfører betalingszoner for parkering",
            "Aarhus Kommune indfører fra 1. juni nye betalingszoner for parkering i tre bydele.",
            "Beboere kan købe en licens for 500 kroner om året, mens gæster skal betale 12 kroner i timen.",
            "Kommunen forventer, at ordningen giver 30 millioner kroner om året.",
            "Flere handlende frygter, at kunderne vil blive væk.",
        ),
    ),
    "fi": (
        S(
            "Tampereen raitiotie jatkuu Hiedanrantaan",
            "Tampereen raitiotien uusi osuus Hiedanrantaan avataan liikenteelle elokuussa.",
            "Uusi osuus on noin neljä kilometriä pitkä, ja sillä on kuusi pysäkkiä.",
            "Rakentaminen maksoi noin 90 miljoonaa euroa.",
            "Raitiovaunut kulkevat ruuhka-aikaan seitsemän minuutin välein.",
        ),
    ),
    "nl": (
        S(
            "Nieuwe fietsbrug over het Albertkanaal in Antwerpen",
            "Over het Albertkanaal in Antwerpen komt een nieuwe fietsbrug, heeft de Vlaamse regering vrijdag beslist.",
            "De brug wordt 180 meter lang en moet in 2027 klaar zijn.",
            "De kostprijs wordt geraamd op 22 miljoen euro.",
            "De Fietsersbond is tevreden met de beslissing.",
        ),
    ),
}

EN = STORIES["en"]


def st(lang: str, i: int = 0) -> Story:
    return STORIES[lang][i]


AFP = ("Agence France-Presse", "Agence France Presse")
DPA = ("Deutsche Presse-Agentur", "dpa-AFX", "dpa-infocom", "DPA")
PTI = ("PTI", "PTI-Bhasha", "Bhasha", "भाषा")

# --- 1. desk codes and slugs closing wire copy, in each agency's own convention --------------

DESK = [
    c(
        "desk-en-afp-str-slug",
        "desk_code",
        "en",
        EN[8],
        site="Gulf Morning Post",
        dom="gulfmorningpost.com",
        lead="ISTANBUL (AFP) - ",
        tail=[p("str-ebe/kjm")],
        expected="AFP",
        accept=AFP,
        credit=["str-ebe/kjm"],
    ),
    c(
        "desk-en-afp-burs-slug",
        "desk_code",
        "en",
        EN[6],
        site="Frontier Business Daily",
        dom="frontierbusinessdaily.com",
        cms="arc",
        lead="ISLAMABAD (AFP) - ",
        tail=[p("burs-fz/lth")],
        expected="AFP",
        accept=AFP,
        credit=["burs-fz/lth"],
    ),
    c(
        "desk-fr-afp-bur-slug",
        "desk_code",
        "fr",
        st("fr", 1),
        site="L'Écho du Littoral",
        dom="echodulittoral.fr",
        lead="Lille (AFP) - ",
        tail=[p("bur-rl/ab/swi")],
        expected="AFP",
        accept=AFP,
        credit=["bur-rl/ab/swi"],
    ),
    c(
        "desk-de-dpa-afx-initials",
        "desk_code",
        "de",
        st("de", 0),
        site="Finanztreff Rheinland",
        dom="finanztreff-rheinland.de",
        lead="KÖLN (dpa-AFX) - ",
        tail=[p("/lre/DP/he")],
        expected="dpa",
        accept=DPA,
        credit=["/lre/DP/he"],
        note="dpa-AFX's closing '/initials/DP/initials' as the author knows it from finance portals.",
    ),
    c(
        "desk-de-dpa-infocom-id",
        "desk_code",
        "de",
        st("de", 1),
        site="Südkurier Online",
        dom="suedwestkurier-online.de",
        byline="dpa",
        tail=[p("© dpa-infocom, dpa:250314-930-412345/1")],
        expected="dpa",
        accept=DPA,
        credit=["© dpa-infocom, dpa:250314-930-412345/1"],
    ),
    c(
        "desk-de-dpa-regional-slug",
        "desk_code",
        "de",
        st("de", 0),
        site="Eifel-Anzeiger",
        dom="eifel-anzeiger.de",
        cms="drupal",
        lead="Düren (dpa/lnw) - ",
        tail=[p("dpa lnw xy yz")],
        expected="dpa",
        accept=DPA,
        credit=["dpa lnw xy yz"],
        note="the regional service's slug line printed as the copy's last line; the exact letters are the author's.",
    ),
    c(
        "desk-de-magazine-initials-dpa",
        "desk_code",
        "de",
        st("de", 1),
        site="Nachrichtenmagazin Nordlicht",
        dom="nordlicht-magazin.de",
        cms="arc",
        tail=[p("ani/dpa")],
        expected="dpa",
        accept=DPA,
        credit=["ani/dpa"],
        note="'editor's initials/agency' as news magazines close agency-based copy: read as crediting dpa (unsure: the magazine's editor rewrote it).",
    ),
    c(
        "desk-pt-lusa-initials-fim",
        "desk_code",
        "pt",
        st("pt", 0),
        site="Notícias do Douro",
        dom="noticiasdodouro.pt",
        lead="Porto, 14 mar 2025 (Lusa) - ",
        tail=[p("ACG // JMR"), p("Lusa/Fim")],
        expected="Agência Lusa",
        accept=["Lusa", "Agencia Lusa"],
        credit=["ACG // JMR", "Lusa/Fim"],
    ),
    c(
        "desk-pl-pap-author-initials",
        "desk_code",
        "pl",
        st("pl", 0),
        site="Kurier Pomorski",
        dom="kurierpomorski.pl",
        tail=[p("Autorka: Anna Kowalczyk (PAP)"), p("akw/ mmi/ mhr/")],
        expected="Polish Press Agency",
        accept=["PAP", "Polska Agencja Prasowa"],
        credit=["Autorka: Anna Kowalczyk (PAP)", "akw/ mmi/ mhr/"],
    ),
    c(
        "desk-it-agi-stamp",
        "desk_code",
        "it",
        st("it", 1),
        site="Puglia Sera",
        dom="pugliasera.it",
        lead="(AGI) - Bari, 14 mar. - ",
        tail=[p("(AGI)Ba1/Fab 141230 MAR 25")],
        expected="AGI",
        accept=["Agenzia Italia", "Agenzia AGI"],
        credit=["(AGI)Ba1/Fab 141230 MAR 25"],
        note="AGI's closing code with the filing time, as the author remembers it (office code, editor, ddhhmm MON yy).",
    ),
    c(
        "desk-it-ansa-code",
        "desk_code",
        "it",
        st("it", 0),
        site="Calabria Oggi",
        dom="calabriaoggi.it",
        cms="drupal",
        lead="(ANSA) - COSENZA, 14 MAR - ",
        tail=[p("YQA-COM")],
        expected="ANSA",
        accept=["Agenzia ANSA"],
        credit=["YQA-COM"],
        note="the ANSA service code line as the brief gives it; the author is unsure where ANSA prints it.",
    ),
    c(
        "desk-es-efe-initials",
        "desk_code",
        "es",
        st("es", 0),
        site="Diario de la Meseta",
        dom="diariodelameseta.es",
        lead="Ávila, 14 mar (EFE).- ",
        tail=[p("efe ccm/lml")],
        expected="EFE",
        accept=["Agencia EFE"],
        credit=["efe ccm/lml"],
    ),
    c(
        "desk-es-prensa-latina-initials",
        "desk_code",
        "es",
        st("es", 2),
        site="Portal Caribe Hoy",
        dom="caribehoy.com",
        lead="La Habana, 14 mar (Prensa Latina) ",
        tail=[p("jha/rfc")],
        expected="Prensa Latina",
        accept=["PL", "Agencia Prensa Latina"],
        credit=["jha/rfc"],
    ),
    c(
        "desk-en-pti-codes",
        "desk_code",
        "en",
        EN[4],
        site="Deccan Sports Desk",
        dom="deccansportsdesk.in",
        lead="New Delhi, Mar 14 (PTI) ",
        tail=[p("PTI SKT ABM RT")],
        expected="Press Trust of India",
        accept=PTI,
        credit=["PTI SKT ABM RT"],
    ),
    c(
        "desk-hi-bhasha-editors",
        "desk_code",
        "hi",
        st("hi", 0),
        site="राजधानी समाचार",
        dom="rajdhanisamachar.in",
        lead="नयी दिल्ली, 14 मार्च (भाषा) ",
        tail=[p("भाषा राजकुमार मनीषा")],
        expected="Press Trust of India",
        accept=PTI,
        credit=["भाषा राजकुमार मनीषा"],
        note="Bhasha copy closes with 'भाषा' and the editors' first names; the whole line is the credit.",
    ),
    c(
        "desk-en-uni-codes",
        "desk_code",
        "en",
        EN[10],
        site="Capital Chronicle",
        dom="capitalchronicle.in",
        lead="New Delhi, Mar 14 (UNI) ",
        tail=[p("UNI XC RN 1245")],
        expected="United News of India",
        accept=["UNI"],
        credit=["UNI XC RN 1245"],
    ),
    c(
        "desk-en-ians-dashes",
        "desk_code",
        "en",
        EN[7],
        site="Tech Bharat",
        dom="techbharat.co.in",
        lead="New Delhi, March 14 (IANS) ",
        tail=[p("--IANS"), p("sk/arm")],
        expected="IANS",
        accept=["Indo-Asian News Service"],
        credit=["--IANS", "sk/arm"],
    ),
    c(
        "desk-hi-ians-dashes",
        "desk_code",
        "hi",
        st("hi", 1),
        site="मरुधरा टाइम्स",
        dom="marudharatimes.com",
        lead="जयपुर, 14 मार्च (आईएएनएस)। ",
        tail=[p("--आईएएनएस"), p("एसकेपी/एबीएम")],
        expected="IANS",
        accept=["आईएएनएस", "Indo-Asian News Service"],
        credit=["--आईएएनएस", "एसकेपी/एबीएम"],
    ),
    c(
        "desk-en-cmc-slug",
        "desk_code",
        "en",
        EN[5],
        site="Island Voice",
        dom="islandvoice.jm",
        lead="KINGSTON, Jamaica, Mar 14, CMC – ",
        tail=[p("CMC/sp/ir/2025")],
        expected="Caribbean Media Corporation",
        accept=["CMC"],
        credit=["CMC/sp/ir/2025"],
    ),
    c(
        "desk-de-apa-schluss-code",
        "desk_code",
        "de",
        st("de", 1),
        site="Alpenland Nachrichten",
        dom="alpenland-nachrichten.at",
        lead="Wien (APA) - ",
        tail=[p("(Schluss) sos/ham"), p("APA0123 2025-03-14/11:42")],
        expected="APA",
        accept=["Austria Presse Agentur", "APA-Austria Presse Agentur"],
        credit=["(Schluss) sos/ham", "APA0123 2025-03-14/11:42"],
        note="APA's '(Schluss)' and the message number line; the number's format is the author's recollection.",
    ),
    c(
        "desk-bg-bta-initials",
        "desk_code",
        "bg",
        st("bg"),
        site="Тракия Днес",
        dom="trakiadnes.bg",
        lead="Пловдив, 14 март /Мария Иванова, БТА/ ",
        tail=[p("/ДС/")],
        expected="Bulgarian News Agency",
        accept=["BTA", "БТА", "Българска телеграфна агенция"],
        credit=["/ДС/"],
        note="BTA closes with the editor's initials between slashes; the dateline names the agency.",
    ),
    c(
        "desk-da-ritzau-line",
        "desk_code",
        "da",
        st("da"),
        site="Østjysk Dagblad",
        dom="ostjyskdagblad.dk",
        tail=[p("/ritzau/")],
        expected="Ritzau",
        accept=["Ritzaus Bureau"],
        credit=["/ritzau/"],
    ),
    c(
        "desk-en-kyodo-equals",
        "desk_code",
        "en",
        EN[9],
        site="Asia Aviation Weekly",
        dom="asiaaviationweekly.com",
        lead="TOKYO, March 14, Kyodo - ",
        tail=[p("==Kyodo")],
        expected="Kyodo News",
        accept=["Kyodo"],
        credit=["==Kyodo"],
    ),
    c(
        "desk-en-yonhap-end-email",
        "desk_code",
        "en",
        EN[7],
        site="Korea Tech Ledger",
        dom="koreatechledger.com",
        cms="arc",
        lead="SEOUL, March 14 (Yonhap) -- ",
        tail=[p("hsk@yna.co.kr"), p("(END)")],
        expected="Yonhap",
        accept=["Yonhap News Agency"],
        credit=["hsk@yna.co.kr", "(END)"],
    ),
    c(
        "desk-en-xinhua-enditem",
        "desk_code",
        "en",
        EN[11],
        site="Savanna Times",
        dom="savannatimes.co.ke",
        lead="NAIROBI, March 14 (Xinhua) -- ",
        tail=[p("Enditem")],
        expected="Xinhua",
        accept=["Xinhua News Agency"],
        credit=["Enditem"],
    ),
    c(
        "desk-zh-xinhua-wan",
        "desk_code",
        "zh",
        st("zh", 1),
        site="春城在线",
        dom="chunchengzaixian.cn",
        cms="portal",
        lead="新华社昆明3月14日电（记者杨静）",
        tail=[p("（完）")],
        expected="Xinhua",
        accept=["新华社"],
        credit=["（完）"],
    ),
    c(
        "desk-en-kuna-end",
        "desk_code",
        "en",
        EN[3],
        site="Gulf Health Monitor",
        dom="gulfhealthmonitor.com",
        lead="KUWAIT, March 14 (KUNA) -- ",
        tail=[p("(end) ak.gta")],
        expected="Kuwait News Agency",
        accept=["KUNA"],
        credit=["(end) ak.gta"],
    ),
    c(
        "desk-ar-kuna-nihaya",
        "desk_code",
        "ar",
        st("ar", 0),
        site="الخليج اليوم",
        dom="alkhaleejalyoum.com",
        lead="الكويت - 14 - 3 (كونا) -- ",
        tail=[p("(النهاية) م ع ح / ف ن")],
        expected="Kuwait News Agency",
        accept=["KUNA", "كونا"],
        credit=["(النهاية) م ع ح / ف ن"],
    ),
    c(
        "desk-en-wam-editor",
        "desk_code",
        "en",
        EN[9],
        site="Emirates Business Review",
        dom="emiratesbusinessreview.ae",
        lead="ABU DHABI, 14th March, 2025 (WAM) -- ",
        tail=[p("WAM/Hatem Mohamed")],
        expected="Emirates News Agency",
        accept=["WAM"],
        credit=["WAM/Hatem Mohamed"],
    ),
    c(
        "desk-ar-wam-editors",
        "desk_code",
        "ar",
        st("ar", 0),
        site="صحيفة الساحل",
        dom="alsahel-news.ae",
        lead="أبوظبي في 14 مارس/ وام/ ",
        tail=[p("وام/دينا عمر/حاتم محمد")],
        expected="Emirates News Agency",
        accept=["WAM", "وام"],
        credit=["وام/دينا عمر/حاتم محمد"],
        note="WAM's Arabic closing line with its editors as the author recalls it.",
    ),
    c(
        "desk-ar-spa-intaha",
        "desk_code",
        "ar",
        st("ar", 1),
        site="صحيفة الجنوب",
        dom="aljanoub-news.sa",
        lead="الرياض 14 مارس 2025 م واس ",
        tail=[p("// انتهى //"), p("14:35ت م")],
        expected="Saudi Press Agency",
        accept=["SPA", "واس"],
        credit=["// انتهى //", "14:35ت م"],
        note="SPA's '// انتهى //' and its Makkah-time stamp as the author recalls them.",
    ),
    c(
        "desk-en-nan-edited-by",
        "desk_code",
        "en",
        EN[10],
        site="Lagos Ledger",
        dom="lagosledger.ng",
        lead="Abuja, March 14, 2025 (NAN) ",
        tail=[p("(NAN)(www.nannews.ng)"), p("Edited by Isaac Ukpoju")],
        expected="News Agency of Nigeria",
        accept=["NAN"],
        credit=["(NAN)(www.nannews.ng)", "Edited by Isaac Ukpoju"],
    ),
    c(
        "desk-en-bernama-dashes",
        "desk_code",
        "en",
        EN[3],
        site="Peninsula Herald",
        dom="peninsulaherald.my",
        lead="KUALA LUMPUR, March 14 (Bernama) -- ",
        tail=[p("-- BERNAMA")],
        expected="Bernama",
        credit=["-- BERNAMA"],
    ),
    c(
        "desk-ms-bernama-dashes",
        "desk_code",
        "ms",
        st("ms"),
        site="Suara Pantai Timur",
        dom="suarapantaitimur.my",
        lead="KOTA BHARU, 14 Mac -- ",
        tail=[p("-- BERNAMA")],
        expected="Bernama",
        credit=["-- BERNAMA"],
    ),
    c(
        "desk-id-antara-pewarta",
        "desk_code",
        "id",
        st("id"),
        site="Kaltim Terkini",
        dom="kaltimterkini.co.id",
        lead="Balikpapan (ANTARA) - ",
        tail=[p("Pewarta: Ahmad Rizal"), p("Editor: Budi Santoso"), p("COPYRIGHT © ANTARA 2025")],
        expected="Antara",
        accept=["Antara News", "ANTARA"],
        credit=["Pewarta: Ahmad Rizal", "Editor: Budi Santoso", "COPYRIGHT © ANTARA 2025"],
    ),
    c(
        "desk-en-bss-slug",
        "desk_code",
        "en",
        EN[10],
        site="Dhaka Daybreak",
        dom="dhakadaybreak.com",
        lead="DHAKA, March 14, 2025 (BSS) - ",
        tail=[p("BSS/AAS/RY/1245 hrs")],
        expected="Bangladesh Sangbad Sangstha",
        accept=["BSS"],
        credit=["BSS/AAS/RY/1245 hrs"],
        note="BSS English's closing slug with the time, as the author recalls it.",
    ),
    c(
        "desk-ru-tass-no-signoff-notice",
        "desk_code",
        "ru",
        st("ru", 0),
        site="Сибирский курьер",
        dom="sibkurier.ru",
        lead="НОВОСИБИРСК, 14 марта. /ТАСС/. ",
        tail=[p("При полном или частичном использовании материалов ссылка на ТАСС обязательна.")],
        expected="TASS",
        accept=["ТАСС", "ITAR-TASS"],
        credit=["При полном или частичном использовании материалов ссылка на ТАСС обязательна."],
    ),
    c(
        "desk-ko-yonhap-email-notice",
        "desk_code",
        "ko",
        st("ko", 0),
        site="동남권일보",
        dom="dongnamilbo.co.kr",
        cms="portal",
        lead="(부산=연합뉴스) 김선호 기자 = ",
        tail=[
            p("sunho@yna.co.kr"),
            p("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
        ],
        expected="Yonhap",
        accept=["연합뉴스", "Yonhap News Agency"],
        credit=[
            "sunho@yna.co.kr",
            "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        ],
    ),
    c(
        "desk-ko-newsis-notice",
        "desk_code",
        "ko",
        st("ko", 1),
        site="경제투데이코리아",
        dom="econtodaykorea.co.kr",
        cms="portal",
        lead="[서울=뉴시스] 이연희 기자 = ",
        tail=[
            p("dyhlee@newsis.com"),
            p("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지>"),
        ],
        expected="Newsis",
        accept=["뉴시스", "뉴시스통신사"],
        credit=[
            "dyhlee@newsis.com",
            "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지>",
        ],
    ),
]


# --- 2. credits glued to the end of the last paragraph ---------------------------------------

GLUED = [
    c(
        "glued-en-ani-parens",
        "glued_tail",
        "en",
        EN[4],
        site="Sports Samachar",
        dom="sportssamachar.in",
        end=" (ANI)",
        expected="ANI",
        accept=["Asian News International"],
        credit=["(ANI)"],
    ),
    c(
        "glued-en-dash-reuters",
        "glued_tail",
        "en",
        EN[6],
        site="Straits Markets",
        dom="straitsmarkets.sg",
        end=" — Reuters",
        expected="Reuters",
        credit=["— Reuters"],
    ),
    c(
        "glued-en-italic-afp",
        "glued_tail",
        "en",
        EN[9],
        site="The Harbour Times",
        dom="harbourtimes.com.pk",
        end=" <em>AFP</em>",
        expected="AFP",
        accept=AFP,
        credit=["AFP"],
        note="the agency's name alone in italics after the last full stop, inside the same paragraph.",
    ),
    c(
        "glued-en-dash-bernama",
        "glued_tail",
        "en",
        EN[0],
        site="Borneo Post Online",
        dom="borneoevening.com.my",
        end=" — Bernama",
        expected="Bernama",
        credit=["— Bernama"],
    ),
    c(
        "glued-en-pna-parens",
        "glued_tail",
        "en",
        EN[3],
        site="Mindanao Courier",
        dom="mindanaocourier.ph",
        end=" (PNA)",
        expected="Philippine News Agency",
        accept=["PNA"],
        credit=["(PNA)"],
    ),
    c(
        "glued-en-reuters-parens-bold",
        "glued_tail",
        "en",
        EN[7],
        site="Silicon Plains",
        dom="siliconplains.com",
        cms="arc",
        end=" <strong>(Reuters)</strong>",
        expected="Reuters",
        credit=["(Reuters)"],
    ),
    c(
        "glued-en-ap-parens",
        "glued_tail",
        "en",
        EN[1],
        site="Commodity Weekly",
        dom="commodityweekly.com",
        end=" (AP)",
        expected="Associated Press",
        accept=["AP", "The Associated Press"],
        credit=["(AP)"],
    ),
    c(
        "glued-en-small-afp",
        "glued_tail",
        "en",
        EN[8],
        site="Anatolia Expat News",
        dom="anatoliaexpat.com",
        end=" <small>(AFP)</small>",
        expected="AFP",
        accept=AFP,
        credit=["(AFP)"],
    ),
    c(
        "glued-en-br-source-xinhua",
        "glued_tail",
        "en",
        EN[11],
        site="Great Lakes Chronicle",
        dom="greatlakeschronicle.co.tz",
        end="<br><em>Source: Xinhua</em>",
        expected="Xinhua",
        accept=["Xinhua News Agency"],
        credit=["Source: Xinhua"],
    ),
    c(
        "glued-nb-ntb-copyright",
        "glued_tail",
        "nb",
        st("nb"),
        site="Buskerud Blad",
        dom="buskerudblad.no",
        end=" (©NTB)",
        expected="NTB",
        accept=["Norsk Telegrambyrå"],
        credit=["(©NTB)"],
    ),
    c(
        "glued-hu-mti",
        "glued_tail",
        "hu",
        st("hu"),
        site="Hajdúsági Hírek",
        dom="hajdusagihirek.hu",
        end=" (MTI)",
        expected="MTI",
        accept=["Magyar Távirati Iroda", "Hungarian News Agency"],
        credit=["(MTI)"],
    ),
    c(
        "glued-ja-kyodo",
        "glued_tail",
        "ja",
        st("ja", 1),
        site="北信濃新報",
        dom="kitashinano-shimpo.jp",
        cms="portal",
        end="（共同）",
        expected="Kyodo News",
        accept=["共同通信", "共同通信社", "Kyodo"],
        credit=["（共同）"],
    ),
    c(
        "glued-ar-map",
        "glued_tail",
        "ar",
        st("ar", 2),
        site="جريدة الأطلس",
        dom="jaridat-alatlas.ma",
        end=" (و م ع)",
        expected="Maghreb Arabe Presse",
        accept=["MAP", "و م ع", "وكالة المغرب العربي للأنباء", "Agence Marocaine de Presse"],
        credit=["(و م ع)"],
    ),
    c(
        "glued-fr-aps",
        "glued_tail",
        "fr",
        st("fr", 2),
        site="Le Quotidien de l'Ouest",
        dom="quotidien-ouest.dz",
        end=" (APS)",
        expected="Algérie Presse Service",
        accept=["APS", "Algerie Presse Service"],
        credit=["(APS)"],
    ),
    c(
        "glued-nl-belga",
        "glued_tail",
        "nl",
        st("nl"),
        site="Scheldeland Nieuws",
        dom="scheldelandnieuws.be",
        end=" (Belga)",
        expected="Belga",
        accept=["Agence Belga", "Belga News Agency"],
        credit=["(Belga)"],
    ),
    c(
        "glued-it-ansa-parens-dot",
        "glued_tail",
        "it",
        st("it", 1),
        site="Levante Notizie",
        dom="levantenotizie.it",
        end=" (ANSA).",
        expected="ANSA",
        accept=["Agenzia ANSA"],
        credit=["(ANSA)."],
    ),
    c(
        "glued-da-ritzau-br",
        "glued_tail",
        "da",
        st("da"),
        site="Aarhus Ugeavis",
        dom="aarhusugeavis.dk",
        cms="drupal",
        end="<br>/ritzau/",
        expected="Ritzau",
        accept=["Ritzaus Bureau"],
        credit=["/ritzau/"],
    ),
    c(
        "glued-es-efe-italic",
        "glued_tail",
        "es",
        st("es", 1),
        site="Campo de Jaén Digital",
        dom="campodejaen.es",
        end=" <em>(EFE)</em>",
        expected="EFE",
        accept=["Agencia EFE"],
        credit=["(EFE)"],
    ),
    c(
        "glued-de-dpa-bold",
        "glued_tail",
        "de",
        st("de", 0),
        site="Rur-Bote",
        dom="rur-bote.de",
        end=" <strong>(dpa)</strong>",
        expected="dpa",
        accept=DPA,
        credit=["(dpa)"],
    ),
    c(
        "glued-pt-folhapress",
        "glued_tail",
        "pt",
        st("pt", 1),
        site="Jornal do Vale",
        dom="jornaldovale.com.br",
        end=" (Folhapress)",
        expected="Folhapress",
        credit=["(Folhapress)"],
    ),
    c(
        "glued-vi-theo-ttxvn",
        "glued_tail",
        "vi",
        st("vi"),
        site="Tin Thủ Đô",
        dom="tinthudo.vn",
        end=" <strong>Theo TTXVN</strong>",
        expected="Vietnam News Agency",
        accept=["TTXVN", "VNA", "Thông tấn xã Việt Nam"],
        credit=["Theo TTXVN"],
    ),
    c(
        "glued-pl-pap",
        "glued_tail",
        "pl",
        st("pl", 1),
        site="Gazeta Małopolska Online",
        dom="gazetamalopolska.pl",
        end=" (PAP)",
        expected="Polish Press Agency",
        accept=["PAP", "Polska Agencja Prasowa"],
        credit=["(PAP)"],
    ),
    c(
        "glued-hi-input-bhasha",
        "glued_tail",
        "hi",
        st("hi", 0),
        site="दिल्ली दर्पण",
        dom="dillidarpan.com",
        end=" <strong>(इनपुट: भाषा)</strong>",
        expected="Press Trust of India",
        accept=PTI,
        credit=["(इनपुट: भाषा)"],
    ),
    c(
        "glued-cs-ctk",
        "glued_tail",
        "cs",
        st("cs"),
        site="Pražský deník online",
        dom="prazskyzpravodaj.cz",
        end=" (ČTK)",
        expected="ČTK",
        accept=["CTK", "Czech News Agency", "Česká tisková kancelář"],
        credit=["(ČTK)"],
    ),
    c(
        "glued-tr-aa",
        "glued_tail",
        "tr",
        st("tr", 1),
        site="Doğu Ekspres",
        dom="doguekspres.com.tr",
        end=" (AA)",
        expected="Anadolu Agency",
        accept=["Anadolu", "AA", "Anadolu Ajansı"],
        credit=["(AA)"],
        note="'(AA)' after the last sentence as Turkish portals print it; the author is less sure of this than of 'Kaynak: AA'.",
    ),
]


# --- 3. credits at the head, glued to the first line -----------------------------------------

HEADS = [
    c(
        "head-en-source-reuters-br",
        "glued_head",
        "en",
        EN[1],
        site="Harvest Markets",
        dom="harvestmarkets.com",
        start="<strong>Source: Reuters</strong><br>",
        expected="Reuters",
        credit=["Source: Reuters"],
    ),
    c(
        "head-en-by-afp-pipe",
        "glued_head",
        "en",
        EN[2],
        site="Campus Today",
        dom="campustoday.ng",
        start="<em>By AFP</em> | ",
        expected="AFP",
        accept=AFP,
        credit=["By AFP"],
    ),
    c(
        "head-es-por-afp-br",
        "glued_head",
        "es",
        st("es", 2),
        site="Noticias del Caribe",
        dom="noticiasdelcaribe.com.mx",
        start="<em>Por AFP</em><br>",
        expected="AFP",
        accept=AFP,
        credit=["Por AFP"],
    ),
    c(
        "head-es-fuente-europa-press",
        "glued_head",
        "es",
        st("es", 1),
        site="Agro Sur Digital",
        dom="agrosurdigital.es",
        start="<strong>Fuente: Europa Press</strong> — ",
        expected="Europa Press",
        credit=["Fuente: Europa Press"],
    ),
    c(
        "head-fr-avec-afp",
        "glued_head",
        "fr",
        st("fr", 0),
        site="Provence Info",
        dom="provence-info.fr",
        start="<em>(Avec AFP)</em> ",
        expected="AFP",
        accept=AFP,
        credit=["(Avec AFP)"],
        note="'(Avec AFP)' opening the copy: the site's editor wrote from AFP's dispatch, so AFP is the original (unsure, as for every 'avec AFP').",
    ),
    c(
        "head-ar-source-spa-br",
        "glued_head",
        "ar",
        st("ar", 1),
        site="بوابة الجزيرة العربية",
        dom="bawabat-aljazeera-alarabia.com",
        start="<strong>المصدر: واس</strong><br>",
        expected="Saudi Press Agency",
        accept=["SPA", "واس"],
        credit=["المصدر: واس"],
    ),
    c(
        "head-zh-laiyuan-xinhuanet",
        "glued_head",
        "zh",
        st("zh", 0),
        site="西湖资讯网",
        dom="xihuzixun.cn",
        cms="portal",
        start="（来源：新华网）",
        expected="Xinhua",
        accept=["新华网", "Xinhuanet", "新华社"],
        credit=["（来源：新华网）"],
    ),
    c(
        "head-tr-kaynak-iha-br",
        "glued_head",
        "tr",
        st("tr", 0),
        site="Ege Haber Hattı",
        dom="egehaberhatti.com",
        start="<strong>Kaynak: İHA</strong><br>",
        expected="İhlas Haber Ajansı",
        accept=["İHA", "IHA", "Ihlas News Agency"],
        credit=["Kaynak: İHA"],
    ),
    c(
        "head-pt-agencia-brasil-dash",
        "glued_head",
        "pt",
        st("pt", 1),
        site="Correio do Cerrado",
        dom="correiodocerrado.com.br",
        start="<strong>Agência Brasil</strong> – ",
        expected="Agência Brasil",
        accept=["Agencia Brasil", "ABr"],
        credit=["Agência Brasil"],
    ),
    c(
        "head-ru-ria-bold",
        "glued_head",
        "ru",
        st("ru", 1),
        site="Казань Сегодня",
        dom="kazan-segodnya.ru",
        start="<b>РИА Новости.</b> ",
        expected="RIA Novosti",
        accept=["РИА Новости", "RIA"],
        credit=["РИА Новости."],
    ),
]


# --- 4. credits split across elements, or in a container inside the body ---------------------

SPLIT = [
    c(
        "split-en-source-label-name",
        "split_credit",
        "en",
        EN[6],
        site="Frontier Markets Today",
        dom="frontiermarketstoday.com",
        tail=[
            '<p class="source-label"><strong>Source:</strong></p>',
            '<p class="source-name">Reuters</p>',
        ],
        expected="Reuters",
        credit=["Source:", "Reuters"],
    ),
    c(
        "split-en-story-by-agency-divs",
        "split_credit",
        "en",
        EN[0],
        site="Coastline Daily",
        dom="coastlinedaily.com",
        cms="arc",
        tail=[
            '<div class="credit-label"><span>Story by</span></div>',
            '<div class="credit-name"><a href="https://www.afp.com/">Agence France-Presse</a></div>',
        ],
        expected="AFP",
        accept=AFP,
        credit=["Story by", "Agence France-Presse"],
    ),
    c(
        "split-de-quelle-dl",
        "split_credit",
        "de",
        st("de", 1),
        site="Landeszeitung Online",
        dom="landeszeitung-online.de",
        cms="drupal",
        tail=['<dl class="article-source"><dt>Quelle:</dt><dd>dpa</dd></dl>'],
        expected="dpa",
        accept=DPA,
        credit=["Quelle:", "dpa"],
    ),
    c(
        "split-es-fuente-heading",
        "split_credit",
        "es",
        st("es", 0),
        site="Castilla Noticias",
        dom="castillanoticias.es",
        tail=['<div class="fuente"><h4>Fuente</h4><p>EFE</p></div>'],
        expected="EFE",
        accept=["Agencia EFE"],
        credit=["Fuente", "EFE"],
    ),
    c(
        "split-es-europa-press-two-paras",
        "split_credit",
        "es",
        st("es", 1),
        site="Olivar y Campo",
        dom="olivarycampo.es",
        tail=[p("Fuente:"), p("Europa Press")],
        expected="Europa Press",
        credit=["Fuente:", "Europa Press"],
    ),
    c(
        "split-fi-lahde-stt",
        "split_credit",
        "fi",
        st("fi"),
        site="Pirkanmaan Sanomat",
        dom="pirkanmaansanomat.fi",
        tail=[p("Lähde:"), p("STT")],
        expected="STT",
        accept=["Suomen Tietotoimisto"],
        credit=["Lähde:", "STT"],
    ),
    c(
        "split-sv-kalla-tt",
        "split_credit",
        "sv",
        st("sv"),
        site="Upplandsbladet",
        dom="upplandsbladet.se",
        tail=[
            '<div class="article-source"><h5>Källa</h5></div>',
            '<div class="article-source-name"><p>TT</p></div>',
        ],
        expected="TT Nyhetsbyrån",
        accept=["TT"],
        credit=["Källa", "TT"],
    ),
    c(
        "split-tr-kaynak-spans",
        "split_credit",
        "tr",
        st("tr", 1),
        site="Van Postası",
        dom="vanpostasi.com",
        tail=[
            '<div class="haber-kaynak"><span>Kaynak:</span></div><div><span>Anadolu Ajansı</span></div>'
        ],
        expected="Anadolu Agency",
        accept=["Anadolu", "AA", "Anadolu Ajansı"],
        credit=["Kaynak:", "Anadolu Ajansı"],
    ),
    c(
        "split-ar-mena-two-paras",
        "split_credit",
        "ar",
        st("ar", 1),
        site="بوابة النيل",
        dom="bawabat-alnil.com",
        tail=[p("المصدر:"), p("أ ش أ")],
        expected="Middle East News Agency",
        accept=["MENA", "أ ش أ"],
        credit=["المصدر:", "أ ش أ"],
    ),
    c(
        "split-en-courtesy-kna",
        "split_credit",
        "en",
        EN[11],
        site="Rift Valley Observer",
        dom="riftvalleyobserver.co.ke",
        tail=[p("Story courtesy of"), strong("Kenya News Agency")],
        expected="Kenya News Agency",
        credit=["Story courtesy of", "Kenya News Agency"],
        note="the Kenyan agency in full; 'KNA' alone is the table's Catholic agency and is not accepted.",
    ),
    c(
        "split-cs-zdroj-ctk",
        "split_credit",
        "cs",
        st("cs"),
        site="Metropole Praha",
        dom="metropolepraha.cz",
        tail=[
            '<div class="zdroj"><span class="label">Zdroj:</span></div><div><strong>ČTK</strong></div>'
        ],
        expected="ČTK",
        accept=["CTK", "Czech News Agency", "Česká tisková kancelář"],
        credit=["Zdroj:", "ČTK"],
    ),
    c(
        "split-ja-teikyo-dl",
        "split_credit",
        "ja",
        st("ja", 0),
        site="越前タイムス",
        dom="echizen-times.jp",
        cms="portal",
        tail=['<dl class="credit"><dt>提供</dt><dd>共同通信</dd></dl>'],
        expected="Kyodo News",
        accept=["共同通信", "共同通信社", "Kyodo"],
        credit=["提供", "共同通信"],
    ),
    c(
        "split-ko-chulcheo-newsis",
        "split_credit",
        "ko",
        st("ko", 1),
        site="부동산인사이트",
        dom="budongsaninsight.co.kr",
        cms="portal",
        tail=[
            '<div class="source"><span>출처</span></div><div class="source-name"><span>뉴시스</span></div>'
        ],
        expected="Newsis",
        accept=["뉴시스", "뉴시스통신사"],
        credit=["출처", "뉴시스"],
    ),
    c(
        "split-ru-istochnik-tass",
        "split_credit",
        "ru",
        st("ru", 0),
        site="Обские вести",
        dom="obskie-vesti.ru",
        tail=[p("Источник:"), p("ТАСС")],
        expected="TASS",
        accept=["ТАСС", "ITAR-TASS"],
        credit=["Источник:", "ТАСС"],
    ),
    c(
        "split-hi-input-ians",
        "split_credit",
        "hi",
        st("hi", 1),
        site="शिक्षा संवाद",
        dom="shikshasamvad.in",
        tail=["<p><strong>इनपुट:</strong></p>", p("आईएएनएस")],
        expected="IANS",
        accept=["आईएएनएस", "Indo-Asian News Service"],
        credit=["इनपुट:", "आईएएनएस"],
    ),
    c(
        "split-it-fonte-adnkronos",
        "split_credit",
        "it",
        st("it", 0),
        site="Sila Notizie",
        dom="silanotizie.it",
        tail=['<div class="fonte"><span>Fonte:</span></div><div><span>Adnkronos</span></div>'],
        expected="Adnkronos",
        credit=["Fonte:", "Adnkronos"],
    ),
    c(
        "split-en-blockquote-source-afp",
        "split_credit",
        "en",
        EN[2],
        site="Scholars' Gazette",
        dom="scholarsgazette.com",
        tail=["<blockquote><p>Source: AFP</p></blockquote>"],
        expected="AFP",
        accept=AFP,
        credit=["Source: AFP"],
    ),
    c(
        "split-en-table-cell-xinhua",
        "split_credit",
        "en",
        EN[5],
        site="Pacific Islands Wire Review",
        dom="pacificislandsreview.com",
        tail=[
            '<table class="story-meta"><tbody><tr><td>Source</td><td>Xinhua</td></tr></tbody></table>'
        ],
        expected="Xinhua",
        accept=["Xinhua News Agency"],
        credit=["Source", "Xinhua"],
        note="'Source' is here a table cell; no story sentence on the page contains the word.",
    ),
    c(
        "split-zh-table-cell-cns",
        "split_credit",
        "zh",
        st("zh", 1),
        site="滇西新闻网",
        dom="dianxixinwen.cn",
        cms="portal",
        tail=["<table><tbody><tr><td>来源：</td><td>中国新闻网</td></tr></tbody></table>"],
        expected="China News Service",
        accept=["中国新闻网", "中新网", "中国新闻社", "China News"],
        credit=["来源：", "中国新闻网"],
    ),
    c(
        "split-en-small-ians",
        "split_credit",
        "en",
        EN[4],
        site="Cricket Corner India",
        dom="cricketcornerindia.com",
        tail=[small("Source: IANS")],
        expected="IANS",
        accept=["Indo-Asian News Service"],
        credit=["Source: IANS"],
    ),
    c(
        "split-pt-aside-lusa",
        "split_credit",
        "pt",
        st("pt", 0),
        site="Gazeta do Minho",
        dom="gazetadominho.pt",
        tail=[
            '<aside class="nota-agencia"><h4>Sobre este texto</h4><p>Texto distribuído pela agência Lusa.</p></aside>'
        ],
        expected="Agência Lusa",
        accept=["Lusa", "Agencia Lusa"],
        credit=["Sobre este texto", "Texto distribuído pela agência Lusa."],
    ),
    c(
        "split-en-after-tags-anadolu",
        "split_credit",
        "en",
        EN[8],
        site="Bosphorus Review",
        dom="bosphorusreview.com",
        tags=["Building collapse", "Rescue", "Istanbul"],
        after=[p("Source: Anadolu Agency", "article-source")],
        expected="Anadolu Agency",
        accept=["Anadolu", "AA", "Anadolu Ajansı"],
        credit=["Source: Anadolu Agency"],
    ),
    c(
        "split-es-after-share-efe",
        "split_credit",
        "es",
        st("es", 0),
        site="Gredos Hoy",
        dom="gredoshoy.es",
        cms="drupal",
        tags=["Incendios", "Ávila"],
        after=[p("Fuente: Agencia EFE", "article-source")],
        expected="EFE",
        accept=["Agencia EFE"],
        credit=["Fuente: Agencia EFE"],
    ),
    c(
        "split-id-aside-sumber-antara",
        "split_credit",
        "id",
        st("id"),
        site="Borneo Timur News",
        dom="borneotimurnews.id",
        mid=['<aside class="baca-juga-box"><p>Sumber: ANTARA</p></aside>'],
        expected="Antara",
        accept=["Antara News", "ANTARA"],
        credit=["Sumber: ANTARA"],
        note="the credit box sits in the middle of the body, after the second paragraph.",
    ),
]


# --- 5. redistribution and rights notices of wires and syndicates ----------------------------

AP_RIGHTS = "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."
AFP_FR_RIGHTS = (
    "Tous droits de reproduction et de représentation réservés. © 2025 Agence France-Presse.",
    "Toutes les informations reproduites dans cette rubrique (dépêches, photos, logos) sont protégées par des droits de propriété intellectuelle détenus par l'AFP.",
    "Par conséquent, aucune de ces informations ne peut être reproduite, modifiée, transmise, rediffusée, traduite, vendue, exploitée commercialement ou utilisée de quelque manière que ce soit sans l'accord préalable écrit de l'AFP.",
)

RIGHTS = [
    c(
        "rights-en-ap-one-line",
        "rights_notice",
        "en",
        EN[0],
        site="Northern Lakes News",
        dom="northernlakesnews.com",
        lead="HELSINKI (AP) — ",
        tail=[em(AP_RIGHTS)],
        expected="Associated Press",
        accept=["AP", "The Associated Press"],
        credit=[AP_RIGHTS],
    ),
    c(
        "rights-en-ap-two-paras",
        "rights_notice",
        "en",
        EN[8],
        site="Valley Sentinel",
        dom="valleysentinel.com",
        cms="arc",
        lead="CAIRO (AP) — ",
        tail=[
            small("Copyright 2025 The Associated Press. All rights reserved."),
            small("This material may not be published, broadcast, rewritten or redistributed."),
        ],
        expected="Associated Press",
        accept=["AP", "The Associated Press"],
        credit=[
            "Copyright 2025 The Associated Press. All rights reserved.",
            "This material may not be published, broadcast, rewritten or redistributed.",
        ],
    ),
    c(
        "rights-en-reuters-click-restrictions",
        "rights_notice",
        "en",
        EN[6],
        site="KXTV Channel 9",
        dom="kxtv9news.com",
        lead="LAGOS, March 14 (Reuters) - ",
        tail=[
            p(
                "© Copyright Thomson Reuters 2025. Click For Restrictions - https://agency.reuters.com/en/copyright.html"
            )
        ],
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=[
            "© Copyright Thomson Reuters 2025. Click For Restrictions - https://agency.reuters.com/en/copyright.html"
        ],
    ),
    c(
        "rights-en-reuters-trust-principles",
        "rights_notice",
        "en",
        EN[1],
        site="Agri Pulse Asia",
        dom="agripulseasia.com",
        lead="SINGAPORE, March 14 (Reuters) - ",
        tail=[
            p("Reporting by Naveen Thukral; Editing by Sherry Jacob-Phillips"),
            p("Our Standards: The Thomson Reuters Trust Principles."),
        ],
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=[
            "Reporting by Naveen Thukral; Editing by Sherry Jacob-Phillips",
            "Our Standards: The Thomson Reuters Trust Principles.",
        ],
        note="Reuters' standards line copied onto a member page is Reuters' furniture: it leaves with the credit.",
    ),
    c(
        "rights-en-upi-notice",
        "rights_notice",
        "en",
        EN[2],
        site="Capitol Digest",
        dom="capitoldigest.com",
        byline="By Darryl Coote, UPI",
        tail=[
            small(
                "Copyright 2025 United Press International, Inc. (UPI). Any reproduction, republication, redistribution and/or modification of any UPI content is expressly prohibited without UPI's prior written consent."
            )
        ],
        expected="United Press International",
        accept=["UPI"],
        credit=[
            "Copyright 2025 United Press International, Inc. (UPI). Any reproduction, republication, redistribution and/or modification of any UPI content is expressly prohibited without UPI's prior written consent."
        ],
    ),
    c(
        "rights-en-cp-first-published",
        "rights_notice",
        "en",
        EN[2],
        site="Prairie Post",
        dom="prairiepost.ca",
        byline="The Canadian Press",
        tail=[em("This report by The Canadian Press was first published March 14, 2025.")],
        expected="The Canadian Press",
        accept=["Canadian Press", "CP"],
        credit=["This report by The Canadian Press was first published March 14, 2025."],
    ),
    c(
        "rights-en-business-standard-pti",
        "rights_notice",
        "en",
        EN[7],
        site="Business Standard",
        dom="business-standard.com",
        lead="New Delhi, Mar 14 (PTI) ",
        tail=[
            em(
                "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)"
            )
        ],
        expected="Press Trust of India",
        accept=PTI,
        credit=[
            "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)"
        ],
    ),
    c(
        "rights-en-bernama-copyright",
        "rights_notice",
        "en",
        EN[0],
        site="Straits Ferry News",
        dom="straitsferrynews.my",
        lead="PENANG, March 14 (Bernama) -- ",
        tail=[p("© 2025 BERNAMA. All Rights Reserved.")],
        expected="Bernama",
        credit=["© 2025 BERNAMA. All Rights Reserved."],
    ),
    c(
        "rights-en-bloomberg-contact-block",
        "rights_notice",
        "en",
        EN[6],
        site="Emerging Markets Desk",
        dom="emergingmarketsdesk.com",
        byline="Bloomberg",
        tail=[
            p("--With assistance from Tian Chen."),
            p(
                "To contact the reporter on this story: Ana Monteiro in Brasilia at amonteiro@bloomberg.net"
            ),
            p(
                "To contact the editors responsible for this story: Juan Pablo Spinetto at jspinetto@bloomberg.net"
            ),
            p("©2025 Bloomberg L.P."),
        ],
        expected="Bloomberg News",
        accept=["Bloomberg", "Bloomberg L.P."],
        credit=[
            "--With assistance from Tian Chen.",
            "To contact the reporter on this story: Ana Monteiro in Brasilia at amonteiro@bloomberg.net",
            "To contact the editors responsible for this story: Juan Pablo Spinetto at jspinetto@bloomberg.net",
            "©2025 Bloomberg L.P.",
        ],
    ),
    c(
        "rights-fr-afp-three-paras",
        "rights_notice",
        "fr",
        st("fr", 0),
        site="Le Méridional Info",
        dom="meridional-info.fr",
        lead="Marseille (AFP) - ",
        tail=[p(x, "copyright") for x in AFP_FR_RIGHTS],
        expected="AFP",
        accept=AFP,
        credit=list(AFP_FR_RIGHTS),
    ),
    c(
        "rights-de-dpa-weiterverbreitung",
        "rights_notice",
        "de",
        st("de", 0),
        site="Aachener Abendblatt",
        dom="aachener-abendblatt.de",
        lead="Aachen (dpa/lnw) - ",
        tail=[
            small("© dpa-infocom GmbH"),
            small("Alle Rechte vorbehalten. Weiterverbreitung nur mit Genehmigung der dpa."),
        ],
        expected="dpa",
        accept=DPA,
        credit=[
            "© dpa-infocom GmbH",
            "Alle Rechte vorbehalten. Weiterverbreitung nur mit Genehmigung der dpa.",
        ],
        note="the wording of dpa's notice is the brief's; the author knows the form, not its exact words.",
    ),
    c(
        "rights-es-efe-prohibida",
        "rights_notice",
        "es",
        st("es", 2),
        site="Energía Latina",
        dom="energialatina.com",
        lead="La Habana, 14 mar (EFE).- ",
        tail=[
            p(
                "© EFE 2025. Todos los derechos reservados. Prohibida su reproducción total o parcial."
            )
        ],
        expected="EFE",
        accept=["Agencia EFE"],
        credit=[
            "© EFE 2025. Todos los derechos reservados. Prohibida su reproducción total o parcial."
        ],
    ),
    c(
        "rights-pt-lusa-reproducao",
        "rights_notice",
        "pt",
        st("pt", 0),
        site="Diário do Grande Porto",
        dom="diariograndeporto.pt",
        lead="Porto, 14 mar 2025 (Lusa) - ",
        tail=[
            small(
                "Todos os direitos reservados. É proibida a reprodução, total ou parcial, sem autorização da Agência Lusa."
            )
        ],
        expected="Agência Lusa",
        accept=["Lusa", "Agencia Lusa"],
        credit=[
            "Todos os direitos reservados. É proibida a reprodução, total ou parcial, sem autorização da Agência Lusa."
        ],
        note="the Lusa notice's wording is the author's (the form is real, the words are not quoted from a page).",
    ),
    c(
        "rights-it-ansa-riproduzione",
        "rights_notice",
        "it",
        st("it", 1),
        site="Bari Porto News",
        dom="bariportonews.it",
        lead="(ANSA) - BARI, 14 MAR - ",
        tail=[p("RIPRODUZIONE RISERVATA © Copyright ANSA")],
        expected="ANSA",
        accept=["Agenzia ANSA"],
        credit=["RIPRODUZIONE RISERVATA © Copyright ANSA"],
    ),
    c(
        "rights-zh-xinhua-shouquan",
        "rights_notice",
        "zh",
        st("zh", 0),
        site="钱江都市网",
        dom="qianjiangdushi.cn",
        cms="portal",
        lead="新华社杭州3月14日电（记者李娜）",
        tail=[p("本文为新华社授权稿件，未经许可，不得转载。")],
        expected="Xinhua",
        accept=["新华社"],
        credit=["本文为新华社授权稿件，未经许可，不得转载。"],
        note="the notice's wording is the author's, after the notices Chinese portals print under licensed Xinhua copy.",
    ),
    c(
        "rights-ja-kyodo-tensai",
        "rights_notice",
        "ja",
        st("ja", 0),
        site="若狭日報",
        dom="wakasa-nippo.jp",
        cms="portal",
        lead="【金沢共同】",
        tail=[small("この記事は共同通信社の配信です。無断転載を禁じます。")],
        expected="Kyodo News",
        accept=["共同通信", "共同通信社", "Kyodo"],
        credit=["この記事は共同通信社の配信です。無断転載を禁じます。"],
        note="the notice's wording is the author's.",
    ),
    c(
        "rights-ru-interfax",
        "rights_notice",
        "ru",
        st("ru", 1),
        site="Поволжье Онлайн",
        dom="povolzhye-online.ru",
        lead="Казань. 14 марта. ИНТЕРФАКС - ",
        tail=[
            small(
                "Все права на материалы принадлежат АО «Интерфакс». Воспроизведение без письменного разрешения запрещено."
            )
        ],
        expected="Interfax",
        accept=["Интерфакс"],
        credit=[
            "Все права на материалы принадлежат АО «Интерфакс». Воспроизведение без письменного разрешения запрещено."
        ],
        note="the notice's wording is the author's.",
    ),
    c(
        "rights-uk-ukrinform-hyperlink",
        "rights_notice",
        "uk",
        st("uk"),
        site="Галицький вісник",
        dom="halytskyivisnyk.ua",
        tail=[
            p(
                "При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для пошукових систем гіперпосилання не нижче першого абзацу на «ukrinform.ua» обов'язкові."
            )
        ],
        byline="Укрінформ",
        expected="Ukrinform",
        accept=["Укрінформ"],
        credit=[
            "При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для пошукових систем гіперпосилання не нижче першого абзацу на «ukrinform.ua» обов'язкові."
        ],
    ),
    c(
        "rights-cs-ctk-zakazano",
        "rights_notice",
        "cs",
        st("cs"),
        site="Pražské listy",
        dom="prazskelisty.cz",
        byline="ČTK",
        tail=[
            small(
                "© Česká tisková kancelář 2025. Publikování nebo jakékoli šíření obsahu je bez předchozího písemného souhlasu ČTK výslovně zakázáno."
            )
        ],
        expected="ČTK",
        accept=["CTK", "Czech News Agency", "Česká tisková kancelář"],
        credit=[
            "© Česká tisková kancelář 2025. Publikování nebo jakékoli šíření obsahu je bez předchozího písemného souhlasu ČTK výslovně zakázáno."
        ],
    ),
    c(
        "rights-ar-wam-huquq",
        "rights_notice",
        "ar",
        st("ar", 0),
        site="الإمارات الآن",
        dom="alemarat-alaan.ae",
        lead="أبوظبي في 14 مارس/ وام/ ",
        tail=[small("جميع حقوق النشر محفوظة لوكالة أنباء الإمارات (وام).")],
        expected="Emirates News Agency",
        accept=["WAM", "وام"],
        credit=["جميع حقوق النشر محفوظة لوكالة أنباء الإمارات (وام)."],
        note="the notice's wording is the author's.",
    ),
    c(
        "rights-tr-aa-haklari",
        "rights_notice",
        "tr",
        st("tr", 0),
        site="İzmir Gündemi",
        dom="izmirgundemi.com.tr",
        lead="İZMİR (AA) - ",
        tail=[
            small("Bu haberin tüm yayın hakları Anadolu Ajansı'na aittir; izinsiz kullanılamaz.")
        ],
        expected="Anadolu Agency",
        accept=["Anadolu", "AA", "Anadolu Ajansı"],
        credit=["Bu haberin tüm yayın hakları Anadolu Ajansı'na aittir; izinsiz kullanılamaz."],
        note="the notice's wording is the author's.",
    ),
]


# --- 6. editing sign-offs --------------------------------------------------------------------

EDITING = [
    c(
        "edit-en-reuters-reporting-additional",
        "editing_signoff",
        "en",
        EN[9],
        site="Airways Asia",
        dom="airwaysasia.com",
        lead="HANOI, March 14 (Reuters) - ",
        tail=[
            p(
                "Reporting by Khanh Vu; Additional reporting by Francesco Guarascio; Editing by Kim Coghill"
            )
        ],
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=[
            "Reporting by Khanh Vu; Additional reporting by Francesco Guarascio; Editing by Kim Coghill"
        ],
    ),
    c(
        "edit-en-reuters-writing-parens",
        "editing_signoff",
        "en",
        EN[10],
        site="Continental Times",
        dom="continentaltimes.africa",
        lead="NAIROBI, March 14 (Reuters) - ",
        tail=[
            p(
                "(Reporting by Duncan Miriri; Writing by George Obulutsa; Editing by Alison Williams)"
            )
        ],
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=[
            "(Reporting by Duncan Miriri; Writing by George Obulutsa; Editing by Alison Williams)"
        ],
    ),
    c(
        "edit-en-reuters-glued-last-para",
        "editing_signoff",
        "en",
        EN[1],
        site="Bean Belt Report",
        dom="beanbeltreport.com",
        lead="SAO PAULO, March 14 (Reuters) - ",
        end=" <em>(Reporting by Marcelo Teixeira; Editing by Nia Williams)</em>",
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=["(Reporting by Marcelo Teixeira; Editing by Nia Williams)"],
    ),
    c(
        "edit-fr-reuters-version-francaise",
        "editing_signoff",
        "fr",
        st("fr", 0),
        site="Aéro Actu",
        dom="aero-actu.fr",
        lead="MARSEILLE, 14 mars (Reuters) - ",
        tail=[
            p(
                "(Reportage Sophie Louet, version française Jean Terzian, édité par Blandine Hénault)"
            )
        ],
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=[
            "(Reportage Sophie Louet, version française Jean Terzian, édité par Blandine Hénault)"
        ],
    ),
    c(
        "edit-de-reuters-rueckfragen",
        "editing_signoff",
        "de",
        st("de", 1),
        site="Wirtschaftskurier",
        dom="wirtschaftskurier.de",
        lead="Düsseldorf (Reuters) - ",
        tail=[
            p(
                "(Bericht von Christian Krämer, redigiert von Elke Ahlswede. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion unter berlin.newsroom@thomsonreuters.com (für Politik und Konjunktur) oder frankfurt.newsroom@thomsonreuters.com (für Unternehmen und Märkte).)"
            )
        ],
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=[
            "(Bericht von Christian Krämer, redigiert von Elke Ahlswede. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion unter berlin.newsroom@thomsonreuters.com (für Politik und Konjunktur) oder frankfurt.newsroom@thomsonreuters.com (für Unternehmen und Märkte).)"
        ],
    ),
    c(
        "edit-es-reuters-editado",
        "editing_signoff",
        "es",
        st("es", 1),
        site="Mercados Hoy",
        dom="mercadoshoy.es",
        lead="MADRID, 14 mar (Reuters) - ",
        tail=[p("(Información de Belén Carreño; editado en español por Benjamín Mejías Valencia)")],
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=["(Información de Belén Carreño; editado en español por Benjamín Mejías Valencia)"],
    ),
    c(
        "edit-pt-reuters-reportagem",
        "editing_signoff",
        "pt",
        st("pt", 1),
        site="Educação em Pauta",
        dom="educacaoempauta.com.br",
        lead="BRASÍLIA (Reuters) - ",
        tail=[p("(Reportagem de Marcela Ayres; Edição de Pedro Fonseca)")],
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=["(Reportagem de Marcela Ayres; Edição de Pedro Fonseca)"],
    ),
    c(
        "edit-ar-reuters-nashra",
        "editing_signoff",
        "ar",
        st("ar", 0),
        site="الاقتصادي اليوم",
        dom="aliqtisadi-alyoum.com",
        lead="الرياض (رويترز) - ",
        tail=[p("(تغطية صحفية حسين الوائلي - إعداد محمد علي فرج للنشرة العربية - تحرير سها جادو)")],
        expected="Reuters",
        accept=["رويترز", "Thomson Reuters"],
        credit=["(تغطية صحفية حسين الوائلي - إعداد محمد علي فرج للنشرة العربية - تحرير سها جادو)"],
    ),
    c(
        "edit-ja-reuters-henshu",
        "editing_signoff",
        "ja",
        st("ja", 1),
        site="教育ジャーナル",
        dom="kyoiku-journal.jp",
        cms="portal",
        lead="［東京　１４日　ロイター］ - ",
        tail=[p("（鈴木健吾　編集：宮崎亜巳）")],
        expected="Reuters",
        accept=["ロイター", "Thomson Reuters"],
        credit=["（鈴木健吾　編集：宮崎亜巳）"],
        note="Reuters Japan's reporter-and-editor line as the author recalls its shape.",
    ),
    c(
        "edit-zh-reuters-bianyi",
        "editing_signoff",
        "zh",
        st("zh", 0),
        site="江南财讯",
        dom="jiangnancaixun.cn",
        cms="portal",
        lead="路透杭州3月14日 - ",
        tail=[p("（编译 李婷婷；审校 张涛）")],
        expected="Reuters",
        accept=["路透", "路透社", "Thomson Reuters"],
        credit=["（编译 李婷婷；审校 张涛）"],
        note="the translator-and-checker line of Reuters' Chinese service as the author recalls its shape.",
    ),
    c(
        "edit-ru-reuters-redaktor",
        "editing_signoff",
        "ru",
        st("ru", 0),
        site="Деловая Сибирь",
        dom="delovaya-sibir.ru",
        lead="НОВОСИБИРСК, 14 мар (Рейтер) - ",
        tail=[p("(Анастасия Тетеревлёва. Редактор Михаил Антонов)")],
        expected="Reuters",
        accept=["Рейтер", "Thomson Reuters"],
        credit=["(Анастасия Тетеревлёва. Редактор Михаил Антонов)"],
    ),
    c(
        "edit-pt-agencia-brasil-edicao",
        "editing_signoff",
        "pt",
        st("pt", 1),
        site="Portal Planalto Central",
        dom="portalplanaltocentral.com.br",
        byline="Agência Brasil",
        tail=[p("Edição: Kleber Sampaio"), p("Fonte: Agência Brasil")],
        expected="Agência Brasil",
        accept=["Agencia Brasil", "ABr"],
        credit=["Edição: Kleber Sampaio", "Fonte: Agência Brasil"],
        note="the agency's editor line travels with its copy onto the member site and is part of the credit.",
    ),
]


# --- 7. contributor lines --------------------------------------------------------------------

CONTRIB = [
    c(
        "contrib-en-ap-writer",
        "contributor_line",
        "en",
        EN[3],
        site="Lakeshore Tribune",
        dom="lakeshoretribune.com",
        lead="LONDON (AP) — ",
        tail=[em("Associated Press writer Maria Cheng in London contributed to this report.")],
        expected="Associated Press",
        accept=["AP", "The Associated Press"],
        credit=["Associated Press writer Maria Cheng in London contributed to this report."],
    ),
    c(
        "contrib-en-ap-writers-two-cities",
        "contributor_line",
        "en",
        EN[0],
        site="Bay Area Bulletin",
        dom="bayareabulletin.com",
        lead="MANILA, Philippines (AP) — ",
        tail=[
            em(
                "Associated Press writers Jim Gomez in Manila and Aniruddha Ghosal in Hanoi, Vietnam, contributed."
            )
        ],
        expected="Associated Press",
        accept=["AP", "The Associated Press"],
        credit=[
            "Associated Press writers Jim Gomez in Manila and Aniruddha Ghosal in Hanoi, Vietnam, contributed."
        ],
    ),
    c(
        "contrib-en-ap-journalists-glued",
        "contributor_line",
        "en",
        EN[8],
        site="Metro Mirror",
        dom="metromirror.com",
        lead="ANTAKYA, Turkey (AP) — ",
        end="<br><em>Associated Press journalists Suzan Fraser in Ankara and Robert Badendieck in Istanbul contributed to this report.</em>",
        expected="Associated Press",
        accept=["AP", "The Associated Press"],
        credit=[
            "Associated Press journalists Suzan Fraser in Ankara and Robert Badendieck in Istanbul contributed to this report."
        ],
    ),
    c(
        "contrib-en-cp-with-files",
        "contributor_line",
        "en",
        EN[5],
        site="Maritime Today",
        dom="maritimetoday.ca",
        byline="The Canadian Press",
        tail=[
            em("— With files from The Associated Press"),
            em("This report by The Canadian Press was first published March 14, 2025."),
        ],
        expected="The Canadian Press",
        accept=["Canadian Press", "CP"],
        credit=[
            "— With files from The Associated Press",
            "This report by The Canadian Press was first published March 14, 2025.",
        ],
        note="CP's story with AP files: CP is the original; the AP line is part of CP's credit furniture and leaves too.",
    ),
    c(
        "contrib-en-with-inputs-pti",
        "contributor_line",
        "en",
        EN[10],
        site="Hyderabad Herald",
        dom="hyderabadherald.in",
        byline="HH News Desk",
        tail=[em("(With inputs from PTI)")],
        expected="Press Trust of India",
        accept=PTI,
        credit=["(With inputs from PTI)"],
        note="'With inputs from PTI' on a desk story: PTI is the only named source of the copy, so it is the original (unsure: the desk may have added its own reporting).",
    ),
    c(
        "contrib-hi-input-ians",
        "contributor_line",
        "hi",
        st("hi", 1),
        site="जयपुर जागरण",
        dom="jaipurjagran.in",
        byline="डेस्क",
        tail=[p("(इनपुट: आईएएनएस)")],
        expected="IANS",
        accept=["आईएएनएस", "Indo-Asian News Service"],
        credit=["(इनपुट: आईएएनएस)"],
    ),
    c(
        "contrib-fr-avec-afp-tail",
        "contributor_line",
        "fr",
        st("fr", 1),
        site="La Voix du Nord-Ouest",
        dom="voixdunordouest.fr",
        byline="La rédaction",
        tail=[em("Avec AFP")],
        expected="AFP",
        accept=AFP,
        credit=["Avec AFP"],
        note="'Avec AFP' under a desk story: AFP expected (unsure, see head-fr-avec-afp).",
    ),
    c(
        "contrib-pt-com-informacoes",
        "contributor_line",
        "pt",
        st("pt", 1),
        site="Folha do Agreste",
        dom="folhadoagreste.com.br",
        byline="Da Redação",
        tail=[em("Com informações da Agência Brasil")],
        expected="Agência Brasil",
        accept=["Agencia Brasil", "ABr"],
        credit=["Com informações da Agência Brasil"],
    ),
    c(
        "contrib-es-con-informacion",
        "contributor_line",
        "es",
        st("es", 2),
        site="El Sol de Oriente",
        dom="elsoldeoriente.com.mx",
        byline="Redacción",
        tail=[em("Con información de EFE")],
        expected="EFE",
        accept=["Agencia EFE"],
        credit=["Con información de EFE"],
    ),
    c(
        "contrib-de-mit-material",
        "contributor_line",
        "de",
        st("de", 0),
        site="Dürener Rundschau Online",
        dom="dueren-rundschau-online.de",
        byline="Redaktion",
        tail=[em("Mit Material der dpa")],
        expected="dpa",
        accept=DPA,
        credit=["Mit Material der dpa"],
    ),
]


CASES: list[Case] = [*DESK, *GLUED, *HEADS, *SPLIT, *RIGHTS, *EDITING, *CONTRIB]

#: The cases that failed their first run on the unchanged code, and why.
XFAIL: dict[str, str] = {
    "split-pt-aside-lusa": "Lusa's credit in an <aside> inside the body left the text but was not read (None)",
}


def _param(x: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[x.id])] if x.id in XFAIL else []
    return pytest.param(x, marks=marks)


@pytest.mark.parametrize("x", [_param(x) for x in CASES], ids=[x.id for x in CASES])
def test_every_credit_line_leaves_the_text(x: Case) -> None:
    check(x)
