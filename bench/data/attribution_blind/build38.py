# ruff: noqa: E501, RUF001  (one path or condition a line)
"""Generate cases_2027-01-09.jsonl, the thirty-eighth blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build38.py
Stdlib only; deterministic (no clock, no randomness); self-checking. Pages come from this set's own
templates (`chrome38.py`), data from `cases38.py`, prose from `stories38.py`.
"""

from __future__ import annotations

import hashlib
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CATEGORIES, half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import SENTENCE, normalize  # noqa: E402
from build3 import check as check3  # noqa: E402
from cases38 import CASES, Case  # noqa: E402
from chrome38 import RTL, Page, render_page  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories38 import STORIES38  # noqa: E402

OUT = HERE / "cases_2027-01-09.jsonl"
PREFIX = "b38"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    "cases_2027-01-01.jsonl",
    "cases_2027-01-02.jsonl",
    "cases_2027-01-03.jsonl",
    "cases_2027-01-04.jsonl",
    "cases_2027-01-05.jsonl",
    "cases_2027-01-06.jsonl",
    "cases_2027-01-07.jsonl",
    "cases_2027-01-08.jsonl",  # the thirty-seventh set, written in parallel: added at merge
)
SUFFIXES = {
    "co.kr",
    "or.kr",
    "co.jp",
    "or.jp",
    "ne.jp",
    "com.cn",
    "com.tw",
    "com.hk",
    "com.vn",
    "co.id",
    "or.id",
    "com.my",
    "com.sg",
    "com.tr",
    "gen.tr",
    "com.ua",
    "in.ua",
    "com.ru",
    "spb.ru",
    "com.pl",
    "com.gr",
    "co.uk",
    "gov.sa",
    "com.sa",
    "co.ae",
    "com.jo",
    "com.lb",
    "co.il",
    "ac.ir",
    "co.ir",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FAMILIES = ("cn", "jp", "kr", "vn", "nusa", "tr", "fa", "ru", "ce", "med", "gulf")
FLAT = {k: v for d in STORIES38.values() for k, v in d.items()}
ABBREV = ("Feb.", "Jan.", "No.", "Mr.", "Mrs.", "Dr.", "St.", "m.in.", "ul.", "ok.")

#: Headlines of the portal's other stories in the page's language, for the related lists.
RELATED = {
    "zh": [
        "玉龙雪山景区春节假期接待游客同比增长",
        "丽江三义机场新增至成都航线",
        "束河古镇启动消防通道改造",
    ],
    "ja": [
        "函館山ロープウェイ、3月に定期点検で運休",
        "道南の高校入試、出願倍率を発表",
        "五稜郭タワーで冬のライトアップ始まる",
    ],
    "ko": [
        "통영 케이블카 이용객 3년 만에 증가",
        "거제∼통영 국도 4차로 확장 공사 착공",
        "경남 수산물 수출 1월 실적 발표",
    ],
    "vi": [
        "Bình Định đón gần 30 vạn lượt khách dịp Tết",
        "Cầu Thị Nại được sửa chữa khe co giãn",
        "Giá hải sản tại chợ Quy Nhơn tăng sau Tết",
    ],
    "id": [
        "Harga cabai di Ambon turun jelang Ramadan",
        "Bandara Pattimura tambah rute ke Tual",
        "Warga Leitimur Selatan keluhkan jalan rusak",
    ],
    "tr": [
        "Eskişehir'de tramvay hattına yeni durak",
        "Odunpazarı evlerinde restorasyon sürüyor",
        "Kentte kar yağışı bekleniyor",
    ],
    "fa": [
        "افزایش پروازهای تبریز به استانبول",
        "آغاز ثبت‌نام نمایشگاه فرش دستباف",
        "بارش برف جاده‌های کوهستانی را بست",
    ],
    "ru": [
        "В Карелии продлили сезон зимних дорог",
        "В Петрозаводске откроют новую поликлинику",
        "Ледовые переправы закрыли из-за оттепели",
    ],
    "uk": [
        "У Луцьку оновлять тролейбусний парк",
        "На Волині відкрили новий дитячий садок",
        "Ціни на овочі на луцьких ринках",
    ],
    "pl": [
        "Toruń: nowe linie tramwajowe od marca",
        "Pierniki z Torunia trafią do Japonii",
        "Most na Wiśle zamknięty nocą",
    ],
    "de": [
        "Passau: Neue Radwege am Inn geplant",
        "Veste Oberhaus bleibt bis April geschlossen",
        "Hochwasserschutz an der Ilz wird teurer",
    ],
    "it": [
        "Trieste, riapre il tram di Opicina in primavera",
        "Porto vecchio, via ai cantieri del polo museale",
        "Barcolana, presentato il calendario delle regate",
    ],
    "ar": [
        "افتتاح سوق جديدة للخضار في الفجيرة",
        "ارتفاع أعداد السياح في الساحل الشرقي",
        "بدء موسم صيد الكنعد في دبا",
    ],
}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    """Sentences, with fragments after an abbreviation ("Feb. 13") joined to the next one."""
    out: list[str] = []
    for s in (s for s in SENTENCE.split(text.strip()) if s):
        if out and (out[-1].endswith(ABBREV) or len(out[-1]) < 15):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


def host_of(c: Case) -> str:
    return c.host or f"www.{c.site}"


def url_of(c: Case, host: str, title: str) -> str:
    slug = slugify(title) or f"{sha(title) % 10**6}"
    num = sha(c.site + title) % 9000000 + 1000000
    h = hashlib.sha1((c.site + title).encode()).hexdigest()
    en = c.lang == "en"
    return {
        "cn": f"https://{host}/{c.section}/2027-02-13/doc-i{h[:14]}.shtml",
        "jp": f"https://{host}/articles/{h[:40]}"
        if not en
        else f"https://{host}/news/{num}/{slug}",
        "kr": f"https://{host}/mnews/article/{num % 1000:03d}/{num:010d}"
        if not en
        else f"https://{host}/news/national/2027/02/13/{num}.html",
        "vn": f"https://{host}/{slug}-{num}.epi",
        "nusa": f"https://{host}/read/2027/02/13/{num}/{slug}"
        if not en
        else f"https://{host}/news/2027/02/13/{slug}",
        "tr": f"https://{host}/{c.section}/{slug}-{num}"
        if not en
        else f"https://{host}/{c.section}/{slug}/news",
        "fa": f"https://{host}/news/{num}/",
        "ru": f"https://{host}/news/2027/02/13/{num}/"
        if not en
        else f"https://{host}/{c.section}/{num}-{slug}.html",
        "ce": {
            "pl": f"https://{host}/{c.section}/{slug},{num}.html",
            "de": f"https://{host}/{c.section}/{slug}-id{num}.html",
        }.get(c.lang, f"https://{host}/{c.section}/{slug}/"),
        "med": f"https://{host}/{c.section}/2027/02/13/news/{slug}-{num}/"
        if not en
        else f"https://{host}/{c.section.lower()}/{num}/{slug}/",
        "gulf": f"https://{host}/{c.section}/{num}"
        if not en
        else f"https://{host}/{c.section}/2027/02/13/{slug}",
    }[c.fam]


def related_titles(c: Case) -> list[str]:
    if c.lang == "en":
        return [t for k, (t, _) in STORIES38["en"].items() if k != c.story][:3]
    return RELATED[c.lang]


def paragraphs(c: Case) -> list[str]:
    _, story = FLAT[c.story]
    paras = list(story if c.n is None else story[: c.n])
    paras[0] = c.dateline + paras[0]
    if c.mention:
        paras.insert(min(3, len(paras)), c.mention)
    return paras


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    title, _ = FLAT[c.story]
    host = host_of(c)
    url = url_of(c, host, title)
    assert url not in used, url
    used.add(url)
    paras = paragraphs(c)
    slots = dict(c.credits) | dict(c.own)
    assert len(slots) == len(c.credits) + len(c.own), c.site
    page = Page(
        c.fam,
        c.lang,
        c.site,
        host,
        url,
        c.name,
        title,
        c.section,
        c.author,
        paras,
        slots,
        c.caption or None,
        related_titles(c),
    )
    keep = [sentences(paras[0])[0], sentences(paras[-1])[-1]]
    if c.mention:
        keep.append(c.mention)
    credited = c.category in CREDITED
    if credited:
        assert c.credits and not c.own, c.site
    else:
        assert not c.credits and c.publisher is None, c.site
    slot_names = "+".join(s for s, _ in c.credits)
    if credited:
        placement = f"{c.fam}:{slot_names}" + ("+dateline" if c.dateline else "")
    else:
        kind = {
            "negative_mention": "mention",
            "negative_caption": "caption",
            "own_page": "own",
            "no_credit": "none",
        }[c.category]
        placement = f"{c.fam}:{kind}" + (f"+{'+'.join(s for s, _ in c.own)}" if c.own else "")
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": render_page(page),
        "expected_publisher": c.publisher,
        "accept": list(c.accept) if credited else [],
        "credit_lines": [t for _, t in c.credits],
        "must_keep": list(dict.fromkeys(keep)),
        "placement": placement,
        "note": c.note,
    }


