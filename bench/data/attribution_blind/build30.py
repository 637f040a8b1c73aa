"""Generate cases_2027-01-01.jsonl, the thirtieth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build30.py
Stdlib only; deterministic (variation comes from sha1 of ids and sites); checks itself before
writing. The set's point is new page shapes: its templates (`chrome30.py`) are new, written for
it and not derived from the earlier sets' `chrome*.py`; only `build.write_set`, the first and
third sets' checks and `open_web.py`'s overlap helpers are shared.
"""

from __future__ import annotations

import hashlib
import re
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import NULL_CATEGORIES, half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import SENTENCE, assert_new, normalize  # noqa: E402
from build4 import check as check4  # noqa: E402
from cases30 import CASES, SITES, Case  # noqa: E402
from chrome30 import RENDER, UI, Page  # noqa: E402
from open_web import (  # noqa: E402
    assert_new_domains,
    assert_new_prose,
    earlier_pages,
    table_names,
)
from stories30 import EXTRA, LONG, STORIES30  # noqa: E402

OUT = HERE / "cases_2027-01-01.jsonl"
PREFIX = "b30"
#: Every earlier set. The twenty-ninth (`cases_2026-12-31.jsonl`) is written in parallel: when it
#: is merged, add its name as the last line here and re-run.
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{day:02d}.jsonl" for day in range(7, 31)),
    "cases_2026-12-31.jsonl",
)
STORIES = {k: v for d in STORIES30.values() for k, v in d.items()}
#: Public suffixes of more than one label, for the registrable-domain check (this set's and the
#: earlier sets' hosts).
_SUFFIX_TEXT = """
    co.uk org.uk ac.uk gov.uk me.uk ltd.uk plc.uk co.jp or.jp ne.jp ac.jp go.jp com.au net.au
    org.au gov.au co.nz org.nz net.nz govt.nz co.za org.za gov.za com.br gov.br org.br net.br
    com.ar gob.ar com.mx gob.mx org.mx com.co gov.co com.pe gob.pe com.ng org.ng gov.ng com.gh
    org.gh gov.gh co.ug or.ug go.ug co.ke or.ke go.ke co.tz go.tz co.in gov.in org.in net.in
    nic.in com.pk gov.pk org.pk com.bd gov.bd com.np com.lk com.cn gov.cn org.cn net.cn com.hk
    org.hk gov.hk com.tw org.tw gov.tw co.kr or.kr go.kr com.sg gov.sg com.my gov.my co.id
    go.id or.id ac.id com.ph gov.ph com.vn gov.vn co.th or.th go.th com.tr gov.tr org.tr com.eg
    gov.eg com.sa gov.sa com.qa com.kw com.lb com.jo gov.jo co.il org.il gov.il co.ma gov.ma
    com.tn info.tn gov.tn com.dz com.ua gov.ua org.ua in.ua kiev.ua if.ua cv.ua com.pl gov.pl
    org.pl com.ru msk.ru spb.ru com.bo com.na com.mt com.uy com.py com.ec com.ve co.ve com.do
    com.jm co.tt com.bz pe.ca qc.ca on.ca bc.ca co.mz co.zw co.zm co.bw com.et co.rw gov.rw
    com.cy gov.gr com.gr com.es gob.es com.pt gov.pt co.at or.at gv.at
"""
SUFFIXES = set(_SUFFIX_TEXT.split())
#: Hosts that are not ``www.`` + site.
HOSTS = {"rthk.hk": "news.rthk.hk", "nation.cymru": "nation.cymru"}
ENGLISH_REGIONS = ("Ceredigion", "Orkney", "Sligo", "Volta", "Enugu", "Gulu", "Lantau")
OTHER_LANGUAGES = 13
NON_LATIN = {"ru", "uk", "el", "ja", "zh", "ko"}
MONTHS = {
    "en": "11 March 2027",
    "de": "11.03.2027",
    "fr": "11 mars 2027",
    "it": "11 marzo 2027",
    "nl": "11 maart 2027",
    "sv": "11 mars 2027",
    "pl": "11 marca 2027",
    "el": "11 Μαρτίου 2027",
    "ru": "11 марта 2027",
    "uk": "11 березня 2027",
    "ja": "2027年3月11日",
    "zh": "2027年03月11日",
    "ko": "2027.03.11",
    "ha": "11 Maris, 2027",
}


