"""Generate cases_2026-12-30.jsonl, the twenty-eighth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build28.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth and twenty-second sets' lists of the themes in its languages (no Persian page of
this set is on a template that shows them). It checks itself with the open-web samples' shared
checks (`open_web.check_open_web_set`) against all twenty-six earlier sets: the fourth set's checks,
no site, registrable domain (of every site and page host) or sentence of an earlier set, ids
starting with `b28-`, null pages without credit lines, credited pages all with credit lines, no
`out_of_table` spelling in any of the three table files, the eighth set's mix of categories,
copies about half in the table, English within 10% of half the pages and from each of the seven
English-speaking regions it samples, at least thirteen other languages, each in both halves,
halves of similar size, right-to-left pages (Arabic and, in this set, Persian) marked so.
The twenty-seventh set, written at the same time by another writer, is not among the overlap
references: re-run this generator once it is merged (add its file to EARLIER).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build15  # noqa: E402
import build26  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from cases22 import use_local_lists22  # noqa: E402
from cases28 import CASES28, SITES28  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories28 import STORIES28  # noqa: E402

OUT = HERE / "cases_2026-12-30.jsonl"
# All twenty-seven earlier sets (the twenty-seventh, written at the same time, added at merge).
EARLIER = (*build26.EARLIER, build26.OUT.name, "cases_2026-12-29.jsonl")
STORIES = {k: v for d in STORIES28.values() for k, v in d.items()}
AUTHORS28 = {
    **build26.AUTHORS26,
    "en": ["Kristen Ahlgren", "Martin Dinsdale", "Bríd Gavin", "Kahindi Ngala"],
    "es": ["Yeni Quispe", "Wilber Mamani"],
    "ar": ["سنية الفريخة", "محمد الهادي الجربي"],
    "ja": ["宇都宮彩花", "二宮大樹"],
    "de": ["Theresa Nindl", "Florian Eder"],
    "fr": ["Fatou Badji", "Seydou Manga"],
    "pt": ["Celeste Nhantumbo", "Jorge Matsinhe"],
    "ru": ["Ксения Ким", "Дмитрий Пак"],
    "zh": ["王小燕", "符策雄"],
    "it": ["Rosaria Lopez", "Giuseppe Guarascio"],
    "fa": ["زهرا پورمحمدی", "رضا شفیعی"],
    "bn": ["সাবিনা ইয়াসমিন", "মোস্তফা কামাল"],
    "sw": ["Mwanaisha Chidzuga", "Hamisi Juma"],
    "pl": ["Ewa Lipska", "Marcin Tokarczuk"],
}
# Public suffixes of more than one label: the twenty-sixth set's list, and Mozambique's.
SUFFIXES28 = build26.SUFFIXES26 | {"co.mz"}
SCRIPTS = {"ru", "zh", "ja", "ar", "fa", "bn"}
# Persian is written right to left too: marked as the Arabic pages are.
RTL28 = {*open_web.RTL, "fa"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US (the Oregon coast)": {
        "yaquinabaypost.com",
        "kcst12.com",
        "siletzbayclammers.blogspot.com",
        "pacificshellfishreport.com",
        "dailyastorian.com",
    },
    "UK (the Yorkshire Dales)": {
        "dalesvoice24.co.uk",
        "wensleydaleradio.co.uk",
        "swaledalenotes.blogspot.com",
        "cravenherald.co.uk",
    },
    "Ireland (County Mayo)": {
        "westportnewsdesk.ie",
        "errisradio24.ie",
        "westernbusinesspost.ie",
        "mayonews.ie",
    },
    "Canada (Labrador)": {
        "lakemelvillenews.ca",
        "hamiltoninletradio.ca",
        "northernlabradorreport.ca",
        "lakemelvillesnowmobilers.blogspot.com",
        "ntv.ca",
    },
    "New Zealand (Northland)": {
        "farnorthtoday24.co.nz",
        "hokiangafarmer.co.nz",
        "tetaitokeraudigest.co.nz",
        "awanuiruralwomen.blogspot.com",
    },
    "Jamaica (Portland)": {
        "portantonionews24.com",
        "navyislandtimes.com",
        "rafterslandingja.blogspot.com",
        "jamaicaobserver.com",
    },
    "Kenya (Kilifi County)": {
        "kilifinewsline.co.ke",
        "coastbusinessreview.co.ke",
        "ganzewaterwatch.blogspot.com",
        "citizen.digital",
    },
}


def use_twenty_eighth_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses, with Persian
    among the right-to-left languages `open_web` marks and checks."""
    open_web.use_set(SITES28, STORIES, AUTHORS28)
    use_local_lists22()
    build5.render_page5 = render_page12
    build5.page_url = build15.page_url
    open_web.RTL = RTL28


def check(rows: list[dict[str, Any]]) -> None:
    open_web.check_open_web_set(
        rows,
        prefix="b28",
        stories=STORIES,
        earlier=EARLIER,
        suffixes=SUFFIXES28,
        other_languages=13,
        scripts=SCRIPTS,
        regions=REGIONS,
    )


def main() -> None:
    use_twenty_eighth_set()
    write_set(OUT, "b28", CASES28, SITES28, STORIES28, open_web.render_rtl, check)


if __name__ == "__main__":
    main()
