# ruff: noqa: E501
"""Generate cases_2027-01-02.jsonl, the thirty-first blind attribution set: publishing platforms
and reposting surfaces the earlier sets did not model (Joomla, TYPO3, 1C-Bitrix, DataLife
Engine, WordPress's default themes with a source plugin, classic Blogger, Weebly and Jimdo,
phpBB/vBulletin/XenForo threads, Telegram's web preview, Mailchimp campaign archives, Vocal and
Medium pages, a reader app, Reddit- and Lemmy-style link posts, AMP cache copies, Beehiiv and
Buttondown newsletters), each rendered by this set's own templates (`chrome31.py`).

Run from the repository root:  python3 bench/data/attribution_blind/build31.py
Stdlib only; deterministic (variation comes from sha1 of ids); checks itself before writing.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import NULL_CATEGORIES, h, half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import check as check3  # noqa: E402
from build3 import first_sentence, last_sentence, normalize  # noqa: E402
from cases31 import CASES31, SITES31, Case  # noqa: E402
from chrome31 import RTL, TEMPLATES, Page, nid_of  # noqa: E402
from chrome31 import render as render_page  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories31 import STORIES31  # noqa: E402

OUT = HERE / "cases_2027-01-02.jsonl"
PREFIX = "b31"
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
)
#: Public suffixes of more than one label that this set's hosts and the earlier sets' use.
SUFFIXES = {
    "co.uk",
    "org.uk",
    "ac.uk",
    "com.au",
    "net.au",
    "org.au",
    "co.nz",
    "org.nz",
    "co.za",
    "org.za",
    "com.ar",
    "com.br",
    "org.br",
    "gov.br",
    "com.mx",
    "gob.mx",
    "com.co",
    "com.pe",
    "gob.pe",
    "com.bo",
    "com.uy",
    "com.ec",
    "com.ve",
    "com.tr",
    "gen.tr",
    "org.tr",
    "com.pk",
    "org.pk",
    "com.bd",
    "org.bd",
    "co.in",
    "org.in",
    "gov.in",
    "net.in",
    "com.np",
    "org.np",
    "com.lk",
    "com.sg",
    "com.my",
    "com.hk",
    "com.vn",
    "co.id",
    "or.id",
    "co.jp",
    "ne.jp",
    "or.jp",
    "co.kr",
    "or.kr",
    "com.cn",
    "com.tw",
    "com.eg",
    "com.sa",
    "com.qa",
    "co.ke",
    "or.ke",
    "co.tz",
    "co.ug",
    "com.ng",
    "com.gh",
    "co.zw",
    "co.mz",
    "com.na",
    "com.mt",
    "co.tt",
    "com.bz",
    "pe.ca",
    "if.ua",
    "com.ua",
    "info.tn",
    "com.kg",
    "org.kg",
    "com.ge",
    "org.ge",
    "com.am",
    "co.uz",
    "com.kz",
    "org.kz",
    "com.iq",
    "org.iq",
    "com.mv",
}
DATE = "2027-01-11"
#: English pages' places, by story.
ENGLISH_PLACES = {
    "sandhills": "Nebraska Sandhills",
    "ironrange": "Minnesota's Iron Range",
    "ozarks": "Arkansas Ozarks",
    "sikkim": "Sikkim",
    "maldives": "the Maldives (Addu)",
    "kakheti": "Kakheti",
    "issykkul": "Issyk-Kul",
}
STORIES: dict[str, tuple[str, list[str]]] = {k: v for d in STORIES31.values() for k, v in d.items()}
#: Slots whose lines are credits (a null page's own lines ride in "end" through `own_end`).
CREDIT_SLOTS = ("field", "end", "byline", "top", "button", "signature")


def story_paras(c: Case) -> tuple[str, list[str]]:
    title, paras = STORIES31[c.lang][c.story]
    return title, list(paras[: c.n] if c.n else paras)


def page_url(c: Case, case_id: str, slug: str) -> str:
    s = SITES31[c.site]
    n = nid_of(case_id)
    host = s.host
    slug = slug or f"{c.story}-{n % 1000}"
    sec = re.sub(r"[^a-z0-9]+", "-", s.section.lower()).strip("-")
    sec = sec if sec.isascii() and sec else "news"
    t = s.template
    if t == "joomla":
        return f"https://{host}/{sec}/{n}-{slug}"
    if t == "typo3":
        return f"https://{host}/{sec}/detail/{slug}/"
    if t == "bitrix":
        return f"https://{host}/news/{n}/"
    if t == "dle":
        return f"https://{host}/{sec}/{n}-{slug}.html"
    if t == "wptt":
        return f"https://{host}/{DATE[:4]}/{DATE[5:7]}/{DATE[8:]}/{slug}/"
    if t == "blogger":
        return f"https://{host}/{DATE[:4]}/{DATE[5:7]}/{slug[:40].rstrip('-')}.html"
    if t == "weebly":
        if s.variant == "jimdo":
            return f"https://{host}/{DATE[:4]}/{DATE[5:7]}/{DATE[8:]}/{slug}/"
        return f"https://{host}/{sec}/{slug}"
    if t == "forum":
        if s.variant == "vbulletin":
            return f"https://{host}/showthread.php?{n // 3}-{slug}"
        if s.variant == "xenforo":
            return f"https://{host}/threads/{slug}.{n // 3}/"
        return f"https://{host}/viewtopic.php?t={n // 3}"
    if t == "telegram":
        return f"https://t.me/s/{dict(s.extra)['handle']}/{n % 20000 + 1000}"
    if t == "mailchimp":
        return f"https://{host}/?u={h(c.site) % 16**25:025x}&id={n % 16**10:010x}"
    if t == "longform":
        if s.variant == "vocal":
            return f"https://vocal.media/{dict(s.extra)['community'].lower()}/{slug}"
        return f"https://{host}/{slug}-{h(case_id) % 16**12:012x}"
    if t == "reader":
        return f"https://{host}/story/{h(case_id) % 16**16:016x}"
    if t == "linkpost":
        if s.variant == "lemmy":
            return f"https://{host}/post/{n}"
        return f"https://{host}/b/{s.section}/comments/{n % 36**5:x}/{slug[:50].rstrip('-')}/"
    if t == "ampcache":
        origin = host.removeprefix("www.")
        return f"https://{origin.replace('-', '--').replace('.', '-')}.bing-amp.com/c/s/{origin}/{sec}/{n}-{slug}?amp"
    if t == "newsletter":
        if s.variant == "buttondown":
            return f"https://buttondown.com/{dict(s.extra)['handle']}/archive/{slug}/"
        return f"https://{host}/p/{slug}"
    raise AssertionError(t)


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    s = SITES31[c.site]
    assert s.lang == c.lang, c.site
    title, paras = story_paras(c)
    first, last = paras[0], paras[-1]
    if c.mention:
        paras.insert(min(c.mention_at, len(paras) - 1), c.mention)
    if c.dateline:
        paras[0] = c.dateline + paras[0]
    credits = {k: list(v) for k, v in c.credits.items()}
    extra = {**dict(s.extra), **c.extra, "seed": case_id, "place": c.story}
    if "own_end" in extra:
        credits.setdefault("end", []).append(extra.pop("own_end"))
    if s.template == "ampcache":
        extra["origin"] = s.host.removeprefix("www.")
        extra["slug"] = slugify(title) or c.story
    url = page_url(c, case_id, slugify(title))
    assert url not in used, url
    used.add(url)
    minute = h(case_id) % (14 * 60)
    date = f"{DATE}T{7 + minute // 60:02d}:{minute % 60:02d}:00"
    image = (c.caption.split(". ")[0][:90], c.caption) if c.caption else None
    page = Page(
        template=s.template,
        variant=s.variant,
        lang=c.lang,
        site_name=s.name,
        host=s.host,
        url=url,
        title=title,
        paras=paras,
        author=c.author,
        date=date,
        section=s.section,
        credits=credits,
        image=image,
        extra=extra,
    )
    html = render_page(page)
    credit_lines = [line for slot in CREDIT_SLOTS for line in c.credits.get(slot, [])]
    keep = [first_sentence(first), last_sentence(last)]
    if c.mention:
        keep.append(c.mention)
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": html,
        "expected_publisher": c.expected,
        "accept": list(c.accept) if c.expected else [],
        "credit_lines": credit_lines,
        "must_keep": list(dict.fromkeys(keep)),
        "placement": c.placement,
        "note": c.note,
    }


def text_bytes(c: Case) -> int:
    """Article text of a page: the story paragraphs it uses, the mention, the credit lines."""
    _, paras = story_paras(c)
    lines = [*paras, c.mention, *(x for v in c.credits.values() for x in v)]
    return len(" ".join(x for x in lines if x).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, STORIES, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    extras = {
        f"extra-{i}": ("", [c.mention, c.caption])
        for i, c in enumerate(CASES31)
        if c.mention or c.caption
    }
    assert_new_prose({**STORIES, **extras}, old)
    names = table_names()
    prose = "\n".join(p for _, paras in STORIES.values() for p in paras)
    for r in rows:
        rid = r["id"]
        assert rid.startswith(f"{PREFIX}-"), rid
        null = r["expected_publisher"] is None
        assert null == (r["category"] in NULL_CATEGORIES), rid
        assert bool(r["credit_lines"]) != null, (
            f"{rid}: credited pages carry credit lines, null pages none"
        )
        for line in r["credit_lines"]:
            kept = [k for k in r["must_keep"] if line.casefold() in k.casefold()]
            assert not kept, f"{rid}: credit line {line!r} inside must_keep {kept}"
            assert line not in prose, f"{rid}: credit line {line!r} is in story prose"
            others = [o for o in r["credit_lines"] if o != line]
            inside = [o for o in others if line.casefold() in o.casefold()]
            assert not inside, f"{rid}: {line!r} inside another credit line"
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{rid}: {inside} are in a table file"
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, (
                f"{rid}: {r['expected_publisher']} not in the table"
            )
        text = visible_text(r["html"])
        assert "{" not in text[:200] and "None" not in text, f"{rid}: template slip"
        if r["language"] in RTL and SITES31[r["site"]].template not in (
            "telegram",
            "mailchimp",
            "linkpost",
            "longform",
            "forum",
            "blogger",
        ):
            assert 'dir="rtl"' in r["html"][:400], f"{rid}: right-to-left page not marked"
    # the task's mix
    n = len(rows)
    cats = Counter(r["category"] for r in rows)
    credited = cats["in_table"] + cats["out_of_table"] + cats["wire"]
    assert 0.36 * n <= credited <= 0.48 * n, cats
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats
    assert n - credited - cats["own_page"] >= 0.40 * n, cats
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.50 * n, langs
    assert len(langs) - 1 == 13, langs
    halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    one_half = sorted(lang for lang, hs in halves.items() if len(hs) < 2)
    assert not one_half, f"languages in one half only: {one_half}"
    places = Counter(c.story for c in CASES31 if c.lang == "en")
    assert set(places) == set(ENGLISH_PLACES) and min(places.values()) >= 7, places
    sizes = sorted(text_bytes(c) for c in CASES31)
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sizes[-1] >= 8000 and sizes[0] <= 1500, (sizes[0], sizes[-1])
    used = Counter(SITES31[r["site"]].template for r in rows)
    assert set(used) == set(TEMPLATES), set(TEMPLATES) - set(used)
    tune = sum(r["half"] == "tune" for r in rows)
    assert 0.35 * n <= tune <= 0.65 * n, tune
    print(
        f"  article text: median {med / 1000:.1f} KB, {sizes[0] / 1000:.1f}-{sizes[-1] / 1000:.1f} KB"
    )
    print(f"  templates: {dict(sorted(used.items()))}")
    print(f"  English places: {dict(places)}")


def main() -> None:
    write_set(OUT, PREFIX, CASES31, SITES31, STORIES31, render, check)


if __name__ == "__main__":
    main()
