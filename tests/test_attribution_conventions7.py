# ruff: noqa: RUF001, RUF002  (the pages are written in their own scripts and punctuation)
"""Conventions round 7 (issue 14), written blind: credit lines naming outlets that are NOT in
aggregator/data/publishers.toml, in the languages and constructions real sites use.

Whole small articles (tests/blogpost.py's story, round 6's invented stories and invented
stories in twelve more languages) on invented member sites, with a credit line before, after or
run into the story. 55 of the 244 cases (both files) are a page's markup (a bold label, a
<small>, a link with its href, a source logo and row above the headline) run through
aggregator.processing.process_page, extraction then attribution; the rest are text given to
attribute() with the page's address and site name. Each case asserts the publisher (the outlet's
name as a careful reader writes it; `accept` only where a reader could fairly give another: the
domain, the name as written when inflected, the Latin name of a non-Latin one), that every
credit line left the text and that every story sentence stayed. No expected outlet, alias or
domain is in aggregator/data/publishers.toml (checked by name, alias and domain before the run).

Families: verb_phrase (published first / originally / reprinted from / telah tayang di / 转载自 /
より転載 / 에서 전재 / نُشر أولاً في / पहली बार ... में प्रकाशित / Опубликовано в / ukazał się
pierwotnie w ... in 34 languages' worth of sites), label_prefix (Theo, Nguồn, ที่มา, منبع, সূত্র,
Chanzo, Bron, Källa, Πηγή, Джерело, מקור, Sumber, Fonte, நன்றி ... as a line, run in, bold, in a
<small>), link_only (Read more at / Full story / a linked name alone / "Source:" linked on the
headline with the original as href / a bare domain), aggregator_row ("Name · 2h", "Name | 3
hours ago", "From Name", "Name — Read original", a logo's alt text, a source row above the
headline), name_shape (one common word, a place in the name, a person's, digits, capitals,
camelCase domains, Devanagari, Arabic, Thai, Hebrew, Greek, Cyrillic, Hangul, CJK names).
The twins (same shapes, crediting no one) are in tests/test_attribution_conventions7_twins.py.

Languages over both files (244 cases, 34 languages): en 41, es 13, de 13, vi 12, nl 10, fr 9,
id 9, pt 8, ja 8, sv 8, zh 7, ar 7, he 7, it 6, tr 6, ru 6, pl 6, el 6, fa 6, ko 5, ro 5, uk 5,
sw 5, hi 4, hu 4, bn 4, ms 4, tl 4, th 4, cs 3, ta 3, ne 3, fi 2, ur 1.

First run, on unchanged code (main at 5efba1d), both files, before any case was edited:
244 cases, 178 passed, 66 failed. This file: 188 cases, 129 passed, 59 failed.

| family         | cases | passed | failed |
|----------------|-------|--------|--------|
| verb_phrase    |    56 |     38 |     18 |
| label_prefix   |    47 |     40 |      7 |
| link_only      |    25 |     14 |     11 |
| aggregator_row |    23 |      2 |     21 |
| name_shape     |    37 |     35 |      2 |
| (twins file: tw_according 16/16, tw_data_source 15/16, tw_further 9/15, tw_own_row 4/4,
|  tw_place 5/5)

What failed (first run; which markup lines extraction dropped was read afterwards by running
extraction alone on the failing pages):
- aggregator_row: every portal row ("Name · 2h", "Name | 3 hours ago", "From KTLA 5", "Seattle
  Times — Read original") gave None and stayed, in all 15 languages (18 text rows); so did a
  logo-and-name row (Capital FM) and "Desde El Comercio — Leer original"; a logo's alt text alone
  never reached the text and gave None. Only "Via AD.nl · 2 uur geleden" and the Hindi logo row
  (ABP News) passed.
- verb_phrase: 15 constructions gave None and stayed: telah tayang di detikNews, đăng lại từ,
  转载自, より転載 (東洋経済オンライン; 毎日新聞より転載 passed), 에서 전재, Опубликовано в
  «Новой газете», ukazał się pierwotnie w „Polityce”, a apărut inițial în, «Української правди»,
  Persian منتشر شده, Bengali and Nepali suffixed names, Tamil வெளியானது, Thai เผยแพร่ครั้งแรกที่,
  Finnish Aamulehdessä. The Hindi credit was published with the verb phrase's words
  ('पहली बार नवभारत टाइम्स'); domain-shaped names were lower-cased ('eldiario.es', 'kompas.com').
  (German, French, Italian, Portuguese, Turkish, Arabic, Dutch, Swedish, Greek, Hebrew, Swahili,
  Malay, Tagalog, Czech, Hungarian and English verb phrases passed.)
- link_only: "Full story: <a>Manchester Evening News</a>", "<a>headline</a> — Daily Monitor",
  "Читать полностью на vedomosti.ru", "Haberin devamı için:", "で全文を読む", "원문 보기:",
  "原文链接：", "اقرأ المزيد على", "पूरी खबर पढ़ें:" gave None and stayed; the linked name alone and
  the "Source:" link on the headline (outlet only in the href) were dropped by extraction and gave
  None. (Read more at irishtimes.com, Via BusinessDay and the es/pt/fr/de/it/nl/pl/id/sv lines
  passed.)
- label_prefix: Tamil நன்றி: gave None and stayed; "Zdroj: iROZHLAS" gave None; "Fuente: Página
  12" gave 'Página'; domain names lower-cased ('hotnews.ro', 'nu.nl', 'liputan6.com'); Thai
  ที่มา: in a <small> gave None and stayed (the same label as a text line passed).
- name_shape: "Kaynak: bianet" (a lower-case brand) and Tamil "நன்றி: தினத்தந்தி" gave None.
  One common word (The Star, Mirror, Herald, The Post), digits, capitals, camelCase domains and
  the non-Latin names after a known label all passed.

Cases the author was unsure of (expectation written before the run, not changed):
vp-de-rnd (RND is a syndication desk as much as an outlet), vp-he-globes-prefixed,
vp-bn-bangla-tribune and vp-ne-kantipur (a case suffix or prefix glued to the name; the glued
form accepted), lp-fa-manba-isna and lp-uk-bold-label-unian (ISNA and UNIAN are agencies
outside the table), lp-el-pigi-ertnews (the domain, or the broadcaster), lp-ta-nandri-dinamalar
(நன்றி, "thanks", as the credit label), lo-en-source-headline-link (the outlet is only in the
href; its name expected, the domain accepted), lo-en-read-more-irishtimes, lo-sv-las-dn and
lo-fi-lue-koko-yle (a domain or abbreviation standing for a name the reader knows),
ar-en-read-original-seattle ("Seattle Times" as written accepted), ar-en-logo-alt-only-himalayan
and ar-hi-logo-row-abp (a logo's alt text may never reach the text), ar-id-kumparan (the brand
is lower-case), ns-en-herald, ns-en-mirror and ns-en-the-post (one common word: a reader takes
them as outlets only after "Source:"/"Courtesy:"), ns-en-drudge (an aggregator credited as the
source), ns-en-camel-thecitizen and ns-en-camel-nepalitimes (the site's name expected, the
domain accepted), ns-es-el-tiempo-caps and ns-fr-la-presse-caps (title case expected, the
capitals accepted). Markup cases measure extraction too: a credit the extractor drops is not
"left in the text", and one it keeps apart from the story is attribution's to find."""

from __future__ import annotations

import html as htmllib
from dataclasses import dataclass

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.processing import process_page
from tests.test_attribution_conventions6 import BODIES as BODIES6
from tests.test_attribution_conventions6 import SITES as SITES6

pytestmark = pytest.mark.conventions7

# --- the stories: round 6's (invented, naming no outlet) and twelve more languages --------------

