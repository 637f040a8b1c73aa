"""Generate cases_2026-12-20.jsonl, the eighteenth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build18.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth set's lists of the themes in its languages. It checks itself with the fourth
set's checks and, against all seventeen earlier sets, the open-web samples' overlap checks (by
host, by registrable domain of every site and page host, and no sentence of this set's prose on
an earlier page), and adds what this set promises: ids start with `b18-`; null pages carry no
credit line; a credited page lists its credit lines unless a dateline is its only sign; the
eighth set's mix of categories, copies about half in the table; English within 10% of half the
pages, from each of the six English-speaking regions it samples; at least twelve other
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
import build17  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases17 import use_local_lists  # noqa: E402
from cases18 import CASES18, SITES18  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories18 import STORIES18  # noqa: E402

OUT = HERE / "cases_2026-12-20.jsonl"
EARLIER = (*build17.EARLIER, build17.OUT.name)  # all seventeen earlier sets
STORIES = {k: v for d in STORIES18.values() for k, v in d.items()}
AUTHORS18 = {
    **build17.AUTHORS17,
    "en": ["Corinne Vaughan", "Emeka Nwosu", "Priyanka Deshmukh", "Lachlan Burke"],
    "es": ["Andrea Patiño", "Julián Camargo"],
    "de": ["Frauke Jensen", "Hauke Carstensen"],
    "fr": ["Mathilde Bousquet", "Julien Cayla"],
    "pt": ["Larissa Cavalcanti", "Everton Lins"],
    "ru": ["Ольга Рябинина", "Сергей Лукин"],
    "ja": ["西村彩花", "岡本大輔"],
    "zh": ["潘晓燕", "朱建国"],
    "ar": ["منى عبد الرازق", "كريم السيد"],
    "it": ["Maria Grazia Pisano", "Ignazio Murgia"],
    "id": ["Yuliana Rengga", "Fransiskus Gale"],
    "tr": ["Zeynep Demirtaş", "Serkan Oral"],
    "hi": ["प्रियंका राठौर", "दिनेश सोनी"],
    "ko": ["강민지 기자", "오현수 기자"],
    "pl": ["Agnieszka Bieszk", "Tomasz Formela"],
}
# Public suffixes of more than one label that this set adds to the seventeenth set's list.
SUFFIXES18 = build17.SUFFIXES17 | {"co.nz"}
# Credited pages whose only sign is a dateline (kept in the text).
SIGN_ONLY = {"tass-dateline-only", "mena-dateline-only", "uni-varta-dateline-only"}
SCRIPTS = {"ru", "zh", "ja", "ar", "hi", "ko"}
RTL = {"ar"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US": {"carrowfallsleader.com", "wcoh12.com", "ohiocapitaljournal.com", "wsaz.com"},
    "UK and Ireland": {"northwalesnow.co.uk", "cambrian-news.co.uk", "southeastirelandtoday.ie"},
    "Canada": {"southshore-beacon.ca", "coastfm-ns.ca", "saltwire.com"},
    "Australia and New Zealand": {
        "riverlandrecorder.com.au",
        "indaily.com.au",
        "kiwinewsroundup.co.nz",
    },
    "Africa": {"kogireporters.com", "dailytrust.com", "eastafricadailybrief.co.ke"},
    "South Asia": {"nagpurtoday24.in", "thehitavada.com", "lahorelens24.pk"},
}


def use_eighteenth_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES18, STORIES, AUTHORS18)
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
    open_web.assert_new_domains(rows, old_rows, SUFFIXES18)
    open_web.assert_new_prose(STORIES, old_rows)
    open_web.assert_open_web_mix(rows, other_languages=12, scripts=SCRIPTS)
    assert all(r["id"].startswith("b18-") for r in rows)
    for r in rows:
        if r["expected_publisher"] is not None and not r["credit_lines"]:
            assert r["placement"] in SIGN_ONLY, r["id"]  # a dateline is the only sign
        if r["language"] in RTL:
            assert 'dir="rtl"' in r["html"][:300], r["id"]
    english_sites = Counter(str(r["site"]) for r in rows if r["language"] == "en")
    for region, sites in REGIONS.items():
        assert sites <= set(english_sites), f"{region}: {sorted(sites - set(english_sites))}"


def main() -> None:
    use_eighteenth_set()
    write_set(OUT, "b18", CASES18, SITES18, STORIES18, render, check)


if __name__ == "__main__":
    main()
