"""Generate cases_2026-12-31.jsonl, the twenty-ninth blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build29.py
Stdlib only; deterministic (variation comes from sha1 of ids). Pages are rendered by this set's
own templates (`chrome29.py`, written new: nothing of `chrome*.py`, `model*.py` or the earlier
renderers is used). Checks itself before writing: the third set's checks (credit lines and
must_keep sentences in the visible text, none inside another, halves by site, table answers in
the table and no `out_of_table` spelling in it), no site (host or registrable domain) and no
story sentence of any earlier set, the mix the task asks for (about 40% credited, about 10% own
pages, the rest null), English about 45% and from each of its seven places, thirteen other
languages each in both halves, right-to-left pages marked, article text of real length.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from pathlib import Path
from statistics import median
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CAT_SHORT, half_of, write_set  # noqa: E402
from build3 import check as check3  # noqa: E402
from build3 import first_sentence, last_sentence, normalize  # noqa: E402
from cases29 import AUTHORS, CASES29, COMMENTS, GALLERIES, META, MORE_FROM, RAILS, SITES29, C  # noqa: E402
from chrome29 import Page, byline_visible, render, source_line  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories29 import STORIES29  # noqa: E402

OUT = HERE / "cases_2026-12-31.jsonl"
PREFIX = "b29"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 31)),
)
STORIES = {k: v for d in STORIES29.values() for k, v in d.items()}
LANG_OF = {k: lang for lang, d in STORIES29.items() for k in d}
#: Public suffixes of more than one label that this set's and the earlier sets' hosts use.
SUFFIXES = {
    "co.uk", "org.uk", "com.au", "net.au", "org.au", "gov.au", "co.nz", "org.nz", "com.br",
    "net.br", "org.br", "gov.br", "com.co", "gov.co", "com.tr", "gen.tr", "web.tr", "bel.tr",
    "co.id", "or.id", "com.vn", "co.kr", "or.kr", "co.th", "in.th", "or.th", "com.pk", "gov.pk",
    "co.in", "org.in", "net.in", "com.mx", "gob.mx", "com.ar", "com.ws", "com.gd", "com.dm",
    "com.fj", "com.lb", "com.ph", "net.ph", "org.ph", "co.za", "org.za", "com.hk", "com.sg",
    "gob.pe", "info.tn", "co.tt", "com.bo", "com.na", "com.mt", "com.uy", "pe.ca", "com.bz",
    "if.ua", "com.ua", "co.il", "org.il", "co.zm", "gov.om", "co.mz", "co.ke", "co.tz", "ac.ir",
    "co.ir", "com.ru", "com.my", "co.jp", "ne.jp", "or.jp", "com.cn", "com.tw",
}
#: The English places (story keys) and the other languages' count.
ENGLISH_PLACES = ("acadiana", "whitemtn", "yukon", "eyre", "savaii", "grenada", "dominica")
OTHER_LANGUAGES = 13
RTL = {"ar", "fa", "ur"}
CREDITED = ("in_table", "out_of_table", "wire")


def h(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def slug(title: str, key: str, n: int) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if len(s) < 12 or not s.isascii():
        s = f"{key}-{n % 900_000 + 100_000}"
    return s[:70].rstrip("-")


def page_url(cms: str, host: str, title: str, key: str, n: int, day: int) -> str:
    s = slug(title, key, n)
    if cms in ("tagdiv", "astra"):
        return f"https://{host}/{s}/"
    if cms in ("soledad", "generatepress"):
        return f"https://{host}/2026/03/{day:02d}/{s}/"
    if cms == "arc":
        return f"https://{host}/news/local/2026/03/{day:02d}/{s}/"
    if cms == "brightspot":
        return f"https://{host}/news/{s}"
    if cms == "drupal":
        return f"https://{host}/news/{s}"
    if cms == "ghost":
        return f"https://{host}/{s}/"
    if cms == "squarespace":
        return f"https://{host}/news/2026/3/{day}/{s}"
    if cms == "wix":
        return f"https://{host}/post/{s}"
    if cms == "substack":
        return f"https://{host}/p/{s}"
    if cms == "medium":
        return f"https://{host}/{s}-{n % 16**12:012x}"
    if cms == "tvgroup":
        return f"https://{host}/news/local-news/{s}"
    if cms == "radiogroup":
        return f"https://{host}/content/2026-03-{day:02d}-{s}/"
    if cms == "partner":
        return f"https://{host}/en-us/news/us/{s}/ar-AA1{n % 36**6:x}"
    if cms == "newsbreak":
        return f"https://{host}/news/{n % 10**10}-{s}"
    if cms == "naver":
        return f"https://{host}/mnews/article/{n % 900 + 1:03d}/{n % 10**10:010d}"
    if cms == "rambler":
        return f"https://{host}/travel/{n % 10**8}-{s}/"
    if cms == "dailyhunt":
        return f"https://{host}/news/india/hindi/{s}-newsid-n{n % 10**9}"
    raise ValueError(cms)


def host_of(site: str) -> str:
    s = SITES29[site]
    if s.host:
        return s.host
    if s.cms in ("substack", "medium", "newsbreak", "dailyhunt") or site.count(".") > 1:
        return site
    return f"www.{site}"


def build_page(c: C, case_id: str) -> tuple[Page, list[str], list[str], str]:
    """The page, its credit lines, its must_keep sentences and the credit's placement."""
    s = SITES29[c.site]
    lang = LANG_OF[c.story]
    title, paras_all = STORIES[c.story]
    n = c.n or len(paras_all)
    paras = list(paras_all[:n])
    must_keep = [first_sentence(paras[0]), last_sentence(paras[-1])]
    if c.men:
        i, sentence = c.men
        assert i < n, f"{case_id}: mention in paragraph {i} of {n}"
        paras[i] = f"{paras[i]} {sentence}"
        must_keep.append(sentence)
        if i == n - 1:
            must_keep[1] = sentence
    k = h(case_id)
    meta = META[c.story]
    day = 12 + k % 2
    host = host_of(c.site)
    url = page_url(s.cms, host, title, c.story, k, day)
    caption = meta["caption"]
    if c.cap:
        caption = f"{caption} {c.cap}"
    rails = RAILS[lang]
    rot = k % len(rails)
    also = [(t, f"https://{host}/news/{slug(t, c.story, h(t))}/") for t in meta["also"]]
    authors = AUTHORS[lang]
    comments = COMMENTS.get(lang, []) if k % 3 == 0 else []
    bio = None
    if lang == "en" and c.by and k % 4 == 0:
        bio = (c.by, f"{c.by} covers {meta['section'].lower()} for {s.name}.")
    page = Page(
        cms=s.cms,
        lang=lang,
        site_name=s.name,
        host=host,
        url=url,
        title=title,
        ymd=(2026, 3, day),
        hm=(6 + k % 12, k % 60),
        section=meta["section"],
        byline=c.by,
        paras=paras,
        dateline=c.dl,
        top=c.top,
        end=list(c.end),
        end_style=c.es,
        source=c.src,
        caption=caption,
        embed=meta["embed"] if k % 2 == 0 else None,
        rails=rails[rot:] + rails[:rot],
        more_from=MORE_FROM.get(lang) if k % 4 != 1 else None,
        comments=comments,
        readalso=also,
        ld_author=c.ld or c.by or authors[k % len(authors)],
        ld_author_org=bool(c.ld),
        bio=bio,
        gallery=list(c.gal) or (GALLERIES.get(c.story, []) if k % 3 == 1 else []),
        live=list(c.live),
        variant=k % 4,
        group=s.group,
    )
    credits: list[str] = []
    places: list[str] = []
    if c.category in CREDITED:
        if c.bc and c.by:
            credits.append(byline_visible(page))
            places.append("byline")
        if c.top:
            credits.append(c.top)
            places.append("top")
        if c.src:
            credits.append(source_line(s.cms, lang, c.src))
            places.append("source field")
        if c.end:
            credits.extend(c.end)
            places.append("end")
    if c.dl:
        places.insert(0, "dateline (kept)")
    placement = ", ".join(places) or ("caption" if c.category == "negative_caption" else "none")
    return page, credits, must_keep, placement


