"""Generate cases_2026-12-22.jsonl, the twentieth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build20.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth set's lists of the themes in its languages. It checks itself with the fourth
set's checks and, against all nineteen earlier sets, the open-web samples' overlap checks (by
host, by registrable domain of every site and page host, and no sentence of this set's prose on
an earlier page), and adds what this set promises: ids start with `b20-`; null pages carry no
credit line; a credited page lists its credit lines (no page of this set has a dateline as its
only sign); the
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
import build19  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases17 import use_local_lists  # noqa: E402
from cases20 import CASES20, SITES20  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories20 import STORIES20  # noqa: E402

OUT = HERE / "cases_2026-12-22.jsonl"
EARLIER = (*build19.EARLIER, build19.OUT.name)  # all nineteen earlier sets
STORIES = {k: v for d in STORIES20.values() for k, v in d.items()}
AUTHORS20 = {
    **build19.AUTHORS19,
    "en": ["Marcus Pettaway", "Rhiannon Dale", "Sipho Ndlovu", "Kavya Raghunath"],
    "es": ["Lucía Ñancucheo", "Federico Albornoz"],
    "fr": ["Myriam Gagnon", "Étienne Bolduc"],
    "de": ["Seraina Casutt", "Reto Brunold"],
    "pt": ["Fernanda Zimmermann", "Gustavo Hillesheim"],
    "ru": ["Сардана Егорова", "Николай Слепцов"],
    "ar": ["رانيا الطراونة", "محمد النعيمات"],
    "ja": ["有村千尋", "東郷健太"],
    "zh": ["于静怡", "高振宇"],
    "it": ["Giuseppina Nicotra", "Alfio Spampinato"],
    "id": ["Rahmi Syafitri", "Doni Saputra"],
    "tr": ["Zeynep Aydoğdu", "Oğuzhan Yıldırım"],  # noqa: RUF001
    "hi": ["अंजलि झा", "संतोष मंडल"],
    "ko": ["최예린 기자", "한동훈 기자"],
}
# Public suffixes of more than one label: the nineteenth set's list covers this set's hosts.
SUFFIXES20 = build19.SUFFIXES19
# Credited pages whose only sign is a dateline (kept in the text).
SIGN_ONLY: set[str] = set()
SCRIPTS = {"ru", "zh", "ja", "ar", "hi", "ko"}
RTL = {"ar"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US": {"tallantcountyledger.com", "wmsk7.com", "eastmississippipublicradio.org"},
    "UK and Ireland": {"holdernessnews24.co.uk", "eastridingweekly.co.uk", "munsterdailynews.ie"},
    "Canada": {"northmanitobapost.ca", "prairiewindradio.ca", "winnipegfreepress.com"},
    "Australia and New Zealand": {
        "eastcoastnz24.co.nz",
        "gisborneherald.co.nz",
        "pacificweathernews.com.au",
    },
    "Africa": {"nakurudaily.co.ke", "kampalaexpress24.com", "naijadailyfeed.com"},
    "South Asia": {"bengalurubuzz24.in", "deccanherald.com", "colombonewsline.lk"},
    "South-East Asia": {"manilamorningwire.com"},
}


def use_twentieth_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES20, STORIES, AUTHORS20)
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
    open_web.assert_new_domains(rows, old_rows, SUFFIXES20)
    open_web.assert_new_prose(STORIES, old_rows)
    open_web.assert_open_web_mix(rows, other_languages=12, scripts=SCRIPTS)
    assert all(r["id"].startswith("b20-") for r in rows)
    for r in rows:
        if r["expected_publisher"] is not None and not r["credit_lines"]:
            assert r["placement"] in SIGN_ONLY, r["id"]  # a dateline is the only sign
        if r["language"] in RTL:
            assert 'dir="rtl"' in r["html"][:300], r["id"]
    english_sites = Counter(str(r["site"]) for r in rows if r["language"] == "en")
    for region, sites in REGIONS.items():
        assert sites <= set(english_sites), f"{region}: {sorted(sites - set(english_sites))}"


def main() -> None:
    use_twentieth_set()
    write_set(OUT, "b20", CASES20, SITES20, STORIES20, render, check)


if __name__ == "__main__":
    main()
