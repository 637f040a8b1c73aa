"""Generate cases_2026-12-23.jsonl, the twenty-first blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build21.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth set's lists of the themes in its languages. It checks itself with the fourth
set's checks and, against all twenty earlier sets, the open-web samples' overlap checks (by
host, by registrable domain of every site and page host, and no sentence of this set's prose on
an earlier page), and adds what this set promises: ids start with `b21-`; null pages carry no
credit line; a credited page lists its credit lines unless a dateline is its only sign; the
eighth set's mix of categories, copies about half in the table; English within 10% of half the
pages, from each of the seven English-speaking regions it samples; at least fourteen other
languages, each in both halves; halves of similar size; right-to-left pages marked so; every
wire answer in the publisher table (its three files) and no `out_of_table` spelling in any of
them.
"""

from __future__ import annotations

import sys
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build15  # noqa: E402
import build19  # noqa: E402
import build20  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from build3 import assert_new, normalize  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases17 import use_local_lists  # noqa: E402
from cases21 import CASES21, SITES21  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories21 import STORIES21  # noqa: E402

OUT = HERE / "cases_2026-12-23.jsonl"
EARLIER = (*build20.EARLIER, build20.OUT.name)  # all twenty earlier sets
STORIES = {k: v for d in STORIES21.values() for k, v in d.items()}
DATA = HERE.parent.parent.parent / "aggregator" / "data"
TABLES = ("publishers.toml", "publisher_scripts.toml", "news_agencies.toml")
AUTHORS21 = {
    **build20.AUTHORS20,
    "en": ["Brianna Stoddard", "Declan Magee", "Tendai Murwira", "Ayesha Karim"],
    "es": ["Rocío Huamaní", "Julio Ccama"],
    "fr": ["Ndèye Fatou Diallo", "Cheikh Tidiane Ba"],
    "de": ["Sabine Oberluggauer", "Markus Granig"],
    "pt": ["Sofia Madeira", "Nuno Palma"],
    "ru": ["Ольга Трофимова", "Денис Карпенко"],
    "ar": ["سلمى الهمامي", "أنيس الجلاصي"],
    "ja": ["黒木沙織", "甲斐翔太"],
    "zh": ["游佳穎", "陳冠廷"],
    "it": ["Elisa Marinozzi", "Lorenzo Cingolani"],
    "id": ["Nurhidayah Amir", "Andi Syahrul"],
    "tr": ["Gülşen Akdoğan", "Serkan Polat"],
    "pl": ["Katarzyna Malec", "Paweł Szymański"],
    "nl": ["Lotte Vandenberghe", "Pieter Declercq"],
    "vi": ["H'Linh Niê", "Trần Văn Hùng"],
}
# Public suffixes of more than one label that this set adds to the nineteenth set's list.
SUFFIXES21 = build19.SUFFIXES19 | {"com.hk", "com.sg", "com.vn", "gob.pe", "info.tn"}
# Credited pages whose only sign is a dateline (kept in the text).
SIGN_ONLY = {"app-dateline-only", "apa-dateline-typo3-author"}
SCRIPTS = {"ru", "zh", "ja", "ar"}
RTL = {"ar"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US Mountain West": {"sawtellcountyjournal.com", "kgsp8.com", "idahostatesman.com"},
    "Northern Ireland": {
        "mournecoastnews.co.uk",
        "downdistrictherald.co.uk",
        "belfastlive.co.uk",
    },
    "Atlantic Canada": {"nlnewsnow.ca", "baycountryradio.ca", "vocm.com"},
    "Tasmania and Western Australia": {
        "northwesttassie.com.au",
        "perthweekender.com.au",
        "examiner.com.au",
    },
    "Zimbabwe and South Africa": {
        "harare-insider24.com",
        "joburgheadlines24.co.za",
        "herald.co.zw",
    },
    "Pakistan": {"gilgitvoice24.com", "islamabadpost24.pk", "tribune.com.pk"},
    "Singapore and Malaysia": {"johorbahruherald.com.my", "sgcommuternews.com", "thestar.com.my"},
}


def _fold(name: str) -> str:
    """`build3.normalize`, with accents dropped too (the table ignores them)."""
    s = unicodedata.normalize("NFKD", normalize(name))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def all_table_names() -> set[str]:
    """Every name, alias and domain in the three files the table loads."""
    names: set[str] = set()
    for table in TABLES:
        for p in tomllib.loads((DATA / table).read_text(encoding="utf-8"))["publisher"]:
            for s in (p["name"], *p.get("aliases", []), *p.get("domains", [])):
                names.add(_fold(s))
    return names


def use_twenty_first_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES21, STORIES, AUTHORS21)
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
    open_web.assert_new_domains(rows, old_rows, SUFFIXES21)
    open_web.assert_new_prose(STORIES, old_rows)
    open_web.assert_open_web_mix(rows, other_languages=14, scripts=SCRIPTS)
    assert all(r["id"].startswith("b21-") for r in rows)
    names = all_table_names()
    for r in rows:
        if r["expected_publisher"] is not None and not r["credit_lines"]:
            assert r["placement"] in SIGN_ONLY, r["id"]  # a dateline is the only sign
        if r["language"] in RTL:
            assert 'dir="rtl"' in r["html"][:300], r["id"]
        if r["category"] == "wire":
            assert _fold(r["expected_publisher"]) in names, f"{r['id']}: wire not in the table"
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if _fold(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table"
    english_sites = Counter(str(r["site"]) for r in rows if r["language"] == "en")
    for region, sites in REGIONS.items():
        assert sites <= set(english_sites), f"{region}: {sorted(sites - set(english_sites))}"


def main() -> None:
    use_twenty_first_set()
    write_set(OUT, "b21", CASES21, SITES21, STORIES21, render, check)


if __name__ == "__main__":
    main()
