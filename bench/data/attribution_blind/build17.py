"""Generate cases_2026-12-19.jsonl, the seventeenth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build17.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the fifteenth
set's templates and page addresses (`chrome12` and everything earlier: no new template), with
the themes' lists in this set's languages (`cases17.use_local_lists`). It checks itself with
the fourth set's checks and, against all sixteen earlier sets, the open-web samples' overlap
checks (by host, by registrable domain of every site and page host, and no sentence of this
set's prose on an earlier page), and adds what this set promises: ids start with `b17-`; null
pages carry no credit line; a credited page lists its credit lines unless a dateline, an
agency's opening or a canonical link is its only sign; the eighth set's mix of categories,
copies about half in the table; English about 40% of the pages (35-45%); at least fourteen
other languages, vi, th, fa, bn, ta, sw, uk, ro, nl, sv, el, he, pl and tl among them, each in
both halves; halves of similar size; right-to-left pages marked so.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build8  # noqa: E402
import build15  # noqa: E402
import build16  # noqa: E402
import open_web  # noqa: E402
from build import write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases17 import CASES17, SITES17, use_local_lists  # noqa: E402
from chrome12 import render_page12  # noqa: E402
from stories17 import STORIES17  # noqa: E402

OUT = HERE / "cases_2026-12-19.jsonl"
EARLIER = (*build16.EARLIER, build16.OUT.name)  # all sixteen earlier sets
STORIES = {k: v for d in STORIES17.values() for k, v in d.items()}
AUTHORS17 = {
    **build16.AUTHORS16,
    "en": ["Shanique Campbell", "Losana Tuivaga", "Fatma Al Rawahi", "Dilan Jayasekara"],
    "vi": ["Trần Thị Mỹ Linh", "Lê Minh Khoa"],
    "th": ["สุนันทา แก้วมูล", "ประเสริฐ ใจดี"],
    "fa": ["مریم رضایی", "حسین کاظمی"],
    "bn": ["নাসরিন আক্তার", "রফিকুল ইসলাম"],
    "ta": ["செல்வி ராமலிங்கம்", "கார்த்திக் சுப்பிரமணியன்"],
    "sw": ["Neema Mwakyusa", "Joseph Mashauri"],
    "uk": ["Ірина Бондар", "Олег Савченко"],
    "ro": ["Andreea Moldovan", "Levente Kovács"],
    "nl": ["Marieke de Boer", "Jeroen Hendriks"],
    "sv": ["Elin Lundström", "Henrik Marklund"],
    "el": ["Ελένη Μαυρίδου", "Κώστας Δημητρίου"],
    "he": ["נועה לוי", "אבי כהן"],
    "pl": ["Katarzyna Wasiluk", "Piotr Sawicki"],
    "tl": ["Liza Manalo", "Romeo dela Cruz"],
}
# Public suffixes of more than one label that this set adds to the sixteenth set's list.
SUFFIXES17 = build16.SUFFIXES16 | {
    "com.fj",
    "com.ph",
    "co.tz",
    "com.ua",
    "co.il",
    "org.il",
    "co.zm",
    "gov.om",
}
# Credited pages whose only sign is a dateline or an agency's opening (kept in the text) or a
# canonical link.
SIGN_ONLY = {
    "canonical-only",
    "ona-dateline-only",
    "xinhua-thai-dateline",
    "tasnim-opening",
    "xinhua-swahili-dateline",
    "interfax-ukraine-dateline",
}
LANGUAGES = {"vi", "th", "fa", "bn", "ta", "sw", "uk", "ro", "nl", "sv", "el", "he", "pl", "tl"}
RTL = {"fa", "he"}
ENGLISH = (0.35, 0.45)


def use_seventeenth_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES17, STORIES, AUTHORS17)
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
    open_web.assert_new_domains(rows, old_rows, SUFFIXES17)
    open_web.assert_new_prose(STORIES, old_rows)
    assert all(r["id"].startswith("b17-") for r in rows)
    for r in rows:
        if r["expected_publisher"] is None:  # a null page shows no credit line
            assert r["credit_lines"] == [], r["id"]
        elif not r["credit_lines"]:  # a credited page shows them, unless a sign is all
            assert r["placement"] in SIGN_ONLY, r["id"]
        if r["language"] in RTL:
            assert 'dir="rtl"' in r["html"][:300], r["id"]
    cats = Counter(str(r["category"]) for r in rows)
    for group, (members, low, high) in build8.MIX.items():
        share = sum(cats[c] for c in members) / len(rows)
        assert low <= share <= high, f"{group}: {share:.2f} of the pages"
    copies = [r for r in rows if r["category"] in ("in_table", "out_of_table")]
    inside = sum(r["category"] == "in_table" for r in copies)
    assert abs(2 * inside - len(copies)) <= 0.2 * len(copies), "copies: half in the table"
    langs = Counter(str(r["language"]) for r in rows)
    share_en = langs["en"] / len(rows)
    assert ENGLISH[0] <= share_en <= ENGLISH[1], f"English: {share_en:.2f} of the pages"
    assert set(langs) >= LANGUAGES, sorted(LANGUAGES - set(langs))
    assert len(langs) - 1 >= 14, sorted(langs)
    halves = Counter(str(r["half"]) for r in rows)
    assert abs(halves["tune"] - halves["check"]) <= 0.3 * len(rows), halves
    one_half = {
        lang for lang in langs if len({r["half"] for r in rows if r["language"] == lang}) < 2
    }
    assert not one_half, f"languages in one half only: {sorted(one_half)}"


def main() -> None:
    use_seventeenth_set()
    write_set(OUT, "b17", CASES17, SITES17, STORIES17, render, check)


if __name__ == "__main__":
    main()
