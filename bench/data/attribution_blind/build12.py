# ruff: noqa: RUF001
"""Generate cases_2026-12-14.jsonl, the twelfth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build12.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and the eleventh set's
templates (everything earlier through `chrome11`). It checks itself with the eleventh set's
checks where they apply (the fourth set's checks, null pages without credit lines, the eighth
set's mix, copies about half in the table) with all eleven earlier sets as overlap reference
(by host, by registrable domain, and no sentence of this set's prose in an earlier page), and
adds what this set promises: about half English, at least ten other languages, every language
in both halves.
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
from build import visible_text, write_set  # noqa: E402
from build3 import SENTENCE, assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases12 import CASES12, SITES12  # noqa: E402
from stories12 import STORIES12  # noqa: E402

OUT = HERE / "cases_2026-12-14.jsonl"
EARLIER = (*build11.OVERLAP, build11.OUT.name)  # all eleven earlier sets
STORIES = {k: v for d in STORIES12.values() for k, v in d.items()}
AUTHORS12 = {
    **build11.AUTHORS11,
    "en": ["Colleen Marchbanks", "Desmond Achebe-Ruiz", "Trudy Halvorsen"],
    "es": ["Encarnación Vidal", "Rodrigo Almansa"],
    "de": ["Theresa Kohlhaas", "Benedikt Sauerbrey"],
    "fr": ["Apolline Vercoutre", "Baptiste Lhomond"],
    "pt": ["Rosângela Parreira", "Otávio Bittencourt"],
    "ru": ["Ольга Зимина", "Артём Кудрявцев"],
    "zh": ["许佳怡", "罗振华"],
    "ja": ["山口真由", "岡本大輔"],
    "ar": ["سلمى الحوسني", "خالد المزروعي"],
    "it": ["Martina Zanchetta", "Luca Bortolami"],
    "id": ["Dewi Lestari Putri", "Agus Setiawan"],
    "tr": ["Buse Yalçınkaya", "Onur Demirtaş"],
    "ko": ["이수진 기자", "정민재 기자"],
}
# Public suffixes of more than one label that this set adds to the eleventh set's list.
SUFFIXES12 = build11.MULTI_SUFFIXES | {"org.eg", "com.au", "co.ke", "blog.jp"}


def registrable(host: str) -> str:
    """The registrable domain of a host (see `build11.registrable`), with this set's suffixes."""
    labels = host.lower().rstrip(".").split(".")
    for n in (2, 1):
        if len(labels) > n and ".".join(labels[-n:]) in SUFFIXES12:
            return ".".join(labels[-(n + 1) :])
    return ".".join(labels[-2:])


def earlier_pages() -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for name in EARLIER
        for line in (HERE / name).read_text(encoding="utf-8").splitlines()
    ]


def assert_new_domains(rows: list[dict[str, Any]], old_rows: list[dict[str, Any]]) -> None:
    """No site of this set shares a registrable domain with an earlier set's site or page host."""
    old = {registrable(r["site"]) for r in old_rows}
    old |= {registrable(urlsplit(r["url"]).hostname or "") for r in old_rows}
    clash = sorted({r["site"] for r in rows if registrable(r["site"]) in old})
    assert not clash, f"registrable domains of an earlier set: {clash}"


def assert_new_prose(old_rows: list[dict[str, Any]]) -> None:
    """No sentence of this set's stories (beyond the shortest) is on an earlier set's page:
    `assert_new` compares first sentences with the first 4,000 characters of each page only."""
    earlier_text = "\n".join(visible_text(r["html"]) for r in old_rows)
    for _, paras in STORIES.values():
        for para in paras:
            for sentence in SENTENCE.split(para.strip()):
                if len(sentence) >= 20:
                    assert sentence not in earlier_text, sentence[:60]


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or first sentence of the eleven earlier sets
    old_rows = earlier_pages()
    assert_new_domains(rows, old_rows)
    assert_new_prose(old_rows)
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
    assert len(langs) - 1 >= 10, sorted(langs)
    assert {"ar", "zh", "ja", "ko", "ru"} <= set(langs), "non-Latin scripts"
    halves = Counter(str(r["half"]) for r in rows)
    assert abs(halves["tune"] - halves["check"]) <= 0.3 * len(rows), halves
    one_half = {
        lang for lang in langs if len({r["half"] for r in rows if r["language"] == lang}) < 2
    }
    assert not one_half, f"languages in one half only: {sorted(one_half)}"


def use_twelfth_set() -> None:
    """Point the fifth set's renderer at this set's data (read as globals), with the eleventh
    set's templates, lists and addresses."""
    build11.use_eleventh_set()
    build5.SITES5 = SITES12
    build5.STORIES = STORIES
    build5.AUTHORS5 = AUTHORS12
    build6.STORIES = STORIES


def main() -> None:
    use_twelfth_set()
    write_set(OUT, "b12", CASES12, SITES12, STORIES12, build5.render, check)


if __name__ == "__main__":
    main()