def render_case(c: C, case_id: str, used: set[str]) -> dict[str, Any]:
    page, credits, must_keep, placement = build_page(c, case_id)
    base, k = page.url, 2
    while page.url in used:  # a second post under the same title: WordPress's "-2" suffix
        trail = "/" if base.endswith("/") else ""
        page.url = f"{base.rstrip('/')}-{k}{trail}"
        k += 1
    used.add(page.url)
    html = render(page)
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": page.lang,
        "site": c.site,
        "url": page.url,
        "html": html,
        "expected_publisher": c.publisher,
        "accept": list(c.accept),
        "credit_lines": credits,
        "must_keep": must_keep,
        "placement": placement,
        "note": c.note,
    }


def article_bytes(story: str, n: int | None) -> int:
    paras = STORIES[story][1]
    return sum(len(p.encode("utf-8")) for p in paras[: n or len(paras)])


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, STORIES, EARLIER)  # the third set's checks, with every earlier set
    old_rows = earlier_pages(EARLIER)
    assert_new_domains(rows, old_rows, SUFFIXES)
    assert_new_prose(STORIES, old_rows)
    names = table_names()  # all three table files
    prose = "\n".join(p for _, paras in STORIES.values() for p in paras)
    for r in rows:
        assert r["id"].startswith(f"{PREFIX}-"), r["id"]
        credited = r["category"] in CREDITED
        assert bool(r["credit_lines"]) == credited, r["id"]
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in a table file"
        for a in r["credit_lines"]:
            for b in [*r["credit_lines"], *r["must_keep"]]:
                assert a is b or a not in b, f"{r['id']}: {a!r} inside {b!r}"
            assert a not in prose, f"{r['id']}: credit line {a!r} is in a story's prose"
        if r["language"] in RTL:
            assert 'dir="rtl"' in r["html"][:200], r["id"]
    n = len(rows)
    cats = Counter(str(r["category"]) for r in rows)
    credited_share = sum(cats[c] for c in CREDITED) / n
    assert 0.37 <= credited_share <= 0.47, f"credited: {credited_share:.2f}"
    assert 0.08 <= cats["own_page"] / n <= 0.13, cats["own_page"]
    nulls = sum(r["expected_publisher"] is None for r in rows)
    assert nulls >= 0.5 * n, f"null pages: {nulls}"
    langs = Counter(str(r["language"]) for r in rows)
    assert 0.40 <= langs["en"] / n <= 0.50, f"English: {langs['en']}"
    assert len(langs) - 1 == OTHER_LANGUAGES, sorted(langs)
    for lang in langs:
        halves = {r["half"] for r in rows if r["language"] == lang}
        assert halves == {"tune", "check"}, f"{lang} in one half only"
    stories_en = Counter(c.story for c in CASES29 if LANG_OF[c.story] == "en")
    assert set(stories_en) == set(ENGLISH_PLACES), sorted(stories_en)
    sizes = [article_bytes(c.story, c.n) for c in CASES29]
    assert 2500 <= median(sizes) <= 3500, median(sizes)
    assert max(sizes) > 8000 and min(sizes) < 1200, (max(sizes), min(sizes))
    halves = Counter(str(r["half"]) for r in rows)
    assert abs(halves["tune"] - halves["check"]) <= 0.3 * n, halves


def main() -> None:
    for c in CASES29:
        assert c.site in SITES29, c.site
        assert LANG_OF[c.story] == SITES29[c.site].lang, (c.site, c.story)
        c.lang = LANG_OF[c.story]
    assert all(c.category in CAT_SHORT for c in CASES29)
    write_set(OUT, PREFIX, CASES29, SITES29, STORIES29, render_case, check)
    sizes = sorted(article_bytes(c.story, c.n) for c in CASES29)
    print(f"  article text bytes: min {sizes[0]}, median {median(sizes):.0f}, max {sizes[-1]}")
    per_site = Counter(SITES29[c.site].cms for c in CASES29)
    print(f"  templates: {dict(sorted(per_site.items()))}")


if __name__ == "__main__":
    main()