BODIES: dict[str, list[str]] = {
    **BODIES6,
    "nl": [
        "De gemeenteraad heeft dinsdag ingestemd met het plan om de oude haven om te bouwen tot "
        "een woonwijk.",
        "De werkzaamheden beginnen volgend voorjaar en duren naar verwachting ongeveer twee jaar.",
        "Bewoners van de nabijgelegen straten maken zich zorgen over de extra verkeersdrukte.",
    ],
    "sv": [
        "Kommunfullmäktige godkände på tisdagen planen att bygga om den gamla simhallen i centrum.",
        "Arbetet väntas börja i vår och pågå i ungefär ett och ett halvt år.",
        "Föreningar som använder hallen har länge krävt en renovering.",
    ],
    "ro": [
        "Consiliul local a aprobat marți proiectul de modernizare a pieței centrale din oraș.",
        "Lucrările ar urma să înceapă în primăvară și să dureze aproximativ optsprezece luni.",
        "Comercianții din zonă au cerut de ani de zile renovarea clădirii.",
    ],
    "uk": [
        "Міська рада у вівторок затвердила план ремонту мосту через річку, який уже два роки "
        "закритий для вантажівок.",
        "Роботи планують розпочати навесні, вони триватимуть близько півтора року.",
        "Мешканці навколишніх сіл скаржаться, що об'їзд подовжує дорогу до лікарні на пів години.",
    ],
    "el": [
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το σχέδιο ανακαίνισης της παλιάς αγοράς της "
        "πόλης.",
        "Οι εργασίες αναμένεται να ξεκινήσουν την άνοιξη και να διαρκέσουν περίπου δεκαοκτώ μήνες.",
        "Οι έμποροι της περιοχής ζητούσαν εδώ και χρόνια την επισκευή του κτιρίου.",
    ],
    "he": [
        "מועצת העירייה אישרה ביום שלישי את התוכנית לשיפוץ השוק הישן במרכז העיר.",
        "העבודות צפויות להתחיל באביב ולהימשך כשנה וחצי.",
        "סוחרים באזור דרשו במשך שנים לשפץ את המבנה.",
    ],
    "fa": [
        "شورای شهر روز سه‌شنبه طرح بازسازی بازار قدیمی مرکز شهر را تصویب کرد.",
        "قرار است عملیات اجرایی در بهار آغاز شود و حدود یک سال و نیم طول بکشد.",
        "کسبه منطقه سال‌ها خواستار بازسازی این بنا بودند.",
    ],
    "bn": [
        "পৌরসভা মঙ্গলবার শহরের পুরোনো বাজার সংস্কারের পরিকল্পনা অনুমোদন করেছে।",
        "আগামী বসন্তে কাজ শুরু হয়ে প্রায় দেড় বছর চলবে বলে জানিয়েছেন কর্মকর্তারা।",
        "এলাকার ব্যবসায়ীরা বহু বছর ধরে ভবনটি সংস্কারের দাবি জানিয়ে আসছিলেন।",
    ],
    "ta": [
        "நகராட்சி மன்றம் செவ்வாய்க்கிழமை பழைய சந்தையை புதுப்பிக்கும் திட்டத்துக்கு ஒப்புதல் அளித்தது.",
        "பணிகள் அடுத்த மாதம் தொடங்கி சுமார் ஒன்றரை ஆண்டுகள் நடைபெறும் என்று அதிகாரிகள் தெரிவித்தனர்.",
        "இப்பகுதி வியாபாரிகள் பல ஆண்டுகளாக கட்டடத்தை சீரமைக்க கோரி வந்தனர்.",
    ],
    "th": [
        "สภาเทศบาลอนุมัติแผนปรับปรุงตลาดเก่าใจกลางเมืองเมื่อวันอังคาร",
        "คาดว่างานก่อสร้างจะเริ่มในเดือนหน้าและใช้เวลาประมาณหนึ่งปีครึ่ง",
        "พ่อค้าแม่ค้าในพื้นที่เรียกร้องให้ซ่อมแซมอาคารมาหลายปีแล้ว",
    ],
    "tl": [
        "Inaprubahan ng konseho ng lungsod noong Martes ang plano para ayusin ang lumang palengke "
        "sa sentro ng bayan.",
        "Inaasahang magsisimula ang konstruksiyon sa susunod na buwan at tatagal nang halos isa't "
        "kalahating taon.",
        "Matagal nang hinihiling ng mga tindero sa lugar na ayusin ang gusali.",
    ],
    "sw": [
        "Baraza la manispaa limeidhinisha Jumanne mpango wa kukarabati soko la zamani katikati "
        "ya mji.",
        "Kazi hiyo inatarajiwa kuanza mwezi ujao na kuchukua takriban mwaka mmoja na nusu.",
        "Wafanyabiashara wa eneo hilo wamekuwa wakiomba jengo hilo likarabatiwe kwa miaka mingi.",
    ],
    "ne": [
        "नगरपालिकाले मंगलबार पुरानो बजार पुनर्निर्माण गर्ने योजना स्वीकृत गरेको छ।",
        "निर्माण कार्य अर्को महिना सुरु भएर करिब डेढ वर्ष चल्ने अधिकारीहरूले बताएका छन्।",
        "स्थानीय व्यापारीहरूले धेरै वर्षदेखि भवन मर्मतको माग गर्दै आएका थिए।",
    ],
}

# --- the member sites that host the copies: invented, none of them in the table ----------------

SITES: dict[str, list[tuple[str, str]]] = {
    **SITES6,
    "nl": [("https://www.polderbode.nl", "Polderbode")],
    "sv": [("https://www.sjobygdenstidning.se", "Sjöbygdens Tidning")],
    "ro": [("https://www.ecoulvaii.ro", "Ecoul Văii")],
    "uk": [("https://pryrichni-visti.com.ua", "Прирічні вісті")],
    "el": [("https://www.fonitiskoiladas.gr", "Η Φωνή της Κοιλάδας")],
    "he": [("https://www.kolhaemek.co.il", "קול העמק")],
    "fa": [("https://www.sedaye-shahr.ir", "صدای شهر")],
    "bn": [("https://www.nodirkhobor.com.bd", "নদীর খবর")],
    "ta": [("https://www.nagaramurasu.in", "நகர முரசு")],
    "th": [("https://www.khaorimnam.co.th", "ข่าวริมน้ำ")],
    "tl": [("https://www.balitangbayan.ph", "Balitang Bayan")],
    "sw": [("https://www.sautiyapwani.co.tz", "Sauti ya Pwani")],
    "ne": [("https://www.nagarkhabar.com.np", "नगर खबर")],
}

TITLE = "Council approves the plan"


@dataclass(frozen=True)
class Page:
    """One small article (text, or a page's markup) and what attribution must make of it."""

    id: str
    family: str
    lang: str
    text: str
    markup: str | None
    url: str
    site_name: str
    expected: str | None
    accept: frozenset[str]
    credits: tuple[str, ...]
    keep: tuple[str, ...]


def _document(
    lang: str, site_name: str, top: str, head: str, paragraphs: list[str], tail: str
) -> str:
    """A small article page: the site's header and navigation, the story in <article>, a footer."""
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{TITLE} - {htmllib.escape(site_name)}</title>"
        f'<meta property="og:site_name" content="{htmllib.escape(site_name)}"></head><body>'
        f'<header><a href="/">{htmllib.escape(site_name)}</a><nav><a href="/news">News</a> '
        f'<a href="/sport">Sport</a></nav></header><main><article>{top}<h1>{TITLE}</h1>'
        f'<time datetime="2026-03-04">4 March 2026</time>{head}{ps}{tail}</article></main>'
        f"<footer><p>© 2026 {htmllib.escape(site_name)}</p></footer></body></html>"
    )


def page(
    cid: str,
    family: str,
    body: str,
    expected: str | None,
    *,
    head: str | None = None,
    tail: str | list[str] | None = None,
    inline: str | None = None,
    mid: str | None = None,
    end: str | list[str] | None = None,
    html_top: str | None = None,
    html_head: str | None = None,
    html_inline: str | None = None,
    html_tail: str | None = None,
    accept: tuple[str, ...] = (),
    credits: list[str] | None = None,
    stays: list[str] | None = None,
    site: int = 0,
) -> Page:
    """A page: ``body``'s paragraphs, a credit ``head`` line before them, ``tail`` line(s) after
    them, an ``inline`` credit run into the last paragraph; ``mid`` (after the first paragraph)
    and ``end`` (after the last) are lines that are not credits and must stay. With any
    ``html_*`` part the case is a page's markup (``html_top`` above the headline, ``html_head``
    before the first paragraph, ``html_inline`` inside the last, ``html_tail`` after it) run
    through extraction and attribution; its ``credits`` (the visible credit text, given by the
    case) must leave the text. ``credits`` default to head, tail and inline; ``stays`` is other
    visible text (a link's words) that must stay."""
    lang = body.split("-")[0]
    paragraphs = list(BODIES[body])
    keep = [*paragraphs, *(stays or ())]
    ends = [end] if isinstance(end, str) else list(end or [])
    base, name = SITES[lang][site % len(SITES[lang])]
    url = f"{base}/2026/03/{cid}.html"
    if any(x is not None for x in (html_top, html_head, html_inline, html_tail)):
        escaped = [htmllib.escape(p, quote=False) for p in paragraphs]
        if mid:
            escaped.insert(1, htmllib.escape(mid, quote=False))
            keep.append(mid)
        if html_inline:
            escaped[-1] += html_inline
        for e in ends:
            escaped.append(htmllib.escape(e, quote=False))
            keep.append(e)
        markup = _document(lang, name, html_top or "", html_head or "", escaped, html_tail or "")
        return Page(
            id=cid,
            family=family,
            lang=lang,
            text="",
            markup=markup,
            url=url,
            site_name=name,
            expected=expected,
            accept=frozenset(accept),
            credits=tuple(credits or ()),
            keep=tuple(keep),
        )
    lines = list(paragraphs)
    if inline:
        lines[-1] = lines[-1] + inline
    if mid:
        lines.insert(1, mid)
        keep.append(mid)
    for e in ends:
        lines.append(e)
        keep.append(e)
    tails = [tail] if isinstance(tail, str) else list(tail or [])
    if head:
        lines.insert(0, head)
    lines.extend(tails)
    if credits is None:
        credits = [c.strip() for c in [head, *tails, inline] if c]
    return Page(
        id=cid,
        family=family,
        lang=lang,
        text="\n".join(lines),
        markup=None,
        url=url,
        site_name=name,
        expected=expected,
        accept=frozenset(accept),
        credits=tuple(credits),
        keep=tuple(keep),
    )


