"""Generate cases_2026-12-24.jsonl, the twenty-second blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build22.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth set's lists of the themes in its languages and a Malay one. It checks itself
with the fourth set's checks and, against all twenty earlier sets, the open-web samples' overlap
checks (by host, by registrable domain of every site and page host, and no sentence of this
set's prose on an earlier page), and adds what this set promises: ids start with `b22-`; null
pages carry no credit line; a credited page lists its credit lines (no page of this set has a
dateline as its only sign); no `out_of_table` spelling in any of the three table files; the
eighth set's mix of categories, copies about half in the table; English within 10% of half the
pages, from each of the seven English-speaking regions it samples; at least thirteen other
languages, each in both halves; halves of similar size; right-to-left pages marked so.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build15  # noqa: E402
import build20  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from cases22 import CASES22, SITES22, use_local_lists22  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories22 import STORIES22  # noqa: E402

OUT = HERE / "cases_2026-12-24.jsonl"
# All twenty earlier sets (the twenty-first is being written at the same time and is not here).
EARLIER = (*build20.EARLIER, build20.OUT.name)
STORIES = {k: v for d in STORIES22.values() for k, v in d.items()}
AUTHORS22 = {
    **build20.AUTHORS20,
    "en": ["Tamsin Reilly", "Obinna Chukwu", "Graham Whitlock", "Shreya Adhikari"],
    "es": ["Rosario Huamán", "Joaquín Llerena"],
    "fr": ["Aminata Koné", "Serge Ekotto"],
    "de": ["Susann Tröger", "Maik Uhlig"],
    "pt": ["Antônia Bezerra", "Raimundo Sampaio"],
    "it": ["Federica Bonomelli", "Stefano Archetti"],
    "uk": ["Марія Попович", "Віктор Гайдош"],
    "ar": ["زينب الموسوي", "حيدر العيداني"],
    "ja": ["高橋奈緒", "吉田拓海"],
    "ko": ["송민지 기자", "오태윤 기자"],
    "zh": ["梁晓彤", "何志伟"],
    "hi": ["रेखा भाटी", "महेंद्र सोनी"],
    "bn": ["মাহমুদা আক্তার", "রফিকুল ইসলাম"],
    "ms": ["Nur Syafiqah Rosli", "Wan Ahmad Faizal"],
    "th": ["สุดารัตน์ ศรีบุญเรือง", "ธนพล แก้วมณี"],
}
# Public suffixes of more than one label: the twentieth set's list and Trinidad and Tobago's.
SUFFIXES22 = build20.SUFFIXES20 | {"co.tt"}
SCRIPTS = {"uk", "zh", "ja", "ar", "hi", "ko", "bn", "th"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US (Florida)": {
        "wmcv9.com",
        "suncoastpublicmedia.org",
        "manateecoveherald.com",
        "tampabay.com",
    },
    "English Midlands": {
        "potteriesvoice24.co.uk",
        "staffordshireweekly.co.uk",
        "stokesentinel.co.uk",
    },
    "British Columbia and Alberta": {
        "kootenaylakenews.ca",
        "albertaroadsnow.com",
        "nelsonstar.com",
    },
    "Tasmania": {"westcoasttasnews.com.au", "aquaculturewatch.com.au", "themercury.com.au"},
    "Zimbabwe, Malawi, Nigeria": {
        "harareheadlines24.com",
        "blantyrebriefing.com",
        "lagosnewsroll.com",
    },
    "Nepal and Bangladesh": {
        "kathmanduherald24.com",
        "dhakabusinessline24.com",
        "kathmandupost.com",
    },
    "Caribbean": {"portofspainpost24.com", "barbadosdailywire.com", "newsday.co.tt"},
}


def use_twenty_second_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES22, STORIES, AUTHORS22)
    use_local_lists22()
    build5.render_page5 = render_page12
    build5.page_url = build15.page_url


def check(rows: list[dict[str, Any]]) -> None:
    open_web.check_open_web_set(
        rows,
        prefix="b22",
        stories=STORIES,
        earlier=EARLIER,
        suffixes=SUFFIXES22,
        other_languages=13,
        scripts=SCRIPTS,
        regions=REGIONS,
    )


def main() -> None:
    use_twenty_second_set()
    write_set(OUT, "b22", CASES22, SITES22, STORIES22, open_web.render_rtl, check)


if __name__ == "__main__":
    main()