def _n(seed: str, mod: int) -> int:
    return int(hashlib.sha1(seed.encode("utf-8")).hexdigest(), 16) % mod


def host_of(site: str) -> str:
    return HOSTS.get(site, f"www.{site}")


def paragraphs(c: Case) -> list[str]:
    """The story's paragraphs for the page's size: a brief is its first paragraphs up to
    about 900 bytes, a standard page adds the ``EXTRA`` paragraphs (or, for a story that has
    none, the first four ``LONG`` ones), a long one all of them and ``LONG``."""
    _, paras = STORIES30[c.lang][c.story]
    extra = EXTRA.get(c.story) or LONG.get(c.story, [])[:4]
    if c.size == "brief":
        out: list[str] = []
        for para in paras:
            out.append(para)
            if len(out) >= 2 and len(" ".join(out).encode("utf-8")) >= 900:
                break
    elif c.size == "long":
        assert c.story in LONG, f"{c.story} has no long version"
        out = [*paras, *EXTRA.get(c.story, []), *LONG[c.story]]
    else:
        out = [*paras, *extra]
    if c.mention:
        index, sentence = c.mention
        assert index < len(out) - 1, f"{c.story}: no paragraph {index} on a {c.size} page"
        out[index] = f"{out[index]} {sentence}"
    if c.dateline:
        out[0] = c.dateline + out[0]
    return out


def page_url(c: Case, host: str, title: str, n: int) -> tuple[str, str]:
    """The page's address and its canonical address, in the shape of its template."""
    tmpl = SITES[c.site].tmpl
    slug = slugify(title) or f"article-{n}"
    local = UI[c.lang]["local"].lower().replace(" ", "-")
    section = local if local.isascii() else "news"
    url = {
        "next": f"https://{host}/{section}/{slug}-{n:06d}",
        "nuxt": f"https://{host}/2027/03/11/{slug}-{n}/",
        "amp": f"https://{host}/amp/{section}/{slug}-{n}/",
        "table": f"https://{host}/news.php?id={n}",
        "eed": f"https://{host}/eedition/article/{n:08x}",
        "print": f"https://{host}/print/{section}/{slug}-{n}",
        "transcript": f"https://{host}/programmes/{slug}-{n}/",
        "release": f"https://{host}/press-releases/{slug}-{n}",
        "trs": f"https://{host}/xw/202703/t20270311_{n}.html",
        "kr": f"https://{host}/news/articleView.html?idxno={n}",
    }[tmpl]
    canonical = url.replace("/amp/", "/", 1) if tmpl == "amp" else url.replace("/print/", "/", 1)
    return url, canonical


def first_sentence(text: str) -> str:
    return next(s for s in SENTENCE.split(text.strip()) if s)


def last_sentence(text: str) -> str:
    return [s for s in SENTENCE.split(text.strip()) if s][-1]


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    site = SITES[c.site]
    host = host_of(c.site)
    title, story = STORIES30[c.lang][c.story]
    paras = paragraphs(c)
    n = 100000 + _n(case_id, 900000)
    url, canonical = page_url(c, host, title, n)
    assert url not in used, url
    used.add(url)
    minute = _n(c.site + c.story + case_id, 600)
    iso = f"2027-03-11T{6 + minute // 60:02d}:{minute % 60:02d}:00+00:00"
    human = f"{MONTHS[c.lang]} {6 + minute // 60:02d}:{minute % 60:02d}"
    slots = dict(c.slots)
    page = Page(
        lang=c.lang,
        site_name=site.name,
        host=host,
        url=url,
        title=title,
        section=UI[c.lang]["local"],
        iso=iso,
        human=human,
        paras=paras,
        byline=c.byline,
        slots=slots,
        canonical=canonical,
    )
    html = RENDER[site.tmpl](page)
    kept_first = first_sentence(story[0])
    kept_last = last_sentence(paras[-1])
    must_keep = [kept_first] if kept_first == kept_last else [kept_first, kept_last]
    if c.mention:
        must_keep.append(c.mention[1])
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": html,
        "expected_publisher": c.expected,
        "accept": list(c.accept),
        "credit_lines": list(c.lines),
        "must_keep": must_keep,
        "placement": c.placement,
        "note": c.note,
    }


