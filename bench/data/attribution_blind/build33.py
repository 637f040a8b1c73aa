# ruff: noqa: E501, RUF001
"""Generate cases_2027-01-04.jsonl, the thirty-third blind attribution set: vertical and trade
sites (finance, sports, entertainment, health, agriculture, energy, travel, motoring, tech, news
apps) and the syndication partners that feed them, in templates of its own (``chrome33.py``).

Run from the repository root:  python3 bench/data/attribution_blind/build33.py
Stdlib only; deterministic (variation comes from sha1 of ids); checks itself before writing.
"""

from __future__ import annotations

import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CAT_SHORT, NULL_CATEGORIES, h, half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import check as check3  # noqa: E402
from build3 import first_sentence, last_sentence, normalize  # noqa: E402
from cases33 import CASES33, Case  # noqa: E402
from chrome33 import RTL, UI, Page, render_page33  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories33 import STORIES33  # noqa: E402

OUT = HERE / "cases_2027-01-04.jsonl"
PREFIX = "b33"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    "cases_2026-12-07.jsonl",
    "cases_2026-12-08.jsonl",
    "cases_2026-12-09.jsonl",
    "cases_2026-12-10.jsonl",
    "cases_2026-12-11.jsonl",
    "cases_2026-12-12.jsonl",
    "cases_2026-12-13.jsonl",
    "cases_2026-12-14.jsonl",
    "cases_2026-12-15.jsonl",
    "cases_2026-12-16.jsonl",
    "cases_2026-12-17.jsonl",
    "cases_2026-12-18.jsonl",
    "cases_2026-12-19.jsonl",
    "cases_2026-12-20.jsonl",
    "cases_2026-12-21.jsonl",
    "cases_2026-12-22.jsonl",
    "cases_2026-12-23.jsonl",
    "cases_2026-12-24.jsonl",
    "cases_2026-12-25.jsonl",
    "cases_2026-12-26.jsonl",
    "cases_2026-12-27.jsonl",
    "cases_2026-12-28.jsonl",
    "cases_2026-12-29.jsonl",
    "cases_2026-12-30.jsonl",
    "cases_2026-12-31.jsonl",
    "cases_2027-01-01.jsonl",
    "cases_2027-01-02.jsonl",
    "cases_2027-01-03.jsonl",
    # "cases_2027-01-05.jsonl",  # the thirty-fourth set, written in parallel: add at merge and re-run
)
# Public suffixes of more than one label (for registrable domains of this set's and the earlier
# sets' hosts; both sides are cut with the same list).
SUFFIXES = {
    "co.uk",
    "org.uk",
    "ac.uk",
    "com.au",
    "net.au",
    "org.au",
    "edu.au",
    "gov.au",
    "co.nz",
    "org.nz",
    "ac.nz",
    "co.za",
    "org.za",
    "com.ar",
    "com.br",
    "com.mx",
    "gob.mx",
    "co.in",
    "org.in",
    "net.in",
    "gov.in",
    "co.th",
    "com.tr",
    "com.pk",
    "com.my",
    "com.sg",
    "com.vn",
    "com.ph",
    "co.id",
    "or.id",
    "com.bd",
    "co.jp",
    "or.jp",
    "ne.jp",
    "com.cn",
    "com.hk",
    "com.tw",
    "co.kr",
    "gob.pe",
    "com.pe",
    "com.co",
    "com.ec",
    "com.uy",
    "com.bo",
    "com.py",
    "com.ve",
    "co.tz",
    "co.ke",
    "co.ug",
    "com.ng",
    "com.gh",
    "co.tt",
    "com.na",
    "com.mt",
    "pe.ca",
    "com.bz",
    "if.ua",
    "co.mz",
    "info.tn",
    "co.il",
    "org.il",
    "com.eg",
    "com.sa",
    "com.qa",
    "com.kw",
    "com.lb",
    "com.jo",
    "com.np",
    "com.lk",
    "com.fj",
    "co.ck",
    "com.do",
    "com.gt",
    "com.sv",
    "com.ni",
    "com.pa",
    "co.cr",
    "com.cu",
    "com.jm",
    "org.br",
    "gov.br",
    "net.br",
}
STORIES: dict[str, tuple[str, list[str]]] = {k: v for d in STORIES33.values() for k, v in d.items()}
CREDITED = ("in_table", "out_of_table", "wire")
TZ = {
    "en": "-05:00",
    "es": "-03:00",
    "pt": "-03:00",
    "ar": "+03:00",
    "hi": "+05:30",
    "bn": "+06:00",
    "ur": "+05:00",
    "id": "+07:00",
    "tr": "+03:00",
    "vi": "+07:00",
    "th": "+07:00",
    "tl": "+08:00",
    "ms": "+08:00",
}
SHOWN = {
    "en": "March 18, 2027 {H}:{M} {ap}",
    "es": "18 de marzo de 2027 - {HH}:{M}",
    "pt": "18/03/2027 às {HH}h{M}",
    "ar": "18 مارس 2027 - {HH}:{M}",
    "hi": "18 मार्च 2027, {HH}:{M} IST",
    "bn": "১৮ মার্চ ২০২৭",
    "ur": "18 مارچ 2027",
    "id": "Kamis, 18 Maret 2027 {HH}:{M} WIB",
    "tr": "18.03.2027 {HH}:{M}",
    "vi": "Thứ năm, 18/3/2027 {HH}:{M}",
    "th": "18 มี.ค. 2570 {HH}:{M} น.",
    "tl": "Marso 18, 2027 {H}:{M} {ap}",
    "ms": "18 Mac 2027 {H}:{M} {ap}",
}
RELATED = {
    "en": [
        "Regional lenders rally as farm incomes recover",
        "Freight rates ease for a third week",
        "Council backs new depot on the northern edge of town",
        "Five things to watch this week",
    ],
    "es": [
        "El dólar mayorista cerró estable",
        "Suben las ventas de maquinaria agrícola",
        "Cómo quedan los precios de los combustibles",
        "Lluvias: qué zonas siguen en alerta",
    ],
    "pt": [
        "Dólar fecha em leve queda",
        "Preço da uva de mesa sobe no atacado",
        "Chuvas voltam ao Sertão nesta semana",
        "Vagas abertas na colheita",
    ],
    "ar": [
        "أسعار النفط تستقر",
        "ارتفاع الطلب على الأعلاف",
        "افتتاح سوق جديد للخضار",
        "توقعات الطقس لنهاية الأسبوع",
    ],
    "hi": [
        "गेहूं की खरीदी की तारीख बढ़ी",
        "प्याज के दाम में उछाल",
        "मौसम: अगले तीन दिन बादल",
        "डीजल के दाम स्थिर",
    ],
    "bn": ["ডলারের দাম স্থিতিশীল", "আমের মুকুল নিয়ে শঙ্কা", "বন্দরে জাহাজজট কমেছে", "সবজির বাজারে স্বস্তি"],
    "ur": [
        "روپے کی قدر مستحکم",
        "برآمدات میں اضافہ",
        "گیس کی لوڈشیڈنگ کا نیا شیڈول",
        "موسم خشک رہنے کا امکان",
    ],
    "id": [
        "Harga sawit naik di tingkat petani",
        "Jalan lintas timur diperbaiki",
        "Harga cabai turun",
        "Cuaca: hujan ringan sore hari",
    ],
    "tr": [
        "Fındık fiyatlarında son durum",
        "Dolar güne yatay başladı",
        "Malatya'da hava nasıl olacak?",
        "Kiraz üreticilerine destek",
    ],
    "vi": [
        "Giá cá ngừ tăng nhẹ",
        "Khởi công cảng cá mới",
        "Thời tiết: nắng nóng kéo dài",
        "Giá muối giảm",
    ],
    "th": ["ราคามังคุดปรับตัวขึ้น", "ท่าเรือแหลมฉบังคึกคัก", "พยากรณ์อากาศภาคตะวันออก", "ราคายางพาราวันนี้"],
    "tl": [
        "Presyo ng gasolina, bababa",
        "Bagong tulay sa Lipa, bubuksan",
        "Lagay ng panahon ngayong linggo",
        "Presyo ng bigas sa merkado",
    ],
    "ms": [
        "Harga minyak sawit meningkat",
        "Projek lebuh raya pantai timur",
        "Ramalan cuaca minggu ini",
        "Harga ikan stabil",
    ],
}


