"""Generate cases_2026-12-06b.jsonl, the fourth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build4.py
Stdlib only; deterministic (variation comes from sha1 of ids); checks itself before writing:
every credit line and must_keep sentence is in the page's visible text and none contains a
credit line, halves split by site, no site or story of the earlier sets, table outlets in the
table and others outside it, at least 30% null pages.
"""

from __future__ import annotations

import re
import sys
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import h, half_of, slugify, write_set  # noqa: E402
from build3 import AUTHORS, amp_twin, first_sentence, last_sentence  # noqa: E402
from build3 import check as check3  # noqa: E402
from build3 import page_url as page_url3  # noqa: E402
from cases4 import CASES4, SITES4  # noqa: E402
from chrome3 import Page3  # noqa: E402
from chrome4 import render_page4  # noqa: E402
from stories4 import STORIES4  # noqa: E402

OUT = HERE / "cases_2026-12-06b.jsonl"
EARLIER = ("cases.jsonl", "cases_2026-12-05.jsonl", "cases_2026-12-06.jsonl")
STORIES = {k: v for d in STORIES4.values() for k, v in d.items()}
TEXT_BYTES = (1000, 3500)  # article text (paragraphs and in-body credits), UTF-8 bytes
AUTHORS4 = {
    **AUTHORS,
    "en": [
        "Rosalind Achterberg",
        "Kwame Delacroix",
        "Signe Haraldsen",
        "Tomasz Ferrante",
        "Yusra Calloway",
    ],
    "zh": ["林晓雯", "周海川"],
    "vi": ["Nguyễn Thu Trang", "Phạm Quốc Huy"],
    "pl": ["Agnieszka Wrona", "Piotr Zaremba"],
    "nl": ["Sanne de Wit", "Joost Hoekstra"],
    "el": ["Μαρία Καραγιάννη", "Νίκος Δημάκης"],
    "he": ["נועה ברק", "עידו שחר"],
    "fa": ["مریم صدری", "علی نوروزی"],
    "th": ["สุภาพร ใจดี", "ธนากร ศรีสุข"],
    "bn": ["নুসরাত জাহান", "রাকিব উদ্দিন"],
    "es": ["Marta Olmedo", "Rubén Castañar"],
    "fr": ["Claire Vasseur", "Mathis Rocheteau"],
}


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    y, m, d = ymd
    slug = slugify(title) or f"{n % 899_999 + 100_000}"
    new = {
        "partner": f"https://{host}/en-us/news/world/{slug}/ar-AA1{n % 16**6:06x}",
        "aggregator": f"https://{host}/story/{n % 10**9:09d}/{slug}",
        "newsletter": f"https://{host}/p/{slug}",
        "bizrepost": f"https://{host}/news/{y}/{m:02d}/{d:02d}/{slug}",
        "regional": f"https://{host}/news/{y}{m:02d}{d:02d}/{n % 90_000 + 10_000}",
    }
    return new[chrome] if chrome in new else page_url3(chrome, host, title, ymd, n)


def render(c: Any, case_id: str, used: set[str]) -> dict[str, Any]:
    site = SITES4[c.site]
    title, story = STORIES[c.story]
    paras = list(story)
    keep = [first_sentence(paras[0]), last_sentence(paras[-1]), *c.keep]
    for sentence in c.keep:  # mention sentences join the third paragraph
        if not any(sentence in p for p in paras):
            paras[2] = f"{paras[2]} {sentence}"
    for p in c.parts:
        if p.where == "dateline":
            paras[0] = f"{p.text} {paras[0]}"
        if p.where == "signoff":  # a sign-off run into the last paragraph, as wire copy pastes it
            paras[-1] = f"{paras[-1]} {p.text}"
    blocks: list[str] = [p.html for p in c.parts if p.where == "head"]
    for i, text in enumerate(paras):
        blocks.append(f"<p>{escape(text, quote=False)}</p>")
        if i == 0:
            blocks.extend(p.html for p in c.parts if p.where == "figure")
        if i == 1:
            blocks.extend(p.html for p in c.parts if p.where == "mid")
    blocks.extend(p.html for p in c.parts if p.where == "tail")
    body_text = [*paras, *(p.text for p in c.parts if p.where in ("head", "mid", "tail"))]
    size = len("\n".join(body_text).encode("utf-8"))
    assert TEXT_BYTES[0] <= size <= TEXT_BYTES[1], f"{case_id}: {size} bytes of article text"
    hv = h(case_id)
    ymd = (2026, 3, 1 + (hv >> 8) % 28)
    url = page_url(site.chrome, site.host, title, ymd, hv)
    k = 1
    while url in used:
        k += 1
        url = (
            re.sub(r"(/?)$", f"-{k}\\1", url, count=1)
            if not url.endswith(".html")
            else url.replace(".html", f"-{k}.html")
        )
    used.add(url)
    bylines = [p for p in c.parts if p.where == "byline"]
    authors = AUTHORS4[c.lang]
    page = Page3(
        lang=c.lang,
        site_name=site.name,
        host=site.host,
        url=url,
        title=title,
        description=first_sentence(story[0]),
        body="\n".join(blocks),
        author=site.name if c.category == "own_page" else authors[hv % len(authors)],
        byline_html=bylines[0].html if bylines else "",
        head_html="".join(p.html for p in c.parts if p.where == "meta"),
        after_html="".join(p.html for p in c.parts if p.where == "after"),
        iso_date=f"{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}",
        variant=hv % 5,
        own=c.category == "own_page",
        ld=c.ld,
        canonical=next((p.html for p in c.parts if p.where == "canonical"), "")
        or (amp_twin(url, c.site) if site.chrome == "amp" else ""),
    )
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": render_page4(site.chrome, page),
        "expected_publisher": c.expected,
        "accept": list(c.accept),
        "credit_lines": [p.text for p in c.parts if p.credit and p.text],
        "must_keep": keep,
        "placement": c.placement,
        "note": c.note,
    }


def check(rows: list[dict[str, Any]]) -> None:
    """The third set's checks, with the first three sets as overlap reference."""
    check3(rows, STORIES, EARLIER)


def main() -> None:
    write_set(OUT, "b4", CASES4, SITES4, STORIES4, render, check)


if __name__ == "__main__":
    main()
