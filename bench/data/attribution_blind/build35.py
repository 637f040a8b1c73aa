"""Generate cases_2027-01-06.jsonl, the thirty-fifth blind attribution set: blogging and
community publishing platforms (WordPress.com, Tumblr, Dreamwidth and LiveJournal, VK and OK,
Naver Blog and Tistory, note.com and Hatena Blog, WeChat-style account articles, Zhihu, Weibo,
Kompasiana, Hive front ends, dev.to and Hashnode, Quora Spaces).

Run from the repository root:  python3 bench/data/attribution_blind/build35.py
Stdlib only; deterministic; self-checking. Data: cases35.py; prose: stories35.py; templates:
chrome35.py (new for this set). Rows are written by `build.write_set`.
"""

from __future__ import annotations

import hashlib
import statistics
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import build3
import open_web
from build import CAT_SHORT, half_of, slugify, visible_text, write_set
from build3 import SENTENCE, normalize
from cases35 import CASES, K
from chrome35 import TEMPLATES, Page
from chrome35 import render as render_page
from stories35 import STORIES

HERE = Path(__file__).resolve().parent

OUT = HERE / "cases_2027-01-06.jsonl"
PREFIX = "b35"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    "cases_2026-12-07.jsonl",
    "cases_2026-12-08.jsonl",
    "cases_2026-12-09.jsonl",
    "cases_2026-12-10.jsonl",
    "cases_2026-12-11.jsonl",
    "cases_2026-12-12.jsonl",
    "cases_2026-12-13.jsonl",
    "cases_2026-12-14.jsonl",
    "cases_2026-12-15.jsonl",
    "cases_2026-12-16.jsonl",
    "cases_2026-12-17.jsonl",
    "cases_2026-12-18.jsonl",
    "cases_2026-12-19.jsonl",
    "cases_2026-12-20.jsonl",
    "cases_2026-12-21.jsonl",
    "cases_2026-12-22.jsonl",
    "cases_2026-12-23.jsonl",
    "cases_2026-12-24.jsonl",
    "cases_2026-12-25.jsonl",
    "cases_2026-12-26.jsonl",
    "cases_2026-12-27.jsonl",
    "cases_2026-12-28.jsonl",
    "cases_2026-12-29.jsonl",
    "cases_2026-12-30.jsonl",
    "cases_2026-12-31.jsonl",
    "cases_2027-01-01.jsonl",
    "cases_2027-01-02.jsonl",
    "cases_2027-01-03.jsonl",
    "cases_2027-01-04.jsonl",
    "cases_2027-01-05.jsonl",
    # "cases_2027-01-07.jsonl",  # the thirty-sixth set, written in parallel: uncomment at merge
)

#: Public suffixes of more than one label that this set's and the earlier sets' hosts use, and
#: the blog hosts on which every subdomain is a separate publisher (as on the public suffix
#: list's private section: one blog, one registrable name).
SUFFIXES = {
    "co.uk",
    "org.uk",
    "ac.uk",
    "gov.uk",
    "com.au",
    "org.au",
    "net.au",
    "co.nz",
    "co.jp",
    "or.jp",
    "ne.jp",
    "go.jp",
    "ac.jp",
    "co.kr",
    "or.kr",
    "go.kr",
    "com.cn",
    "gov.cn",
    "org.cn",
    "com.hk",
    "com.tw",
    "com.tr",
    "gov.tr",
    "co.id",
    "go.id",
    "or.id",
    "com.vn",
    "gov.vn",
    "com.my",
    "com.sg",
    "com.ph",
    "co.th",
    "com.br",
    "com.ar",
    "com.mx",
    "co.za",
    "co.in",
    "com.pk",
    "com.ng",
    "co.ke",
    "com.eg",
    "com.sa",
    "com.ua",
    "com.pl",
    "com.es",
    "gov.la",
    "org.ge",
    "com.ge",
    "wordpress.com",
    "tumblr.com",
    "livejournal.com",
    "dreamwidth.org",
    "tistory.com",
    "hatenablog.com",
    "hatenablog.jp",
    "blogspot.com",
    "substack.com",
    "github.io",
}

STORIES_FLAT = {f"{lang}:{k}": v for lang, d in STORIES.items() for k, v in d.items()}

DATES = {
    "en": "February 10, 2027",
    "de": "10. Februar 2027",
    "fr": "10 février 2027",
    "es": "10 de febrero de 2027",
    "it": "10 febbraio 2027",
    "pl": "10 lutego 2027",
    "tr": "10 Şubat 2027",
    "id": "10 Februari 2027   09:12",
    "vi": "10/02/2027",
    "zh": "2027年2月10日 09:12",
    "ja": "2027年2月10日 09:12",
    "ko": "2027. 2. 10. 9:12",
    "ru": "10 февраля 2027 в 9:12",
}


