# ruff: noqa: E501, RUF001
"""Generate cases_2026-12-05.jsonl, the second blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build2.py
Stdlib only; deterministic (variation comes from sha1 of ids); checks itself before writing:
every credit line and must_keep sentence is in the page's visible text, halves split by site,
no site or story of the first set reused, 1-3 KB of article text, at least 30% null pages.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from html import escape, unescape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import (  # noqa: E402
    CAT_SHORT,
    CATEGORIES,
    NULL_CATEGORIES,
    h,
    half_of,
    sentences,
    slugify,
    visible_text,
)
from build import STORIES as FIRST_STORIES  # noqa: E402
from cases2_en import CASES_EN  # noqa: E402
from cases2_intl import CASES_INTL  # noqa: E402
from cases_src import SITES as FIRST_SITES  # noqa: E402
from chrome import human_date  # noqa: E402
from chrome2 import Page2, render_page2  # noqa: E402
from model import Part  # noqa: E402
from model2 import Case2  # noqa: E402
from sites2 import SITES2  # noqa: E402
from stories2_en import STORIES2_EN  # noqa: E402
from stories2_intl import STORIES2_INTL  # noqa: E402

OUT = HERE / "cases_2026-12-05.jsonl"
BY_LANG: dict[str, dict[str, tuple[str, list[str]]]] = {"en": STORIES2_EN, **STORIES2_INTL}
STORIES = {k: v for d in BY_LANG.values() for k, v in d.items()}
MIN_WORDS = 30
TEXT_BYTES = (1000, 3500)  # article text (paragraphs and credits), UTF-8 bytes
DATE_LANGS = ("en", "fr", "es", "de", "pt")
AUTHORS = {
    "en": [
        "Tessa Morland",
        "Kwame Asante-Boyd",
        "Rohan Mehta",
        "Claire Dubois-Hart",
        "Staff Writer",
    ],
    "fr": ["Camille Lefort", "Jean-Baptiste Moreau", "La rédaction"],
    "es": ["Valeria Ortiz", "Andrés Molina", "Redacción"],
    "de": ["Jana Kessler", "Lukas Brandt", "Redaktion"],
    "pt": ["Mariana Lopes", "Rui Tavares", "Redação"],
    "it": ["Chiara Fontana", "Marco Esposito", "Redazione"],
    "ar": ["سارة الخطيب", "محمد العلي", "فريق التحرير"],
    "ur": ["عائشہ ملک", "عمران شاہ", "نیوز ڈیسک"],
    "hi": ["अंकित शर्मा", "पूजा वर्मा", "डेस्क"],
    "id": ["Rina Kurniawati", "Hendra Saputra", "Redaksi"],
    "tr": ["Elif Yıldız", "Murat Kaya", "Haber Merkezi"],
}
DATES = {  # months written in each language, for pages whose language has no entry in chrome.human_date
    "it": "{d} marzo {y}",
    "ar": "{d} مارس {y}",
    "ur": "{d} مارچ {y}",
    "hi": "{d} मार्च {y}",
    "id": "{d} Maret {y}",
    "tr": "{d} Mart {y}",
}


def host_of(site: str) -> str:
    s = SITES2[site]
    if s.host:
        return s.host
    if site.endswith((".blogspot.com", ".substack.com", ".inkwell.pub")):
        return site
    return f"www.{site}"


def date_text(lang: str, ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    if lang in DATE_LANGS:
        return human_date(lang, y, m, d)
    return DATES[lang].format(d=d, y=y)


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    """A URL in the platform's usual shape; numeric ids where the headline has no Latin slug."""
    y, m, _ = ymd
    slug = slugify(title) or f"{n % 89_999 + 10_000}"
    if chrome == "ghost":
        return f"https://{host}/{slug}/"
    if chrome == "substack":
        return f"https://{host}/p/{slug}"
    if chrome == "medium":
        return f"https://{host}/{slug}-{n % 16**12:012x}"
    if chrome == "amp":
        return f"https://{host}/news/{slug}/amp/"
    if chrome == "wpnews":
        return f"https://{host}/{slug}/"
    if chrome == "blogger2":
        return f"https://{host}/{y}/{m:02d}/{slug[:40].rstrip('-')}.html"
    return f"https://{host}/news/{slug}-{n % 899_999 + 100_000}"


