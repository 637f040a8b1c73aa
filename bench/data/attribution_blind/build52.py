# ruff: noqa: E501  (one path or condition a line; scripts other than Latin)
"""Generate cases_2027-01-23.jsonl, the fifty-second blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build52.py
Stdlib only; deterministic (no clock, no randomness: variation comes from sha1 of the site);
self-checking. Pages come from this set's own templates (`chrome52.py`), data from `cases52.py`,
prose from `stories52.py`.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tomllib
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CATEGORIES, half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import SENTENCE, normalize  # noqa: E402
from build3 import check as check3  # noqa: E402
from cases52 import AUTHORS, CASES, MORE_HEADLINES, NAVS, SECTIONS, UI, Case  # noqa: E402
from chrome52 import RENDER, SLOTS, Page  # noqa: E402
from open_web import TABLES, assert_new_domains, assert_new_prose, earlier_pages  # noqa: E402
from stories52 import STORIES52  # noqa: E402

OUT = HERE / "cases_2027-01-23.jsonl"
PREFIX = "b52"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 21)),
    "cases_2027-01-21.jsonl",  # the fiftieth set
    "cases_2027-01-22.jsonl",  # the fifty-first set
    "cases_2027-01-24.jsonl",  # the fifty-third set, written at the same time: added at merge
)
SUFFIXES = {
    "co.nz", "org.nz", "ac.nz", "com.au", "net.au", "org.au", "co.uk", "org.uk", "ac.uk", "co.ke", "co.ug", "co.tz",
    "com.br", "org.br", "gov.br", "com.ar", "com.mx", "gob.mx", "com.co", "gov.co", "com.pe", "gob.pe", "com.ec",
    "com.uy", "com.py", "com.bo", "com.ve", "com.do", "com.gt", "com.sv", "com.pa", "co.cr", "com.cu", "com.bz",
    "co.za", "org.za", "com.ng", "com.gh", "co.zw", "com.np", "com.pk", "com.bd", "co.in", "org.in", "com.lk",
    "com.ph", "gov.ph", "com.mm", "com.kh", "co.th", "or.th", "com.vn", "com.sg", "com.my", "com.hk", "com.tw",
    "co.jp", "or.jp", "co.kr", "or.kr", "com.tr", "com.eg", "com.sa", "co.il", "org.il", "com.lb", "com.jo",
    "info.tn", "com.so", "com.et", "gov.et", "co.rs", "org.rs", "in.rs", "com.hr", "com.gr", "com.cy", "com.mt",
    "com.mk", "co.me", "com.ba", "com.ua", "in.ua", "if.ua", "com.pl", "co.hu", "com.ro", "com.na", "co.tt",
    "com.jm", "pe.ca", "qc.ca", "on.ca", "bc.ca", "ab.ca", "com.cn", "org.cn", "net.cn", "com.tn", "com.qa",
    "co.id", "or.id", "ac.id", "go.id", "web.id", "ne.jp", "ac.jp", "go.jp", "ne.kr", "go.kr", "net.vn", "org.vn",
    "org.tr", "gen.tr", "bel.tr", "net.pl", "org.pl", "info.pl", "co.at", "or.at", "org.ua", "net.ua", "com.ru",
    "co.zm", "co.bw", "co.mw", "co.rw", "org.gh", "gov.gh", "org.ng", "gov.ng", "com.cm", "co.cd", "com.sn", "co.ci",
    "org.ar", "gob.ar", "gob.cl", "gob.ve", "org.uy", "gub.uy", "org.pe",
    # added for the fiftieth set
    "gov.uk", "gov.il", "net.il", "com.es", "org.es", "gob.es", "com.de", "com.fr", "com.it", "com.ad", "nom.ad",
    # added for this set
    "com.be", "org.se", "co.it", "com.pt",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
TEXT_BYTES = (550, 2300)
MIN_OTHER_LANGUAGES = 9
DATE = "2027-03-19"  # Friday


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def lang_attr(c: Case) -> str:
    return c.locale or c.lang


def story(c: Case) -> tuple[str, list[str]]:
    return STORIES52[c.lang][c.story]


def when(c: Case) -> tuple[str, str, str]:
    """(ISO time with offset, visible date, visible time of day) on Friday 19 March 2027."""
    n = sha(c.site)
    hour, minute = 6 + n % 13, (n // 13) % 60
    return f"{DATE}T{hour:02d}:{minute:02d}:00{c.tz}", str(UI[c.lang]["date"]), f"{hour:02d}:{minute:02d}"


def author_of(c: Case) -> str:
    slots = {s for s, _ in [*c.credits, *c.own]}
    if "byline" in slots or c.category == "wire" or c.dateline or c.extra.get("byline") == "none":
        return ""  # agency copy carries no staff byline; a byline credit takes the row
    names = AUTHORS[c.lang]
    return names[sha(c.site) % len(names)]


def number(c: Case) -> int:
    return sha(c.site + "#") % 900000 + 100000


def section_of(c: Case) -> str:
    nav = list(UI[c.lang]["nav"])  # type: ignore[call-overload]
    return c.section or SECTIONS[c.lang].get(c.fam) or str(nav[sha(c.site + "s") % len(nav)])


def url_of(c: Case, title: str) -> str:
    n = number(c)
    slug = slugify(title) or str(n)
    sec = slugify(section_of(c) + " section").removesuffix("-section") or "news"
    paths = {
        "portal": f"/news/{sec}/{slug}-{n}",
        "sport": f"/{sec}/{slug}/{n}",
        "church": f"/2027/03/19/{slug}/",
        "science": f"/news/2027-03-{slug}.html",
        "farm": f"/{sec}/artikel/{n}-{slug}",
    }
    return f"https://{c.host}{paths[c.fam]}"


def story_paras(c: Case) -> list[str]:
    """The text of the page, as plain paragraphs: the story with its dateline and mention."""
    paras = list(story(c)[1])
    if c.dateline:
        paras[0] = f"{c.dateline} {paras[0]}"
    if c.mention:
        paras.insert(min(2, len(paras)), c.mention)
    return paras


def para_html(c: Case, text: str, first: bool) -> str:
    if first and c.dateline:
        return f'<span class="dateline">{escape(c.dateline)}</span> {escape(text[len(c.dateline) + 1:])}'
    return escape(text)


def placement(c: Case) -> str:
    if c.category in CREDITED:
        slots = "+".join(dict.fromkeys(s for s, _ in c.credits))
        return f"{c.fam}:{slots}" + ("+dateline" if c.dateline else "")
    if c.own:
        return f"{c.fam}:own-" + "+".join(dict.fromkeys(s for s, _ in c.own))
    return f"{c.fam}:" + {"negative_mention": "mention", "negative_caption": "caption"}.get(c.category, "none")


def related_of(c: Case) -> list[tuple[str, str]]:
    titles = [t for k, (t, _) in STORIES52[c.lang].items() if k != c.story]
    titles += MORE_HEADLINES[c.lang]
    start = sha(c.site) % len(titles)
    picked = (titles[start:] + titles[:start])[:3]
    return [(t, f"https://{c.host}/{slugify(t) or sha(t) % 900000 + 100000}") for t in picked]


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    title, _ = story(c)
    paras = story_paras(c)
    url = url_of(c, title)
    assert url not in used, url
    used.add(url)
    iso, shown, clock = when(c)
    slots: dict[str, list[str]] = {}
    for slot, text in [*c.credits, *c.own]:
        assert slot in SLOTS, (c.site, slot)
        slots.setdefault(slot, []).append(text)
    author = author_of(c)
    ui = {**UI[c.lang], "nav": NAVS.get((c.lang, c.fam), UI[c.lang]["nav"])}
    extra = {
        "author_slug": slugify(author + " author").removesuffix("-author") or str(sha(author) % 9000 + 1000),
        "tags": "|".join(str(t) for t in list(ui["nav"])[:3]),  # type: ignore[call-overload]
        "ticker": re.sub(r"[^A-Z]", "", c.name.upper())[:4] or "NEWS",
        "price": f"{sha(c.site + '$') % 90000 / 100 + 5:.2f}",
        "diocese": c.name,
        **c.extra,
    }
    page = Page(
        fam=c.fam,
        lang=lang_attr(c),
        code=c.lang,
        site=c.site,
        host=c.host,
        name=c.name,
        url=url,
        title=title,
        deck=sentences(story(c)[1][0])[0],
        iso=iso,
        date=shown,
        time=clock,
        author=author,
        paras=[para_html(c, t, i == 0) for i, t in enumerate(paras)],
        slots=slots,
        caption=c.caption,
        image=f"{c.fam}-{sha(c.site) % 10**6:06d}.jpg",
        ui=ui,
        related=related_of(c),
        section=section_of(c),
        extra=extra,
    )
    html = RENDER[c.fam](page)
    first = f"{c.dateline} {sentences(story(c)[1][0])[0]}" if c.dateline else sentences(paras[0])[0]
    keep = [first]
    if c.mention:
        keep.append(c.mention)
    keep.append(sentences(paras[-1])[-1])
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": html,
        "expected_publisher": c.publisher,
        "accept": list(c.accept),
        "credit_lines": [t for _, t in c.credits],
        "must_keep": keep,
        "placement": placement(c),
        "note": c.note,
    }


def table_kinds() -> dict[str, set[str]]:
    """Every spelling in the three table files (normalized) and the kinds it is filed under."""
    by_name: dict[str, str] = {}
    spellings: dict[str, set[str]] = {}
    for table in TABLES:
        for p in tomllib.loads(table.read_text(encoding="utf-8"))["publisher"]:
            if "kind" in p:
                by_name.setdefault(p["name"], p["kind"])
            kind = p.get("kind") or by_name.get(p["name"], "?")
            for s in [p["name"], *p.get("aliases", []), *p.get("domains", [])]:
                spellings.setdefault(normalize(s), set()).add(kind)
    return spellings


def story_bytes(c: Case) -> int:
    extra = [c.caption, *(t for _, t in c.credits), *(t for _, t in c.own)]
    return len(" ".join([*story_paras(c), *[x for x in extra if x]]).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    stories = {f"{lang}:{k}": v for lang, d in STORIES52.items() for k, v in d.items()}
    check3(rows, stories, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    lines = {"_lines": ("", [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption])}
    assert_new_prose({**stories, **lines}, old)
    earlier_text = "\n".join(visible_text(r["html"]) for r in old)
    reused = sorted({t for c in CASES for _, t in [*c.credits, *c.own] if t in earlier_text})
    print(f"  credit wordings also on earlier pages ({len(reused)}): {reused}")
    kinds = table_kinds()
    prose = "\n".join(p for _, ps in stories.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
    assert len({c.site for c in CASES}) == n, "one page a site"
    for r, c in zip(rows, CASES, strict=True):
        text = visible_text(r["html"])
        assert bool(r["credit_lines"]) == (r["category"] in CREDITED), r["id"]
        assert bool(c.own) == (r["category"] == "own_page"), r["id"]
        assert (r["expected_publisher"] is None) == (r["category"] in NULL), r["id"]
        assert r["expected_publisher"] is None or r["expected_publisher"] in r["accept"], r["id"]
        assert bool(c.mention) == (r["category"] == "negative_mention"), r["id"]
        assert bool(c.caption) == (r["category"] == "negative_caption"), r["id"]
        assert c.host == r["url"].split("/")[2], r["id"]
        assert c.host == c.site or c.host.endswith("." + c.site), r["id"]
        for line in r["credit_lines"]:
            assert text.count(line) == 1, f"{r['id']}: credit line not once on the page: {line}"
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r["id"]
            if r["expected_publisher"] is not None:
                assert any(a.casefold() in line.casefold() for a in r["accept"]), f"{r['id']}: credit names no accepted spelling"
        for _, own in c.own:
            assert text.count(own) == 1, f"{r['id']}: own credit not once on the page: {own}"
            assert c.name in own or own == c.name, f"{r['id']}: own line does not name the site"
            assert own not in prose and all(own.lower() not in k.lower() for k in r["must_keep"]), r["id"]
        if c.caption:
            assert text.count(c.caption) == 1 and c.caption not in " ".join(r["must_keep"]), r["id"]
            assert c.caption not in prose, r["id"]
        if c.mention:
            assert c.mention in r["must_keep"] and c.mention not in prose, r["id"]
        if c.dateline:
            assert c.dateline.strip() in text and r["must_keep"][0].startswith(c.dateline), r["id"]
        for keep in r["must_keep"]:
            assert text.count(keep) >= 1, r["id"]
        assert when(c)[1] in text, f"{r['id']}: page not dated"
        if r["category"] in ("in_table", "wire"):
            found = kinds.get(normalize(r["expected_publisher"]), set())
            want = "wire" if r["category"] == "wire" else "outlet"
            assert want in found, f"{r['id']}: {r['expected_publisher']} is not a table {want} ({found})"
        if r["category"] == "out_of_table":
            inside = [s for s in r["accept"] if normalize(s) in kinds]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        m = re.search(r'<html lang="([^"]+)"( dir="rtl")?>', r["html"][:200])
        assert m and m.group(1).split("-")[0] == r["language"], r["id"]
        assert not m.group(2), f"{r['id']}: no right-to-left page in this set"
        assert r["html"].count("<html") == 1 and r["html"].rstrip().endswith("</html>"), r["id"]
        assert "None" not in text and "{" not in text and "}" not in text, f"{r['id']}: template residue"
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert cats["out_of_table"] > max(cats["in_table"], cats["wire"]), cats
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    assert 90 <= n <= 125, n
    langs = Counter(r["language"] for r in rows)
    assert 0.35 * n <= langs["en"] <= 0.45 * n, langs["en"]
    assert sum(1 for k, v in langs.items() if k != "en" and v >= 5) >= MIN_OTHER_LANGUAGES, langs
    sizes = [story_bytes(c) for c in CASES]
    assert TEXT_BYTES[0] <= min(sizes) and max(sizes) <= TEXT_BYTES[1], (min(sizes), max(sizes))
    fams = Counter(c.fam for c in CASES)
    assert set(fams) == set(RENDER) and min(fams.values()) >= 5, fams
    halves = Counter(r["half"] for r in rows)
    assert 0.42 * n <= halves["tune"] <= 0.58 * n, halves
    lang_halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    assert all(len(v) == 2 for v in lang_halves.values()), lang_halves
    fam_halves = {fam: {half_of(c.site) for c in CASES if c.fam == fam} for fam in fams}
    assert all(len(v) == 2 for v in fam_halves.values()), fam_halves
    print(f"  story text: median {sorted(sizes)[n // 2]} B, min {min(sizes)}, max {max(sizes)}")
    print(f"  templates: {dict(sorted(fams.items()))}")
    print(f"  templates by half: { {k: dict(Counter(half_of(c.site) for c in CASES if c.fam == k)) for k in sorted(fams)} }")
    print(f"  languages by half: { {k: dict(Counter(r['half'] for r in rows if r['language'] == k)) for k in sorted(langs)} }")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    stories = {lang: d for lang, d in STORIES52.items()}
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, stories, render, check)


if __name__ == "__main__":
    main()