def run(case: Page) -> tuple[str, str | None]:
    """The text attribution leaves and the publisher it found: text cases go to ``attribute``
    with the page's address and site name, markup cases through ``process_page`` (extraction,
    then attribution with what extraction found)."""
    if case.markup is not None:
        article = process_page(case.markup, case.url)
        return article.text, article.attribution.original_publisher
    cleaned, found = attribute(case.text, url=case.url, site_name=case.site_name)
    return cleaned, found.original_publisher


def check(case: Page) -> None:
    """Run attribution on the page and assert the publisher, that every credit line left the
    text and that every story sentence and non-credit line stayed; one message lists all."""
    cleaned, got = run(case)
    problems = []
    if got not in {case.expected, *case.accept}:
        problems.append(f"publisher {got!r}, expected {case.expected!r}")
    if got is not None and got == case.site_name:
        problems.append("the hosting site's own name given as the publisher")
    problems += [f"credit left in text: {c!r}" for c in case.credits if c in cleaned]
    problems += [f"sentence lost: {k!r}" for k in case.keep if k not in cleaned]
    assert not problems, "; ".join(problems)


# --- verb_phrase: "first published in X", "reprinted from X", in the sites' own words -----------
# Inflected names (Polish, Finnish, Hungarian, Russian, Ukrainian, Bengali, Hebrew prefixes) are
# expected in the name the outlet gives itself; the form as written is accepted, as round 6 did.

