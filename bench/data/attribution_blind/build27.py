"""Generate cases_2026-12-29.jsonl, the twenty-seventh blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build27.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth and twenty-second sets' lists of the themes in its languages. It checks itself
with the open-web samples' shared checks (`open_web.check_open_web_set`) against all twenty-six
earlier sets: the fourth set's checks, no site, registrable domain (of every site and page host)
or sentence of an earlier set, ids starting with `b27-`, null pages without credit lines,
credited pages all with credit lines, no `out_of_table` spelling in any of the three table
files, the eighth set's mix of categories, copies about half in the table, English within 10% of
half the pages and from each of the seven English-speaking regions it samples, at least
thirteen other languages, each in both halves, halves of similar size, right-to-left pages
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
import build25  # noqa: E402
import build26  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from cases27 import CASES27, SITES27, use_local_lists27  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories27 import STORIES27  # noqa: E402

OUT = HERE / "cases_2026-12-29.jsonl"
# All twenty-six earlier sets.
EARLIER = (*build24.EARLIER, build24.OUT.name, build25.OUT.name, build26.OUT.name)
STORIES = {k: v for d in STORIES27.values() for k, v in d.items()}
AUTHORS27 = {
    **build24.AUTHORS24,
    "en": ["Shelby Hovland", "Tamsin Yeo", "Clodagh Hehir", "Onalenna Sebego"],
    "es": ["Carolina Nahuelpán", "Matías Ferreyra"],
    "ar": ["زينب فقيه", "حسين شرف الدين"],
    "ja": ["森本由佳", "田中浩二"],
    "de": ["Susanne Hörcher", "Thomas Ehrhardt"],
    "fr": ["Marie-Ève Synnott", "Réjean Cloutier"],
    "pt": ["Patrícia Yamashiro", "Edson Pupo"],
    "ru": ["Екатерина Лазарева", "Дмитрий Кривошеев"],
    "zh": ["郑美玲", "陈建国"],
    "it": ["Giulia Mazzei", "Andrea Pacini"],
    "ko": ["정은영", "강대호"],
    "tr": ["Ayşe Kalyoncu", "Mustafa Karadeniz"],
    "id": ["Lalu Muhammad Zaini", "Baiq Nurhasanah"],
    "hi": ["प्रिया सिंहदेव", "अनिल तिग्गा"],
}
# Public suffixes of more than one label: the twenty-fifth and twenty-sixth sets' lists, and New
# Zealand's `org.nz`.
SUFFIXES27 = build25.SUFFIXES25 | build26.SUFFIXES26 | {"org.nz"}
SCRIPTS = {"ru", "zh", "ja", "ar", "hi", "ko"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US (Montana)": {"crazymountaincourier24.com", "ksgc6.com", "billingsgazette.com"},
    "UK (Devon)": {"sidvalleynews24.co.uk", "eastdevoncommunityradio.co.uk", "devonlive.com"},
    "Ireland (County Clare)": {"ennisnewsdesk24.ie", "westclareradio.ie", "clarechampion.ie"},
    "Canada (northwestern Ontario)": {
        "lakeofthewoodsreport24.ca",
        "sunsetcountryradio.ca",
        "kenoraonline.com",
    },
    "New Zealand (Otago)": {"cromwellbulletin24.co.nz", "centralotagoradio.co.nz", "crux.org.nz"},
    "Saint Lucia": {"pitonpulse24.com", "castriesdailybrief.com", "stluciatimes.com"},
    "Botswana": {"maundaily24.com", "ngamilandpost24.com", "mmegi.bw"},
}


def use_twenty_seventh_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES27, STORIES, AUTHORS27)
    use_local_lists27()
    build5.render_page5 = render_page12
    build5.page_url = build15.page_url


def check(rows: list[dict[str, Any]]) -> None:
    open_web.check_open_web_set(
        rows,
        prefix="b27",
        stories=STORIES,
        earlier=EARLIER,
        suffixes=SUFFIXES27,
        other_languages=13,
        scripts=SCRIPTS,
        regions=REGIONS,
    )


def main() -> None:
    use_twenty_seventh_set()
    write_set(OUT, "b27", CASES27, SITES27, STORIES27, open_web.render_rtl, check)


if __name__ == "__main__":
    main()
