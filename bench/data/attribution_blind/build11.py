# ruff: noqa: RUF001
"""Generate cases_2026-12-13.jsonl, the eleventh blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build11.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render`, given this set's sites, stories and authors and `chrome11`'s
templates (a WeChat article, then the ninth set's and everything earlier). It checks itself with
the ninth set's checks where they apply (the fourth set's checks, null pages without credit
lines, the eighth set's mix, copies about half in the table) with all nine earlier sets as
overlap reference, and adds what this set promises: no English page, at least fourteen
languages, each in both halves, and no site whose *registrable domain* (not only its host) is
one an earlier set used.
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
import build9  # noqa: E402
from build import write_set  # noqa: E402
from build3 import assert_new  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases11 import CASES11, SITES11  # noqa: E402
from chrome11 import render_page11, use_local_lists  # noqa: E402
from stories11 import STORIES11  # noqa: E402

OUT = HERE / "cases_2026-12-13.jsonl"
EARLIER = (*build9.EARLIER, build9.OUT.name)  # all nine earlier sets
# The tenth set (written at the same time, unseen): once merged, its sites and prose count too.
OVERLAP = (*EARLIER, "cases_2026-12-12.jsonl")
STORIES = {k: v for d in STORIES11.values() for k, v in d.items()}
AUTHORS11 = {
    **build9.AUTHORS9,
    "es": ["Inmaculada Berrocal", "Fermín Oyarzábal"],
    "pt": ["Joana Mascarenhas", "Reinaldo Tavares"],
    "fr": ["Solène Bertrandias", "Maxence Lhermitte"],
    "de": ["Friederike Osterloh", "Malte Hinrichsen"],
    "it": ["Serena Malaspina", "Dario Quagliarella"],
    "ru": ["Дарья Селиванова", "Кирилл Охотников"],
    "tr": ["Zeynep Aydoğdu", "Cem Karabulut"],
    "id": ["Rina Kusumawati", "Bayu Pratama"],
    "ar": ["ريم العبدلي", "ماجد الكندي"],
    "zh": ["何雨晴", "邓志强"],
    "ja": ["中村彩花", "石田浩二"],
    "ko": ["한지민 기자", "오세훈 기자"],
    "pl": ["Katarzyna Lis", "Michał Gołąb"],
    "nl": ["Femke van der Meulen", "Ruben Kooistra"],
    "vi": ["Lê Thị Hồng Nhung", "Đỗ Minh Quân"],
    "fa": ["نرگس توکلی", "حمید بهرامی"],
    "hi": ["पूजा चौहान", "राकेश तिवारी"],
    "uk": ["Ірина Бондар", "Тарас Левченко"],
}
# Public suffixes of more than one label that this set's and the earlier sets' hosts use (with
# the blog platforms the public-suffix list names, whose subdomains are separate sites): a
# registrable domain is one label more than its public suffix.
MULTI_SUFFIXES = {
    "co.uk", "org.uk", "co.za", "co.ke", "co.tz", "co.ug", "co.zw", "co.il", "co.id", "co.kr",
    "co.jp", "co.in", "com.br", "com.ar", "com.mx", "com.pe", "com.ve", "com.co", "com.tr",
    "com.pk", "com.my", "com.cn", "com.tw", "com.au", "net.au", "com.ng", "com.ua", "net.kw",
    "gov.sa", "gov.ph", "gov.jo", "or.jp", "or.kr", "blogspot.com", "livejournal.com", "blog.jp",
    "substack.com", "tistory.com",
}  # fmt: skip


def registrable(host: str) -> str:
    """The registrable domain of a host: `m.newsis.com` -> `newsis.com`, `www.pap.pl` ->
    `pap.pl`, `en.yna.co.kr` -> `yna.co.kr`, a blog on a platform (`x.blogspot.com`) -> itself.
    Stdlib has no public-suffix list, so the suffixes the sets use are listed above."""
    labels = host.lower().rstrip(".").split(".")
    for n in (2, 1):
        if len(labels) > n and ".".join(labels[-n:]) in MULTI_SUFFIXES:
            return ".".join(labels[-(n + 1) :])
    return ".".join(labels[-2:])


def earlier_domains() -> set[str]:
    """Registrable domains of every site and page address in the ten other sets."""
    found: set[str] = set()
    for name in OVERLAP:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            found.add(registrable(r["site"]))
            found.add(registrable(urlsplit(r["url"]).hostname or ""))
    return found


def assert_new_domains(rows: list[dict[str, Any]]) -> None:
    """No site of this set shares a registrable domain with an earlier set's site or page host
    (`pap.pl` vs `www.pap.pl`, `newsis.com` vs `m.newsis.com`), beyond build3's host check."""
    old = earlier_domains()
    clash = sorted({r["site"] for r in rows if registrable(r["site"]) in old})
    assert not clash, f"registrable domains of an earlier set: {clash}"


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks (with the first three sets as overlap reference)
    assert_new(rows, STORIES, OVERLAP)  # no site or story of the nine earlier sets or the tenth
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
    langs = Counter(str(r["language"]) for r in rows)
    assert "en" not in langs, "no English page in this set"
    assert len(langs) >= 14, sorted(langs)
    assert {"ar", "zh", "ja", "ko", "ru", "fa"} <= set(langs), "non-Latin scripts"
    halves = Counter(str(r["half"]) for r in rows)
    assert abs(halves["tune"] - halves["check"]) <= 0.3 * len(rows), halves
    one_half = {
        lang for lang in langs if len({r["half"] for r in rows if r["language"] == lang}) < 2
    }
    assert not one_half, f"languages in one half only: {sorted(one_half)}"


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    """The ninth set's addresses, and a WeChat article's short one (/s/ and 22 characters)."""
    if chrome == "wechat":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return f"https://{host}/s/" + "".join(alphabet[(n >> (6 * i)) % 64] for i in range(22))
    return build9.page_url(chrome, host, title, ymd, n)


def use_eleventh_set() -> None:
    """Point the fifth set's renderer at this set's data and templates (read as globals): the
    WeChat article in `chrome11`, then the ninth set's and everything they fall back to."""
    use_local_lists()
    build5.SITES5 = SITES11
    build5.STORIES = STORIES
    build5.AUTHORS5 = AUTHORS11
    build5.render_page5 = render_page11
    build5.page_url = page_url
    build6.STORIES = STORIES


def main() -> None:
    use_eleventh_set()
    write_set(OUT, "b11", CASES11, SITES11, STORIES11, build5.render, check)


if __name__ == "__main__":
    main()