VERB_PHRASES = [
    page(
        "vp-es-eldiario",
        "verb_phrase",
        "es",
        "elDiario.es",
        tail="Este artículo fue publicado originalmente en elDiario.es.",
    ),
    page(
        "vp-es-confidencial",
        "verb_phrase",
        "es",
        "El Confidencial",
        tail="Publicado originalmente en El Confidencial",
    ),
    page(
        "vp-es-animal-politico-inline",
        "verb_phrase",
        "es",
        "Animal Político",
        inline=" Esta nota se publicó originalmente en Animal Político.",
    ),
    page(
        "vp-de-tagesspiegel",
        "verb_phrase",
        "de",
        "Tagesspiegel",
        tail="Dieser Artikel erschien zuerst im Tagesspiegel.",
        accept=("Der Tagesspiegel",),
    ),
    page(
        "vp-de-rnd",
        "verb_phrase",
        "de",
        "RND",
        tail="Der Text erschien zuerst bei RND.",
        accept=("RedaktionsNetzwerk Deutschland",),
    ),
    page(
        "vp-de-taz",
        "verb_phrase",
        "de",
        "taz",
        tail="Dieser Beitrag ist zuerst in der taz erschienen.",
        accept=("die tageszeitung",),
    ),
    page(
        "vp-de-presse-quoted",
        "verb_phrase",
        "de",
        "Die Presse",
        tail="Dieser Artikel ist zuerst in der „Presse“ erschienen.",
        accept=("Presse",),
        site=1,
    ),
    page(
        "vp-fr-devoir",
        "verb_phrase",
        "fr",
        "Le Devoir",
        tail="Cet article a paru initialement dans Le Devoir.",
    ),
    page(
        "vp-fr-mediapart",
        "verb_phrase",
        "fr",
        "Mediapart",
        tail="Article publié initialement sur Mediapart.",
    ),
    page(
        "vp-fr-sud-ouest",
        "verb_phrase",
        "fr",
        "Sud Ouest",
        tail="Cet article est paru dans Sud Ouest.",
    ),
    page(
        "vp-it-il-post",
        "verb_phrase",
        "it",
        "Il Post",
        tail="Questo articolo è stato pubblicato originariamente su Il Post.",
    ),
    page(
        "vp-it-la-stampa",
        "verb_phrase",
        "it",
        "La Stampa",
        tail="Articolo pubblicato originariamente su La Stampa",
    ),
    page(
        "vp-pt-publico",
        "verb_phrase",
        "pt",
        "Público",
        tail="Este artigo foi publicado originalmente no Público.",
    ),
    page(
        "vp-pt-correio-braziliense",
        "verb_phrase",
        "pt",
        "Correio Braziliense",
        tail="Texto publicado originalmente no Correio Braziliense.",
    ),
    page(
        "vp-tr-cumhuriyet",
        "verb_phrase",
        "tr",
        "Cumhuriyet",
        tail="Bu haber ilk olarak Cumhuriyet'te yayımlandı.",
    ),
    page("vp-tr-t24", "verb_phrase", "tr", "T24", tail="Bu yazı ilk olarak T24'te yayımlanmıştır."),
    page(
        "vp-id-kompas-tayang",
        "verb_phrase",
        "id",
        "Kompas.com",
        tail='Artikel ini telah tayang di Kompas.com dengan judul "Pemkot Setujui Perbaikan Jalan '
        'Lingkar Selatan".',
        accept=("Kompas",),
    ),
    page(
        "vp-id-detik-tayang",
        "verb_phrase",
        "id",
        "detikNews",
        tail="Berita ini telah tayang di detikNews.",
        accept=("detik.com", "detikcom", "Detik"),
    ),
    page(
        "vp-vi-dang-lai-vnexpress",
        "verb_phrase",
        "vi",
        "VnExpress",
        tail="Bài viết được đăng lại từ VnExpress.",
    ),
    page(
        "vp-vi-tuoi-tre",
        "verb_phrase",
        "vi",
        "Tuổi Trẻ",
        tail="Bài viết được đăng tải lần đầu trên báo Tuổi Trẻ.",
        accept=("Báo Tuổi Trẻ", "báo Tuổi Trẻ"),
    ),
    page(
        "vp-zh-zhuanzai-pengpai",
        "verb_phrase",
        "zh",
        "澎湃新闻",
        tail="转载自澎湃新闻",
        accept=("The Paper",),
    ),
    page(
        "vp-zh-benwen-laiyuan-caixin",
        "verb_phrase",
        "zh",
        "财新网",
        head="本文来源：财新网",
        accept=("财新", "Caixin"),
    ),
    page(
        "vp-ja-mainichi-tensai",
        "verb_phrase",
        "ja",
        "毎日新聞",
        tail="※この記事は毎日新聞より転載しています。",
        accept=("Mainichi Shimbun", "The Mainichi"),
    ),
    page(
        "vp-ja-toyo-keizai-yori",
        "verb_phrase",
        "ja",
        "東洋経済オンライン",
        tail="（東洋経済オンラインより転載）",
        accept=("東洋経済", "Toyo Keizai Online"),
    ),
    page(
        "vp-ko-hankyoreh-jeonjae",
        "verb_phrase",
        "ko",
        "한겨레",
        tail="※ 이 기사는 한겨레에서 전재한 것입니다.",
        accept=("Hankyoreh", "The Hankyoreh", "한겨레신문"),
    ),
    page(
        "vp-ar-masry-alyoum",
        "verb_phrase",
        "ar",
        "المصري اليوم",
        tail="نُشر هذا المقال أولاً في المصري اليوم.",
        accept=("Al-Masry Al-Youm",),
    ),
    page(
        "vp-ar-enab-baladi",
        "verb_phrase",
        "ar",
        "عنب بلدي",
        tail="نُشرت هذه المادة للمرة الأولى في موقع عنب بلدي.",
        accept=("Enab Baladi",),
        site=1,
    ),
    page(
        "vp-hi-navbharat-times",
        "verb_phrase",
        "hi",
        "नवभारत टाइम्स",
        tail="यह लेख पहली बार नवभारत टाइम्स में प्रकाशित हुआ था।",
        accept=("Navbharat Times",),
    ),
    page(
        "vp-ru-novaya-gazeta",
        "verb_phrase",
        "ru",
        "Новая газета",
        tail="Опубликовано в «Новой газете»",
        accept=("Новой газете", "Novaya Gazeta"),
    ),
    page(
        "vp-ru-fontanka",
        "verb_phrase",
        "ru",
        "Фонтанка",
        tail="Материал впервые опубликован на сайте «Фонтанки».",
        accept=("Фонтанки", "Fontanka", "Фонтанка.ру"),
    ),
    page(
        "vp-pl-polityka",
        "verb_phrase",
        "pl",
        "Polityka",
        tail="Artykuł ukazał się pierwotnie w „Polityce”.",
        accept=("Polityce",),
    ),
    page(
        "vp-pl-onet",
        "verb_phrase",
        "pl",
        "Onet",
        tail="Tekst ukazał się pierwotnie w serwisie Onet.",
        accept=("Onet.pl",),
    ),
    page(
        "vp-cs-seznam-zpravy",
        "verb_phrase",
        "cs",
        "Seznam Zprávy",
        tail="Článek původně vyšel na serveru Seznam Zprávy.",
    ),
    page(
        "vp-hu-telex",
        "verb_phrase",
        "hu",
        "Telex",
        tail="A cikk eredetileg a Telexen jelent meg.",
        accept=("Telexen", "telex.hu"),
    ),
    page(
        "vp-ro-digi24",
        "verb_phrase",
        "ro",
        "Digi24",
        tail="Articolul a fost publicat inițial de Digi24.",
    ),
    page(
        "vp-ro-adevarul",
        "verb_phrase",
        "ro",
        "Adevărul",
        tail="Acest articol a apărut inițial în Adevărul.",
    ),
    page("vp-nl-nrc", "verb_phrase", "nl", "NRC", tail="Dit artikel verscheen eerder in NRC."),
    page(
        "vp-nl-volkskrant",
        "verb_phrase",
        "nl",
        "de Volkskrant",
        tail="Dit verhaal werd eerder gepubliceerd door de Volkskrant.",
        accept=("Volkskrant", "De Volkskrant"),
    ),
    page(
        "vp-sv-goteborgs-posten",
        "verb_phrase",
        "sv",
        "Göteborgs-Posten",
        tail="Artikeln publicerades först i Göteborgs-Posten.",
    ),
    page(
        "vp-sv-svd",
        "verb_phrase",
        "sv",
        "Svenska Dagbladet",
        tail="Texten publicerades ursprungligen av Svenska Dagbladet.",
    ),
    page(
        "vp-el-kathimerini",
        "verb_phrase",
        "el",
        "Καθημερινή",
        tail="Το άρθρο δημοσιεύθηκε αρχικά στην Καθημερινή.",
        accept=("Η Καθημερινή", "Kathimerini"),
    ),
    page(
        "vp-uk-ukrainska-pravda",
        "verb_phrase",
        "uk",
        "Українська правда",
        tail="Матеріал уперше опубліковано на сайті «Української правди».",
        accept=("Української правди", "Ukrainska Pravda"),
    ),
    page(
        "vp-he-ynet",
        "verb_phrase",
        "he",
        "ynet",
        tail="הכתבה פורסמה לראשונה ב-ynet",
        accept=("Ynet",),
    ),
    page(
        "vp-he-globes-prefixed",
        "verb_phrase",
        "he",
        "גלובס",
        tail="הכתבה פורסמה במקור בגלובס",
        accept=("Globes", "בגלובס"),
    ),
    page(
        "vp-fa-hamshahri",
        "verb_phrase",
        "fa",
        "همشهری آنلاین",
        tail="این گزارش نخستین بار در همشهری آنلاین منتشر شده است.",
        accept=("Hamshahri Online", "همشهری"),
    ),
    page(
        "vp-bn-bangla-tribune",
        "verb_phrase",
        "bn",
        "বাংলা ট্রিবিউন",
        tail="প্রতিবেদনটি প্রথম প্রকাশিত হয়েছিল বাংলা ট্রিবিউনে।",
        accept=("বাংলা ট্রিবিউনে", "Bangla Tribune"),
    ),
    page(
        "vp-ta-vikatan",
        "verb_phrase",
        "ta",
        "விகடன்",
        tail="இந்தக் கட்டுரை முதலில் விகடன் இதழில் வெளியானது.",
        accept=("Vikatan", "ஆனந்த விகடன்"),
    ),
    page(
        "vp-sw-mwananchi",
        "verb_phrase",
        "sw",
        "Mwananchi",
        tail="Makala hii ilichapishwa kwa mara ya kwanza na gazeti la Mwananchi.",
    ),
    page(
        "vp-ms-utusan",
        "verb_phrase",
        "ms",
        "Utusan Malaysia",
        tail="Artikel ini pertama kali diterbitkan oleh Utusan Malaysia.",
    ),
    page(
        "vp-tl-abante",
        "verb_phrase",
        "tl",
        "Abante",
        tail="Unang nalathala ang artikulong ito sa Abante.",
    ),
    page(
        "vp-th-matichon",
        "verb_phrase",
        "th",
        "มติชนออนไลน์",
        tail="บทความนี้เผยแพร่ครั้งแรกที่ มติชนออนไลน์",
        accept=("มติชน", "Matichon", "Matichon Online"),
    ),
    page(
        "vp-fi-aamulehti",
        "verb_phrase",
        "fi",
        "Aamulehti",
        tail="Juttu julkaistiin alun perin Aamulehdessä.",
        accept=("Aamulehdessä",),
    ),
    page(
        "vp-ne-kantipur",
        "verb_phrase",
        "ne",
        "कान्तिपुर",
        tail="यो समाचार पहिलो पटक कान्तिपुर दैनिकमा प्रकाशित भएको थियो।",
        accept=("कान्तिपुर दैनिक", "Kantipur"),
    ),
    page(
        "vp-en-kathmandu-post",
        "verb_phrase",
        "en-storm",
        "The Kathmandu Post",
        tail="This article was originally published by The Kathmandu Post.",
        site=1,
    ),
    page(
        "vp-en-inquirer-philly",
        "verb_phrase",
        "en",
        "The Philadelphia Inquirer",
        tail="This story first appeared in The Philadelphia Inquirer and is republished here "
        "with permission.",
        accept=("Philadelphia Inquirer",),
        site=3,
    ),
    page(
        "vp-en-tampa-bay-times",
        "verb_phrase",
        "en-water",
        "Tampa Bay Times",
        tail="A version of this story ran in the Tampa Bay Times.",
        site=5,
    ),
]

# --- label_prefix: a label and an outlet, as a line, run in, bold, in a <small> ----------------

