"""Generate cases_2026-12-25.jsonl, the twenty-third blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build23.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth and twenty-second sets' lists of the themes in its languages. It checks itself
with the fourth set's checks and, against all twenty-two earlier sets, the open-web samples' overlap
checks (by host, by registrable domain of every site and page host, and no sentence of this
set's prose on an earlier page), and adds what this set promises: ids start with `b23-`; null
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
import build21  # noqa: E402
import build22  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from cases23 import CASES23, SITES23, use_local_lists23  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories23 import STORIES23  # noqa: E402

OUT = HERE / "cases_2026-12-25.jsonl"
# All twenty-two earlier sets (the twenty-first and twenty-second were written side by side).
EARLIER = (*build20.EARLIER, build20.OUT.name, build21.OUT.name, build22.OUT.name)
STORIES = {k: v for d in STORIES23.values() for k, v in d.items()}
AUTHORS23 = {
    **build22.AUTHORS22,
    "en": ["Hollis Carver", "Morwenna Pascoe", "Tjaart Shikongo", "Saima Baloch"],
    "es": ["Marcela Vaca Díez", "Ronald Añez"],
    "fr": ["Soizic Le Floch", "Erwan Guégan"],
    "de": ["Anke Pagel", "Torsten Behrendt"],
    "pt": ["Ivanete Tavares", "Ronaldo Cardoso"],
    "ru": ["Ольга Шмидт", "Денис Ковалёв"],
    "ja": ["砂川美咲", "下地健太"],
    "zh": ["杨婷", "罗建华"],
    "ar": ["نهى الشاذلي", "أحمد عبد العاطي"],
    "it": ["Giovanna Mele", "Salvatore Pinna"],
    "id": ["Ni Luh Putu Ariani", "I Gede Suryawan"],
    "tr": ["Elif Karaoğlu", "Murat Hacısalihoğlu"],  # noqa: RUF001
    "hi": ["सुनीता तिवारी", "राकेश पटेल"],
    "ko": ["고은비 기자", "부상철 기자"],
}
# Public suffixes of more than one label: the twenty-first and twenty-second sets' lists, and
# those of Bolivia, Namibia, Pakistan and Malta.
SUFFIXES23 = build21.SUFFIXES21 | build22.SUFFIXES22 | {"com.bo", "com.na", "com.pk", "com.mt"}
SCRIPTS = {"ru", "zh", "ja", "ar", "hi", "ko"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US (Maine)": {"wmtn6.com", "knoxcountycourier.com", "bangordailynews.com"},
    "UK (Cornwall)": {"kernowcoastnews24.co.uk", "westcornwallvoice.co.uk", "cornwalllive.com"},
    "Canada (Nova Scotia)": {
        "capebretonnow24.ca",
        "highlandscountryradio.ca",
        "capebretonpost.com",
    },
    "Australia (Northern Territory)": {
        "topendtoday24.com.au",
        "darwinbreakingnews.com",
        "ntnews.com.au",
    },
    "Namibia": {"windhoekdailybrief.com", "khomaslive24.com", "namibian.com.na"},
    "Pakistan (Karachi)": {"karachimetrowire.com", "sindhtoday24.com", "brecorder.com"},
    "Malta": {"maltanewsnow24.com", "maltapropertyreview.com", "timesofmalta.com"},
}


def use_twenty_third_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES23, STORIES, AUTHORS23)
    use_local_lists23()
    build5.render_page5 = render_page12
    build5.page_url = build15.page_url


def check(rows: list[dict[str, Any]]) -> None:
    open_web.check_open_web_set(
        rows,
        prefix="b23",
        stories=STORIES,
        earlier=EARLIER,
        suffixes=SUFFIXES23,
        other_languages=13,
        scripts=SCRIPTS,
        regions=REGIONS,
    )


def main() -> None:
    use_twenty_third_set()
    write_set(OUT, "b23", CASES23, SITES23, STORIES23, open_web.render_rtl, check)


if __name__ == "__main__":
    main()
