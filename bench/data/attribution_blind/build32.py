"""Generate cases_2027-01-03.jsonl, the thirty-second blind attribution set: pages of
newspaper chains and national publishers, rendered with this set's own templates
(`chrome32.py`), data in `cases32.py`, prose in `stories32.py`.

Run from the repository root:  python3 bench/data/attribution_blind/build32.py
Stdlib only; deterministic (variation comes from sha1 of ids); checks itself before writing.
"""

from __future__ import annotations

import hashlib
import re
import statistics
import sys
from collections import Counter
from html import escape
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import SENTENCE, normalize  # noqa: E402
from build3 import check as check3  # noqa: E402
from cases32 import PAGES32, RAILS, SITES32  # noqa: E402
from chrome32 import RENDER, Pg  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories32 import STORIES_EN, STORIES_INTL  # noqa: E402

OUT = HERE / "cases_2027-01-03.jsonl"
PREFIX = "b32"
# Every earlier set's file. The thirty-first set, written in parallel, is one line to add at merge.
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    "cases_2027-01-01.jsonl",
    "cases_2027-01-02.jsonl",  # the thirty-first set, written in parallel: added at merge
)
SUFFIXES = {
    "co.uk",
    "org.uk",
    "gov.uk",
    "co.za",
    "org.za",
    "gov.za",
    "co.nz",
    "org.nz",
    "govt.nz",
    "com.au",
    "net.au",
    "org.au",
    "gov.au",
    "co.tz",
    "go.tz",
    "or.tz",
    "co.ke",
    "or.ke",
    "co.jp",
    "or.jp",
    "ne.jp",
    "com.cn",
    "gov.cn",
    "com.vn",
    "gov.vn",
    "co.th",
    "or.th",
    "in.th",
    "go.th",
    "co.id",
    "or.id",
    "go.id",
    "com.sg",
    "com.hk",
}
STORIES: dict[str, dict[str, tuple[str, list[str]]]] = {"en": STORIES_EN, **STORIES_INTL}
FLAT = {k: v for d in STORIES.values() for k, v in d.items()}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
KNOWN = {
    "lang",
    "story",
    "site",
    "cat",
    "answer",
    "accept",
    "n",
    "by",
    "byc",
    "dl",
    "top",
    "end",
    "foot",
    "men",
    "cap",
    "note",
    "host",
    "lapc",
}
ENGLISH_PLACES = {"borders", "broads", "westcork", "mpumalanga", "arusha", "downs", "westcoast"}
TOP_FAMILIES = {"newsquest", "postmedia", "funke", "jpagg", "cnprov"}

DATES = {
    "gannett": "Published 5:02 a.m. AEST March 18, 2027",
    "reach": "06:00, 18 MAR 2027",
    "newsquest": "18th March 2027",
    "postmedia": "Mar 18, 2027",
    "nzme": "18 Mar, 2027 05:00 AM",
    "news24": "18 Mar 2027",
    "nation.en": "Thursday, March 18, 2027",
    "nation.sw": "Alhamisi, Machi 18, 2027",
    "nordic.sv": "18 mars 2027 kl. 06.12",
    "nordic.nb": "18.03.2027 06:12",
    "nordic.fi": "18.3.2027 6:12",
    "funke": "18.03.2027, 06:12 Uhr",
    "ouest": "Publié le 18/03/2027 à 06h12",
    "mediahuis": "18 maart 2027, 06:12",
    "jppref": "2027年3月18日 6:12",
    "jpagg": "3/18(木) 6:12",
    "cnprov": "2027-03-18 06:12",
    "asiaportal.vi": "Thứ Năm, 18/3/2027 06:12",
    "asiaportal.th": "18 มี.ค. 2570 06:12",
    "asiaportal.lt": "2027-03-18 06:12",
    "tribun": "Kamis, 18 Maret 2027 06:12 WIB",
}
SECTIONS = {
    "en": "News",
    "sw": "Habari",
    "de": "Harz",
    "fr": "Noirmoutier",
    "nl": "Terschelling",
    "sv": "Nyheter",
    "nb": "Nyheter",
    "fi": "Uutiset",
    "lt": "Naujienos",
    "ja": "佐渡",
    "zh": "州市新闻",
    "vi": "Thời sự",
    "th": "ข่าวภูมิภาค",
    "id": "Belitung",
}
CASES: list[SimpleNamespace] = []
SPECS: dict[int, dict[str, Any]] = {}


