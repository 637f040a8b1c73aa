"""Generate cases_2026-12-18.jsonl, the sixteenth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build16.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template). It
checks itself with the fifteenth set's checks (the fourth set's checks, null pages without
credit lines, the eighth set's mix, copies about half in the table, English within 10% of half
the pages, every language in both halves, the non-Latin scripts) with all fifteen earlier sets
as overlap reference (by host, by registrable domain of every site and page host, and no
sentence of this set's prose on an earlier page), and adds what this set promises: ids start
with `b16-`, at least thirteen other languages, a credited page lists its credit lines unless a
dateline or a canonical link is its only sign, and the kinds of sites it samples (chain papers,
TV and radio stations, partner portals and aggregators, release portals, university and NGO
pages) each carry at least three pages.
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
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases16 import CASES16, SITES16  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories16 import STORIES16  # noqa: E402

OUT = HERE / "cases_2026-12-18.jsonl"
EARLIER = (*build15.EARLIER, build15.OUT.name)  # all fifteen earlier sets
STORIES = {k: v for d in STORIES16.values() for k, v in d.items()}
AUTHORS16 = {
    **build15.AUTHORS15,
    "en": ["Tess Nordquist", "Ravi Menon", "Ama Boateng", "Calum Ferguson"],
    "es": ["Uxía Castro", "Brais Lema"],
    "de": ["Wiebke Hartmann", "Jannik Lüders"],
    "fr": ["Céline Muller", "Thomas Schaeffer"],
    "pt": ["Juliana Kowalski", "Rafael Stresser"],
    "ru": ["Алсу Галиева", "Ринат Закиров"],
    "zh": ["韦晓宁", "黄志强"],
    "ja": ["小林由紀", "佐藤健太"],
    "ar": ["فاطمة الزهراء أمزيان", "يوسف أوحساين"],
    "it": ["Giulia Fontana", "Stefano Zanella"],
    "id": ["Rini Marlina", "Fadli Syahputra"],
    "tr": ["Elif Karaca", "Murat Şen"],
    "hi": ["अनुराधा कुमारी", "संजीव झा"],
    "ko": ["박상철 기자", "김은지 기자"],
}
# Public suffixes of more than one label that this set adds to the fifteenth set's list.
SUFFIXES16 = build15.SUFFIXES15 | {"edu.gh", "co.uk"}
# Credited pages whose only sign is a dateline (kept in the text) or a canonical link.
SIGN_ONLY = {"ap-dateline-only", "gna-dateline-only", "canonical-only"}
# The kinds of sites this set samples more than the earlier ones, by site key.
KINDS = {
    "chain paper": {
        "harlanferryherald.com",
        "cedarvalleydispatch.com",
        "tamacountyledger.com",
        "tiftonsentinel.com",
        "clydecoastlive.co.uk",
        "kintyrecourier.co.uk",
        "desmoinesregister.com",
        "dailyrecord.co.uk",
        "heraldscotland.com",
        "wesendorfer-allgemeine.de",
        "arnela-diario.es",
        "republicain-lorrain.fr",
        "corrierealpi.it",
    },
    "tv or radio": {
        "kcrq9.com",
        "wtgv10.com",
        "wfxa-southga.com",
        "cedarriverpublicradio.org",
        "kcci.com",
    },
    "portal or aggregator": {
        "dailyviewhub.com",
        "newsnookportal.com",
        "newsbriefly.app",
        "niigata-news-portal.net",
    },
    "release portal": {
        "industrialreleasewire.com",
        "southeastplantreport.com",
        "businesswire.com",
    },
    "university or ngo": {
        "northernsavannahuniversity.edu.gh",
        "tiftonstate.edu",
        "netsforchildren.org",
        "iowariverkeepers.org",
    },
}


def use_sixteenth_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES16, STORIES, AUTHORS16)
    build5.render_page5 = render_page12
    build5.page_url = build15.page_url


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or first sentence of the earlier sets
    old_rows = open_web.earlier_pages(EARLIER)
    open_web.assert_new_domains(rows, old_rows, SUFFIXES16)
    open_web.assert_new_prose(STORIES, old_rows)
    assert all(r["id"].startswith("b16-") for r in rows)
    for r in rows:  # a credited page shows its credit lines, unless a dateline or link is all
        if r["expected_publisher"] is not None and not r["credit_lines"]:
            assert r["placement"] in SIGN_ONLY, r["id"]
    open_web.assert_open_web_mix(
        rows, other_languages=13, scripts={"ar", "zh", "ja", "ko", "ru", "hi"}
    )
    pages = Counter(str(r["site"]) for r in rows)
    for kind, sites in KINDS.items():
        assert sites <= set(pages), (kind, sorted(sites - set(pages)))
        assert sum(pages[s] for s in sites) >= 3, kind


def main() -> None:
    use_sixteenth_set()
    write_set(OUT, "b16", CASES16, SITES16, STORIES16, build5.render, check)


if __name__ == "__main__":
    main()