LABELS = [
    page(
        "lp-vi-theo-dan-tri",
        "label_prefix",
        "vi",
        "Dân trí",
        tail="Theo Dân trí",
        accept=("Dân Trí",),
    ),
    page("lp-vi-nguon-thanh-nien", "label_prefix", "vi", "Thanh Niên", tail="Nguồn: Thanh Niên"),
    page(
        "lp-th-thimaa-thairath",
        "label_prefix",
        "th",
        "ไทยรัฐออนไลน์",
        tail="ที่มา: ไทยรัฐออนไลน์",
        accept=("ไทยรัฐ", "Thairath"),
    ),
    page("lp-fa-manba-isna", "label_prefix", "fa", "ایسنا", tail="منبع: ایسنا", accept=("ISNA",)),
    page(
        "lp-bn-sutro-kaler-kantho",
        "label_prefix",
        "bn",
        "কালের কণ্ঠ",
        tail="সূত্র: কালের কণ্ঠ",
        accept=("Kaler Kantho",),
    ),
    page("lp-sw-chanzo-taifa-leo", "label_prefix", "sw", "Taifa Leo", tail="Chanzo: Taifa Leo"),
    page("lp-nl-bron-nos", "label_prefix", "nl", "NOS", tail="Bron: NOS"),
    page("lp-sv-kalla-aftonbladet", "label_prefix", "sv", "Aftonbladet", tail="Källa: Aftonbladet"),
    page(
        "lp-el-pigi-ertnews",
        "label_prefix",
        "el",
        "ertnews.gr",
        tail="Πηγή: ertnews.gr",
        accept=("ΕΡΤ", "ERT", "ertnews", "ΕΡΤnews"),
    ),
    page(
        "lp-uk-dzherelo-suspilne",
        "label_prefix",
        "uk",
        "Суспільне",
        tail="Джерело: Суспільне",
        accept=("Suspilne", "Суспільне Новини"),
    ),
    page(
        "lp-he-makor-maariv", "label_prefix", "he", "מעריב", tail="מקור: מעריב", accept=("Maariv",)
    ),
    page(
        "lp-ms-sumber-sinar-harian",
        "label_prefix",
        "ms",
        "Sinar Harian",
        tail="Sumber: Sinar Harian",
    ),
    page(
        "lp-pt-fonte-jn",
        "label_prefix",
        "pt",
        "Jornal de Notícias",
        tail="Fonte: Jornal de Notícias",
    ),
    page(
        "lp-ta-nandri-dinamalar",
        "label_prefix",
        "ta",
        "தினமலர்",
        tail="நன்றி: தினமலர்",
        accept=("Dinamalar",),
    ),
    page(
        "lp-ro-sursa-hotnews",
        "label_prefix",
        "ro",
        "HotNews.ro",
        tail="Sursa: HotNews.ro",
        accept=("HotNews",),
    ),
    page(
        "lp-cs-zdroj-irozhlas",
        "label_prefix",
        "cs",
        "iROZHLAS",
        tail="Zdroj: iROZHLAS",
        accept=("iRozhlas", "iROZHLAS.cz"),
    ),
    page(
        "lp-hu-forras-hvg", "label_prefix", "hu", "hvg.hu", tail="Forrás: hvg.hu", accept=("HVG",)
    ),
    page(
        "lp-tl-source-pilipino-star",
        "label_prefix",
        "tl",
        "Pilipino Star Ngayon",
        tail="Source: Pilipino Star Ngayon",
    ),
    page(
        "lp-it-fonte-fatto",
        "label_prefix",
        "it",
        "Il Fatto Quotidiano",
        tail="Fonte: Il Fatto Quotidiano",
    ),
    page(
        "lp-es-fuente-pagina12",
        "label_prefix",
        "es",
        "Página 12",
        tail="Fuente: Página 12",
        accept=("Página/12",),
    ),
    page(
        "lp-de-quelle-ksta",
        "label_prefix",
        "de",
        "Kölner Stadt-Anzeiger",
        tail="Quelle: Kölner Stadt-Anzeiger",
    ),
    page("lp-fr-source-le-soir", "label_prefix", "fr", "Le Soir", tail="Source : Le Soir"),
    page("lp-ru-istochnik-rbk", "label_prefix", "ru", "РБК", tail="Источник: РБК", accept=("RBC",)),
    page(
        "lp-ar-almasdar-hespress",
        "label_prefix",
        "ar",
        "هسبريس",
        tail="المصدر: هسبريس",
        accept=("Hespress",),
    ),
    page(
        "lp-ur-bashukriya-jang",
        "label_prefix",
        "ur",
        "روزنامہ جنگ",
        tail="بشکریہ: روزنامہ جنگ",
        accept=("جنگ", "Jang", "Daily Jang"),
    ),
    page(
        "lp-ko-chulcheo-kyunghyang",
        "label_prefix",
        "ko",
        "경향신문",
        tail="출처: 경향신문",
        accept=("Kyunghyang Shinmun",),
    ),
    page(
        "lp-ja-shutten-hokkaido",
        "label_prefix",
        "ja",
        "北海道新聞",
        tail="出典：北海道新聞",
        accept=("Hokkaido Shimbun",),
    ),
    page(
        "lp-zh-laiyuan-zaobao",
        "label_prefix",
        "zh",
        "联合早报",
        tail="来源：联合早报",
        accept=("Lianhe Zaobao", "联合早报网"),
    ),
    page(
        "lp-en-source-dhaka-tribune",
        "label_prefix",
        "en-storm",
        "Dhaka Tribune",
        tail="Source: Dhaka Tribune",
        site=2,
    ),
    page(
        "lp-en-courtesy-the-citizen",
        "label_prefix",
        "en-trade",
        "The Citizen",
        tail="Courtesy: The Citizen",
        site=4,
    ),
    page(
        "lp-vi-theo-zing-inline",
        "label_prefix",
        "vi",
        "Zing News",
        inline=" (Theo Zing News)",
        accept=("ZNews", "Znews"),
    ),
    page(
        "lp-sv-kalla-expressen-inline",
        "label_prefix",
        "sv",
        "Expressen",
        inline=" Källa: Expressen",
    ),
    page("lp-nl-bron-nunl-inline", "label_prefix", "nl", "NU.nl", inline=" (Bron: NU.nl)"),
    page(
        "lp-id-sumber-liputan6-inline",
        "label_prefix",
        "id",
        "Liputan6.com",
        inline=" (Sumber: Liputan6.com)",
        accept=("Liputan6",),
    ),
    page(
        "lp-vi-bold-lao-dong",
        "label_prefix",
        "vi",
        "Lao Động",
        html_tail="<p><strong>Nguồn:</strong> Lao Động</p>",
        accept=("Báo Lao Động",),
        credits=["Lao Động"],
    ),
    page(
        "lp-th-small-khaosod",
        "label_prefix",
        "th",
        "ข่าวสด",
        html_tail="<p><small>ที่มา: ข่าวสด</small></p>",
        accept=("Khaosod",),
        credits=["ข่าวสด"],
    ),
    page(
        "lp-fa-bold-khabaronline",
        "label_prefix",
        "fa",
        "خبرآنلاین",
        html_tail="<p><b>منبع:</b> خبرآنلاین</p>",
        accept=("Khabar Online",),
        credits=["خبرآنلاین"],
    ),
    page(
        "lp-el-small-bold-ta-nea",
        "label_prefix",
        "el",
        "Τα Νέα",
        html_tail="<p><small><b>Πηγή:</b> Τα Νέα</small></p>",
        accept=("Ta Nea", "ΤΑ ΝΕΑ"),
        credits=["Τα Νέα"],
    ),
    page(
        "lp-he-bold-israel-hayom",
        "label_prefix",
        "he",
        "ישראל היום",
        html_tail="<p><strong>מקור:</strong> ישראל היום</p>",
        accept=("Israel Hayom",),
        credits=["ישראל היום"],
    ),
    page(
        "lp-sw-em-mwanaspoti",
        "label_prefix",
        "sw",
        "Mwanaspoti",
        html_tail="<p><em>Chanzo: Mwanaspoti</em></p>",
        credits=["Mwanaspoti"],
    ),
    page(
        "lp-nl-small-parool-inline",
        "label_prefix",
        "nl",
        "Het Parool",
        html_inline=" <small>(Bron: Het Parool)</small>",
        accept=("Parool",),
        credits=["Het Parool"],
    ),
    page(
        "lp-ro-bold-g4media",
        "label_prefix",
        "ro",
        "G4Media",
        html_tail="<p><b>Sursa:</b> G4Media.ro</p>",
        accept=("G4Media.ro", "g4media.ro"),
        credits=["G4Media"],
    ),
    page(
        "lp-uk-bold-label-unian",
        "label_prefix",
        "uk",
        "УНІАН",
        html_tail="<p><strong>Джерело</strong>: УНІАН</p>",
        accept=("UNIAN",),
        credits=["УНІАН"],
    ),
    page(
        "lp-bn-small-jugantor",
        "label_prefix",
        "bn",
        "যুগান্তর",
        html_tail="<p><small>সূত্র: যুগান্তর</small></p>",
        accept=("Jugantor", "দৈনিক যুগান্তর"),
        credits=["যুগান্তর"],
    ),
    page(
        "lp-sv-bold-svt",
        "label_prefix",
        "sv",
        "SVT Nyheter",
        html_tail="<p><strong>Källa:</strong> SVT Nyheter</p>",
        accept=("SVT",),
        credits=["SVT Nyheter"],
    ),
    page(
        "lp-ms-bold-harian-metro",
        "label_prefix",
        "ms",
        "Harian Metro",
        html_tail="<p><b>Sumber:</b> Harian Metro</p>",
        credits=["Harian Metro"],
    ),
    page(
        "lp-en-small-scotsman",
        "label_prefix",
        "en-city",
        "The Scotsman",
        html_tail="<p><small>Source: The Scotsman</small></p>",
        credits=["The Scotsman"],
        site=4,
    ),
]