def h(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def n_paras(spec: dict[str, Any], paras: list[str], key: str) -> int:
    """How many of the story's paragraphs a page carries: briefs about 0.9 KB, long pages all,
    English pages 80-100% of their story, other languages all or all but the last."""
    n, total = spec.get("n"), len(paras)
    if n == "l":
        return total
    if n == "b":
        k = 3
        while len(" ".join(paras[:k]).encode("utf-8")) < 900:
            k += 1
        return k
    if isinstance(n, int):
        return min(n, total)
    if spec["lang"] == "en":
        return round(total * (0.8 + (h(key) % 21) / 100))
    return total - h(key) % 2


def page_url(family: str, host: str, title: str, key: str, lang: str) -> str:
    slug = slugify(title) or f"a{h(key) % 10**6}"
    d = h(key)
    paths = {
        "gannett": f"/story/news/local/2027/03/18/{slug}/{73000000000 + d % 10**9}/",
        "reach": f"/news/local-news/{slug}-{d % 10**7:07d}",
        "newsquest": f"/news/{24900000 + d % 10**5}.{slug}/",
        "postmedia": f"/news/local-news/{slug}-{d % 10**4}",
        "nzme": f"/west-coast/news/{slug}/{format(d % 36**12, 'X')}/",
        "news24": f"/news/local/{slug}-2027031806{d % 100:02d}",
        "nation": f"/news/regional/{slug}-{d % 10**7:07d}",
        "nordic": f"/nyheter/a/{format(d % 36**6, 'x')}/{slug}",
        "funke": f"/region/harz/article{d % 10**9:09d}/{slug}.html",
        "ouest": f"/vendee/noirmoutier-en-l-ile/{slug}-{format(d % 16**12, 'x')}",
        "mediahuis": f"/friesland/{slug}-{d % 10**8:08d}.html",
        "jppref": f"/articles/-/{d % 10**6:06d}",
        "jpagg": f"/articles/{format(d % 16**40, '040x')}",
        "cnprov": f"/system/2027/03/18/{d % 10**9:09d}.shtml",
        "asiaportal": f"/{slug}-{d % 10**9}.html" if lang != "th" else f"/news/{d % 10**7}",
        "tribun": f"/2027/03/18/{slug}-{d % 10**3}",
    }
    return f"https://{host}{paths[family]}"


def linked(line: str, answer: str | None, domain_hint: str, key: str) -> str:
    """Escape a credit line; on about half the pages the outlet's name is a link."""
    text = escape(line, quote=False)
    if answer and answer in line and h(key + "link") % 2 == 0:
        a = escape(answer, quote=False)
        text = text.replace(a, f'<a href="https://{domain_hint}/" rel="noopener">{a}</a>', 1)
    return text


def render(c: SimpleNamespace, case_id: str, used: set[str]) -> dict[str, Any]:
    spec = SPECS[id(c)]
    lang, site = spec["lang"], spec["site"]
    name, family, host, chain = SITES32[site]
    host = spec.get("host", host)
    title, paras = STORIES[lang][spec["story"]]
    n = n_paras(spec, paras, case_id)
    chosen = list(paras[:n])
    dl = spec.get("dl", "")
    keep = [sentences(chosen[0])[0], sentences(chosen[-1])[-1]]
    if lang == "th":  # Thai has no sentence punctuation: whole first and last paragraphs
        keep = [chosen[0], chosen[-1]]
    html_paras = [escape(p, quote=False) for p in chosen]
    if dl:
        html_paras[0] = escape(dl, quote=False) + html_paras[0]
    men = spec.get("men", "")
    if men:
        html_paras.insert(min(3, len(html_paras) - 1), escape(men, quote=False))
        keep.append(men)
    answer = spec.get("answer")
    hint = (
        "www.example-outlet.com"
        if not answer
        else re.sub(r"[^a-z0-9]+", "", normalize(answer).lower())[:20] + ".com"
    )
    credited = spec["cat"] not in NULL
    credits: list[str] = []
    top = spec.get("top", "")
    if top:
        assert family in TOP_FAMILIES, (case_id, family)
        credits.append(top)
    by = spec.get("by", "")
    if by and spec.get("byc"):
        credits.append(by)
    if spec.get("lapc"):
        credits.append(spec["laporan"])
    end = list(spec.get("end", []))
    foot = list(spec.get("foot", []))
    credits += end + foot
    extra = {k: v for k, v in spec.items() if k not in KNOWN}
    extra.setdefault("standfirst", title)
    date_key = f"{family}.{lang}" if f"{family}.{lang}" in DATES else family
    url = page_url(family, host, title, case_id, lang)
    assert url not in used, url
    used.add(url)
    rails = RAILS[lang][h(case_id) % 2 :]
    pg = Pg(
        family=family,
        lang=lang,
        site_name=name,
        host=host,
        url=url,
        title=title,
        section=SECTIONS[lang],
        date_iso="2027-03-18T06:12:00+00:00",
        date_shown=DATES[date_key],
        byline=by,
        paras=html_paras,
        caption=escape(spec.get("cap", ""), quote=False),
        top=linked(top, answer, hint, case_id) if top else "",
        end=[linked(x, answer, hint, case_id) for x in end],
        foot=[linked(x, answer, hint, case_id) for x in foot],
        rails=rails,
        variant=h(case_id) % 1000,
        chain=chain,
        extra=extra,
    )
    page = RENDER[family](pg)
    if lang in {"ar", "fa", "ur"}:
        page = page.replace(f'<html lang="{lang}">', f'<html lang="{lang}" dir="rtl">', 1)
    where = []
    if top:
        where.append("top-label")
    if by and spec.get("byc"):
        where.append("byline")
    if dl:
        where.append("dateline")
    if end:
        where.append("end-line")
    if foot:
        where.append("footer-box")
    if men:
        where.append("mention")
    if spec.get("cap"):
        where.append("caption")
    return {
        "id": case_id,
        "half": half_of(site),
        "category": spec["cat"],
        "language": lang,
        "site": site,
        "url": url,
        "html": page,
        "expected_publisher": answer if credited else None,
        "accept": list(spec["accept"]) if credited else [],
        "credit_lines": credits if credited else [],
        "must_keep": keep,
        "placement": f"{family}:" + ("+".join(where) or "plain"),
        "note": spec.get("note", ""),
    }


def prose_bytes(row: dict[str, Any]) -> int:
    spec = SPECS[ROW_SPEC[row["id"]]]
    _, paras = STORIES[spec["lang"]][spec["story"]]
    return len(" ".join(paras[: n_paras(spec, paras, row["id"])]).encode("utf-8"))


ROW_SPEC: dict[str, int] = {}


def check(rows: list[dict[str, Any]]) -> None:
    old = earlier_pages(EARLIER)
    check3(
        rows, FLAT, EARLIER
    )  # visible text, halves by site, table answers, no earlier site or first sentence
    assert_new_domains(rows, old, SUFFIXES)
    mentions = {f"men{i}": ("", [s["men"]]) for i, s in enumerate(PAGES32) if s.get("men")}
    assert_new_prose({**FLAT, **mentions}, old)
    names = table_names()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    for r in rows:
        assert r["id"].startswith(PREFIX + "-"), r["id"]
        credited = r["expected_publisher"] is not None
        assert bool(r["credit_lines"]) == credited, r["id"]
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, r["id"]
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} in a table file"
        for line in r["credit_lines"]:
            assert line not in prose, f"{r['id']}: credit line in story prose: {line!r}"
            others = [o for o in r["credit_lines"] if o != line and line in o]
            assert not others, f"{r['id']}: {line!r} inside {others}"
    # the mix the task asks for
    n = len(rows)
    cats = Counter(r["category"] for r in rows)
    credited_n = cats["in_table"] + cats["out_of_table"] + cats["wire"]
    assert 0.36 * n <= credited_n <= 0.46 * n, cats
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats
    assert n - credited_n >= 0.5 * n, cats
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs
    assert len(langs) == 14, langs
    for lang in langs:
        halves = {r["half"] for r in rows if r["language"] == lang}
        assert halves == {"tune", "check"}, (lang, halves)
    places = {SPECS[ROW_SPEC[r["id"]]]["story"] for r in rows if r["language"] == "en"}
    assert places == ENGLISH_PLACES, places
    families = {SITES32[r["site"]][1] for r in rows}
    assert families == set(RENDER), set(RENDER) - families
    sizes = [prose_bytes(r) for r in rows]
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sum(s >= 8000 for s in sizes) >= 3, sorted(sizes)[-5:]
    assert sum(s <= 1300 for s in sizes) >= 8, sorted(sizes)[:10]
    for r in rows:  # the visible text carries the article's prose
        assert len(visible_text(r["html"]).encode("utf-8")) > prose_bytes(r), r["id"]
    print(f"  story prose per page: median {med:.0f} bytes, min {min(sizes)}, max {max(sizes)}")
    own = cats["own_page"]
    print(f"  credited {credited_n} ({credited_n / n:.0%}), own {own}, null {n - credited_n}")


def main() -> None:
    cases = []
    for spec in PAGES32:
        c = SimpleNamespace(
            site=spec["site"], story=spec["story"], lang=spec["lang"], category=spec["cat"]
        )
        SPECS[id(c)] = spec
        cases.append(c)
    CASES.extend(cases)

    def render_and_index(c: SimpleNamespace, case_id: str, used: set[str]) -> dict[str, Any]:
        ROW_SPEC[case_id] = id(c)
        return render(c, case_id, used)

    write_set(OUT, PREFIX, cases, SITES32, STORIES, render_and_index, check)


if __name__ == "__main__":
    main()
