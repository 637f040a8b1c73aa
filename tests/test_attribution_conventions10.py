# ruff: noqa: RUF001, RUF002  (the pages are written in their own scripts and punctuation)
"""Conventions round 10 (issue 14), written blind: whole credit blocks. Every line that credits
the original must leave the text, and every story sentence must stay.

Republished pages rarely carry one credit line: they carry a block. Whole small articles
(tests/blogpost.py's story and invented stories in 17 other languages) on invented member sites,
with the block as real sites write it. Each case asserts the publisher (the table's canonical
name for outlets in aggregator/data/publishers.toml, the outlet as it names itself for the
others; `accept` only where a reader could fairly give another), that EVERY line of the block
left the text, and that every story sentence stayed. Families: tail_block (republishing footers
of several lines: ProPublica, CalMatters, Texas Tribune, Grist, Inside Climate News, KFF Health
News, Stateline, The 19th, Mongabay, Civil Eats, Chalkbeat, a CC notice with the licence link,
"Source / Photo / Edited by", "Originally published at X on <date>" + "Reprinted with
permission", a partner box, and the footers of 16 other languages), head_block (editor's notes,
"By Name, Outlet" + "This story first appeared in X", a portal's Source + time + "Read
original" rows, a Yahoo-style provider row), split_block (label / name / date on separate
lines, a credit run into the last paragraph, a credit in both head and tail), wire_block
(dateline + sign-off + trailer + the host's "auto-generated from a syndicated feed" disclaimer +
the agency's copyright; the dateline itself may stay), html_block (whole pages through
process_page, the block in its own markup). The twins (the site's own blocks under its own
stories) are in tests/test_attribution_conventions10_twins.py. Languages over both files (192
cases): en 80, es 15, de 14, fr 11, pt 10, id 7, ko 7, it 6, ar 6, tr 6, nl 5, ru 5, ja 5, zh 5,
hi 4, vi 3, pl 2, sv 1.

First run, on unchanged code (main at a6e8736), both files, cases committed before the run
(53b5a3f) and not edited since: 192 cases, 123 passed, 69 failed. This file: 153 cases, 84
passed, 69 failed; the twins file 39 passed, 0 failed. Over this file's 153 pages: the publisher
was wrong on 17 (136 right), 86 of the 301 credit lines (28.6%) stayed in the text, and no story
sentence was lost.

| family      | cases | passed | failed |
|-------------|-------|--------|--------|
| tail_block  |    52 |     20 |     32 |
| head_block  |    29 |     11 |     18 |
| split_block |    32 |     22 |     10 |
| wire_block  |    29 |     24 |      5 |
| html_block  |    11 |      7 |      4 |
| (twins file: tw_newsletter 7/7, tw_correction 7/7, tw_related 4/4, tw_bio 3/3, tw_contact 3/3,
|  tw_own_cc 7/7, tw_own_note 5/5, tw_html 3/3)

What failed (first run), by class:
- the block's second line stays while the first leaves and the publisher is right (the
  commonest failure, 35 pages): the permission line ("Reprinted with permission.", "Se
  reproduce con autorización.", "Wir danken für die Genehmigung zur Wiederveröffentlichung.",
  "Nachdruck mit freundlicher Genehmigung.", "Il est reproduit ici avec son autorisation.", "Si
  ringrazia la redazione per la gentile concessione.", "Het wordt hier met toestemming
  overgenomen.", "Публикуется с разрешения редакции.", "يُعاد نشره هنا بالاتفاق مع الموقع.",
  "İzin alınarak yeniden yayımlanmıştır.", "Publicerad med tillstånd.", "It is republished here
  with permission."), the "read the original" line ("Lesen Sie hier den Originalartikel.",
  "Baca artikel sumber.", "للاطلاع على النص الأصلي اضغط هنا.", 元記事は…), the licence line
  ("Republished under CC BY-ND 4.0.", "Licensed under CC BY 3.0 (https://...)", "Er steht
  unter der Lizenz CC BY-NC-SA 4.0."), the outlet's self-description or newsletter pitch (Civil
  Eats, Chalkbeat, Inside Climate News, The Marshall Project), "Edited by" under Source/Photo,
  原文链接 + 责任编辑, Kompas's "Penulis :" / "Editor :" (also in the HTML page), the
  Conversation author-affiliation line.
- the portal's time row / "Read original" row stays (7 pages: NDTV, HT, franceinfo, Tempo,
  新华网, NHK, 한국일보 — all with the publisher right); the trailing date of a split "Source /
  name / date" block stays (NYT, DW, Le Monde, Il Post).
- a split label / name / date block is not read at all: publisher None and every line stays
  ("Originally published by" / "The Baltimore Banner" / date, "This article first appeared on"
  / "Civil Eats" / ..., "Publicado originalmente en:" / "El Faro", "Theo" / "Tuổi Trẻ").
- the head line of a head-and-tail pair stays ("Co-published with ProPublica", "Ein Beitrag von
  CORRECTIV").
- whole blocks missed, publisher None: the partnership line (Floodlight) and "produced by Grist
  and co-published with <host>"; ((o))eco; «7x7»; Korean 한겨레에 먼저 게재됐습니다; the Arabic
  and Hindi editor's notes (ملاحظة المحرر..., संपादक की टिप्पणी...); the Yahoo-style provider row
  (Reuters / time / "2 min read"); the Hindi भाषा sign-off with the syndicated-feed disclaimer;
  the Yonhap HTML page (reporter email + copyright notice); the Inside Climate News partner
  <aside> (the credit left the text, but no publisher).
- wrong name: the German editor's note gave 'Zeit' (a table alias, not the canonical 'Die
  Zeit'); the Turkish "Editörün notu: ... T24'te" gave 'Editörün'.
- wire trailers that stay: "Associated Press writer ... contributed from ...", "— With files
  from ..." (CP), the dpa code line "dpa lsw xy ...", "При использовании материалов ссылка на
  ТАСС обязательна." (publisher right in all four).

Cases the author was unsure of (written before the run, expectations not changed):
- the time row and the "Read original" row as lines of the credit block:
  hb-en-portal-source-time-read-ndtv, hb-en-portal-source-time-read-ht, hb-fr-portal-franceinfo,
  hb-id-portal-tempo, hb-zh-portal-xinhuanet, hb-ja-source-nhk-time, hb-ko-portal-hankook-wonmun;
  hb-en-yahoo-provider-row (a bare wire name on the first line, then time and "2 min read");
- lines that are credits only as part of the block: the "Photo:" and "Edited by" lines of
  tb-en-source-photo-edited-hindu/-dawn, the banner-image lines of tb-en-mongabay-banner and
  tb-es-mongabay-latam-foto, the author-affiliation line of
  hb-en-republished-from-conversation-byline, "Penulis"/"Editor" of tb-id-kompas-penulis-editor,
  the host's duty editor in tb-zh-thepaper-link-editor, wb-zh-xinhua-dateline-editor and
  wb-en-xinhua-enditem, the reporter's email in wb-ko-yonhap-email-copyright, and the bare wire
  codes (kms/rsc, bur-abc/def, "ABC // DEF", "dpa lsw xy ...", "(END)", "PTI AKV RHL", "ak/rad");
- partnerships where the hosting site is the other partner: tb-en-partner-box-floodlight,
  hb-en-grist-copublished, tb-es-animal-politico-alianza;
- names: tb-ru-novaya-gazeta-europe (nominative expected, the genitive accepted),
  hb-ko-portal-hankook-wonmun (the Korean name as written), sb-en-runin-dash-and-copyright-st
  (the parent SPH Media accepted), sb-en-runin-via-bloomberg ("via" as a credit);
- html_block: extraction may drop a footer box before attribution sees it; the credit then
  "leaves" trivially and only the publisher is tested.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.processing import process_page
from tests.blogpost import BODY

pytestmark = pytest.mark.conventions10

# --- the stories: invented prose, a few paragraphs a language, naming no outlet -----------------

BODIES: dict[str, list[str]] = {
    "en": list(BODY),
    "en-clinic": [
        "The county's only maternity ward will close at the end of June, hospital managers told "
        "staff on Wednesday, leaving expectant mothers a ninety-minute drive to the nearest "
        "delivery room.",
        "Managers blamed a shortage of nurses and a fall in births, which have dropped by a "
        "quarter over the past decade.",
        "A group of midwives has started a petition asking the state health department to keep "
        "the ward open at least until a replacement clinic is built.",
    ],
    "en-river": [
        "Farmers along the lower river say the water they pump for their orchards has turned "
        "salty for the third summer in a row.",
        "Hydrologists at the regional university link the change to lower spring flows and a "
        "rising tide line that now reaches nine miles further inland than in the 1990s.",
        "The irrigation district plans to test a freshwater barrier near the river mouth next "
        "year, though growers fear it will come too late for this season's crop.",
    ],
    "en-school": [
        "The school board voted 5-2 on Monday night to move the start of the high school day to "
        "8:45 a.m. from next autumn.",
        "Supporters cited research on teenagers' sleep, while opponents said later dismissal "
        "would clash with after-school jobs and sports.",
        "The district will spend about $310,000 a year on extra bus routes to make the new "
        "schedule work, the superintendent said.",
    ],
    "en-court": [
        "A state appeals court on Thursday revived a lawsuit by tenants of a converted warehouse "
        "who say their landlord ignored repeated fire-safety warnings.",
        "A lower court had dismissed the case last year, ruling that the tenants had waited too "
        "long to sue.",
        "The three-judge panel disagreed, sending the case back for trial, and the landlord's "
        "lawyer said he would ask the state supreme court to review the decision.",
    ],
    "en-market": [
        "Prices of cooking oil rose for a fourth straight week as importers struggled to secure "
        "shipments ahead of the festival season, traders said.",
        "Wholesale rates for a 15-litre tin climbed by about 6 percent in the week to Wednesday, "
        "according to figures compiled by a traders' association.",
        "Officials said the government was considering cutting import duties to cool prices "
        "before the holidays.",
    ],
    "es": [
        "El pleno municipal aprobó el miércoles la reforma del mercado de abastos, cerrado desde "
        "hace tres años por problemas en la cubierta.",
        "Las obras costarán unos cuatro millones de euros y deberían terminar antes del verano "
        "de 2028, según el proyecto presentado por el concejal de urbanismo.",
        "Los comerciantes que ocupaban los puestos tendrán preferencia para volver al edificio "
        "rehabilitado.",
    ],
    "de": [
        "Der Kreistag hat am Mittwoch beschlossen, die Buslinie zwischen den beiden Talgemeinden "
        "ab dem Sommer wieder stündlich fahren zu lassen.",
        "Die Linie war vor vier Jahren wegen zu geringer Fahrgastzahlen ausgedünnt worden, was "
        "vor allem Schüler und ältere Menschen getroffen hatte.",
        "Der Landkreis rechnet mit Mehrkosten von rund 420.000 Euro im Jahr.",
    ],
    "fr": [
        "Le conseil départemental a voté mercredi la réouverture de la ligne de car entre les "
        "deux vallées, supprimée il y a quatre ans.",
        "Le service reprendra en septembre avec six allers-retours par jour, a précisé la "
        "vice-présidente chargée des mobilités.",
        "Les parents d'élèves réclamaient ce retour depuis la fermeture du collège du village.",
    ],
    "pt": [
        "A câmara municipal aprovou na quarta-feira a construção de uma nova creche no bairro da "
        "estação, com capacidade para 120 crianças.",
        "A obra deve custar cerca de 2,8 milhões de euros e ficar pronta no início de 2028, "
        "segundo o vereador responsável pela educação.",
        "Famílias do bairro esperavam há anos por uma vaga perto de casa.",
    ],
    "it": [
        "Il consiglio regionale ha approvato mercoledì il piano per riaprire la linea ferroviaria "
        "tra i due capoluoghi di valle, chiusa dal 2019.",
        "I lavori di ammodernamento dovrebbero costare circa trenta milioni di euro e durare due "
        "anni, secondo l'assessore ai trasporti.",
        "I pendolari della zona chiedevano da tempo un'alternativa alla strada statale.",
    ],
    "nl": [
        "De gemeenteraad heeft woensdag ingestemd met de bouw van een nieuwe fietsbrug over het "
        "kanaal bij de oude suikerfabriek.",
        "De brug moet in 2028 klaar zijn en kost ongeveer negen miljoen euro, zei de wethouder "
        "van verkeer.",
        "Bewoners van de nieuwe wijk klaagden al jaren over de lange omweg naar het centrum.",
    ],
    "pl": [
        "Rada powiatu zgodziła się w środę na przywrócenie kursów autobusu do trzech wsi, "
        "zlikwidowanych przed czterema laty.",
        "Autobus ma jeździć sześć razy dziennie od września, poinformował starosta.",
        "Rodzice uczniów od dawna skarżyli się, że dzieci muszą dojeżdżać do szkoły rowerem "
        "wzdłuż ruchliwej drogi.",
    ],
    "ru": [
        "Областное правительство в среду одобрило строительство новой поликлиники в северном "
        "районе города.",
        "Работы должны начаться летом и завершиться к концу следующего года, сообщили в "
        "региональном минздраве.",
        "Жители района много лет жаловались на очереди в единственной местной поликлинике.",
    ],
    "ar": [
        "أقرّ مجلس المحافظة يوم الأربعاء خطة لإنشاء محطة جديدة لتحلية المياه على الساحل الجنوبي.",
        "ومن المتوقع أن تنتج المحطة نحو ثلاثين ألف متر مكعب يومياً عند اكتمالها بعد عامين، بحسب "
        "مدير مشاريع المياه في المحافظة.",
        "ويعاني سكان القرى الساحلية من انقطاع المياه لساعات طويلة خلال أشهر الصيف.",
    ],
    "tr": [
        "İl genel meclisi çarşamba günü köylere giden yolların asfaltlanması için ek bütçeyi "
        "onayladı.",
        "Çalışmaların nisan ayında başlaması ve yıl sonuna kadar tamamlanması planlanıyor.",
        "Köylüler, kış aylarında bozulan yollar nedeniyle ilçe merkezine ulaşmakta zorlandıklarını "
        "söylüyordu.",
    ],
    "id": [
        "Pemerintah kabupaten menyetujui pembangunan pasar baru di pusat kecamatan pada Rabu.",
        "Pembangunan dijadwalkan dimulai bulan depan dan ditargetkan selesai dalam delapan bulan, "
        "kata kepala dinas perdagangan.",
        "Para pedagang selama ini berjualan di tepi jalan karena bangunan pasar lama rusak parah.",
    ],
    "hi": [
        "ज़िला प्रशासन ने बुधवार को नदी किनारे के गांवों में नए तटबंध बनाने की योजना को मंज़ूरी दे दी।",
        "अधिकारियों के अनुसार काम मानसून से पहले शुरू होगा और करीब दो साल में पूरा होगा।",
        "ग्रामीण हर साल बाढ़ में फसलें और घर डूबने की शिकायत करते रहे हैं।",
    ],
    "ja": [
        "県議会は水曜日、山間部を走る路線バスの増便に向けた補正予算を可決した。",
        "夏から平日の便が一日六往復に増える予定で、県は年間約四千万円の負担を見込んでいる。",
        "沿線の住民からは、通院や買い物に不便だとの声が上がっていた。",
    ],
    "zh": [
        "区政府周三宣布，将在今年内完成老旧小区加装电梯工程。",
        "首批三十台电梯预计在九月前投入使用，费用由政府和居民共同承担。",
        "不少老年居民表示，多年来上下楼一直是生活中的难题。",
    ],
    "ko": [
        "도의회는 수요일 산간 마을을 잇는 시내버스 증편 예산을 통과시켰다.",
        "여름부터 평일 운행 횟수가 하루 여섯 차례로 늘어날 예정이다.",
        "주민들은 병원과 시장에 가기가 너무 불편하다고 호소해 왔다.",
    ],
    "vi": [
        "Hội đồng nhân dân tỉnh hôm thứ Tư đã thông qua dự án xây dựng trường tiểu học mới ở xã "
        "ven biển.",
        "Công trình dự kiến khởi công vào tháng sau và hoàn thành trước năm học 2027.",
        "Phụ huynh trong xã lâu nay phải đưa con đi học xa gần mười cây số.",
    ],
    "sv": [
        "Kommunfullmäktige beslutade på onsdagen att bygga en ny förskola i den norra stadsdelen.",
        "Bygget beräknas kosta omkring 60 miljoner kronor och vara klart hösten 2027, enligt "
        "kommunens tekniska chef.",
        "Föräldrar i området har länge klagat på långa köer till förskoleplatser.",
    ],
}

# --- the member sites that host the copies: invented, none of them in the table ----------------

SITES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("https://www.pinecountycurrent.com", "Pine County Current"),
        ("https://www.northvaledispatch.net", "Northvale Dispatch"),
        ("https://kestrelpost.in", "Kestrel Post"),
        ("https://harbournotes.wordpress.com", "Harbour Notes"),
        ("https://www.ridgeline-gazette.co.uk", "Ridgeline Gazette"),
        ("https://www.prairiewatchman.org", "Prairie Watchman"),
    ],
    "es": [("https://www.correodelvalle.es", "Correo del Valle")],
    "de": [("https://www.talbote-online.de", "Talbote Online")],
    "fr": [("https://www.echo-des-collines.fr", "L'Écho des Collines")],
    "pt": [("https://www.jornaldaribeira.pt", "Jornal da Ribeira")],
    "it": [("https://www.gazzettadellavalle.it", "Gazzetta della Valle")],
    "nl": [("https://www.polderpost.nl", "Polderpost")],
    "pl": [("https://kurier-nadbuzanski.pl", "Kurier Nadbużański")],
    "ru": [("https://priokskie-vesti.ru", "Приокские вести")],
    "ar": [("https://sahil-press.com", "ساحل برس")],
    "tr": [("https://egekiyisihaber.com", "Ege Kıyısı Haber")],
    "id": [("https://kabarpesisir.id", "Kabar Pesisir")],
    "hi": [("https://www.nagarsamachar.in", "नगर समाचार")],
    "ja": [("https://minato-shinpo.jp", "みなと新報")],
    "zh": [("https://www.jiangnan-kuaixun.cn", "江南快讯")],
    "ko": [("https://haebyeon-news.kr", "해변뉴스")],
    "vi": [("https://tinvensong.vn", "Tin Ven Sông")],
    "sv": [("https://www.dalabladet.se", "Dalabladet")],
}


@dataclass(frozen=True)
class Page:
    """One small article (plain text, or a whole HTML page) and what attribution must make
    of it."""

    id: str
    family: str
    lang: str
    text: str
    url: str
    site_name: str
    side: tuple[str, ...]
    expected: str | None
    accept: frozenset[str]
    credits: tuple[str, ...]
    keep: tuple[str, ...]
    html: str = ""


def _lines(value: str | list[str] | None) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def page(
    cid: str,
    family: str,
    body: str,
    expected: str | None,
    *,
    head: str | list[str] | None = None,
    tail: str | list[str] | None = None,
    inline: str | None = None,
    dateline: str | None = None,
    side: list[str] | None = None,
    top: str | list[str] | None = None,
    end: str | list[str] | None = None,
    accept: tuple[str, ...] = (),
    credits: list[str] | None = None,
    site: int = 0,
) -> Page:
    """A page: ``body``'s paragraphs with the credit block's ``head`` lines before them and
    ``tail`` lines after them, an ``inline`` credit run into the last paragraph, a ``dateline``
    opening the first, a byline block ``side``; ``top`` (before everything) and ``end`` (after
    everything) are lines that credit no one and must stay. ``credits`` (default: every head
    and tail line and the inline credit) must leave the text; the paragraphs, ``top`` and
    ``end`` must stay."""
    lang = body.split("-")[0]
    paragraphs = list(BODIES[body])
    heads, tails, tops, ends = _lines(head), _lines(tail), _lines(top), _lines(end)
    lines = list(paragraphs)
    if dateline:
        lines[0] = dateline + lines[0]
    if inline:
        lines[-1] = lines[-1] + inline
    lines = [*tops, *heads, *lines, *tails, *ends]
    if credits is None:
        credits = [c.strip() for c in [*heads, *tails, inline] if c]
    base, name = SITES[lang][site % len(SITES[lang])]
    return Page(
        id=cid,
        family=family,
        lang=lang,
        text="\n".join(lines),
        url=f"{base}/2026/03/{cid}.html",
        site_name=name,
        side=tuple(side or ()),
        expected=expected,
        accept=frozenset(accept),
        credits=tuple(credits),
        keep=(*paragraphs, *tops, *ends),
    )


def html_page(
    cid: str,
    family: str,
    body: str,
    expected: str | None,
    *,
    before: str = "",
    after: str = "",
    credits: list[str] | None = None,
    keep: list[str] | None = None,
    accept: tuple[str, ...] = (),
    title: str = "County approves the plan",
    site: int = 0,
) -> Page:
    """A whole HTML page on a member site: its header and navigation, the story in an
    <article> with the markup ``before`` and ``after`` the paragraphs inside it, and the
    site's footer. ``credits`` (visible text of the credit block) must leave the text, the
    paragraphs and ``keep`` must stay."""
    lang = body.split("-")[0]
    paragraphs = list(BODIES[body])
    base, name = SITES[lang][site % len(SITES[lang])]
    url = f"{base}/2026/03/04/{cid}/"
    ps = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | {name}</title>
<meta property="og:site_name" content="{name}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
</head>
<body>
<header class="site-header"><a class="logo" href="{base}/">{name}</a>
<nav><ul><li><a href="{base}/news/">News</a></li><li><a href="{base}/sport/">Sport</a></li>
<li><a href="{base}/opinion/">Opinion</a></li><li><a href="{base}/about/">About</a></li></ul></nav>
</header>
<main>
<article class="post">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><time datetime="2026-03-04T09:30:00+00:00">March 4, 2026</time></div>
<div class="entry-content">
{before}
{ps}
{after}
</div>
</article>
</main>
<footer class="site-footer"><p>{name}</p><ul><li><a href="{base}/privacy/">Privacy</a></li>
<li><a href="{base}/contact/">Contact</a></li></ul></footer>
</body>
</html>
"""
    return Page(
        id=cid,
        family=family,
        lang=lang,
        text="",
        url=url,
        site_name=name,
        side=(),
        expected=expected,
        accept=frozenset(accept),
        credits=tuple(credits or ()),
        keep=(*paragraphs, *(keep or ())),
        html=html,
    )