# --- link_only: the outlet's name or domain as a link, or a link whose href is the original ----
# The careful reader names the outlet behind a bare domain; the domain as written is accepted.

LINKS = [
    page(
        "lo-en-read-more-irishtimes",
        "link_only",
        "en-city",
        "The Irish Times",
        html_tail='<p>Read more at <a href="https://www.irishtimes.com/ireland/2026/03/05/'
        'lakeshore-demolitions-begin/">irishtimes.com</a></p>',
        accept=("irishtimes.com", "Irish Times"),
        credits=["irishtimes.com"],
        site=3,
    ),
    page(
        "lo-en-full-story-men",
        "link_only",
        "en-match",
        "Manchester Evening News",
        html_tail='<p>Full story: <a href="https://www.manchestereveningnews.co.uk/sport/football/'
        'rovers-united-late-goals-31234567">Manchester Evening News</a></p>',
        accept=("manchestereveningnews.co.uk",),
        credits=["Manchester Evening News"],
        site=1,
    ),
    page(
        "lo-en-linked-name-alone",
        "link_only",
        "en-storm",
        "The Kathmandu Post",
        html_tail='<p><a href="https://kathmandupost.com/national/2026/03/04/'
        'landslides-cut-off-hill-districts">The Kathmandu Post</a></p>',
        accept=("kathmandupost.com",),
        credits=["The Kathmandu Post"],
        site=2,
    ),
    page(
        "lo-en-source-headline-link",
        "link_only",
        "en-storm",
        "The EastAfrican",
        html_tail='<p>Source: <a href="https://www.theeastafrican.co.ke/tea/news/east-africa/'
        'landslides-cut-off-hill-districts-4712345">Landslides cut off hill districts as rains '
        "persist</a></p>",
        accept=("theeastafrican.co.ke", "The East African"),
        credits=["Landslides cut off hill districts as rains persist"],
        site=4,
    ),
    page(
        "lo-en-headline-link-dash-name",
        "link_only",
        "en-storm",
        "Daily Monitor",
        html_tail='<p><a href="https://www.monitor.co.ug/uganda/news/national/'
        'hill-roads-cut-off-4712399">Hill roads cut off as landslides hit three districts</a> '
        "— Daily Monitor</p>",
        accept=("monitor.co.ug",),
        credits=["Daily Monitor"],
        site=5,
    ),
    page(
        "lo-en-via-businessday",
        "link_only",
        "en-trade",
        "BusinessDay",
        html_tail='<p>Via: <a href="https://businessday.ng/agriculture/article/'
        'cashew-exports-rise-14-percent/">BusinessDay</a></p>',
        accept=("businessday.ng", "BusinessDay NG", "Businessday"),
        credits=["BusinessDay"],
        site=3,
    ),
    page(
        "lo-es-nota-completa-el-tiempo",
        "link_only",
        "es",
        "El Tiempo",
        html_tail='<p>Lea la nota completa en <a href="https://www.eltiempo.com/bogota/'
        'renuevan-alumbrado-publico-barrios-del-sur-3321456">El Tiempo</a></p>',
        accept=("eltiempo.com",),
        credits=["El Tiempo"],
    ),
    page(
        "lo-pt-leia-mais-uol",
        "link_only",
        "pt",
        "UOL",
        html_tail='<p>Leia mais em <a href="https://noticias.uol.com.br/cotidiano/ultimas-noticias/'
        '2026/03/03/estradas-rurais.htm">UOL</a></p>',
        accept=("uol.com.br",),
        credits=["UOL"],
    ),
    page(
        "lo-fr-lire-sur-lavoixdunord",
        "link_only",
        "fr",
        "La Voix du Nord",
        html_tail="<p>Lire l'article complet sur <a href=\"https://www.lavoixdunord.fr/1512345/"
        'article/2026-03-04/la-piscine-municipale-sera-renovee">lavoixdunord.fr</a></p>',
        accept=("lavoixdunord.fr",),
        credits=["lavoixdunord.fr"],
    ),
    page(
        "lo-de-vollstaendig-handelsblatt",
        "link_only",
        "de",
        "Handelsblatt",
        html_tail='<p>Den vollständigen Artikel lesen Sie auf <a href="https://www.handelsblatt.com/'
        'unternehmen/bahnhof-umbau/100012345.html">handelsblatt.com</a></p>',
        accept=("handelsblatt.com",),
        credits=["handelsblatt.com"],
    ),
    page(
        "lo-it-leggi-sole24ore",
        "link_only",
        "it",
        "Il Sole 24 Ore",
        html_tail="<p>Leggi l'articolo completo su <a href=\"https://www.ilsole24ore.com/art/"
        'restauro-mercato-coperto-AFx1234B">Il Sole 24 Ore</a></p>',
        accept=("ilsole24ore.com",),
        credits=["Il Sole 24 Ore"],
    ),
    page(
        "lo-nl-lees-hln",
        "link_only",
        "nl",
        "HLN",
        html_tail='<p>Lees het hele artikel op <a href="https://www.hln.be/binnenland/'
        'oude-haven-wordt-woonwijk~a1b2c3d4/">HLN</a></p>',
        accept=("Het Laatste Nieuws", "hln.be"),
        credits=["HLN"],
    ),
    page(
        "lo-pl-czytaj-wp-inflected",
        "link_only",
        "pl",
        "Wirtualna Polska",
        html_tail='<p>Czytaj więcej w <a href="https://wiadomosci.wp.pl/remont-mostu-'
        '7012345678901234a">Wirtualnej Polsce</a></p>',
        accept=("Wirtualnej Polsce", "wp.pl", "WP"),
        credits=["Wirtualnej Polsce"],
    ),
    page(
        "lo-ru-chitat-vedomosti",
        "link_only",
        "ru",
        "Ведомости",
        html_tail='<p>Читать полностью на <a href="https://www.vedomosti.ru/society/articles/2026/'
        '03/04/1012345-remont-mosta">vedomosti.ru</a></p>',
        accept=("vedomosti.ru", "Vedomosti"),
        credits=["vedomosti.ru"],
    ),
    page(
        "lo-id-baca-tempo",
        "link_only",
        "id",
        "Tempo.co",
        html_tail='<p>Baca berita selengkapnya di <a href="https://www.tempo.co/ekonomi/'
        'pemkot-setujui-perbaikan-jalan-lingkar-selatan-1234567">Tempo.co</a></p>',
        accept=("Tempo", "tempo.co"),
        credits=["Tempo.co"],
    ),
    page(
        "lo-tr-devami-sozcu",
        "link_only",
        "tr",
        "Sözcü",
        html_tail='<p>Haberin devamı için: <a href="https://www.sozcu.com.tr/sahil-yolu-projesi-'
        'onaylandi-p123456">Sözcü</a></p>',
        accept=("sozcu.com.tr",),
        credits=["Sözcü"],
    ),
    page(
        "lo-ja-yomiuri-zenbun",
        "link_only",
        "ja",
        "読売新聞オンライン",
        html_tail='<p><a href="https://www.yomiuri.co.jp/local/20260304-OYT1T50123/">'
        "読売新聞オンライン</a>で全文を読む</p>",
        accept=("読売新聞", "Yomiuri Shimbun", "yomiuri.co.jp"),
        credits=["読売新聞オンライン"],
    ),
    page(
        "lo-ko-wonmun-chosun",
        "link_only",
        "ko",
        "조선일보",
        html_tail='<p>원문 보기: <a href="https://www.chosun.com/national/regional/2026/03/04/'
        'ABCDEF1234567/">조선일보</a></p>',
        accept=("Chosun Ilbo", "chosun.com"),
        credits=["조선일보"],
    ),
    page(
        "lo-zh-yuanwen-bjnews",
        "link_only",
        "zh",
        "新京报",
        html_tail='<p>原文链接：<a href="https://www.bjnews.com.cn/detail/1712345678901234.html">'
        "新京报</a></p>",
        accept=("The Beijing News", "bjnews.com.cn"),
        credits=["新京报"],
    ),
    page(
        "lo-ar-iqra-youm7",
        "link_only",
        "ar",
        "اليوم السابع",
        html_tail='<p>اقرأ المزيد على <a href="https://www.youm7.com/story/2026/3/4/'
        '6712345">اليوم السابع</a></p>',
        accept=("Youm7", "youm7.com"),
        credits=["اليوم السابع"],
    ),
    page(
        "lo-hi-puri-khabar-prabhat",
        "link_only",
        "hi",
        "प्रभात खबर",
        html_tail='<p>पूरी खबर पढ़ें: <a href="https://www.prabhatkhabar.com/state/'
        'pipeline-yojana-manjoor">प्रभात खबर</a></p>',
        accept=("Prabhat Khabar", "prabhatkhabar.com"),
        credits=["प्रभात खबर"],
    ),
    page(
        "lo-sv-las-dn",
        "link_only",
        "sv",
        "Dagens Nyheter",
        html_tail='<p>Läs hela artikeln hos <a href="https://www.dn.se/sverige/'
        'simhallen-byggs-om/">DN</a></p>',
        accept=("DN", "dn.se"),
        credits=["DN"],
    ),
    page(
        "lo-cs-cely-clanek-aktualne",
        "link_only",
        "cs",
        "Aktuálně.cz",
        tail="Celý článek čtěte na Aktuálně.cz",
        accept=("Aktualne.cz",),
    ),
    page(
        "lo-fi-lue-koko-yle",
        "link_only",
        "fi",
        "Yle",
        tail="Lue koko juttu: yle.fi/a/74-20161234",
        accept=("yle.fi", "Yle Uutiset"),
    ),
    page(
        "lo-en-read-full-404media",
        "link_only",
        "en-trade",
        "404 Media",
        tail="Read the full story at 404media.co",
        accept=("404media.co",),
        site=1,
    ),
]

