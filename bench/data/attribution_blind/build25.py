"""Generate cases_2026-12-27.jsonl, the twenty-fifth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build25.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth and twenty-second sets' lists of the themes in its languages. It checks itself
with `open_web.check_open_web_set`: the fourth set's checks and, against all twenty-four earlier
sets, the open-web samples' overlap checks (by host, by registrable domain of every site and page
host, and no sentence of this set's prose on an earlier page), and what this set promises: ids
start with `b25-`; null pages carry no credit line; a credited page lists its credit lines (no
page of this set has a dateline as its only sign); no `out_of_table` spelling in any of the three
table files; the eighth set's mix of categories, copies about half in the table; English within
10% of half the pages, from each of the seven English-speaking regions it samples; at least
thirteen other languages, each in both halves; halves of similar size; right-to-left pages
marked so.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build15  # noqa: E402
import build24  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from cases25 import CASES25, SITES25, use_local_lists25  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories25 import STORIES25  # noqa: E402

OUT = HERE / "cases_2026-12-27.jsonl"
# All twenty-four earlier sets.
EARLIER = (*build24.EARLIER, build24.OUT.name)
STORIES = {k: v for d in STORIES25.values() for k, v in d.items()}
AUTHORS25 = {
    **build24.AUTHORS24,
    "en": ["Corinne Baraw", "Hazel Robson", "Siobhán Cronin", "Wezzie Mhango"],
    "es": ["Marcela Soto", "Rodrigo Levicán"],
    "fr": ["Gwenaëlle Le Bihan", "Yann Kerhervé"],
    "de": ["Franziska Wechs", "Matthias Zengerle"],
    "pt": ["Jéssica Picanço", "Raimundo Nonato Tavares"],
    "ru": ["Наталья Горбунова", "Сергей Кузьмин"],
    "ja": ["佐藤千尋", "菊池健太"],
    "zh": ["杨秀梅", "吴国华"],
    "ar": ["مريم بنت سعيد الكثيرية", "أحمد بن محمد المعشني"],
    "it": ["Chiara De Crignis", "Marco Screm"],
    "ko": ["박지현", "최민수"],
    "tr": ["Elif Kalafatoğlu", "Murat Hopalı"],  # noqa: RUF001
    "id": ["Nurul Hidayati", "Muhammad Ikhsan"],
    "hi": ["सुनीता ठाकुर", "राकेश कटोच"],
}
# Public suffixes of more than one label: the twenty-fourth set's list, and those of Prince Edward
# Island and Belize.
SUFFIXES25 = build24.SUFFIXES24 | {"pe.ca", "com.bz"}
SCRIPTS = {"ru", "zh", "ja", "ar", "hi", "ko"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US (Vermont)": {"kingdomcountynews24.com", "wnek6.com", "vtdigger.org"},
    "UK (Northumberland)": {"tynedalenow24.co.uk", "northtyneradio.co.uk", "hexham-courant.co.uk"},
    "Ireland (Kerry)": {"killarneynewsdesk24.ie", "iveraghcommunityradio.ie", "radiokerry.ie"},
    "Canada (Prince Edward Island)": {
        "islandharbours24.ca",
        "northshoreislandradio.ca",
        "theguardian.pe.ca",
    },
    "Australia (the Kimberley)": {
        "kimberleytoday24.com.au",
        "eastkimberleyvoice.com.au",
        "broomead.com.au",
    },
    "Belize": {"placenciabreeze24.com", "stanncreekdaily.com", "amandala.com.bz"},
    "Malawi (Northern Region)": {"mzuzudaily24.com", "nyikapost24.com", "mwnation.com"},
}


def use_twenty_fifth_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES25, STORIES, AUTHORS25)
    use_local_lists25()
    build5.render_page5 = render_page12
    build5.page_url = build15.page_url


def check(rows: list[dict[str, Any]]) -> None:
    open_web.check_open_web_set(
        rows,
        prefix="b25",
        stories=STORIES,
        earlier=EARLIER,
        suffixes=SUFFIXES25,
        other_languages=13,
        scripts=SCRIPTS,
        regions=REGIONS,
    )


def main() -> None:
    use_twenty_fifth_set()
    write_set(OUT, "b25", CASES25, SITES25, STORIES25, open_web.render_rtl, check)


if __name__ == "__main__":
    main()