def check(case: Page) -> None:
    """Run attribution (or the whole page pipeline, for an HTML page) and assert the
    publisher, that every credit line left the text and that every story sentence and
    non-credit line stayed; one message lists all."""
    if case.html:
        article = process_page(case.html, case.url)
        cleaned, got = article.text, article.attribution.original_publisher
    else:
        kwargs: dict[str, object] = {"url": case.url, "site_name": case.site_name}
        if case.side:
            kwargs["side_lines"] = list(case.side)
        cleaned, found = attribute(case.text, **kwargs)  # type: ignore[arg-type]
        got = found.original_publisher
    problems = []
    if got not in {case.expected, *case.accept}:
        problems.append(f"publisher {got!r}, expected {case.expected!r}")
    if got is not None and got == case.site_name:
        problems.append("the hosting site's own name given as the publisher")
    problems += [f"credit left in text: {c!r}" for c in case.credits if c in cleaned]
    problems += [f"sentence lost: {k!r}" for k in case.keep if k not in cleaned]
    assert not problems, "; ".join(problems)


# --- tail_block: a republishing footer of several lines after the story -----------------------
# Nonprofit and CC footers (ProPublica, The Conversation, CalMatters, The Texas Tribune, Grist,
# Inside Climate News, KFF Health News, Stateline, Chalkbeat ...), "Source / Photo / Edited by"
# blocks, "Originally published at X" + "Reprinted with permission", partner boxes, and the
# footers other languages use. Outlets outside the table are expected as they name themselves.

