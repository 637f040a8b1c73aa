# ruff: noqa: RUF001
"""Generate cases_2026-12-17.jsonl, the fifteenth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build15.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and `chrome12`'s
templates (a WordPress block theme, a Next.js news site, TYPO3's news extension and a
DedeCMS-like Chinese portal, then the eleventh set's and everything earlier), with their page
addresses. It checks itself with the fourteenth set's checks (the fourth set's checks, null
pages without credit lines, the eighth set's mix, copies about half in the table, English
within 10% of half the pages, every language in both halves, the non-Latin scripts) with all
fourteen earlier sets as overlap reference (by host, by registrable domain of every site and
page host, and no sentence of this set's prose on an earlier page), and adds what this set
promises: ids start with `b15-`, at least thirteen other languages, a credited page lists its
credit lines unless a dateline is its only sign, and each new template is used in at least
two languages (the Chinese portal in Chinese only).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build11  # noqa: E402
import build14  # noqa: E402
import open_web  # noqa: E402
from build import slugify, write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases15 import CASES15, SITES15  # noqa: E402
from chrome12 import TEMPLATES12, render_page12  # noqa: E402
from stories15 import STORIES15  # noqa: E402

OUT = HERE / "cases_2026-12-17.jsonl"
EARLIER = (*build14.EARLIER, build14.OUT.name)  # all fourteen earlier sets
STORIES = {k: v for d in STORIES15.values() for k, v in d.items()}
AUTHORS15 = {
    **build14.AUTHORS14,
    "en": ["Megan Ostrowski", "Rahul Pattnaik", "Wanjiru Kamau", "Callum Brierley"],
    "es": ["Itzel Balam", "Rodrigo Canul"],
    "de": ["Sabine Haug", "Tobias Kienle"],
    "fr": ["Émilie Grosjean", "Nicolas Cuenot"],
    "pt": ["Patrícia Lacerda", "Gustavo Resende"],
    "ru": ["Светлана Кудрина", "Денис Гладких"],
    "zh": ["杨丽萍", "刀建华"],
    "ja": ["藤原真理子", "石橋健"],
    "ar": ["منى عبد الحميد", "محمود الشريف"],
    "it": ["Elisa Bruno", "Marco Giraudo"],
    "id": ["Siti Nurhaliza Putri", "Bambang Wicaksono"],
    "tr": ["Seda Yıldırım", "Kerem Arslan"],
    "hi": ["पूनम नेगी", "हरीश रावत"],
    "ko": ["이정민 기자", "최현우 기자"],
}
# Public suffixes of more than one label that this set adds to the fourteenth set's list.
SUFFIXES15 = build14.SUFFIXES14 | {"com.mx", "go.ke", "co.in", "co.jp", "com.tr"}
# Credited pages whose only sign is a dateline (kept in the text).
SIGN_ONLY = {"ap-dateline-only", "tass-dateline"}
TYPO3_PATH = {"de": "aktuelles/detail", "it": "notizie/dettaglio"}


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    """The addresses of this set's templates; the earlier ones through `build11.page_url`."""
    y, m, d = ymd
    slug = slugify(title)
    if chrome == "wpblock":  # post name permalinks; ?p= for a headline without a Latin slug
        return (
            f"https://{host}/{slug[:70].rstrip('-')}/"
            if slug
            else f"https://{host}/?p={n % 90_000 + 10_000}"
        )
    if chrome == "nextjs":  # /<section>/<slug>-<id>
        return (
            f"https://{host}/news/{(slug[:60].rstrip('-') or 'story')}-{n % 9_000_000 + 1_000_000}"
        )
    if chrome == "typo3":  # the news extension's route: <page>/<action>/<path segment>
        tld = host.rsplit(".", 1)[-1]
        base = TYPO3_PATH.get(tld, "news/detail")
        return f"https://{host}/{base}/{slug[:60].rstrip('-') or n % 9_000 + 1_000}"
    if chrome == "cncms":  # DedeCMS: /a/<column>/<year>/<mmdd>/<aid>.html
        return f"https://{host}/a/bendi/{y}/{m:02d}{d:02d}/{n % 90_000 + 10_000}.html"
    return build11.page_url(chrome, host, title, ymd, n)


def use_fifteenth_set() -> None:
    """Point the fifth set's renderer at this set's data, templates and addresses."""
    open_web.use_set(SITES15, STORIES, AUTHORS15)
    build5.render_page5 = render_page12
    build5.page_url = page_url


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, EARLIER)  # no site or first sentence of the earlier sets
    old_rows = open_web.earlier_pages(EARLIER)
    open_web.assert_new_domains(rows, old_rows, SUFFIXES15)
    open_web.assert_new_prose(STORIES, old_rows)
    assert all(r["id"].startswith("b15-") for r in rows)
    for r in rows:  # a credited page shows its credit lines, unless a dateline is all
        if r["expected_publisher"] is not None and not r["credit_lines"]:
            assert r["placement"] in SIGN_ONLY, r["id"]
    open_web.assert_open_web_mix(
        rows, other_languages=13, scripts={"ar", "zh", "ja", "ko", "ru", "hi"}
    )
    langs_by_template: dict[str, set[str]] = defaultdict(set)
    for c in CASES15:
        langs_by_template[SITES15[c.site].chrome].add(c.lang)
    for chrome in TEMPLATES12:
        floor = 1 if chrome == "cncms" else 2
        assert len(langs_by_template[chrome]) >= floor, (chrome, langs_by_template[chrome])


def main() -> None:
    use_fifteenth_set()
    write_set(OUT, "b15", CASES15, SITES15, STORIES15, build5.render, check)


if __name__ == "__main__":
    main()