def canonical_names() -> dict[str, str]:
    """Every spelling in the three table files -> the canonical name it is recorded under."""
    out: dict[str, str] = {}
    for table in open_web.TABLES:
        for p in tomllib.loads(table.read_text(encoding="utf-8"))["publisher"]:
            for s in [p["name"], *p.get("aliases", []), *p.get("domains", [])]:
                out.setdefault(normalize(s), p["name"])
    return out


CANON = canonical_names()
#: Services of table outlets that the table does not spell: answered by the outlet's name.
SERVICES = {"BBC Scotland": "BBC", "euronews-official": "Euronews"}


def sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def host_of(c: K) -> str:
    if c.host:
        return c.host
    if c.site == "kompasiana.com":
        return "www.kompasiana.com"
    return c.site


def page_url(c: K, host: str, title: str, case_id: str) -> str:
    h = sha(case_id)
    slug = slugify(title) or h[:10]
    n = int(h[:8], 16)
    tag = c.tags[0].lower().replace(" ", "-") if c.tags else "news"
    if c.tpl == "wpcom":
        return f"https://{host}/2027/02/10/{slug}/"
    if c.tpl == "tumblr":
        return f"https://{host}/post/{745000000000 + n % 999999999}/{slug}"
    if c.tpl == "journal":
        return f"https://{host}/{100000 + n % 900000}.html"
    if c.tpl == "wall":
        if c.hint == "ok":
            group, topic = 53000000000000 + n % 999999999, 155000000000000 + n % 999999999
            return f"https://ok.ru/group/{group}/topic/{topic}"
        return f"https://vk.com/wall-{10000000 + n % 89999999}_{n % 90000}"
    if c.tpl == "naver":
        return f"https://blog.naver.com/{c.hint}/{223000000000 + n % 999999999}"
    if c.tpl == "tistory":
        return f"https://{host}/{100 + n % 900}"
    if c.tpl == "note":
        return f"https://note.com/{c.hint}/n/n{h[:12]}"
    if c.tpl == "hatena":
        return f"https://{host}/entry/2027/02/10/{n % 240000:06d}"
    if c.tpl == "wechat":
        return f"https://{host}/s/{h[:22]}"
    if c.tpl == "zhihu":
        return f"https://zhuanlan.zhihu.com/p/{680000000 + n % 99999999}"
    if c.tpl == "weibo":
        return f"https://weibo.com/ttarticle/p/show?id=23094050{n % 10**10:010d}"
    if c.tpl == "kompasiana":
        return f"https://www.kompasiana.com/{c.hint}/{h[:24]}/{slug}"
    if c.tpl == "hive":
        return f"https://{c.hint}/{tag}/@{c.author}/{slug[:60]}"
    if c.tpl == "devto":
        if c.hint == "hashnode":
            return f"https://{host}/{slug}"
        return f"https://dev.to/{c.hint}/{slug[:60]}-{h[:4]}"
    if c.tpl == "quora":
        return f"https://{host}/{slug}"
    raise AssertionError(c.tpl)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def story_paras(c: K) -> list[str]:
    paras = list(STORIES[c.lang][c.story][1])
    return paras[:3] if c.brief else paras


def render(c: K, case_id: str, used: set[str]) -> dict[str, Any]:
    title, _ = STORIES[c.lang][c.story]
    paras = story_paras(c)
    body = list(paras)
    if c.dateline:
        body[0] = f"{c.dateline} {body[0]}"
    if c.mention:
        body.insert(2, c.mention)
    host = host_of(c)
    url = page_url(c, host, title, case_id)
    n = 2
    while url in used:  # a second post of the same story on one blog (WordPress adds "-2")
        base = page_url(c, host, title, case_id)
        url = base[:-1] + f"-{n}/" if base.endswith("/") else f"{base}-{n}"
        n += 1
    used.add(url)
    page = Page(
        pid=case_id,
        tpl=c.tpl,
        lang=c.lang,
        host=host,
        url=url,
        title=title,
        blog=c.blog,
        author=c.author,
        date_iso="2027-02-10T09:12:00+00:00",
        date_text=DATES[c.lang],
        paras=body,
        credits=list(c.credits),
        caption=c.caption,
        tags=list(c.tags),
        extra=list(c.extra),
        hint=c.hint,
    )
    html = render_page(page)
    must_keep = [sentences(paras[0])[0], sentences(paras[-1])[-1]]
    if c.mention:
        must_keep.append(c.mention)
    credit_lines = [x.text for x in c.credits]
    if c.category in ("in_table", "wire"):
        expected = CANON.get(normalize(c.ans)) or CANON[normalize(SERVICES[c.ans])]
        accept = list(dict.fromkeys([expected, c.ans, *c.also]))
    elif c.category == "out_of_table":
        expected = c.ans
        accept = list(dict.fromkeys([c.ans, *c.also]))
    else:
        assert not c.ans and not c.credits, case_id
        expected, accept = None, []
    if credit_lines:
        slots = sorted({x.slot for x in c.credits})
        placement = f"{c.tpl}:{'+'.join(slots)}" + ("+dateline" if c.dateline else "")
    else:
        kind = {"negative_mention": "mention", "negative_caption": "caption", "own_page": "own"}
        placement = kind.get(c.category, "none")
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": html,
        "expected_publisher": expected,
        "accept": accept,
        "credit_lines": credit_lines,
        "must_keep": must_keep,
        "placement": placement,
        "note": c.note,
    }


