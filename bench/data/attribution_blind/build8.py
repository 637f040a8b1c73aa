"""Generate cases_2026-12-10.jsonl, the eighth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build8.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render` (through the seventh set's wiring), given this set's sites, stories,
authors and templates (tagDiv Newspaper and a local portal added in `chrome8`). It checks itself
with the seventh set's checks (`build7.check` without its wire-heavy mix: the fourth set's
checks, no site or story of the earlier sets, null pages without credit lines) and again with the
seventh set as overlap reference (`build3.assert_new`), so no site and no story of any of the
seven earlier sets; and it asks for the mix this set aims at (about 35% credited copies, 25% wire
copy, 10% own pages, 30% other null pages, eight languages besides English, non-Latin scripts).
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
import build7  # noqa: E402
from build import slugify, write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases8 import CASES8, SITES8  # noqa: E402
from chrome8 import render_page8  # noqa: E402
from stories8 import STORIES8  # noqa: E402

OUT = HERE / "cases_2026-12-10.jsonl"
EARLIER = (*build7.EARLIER, build7.OUT.name)  # all seven earlier sets
PAGE_URL7 = build7.page_url
STORIES = {k: v for d in STORIES8.values() for k, v in d.items()}
AUTHORS8 = {
    **build7.AUTHORS7,
    "en": ["Philippa Marchbank", "Tendai Oyelaran-Frost", "Yusuf Kellaway", "Ines Halvorsen-Reid"],
    "fr": ["Capucine Delorme", "Gaspard Montagnac"],
    "es": ["Nieves Carrasco", "Joaquín Urrutia"],
    "de": ["Wiebke Harmsen", "Lorenz Achternbusch"],
    "pt": ["Marília Teixeira", "Otávio Rangel"],
    "ar": ["هالة الشامي", "يوسف الدباغ"],
    "hi": ["सुनीता रावत", "मनोज बिष्ट"],
    "ru": ["Ольга Берестова", "Глеб Ракитин"],
    "zh": ["刘晓燕", "孙建国"],
    "ja": ["小林真由", "山本翔太"],
}
# The mix this set aims at: category group -> (low, high) share of all pages.
MIX = {
    "copies": (("in_table", "out_of_table"), 0.30, 0.40),
    "wire": (("wire",), 0.20, 0.30),
    "own": (("own_page",), 0.08, 0.13),
    "null": (("negative_mention", "negative_caption", "no_credit"), 0.25, 0.35),
}


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    slug = slugify(title) or f"{n % 899_999 + 100_000}"
    if chrome == "tagdiv":  # WordPress with the post name only, as most tagDiv sites set it
        return f"https://{host}/{slug[:60].rstrip('-')}/"
    if chrome == "localportal":  # /news/local/<slug>-<id>
        return f"https://{host}/news/local/{slug[:50].rstrip('-')}-{n % 9_000_000 + 1_000_000}"
    return PAGE_URL7(chrome, host, title, ymd, n)


def use_eighth_set() -> None:
    """Point the fifth set's renderer at this set's data and templates (read as globals)."""
    build5.SITES5 = SITES8
    build5.STORIES = STORIES
    build5.AUTHORS5 = AUTHORS8
    build5.render_page5 = render_page8
    build5.page_url = page_url
    build6.STORIES = STORIES


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or story of any of the seven earlier sets
    for r in rows:
        if r["expected_publisher"] is None:
            assert r["credit_lines"] == [], r["id"]
    cats = Counter(str(r["category"]) for r in rows)
    for group, (members, low, high) in MIX.items():
        share = sum(cats[c] for c in members) / len(rows)
        assert low <= share <= high, f"{group}: {share:.2f} of the pages"
    copies = [r for r in rows if r["category"] in ("in_table", "out_of_table")]
    inside = sum(r["category"] == "in_table" for r in copies)
    assert abs(2 * inside - len(copies)) <= 0.2 * len(copies), "copies: half in the table"
    langs = {str(r["language"]) for r in rows} - {"en"}
    assert len(langs) >= 8, sorted(langs)
    assert {"ar", "hi", "ru", "zh", "ja"} <= langs, "non-Latin scripts"


def main() -> None:
    use_eighth_set()
    write_set(OUT, "b8", CASES8, SITES8, STORIES8, build5.render, check)


if __name__ == "__main__":
    main()