TAIL_BLOCKS = [
    page(
        "tb-en-propublica",
        "tail_block",
        "en-court",
        "ProPublica",
        tail=[
            "This story was originally published by ProPublica.",
            "ProPublica is a Pulitzer Prize-winning investigative newsroom. Sign up for The Big "
            "Story newsletter to receive stories like this one in your inbox.",
        ],
    ),
    page(
        "tb-en-calmatters-cc",
        "tail_block",
        "en-clinic",
        "CalMatters",
        tail=[
            "This article was originally published by CalMatters and was republished under the "
            "Creative Commons Attribution-NonCommercial-NoDerivatives license.",
            "CalMatters is a nonprofit, nonpartisan newsroom explaining California policy and "
            "politics.",
        ],
        site=1,
    ),
    page(
        "tb-en-texas-tribune",
        "tail_block",
        "en-school",
        "The Texas Tribune",
        tail=[
            "This article originally appeared in The Texas Tribune at "
            "https://www.texastribune.org/2026/03/03/school-start-time-vote/.",
            "The Texas Tribune is a member-supported, nonpartisan newsroom informing and "
            "engaging Texans on state politics and policy. Learn more at texastribune.org.",
        ],
        accept=("Texas Tribune", "texastribune.org"),
        site=5,
    ),
    page(
        "tb-en-grist-headline",
        "tail_block",
        "en-river",
        "Grist",
        tail=[
            'This story was originally published by Grist with the headline "Salt creeps up '
            'the river, and the orchards pay" on Mar 3, 2026.',
            "Grist is a nonprofit, independent media organization dedicated to telling stories "
            "of climate solutions and a just future. Learn more at Grist.org.",
        ],
        site=3,
    ),
    page(
        "tb-en-inside-climate-news",
        "tail_block",
        "en-river",
        "Inside Climate News",
        tail=[
            "This article originally appeared on Inside Climate News, a nonprofit, non-partisan "
            "news organization that covers climate, energy and the environment.",
            "It is republished with permission. Sign up for their newsletter here.",
        ],
        site=5,
    ),
    page(
        "tb-en-kff-health-news",
        "tail_block",
        "en-clinic",
        "KFF Health News",
        tail=[
            "KFF Health News is a national newsroom that produces in-depth journalism about "
            "health issues and is one of the core programs at KFF.",
            "This article was reprinted from kffhealthnews.org with permission from KFF.",
        ],
        site=1,
    ),
    page(
        "tb-en-stateline-contact-editor",
        "tail_block",
        "en-school",
        "Stateline",
        tail=[
            "This story was originally produced by Stateline.",
            "Stateline is part of States Newsroom, a nonprofit news network supported by grants "
            "and a coalition of donors as a 501c(3) public charity.",
            "Stateline maintains editorial independence. Contact Editor Ruth Calloway for "
            "questions: info@stateline.org.",
        ],
        site=5,
    ),
    page(
        "tb-en-the-19th-ccbynd",
        "tail_block",
        "en-clinic",
        "The 19th",
        tail=[
            "This article was originally published by The 19th, a nonprofit newsroom covering "
            "gender, politics and policy.",
            "Read the original article.",
            "Republished under CC BY-ND 4.0.",
        ],
        accept=("The 19th News", "19th News"),
        site=3,
    ),
    page(
        "tb-en-mongabay-banner",
        "tail_block",
        "en-river",
        "Mongabay",
        tail=[
            "This article was originally published on Mongabay.",
            "Banner image: Dry irrigation channels above the lower river. Image by Tomas Reyes "
            "via Mongabay.",
        ],
        site=3,
    ),
    page(
        "tb-en-global-voices-cc-link",
        "tail_block",
        "en-market",
        "Global Voices",
        tail=[
            "This post originally appeared on Global Voices.",
            "Licensed under CC BY 3.0 (https://creativecommons.org/licenses/by/3.0/).",
        ],
        site=2,
    ),
    page(
        "tb-en-civil-eats",
        "tail_block",
        "en-river",
        "Civil Eats",
        tail=[
            "This article originally appeared in Civil Eats, and is republished here with "
            "permission.",
            "Civil Eats is a daily news source for critical thought about the American food "
            "system.",
        ],
        site=1,
    ),
    page(
        "tb-en-chalkbeat-newsletter",
        "tail_block",
        "en-school",
        "Chalkbeat",
        tail=[
            "This story was originally published by Chalkbeat.",
            "Chalkbeat is a nonprofit news site covering educational change in public schools.",
            "Sign up for their newsletters at ckbe.at/newsletters.",
        ],
    ),
    page(
        "tb-en-source-photo-edited-hindu",
        "tail_block",
        "en-market",
        "The Hindu",
        tail=["Source: The Hindu", "Photo: Special Arrangement", "Edited by: Priya Nandan"],
        site=2,
    ),
    page(
        "tb-en-source-photo-edited-dawn",
        "tail_block",
        "en-market",
        "Dawn",
        tail=["Source: Dawn", "Photo: File", "Edited by Saima Qureshi"],
        site=2,
    ),
    page(
        "tb-en-originally-published-at-deseret",
        "tail_block",
        "en-school",
        "Deseret News",
        tail=[
            "Originally published at Deseret News on March 3, 2026.",
            "Reprinted with permission.",
        ],
        site=5,
    ),
    page(
        "tb-en-originally-published-at-domain",
        "tail_block",
        "en-court",
        "The Wire",
        tail=["Originally published at thewire.in on 3 March 2026.", "Reprinted with permission."],
        accept=("thewire.in",),
        site=2,
    ),
    page(
        "tb-en-partner-box-floodlight",
        "tail_block",
        "en-river",
        "Floodlight",
        tail=[
            "This story is part of a reporting partnership between Pine County Current and "
            "Floodlight, a nonprofit newsroom that investigates the powerful interests stalling "
            "climate action.",
        ],
    ),
    page(
        "tb-en-nyt-company-copyright",
        "tail_block",
        "en-court",
        "The New York Times",
        tail=[
            "This article originally appeared in The New York Times.",
            "© 2026 The New York Times Company",
        ],
        site=4,
    ),
    page(
        "tb-en-undark-read-original",
        "tail_block",
        "en-river",
        "Undark",
        tail=[
            "This article was originally published on Undark.",
            "Read the original article.",
        ],
        site=3,
    ),
    page(
        "tb-es-el-faro",
        "tail_block",
        "es",
        "El Faro",
        tail=[
            "Este artículo fue publicado originalmente en El Faro.",
            "Se reproduce con autorización.",
        ],
    ),
    page(
        "tb-es-mongabay-latam-foto",
        "tail_block",
        "es",
        "Mongabay Latam",
        tail=[
            "Este artículo fue publicado originalmente en Mongabay Latam.",
            "Imagen principal: el mercado de abastos cerrado. Foto: Lucía Ferrán / Mongabay Latam.",
        ],
        accept=("Mongabay",),
    ),
    page(
        "tb-es-eldiario-permiso",
        "tail_block",
        "es",
        "elDiario.es",
        tail=[
            "Este artículo se publicó originalmente en elDiario.es.",
            "Lo reproducimos con permiso del medio.",
        ],
        accept=("eldiario.es",),
    ),
    page(
        "tb-es-animal-politico-alianza",
        "tail_block",
        "es",
        "Animal Político",
        tail=[
            "Esta nota fue publicada originalmente por Animal Político y se reproduce como parte "
            "de la alianza de medios de la que Correo del Valle forma parte.",
        ],
    ),
    page(
        "tb-de-correctiv-genehmigung",
        "tail_block",
        "de",
        "CORRECTIV",
        tail=[
            "Dieser Beitrag erschien zuerst bei CORRECTIV.",
            "Wir danken für die Genehmigung zur Wiederveröffentlichung.",
        ],
        accept=("Correctiv",),
    ),
    page(
        "tb-de-netzpolitik-lizenz",
        "tail_block",
        "de",
        "netzpolitik.org",
        tail=[
            "Dieser Text erschien zuerst auf netzpolitik.org.",
            "Er steht unter der Lizenz CC BY-NC-SA 4.0.",
        ],
    ),
    page(
        "tb-de-conversation-original",
        "tail_block",
        "de",
        "The Conversation",
        tail=[
            "Dieser Artikel wurde von The Conversation unter einer Creative-Commons-Lizenz "
            "übernommen.",
            "Lesen Sie hier den Originalartikel.",
        ],
    ),
    page(
        "tb-de-tagesspiegel-nachdruck",
        "tail_block",
        "de",
        "Der Tagesspiegel",
        tail=[
            "Der Artikel erschien zuerst im Tagesspiegel.",
            "Nachdruck mit freundlicher Genehmigung.",
        ],
        accept=("Tagesspiegel",),
    ),
    page(
        "tb-fr-conversation-lire",
        "tail_block",
        "fr",
        "The Conversation",
        tail=[
            "Cet article est republié à partir de The Conversation sous licence Creative "
            "Commons. Lire l'article original.",
        ],
    ),
    page(
        "tb-fr-reporterre-autorisation",
        "tail_block",
        "fr",
        "Reporterre",
        tail=[
            "Cet article a été initialement publié par Reporterre.",
            "Il est reproduit ici avec son autorisation.",
        ],
    ),
    page(
        "tb-fr-mediapart-date",
        "tail_block",
        "fr",
        "Mediapart",
        tail=[
            "Article publié initialement sur le site de Mediapart, le 3 mars 2026.",
            "Reproduit avec l'aimable autorisation de la rédaction.",
        ],
    ),
    page(
        "tb-pt-agencia-publica-cc",
        "tail_block",
        "pt",
        "Agência Pública",
        tail=[
            "Esta reportagem foi publicada originalmente pela Agência Pública e é republicada "
            "sob licença Creative Commons.",
        ],
        accept=("Agencia Publica",),
    ),
    page(
        "tb-pt-oeco-leia",
        "tail_block",
        "pt",
        "((o))eco",
        tail=[
            "Artigo publicado originalmente em ((o))eco e republicado sob licença Creative "
            "Commons.",
            "Leia o original.",
        ],
        accept=("O Eco", "oeco", "(o))eco"),
    ),
    page(
        "tb-pt-conversation-brasil",
        "tail_block",
        "pt",
        "The Conversation",
        tail=[
            "Este artigo foi publicado originalmente no The Conversation Brasil.",
            "Leia o artigo original.",
        ],
        accept=("The Conversation Brasil",),
    ),
    page(
        "tb-it-conversation-leggi",
        "tail_block",
        "it",
        "The Conversation",
        tail=[
            "Questo articolo è stato pubblicato originariamente su The Conversation.",
            "Leggi l'articolo originale.",
        ],
    ),
    page(
        "tb-it-valigia-blu-concessione",
        "tail_block",
        "it",
        "Valigia Blu",
        tail=[
            "Articolo pubblicato originariamente su Valigia Blu.",
            "Si ringrazia la redazione per la gentile concessione.",
        ],
    ),
    page(
        "tb-nl-ftm-toestemming",
        "tail_block",
        "nl",
        "Follow the Money",
        tail=[
            "Dit artikel verscheen eerder bij Follow the Money.",
            "Het wordt hier met toestemming overgenomen.",
        ],
    ),
    page(
        "tb-nl-correspondent",
        "tail_block",
        "nl",
        "De Correspondent",
        tail=[
            "Dit stuk verscheen oorspronkelijk in De Correspondent.",
            "Overgenomen met toestemming van de auteur.",
        ],
    ),
    page(
        "tb-pl-oko-press-przedruk",
        "tail_block",
        "pl",
        "OKO.press",
        tail=[
            "Artykuł ukazał się pierwotnie na portalu OKO.press.",
            "Przedruk za zgodą redakcji.",
        ],
    ),
    page(
        "tb-ru-novaya-gazeta-europe",
        "tail_block",
        "ru",
        "Новая газета Европа",
        tail=[
            "Материал впервые опубликован на сайте «Новой газеты Европа».",
            "Публикуется с разрешения редакции.",
        ],
        accept=("Новой газеты Европа", "Novaya Gazeta Europe"),
    ),
    page(
        "tb-ru-7x7-perepechatka",
        "tail_block",
        "ru",
        "7x7",
        tail=["Оригинал статьи опубликован на сайте «7x7».", "Перепечатка с разрешения редакции."],
        accept=("7х7",),
    ),
    page(
        "tb-ar-raseef22",
        "tail_block",
        "ar",
        "رصيف22",
        tail=["نُشر هذا المقال أولاً على موقع رصيف22.", "يُعاد نشره هنا بالاتفاق مع الموقع."],
        accept=("Raseef22",),
    ),
    page(
        "tb-ar-mee-translated",
        "tail_block",
        "ar",
        "Middle East Eye",
        tail=["هذا المقال مترجم عن موقع ميدل إيست آي.", "للاطلاع على النص الأصلي اضغط هنا."],
        accept=("ميدل إيست آي",),
    ),
    page(
        "tb-tr-bianet-izin",
        "tail_block",
        "tr",
        "Bianet",
        tail=[
            "Bu yazı ilk olarak Bianet'te yayımlanmıştır.",
            "İzin alınarak yeniden yayımlanmıştır.",
        ],
        accept=("bianet",),
    ),
    page(
        "tb-tr-medyascope-kaynak",
        "tail_block",
        "tr",
        "Medyascope",
        tail=["Bu haber ilk kez Medyascope'ta yayımlandı.", "Kaynak: Medyascope"],
    ),
    page(
        "tb-id-kompas-penulis-editor",
        "tail_block",
        "id",
        "Kompas.com",
        tail=[
            'Artikel ini telah tayang di Kompas.com dengan judul "Pemkab Setujui Pembangunan '
            'Pasar Baru di Pusat Kecamatan", Klik untuk baca: '
            "https://regional.kompas.com/read/2026/03/04/101500178/pemkab-setujui-pasar-baru.",
            "Penulis : Rina Maharani",
            "Editor : Agus Salim",
        ],
        accept=("Kompas",),
    ),
    page(
        "tb-id-conversation-sumber",
        "tail_block",
        "id",
        "The Conversation",
        tail=[
            "Artikel ini diterbitkan ulang dari The Conversation di bawah lisensi Creative "
            "Commons.",
            "Baca artikel sumber.",
        ],
    ),
    page(
        "tb-hi-down-to-earth",
        "tail_block",
        "hi",
        "Down To Earth",
        tail=["यह लेख मूल रूप से डाउन टू अर्थ में प्रकाशित हुआ था।", "साभार: डाउन टू अर्थ"],
        accept=("डाउन टू अर्थ",),
    ),
    page(
        "tb-ja-toyokeizai-tensai",
        "tail_block",
        "ja",
        "東洋経済オンライン",
        tail=[
            "※この記事は「東洋経済オンライン」からの転載です。",
            "元記事は東洋経済オンラインのサイトでお読みいただけます。",
        ],
        accept=("Toyo Keizai Online",),
    ),
    page(
        "tb-zh-thepaper-link-editor",
        "tail_block",
        "zh",
        "澎湃新闻",
        tail=[
            "本文转载自澎湃新闻，经授权发布。",
            "原文链接：https://www.thepaper.cn/newsDetail_forward_31234567",
            "责任编辑：李文",
        ],
        accept=("The Paper", "thepaper.cn"),
    ),
    page(
        "tb-ko-hankyoreh-jeonjae",
        "tail_block",
        "ko",
        "한겨레",
        tail=["이 기사는 한겨레에 먼저 게재됐습니다.", "한겨레의 허락을 받아 전재합니다."],
        accept=("The Hankyoreh", "Hankyoreh"),
    ),
    page(
        "tb-sv-dn-tillstand",
        "tail_block",
        "sv",
        "Dagens Nyheter",
        tail=["Artikeln publicerades först i Dagens Nyheter.", "Publicerad med tillstånd."],
        accept=("DN",),
    ),
    page(
        "tb-vi-vnexpress",
        "tail_block",
        "vi",
        "VnExpress",
        tail=["Bài viết được đăng lần đầu trên VnExpress.", "Nguồn: VnExpress"],
    ),
]