def text_bytes(c: K) -> int:
    """The story prose a page carries, with its dateline, mention and credit lines (UTF-8)."""
    parts = [*story_paras(c), c.dateline, c.mention, *(x.text for x in c.credits)]
    return len(" ".join(p for p in parts if p).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    build3.check(rows, STORIES_FLAT, EARLIER)
    old = open_web.earlier_pages(EARLIER)
    open_web.assert_new_domains(rows, old, SUFFIXES)
    extra_prose = {
        f"side:{c.site}:{i}": ("", [s for s in (c.mention, c.caption) if s])
        for i, c in enumerate(CASES)
    }
    open_web.assert_new_prose({**STORIES_FLAT, **extra_prose}, old)
    names = open_web.table_names()
    prose = "\n".join(p for _, paras in STORIES_FLAT.values() for p in paras)
    by_id = dict(zip((r["id"] for r in rows), CASES, strict=True))
    for r in rows:
        c = by_id[r["id"]]
        assert r["id"].startswith(f"{PREFIX}-{CAT_SHORT[r['category']]}-"), r["id"]
        text = visible_text(r["html"])
        lines = r["credit_lines"]
        assert bool(lines) == (r["expected_publisher"] is not None), r["id"]
        for line in lines:
            assert line not in prose, f"{r['id']}: credit line in the prose: {line}"
            for other in lines:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.casefold() not in keep.casefold(), f"{r['id']}: {line} in {keep}"
        if c.dateline:
            assert c.dateline in text, r["id"]
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, r["id"]
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table"
        if c.caption:
            assert c.caption in text, r["id"]
        for x in c.extra:
            assert x in text, r["id"]
    # the mix: a sample of what a crawler of ordinary news feeds meets
    n = len(rows)
    cats = Counter(r["category"] for r in rows)
    credited = cats["in_table"] + cats["out_of_table"] + cats["wire"]
    assert 0.36 <= credited / n <= 0.46, f"credited: {credited}/{n}"
    assert 0.08 <= cats["own_page"] / n <= 0.13, f"own pages: {cats['own_page']}/{n}"
    assert (n - credited - cats["own_page"]) / n >= 0.40, "other null pages"
    langs = Counter(r["language"] for r in rows)
    assert 0.40 <= langs["en"] / n <= 0.48, f"English: {langs['en']}/{n}"
    assert len(langs) - 1 >= 12, sorted(langs)
    for lang in langs:
        halves = {r["half"] for r in rows if r["language"] == lang}
        assert halves == {"tune", "check"}, f"{lang} in one half only"
    halves = Counter(r["half"] for r in rows)
    assert 0.35 <= halves["tune"] / n <= 0.65, halves
    assert {c.tpl for c in CASES} == set(TEMPLATES), "every template used"
    sizes = [text_bytes(c) for c in CASES]
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, f"median story bytes {med}"
    assert sum(s > 8000 for s in sizes) >= 3, "long pages"
    assert min(sizes) < 1500, "a brief"


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES, render, check)
    sizes = [text_bytes(c) for c in CASES]
    med, over = statistics.median(sizes), sum(s > 8000 for s in sizes)
    print(f"  story bytes: median {med:.0f}, min {min(sizes)}, max {max(sizes)}, over 8 KB {over}")
    print(f"  templates: {dict(sorted(Counter(c.tpl for c in CASES).items()))}")
    print(f"  sites: {len({c.site for c in CASES})}")


if __name__ == "__main__":
    main()
