"""Generate cases_2026-12-16.jsonl, the fourteenth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build14.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the eleventh set's
templates (everything earlier through `chrome11`), as the twelfth and thirteenth sets render
them. It checks itself with the thirteenth set's checks (the fourth set's checks, null pages
without credit lines, the eighth set's mix, copies about half in the table, English within 10%
of half the pages, every language in both halves, at least twelve other languages, the non-Latin
scripts) with all thirteen earlier sets as overlap reference (by host, by registrable domain, and
no sentence of this set's prose on an earlier page), and adds what this set promises: ids start
with `b14-`, and every credited page whose credit is visible lists at least one credit line
unless its only sign is a dateline or markup.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build6  # noqa: E402
import build8  # noqa: E402
import build11  # noqa: E402
import build13  # noqa: E402
from build import visible_text, write_set  # noqa: E402
from build3 import SENTENCE, assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases14 import CASES14, SITES14  # noqa: E402
from stories14 import STORIES14  # noqa: E402

OUT = HERE / "cases_2026-12-16.jsonl"
EARLIER = (*build13.EARLIER, build13.OUT.name)  # all thirteen earlier sets
STORIES = {k: v for d in STORIES14.values() for k, v in d.items()}
AUTHORS14 = {
    **build13.AUTHORS13,
    "en": ["Harriet Pellow", "Kwesi Amponsah", "Anjali Srivastava", "Brody McAllister"],
    "es": ["Valentina Restrepo", "Andrés Quintero"],
    "de": ["Annika Terhorst", "Lukas Brinkhoff"],
    "fr": ["Manon Delvaux", "Quentin Lambotte"],
    "pt": ["Inês Carrilho", "Tiago Fontoura"],
    "ru": ["Елена Мальцева", "Павел Шестаков"],
    "zh": ["唐雨萱", "贺俊杰"],
    "ja": ["小林由紀", "松本直樹"],
    "ar": ["رنا العبادي", "محمد الخوالدة"],
    "it": ["Federica D'Alessandro", "Matteo Ciccone"],
    "id": ["Putri Ayu Lestari", "Rudi Hartono Siregar"],
    "tr": ["Elif Karadeniz", "Burak Çelebi"],
    "hi": ["प्रियंका कुमारी", "अजय कुमार झा"],
    "ko": ["강서연 기자", "윤태호 기자"],
}
# Public suffixes of more than one label that this set adds to the thirteenth set's list.
SUFFIXES14 = build13.SUFFIXES13 | {"com.co", "com.gh", "org.gh", "com.au", "net.au", "org.au"}
# Credited pages whose only sign is a dateline (kept in the text) or markup (not in it).
SIGN_ONLY = {
    "canonical-only",
    "interfax-regional-dateline",
    "ria-dateline",
    "agi-dateline",
    "dha-dateline",
}


def registrable(host: str) -> str:
    """The registrable domain of a host (see `build11.registrable`), with this set's suffixes."""
    labels = host.lower().rstrip(".").split(".")
    for n in (2, 1):
        if len(labels) > n and ".".join(labels[-n:]) in SUFFIXES14:
            return ".".join(labels[-(n + 1) :])
    return ".".join(labels[-2:])


def earlier_pages() -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for name in EARLIER
        for line in (HERE / name).read_text(encoding="utf-8").splitlines()
    ]


def assert_new_domains(rows: list[dict[str, Any]], old_rows: list[dict[str, Any]]) -> None:
    """No site or page host of this set shares a registrable domain with an earlier set's site
    or page host."""
    old = {registrable(r["site"]) for r in old_rows}
    old |= {registrable(urlsplit(r["url"]).hostname or "") for r in old_rows}
    mine = {registrable(r["site"]) for r in rows}
    mine |= {registrable(urlsplit(r["url"]).hostname or "") for r in rows}
    clash = sorted(mine & old)
    assert not clash, f"registrable domains of an earlier set: {clash}"


def assert_new_prose(old_rows: list[dict[str, Any]]) -> None:
    """No sentence of this set's stories (beyond the shortest) is on an earlier set's page."""
    earlier_text = "\n".join(visible_text(r["html"]) for r in old_rows)
    for _, paras in STORIES.values():
        for para in paras:
            for sentence in SENTENCE.split(para.strip()):
                if len(sentence) >= 20:
                    assert sentence not in earlier_text, sentence[:60]


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or first sentence of the thirteen earlier sets
    old_rows = earlier_pages()
    assert_new_domains(rows, old_rows)
    assert_new_prose(old_rows)
    assert all(r["id"].startswith("b14-") for r in rows)
    for r in rows:  # a credited page shows its credit lines, unless a dateline or markup is all
        if r["expected_publisher"] is not None and not r["credit_lines"]:
            assert r["placement"] in SIGN_ONLY, r["id"]
    for r in rows:
        if r["expected_publisher"] is None:
            assert r["credit_lines"] == [], r["id"]
    cats = Counter(str(r["category"]) for r in rows)
    for group, (members, low, high) in build8.MIX.items():
        share = sum(cats[c] for c in members) / len(rows)
        assert low <= share <= high, f"{group}: {share:.2f} of the pages"
    copies = [r for r in rows if r["category"] in ("in_table", "out_of_table")]
    inside = sum(r["category"] == "in_table" for r in copies)
    assert abs(2 * inside - len(copies)) <= 0.2 * len(copies), "copies: half in the table"
    langs = Counter(str(r["language"]) for r in rows)
    assert abs(2 * langs["en"] - len(rows)) <= 0.1 * len(rows), f"English: {langs['en']}"
    assert len(langs) - 1 >= 12, sorted(langs)
    assert {"ar", "zh", "ja", "ko", "ru", "hi"} <= set(langs), "non-Latin scripts"
    halves = Counter(str(r["half"]) for r in rows)
    assert abs(halves["tune"] - halves["check"]) <= 0.3 * len(rows), halves
    one_half = {
        lang for lang in langs if len({r["half"] for r in rows if r["language"] == lang}) < 2
    }
    assert not one_half, f"languages in one half only: {sorted(one_half)}"


def use_fourteenth_set() -> None:
    """Point the fifth set's renderer at this set's data (read as globals), with the eleventh
    set's templates, lists and addresses."""
    build11.use_eleventh_set()
    build5.SITES5 = SITES14
    build5.STORIES = STORIES
    build5.AUTHORS5 = AUTHORS14
    build6.STORIES = STORIES


def main() -> None:
    use_fourteenth_set()
    write_set(OUT, "b14", CASES14, SITES14, STORIES14, build5.render, check)


if __name__ == "__main__":
    main()
