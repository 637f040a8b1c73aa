# ruff: noqa: RUF001
"""Generate cases_2026-12-14.jsonl, the twelfth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build12.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the eleventh set's
templates (everything earlier through `chrome11`). It checks itself with the eleventh set's
checks where they apply (the fourth set's checks, null pages without credit lines, the eighth
set's mix, copies about half in the table) with all eleven earlier sets as overlap reference
(by host, by registrable domain, and no sentence of this set's prose in an earlier page), and
adds what this set promises: about half English, at least ten other languages, every language
in both halves.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build11  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases12 import CASES12, SITES12  # noqa: E402
from stories12 import STORIES12  # noqa: E402

OUT = HERE / "cases_2026-12-14.jsonl"
EARLIER = (*build11.OVERLAP, build11.OUT.name)  # all eleven earlier sets
STORIES = {k: v for d in STORIES12.values() for k, v in d.items()}
AUTHORS12 = {
    **build11.AUTHORS11,
    "en": ["Colleen Marchbanks", "Desmond Achebe-Ruiz", "Trudy Halvorsen"],
    "es": ["Encarnación Vidal", "Rodrigo Almansa"],
    "de": ["Theresa Kohlhaas", "Benedikt Sauerbrey"],
    "fr": ["Apolline Vercoutre", "Baptiste Lhomond"],
    "pt": ["Rosângela Parreira", "Otávio Bittencourt"],
    "ru": ["Ольга Зимина", "Артём Кудрявцев"],
    "zh": ["许佳怡", "罗振华"],
    "ja": ["山口真由", "岡本大輔"],
    "ar": ["سلمى الحوسني", "خالد المزروعي"],
    "it": ["Martina Zanchetta", "Luca Bortolami"],
    "id": ["Dewi Lestari Putri", "Agus Setiawan"],
    "tr": ["Buse Yalçınkaya", "Onur Demirtaş"],
    "ko": ["이수진 기자", "정민재 기자"],
}
# Public suffixes of more than one label that this set adds to the eleventh set's list.
SUFFIXES12 = build11.MULTI_SUFFIXES | {"org.eg", "com.au", "co.ke", "blog.jp"}


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or first sentence of the earlier sets
    old_rows = open_web.earlier_pages(EARLIER)
    open_web.assert_new_domains(rows, old_rows, SUFFIXES12, page_hosts=False)
    open_web.assert_new_prose(STORIES, old_rows)
    open_web.assert_open_web_mix(rows, other_languages=10, scripts={"ar", "zh", "ja", "ko", "ru"})


def main() -> None:
    open_web.use_set(SITES12, STORIES, AUTHORS12)
    write_set(OUT, "b12", CASES12, SITES12, STORIES12, build5.render, check)


if __name__ == "__main__":
    main()