# --- aggregator_row: portal rows naming the original above or below the story ------------------

ROWS = [
    page(
        "ar-en-citizen-digital-dot-2h",
        "aggregator_row",
        "en-storm",
        "Citizen Digital",
        head="Citizen Digital · 2h",
        site=2,
    ),
    page(
        "ar-en-wral-pipe-hours",
        "aggregator_row",
        "en-water",
        "WRAL",
        head="WRAL | 3 hours ago",
        site=5,
    ),
    page(
        "ar-en-from-ktla",
        "aggregator_row",
        "en-city",
        "KTLA 5",
        head="From KTLA 5",
        accept=("KTLA",),
        site=1,
    ),
    page(
        "ar-en-read-original-seattle",
        "aggregator_row",
        "en-water",
        "The Seattle Times",
        tail="Seattle Times — Read original",
        accept=("Seattle Times",),
        site=3,
    ),
    page("ar-de-kurier-vor", "aggregator_row", "de", "Kurier", head="Kurier · vor 2 Std.", site=1),
    page("ar-fr-20-minutes", "aggregator_row", "fr", "20 Minutes", head="20 Minutes · il y a 3 h"),
    page("ar-es-la-nacion", "aggregator_row", "es", "La Nación", head="La Nación | hace 2 horas"),
    page("ar-pt-expresso", "aggregator_row", "pt", "Expresso", head="Expresso · há 1 h"),
    page("ar-it-fanpage", "aggregator_row", "it", "Fanpage.it", head="Fanpage.it · 4 ore fa"),
    page(
        "ar-id-kumparan",
        "aggregator_row",
        "id",
        "kumparan",
        head="kumparan · 2 jam lalu",
        accept=("Kumparan", "kumparanNEWS"),
    ),
    page("ar-vi-dan-viet", "aggregator_row", "vi", "Dân Việt", head="Dân Việt · 3 giờ trước"),
    page(
        "ar-ja-tokyo-shimbun",
        "aggregator_row",
        "ja",
        "東京新聞",
        head="東京新聞 | 2時間前",
        accept=("Tokyo Shimbun", "東京新聞デジタル"),
    ),
    page(
        "ar-ko-ohmynews",
        "aggregator_row",
        "ko",
        "오마이뉴스",
        head="오마이뉴스 · 3시간 전",
        accept=("OhmyNews",),
    ),
    page("ar-tr-haberturk", "aggregator_row", "tr", "Habertürk", head="Habertürk · 1 saat önce"),
    page(
        "ar-ru-mediazona",
        "aggregator_row",
        "ru",
        "Медиазона",
        head="Медиазона · 5 ч назад",
        accept=("Mediazona",),
    ),
    page("ar-pl-tvn24", "aggregator_row", "pl", "TVN24", head="TVN24 · 2 godz. temu"),
    page("ar-hu-444", "aggregator_row", "hu", "444", head="444 · 1 órája", accept=("444.hu",)),
    page(
        "ar-ar-shorouk",
        "aggregator_row",
        "ar",
        "الشروق",
        head="الشروق · منذ ساعتين",
        accept=("Al Shorouk", "الشروق نيوز", "بوابة الشروق"),
    ),
    page(
        "ar-en-logo-row-capital-fm",
        "aggregator_row",
        "en-storm",
        "Capital FM",
        html_top='<div class="source-row"><img src="/logos/capitalfm.png" alt="Capital FM"> '
        "<span>Capital FM</span> · <span>4h</span></div>",
        accept=("Capital FM Kenya",),
        credits=["Capital FM"],
        site=2,
    ),
    page(
        "ar-en-logo-alt-only-himalayan",
        "aggregator_row",
        "en-storm",
        "The Himalayan Times",
        html_top='<img class="publisher-logo" '
        'src="https://cdn.example.net/logos/thehimalayantimes.png" alt="The Himalayan Times">',
        credits=["The Himalayan Times"],
        site=3,
    ),
    page(
        "ar-nl-via-ad",
        "aggregator_row",
        "nl",
        "AD",
        html_top='<p class="source">Via <a href="https://www.ad.nl/binnenland/oude-haven-wordt-'
        'woonwijk~a9f8e7d6/">AD.nl</a> · 2 uur geleden</p>',
        accept=("AD.nl", "Algemeen Dagblad", "ad.nl"),
        credits=["AD.nl"],
    ),
    page(
        "ar-es-desde-el-comercio",
        "aggregator_row",
        "es",
        "El Comercio",
        html_tail='<div class="via">Desde <b>El Comercio</b> — <a href="https://elcomercio.pe/'
        'lima/renuevan-alumbrado-publico-noticia/">Leer original</a></div>',
        accept=("elcomercio.pe",),
        credits=["El Comercio"],
    ),
    page(
        "ar-hi-logo-row-abp",
        "aggregator_row",
        "hi",
        "ABP News",
        html_top='<div class="source-row"><img src="/logos/abp.png" alt="एबीपी न्यूज़"> '
        "<span>ABP News</span> · <span>2 घंटे पहले</span></div>",
        accept=("एबीपी न्यूज़", "ABP"),
        credits=["ABP News"],
    ),
]

# --- name_shape: one common word, places, people, digits, capitals, camelCase, other scripts ----

