"""Generate cases_2026-12-28.jsonl, the twenty-sixth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build26.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the seventeenth and twenty-second sets' lists of the themes in its languages and Czech ones added
the same way. It checks itself with the open-web samples' shared checks
(`open_web.check_open_web_set`) against all twenty-four earlier sets: the fourth set's checks,
no site, registrable domain (of every site and page host) or sentence of an earlier set, ids
starting with `b26-`, null pages without credit lines, credited pages all with credit lines, no
`out_of_table` spelling in any of the three table files, the eighth set's mix of categories,
copies about half in the table, English within 10% of half the pages and from each of the seven
English-speaking regions it samples, at least thirteen other languages, each in both halves,
halves of similar size, right-to-left pages marked so.
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
from cases26 import CASES26, SITES26, use_local_lists26  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories26 import STORIES26  # noqa: E402

OUT = HERE / "cases_2026-12-28.jsonl"
# All twenty-five earlier sets (the twenty-fifth, written at the same time, added at merge).
EARLIER = (*build24.EARLIER, build24.OUT.name, "cases_2026-12-27.jsonl")
STORIES = {k: v for d in STORIES26.values() for k, v in d.items()}
AUTHORS26 = {
    **build24.AUTHORS24,
    "en": ["Darla Pfister", "Callum Thrower", "Roisin McLaughlin", "Mapalo Zulu"],
    "es": ["Itzel Coutiño", "Rubén Villatoro"],
    "ar": ["رنا الحويطي", "خالد النوافلة"],
    "ja": ["高田美穂", "中川翔太"],
    "de": ["Kathrin Reinhold", "Steffen Oertel"],
    "fr": ["Murielle Hoarau", "Fabrice Grondin"],
    "pt": ["Teresa Gouveia", "Nuno Pestana"],
    "ru": ["Ольга Чебодаева", "Игорь Тюкпиеков"],
    "zh": ["陳怡萱", "潘志明"],
    "it": ["Lucia D'Alessandro", "Nicola Mascio"],
    "uk": ["Оксана Гаврилюк", "Василь Мельничук"],
    "sv": ["Lena Kuoppa", "Anders Lundström"],
    "cs": ["Lucie Hrdličková", "Tomáš Kubeš"],
    "el": ["Κατερίνα Βασιλάκη", "Μανώλης Χατζάκης"],
}
# Public suffixes of more than one label: the twenty-fourth set's list, and Ivano-Frankivsk's.
SUFFIXES26 = build24.SUFFIXES24 | {"if.ua"}
SCRIPTS = {"ru", "zh", "ja", "ar", "uk", "el"}
# The English-speaking regions the English pages come from, by site key.
REGIONS = {
    "US (Wyoming)": {"medicinebowpost.com", "kwyc4.com", "snowyrangechronicle.com", "trib.com"},
    "UK (Norfolk)": {"yarmouthcoastnews24.co.uk", "coastalengineeringreview.co.uk", "edp24.co.uk"},
    "Ireland (County Donegal)": {
        "inishowenupdate.ie",
        "swillyvalleyradio.ie",
        "donegalbusinesswire.ie",
        "donegalnews.com",
    },
    "Canada (Northwest Territories)": {
        "slavelakejournal.ca",
        "northernriverradio.ca",
        "northofsixtyreport.ca",
        "cabinradio.ca",
    },
    "New Zealand (Southland)": {
        "southernplainsnews.co.nz",
        "murihikufarmer.co.nz",
        "kiwiruralwire.co.nz",
        "odt.co.nz",
    },
    "The Bahamas": {"islandpulse242.com", "bahamasbusinessbrief.com", "tribune242.com"},
    "Zambia (North-Western)": {
        "solwezitoday24.com",
        "africaminingbrief.com",
        "zamtransportnews.com",
        "daily-mail.co.zm",
    },
}


def use_twenty_sixth_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES26, STORIES, AUTHORS26)
    use_local_lists26()
    build5.render_page5 = render_page12
    build5.page_url = build15.page_url


def check(rows: list[dict[str, Any]]) -> None:
    open_web.check_open_web_set(
        rows,
        prefix="b26",
        stories=STORIES,
        earlier=EARLIER,
        suffixes=SUFFIXES26,
        other_languages=13,
        scripts=SCRIPTS,
        regions=REGIONS,
    )


def main() -> None:
    use_twenty_sixth_set()
    write_set(OUT, "b26", CASES26, SITES26, STORIES26, open_web.render_rtl, check)


if __name__ == "__main__":
    main()
