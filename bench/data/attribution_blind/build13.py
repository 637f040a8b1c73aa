"""Generate cases_2026-12-15.jsonl, the thirteenth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build13.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the eleventh set's
templates (everything earlier through `chrome11`), as the twelfth set renders them. It checks
itself with the twelfth set's checks (the fourth set's checks, null pages without credit lines,
the eighth set's mix, copies about half in the table, English within 10% of half the pages,
every language in both halves) with all twelve earlier sets as overlap reference (by host, by
registrable domain, and no sentence of this set's prose on an earlier page), and adds what this
set promises: at least twelve other languages, Hindi among the non-Latin scripts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build12  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases13 import CASES13, SITES13  # noqa: E402
from stories13 import STORIES13  # noqa: E402

OUT = HERE / "cases_2026-12-15.jsonl"
EARLIER = (*build12.EARLIER, build12.OUT.name)  # all twelve earlier sets
STORIES = {k: v for d in STORIES13.values() for k, v in d.items()}
AUTHORS13 = {
    **build12.AUTHORS12,
    "en": ["Marguerite Ellison", "Obinna Chukwuma", "Rhea Kulkarni", "Travis Oldenkamp"],
    "es": ["Montserrat Cabezas", "Julián Carrasco"],
    "de": ["Wiebke Harms", "Jannik Brüggemann"],
    "fr": ["Camille Bousquet", "Thibault Cazals"],
    "pt": ["Luciana Bortolini", "Everton Schmitt"],
    "ru": ["Анна Вершинина", "Игорь Толмачёв"],
    "zh": ["陈思远", "王晓琳"],
    "ja": ["佐々木美穂", "工藤拓也"],
    "ar": ["فاطمة الكعبي", "سعيد النعيمي"],
    "it": ["Chiara Benedetti", "Stefano Gualtieri"],
    "id": ["Nur Aisyah", "Fajar Nugroho"],
    "tr": ["Ayşe Korkmaz", "Emre Taşdelen"],
    "hi": ["सुनीता शर्मा", "महेंद्र सिंह राठौड़"],
    "ko": ["최유리 기자", "박지훈 기자"],
}
# Public suffixes of more than one label that this set adds to the twelfth set's list.
SUFFIXES13 = build12.SUFFIXES12 | {"com.ng", "co.ke", "com.mx", "com.br", "co.kr", "co.jp"}


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or first sentence of the earlier sets
    old_rows = open_web.earlier_pages(EARLIER)
    open_web.assert_new_domains(rows, old_rows, SUFFIXES13)
    open_web.assert_new_prose(STORIES, old_rows)
    assert all(r["id"].startswith("b13-") for r in rows)
    open_web.assert_open_web_mix(
        rows, other_languages=12, scripts={"ar", "zh", "ja", "ko", "ru", "hi"}
    )


def main() -> None:
    open_web.use_set(SITES13, STORIES, AUTHORS13)
    write_set(OUT, "b13", CASES13, SITES13, STORIES13, build5.render, check)


if __name__ == "__main__":
    main()