SHAPES = [
    page("ns-en-the-star", "name_shape", "en-storm", "The Star", tail="Source: The Star", site=2),
    page(
        "ns-en-mirror",
        "name_shape",
        "en-match",
        "Mirror",
        tail="Courtesy: Mirror",
        accept=("The Mirror", "Daily Mirror"),
        site=4,
    ),
    page(
        "ns-en-herald",
        "name_shape",
        "en-city",
        "The Herald",
        tail="Source: Herald",
        accept=("Herald",),
        site=3,
    ),
    page("ns-en-the-post", "name_shape", "en-water", "The Post", tail="Source: The Post", site=1),
    page(
        "ns-en-kathmandu-post-no-the",
        "name_shape",
        "en-storm",
        "Kathmandu Post",
        tail="Source: Kathmandu Post",
        accept=("The Kathmandu Post",),
        site=5,
    ),
    page("ns-en-drudge", "name_shape", "en", "Drudge Report", tail="Source: Drudge Report", site=2),
    page(
        "ns-en-lukes-beat",
        "name_shape",
        "en-match",
        "Luke's Beat",
        tail="Courtesy: Luke's Beat",
        site=3,
    ),
    page(
        "ns-en-9news",
        "name_shape",
        "en-water",
        "9News",
        tail="Source: 9News",
        accept=("9 News",),
        site=4,
    ),
    page(
        "ns-en-7news",
        "name_shape",
        "en-storm",
        "7NEWS",
        tail="Source: 7NEWS",
        accept=("7News",),
        site=1,
    ),
    page("ns-en-wfaa", "name_shape", "en-city", "WFAA", tail="Source: WFAA", site=5),
    page(
        "ns-en-camel-thecitizen",
        "name_shape",
        "en-trade",
        "The Citizen",
        tail="Source: TheCitizen.co.tz",
        accept=("TheCitizen.co.tz", "thecitizen.co.tz"),
        site=2,
    ),
    page(
        "ns-en-camel-nepalitimes",
        "name_shape",
        "en-storm",
        "Nepali Times",
        tail="Source: NepaliTimes.com",
        accept=("NepaliTimes.com", "nepalitimes.com"),
        site=3,
    ),
    page(
        "ns-en-khou-11",
        "name_shape",
        "en-water",
        "KHOU 11",
        tail="Source: KHOU 11",
        accept=("KHOU",),
        site=5,
    ),
    page(
        "ns-de-quelle-tagesspiegel",
        "name_shape",
        "de",
        "Tagesspiegel",
        tail="Quelle: Tagesspiegel",
        accept=("Der Tagesspiegel",),
    ),
    page("ns-de-br24", "name_shape", "de", "BR24", tail="Quelle: BR24"),
    page("ns-pt-gzh", "name_shape", "pt", "GZH", tail="Fonte: GZH", accept=("GaúchaZH",)),
    page(
        "ns-hi-lallantop",
        "name_shape",
        "hi",
        "द लल्लनटॉप",
        tail="स्रोत: द लल्लनटॉप",
        accept=("The Lallantop", "लल्लनटॉप"),
    ),
    page(
        "ns-ne-setopati",
        "name_shape",
        "ne",
        "सेतोपाटी",
        tail="स्रोत: सेतोपाटी",
        accept=("Setopati",),
    ),
    page(
        "ns-ar-annahar",
        "name_shape",
        "ar",
        "النهار",
        tail="المصدر: النهار",
        accept=("An-Nahar", "Annahar"),
        site=1,
    ),
    page("ns-th-thai-pbs", "name_shape", "th", "Thai PBS", tail="ที่มา: Thai PBS"),
    page(
        "ns-he-walla",
        "name_shape",
        "he",
        "וואלה",
        tail="מקור: וואלה",
        accept=("Walla", "וואלה!", "Walla!"),
    ),
    page(
        "ns-el-efsyn",
        "name_shape",
        "el",
        "Η Εφημερίδα των Συντακτών",
        tail="Πηγή: Η Εφημερίδα των Συντακτών",
        accept=("Εφημερίδα των Συντακτών", "EfSyn", "efsyn.gr"),
    ),
    page("ns-ru-the-bell", "name_shape", "ru", "The Bell", tail="Источник: The Bell"),
    page("ns-uk-tsn", "name_shape", "uk", "ТСН", tail="Джерело: ТСН", accept=("TSN",)),
    page(
        "ns-ko-donga",
        "name_shape",
        "ko",
        "동아일보",
        tail="출처: 동아일보",
        accept=("Dong-A Ilbo",),
    ),
    page(
        "ns-zh-initium",
        "name_shape",
        "zh",
        "端传媒",
        tail="来源：端传媒",
        accept=("Initium Media",),
    ),
    page(
        "ns-ja-kobe-next",
        "name_shape",
        "ja",
        "神戸新聞NEXT",
        tail="出典：神戸新聞NEXT",
        accept=("神戸新聞",),
    ),
    page(
        "ns-es-el-tiempo-caps",
        "name_shape",
        "es",
        "El Tiempo",
        tail="Fuente: EL TIEMPO",
        accept=("EL TIEMPO",),
    ),
    page(
        "ns-fr-la-presse-caps",
        "name_shape",
        "fr",
        "La Presse",
        tail="Source : LA PRESSE",
        accept=("LA PRESSE",),
    ),
    page(
        "ns-sw-habarileo",
        "name_shape",
        "sw",
        "HabariLeo",
        tail="Chanzo: HabariLeo",
        accept=("Habari Leo",),
    ),
    page("ns-ro-libertatea", "name_shape", "ro", "Libertatea", tail="Sursa: Libertatea"),
    page("ns-tr-bianet", "name_shape", "tr", "bianet", tail="Kaynak: bianet", accept=("Bianet",)),
    page("ns-tl-bombo-radyo", "name_shape", "tl", "Bombo Radyo", tail="Source: Bombo Radyo"),
    page("ns-ms-malaysiakini", "name_shape", "ms", "Malaysiakini", tail="Sumber: Malaysiakini"),
    page(
        "ns-bn-bdnews24",
        "name_shape",
        "bn",
        "bdnews24.com",
        tail="সূত্র: bdnews24.com",
        accept=("bdnews24",),
    ),
    page(
        "ns-ta-dinathanthi",
        "name_shape",
        "ta",
        "தினத்தந்தி",
        tail="நன்றி: தினத்தந்தி",
        accept=("Dina Thanthi", "Daily Thanthi"),
    ),
    page(
        "ns-fa-iran-international",
        "name_shape",
        "fa",
        "ایران اینترنشنال",
        tail="منبع: ایران اینترنشنال",
        accept=("Iran International",),
    ),
]

CASES = [*VERB_PHRASES, *LABELS, *LINKS, *ROWS, *SHAPES]


def _left(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


_READ_MORE = _left(
    "a 'read more / full story at X' line naming the outlet in another language's words "
    "(Full story:, Читать полностью на, Haberin devamı için:, اقرأ المزيد على, पूरी खबर पढ़ें:) "
    "is a class of its own (read_full's wordings per language), not reached in pass 26"
)
_CJK_JOINED = _left(
    "extraction runs this CJK page's paragraphs into one line with the headline and date, so "
    "the link's line is no line of its own; an extraction issue, not attribution's"
)
_DIGITS = _left(
    "a name opening with a number ('20 Minutes', '444') is refused for names the table lacks: "
    "after a label or in a row a count, a date or a score opens the phrase as often; left"
)
#: Decided by pass 26, not fixed (the cases above are frozen; only these marks were added).
LEFT = {
    "vp-fi-aamulehti": _left(
        "a Finnish name in the inessive with consonant gradation ('Aamulehdessä' for "
        "Aamulehti): undoing the case needs a morphology the resolver lacks; domains and "
        "abbreviations before ':ssa' are read"
    ),
    "lp-cs-zdroj-irozhlas": _left(
        "a lower-case-initial brand with capitals ('iROZHLAS') after a label: only lower-case "
        "brands whose words are a paper's are read at a label's trust; not reached"
    ),
    "lp-es-fuente-pagina12": _left(
        "a word and a number after a label reads as a page, table or figure reference as "
        "often as a name ('Fuente: Página 12' is also 'page 12'); the number is dropped"
    ),
    "lo-en-full-story-men": _READ_MORE,
    "lo-en-linked-name-alone": _left(
        "extraction drops a lone linked name after the story (a link row is boilerplate by "
        "design); keeping it would keep navigation rows too"
    ),
    "lo-en-source-headline-link": _left(
        "extraction drops a 'Source:' line whose visible words are a headline link (the outlet "
        "only in its href): a related-story link by its shape; not changed"
    ),
    "lo-en-headline-link-dash-name": _left(
        "'<headline> — Daily Monitor': a headline linked to the original with its outlet after "
        "a dash has a related-story row's shape; a dash credits a name only opening the line; "
        "not reached in pass 26"
    ),
    "lo-ru-chitat-vedomosti": _READ_MORE,
    "lo-tr-devami-sozcu": _READ_MORE,
    "lo-ja-yomiuri-zenbun": _CJK_JOINED,
    "lo-ko-wonmun-chosun": _CJK_JOINED,
    "lo-zh-yuanwen-bjnews": _CJK_JOINED,
    "lo-ar-iqra-youm7": _READ_MORE,
    "lo-hi-puri-khabar-prabhat": _READ_MORE,
    "ar-fr-20-minutes": _DIGITS,
    "ar-hu-444": _DIGITS,
    "ar-id-kumparan": _left(
        "a lower-case brand in an aggregator's row: a row's name is read only capitalised "
        "(or, in a script without case, with an outlet's word)"
    ),
    "ar-ar-shorouk": _left(
        "an aggregator's row in a script without case ('الشروق · منذ ساعتين') has a writer's "
        "byline's shape; without an outlet's word nothing tells the outlet from a person "
        "(the tune half's Chinese and Japanese bylines with an age)"
    ),
    "ar-en-logo-alt-only-himalayan": _left(
        "a logo's alt text alone never reaches the text (extraction keeps no image's words); "
        "not changed"
    ),
    "ns-tr-bianet": _left(
        "a lower-case brand after a label ('Kaynak: bianet') is read only when its words are "
        "a paper's; 'bianet' is not one; left"
    ),
}


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=LEFT[c.id], id=c.id) if c.id in LEFT else c for c in CASES],
    ids=lambda c: c.id,
)
def test_an_outlet_outside_the_table_credited(case: Page) -> None:
    check(case)