# --- head_block: the credit above the story ---------------------------------------------------
# Editor's notes, a "By Name, Outlet" byline with a "first appeared in" line, and the rows a
# portal puts above a copied story ("Source: X", the time, "Read original"). The time row and
# the "Read original" row are part of the block and must leave with it.

HEAD_BLOCKS = [
    page(
        "hb-en-editors-note-wapo",
        "head_block",
        "en-court",
        "The Washington Post",
        head="Editor's note: This story was first published by The Washington Post and is "
        "republished here with permission.",
        site=4,
    ),
    page(
        "hb-en-editors-note-calmatters",
        "head_block",
        "en-clinic",
        "CalMatters",
        head="Editor's note: This story was first published by CalMatters and is republished "
        "here with permission.",
        site=1,
    ),
    page(
        "hb-en-byline-guardian-first-appeared",
        "head_block",
        "en-river",
        "The Guardian",
        head=["By Helen Ashgrove, The Guardian", "This story first appeared in The Guardian."],
        site=3,
    ),
    page(
        "hb-en-byline-floodlight-first-appeared",
        "head_block",
        "en-river",
        "Floodlight",
        head=["By Carlos Medina, Floodlight", "This story first appeared in Floodlight."],
        site=5,
    ),
    page(
        "hb-en-portal-source-time-read-ndtv",
        "head_block",
        "en-market",
        "NDTV",
        head=["Source: NDTV", "Updated: March 4, 2026 11:42 IST", "Read original"],
        site=2,
    ),
    page(
        "hb-en-portal-source-time-read-ht",
        "head_block",
        "en-market",
        "Hindustan Times",
        head=["Source: Hindustan Times", "04 Mar 2026, 09:15 AM", "Read original"],
        site=2,
    ),
    page(
        "hb-en-atlantic-two-lines",
        "head_block",
        "en-school",
        "The Atlantic",
        head=[
            "This article was originally published in The Atlantic.",
            "It is republished here with permission.",
        ],
        site=3,
    ),
    page(
        "hb-en-grist-copublished",
        "head_block",
        "en-river",
        "Grist",
        head="This story was produced by Grist and co-published with Pine County Current.",
    ),
    page(
        "hb-en-yahoo-provider-row",
        "head_block",
        "en-court",
        "Reuters",
        head=["Reuters", "Wed, March 4, 2026 at 9:12 AM UTC", "2 min read"],
        site=3,
    ),
    page(
        "hb-en-editors-note-kff-cc",
        "head_block",
        "en-clinic",
        "KFF Health News",
        head="Editor's note: This article was produced by KFF Health News and is republished "
        "under a Creative Commons license.",
        site=5,
    ),
    page(
        "hb-en-marshall-project-newsletter",
        "head_block",
        "en-court",
        "The Marshall Project",
        head=[
            "This story was originally published by The Marshall Project, a nonprofit news "
            "organization covering the U.S. criminal justice system.",
            "Sign up for their newsletter, or follow The Marshall Project on Facebook.",
        ],
        site=1,
    ),
    page(
        "hb-en-republished-from-conversation-byline",
        "head_block",
        "en-river",
        "The Conversation",
        head=[
            "Republished from The Conversation",
            "Marta Kellan, Associate Professor of Hydrology, University of Eastvale",
        ],
        site=3,
    ),
    page(
        "hb-es-nota-editor-el-pais",
        "head_block",
        "es",
        "El País",
        head="Nota del editor: este artículo fue publicado originalmente por El País y se "
        "reproduce con autorización.",
    ),
    page(
        "hb-es-byline-el-universal",
        "head_block",
        "es",
        "El Universal",
        head=[
            "Por Marta Ibarra | El Universal",
            "Este texto se publicó originalmente en El Universal.",
        ],
    ),
    page(
        "hb-de-anmerkung-zeit",
        "head_block",
        "de",
        "Die Zeit",
        head="Anmerkung der Redaktion: Dieser Text erschien zuerst in der Zeit und wird hier mit "
        "freundlicher Genehmigung veröffentlicht.",
    ),
    page(
        "hb-de-byline-sz",
        "head_block",
        "de",
        "Süddeutsche Zeitung",
        head=[
            "Von Lena Hartwig, Süddeutsche Zeitung",
            "Dieser Artikel erschien zuerst in der Süddeutschen Zeitung.",
        ],
    ),
    page(
        "hb-fr-note-ouest-france",
        "head_block",
        "fr",
        "Ouest-France",
        head="Note de la rédaction : cet article a d'abord été publié par Ouest-France.",
    ),
    page(
        "hb-fr-portal-franceinfo",
        "head_block",
        "fr",
        "franceinfo",
        head=["Source : franceinfo", "Publié le 04/03/2026 à 10h12", "Lire l'article original"],
    ),
    page(
        "hb-pt-nota-folha",
        "head_block",
        "pt",
        "Folha de S.Paulo",
        head="Nota da redação: este texto foi publicado originalmente pela Folha de S.Paulo e é "
        "reproduzido com autorização.",
    ),
    page(
        "hb-it-nota-repubblica",
        "head_block",
        "it",
        "La Repubblica",
        head="Nota della redazione: questo articolo è stato pubblicato per la prima volta da la "
        "Repubblica.",
    ),
    page(
        "hb-nl-nrc-eerder",
        "head_block",
        "nl",
        "NRC",
        head=["Dit artikel verscheen eerder in NRC.", "Het is met toestemming overgenomen."],
    ),
    page(
        "hb-ru-meduza-permission",
        "head_block",
        "ru",
        "Meduza",
        head=[
            "Этот материал впервые опубликован на сайте «Медузы».",
            "Перепечатывается с разрешения редакции.",
        ],
        accept=("Медуза",),
    ),
    page(
        "hb-ar-editor-note-aljazeera",
        "head_block",
        "ar",
        "Al Jazeera",
        head="ملاحظة المحرر: نُشرت هذه المادة لأول مرة على موقع الجزيرة نت، ويُعاد نشرها بإذن.",
        accept=("الجزيرة نت",),
    ),
    page(
        "hb-tr-editor-note-t24",
        "head_block",
        "tr",
        "T24",
        head="Editörün notu: Bu yazı ilk olarak T24'te yayımlanmıştır.",
    ),
    page(
        "hb-id-portal-tempo",
        "head_block",
        "id",
        "Tempo.co",
        head=["Sumber: Tempo.co", "Rabu, 4 Maret 2026 10:15 WIB", "Baca selengkapnya"],
        accept=("Tempo",),
    ),
    page(
        "hb-zh-portal-xinhuanet",
        "head_block",
        "zh",
        "Xinhua",
        head=["来源：新华网", "2026-03-04 10:15", "阅读原文"],
        accept=("新华网",),
    ),
    page(
        "hb-ja-source-nhk-time",
        "head_block",
        "ja",
        "NHK",
        head=["出典：NHKニュース", "2026年3月4日 10時15分"],
        accept=("NHKニュース",),
    ),
    page(
        "hb-ko-portal-hankook-wonmun",
        "head_block",
        "ko",
        "한국일보",
        head=["출처: 한국일보", "입력 2026.03.04 10:15", "기사원문"],
        accept=("Hankook Ilbo",),
    ),
    page(
        "hb-hi-editor-note-bhaskar",
        "head_block",
        "hi",
        "Dainik Bhaskar",
        head="संपादक की टिप्पणी: यह लेख पहले दैनिक भास्कर में प्रकाशित हुआ था।",
    ),
]