def article_bytes(c: Case) -> int:
    """UTF-8 size of the article text: the paragraphs and the credit lines."""
    return len("\n".join([*paragraphs(c), *c.lines]).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    check4(rows)  # the fourth set's checks, with the first three sets as overlap reference
    assert_new(rows, STORIES, EARLIER)  # no site or first sentence of an earlier set
    old_rows = earlier_pages(EARLIER)
    assert_new_domains(rows, old_rows, SUFFIXES)
    assert_new_prose(STORIES, old_rows)
    names = table_names()
    by_id = {f"{r['site']}|{r['url']}": r for r in rows}
    assert len(by_id) == len(rows)
    for r, c in zip(rows, CASES, strict=True):
        assert r["id"].startswith(f"{PREFIX}-"), r["id"]
        text = visible_text(r["html"])
        if r["expected_publisher"] is None:
            assert r["credit_lines"] == [] and r["category"] in NULL_CATEGORIES, r["id"]
        else:
            # a credited page carries a credit line, unless its only sign is an agency's
            # dateline or a logo (image alt text, SVG title) that the visible text lacks
            assert r["credit_lines"] or c.dateline or c.markup_only, r["id"]
            if c.markup_only:
                assert not any(s in text for s in r["accept"]), f"{r['id']}: visible credit"
        if r["category"] == "in_table":
            assert normalize(r["expected_publisher"]) in names, r["id"]
        if r["category"] == "out_of_table":
            inside = [s for s in r["accept"] if normalize(s) in names]
            assert not inside, f"{r['id']}: {inside} are in a table file"
        for line in r["credit_lines"]:
            assert len(line) >= 3 and re.search(r"\w", line), r["id"]
        assert f'lang="{r["language"]}"' in r["html"][:400], r["id"]
    # the mix the task asks for: about 40% credited copies, 10% own pages, the rest null
    cats = Counter(str(r["category"]) for r in rows)
    share = lambda *names_: sum(cats[x] for x in names_) / len(rows)  # noqa: E731
    assert 0.36 <= share("in_table", "out_of_table", "wire") <= 0.46, cats
    assert 0.08 <= share("own_page") <= 0.13, cats
    assert share("negative_mention", "negative_caption", "no_credit") >= 0.40, cats
    copies = cats["in_table"] + cats["out_of_table"]
    assert abs(2 * cats["in_table"] - copies) <= 0.25 * copies, "copies: about half in the table"
    langs = Counter(str(r["language"]) for r in rows)
    assert 0.40 <= langs["en"] / len(rows) <= 0.48, langs
    assert len(langs) - 1 >= OTHER_LANGUAGES and set(langs) >= NON_LATIN, langs
    for lang in langs:
        assert len({r["half"] for r in rows if r["language"] == lang}) == 2, f"{lang}: one half"
    halves = Counter(str(r["half"]) for r in rows)
    assert abs(halves["tune"] - halves["check"]) <= 0.3 * len(rows), halves
    regions = {SITES[r["site"]].region for r in rows if r["language"] == "en"}
    assert set(ENGLISH_REGIONS) <= regions, regions
    # article text of real length: median about 3 KB, some long pages, some briefs
    sizes = sorted(article_bytes(c) for c in CASES)
    median = statistics.median(sizes)
    assert 2500 <= median <= 3600, median
    assert sum(s >= 6000 for s in sizes) >= 6 and sum(s < 1500 for s in sizes) >= 10, sizes
    templates = Counter(SITES[c.site].tmpl for c in CASES)
    assert set(templates) == set(RENDER), templates


def main() -> None:
    write_set(OUT, PREFIX, CASES, SITES, STORIES30, render, check)
    sizes = sorted(article_bytes(c) for c in CASES)
    median = statistics.median(sizes)
    print(f"  article text: median {median:.0f} B, min {sizes[0]}, max {sizes[-1]}")
    print(f"  templates: {dict(sorted(Counter(SITES[c.site].tmpl for c in CASES).items()))}")


if __name__ == "__main__":
    main()
