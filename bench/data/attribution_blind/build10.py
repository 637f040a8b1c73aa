"""Generate cases_2026-12-12.jsonl, the tenth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build10.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render` (through the ninth set's wiring), given this set's sites, stories,
authors and templates (Google's AMP viewer, a Telegram channel mirror, Medium, LinkedIn and an
e-paper kiosk added in `chrome10`). It checks itself with the ninth set's checks minus its
language rule (the fourth set's checks, null pages without credit lines, the eighth set's mix,
copies about half in the table, halves within 30% of each other) with all nine earlier sets as
overlap reference, and adds a stricter site check: no registrable domain of an earlier set
(`pap.pl` and `www.pap.pl`, `newsis.com` and `m.newsis.com` are the same site), and eight
languages besides English, none of the ninth set's.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build6  # noqa: E402
import build8  # noqa: E402
import build9  # noqa: E402
from build import slugify, write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases10 import CASES10, SITES10  # noqa: E402
from chrome10 import render_page10  # noqa: E402
from stories10 import STORIES10  # noqa: E402

OUT = HERE / "cases_2026-12-12.jsonl"
EARLIER = (*build9.EARLIER, build9.OUT.name)  # all nine earlier sets
NINTH_LANGS = {"it", "tr", "id", "pl", "ko", "fa", "bn", "el"}
STORIES = {k: v for d in STORIES10.values() for k, v in d.items()}
AUTHORS10 = {
    **build9.AUTHORS9,
    "en": ["Harriet Okonjo-Lisle", "Declan Fairhurst-Amoah", "Mireille Tandy", "Oskar Brennan-Adu"],
    "tl": ["Maricel Dela Cruz", "Jomar Villanueva"],
    "ha": ["Aisha Bello Yusuf", "Ibrahim Sani Dogo"],
    "am": ["ሐና ገብረ ማርያም", "ዳዊት ተስፋዬ"],
    "ca": ["Laia Bosch i Ferrer", "Pau Casadevall"],
    "nb": ["Ingrid Solheim", "Magnus Eide"],
    "bg": ["Радослава Иванова", "Калин Тодоров"],
    "sk": ["Lucia Kováčová", "Peter Baláž"],
    "he": ["נועה לוי", "איתי שמואלי"],
}
# Second-level labels under which a country's registrable domains sit (co.uk, com.gh, ...),
# and hosts under which every subdomain is a separate site (the public-suffix list's private part).
SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob"}
SHARED_HOSTS = ("blogspot.com", "substack.com", "tistory.com", "inkwell.pub", "cdn.ampproject.org")


def registrable(site: str) -> str:
    """The registrable domain of a site key or host, from a small built-in suffix list."""
    host = site.split("|")[0].lower().rstrip(".")
    for shared in SHARED_HOSTS:
        if host.endswith("." + shared):
            return ".".join(host.split(".")[-(shared.count(".") + 2) :])
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def assert_new_domains(rows: list[dict[str, Any]]) -> None:
    """No site of this set shares a registrable domain with a site of an earlier set."""
    earlier: set[str] = set()
    for name in EARLIER:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            earlier.add(registrable(json.loads(line)["site"]))
    reused = sorted({registrable(r["site"]) for r in rows} & earlier)
    assert not reused, f"registrable domains of an earlier set: {reused}"


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    slug = slugify(title) or f"{n % 899_999 + 100_000}"
    y, m, d = ymd
    if chrome == "gamp":  # the outlet's AMP address, shown through Google's viewer
        return f"https://{host}/news/{y}/{m:02d}/{d:02d}/{slug[:50].rstrip('-')}/amp"
    if chrome == "tgmirror":  # the channel's post number
        return f"https://{host}/post/{n % 90_000 + 10_000}"
    if chrome == "medium":  # @writer/slug-<12 hex>
        return f"https://{host}/@writer{n % 97}/{slug[:50].rstrip('-')}-{n % 16**12:012x}"
    if chrome == "linkedin":  # /pulse/slug-member-<id>
        return f"https://{host}/pulse/{slug[:50].rstrip('-')}-member-{n % 9_000_000 + 1_000_000}"
    if chrome == "epaper":  # the kiosk's article id
        return f"https://{host}/article/{n % 900_000_000_000 + 100_000_000_000}"
    return build9.page_url(chrome, host, title, ymd, n)


COPY_URL5 = build5.copy_url


def copy_url(kind: str, url: str, day: int, n: int) -> str:
    """A copy's address: Google's AMP viewer keeps the outlet's address after /amp/s/."""
    if kind == "www.google.com":
        return f"https://www.google.com/amp/s/{url.split('://', 1)[1]}"
    return COPY_URL5(kind, url, day, n)


def use_tenth_set() -> None:
    """Point the fifth set's renderer at this set's data and templates (read as globals)."""
    build5.SITES5 = SITES10
    build5.STORIES = STORIES
    build5.AUTHORS5 = AUTHORS10
    build5.render_page5 = render_page10
    build5.page_url = page_url
    build5.copy_url = copy_url
    build6.STORIES = STORIES


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or story of any of the nine earlier sets
    assert_new_domains(rows)
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
    langs = {str(r["language"]) for r in rows} - {"en"}
    assert len(langs) >= 8, sorted(langs)
    assert not langs & NINTH_LANGS, "languages of the ninth set"
    assert {"am", "bg", "he"} <= langs, "non-Latin scripts"
    halves = Counter(str(r["half"]) for r in rows)
    assert abs(halves["tune"] - halves["check"]) <= 0.3 * len(rows), halves


def main() -> None:
    use_tenth_set()
    write_set(OUT, "b10", CASES10, SITES10, STORIES10, build5.render, check)


if __name__ == "__main__":
    main()
