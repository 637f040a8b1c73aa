"""Generate cases_2026-12-08.jsonl, the sixth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build6.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories, authors and templates (Blogger and
Ghost added in `chrome6`). It checks itself before writing with the fourth set's checks
(`build4.check`: credit lines and must_keep sentences in the visible text, none containing a
credit line, halves by site, table outlets in the table and others outside it, at least 30% null
pages) and with all five earlier sets as the overlap reference: no site and no story of theirs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
from build import slugify, write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases6 import CASES6, SITES6  # noqa: E402
from chrome6 import render_page6  # noqa: E402
from stories6 import STORIES6  # noqa: E402

OUT = HERE / "cases_2026-12-08.jsonl"
EARLIER = (*build5.EARLIER, build5.OUT.name)  # the five earlier sets
PAGE_URL5 = build5.page_url  # the fifth set's addresses, kept before use_sixth_set() replaces it
STORIES = {k: v for d in STORIES6.values() for k, v in d.items()}
AUTHORS6 = {
    **build5.AUTHORS5,
    "en": [
        "Harriet Ashdown",
        "Kofi Brennan-Mensah",
        "Ilse Marchetti",
        "Rowan Teague",
        "Zainab Lowther",
    ],
    "de": ["Friederike Almstadt", "Kilian Reuschel"],
    "fr": ["Ombeline Castagnac", "Yannick Peyrelade"],
    "es": ["Remedios Alcubilla", "Iñaki Sarasola"],
    "it": ["Benedetta Zanoletti", "Guido Ferrazzani"],
    "pt": ["Leonor Quaresma", "Duarte Valadares"],
    "nl": ["Femke Wijnbergen", "Ruud Hagelstein"],
    "pl": ["Zofia Kędzierska", "Bartosz Wilkoń"],
    "sv": ["Linnea Bergkvist", "Oskar Hallgren"],
    "fi": ["Aino Kettunen", "Ville Rautiainen"],
    "da": ["Mette Skovgaard", "Rasmus Vestergaard"],
    "vi": ["Trần Minh Châu", "Đỗ Hoàng Long"],
    "el": ["Ελένη Παπαδάκη", "Γιάννης Σταυρίδης"],
}


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    y, m, _ = ymd
    slug = slugify(title) or f"{n % 899_999 + 100_000}"
    if chrome == "blogger":  # Blogger: /year/month/slug.html
        return f"https://{host}/{y}/{m:02d}/{slug[:40].rstrip('-')}.html"
    if chrome == "ghost":  # Ghost: /slug/
        return f"https://{host}/{slug}/"
    return PAGE_URL5(chrome, host, title, ymd, n)


def use_sixth_set() -> None:
    """Point the fifth set's renderer at this set's data and templates (read as globals)."""
    build5.SITES5 = SITES6
    build5.STORIES = STORIES
    build5.AUTHORS5 = AUTHORS6
    build5.render_page5 = render_page6
    build5.page_url = page_url


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks, with the first three sets as overlap reference
    assert_new(rows, STORIES, EARLIER)
    for r in rows:
        if r["expected_publisher"] is None:
            assert r["credit_lines"] == [], r["id"]
    nulls = sum(r["expected_publisher"] is None for r in rows)
    assert nulls >= 0.4 * len(rows), f"only {nulls} of {len(rows)} pages are null (aim: about 45%)"


def main() -> None:
    use_sixth_set()
    write_set(OUT, "b6", CASES6, SITES6, STORIES6, build5.render, check)


if __name__ == "__main__":
    main()
