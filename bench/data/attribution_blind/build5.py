"""Generate cases_2026-12-07.jsonl, the fifth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build5.py
Stdlib only; deterministic (variation comes from sha1 of ids). It checks itself before writing
with the fourth set's checks (`build4.check`: credit lines and must_keep sentences in the visible
text, none containing a credit line, halves by site, table outlets in the table and others outside
it, at least 30% null pages) and with the fourth set as well as the first three as the overlap
reference: no site and no story of any earlier set.
"""

from __future__ import annotations

import re
import sys
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import h, half_of, write_set  # noqa: E402
from build3 import assert_new, first_sentence, last_sentence  # noqa: E402
from build4 import AUTHORS4  # noqa: E402
from build4 import check as check4  # noqa: E402
from build4 import page_url as page_url4  # noqa: E402
from cases5 import CASES5, SITES5  # noqa: E402
from chrome3 import Page3  # noqa: E402
from chrome5 import render_page5, wayback  # noqa: E402
from stories5 import STORIES5  # noqa: E402

OUT = HERE / "cases_2026-12-07.jsonl"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
)
STORIES = {k: v for d in STORIES5.values() for k, v in d.items()}
TEXT_BYTES = (1000, 3500)  # article text (paragraphs and in-body credits), UTF-8 bytes
AUTHORS5 = {
    "sw": ["Amina Juma", "Baraka Mwangi"],
    **AUTHORS4,
    "en": [
        "Imogen Kasprzak",
        "Desmond Achebe-Lund",
        "Priya Vantongeren",
        "Callum Ferreira",
        "Noor Halloran",
    ],
    "de": ["Katrin Oberholz", "Jonas Wettstein"],
    "it": ["Giulia Mancuso", "Federico Arnaldi"],
    "es": ["Lucía Berrocal", "Tomás Iriarte"],
    "pt": ["Renata Albuquerque", "Caio Menezes"],
    "fr": ["Élodie Carpentier", "Bastien Rouvière"],
    "tr": ["Elif Karataş", "Murat Öztunç"],
    "id": ["Dewi Lestari Putri", "Agus Setiawan"],
    "ms": ["Nurul Aina Hashim", "Faizal Ramli"],
    "uk": ["Олена Ковальчук", "Андрій Мельник"],
    "ro": ["Ioana Mărgineanu", "Victor Popescu"],
    "cs": ["Tereza Novotná", "Martin Dvořák"],
    "hu": ["Szabó Eszter", "Tóth Gergely"],
    "hr": ["Ana Marić", "Ivan Knežević"],
    "sr": ["Milica Jovanović", "Nikola Petrović"],
    "ko": ["김서연", "박준호"],
    "ja": ["佐藤美咲", "高橋健太"],
    "zh": ["陳怡君", "林志豪"],
}


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    if chrome == "oldportal":  # the old portal's script-and-id address
        return f"https://{host}/news.php?id={n % 900_000 + 100_000}"
    return page_url4(chrome, host, title, ymd, n)


def site_of(key: str) -> str:
    """The site a page is served from: an archive or cache key is 'host|outlet'."""
    return key.split("|")[0]


def copy_url(kind: str, url: str, day: int, n: int) -> str:
    """The address of a copy: the Wayback Machine's (captured one to three days after the
    page's date), or the Google AMP cache's."""
    if kind == "web.archive.org":
        stamp = f"202603{day + 1 + n % 3:02d}{n % 24:02d}{n % 60:02d}{n % 59:02d}"
        return f"https://web.archive.org/web/{stamp}/{url}"
    host = url.split("/")[2]
    sub = host.replace("-", "--").replace(".", "-")
    return f"https://{sub}.cdn.ampproject.org/c/s/{url.split('://', 1)[1]}"


def render(c: Any, case_id: str, used: set[str]) -> dict[str, Any]:
    site = SITES5[c.site]
    title, story = STORIES[c.story]
    paras = list(story)
    parts = {w: [p for p in c.parts if p.where == w] for w in ("lead", "coda", "lastp")}
    keep = [first_sentence(paras[0]), last_sentence(paras[-1])]
    for p in parts["lead"]:  # a sentence that opens the story: quoted headline, "X reported"
        paras[0] = f"{p.text} {paras[0]}"
        keep.insert(0, p.text)
    for p in parts["coda"]:  # a sentence that closes it
        paras[-1] = f"{paras[-1]} {p.text}"
        keep.append(p.text)
    keep.extend(c.keep)
    for sentence in c.keep:  # mention sentences join the third paragraph
        if not any(sentence in p for p in paras):
            paras[2] = f"{paras[2]} {sentence}"
    for p in c.parts:
        if p.where == "dateline":
            paras[0] = f"{p.text} {paras[0]}"
        if p.where == "signoff":
            paras[-1] = f"{paras[-1]} {p.text}"
    blocks: list[str] = [p.html for p in c.parts if p.where == "head"]
    for i, text in enumerate(paras):
        inner = escape(text, quote=False)
        if i == len(paras) - 1:  # a credit typed after the final sentence, in the same paragraph
            inner += "".join(f" {p.html}" for p in parts["lastp"])
        blocks.append(f"<p>{inner}</p>")
        if i == 0:
            blocks.extend(p.html for p in c.parts if p.where == "figure")
        if i == 1:
            blocks.extend(p.html for p in c.parts if p.where == "mid")
    blocks.extend(p.html for p in c.parts if p.where == "tail")
    in_body = ("head", "mid", "tail", "lastp")
    body_text = [*paras, *(p.text for p in c.parts if p.where in in_body)]
    size = len("\n".join(body_text).encode("utf-8"))
    assert TEXT_BYTES[0] <= size <= TEXT_BYTES[1], f"{case_id}: {size} bytes of article text"
    hv = h(case_id)
    ymd = (2026, 3, 1 + (hv >> 8) % 28)
    served_from = site_of(c.site)
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
    authors = AUTHORS5[c.lang]
    canonical = next((p.html for p in c.parts if p.where == "canonical"), "")
    if site.chrome == "amp" and not canonical:  # the AMP page names its own HTML twin
        canonical = url.replace("/amp/", "/", 1)
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
        canonical=canonical,
    )
    html = render_page5(site.chrome, page)
    if served_from != c.site:  # a copy: the archive's or the cache's address, not the outlet's
        original = url
        url = copy_url(served_from, original, ymd[2], hv)
        if served_from == "web.archive.org":
            html = wayback(html, url.split("/")[4], original)
    return {
        "id": case_id,
        "half": half_of(served_from),
        "category": c.category,
        "language": c.lang,
        "site": served_from,
        "url": url,
        "html": html,
        "expected_publisher": c.expected,
        "accept": list(c.accept),
        "credit_lines": [p.text for p in c.parts if p.credit and p.text],
        "must_keep": keep,
        "placement": c.placement,
        "note": c.note,
    }


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks, with the first three sets as overlap reference
    assert_new(rows, STORIES, EARLIER)
    for r in rows:  # null pages show no credit line; credited ones name their answer somewhere
        if r["expected_publisher"] is None:
            assert r["credit_lines"] == [], r["id"]


def main() -> None:
    write_set(OUT, "b5", CASES5, SITES5, STORIES5, render, check)


if __name__ == "__main__":
    main()