def three_tables() -> set[str]:
    return table_names()


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    extra = {
        "_lines": (
            "",
            [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption],
        )
    }
    assert_new_prose({**FLAT, **extra}, old)
    names = three_tables()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
    for r, c in zip(rows, CASES, strict=True):
        text = visible_text(r["html"])
        assert bool(r["credit_lines"]) == (r["category"] in CREDITED), r["id"]
        for line in r["credit_lines"]:
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r[
                    "id"
                ]
        for _, mark in c.own:
            assert mark in text, r["id"]
        if c.dateline:
            assert c.dateline.strip() in text, r["id"]
        if c.caption:
            assert c.caption in text, r["id"]
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, (
                f"{r['id']}: {r['expected_publisher']}"
            )
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        assert ('dir="rtl"' in r["html"].split(">", 2)[1]) == (r["language"] in RTL), r["id"]
        assert ("13" in text and "2027" in text) or r["language"] == "fa", r["id"]
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert len(langs) == 14, langs
    sizes = []
    for c in CASES:
        extra_text = [c.mention, *(t for _, t in c.credits), *(t for _, t in c.own)]
        paras = paragraphs(c)
        sizes.append(
            len(
                " ".join([*paras, *[x for x in extra_text if x and x not in paras]]).encode("utf-8")
            )
        )
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sum(s > 8000 for s in sizes) >= 3 and sum(s < 1500 for s in sizes) >= 3, (
        sorted(sizes)[:3],
        sorted(sizes)[-3:],
    )
    fams = Counter(c.fam for c in CASES)
    assert set(fams) == set(FAMILIES), fams
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    lang_halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    one_half = sorted(k for k, v in lang_halves.items() if len(v) < 2)
    assert not one_half, one_half
    print(
        f"  story text: median {med:.0f} B, min {min(sizes)}, max {max(sizes)}, over 8 KB: {sum(s > 8000 for s in sizes)}, under 1.5 KB: {sum(s < 1500 for s in sizes)}"
    )
    print(f"  templates: {dict(sorted(fams.items()))}")
    print(f"  languages in one half only: {one_half}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES38, render, check)


if __name__ == "__main__":
    main()
