"""What the open-web samples (the twelfth set on) share: the checks that keep a new set new
(no registrable domain and no sentence of an earlier set's pages), the checks of its mix (the
eighth set's categories, copies about half in the table, English about half the pages, every
language in both halves), and pointing the fifth set's renderer at a set's data.

Stdlib only. Each set's builder gives its own suffixes, earlier sets, stories and language
floor; nothing here changes a page, so every set regenerates byte for byte.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import build5
import build6
import build8
import build11
from build import visible_text
from build3 import SENTENCE, assert_new, normalize
from build4 import check as check4

HERE = Path(__file__).resolve().parent
Row = dict[str, Any]


def registrable(host: str, suffixes: set[str]) -> str:
    """The registrable domain of a host (see `build11.registrable`), given the public suffixes
    of more than one label that a set knows."""
    labels = host.lower().rstrip(".").split(".")
    for n in (2, 1):
        if len(labels) > n and ".".join(labels[-n:]) in suffixes:
            return ".".join(labels[-(n + 1) :])
    return ".".join(labels[-2:])


def earlier_pages(names: Iterable[str]) -> list[Row]:
    """Every page of the earlier sets' files ``names``."""
    return [
        json.loads(line)
        for name in names
        for line in (HERE / name).read_text(encoding="utf-8").splitlines()
    ]


def _hosts(rows: list[Row], suffixes: set[str]) -> set[str]:
    found = {registrable(r["site"], suffixes) for r in rows}
    return found | {registrable(urlsplit(r["url"]).hostname or "", suffixes) for r in rows}


def assert_new_domains(
    rows: list[Row], old_rows: list[Row], suffixes: set[str], *, page_hosts: bool = True
) -> None:
    """No site of this set (and, with ``page_hosts``, no page host) shares a registrable domain
    with an earlier set's site or page host."""
    old = _hosts(old_rows, suffixes)
    if page_hosts:
        clash = sorted(_hosts(rows, suffixes) & old)
    else:
        clash = sorted({r["site"] for r in rows if registrable(r["site"], suffixes) in old})
    assert not clash, f"registrable domains of an earlier set: {clash}"


def assert_new_prose(stories: Mapping[str, tuple[str, list[str]]], old_rows: list[Row]) -> None:
    """No sentence of this set's stories (beyond the shortest) is on an earlier set's page:
    `build3.assert_new` compares first sentences with the first 4,000 characters of each page
    only."""
    earlier_text = "\n".join(visible_text(r["html"]) for r in old_rows)
    for _, paras in stories.values():
        for para in paras:
            for sentence in SENTENCE.split(para.strip()):
                if len(sentence) >= 20:
                    assert sentence not in earlier_text, sentence[:60]


def assert_open_web_mix(rows: list[Row], *, other_languages: int, scripts: set[str]) -> None:
    """Null pages carry no credit line; the eighth set's mix of categories; copies about half
    in the table; English within 10% of half the pages and at least ``other_languages`` more,
    ``scripts`` among them; halves of similar size, every language in both."""
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
    assert len(langs) - 1 >= other_languages, sorted(langs)
    assert scripts <= set(langs), "non-Latin scripts"
    halves = Counter(str(r["half"]) for r in rows)
    assert abs(halves["tune"] - halves["check"]) <= 0.3 * len(rows), halves
    one_half = {
        lang for lang in langs if len({r["half"] for r in rows if r["language"] == lang}) < 2
    }
    assert not one_half, f"languages in one half only: {sorted(one_half)}"


def use_set(sites: Any, stories: Any, authors: Any) -> None:
    """Point the fifth set's renderer at a set's data (read as globals), with the eleventh
    set's templates, lists and addresses."""
    build11.use_eleventh_set()
    build5.SITES5 = sites
    build5.STORIES = stories
    build5.AUTHORS5 = authors
    build6.STORIES = stories


#: The three files the publisher table loads (the table, its names in other scripts, the
#: national agencies merged into it): an `out_of_table` answer must be in none of them.
TABLES = tuple(
    HERE.parent.parent.parent / "aggregator" / "data" / name
    for name in ("publishers.toml", "publisher_scripts.toml", "news_agencies.toml")
)
#: Languages written right to left: their pages are marked `dir="rtl"`.
RTL = {"ar"}


def render_rtl(c: Any, case_id: str, used: set[str]) -> Row:
    """`build5.render`, with right-to-left pages marked on the root element where a template
    does not know the language (the twenty-second set on)."""
    row = build5.render(c, case_id, used)
    if c.lang in RTL:
        opening = f'<html lang="{c.lang}">'
        if opening in row["html"]:
            row["html"] = row["html"].replace(opening, f'<html lang="{c.lang}" dir="rtl">', 1)
    return row


def table_names() -> set[str]:
    """Every spelling in the three table files, normalized as `build3` does."""
    names: set[str] = set()
    for table in TABLES:
        for p in tomllib.loads(table.read_text(encoding="utf-8"))["publisher"]:
            for s in [p["name"], *p.get("aliases", []), *p.get("domains", [])]:
                names.add(normalize(s))
    return names


def check_open_web_set(
    rows: list[Row],
    *,
    prefix: str,
    stories: Mapping[str, tuple[str, list[str]]],
    earlier: Iterable[str],
    suffixes: set[str],
    other_languages: int,
    scripts: set[str],
    regions: Mapping[str, set[str]],
) -> None:
    """The twenty-second set's checks, which the later samples share: the fourth set's, the
    overlap and mix checks above, ids starting with ``prefix``, a credit line on every
    credited page, no `out_of_table` spelling in a table file, right-to-left pages marked, and
    pages from each English-speaking region (``regions``: region -> its sites)."""
    earlier = tuple(earlier)
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, stories, earlier)  # no site or first sentence of the earlier sets
    old_rows = earlier_pages(earlier)
    assert_new_domains(rows, old_rows, suffixes)
    assert_new_prose(stories, old_rows)
    assert_open_web_mix(rows, other_languages=other_languages, scripts=scripts)
    assert all(r["id"].startswith(f"{prefix}-") for r in rows)
    names = table_names()
    for r in rows:
        assert r["expected_publisher"] is None or r["credit_lines"], r["id"]
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in a table file"
        if r["language"] in RTL:
            assert 'dir="rtl"' in r["html"][:300], r["id"]
    english_sites = Counter(str(r["site"]) for r in rows if r["language"] == "en")
    for region, sites in regions.items():
        assert sites <= set(english_sites), f"{region}: {sorted(sites - set(english_sites))}"
