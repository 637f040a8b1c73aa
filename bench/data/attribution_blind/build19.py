"""Generate cases_2026-12-21.jsonl, the nineteenth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build19.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth set's lists of the themes in its languages. It checks itself with the fourth
set's checks and, against all eighteen earlier sets, the open-web samples' overlap checks (by
host, by registrable domain of every site and page host, and no sentence of this set's prose on
an earlier page), and adds what this set promises: ids start with `b19-`; null pages carry no
credit line; a credited page lists its credit lines unless a dateline is its only sign; the
eighth set's mix of categories, copies about half in the table; English within 10% of half the
pages, from each of the seven English-speaking regions it samples; at least twelve other
languages, each in both halves; halves of similar size; right-to-left pages marked so.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build15  # noqa: E402
import build18  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases17 import use_local_lists  # noqa: E402
from cases19 import CASES19, SITES19  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories19 import STORIES19  # noqa: E402

OUT = HERE / "cases_2026-12-21.jsonl"
EARLIER = (*build18.EARLIER, build18.OUT.name)  # all eighteen earlier sets
STORIES = {k: v for d in STORIES19.values() for k, v in d.items()}
AUTHORS19 = {
    **build18.AUTHORS18,
    "en": ["Dana Kowalczyk", "Thandiwe Mokoena", "Anirban Gogoi", "Fiona McCallum"],
    "es": ["Itzel Ramírez", "Óscar Bautista"],
    "fr": ["Aurélie Dumont", "Grégory Lambert"],
    "de": ["Verena Hofer", "Christoph Pfurtscheller"],
    "pt": ["Inês Carvalho", "Rui Meireles"],
    "ru": ["Наталья Кузьмина", "Андрей Баранов"],
    "ar": ["فاطمة الزهراء بنعلي", "يوسف أيت حمو"],
    "ja": ["小松真由美", "佐々木拓也"],
    "zh": ["黃怡婷", "張志明"],
    "it": ["Chiara Parodi", "Davide Rossi"],
    "id": ["Nur Aini Rahmawati", "Bambang Wibisono"],
    "tr": ["Ayşe Kalyoncu", "Emre Şahin"],
    "hi": ["मीनाक्षी जोशी", "राकेश नेगी"],
    "ko": ["이수진 기자", "정민호 기자"],
}
# Public suffixes of more than one label that this set adds to the eighteenth set's list.
SUFFIXES19 = build18.SUFFIXES18 | {"org.za"}
# Credited pages whose only sign is a dateline (kept in the text).
SIGN_ONLY = {"afp-arabic-dateline-only"}
SCRIPTS = {"ru", "zh", "ja", "ar", "hi", "ko"}
RTL = {"ar"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US": {"lannercountyherald.com", "wlnr9.com", "jsonline.com", "wisconsinexaminer.com"},
    "UK and Ireland": {"cumbriavoice24.co.uk", "newsandstar.co.uk", "irelandmidlandsnews.ie"},
    "Canada": {"peaceregionpost.ca", "peacecountryfm.ca", "edmontonjournal.com"},
    "Australia and New Zealand": {
        "centralwestqldnews.com.au",
        "queenslandcountrylife.com.au",
        "kiwifarmnews.co.nz",
    },
    "Africa": {"westrandtimes24.co.za", "groundup.org.za", "accranewsbeat.com"},
    "South Asia": {"northeastnewsline24.in", "sentinelassam.com", "karachinewsline24.pk"},
    "South-East Asia": {"penangpost24.com.my"},
}


def use_nineteenth_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES19, STORIES, AUTHORS19)
    use_local_lists()
    build5.render_page5 = render_page12
    build5.page_url = build15.page_url


def render(c: Any, case_id: str, used: set[str]) -> dict[str, Any]:
    """`build5.render`, with right-to-left pages marked on the root element where a template
    does not know the language."""
    row = build5.render(c, case_id, used)
    if c.lang in RTL:
        opening = f'<html lang="{c.lang}">'
        if opening in row["html"]:
            row["html"] = row["html"].replace(opening, f'<html lang="{c.lang}" dir="rtl">', 1)
    return row


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or first sentence of the earlier sets
    old_rows = open_web.earlier_pages(EARLIER)
    open_web.assert_new_domains(rows, old_rows, SUFFIXES19)
    open_web.assert_new_prose(STORIES, old_rows)
    open_web.assert_open_web_mix(rows, other_languages=12, scripts=SCRIPTS)
    assert all(r["id"].startswith("b19-") for r in rows)
    for r in rows:
        if r["expected_publisher"] is not None and not r["credit_lines"]:
            assert r["placement"] in SIGN_ONLY, r["id"]  # a dateline is the only sign
        if r["language"] in RTL:
            assert 'dir="rtl"' in r["html"][:300], r["id"]
    english_sites = Counter(str(r["site"]) for r in rows if r["language"] == "en")
    for region, sites in REGIONS.items():
        assert sites <= set(english_sites), f"{region}: {sorted(sites - set(english_sites))}"


def main() -> None:
    use_nineteenth_set()
    write_set(OUT, "b19", CASES19, SITES19, STORIES19, render, check)


if __name__ == "__main__":
    main()
