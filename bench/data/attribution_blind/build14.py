"""Generate cases_2026-12-16.jsonl, the fourteenth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build14.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the eleventh set's
templates (everything earlier through `chrome11`), as the twelfth and thirteenth sets render
them. It checks itself with the thirteenth set's checks (the fourth set's checks, null pages
without credit lines, the eighth set's mix, copies about half in the table, English within 10%
of half the pages, every language in both halves, at least twelve other languages, the non-Latin
scripts) with all thirteen earlier sets as overlap reference (by host, by registrable domain, and
no sentence of this set's prose on an earlier page), and adds what this set promises: ids start
with `b14-`, and every credited page whose credit is visible lists at least one credit line
unless its only sign is a dateline or markup.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build13  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases14 import CASES14, SITES14  # noqa: E402
from stories14 import STORIES14  # noqa: E402

OUT = HERE / "cases_2026-12-16.jsonl"
EARLIER = (*build13.EARLIER, build13.OUT.name)  # all thirteen earlier sets
STORIES = {k: v for d in STORIES14.values() for k, v in d.items()}
AUTHORS14 = {
    **build13.AUTHORS13,
    "en": ["Harriet Pellow", "Kwesi Amponsah", "Anjali Srivastava", "Brody McAllister"],
    "es": ["Valentina Restrepo", "Andrés Quintero"],
    "de": ["Annika Terhorst", "Lukas Brinkhoff"],
    "fr": ["Manon Delvaux", "Quentin Lambotte"],
    "pt": ["Inês Carrilho", "Tiago Fontoura"],
    "ru": ["Елена Мальцева", "Павел Шестаков"],
    "zh": ["唐雨萱", "贺俊杰"],
    "ja": ["小林由紀", "松本直樹"],
    "ar": ["رنا العبادي", "محمد الخوالدة"],
    "it": ["Federica D'Alessandro", "Matteo Ciccone"],
    "id": ["Putri Ayu Lestari", "Rudi Hartono Siregar"],
    "tr": ["Elif Karadeniz", "Burak Çelebi"],
    "hi": ["प्रियंका कुमारी", "अजय कुमार झा"],
    "ko": ["강서연 기자", "윤태호 기자"],
}
# Public suffixes of more than one label that this set adds to the thirteenth set's list.
SUFFIXES14 = build13.SUFFIXES13 | {"com.co", "com.gh", "org.gh", "com.au", "net.au", "org.au"}
# Credited pages whose only sign is a dateline (kept in the text) or markup (not in it).
SIGN_ONLY = {
    "canonical-only",
    "interfax-regional-dateline",
    "ria-dateline",
    "agi-dateline",
    "dha-dateline",
}


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or first sentence of the earlier sets
    old_rows = open_web.earlier_pages(EARLIER)
    open_web.assert_new_domains(rows, old_rows, SUFFIXES14)
    open_web.assert_new_prose(STORIES, old_rows)
    assert all(r["id"].startswith("b14-") for r in rows)
    for r in rows:  # a credited page shows its credit lines, unless a dateline or markup is all
        if r["expected_publisher"] is not None and not r["credit_lines"]:
            assert r["placement"] in SIGN_ONLY, r["id"]
    open_web.assert_open_web_mix(
        rows, other_languages=12, scripts={"ar", "zh", "ja", "ko", "ru", "hi"}
    )


def main() -> None:
    open_web.use_set(SITES14, STORIES, AUTHORS14)
    write_set(OUT, "b14", CASES14, SITES14, STORIES14, build5.render, check)


if __name__ == "__main__":
    main()