# --- split_block: a credit over two or three short lines, run into the last paragraph, or in
# both head and tail --------------------------------------------------------------------------

SPLIT_BLOCKS = [
    page(
        "sb-en-label-name-date",
        "split_block",
        "en-school",
        "The Baltimore Banner",
        tail=["Originally published by", "The Baltimore Banner", "March 3, 2026"],
        accept=("Baltimore Banner",),
        site=3,
    ),
    page(
        "sb-en-source-label-reuters",
        "split_block",
        "en-market",
        "Reuters",
        tail=["Source:", "Reuters"],
        site=2,
    ),
    page(
        "sb-en-source-caps-nyt-date",
        "split_block",
        "en-court",
        "The New York Times",
        tail=["SOURCE", "The New York Times", "Mar 4, 2026"],
        site=4,
    ),
    page(
        "sb-en-runin-first-published",
        "split_block",
        "en-river",
        "The Guardian",
        inline=" This story was first published by The Guardian.",
        site=3,
    ),
    page(
        "sb-en-runin-courtesy-ht",
        "split_block",
        "en-market",
        "Hindustan Times",
        inline=" (Courtesy: Hindustan Times)",
        site=2,
    ),
    page(
        "sb-en-head-and-tail-stateline",
        "split_block",
        "en-school",
        "Stateline",
        head="Republished from Stateline",
        tail="Stateline is part of States Newsroom, a national nonprofit news organization "
        "focused on state policy.",
        site=5,
    ),
    page(
        "sb-en-head-and-tail-conversation",
        "split_block",
        "en-river",
        "The Conversation",
        head="From The Conversation",
        tail=[
            "This article is republished from The Conversation under a Creative Commons license.",
            "Read the original article.",
        ],
        site=3,
    ),
    page(
        "sb-en-runin-read-original-icn",
        "split_block",
        "en-river",
        "Inside Climate News",
        inline=" Read the original story at Inside Climate News.",
        site=1,
    ),
    page(
        "sb-en-three-lines-civil-eats",
        "split_block",
        "en-river",
        "Civil Eats",
        tail=[
            "This article first appeared on",
            "Civil Eats",
            "and is republished here under a Creative Commons license.",
        ],
    ),
    page(
        "sb-en-runin-dash-and-copyright-st",
        "split_block",
        "en-market",
        "The Straits Times",
        inline=" — The Straits Times",
        tail="Copyright 2026 SPH Media. All rights reserved.",
        accept=("SPH Media",),
        site=4,
    ),
    page(
        "sb-en-head-tail-propublica",
        "split_block",
        "en-court",
        "ProPublica",
        head="Co-published with ProPublica",
        tail="This story was originally published by ProPublica.",
        site=1,
    ),
    page(
        "sb-en-runin-via-bloomberg",
        "split_block",
        "en-market",
        "Bloomberg",
        inline=" (via Bloomberg)",
        site=2,
    ),
    page(
        "sb-es-label-el-faro-fecha",
        "split_block",
        "es",
        "El Faro",
        tail=["Publicado originalmente en:", "El Faro", "3 de marzo de 2026"],
    ),
    page(
        "sb-es-runin-efe-and-fuente",
        "split_block",
        "es",
        "EFE",
        inline=" (Con información de EFE)",
        tail="Fuente: EFE",
    ),
    page(
        "sb-de-quelle-dw-datum",
        "split_block",
        "de",
        "Deutsche Welle",
        tail=["Quelle:", "Deutsche Welle", "04.03.2026"],
    ),
    page(
        "sb-de-head-tail-correctiv",
        "split_block",
        "de",
        "CORRECTIV",
        head="Ein Beitrag von CORRECTIV",
        tail="Dieser Beitrag erschien zuerst bei CORRECTIV. Wir danken für die Genehmigung zur "
        "Wiederveröffentlichung.",
        accept=("Correctiv",),
    ),
    page(
        "sb-fr-source-le-monde-date",
        "split_block",
        "fr",
        "Le Monde",
        tail=["Source", "Le Monde", "Publié le 3 mars 2026"],
    ),
    page(
        "sb-fr-runin-avec-afp-and-copyright",
        "split_block",
        "fr",
        "AFP",
        inline=" (avec AFP)",
        tail="© AFP",
    ),
    page(
        "sb-pt-fonte-agencia-brasil",
        "split_block",
        "pt",
        "Agência Brasil",
        tail=["Fonte:", "Agência Brasil"],
    ),
    page(
        "sb-pt-head-tail-publica",
        "split_block",
        "pt",
        "Agência Pública",
        head="Da Agência Pública",
        tail="Esta reportagem foi publicada originalmente pela Agência Pública.",
        accept=("Agencia Publica",),
    ),
    page(
        "sb-it-fonte-il-post-data",
        "split_block",
        "it",
        "Il Post",
        tail=["Fonte", "Il Post", "4 marzo 2026"],
    ),
    page("sb-nl-runin-bron-nos", "split_block", "nl", "NOS", inline=" (Bron: NOS)"),
    page("sb-pl-zrodlo-oko-press", "split_block", "pl", "OKO.press", tail=["Źródło:", "OKO.press"]),
    page(
        "sb-ru-istochnik-kommersant",
        "split_block",
        "ru",
        "Коммерсантъ",
        tail=["Источник:", "«Коммерсантъ»"],
        accept=("Kommersant", "Коммерсант"),
    ),
    page(
        "sb-ar-masdar-aljazeera-net",
        "split_block",
        "ar",
        "Al Jazeera",
        tail=["المصدر:", "الجزيرة نت"],
        accept=("الجزيرة نت",),
    ),
    page(
        "sb-tr-kaynak-anadolu",
        "split_block",
        "tr",
        "Anadolu Agency",
        tail=["Kaynak:", "Anadolu Ajansı"],
    ),
    page("sb-id-runin-sumber-antara", "split_block", "id", "Antara", inline=" (Sumber: Antara)"),
    page("sb-ja-shutten-kyodo", "split_block", "ja", "Kyodo News", tail=["出典", "共同通信"]),
    page("sb-zh-laiyuan-xinhua", "split_block", "zh", "Xinhua", tail=["来源：", "新华社"]),
    page("sb-ko-chulcheo-yonhap", "split_block", "ko", "Yonhap", tail=["출처", "연합뉴스"]),
    page("sb-vi-theo-tuoi-tre", "split_block", "vi", "Tuổi Trẻ", tail=["Theo", "Tuổi Trẻ"]),
    page(
        "sb-hi-srot-pti",
        "split_block",
        "hi",
        "Press Trust of India",
        tail=["स्रोत:", "पीटीआई"],
    ),
]

