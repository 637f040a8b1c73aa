"""Generate cases_2026-12-26.jsonl, the twenty-fourth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build24.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth and twenty-second sets' lists of the themes in its languages. It checks itself
with the fourth set's checks and, against all twenty-three earlier sets, the open-web samples'
overlap checks (by host, by registrable domain of every site and page host, and no sentence of this
set's prose on an earlier page), and adds what this set promises: ids start with `b24-`; null
pages carry no credit line; a credited page lists its credit lines (no page of this set has a
dateline as its only sign); no `out_of_table` spelling in any of the three table files; the
eighth set's mix of categories, copies about half in the table; English within 10% of half the
pages, from each of the seven English-speaking regions it samples; at least twelve other
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
import build23  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from cases24 import CASES24, SITES24, use_local_lists24  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories24 import STORIES24  # noqa: E402

OUT = HERE / "cases_2026-12-26.jsonl"
# All twenty-three earlier sets.
EARLIER = (*build23.EARLIER, build23.OUT.name)
STORIES = {k: v for d in STORIES24.values() for k, v in d.items()}
AUTHORS24 = {
    **build23.AUTHORS23,
    "en": ["Delfina Archuleta", "Rhodri Bevan", "Niamh Conneely", "Okello Baguma"],
    "es": ["Florencia Olivera", "Gonzalo Techera"],
    "fr": ["Séverine Bonvin", "Nicolas Salamin"],
    "de": ["Verena Bitschnau", "Lukas Mathies"],
    "pt": ["Filomena Bettencourt", "Duarte Azevedo"],
    "ru": ["Татьяна Шилова", "Андрей Бобров"],
    "ja": ["松浦沙耶", "新谷大輔"],
    "zh": ["马秀兰", "何永强"],
    "ar": ["فاطمة الزهراء أوبلا", "يوسف إدبركة"],
    "it": ["Anna Maria Greco", "Donato Spedicato"],
    "pl": ["Agnieszka Rydzewska", "Krzysztof Wasilewski"],
    "nl": ["Marieke Dijkhuis", "Sjoerd Wiersma"],
    "vi": ["Tôn Nữ Minh Thư", "Hoàng Văn Phước"],
}
# Public suffixes of more than one label: the twenty-third set's list, and those of Uruguay.
SUFFIXES24 = build23.SUFFIXES23 | {"com.uy"}
SCRIPTS = {"ru", "zh", "ja", "ar"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US (New Mexico)": {"ruidosomountainnews.com", "kxnm7.com", "abqjournal.com"},
    "UK (Pembrokeshire)": {
        "pembrokeshirenow24.co.uk",
        "havenwaterwaysnews.co.uk",
        "westerntelegraph.co.uk",
    },
    "Ireland (Galway)": {"galwaybaydaily.ie", "connemararadio24.ie", "connachttribune.ie"},
    "Canada (New Brunswick)": {"miramichinow24.ca", "nbriverradio.ca", "tj.news"},
    "Australia (Far North Queensland)": {
        "cairnsdailybrief.com.au",
        "tablelandstoday24.com.au",
        "cairnspost.com.au",
    },
    "Guyana": {"demeraracoast24.com", "guyanafarmersdigest.com", "stabroeknews.com"},
    "Uganda (Rwenzori)": {"rwenzorinews24.co.ug", "kaseseupdate.com", "monitor.co.ug"},
}


def use_twenty_fourth_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES24, STORIES, AUTHORS24)
    use_local_lists24()
    build5.render_page5 = render_page12
    build5.page_url = build15.page_url


def check(rows: list[dict[str, Any]]) -> None:
    open_web.check_open_web_set(
        rows,
        prefix="b24",
        stories=STORIES,
        earlier=EARLIER,
        suffixes=SUFFIXES24,
        other_languages=12,
        scripts=SCRIPTS,
        regions=REGIONS,
    )


def main() -> None:
    use_twenty_fourth_set()
    write_set(OUT, "b24", CASES24, SITES24, STORIES24, open_web.render_rtl, check)


if __name__ == "__main__":
    main()
