"""Generate cases_2026-12-11.jsonl, the ninth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build9.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render` (through the eighth set's wiring), given this set's sites, stories,
authors and templates (JNews and an RSS reader's entry view added in `chrome9`). It checks
itself with the eighth set's checks (the fourth set's checks, null pages without credit lines,
the mix: about 35% credited copies half in the table, 25% wire copy, 10% own pages, 30% other
null pages) with all eight earlier sets as overlap reference (`build3.assert_new`), and asks for
eight languages besides English, none of the eighth set's, in four or more scripts.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build6  # noqa: E402
import build8  # noqa: E402
from build import slugify, write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases9 import CASES9, SITES9  # noqa: E402
from chrome9 import render_page9  # noqa: E402
from stories9 import STORIES9  # noqa: E402

OUT = HERE / "cases_2026-12-11.jsonl"
EARLIER = (*build8.EARLIER, build8.OUT.name)  # all eight earlier sets
EIGHTH_LANGS = {"fr", "es", "de", "pt", "ar", "hi", "ru", "zh", "ja"}
STORIES = {k: v for d in STORIES9.values() for k, v in d.items()}
AUTHORS9 = {
    **build8.AUTHORS8,
    "en": [
        "Rosalind Achterberg",
        "Kwabena Holloway-Pratt",
        "Saoirse Danjuma",
        "Elliot Varga-Mensah",
    ],
    "it": ["Benedetta Caprioli", "Lorenzo Vitali"],
    "tr": ["Elif Karakaya", "Burak Soydan"],
    "id": ["Ayu Lestari", "Hendra Saputro"],
    "pl": ["Agnieszka Wróbel", "Paweł Zając"],
    "ko": ["정하늘", "이도윤"],
    "fa": ["مریم کاظمی", "علی رضایی"],
    "bn": ["শারমিন আক্তার", "তানভীর হাসান"],
    "el": ["Ελένη Μαυρίδου", "Νίκος Σταθόπουλος"],
}


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    slug = slugify(title) or f"{n % 899_999 + 100_000}"
    if chrome == "jnews":  # WordPress with year/month/post name, as JNews sites often set it
        return f"https://{host}/{ymd[0]}/{ymd[1]:02d}/{slug[:60].rstrip('-')}/"
    if chrome == "reader":  # the reader's entry id
        return f"https://{host}/entry/{n % 90_000_000 + 10_000_000}"
    return build8.page_url(chrome, host, title, ymd, n)


def use_ninth_set() -> None:
    """Point the fifth set's renderer at this set's data and templates (read as globals)."""
    build5.SITES5 = SITES9
    build5.STORIES = STORIES
    build5.AUTHORS5 = AUTHORS9
    build5.render_page5 = render_page9
    build5.page_url = page_url
    build6.STORIES = STORIES


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or story of any of the eight earlier sets
    for r in rows:
        if r["expected_publisher"] is None:
            assert r["credit_lines"] == [], r["id"]
    cats = Counter(str(r["category"]) for r in rows)
    for group, (members, low, high) in build8.MIX.items():
        share = sum(cats[c] for c in members) / len(rows)
        assert low <= share <= high, f"{group}: {share:.2f} of the pages"
    copies = [r for r in rows if r["category"] in ("in_table", "out_of_table")]
    inside = sum(r["category"] == "in_table" for r in copies)
    assert abs(2 * inside - len(copies)) <= 0.2 * len(copies), "copies: half in the table"
    langs = {str(r["language"]) for r in rows} - {"en"}
    assert len(langs) >= 8, sorted(langs)
    assert not langs & EIGHTH_LANGS, "languages of the eighth set"
    assert {"ko", "fa", "bn", "el"} <= langs, "non-Latin scripts"
    halves = Counter(str(r["half"]) for r in rows)
    assert abs(halves["tune"] - halves["check"]) <= 0.3 * len(rows), halves


def main() -> None:
    use_ninth_set()
    write_set(OUT, "b9", CASES9, SITES9, STORIES9, build5.render, check)


if __name__ == "__main__":
    main()
