# ruff: noqa: E501, RUF001  (one path or condition a line)
"""Generate cases_2027-01-11.jsonl, the fortieth blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build40.py
Stdlib only; deterministic (no clock, no randomness); self-checking. Pages come from this set's own
templates (`chrome40.py`), data from `cases40.py`, prose from `stories40.py`.
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
from cases40 import CASES, RELATED, Case  # noqa: E402
from chrome40 import CJK, FAMILIES, RTL, Page, render_page  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories40 import STORIES40  # noqa: E402

OUT = HERE / "cases_2027-01-11.jsonl"
PREFIX = "b40"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 10)),
    "cases_2027-01-10.jsonl",  # the thirty-ninth set, written in parallel: added at merge
)
SUFFIXES = {
    "org.au",
    "com.au",
    "co.ke",
    "co.in",
    "org.pg",
    "com.pg",
    "com.ph",
    "org.ph",
    "com.om",
    "com.tw",
    "com.my",
    "co.jp",
    "or.jp",
    "co.id",
    "web.id",
    "or.id",
    "com.tr",
    "org.tr",
    "com.vn",
    "org.vn",
    "com.pk",
    "org.pk",
    "com.bd",
    "org.bd",
    "co.tz",
    "or.tz",
    "com.tn",
    "co.nz",
    "org.nz",
    "co.uk",
    "com.br",
    "org.br",
    "co.za",
    "org.za",
    "com.ng",
    "com.np",
    "ac.nz",
    "co.ug",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES40.values() for k, v in d.items()}

#: 15 February 2027 (a Monday), as each language's pages write it.
DATES = {
    "en": "15 February 2027",
    "ar": "الاثنين 15 فبراير 2027",
    "fr": "lundi 15 février 2027",
    "zh": "2027年2月15日（星期一）",
    "ja": "2027年2月15日（月）",
    "id": "Senin, 15 Februari 2027",
    "tr": "15 Şubat 2027 Pazartesi",
    "hi": "सोमवार, 15 फरवरी 2027",
    "fa": "دوشنبه ۲۶ بهمن ۱۴۰۵",
    "vi": "Thứ Hai, 15/02/2027",
    "ur": "پیر 15 فروری 2027",
    "bn": "সোমবার, ১৫ ফেব্রুয়ারি ২০২৭",
    "sw": "Jumatatu, 15 Februari 2027",
}
#: How a template of a family writes the date in English (the others use DATES).
EN_DATES = {
    "oldstatic": "Monday, February 15, 2027",
    "webforms": "15/02/2027 09:41:07",
    "forum": "Mon Feb 15, 2027 7:52 am",
    "gsites": "Updated 15 Feb 2027",
    "mobile": "Feb 15, 2027, 8:05 AM",
    "pdfexport": "MONDAY, FEBRUARY 15, 2027",
}
SINGLE_STORY = {"vi", "ur", "bn", "sw"}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def host_of(c: Case) -> str:
    return c.host or f"www.{c.site}"


def url_of(c: Case, host: str, title: str) -> str:
    slug = slugify(title) or f"{sha(title) % 10**6}"
    num = sha(c.site + title) % 900000 + 100000
    return {
        "oldstatic": f"https://{host}/news/2027/feb/15/{slug}.htm"
        if slugify(title)
        else f"https://{host}/news/20270215_{num}.htm",
        "webforms": f"https://{host}/NewsDetail.aspx?NewsID={num % 90000 + 10000}",
        "frameset": f"https://{host}/news/2027/0215/{num % 9000 + 1000}.html",
        "epaper": f"https://{host}/view/2027-02-15/main/page-{num % 8 + 2}/text/{num}",
        "mobile": f"https://{host}/news/{slug}-{num}",
        "lite": f"https://{host}/text/{num}",
        "gsites": f"https://{host}/news/{slug}",
        "wix": f"https://{host}/post/{slug}",
        "newsletter": f"https://{host}/archive/?u={hashlib.sha1(c.site.encode()).hexdigest()[:25]}&id={hashlib.sha1(title.encode()).hexdigest()[:10]}",
        "forum": f"https://{host}/viewtopic.php?t={num % 90000}",
        "pdfexport": f"https://{host}/files/pdf2html/2027/02/15/page-{num % 12 + 1}.html",
        "print": f"https://{host}/2027/02/15/{slug}/print/",
    }[c.fam]


def related_titles(c: Case) -> list[str]:
    """Headlines of the other stories in the page's language, then the language's stock list."""
    own = [t for k, (t, _) in STORIES40[c.lang].items() if k != c.story]
    return (own + RELATED[c.lang])[:3]


def story_paras(c: Case) -> list[str]:
    _, story = FLAT[c.story]
    paras = list(story if c.n is None else story[: c.n])
    if c.dateline:
        paras[0] = c.dateline + ("" if c.lang in CJK else " ") + paras[0]
    if c.mention:
        paras.insert(min(3, len(paras) - 1), c.mention)
    return paras


def placement(c: Case) -> str:
    if c.category in CREDITED or c.category == "own_page":
        tail = "+dateline" if c.dateline else ""
        base = f"{c.fam}:{c.slot}{tail}"
        return base if c.category in CREDITED else f"own:{base}"
    return {"negative_mention": "mention", "negative_caption": "caption", "no_credit": "none"}[
        c.category
    ]


def default_note(c: Case) -> str:
    return {
        "in_table": "Credited to an outlet in the table.",
        "out_of_table": "Credited to an outlet outside the table.",
        "wire": "A wire's copy on another site.",
        "own_page": "The outlet's own page carrying its own name.",
        "negative_mention": "An original that mentions another outlet in its text.",
        "negative_caption": "Only a caption names anyone: the text is the page's own.",
        "no_credit": "An original crediting nobody.",
    }[c.category]


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    title, _ = FLAT[c.story]
    paras = story_paras(c)
    host = host_of(c)
    url = url_of(c, host, title)
    assert url not in used, url
    used.add(url)
    date = EN_DATES.get(c.fam, DATES["en"]) if c.lang == "en" else DATES[c.lang]
    page = Page(
        fam=c.fam,
        lang=c.lang,
        site=c.site,
        host=host,
        url=url,
        name=c.name,
        title=title,
        paras=paras,
        slot=c.slot,
        credit=c.credit,
        logo=c.logo,
        caption=c.caption,
        date=date,
        related=related_titles(c),
        section=c.section,
    )
    html = render_page(page)
    keep = [sentences(paras[0])[0], sentences(paras[-1])[-1]]
    if c.mention:
        keep += [s for s in sentences(c.mention) if s not in keep]
    credited = c.category in CREDITED
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": html,
        "expected_publisher": c.pub if credited else None,
        "accept": list(c.accept) if credited else [],
        "credit_lines": list(c.credit) if credited else [],
        "must_keep": keep,
        "placement": placement(c),
        "note": c.note or default_note(c),
    }


def three_tables() -> set[str]:
    return table_names()


def story_bytes(c: Case) -> int:
    extra = [c.mention, c.caption, *c.credit]
    return len(" ".join([*story_paras(c), *[x for x in extra if x]]).encode("utf-8"))


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
    assert len({r["site"] for r in rows}) == n, "one page a site"
    for r, c in zip(rows, CASES, strict=True):
        text = visible_text(r["html"])
        assert bool(r["credit_lines"]) == (r["category"] in CREDITED), r["id"]
        assert (r["expected_publisher"] is None) == (r["category"] in NULL), r["id"]
        for line in r["credit_lines"]:
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r[
                    "id"
                ]
        if c.category == "own_page":
            assert c.credit and all(line in text for line in c.credit), (
                f"{r['id']}: own credit not on the page"
            )
        if c.slot == "logo":
            assert f'alt="{c.logo}"' in r["html"], r["id"]
        if c.dateline:
            assert c.dateline.strip() in text, r["id"]
            assert text.index(c.dateline.strip()) < text.index(r["must_keep"][-1]), r["id"]
            assert not any(c.dateline.strip() in line for line in r["credit_lines"]), r["id"]
        if c.lang in RTL:
            assert f'<html lang="{c.lang}" dir="rtl"' in r["html"], r["id"]
        assert "15" in text or "۱۵" in text or "১৫" in text or "۲۶" in text, (
            f"{r['id']}: page not dated 15 February 2027"
        )
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, (
                f"{r['id']}: {r['expected_publisher']}"
            )
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table files"
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    assert 110 <= n <= 130, n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert 13 <= len(langs) <= 14, langs
    sizes = [story_bytes(c) for c in CASES]
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sum(s > 8000 for s in sizes) >= 3 and sum(s < 1500 for s in sizes) >= 2, (
        sorted(sizes)[:3],
        sorted(sizes)[-3:],
    )
    fams = Counter(c.fam for c in CASES)
    assert set(fams) == set(FAMILIES), fams
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    lang_halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    one_half = sorted(k for k, v in lang_halves.items() if len(v) < 2)
    assert not one_half, f"languages in one half only: {one_half}"
    print(
        f"  story text: median {med:.0f} B, min {min(sizes)}, max {max(sizes)}, over 8 KB: {sum(s > 8000 for s in sizes)}, under 1.5 KB: {sum(s < 1500 for s in sizes)}"
    )
    print(f"  templates: {dict(sorted(fams.items()))}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES40, render, check)


if __name__ == "__main__":
    main()
