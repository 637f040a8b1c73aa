# ruff: noqa: E501  (one path or condition a line)
"""Generate cases_2027-01-07.jsonl, the thirty-sixth blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build36.py
Stdlib only; deterministic (no clock, no randomness); self-checking. Pages come from this set's own
templates (`chrome36.py`), data from `cases36.py`, prose from `stories36.py`.
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
from cases36 import CASES, Case  # noqa: E402
from chrome36 import Page, render_page  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories36 import STORIES36  # noqa: E402

OUT = HERE / "cases_2027-01-07.jsonl"
PREFIX = "b36"
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
    "cases_2027-01-06.jsonl",  # the thirty-fifth set, written in parallel: added at merge
)
SUFFIXES = {
    "co.nz", "org.nz", "ac.nz", "com.au", "co.uk", "co.ke", "co.ug", "com.br", "org.br", "com.np",
    "com.pk", "co.za", "org.za", "com.ng", "com.bd",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES36.values() for k, v in d.items()}

DATES = {
    "en": "Feb. 11, 2027",
    "es": "11 de febrero de 2027",
    "pt": "11 de fevereiro de 2027",
    "ar": "11 فبراير 2027",
    "fr": "11 février 2027",
    "hi": "11 फरवरी 2027",
    "ur": "11 فروری 2027",
    "bn": "১১ ফেব্রুয়ারি ২০২৭",
    "sw": "11 Februari 2027",
    "ha": "11 ga Fabrairu, 2027",
    "am": "የካቲት 4 ቀን 2019 ዓ.ም.",
    "ta": "11 பிப்ரவரி 2027",
    "ne": "माघ २८, २०८३",
}
EN_DATES = {
    "patch": "Thu, Feb 11, 2027 at 9:14 am",
    "newspack": "February 11, 2027",
    "sno": "February 11, 2027",
    "watch": "Feb 11, 2027",
}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def host_of(c: Case) -> str:
    return c.host or (c.site if c.site.count(".") >= 2 and not c.site.endswith((".nz", ".au", ".uk", ".ke", ".ug", ".br", ".np", ".pk")) else f"www.{c.site}")


def url_of(c: Case, host: str, title: str, n: int) -> str:
    slug = slugify(title) or f"{sha(title) % 10**6}"
    num = sha(c.site + title) % 900000 + 100000
    return {
        "patch": f"https://{host}/{slugify(c.place) or 'local'}/{slug}",
        "newspack": f"https://{host}/2027/02/11/{slug}/",
        "sno": f"https://{host}/{num}/news/{slug}/",
        "diaspora": f"https://{host}/{slugify(c.section) or 'news'}/{num}/{slug}",
        "blox": f"https://{host}/news/local/article_{hashlib.sha1(c.site.encode()).hexdigest()[:8]}-{num:x}.html",
        "watch": f"https://{host}/watch?v={hashlib.sha1((c.site + title).encode()).hexdigest()[:11]}",
        "podcast": f"https://{host}/episodes/{slug}",
        "tvclip": f"https://{host}/video/{slug}-{num}",
        "radio": f"https://{host}/news/2027-02-11/{slug}",
        "liveblog": f"https://{host}/live/{slug}-{n}",
    }[c.fam]


def related_titles(c: Case) -> list[str]:
    """Headlines of the other stories in the page's language, as a 'Related' list names them."""
    return [t for k, (t, _) in STORIES36[c.lang].items() if k != c.story][:3]


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    title, story = FLAT[c.story]
    paras = list(story if c.n is None else story[: c.n])
    first, last = sentences(paras[0])[0], sentences(paras[-1])[-1]
    if c.dateline:
        paras[0] = c.dateline + paras[0]
    if c.mention:
        paras.insert(2, c.mention)
    host = host_of(c)
    url = url_of(c, host, title, len(used))
    assert url not in used, url
    used.add(url)
    date = EN_DATES.get(c.fam, DATES["en"]) if c.lang == "en" else DATES[c.lang]
    page = Page(
        family=c.fam, variant=c.var, lang=c.lang, site_name=c.name, host=host, url=url, title=title,
        date=date, iso="2027-02-11T09:14:00" + ("-06:00" if c.lang in ("en", "es") else "+00:00"),
        author=c.author, section=c.section, paras=paras, top=c.top, end=c.end, media=c.media,
        caption=c.caption, place=c.place, embed=c.embed, related=related_titles(c),
    )
    html = render_page(page)
    credited = c.category in CREDITED
    media = c.media if c.media_credit else ""
    credit_lines = [s for s in (c.top, media, c.end) if s] if credited else []
    must_keep = [first, *([c.mention] if c.mention else []), last]
    slots = [name for name, s in (("top", c.top), ("media", media), ("end", c.end)) if s]
    if credited:
        placement = f"{c.fam}:{'+'.join(slots)}" + ("+dateline" if c.dateline else "")
    else:
        kind = {"negative_mention": "mention", "negative_caption": "caption", "own_page": "own", "no_credit": "none"}
        placement = f"{c.fam}:{kind[c.category]}"
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": html,
        "expected_publisher": c.expected,
        "accept": list(c.accept),
        "credit_lines": credit_lines,
        "must_keep": must_keep,
        "placement": placement,
        "note": c.note,
    }


def three_tables() -> set[str]:
    return table_names()


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    extra = {"_lines": ("", [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption])}
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
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r["id"]
        if c.dateline:
            assert c.dateline.strip() in text, r["id"]
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, f"{r['id']}: {r['expected_publisher']}"
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table files"
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert len(langs) == 13, langs
    sizes = []
    for c in CASES:
        _, story = FLAT[c.story]
        paras = story if c.n is None else story[: c.n]
        extra_text = [c.dateline, c.mention, c.top, c.end, c.media]
        sizes.append(len(" ".join([*paras, *[x for x in extra_text if x]]).encode("utf-8")))
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sum(s > 8000 for s in sizes) >= 3 and min(sizes) < 1500, (sorted(sizes)[:3], sorted(sizes)[-3:])
    fams = Counter(c.fam for c in CASES)
    assert len(fams) == 10, fams
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    print(f"  story text: median {med:.0f} B, min {min(sizes)}, max {max(sizes)}, over 8 KB: {sum(s > 8000 for s in sizes)}")
    print(f"  templates: {dict(sorted(fams.items()))}")
    lang_halves = {lang: {r['half'] for r in rows if r['language'] == lang} for lang in langs}
    print(f"  languages in one half only: {sorted(k for k, v in lang_halves.items() if len(v) < 2)}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES36, render, check)


if __name__ == "__main__":
    main()