def paragraph_html(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


def build_body(c: Case2, paras: list[str]) -> str:
    blocks = [p.html for p in c.parts if p.where == "head"]
    figures = [p.html for p in c.parts if p.where == "figure"]
    for i, text in enumerate(paras):
        blocks.append(paragraph_html(text))
        if i == 0:
            blocks.extend(figures)
    blocks.extend(p.html for p in c.parts if p.where in ("tail", "widget"))
    return "\n".join(blocks)


def article_text(c: Case2, paras: list[str]) -> str:
    extra = [p.text for p in c.parts if p.where in ("head", "tail")]
    return "\n".join([*paras, *extra])


def _byline(c: Case2) -> Part | None:
    found = [p for p in c.parts if p.where == "byline"]
    return found[0] if found else None


def render(c: Case2, case_id: str, used_urls: set[str]) -> dict[str, Any]:
    site = SITES2[c.site]
    host = host_of(c.site)
    title, story_paras = STORIES[c.story]
    paras = list(story_paras)
    for pos, text in c.insert:
        paras.insert(pos, text)
    for i, text in enumerate(paras):
        words = len(text.split())
        assert words >= MIN_WORDS, f"{case_id}: paragraph {i} has {words} words"
    keep = [sentences(paras[0])[0], sentences(paras[-1])[-1], *c.keep]
    for p in c.parts:
        if p.where == "dateline":
            paras[0] = f"{p.text} {paras[0]}"
        elif p.where == "inline":
            paras[-1] = f"{paras[-1]} {p.text}"
    size = len(article_text(c, paras).encode("utf-8"))
    assert TEXT_BYTES[0] <= size <= TEXT_BYTES[1], f"{case_id}: {size} bytes of article text"

    hv = h(case_id)
    variant = hv % 7
    ymd = (2026, 3, 1 + (hv >> 8) % 28)
    url = page_url(site.chrome, host, title, ymd, hv)
    k = 1
    while url in used_urls:  # the same story twice on one site: the software numbers the slug
        k += 1
        url = (
            url.replace("/amp/", f"-{k}/amp/")
            if url.endswith("/amp/")
            else f"{url.rstrip('/')}-{k}"
        )
    used_urls.add(url)

    own = c.category == "own_page"
    byline = _byline(c)
    names = AUTHORS[c.lang]
    author = byline.text if byline else (site.name if own else names[hv % len(names)])
    canonical = c.canonical
    if not canonical:
        canonical = url.replace("/amp/", "/") if site.chrome == "amp" else (url if hv % 4 else "")
    others = [key for key in BY_LANG[c.lang] if key != c.story]
    siblings = sorted(others, key=lambda key: h(key + case_id))[:4]
    related = [
        (STORIES[key][0], page_url(site.chrome, host, STORIES[key][0], ymd, h(key)))
        for key in siblings
    ]
    page = Page2(
        lang=c.lang,
        site_name=site.name,
        host=host,
        url=url,
        title=title,
        description=sentences(story_paras[0])[0],
        body=build_body(c, paras),
        author=author,
        author_html=byline.html if byline else "",
        meta_html="".join(p.html for p in c.parts if p.where == "meta"),
        after_html="".join(p.html for p in c.parts if p.where == "after"),
        iso_date=f"{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}",
        date_text=date_text(c.lang, ymd),
        related=related,
        canonical=canonical,
        variant=variant,
        own=own,
        ld=c.ld,
        head_extra=c.meta,
    )
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": render_page2(site.chrome, page),
        "expected_publisher": c.expected,
        "accept": list(c.accept),
        "credit_lines": [p.text for p in c.parts if p.credit],
        "must_keep": keep,
        "placement": c.placement,
        "note": c.note,
    }


def check(rows: list[dict[str, Any]]) -> None:
    ids = Counter(r["id"] for r in rows)
    assert max(ids.values()) == 1, [i for i, k in ids.items() if k > 1]
    urls = Counter(r["url"] for r in rows)
    assert max(urls.values()) == 1, [u for u, k in urls.items() if k > 1]
    halves: dict[str, set[str]] = {}
    for r in rows:
        halves.setdefault(r["site"], set()).add(r["half"])
        assert r["category"] in CATEGORIES, r["id"]
        html = r["html"]
        text = visible_text(html)
        raw = unescape(html)
        for s in [*r["credit_lines"], *r["must_keep"]]:
            assert s in text, f"{r['id']}: not in page text: {s!r}"
            assert s in raw or "<a " in html or "<span" in html, f"{r['id']}: not in html: {s!r}"
        for s in r["must_keep"]:
            for line in r["credit_lines"]:
                assert line not in s, f"{r['id']}: must_keep {s!r} contains credit line {line!r}"
        if r["expected_publisher"] is None:
            assert r["accept"] == [] and r["credit_lines"] == [], r["id"]
            assert r["category"] in NULL_CATEGORIES, r["id"]
        else:
            assert r["category"] not in NULL_CATEGORIES, r["id"]
            assert r["expected_publisher"] in r["accept"], r["id"]
    mixed = [s for s, hs in halves.items() if len(hs) > 1]
    assert not mixed, f"sites in both halves: {mixed}"
    reused = sorted(set(halves) & set(FIRST_SITES))
    assert not reused, f"sites of the first set: {reused}"
    nulls = sum(r["expected_publisher"] is None for r in rows)
    assert nulls >= 0.3 * len(rows), f"only {nulls} of {len(rows)} pages are null"


def main() -> None:
    assert not set(STORIES) & set(FIRST_STORIES), "a story key of the first set"
    first_paras = {p for _, paras in FIRST_STORIES.values() for p in paras}
    assert not {p for _, paras in STORIES.values() for p in paras} & first_paras
    counters: Counter[tuple[str, str]] = Counter()
    rows: list[dict[str, Any]] = []
    used_urls: set[str] = set()
    for c in [*CASES_EN, *CASES_INTL]:
        assert c.site in SITES2, c.site
        assert c.story in BY_LANG[c.lang], f"{c.story} is not a {c.lang} story"
        key = (c.category, c.lang)
        counters[key] += 1
        rows.append(
            render(c, f"b2-{CAT_SHORT[c.category]}-{c.lang}-{counters[key]:03d}", used_urls)
        )
    check(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == rows
    shown = OUT.relative_to(Path.cwd()) if OUT.is_relative_to(Path.cwd()) else OUT
    print(f"wrote {len(rows)} cases to {shown}")
    for field in ("category", "language", "half"):
        print(f"  {field}: {dict(sorted(Counter(str(r[field]) for r in rows).items()))}")
    sites = {str(r["site"]): str(r["half"]) for r in rows}
    print(f"  sites per half: {dict(Counter(sites.values()))}")
    print(f"  null pages: {sum(r['expected_publisher'] is None for r in rows)}")


if __name__ == "__main__":
    main()