# --- wire_block: wire copy with its dateline, sign-off, trailer, the host's syndicated-feed
# disclaimer and the agency's copyright ---------------------------------------------------------
# The dateline opens the first paragraph and may stay or go (it is not a line of its own); the
# lines after the story must all leave. The disclaimer names the hosting site, not the wire.

WIRE_BLOCKS = [
    page(
        "wb-en-reuters-feed-disclaimer",
        "wire_block",
        "en-market",
        "Reuters",
        dateline="MUMBAI, March 4 (Reuters) - ",
        tail=[
            "(Reporting by Anil Varghese; Editing by Fiona Hale)",
            "(This story has not been edited by Kestrel Post staff and is auto-generated from a "
            "syndicated feed.)",
            "Copyright 2026 Thomson Reuters. All rights reserved.",
        ],
        site=2,
    ),
    page(
        "wb-en-ap-contributed-copyright",
        "wire_block",
        "en-court",
        "Associated Press",
        dateline="DENVER (AP) — ",
        tail=[
            "Associated Press writer Lila Brandt contributed from Phoenix.",
            "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed without permission.",
        ],
        site=5,
    ),
    page(
        "wb-en-ap-funding-note",
        "wire_block",
        "en-river",
        "Associated Press",
        dateline="SACRAMENTO, Calif. (AP) — ",
        tail=[
            "The Associated Press' climate and environmental coverage receives financial "
            "support from multiple private foundations. AP is solely responsible for all "
            "content.",
            "Copyright 2026 The Associated Press. All rights reserved.",
        ],
        site=1,
    ),
    page(
        "wb-en-ap-except-headline",
        "wire_block",
        "en-court",
        "Associated Press",
        dateline="WASHINGTON (AP) — ",
        tail="(Except for the headline, this story has not been edited by Ridgeline Gazette staff "
        "and is published from a syndicated feed.)",
        site=4,
    ),
    page(
        "wb-en-afp-slug-copyright",
        "wire_block",
        "en-market",
        "AFP",
        dateline="KATHMANDU, March 4, 2026 (AFP) - ",
        tail=["kms/rsc", "© Agence France-Presse"],
        site=3,
    ),
    page(
        "wb-en-pti-signoff-disclaimer",
        "wire_block",
        "en-market",
        "Press Trust of India",
        dateline="NEW DELHI, Mar 4 (PTI) ",
        tail=[
            "PTI AKV RHL",
            "(This story has not been edited by Kestrel Post staff and is auto-generated from a "
            "syndicated feed.)",
        ],
        site=2,
    ),
    page(
        "wb-en-ians-initials-headline-only",
        "wire_block",
        "en-market",
        "IANS",
        dateline="New Delhi, March 4 (IANS) ",
        tail=[
            "--IANS",
            "ak/rad",
            "(Only the headline and picture of this report may have been reworked by the Kestrel "
            "Post staff; the rest of the content is auto-generated from a syndicated feed.)",
        ],
        site=2,
    ),
    page(
        "wb-en-ani-no-responsibility",
        "wire_block",
        "en-market",
        "ANI",
        dateline="Mumbai (Maharashtra) [India], March 4 (ANI): ",
        tail=[
            "(ANI)",
            "This report is auto-generated from ANI news service. Kestrel Post holds no "
            "responsibility for its content.",
        ],
        site=2,
    ),
    page(
        "wb-en-bloomberg-contact-assistance",
        "wire_block",
        "en-market",
        "Bloomberg",
        tail=[
            "--With assistance from Kenji Ota.",
            "To contact the reporter on this story: Rhea Malhotra in Mumbai at "
            "rmalhotra@bloomberg.net",
            "©2026 Bloomberg L.P.",
        ],
        site=3,
    ),
    page(
        "wb-en-canadian-press-first-published",
        "wire_block",
        "en-school",
        "The Canadian Press",
        dateline="TORONTO — ",
        tail=[
            "— With files from Maya Thorne in Ottawa",
            "This report by The Canadian Press was first published March 4, 2026.",
        ],
        site=4,
    ),
    page(
        "wb-en-upi-copyright",
        "wire_block",
        "en-court",
        "United Press International",
        tail=[
            "Copyright 2026 United Press International, Inc. (UPI). Any reproduction, "
            "republication, redistribution and/or modification of any UPI content is expressly "
            "prohibited without UPI's prior written consent.",
        ],
        site=1,
    ),
    page(
        "wb-en-xinhua-enditem",
        "wire_block",
        "en-market",
        "Xinhua",
        dateline="BEIJING, March 4 (Xinhua) -- ",
        tail=["Enditem", "Editor: Wang Lin"],
        site=3,
    ),
    page(
        "wb-en-kyodo-equals-signoff",
        "wire_block",
        "en-school",
        "Kyodo News",
        tail="==Kyodo",
        site=3,
    ),
    page(
        "wb-en-yonhap-end",
        "wire_block",
        "en-market",
        "Yonhap",
        dateline="SEOUL, March 4 (Yonhap) -- ",
        tail=["(END)", "(Yonhap)"],
        site=3,
    ),
    page(
        "wb-es-efe-copyright",
        "wire_block",
        "es",
        "EFE",
        dateline="Valdeluz (España), 4 mar (EFE).- ",
        tail=["EFE", "(c) Agencia EFE"],
    ),
    page(
        "wb-es-europa-press-redistribucion",
        "wire_block",
        "es",
        "Europa Press",
        dateline="MADRID, 4 (EUROPA PRESS) ",
        tail=[
            "© 2026 Europa Press. Está expresamente prohibida la redistribución y la redifusión "
            "de todo o parte de los contenidos de los servicios de Europa Press sin su previo y "
            "expreso consentimiento.",
        ],
    ),
    page(
        "wb-de-dpa-infocom",
        "wire_block",
        "de",
        "dpa",
        dateline="Talheim (dpa/lsw) - ",
        tail=["dpa lsw xy yyzz n1 hal", "© dpa-infocom, dpa:260304-930-123456/1"],
    ),
    page(
        "wb-fr-afp-slug",
        "wire_block",
        "fr",
        "AFP",
        dateline="Paris (AFP) - ",
        tail=["bur-abc/def", "© 2026 AFP"],
    ),
    page(
        "wb-pt-lusa-fim",
        "wire_block",
        "pt",
        "Agência Lusa",
        dateline="Ribeira, 04 mar 2026 (Lusa) - ",
        tail=["ABC // DEF", "Lusa/Fim"],
    ),
    page(
        "wb-it-ansa-riproduzione",
        "wire_block",
        "it",
        "ANSA",
        dateline="(ANSA) - ROMA, 04 MAR - ",
        tail=["(ANSA).", "Riproduzione riservata © Copyright ANSA"],
    ),
    page(
        "wb-ar-anadolu-rights",
        "wire_block",
        "ar",
        "Anadolu Agency",
        tail=["المصدر: وكالة الأناضول", "جميع الحقوق محفوظة لوكالة الأناضول © 2026"],
    ),
    page(
        "wb-tr-aa-haklari",
        "wire_block",
        "tr",
        "Anadolu Agency",
        dateline="ANKARA (AA) - ",
        tail=["Kaynak: AA", "© Anadolu Ajansı. Tüm hakları saklıdır."],
    ),
    page(
        "wb-id-antara-pewarta",
        "wire_block",
        "id",
        "Antara",
        dateline="Jakarta (ANTARA) - ",
        tail=["Pewarta: Dewi Lestari", "Editor: Budi Santoso", "Copyright © ANTARA 2026"],
    ),
    page(
        "wb-hi-bhasha-feed",
        "wire_block",
        "hi",
        "Press Trust of India",
        tail=[
            "भाषा",
            "(यह खबर सिंडिकेट फीड से सीधे प्रकाशित की गई है। इसे नगर समाचार टीम ने संपादित नहीं किया है।)",
        ],
    ),
    page(
        "wb-ja-kyodo-copyright",
        "wire_block",
        "ja",
        "Kyodo News",
        inline="（共同）",
        tail="© 一般社団法人共同通信社",
    ),
    page(
        "wb-zh-xinhua-dateline-editor",
        "wire_block",
        "zh",
        "Xinhua",
        dateline="新华社北京3月4日电（记者王明）",
        tail=["来源：新华社", "【责任编辑：李红】"],
    ),
    page(
        "wb-ko-yonhap-email-copyright",
        "wire_block",
        "ko",
        "Yonhap",
        dateline="(서울=연합뉴스) 박지훈 기자 = ",
        tail=["jhpark@yna.co.kr", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"],
    ),
    page(
        "wb-ru-tass-ssylka",
        "wire_block",
        "ru",
        "TASS",
        dateline="МОСКВА, 4 марта. /ТАСС/. ",
        tail=["Источник: ТАСС", "При использовании материалов ссылка на ТАСС обязательна."],
    ),
    page(
        "wb-vi-ttxvn",
        "wire_block",
        "vi",
        "Vietnam News Agency",
        tail=["TTXVN", "Nguồn: Thông tấn xã Việt Nam"],
    ),
]

# --- html_block: whole member-site pages whose article carries the block in its own markup ---
# (a republishing footer div, an editor's note in <em>, a partner <aside>, a wire copyright div,
# The Conversation's footer with its tracking pixel). Run through process_page.

HTML_BLOCKS = [
    html_page(
        "hx-en-propublica-footer-div",
        "html_block",
        "en-court",
        "ProPublica",
        after='<div class="republish-credit"><p>This story was originally published by '
        '<a href="https://www.propublica.org/">ProPublica</a>.</p><p>ProPublica is a '
        "Pulitzer Prize-winning investigative newsroom. Sign up for The Big Story newsletter "
        "to receive stories like this one in your inbox.</p></div>",
        credits=[
            "This story was originally published by ProPublica.",
            "ProPublica is a Pulitzer Prize-winning investigative newsroom.",
        ],
        title="Appeals court revives warehouse tenants' lawsuit",
    ),
    html_page(
        "hx-en-conversation-footer-pixel",
        "html_block",
        "en-river",
        "The Conversation",
        after='<p>This article is republished from <a href="https://theconversation.com">The '
        "Conversation</a> under a Creative Commons license. Read the "
        '<a href="https://theconversation.com/salt-creeps-up-the-river-240101">original '
        'article</a>.</p><img src="https://counter.theconversation.com/content/240101/count.gif" '
        'alt="The Conversation" width="1" height="1">',
        credits=["This article is republished from The Conversation"],
        title="Why the river's water is turning salty",
        site=3,
    ),
    html_page(
        "hx-en-editors-note-em",
        "html_block",
        "en-clinic",
        "CalMatters",
        before="<p><em>Editor's note: This story was first published by "
        '<a href="https://calmatters.org/health/2026/03/maternity-ward/">CalMatters</a> and is '
        "republished here with permission.</em></p>",
        credits=["Editor's note: This story was first published by CalMatters"],
        title="County's only maternity ward to close",
        site=1,
    ),
    html_page(
        "hx-en-partner-aside",
        "html_block",
        "en-river",
        "Inside Climate News",
        after='<aside class="partner-box"><h4>About this story</h4><p>This article originally '
        'appeared on <a href="https://insideclimatenews.org/">Inside Climate News</a>, a '
        "nonprofit, non-partisan news organization that covers climate, energy and the "
        "environment. It is republished with permission.</p></aside>",
        credits=["This article originally appeared on Inside Climate News"],
        title="Orchards face a third salty summer",
    ),
    html_page(
        "hx-en-ap-copyright-div",
        "html_block",
        "en-court",
        "Associated Press",
        after='<div class="wire-copyright"><p>Copyright 2026 The Associated Press. All rights '
        "reserved. This material may not be published, broadcast, rewritten or redistributed "
        "without permission.</p></div>",
        credits=["Copyright 2026 The Associated Press. All rights reserved."],
        title="Appeals court revives tenants' lawsuit",
        site=4,
    ),
    html_page(
        "hx-es-el-faro-footer",
        "html_block",
        "es",
        "El Faro",
        after='<div class="nota-republicacion"><p><em>Este artículo fue publicado originalmente '
        'en <a href="https://elfaro.net/">El Faro</a>.</em></p><p><em>Se reproduce con '
        "autorización.</em></p></div>",
        credits=[
            "Este artículo fue publicado originalmente en El Faro.",
            "Se reproduce con autorización.",
        ],
        title="El pleno aprueba la reforma del mercado de abastos",
    ),
    html_page(
        "hx-de-correctiv-footer",
        "html_block",
        "de",
        "CORRECTIV",
        after='<p class="hinweis"><strong>Dieser Beitrag erschien zuerst bei '
        '<a href="https://correctiv.org/">CORRECTIV</a>.</strong> Wir danken für die '
        "Genehmigung zur Wiederveröffentlichung.</p>",
        credits=[
            "Dieser Beitrag erschien zuerst bei CORRECTIV.",
            "Wir danken für die Genehmigung zur Wiederveröffentlichung.",
        ],
        accept=("Correctiv",),
        title="Buslinie fährt wieder stündlich",
    ),
    html_page(
        "hx-fr-conversation-footer",
        "html_block",
        "fr",
        "The Conversation",
        after="<p>Cet article est republié à partir de "
        '<a href="https://theconversation.com/fr">The Conversation</a> sous licence Creative '
        'Commons. Lire l\'<a href="https://theconversation.com/fr/ligne-de-car-240202">article '
        "original</a>.</p>",
        credits=["Cet article est republié à partir de The Conversation"],
        title="La ligne de car rouvre entre les deux vallées",
    ),
    html_page(
        "hx-pt-publica-footer",
        "html_block",
        "pt",
        "Agência Pública",
        after='<p class="creditos"><em>Esta reportagem foi publicada originalmente pela '
        '<a href="https://apublica.org/">Agência Pública</a> e é republicada sob licença '
        "Creative Commons.</em></p>",
        credits=["Esta reportagem foi publicada originalmente pela Agência Pública"],
        accept=("Agencia Publica",),
        title="Câmara aprova nova creche no bairro da estação",
    ),
    html_page(
        "hx-id-kompas-footer",
        "html_block",
        "id",
        "Kompas.com",
        after='<p>Artikel ini telah tayang di <a href="https://www.kompas.com/">Kompas.com</a> '
        'dengan judul "Pemkab Setujui Pembangunan Pasar Baru", Klik untuk baca: '
        '<a href="https://regional.kompas.com/read/2026/03/04/101500178/pemkab-setujui-pasar-baru">'
        "https://regional.kompas.com/read/2026/03/04/101500178/pemkab-setujui-pasar-baru</a>."
        "</p><p>Penulis : Rina Maharani<br>Editor : Agus Salim</p>",
        credits=[
            "Artikel ini telah tayang di Kompas.com",
            "Penulis : Rina Maharani",
            "Editor : Agus Salim",
        ],
        accept=("Kompas",),
        title="Pemkab setujui pembangunan pasar baru",
    ),
    html_page(
        "hx-ko-yonhap-copyright",
        "html_block",
        "ko",
        "Yonhap",
        after="<p>jhpark@yna.co.kr</p><p>&lt;저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 "
        "활용 금지&gt;</p>",
        credits=[
            "jhpark@yna.co.kr",
            "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        ],
        title="산간 마을 버스 증편 예산 통과",
    ),
]

CASES = [*TAIL_BLOCKS, *HEAD_BLOCKS, *SPLIT_BLOCKS, *WIRE_BLOCKS, *HTML_BLOCKS]

#: Decided by pass 30, not fixed (the cases above are frozen; only these marks were added).
_PARTNER = pytest.mark.xfail(
    strict=True,
    reason="a partnership line naming the hosting site as the other partner ('a reporting "
    "partnership between <site> and X', 'produced by X and co-published with <site>'): the "
    "credit readers do not know the site's name, and reading 'and X' or 'produced by X' alone "
    "would credit a partner of the site's own stories; left as a class of its own",
)
_CASELESS = pytest.mark.xfail(
    strict=True,
    reason="a name the table lacks that does not read as an outlet's ('((o))eco' opens with "
    "brackets, '«7x7»' with a digit, '한겨레' has no paper's word): the sentences that would "
    "credit it accept outlet-like names only (precision first); the table would need them",
)
LEFT = {
    "tb-en-partner-box-floodlight": _PARTNER,
    "hb-en-grist-copublished": _PARTNER,
    "tb-pt-oeco-leia": _CASELESS,
    "tb-ru-7x7-perepechatka": _CASELESS,
    "tb-ko-hankyoreh-jeonjae": _CASELESS,
    "hb-de-anmerkung-zeit": pytest.mark.xfail(
        strict=True,
        reason="'in der Zeit': the dative article before a table word-name the table also "
        "lists alone ('Zeit', like 'Welt') is cut off, and a table word-name without its "
        "article is published as written (section labels); reading 'der' back as 'Die' needs "
        "the article's case forms beside every such name",
    ),
    "wb-hi-bhasha-feed": pytest.mark.xfail(
        strict=True,
        reason="'भाषा' alone on a line is PTI's Hindi service's sign-off but also the Hindi "
        "word 'language': crediting it alone needs the syndicated-feed disclaimer under it "
        "read as a wire's trailer first; left with the class of feed disclaimers",
    ),
}


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=LEFT[c.id], id=c.id) if c.id in LEFT else c for c in CASES],
    ids=lambda c: c.id,
)
def test_every_line_of_the_credit_block_leaves(case: Page) -> None:
    check(case)