def page_url(c: Case, host: str, title: str, n: int) -> str:
    slug = slugify(title)
    num = 10_000 + n % 89_999
    key = slug or str(num)
    return {
        "mktwire": f"https://{host}/news/2027/03/18/{num}/{key}",
        "quotepage": f"https://{host}/news/{key}-{num}.html",
        "gamecast": f"https://{host}/womens-college-basketball/recap/_/gameId/40193{num}",
        "leaguehub": f"https://{host}/news/2027/3/18/{key}.aspx",
        "trades": f"https://{host}/2027/film/news/{key}-{num}/",
        "healthwire": f"https://{host}/health-news/{key}",
        "agtrade": f"https://{host}/2027/03/18/{key}/",
        "roadtrip": f"https://{host}/news/{key}/",
        "prrepost": f"https://{host}/2027/03/{key}/",
        "appview": f"https://{host}/a/{num}{n % 997:03d}?s=share",
        "ampportal": f"https://{host}/amp/{num}/{key}",
        "bizportal": f"https://{host}/read/{num}/{key}.html"
        if slug
        else f"https://{host}/news/{num}.html",
    }[c.tpl]


def shown(lang: str, n: int) -> tuple[str, str]:
    hh, mm = 7 + n % 11, (n // 11) % 60
    h12 = hh if hh <= 12 else hh - 12
    ap = "a.m." if hh < 12 else "p.m."
    if lang in ("tl", "ms"):
        ap = "AM" if hh < 12 else "PM"
    text = SHOWN[lang].format(H=h12, HH=f"{hh:02d}", M=f"{mm:02d}", ap=ap)
    return f"2027-03-18T{hh:02d}:{mm:02d}:00{TZ[lang]}", text


def carried(c: Case) -> tuple[str, list[str]]:
    title, paras = STORIES[c.story]
    return title, list(paras[: c.paras] if c.paras else paras)


def credit_lines(c: Case) -> list[str]:
    if c.category not in CREDITED:
        return []
    top = f"{c.top} · {c.top_time}" if c.top and c.tpl in ("mktwire", "appview") else c.top
    lines = [top, c.badge, c.byline if c.cby else "", c.box, *c.end]
    if c.tpl == "appview" and c.variant % 2:
        lines.append(f"{UI[c.lang]['read_full']} {c.top}")
    return [x for x in lines if x]


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    n = h(case_id)
    title, paras = carried(c)
    first, last = first_sentence(paras[0]), last_sentence(paras[-1])
    body = list(paras)
    if c.dateline:
        body[0] = f"{c.dateline} {body[0]}"
    keep = [first, last]
    if c.mention:
        at = min(c.mpos, len(body) - 2)
        body.insert(at + 1, c.mention)
        keep.append(c.mention)
    host = c.host or f"www.{c.site}"
    url = page_url(c, host, title, n)
    assert url not in used, url
    used.add(url)
    iso, when = shown(c.lang, n)
    page = Page(
        tpl=c.tpl,
        lang=c.lang,
        site_name=c.name,
        host=host,
        url=url,
        title=title,
        iso=iso,
        shown=when,
        section=c.section or "News",
        paras=body,
        byline=c.byline,
        top=c.top,
        top_time=c.top_time,
        logo_alt=c.logo_alt,
        badge=c.badge,
        end=list(c.end),
        tail=list(c.tail),
        box=c.box,
        caption=c.caption,
        related=RELATED[c.lang][:3],
        variant=c.variant,
    )
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": render_page33(page),
        "expected_publisher": c.expected,
        "accept": list(c.accept) if c.expected else [],
        "credit_lines": credit_lines(c),
        "must_keep": keep,
        "placement": f"{c.tpl}:{c.where}",
        "note": c.note,
    }


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, STORIES, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    mentions = {f"m{i}": ("", [c.mention]) for i, c in enumerate(CASES33) if c.mention}
    assert_new_prose({**STORIES, **mentions}, old)
    names = table_names()
    prose = "\n".join(p for _, paras in STORIES.values() for p in paras)
    n = len(rows)
    for r in rows:
        assert r["id"].startswith(f"{PREFIX}-{CAT_SHORT[r['category']]}-"), r["id"]
        credited = r["category"] not in NULL_CATEGORIES
        assert bool(r["credit_lines"]) == credited, (
            f"{r['id']}: credit lines on exactly the credited pages"
        )
        text = visible_text(r["html"])
        for line in r["credit_lines"]:
            assert line not in prose, f"{r['id']}: credit line in story prose: {line!r}"
            others = [o for o in r["credit_lines"] if o != line and line in o]
            assert not others, f"{r['id']}: credit line {line!r} inside {others}"
            assert text.count(line) >= 1
        for s in r["must_keep"]:
            assert text.count(s) == 1, f"{r['id']}: must_keep not once in the text: {s[:50]!r}"
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, (
                f"{r['id']}: {r['expected_publisher']} not in the table"
            )
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        if r["language"] in RTL:
            assert ' dir="rtl"' in r["html"], r["id"]
    cats = Counter(r["category"] for r in rows)
    credited_share = sum(cats[c] for c in CREDITED) / n
    assert 0.36 <= credited_share <= 0.46, credited_share
    assert 0.08 <= cats["own_page"] / n <= 0.13, cats["own_page"]
    assert sum(cats[c] for c in NULL_CATEGORIES) >= n / 2
    langs = Counter(r["language"] for r in rows)
    assert 0.40 <= langs["en"] / n <= 0.48, langs["en"]
    assert len(langs) == 13, langs
    for lang in langs:
        assert {r["half"] for r in rows if r["language"] == lang} == {"tune", "check"}, lang
    assert {r["placement"].split(":")[0] for r in rows} == {
        "mktwire",
        "quotepage",
        "gamecast",
        "leaguehub",
        "trades",
        "healthwire",
        "agtrade",
        "roadtrip",
        "prrepost",
        "appview",
        "ampportal",
        "bizportal",
    }
    # story prose each page carries (UTF-8 bytes): median about 3 KB, long pages and briefs
    sizes = [len(" ".join(carried(c)[1]).encode("utf-8")) for c in CASES33]
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sum(s > 8000 for s in sizes) >= 3, sizes
    assert sum(s < 1400 for s in sizes) >= 3, sizes
    print(
        f"  story prose per page: median {med:.0f} B, {sum(s > 8000 for s in sizes)} over 8 KB, "
        f"{sum(s < 1400 for s in sizes)} briefs under 1.4 KB"
    )


def main() -> None:
    write_set(OUT, PREFIX, CASES33, {c.site: c for c in CASES33}, STORIES33, render, check)


if __name__ == "__main__":
    main()
