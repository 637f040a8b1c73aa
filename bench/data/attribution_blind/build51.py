# ruff: noqa: E501  (one path or condition a line; macrons in New Zealand names)
"""Generate cases_2027-01-22.jsonl, the fifty-first blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build51.py
Stdlib only; deterministic (no clock, no randomness: variation comes from sha1 of the site);
self-checking. Pages come from this set's own templates (`chrome51.py`), data from `cases51.py`,
prose from `stories51.py`.
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
from cases51 import CASES, GROUPS, LOCALES, MORE, PARTNERS, Case  # noqa: E402
from chrome51 import RENDER, Page  # noqa: E402
from open_web import TABLES, assert_new_domains, assert_new_prose, earlier_pages  # noqa: E402
from stories51 import STORIES51  # noqa: E402

OUT = HERE / "cases_2027-01-22.jsonl"
PREFIX = "b51"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 20)),
    "cases_2027-01-20.jsonl",  # the forty-ninth set
    "cases_2027-01-21.jsonl",  # the fiftieth set (translation and multilingual republication), written at the same time: added at merge
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
    # added for this set's countries
    "gov.uk", "ltd.uk", "plc.uk", "me.uk", "net.nz", "govt.nz", "iwi.nz", "gov.au", "asn.au", "id.au", "gov.ie",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES51.values() for k, v in d.items()}
TEXT_BYTES = (550, 2300)
COUNTRY_OF_STORY = {"us": "US", "uk": "GB", "ie": "IE", "ca": "CA", "au": "AU", "nz": "NZ"}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def when(c: Case) -> tuple[str, str, str]:
    """(ISO time with offset, visible date, visible time of day) on Thursday 18 March 2027."""
    n = sha(c.site)
    hour, minute = 6 + n % 13, (n // 13) % 60
    iso = f"2027-03-18T{hour:02d}:{minute:02d}:00{c.tz}"
    if c.country in ("US", "CA"):
        shown = f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    else:
        shown = f"{hour:02d}:{minute:02d}"
    return iso, LOCALES[c.loc][1], shown


def number(c: Case) -> int:
    return sha(c.site + "#") % 900000 + 100000


def section_of(c: Case) -> str:
    return {"US": "Local News", "GB": "Local News", "IE": "News", "CA": "Local News", "AU": "Local News", "NZ": "Local Democracy"}[c.country]


def url_of(c: Case, title: str) -> str:
    n = number(c)
    slug = slugify(title) or str(n)
    paths = {
        "usdaily": f"/story/news/local/2027/03/18/{slug}/{n}007/",
        "hyperlocal": f"/2027/03/18/{slug}/",
        "tvstation": f"/article/news/local/{slug}/{n}-{sha(c.site + 'x') % 10**8:08d}",
        "ukregional": f"/news/local-news/{slug}-{n}",
        "canada": f"/local-news/{slug}-{n}",
        "aunz": f"/story/{n}/{slug}/",
    }
    return f"https://{c.host}{paths[c.fam]}"


def story_paras(c: Case) -> list[str]:
    """The text of the page, as plain paragraphs: the story with its dateline and mention."""
    paras = list(FLAT[c.story][1])
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
        return f"{c.fam}:own-" + "+".join(dict.fromkeys(s for s, _ in c.own)) + ("+dateline" if c.dateline else "")
    if c.contrib:
        return f"{c.fam}:contrib"
    return f"{c.fam}:" + {"negative_mention": "mention", "negative_caption": "caption"}.get(c.category, "none")


def related_of(c: Case) -> list[tuple[str, str]]:
    prefix = c.story.split("_")[0]
    titles = [t for k, (t, _) in FLAT.items() if k != c.story and k.startswith(prefix + "_")]
    titles += list(MORE)
    start = sha(c.site) % len(titles)
    picked = (titles[start:] + titles[:start])[:4]
    return [(t, f"https://{c.host}/news/{slugify(t) or sha(t) % 900000 + 100000}") for t in picked]


def partners_of(c: Case) -> list[str]:
    pool = PARTNERS[c.country]
    start = sha(c.site + "p") % len(pool)
    return list((pool[start:] + pool[:start])[:3])


def group_of(c: Case) -> tuple[str, tuple[str, ...]] | None:
    if not c.group:
        return None
    label, titles = GROUPS[c.group]
    members = [x.name for x in CASES if x.group == c.group]
    return label, tuple(dict.fromkeys([*titles, *members]))


def pixel_of(c: Case) -> str | None:
    """The republication tracker a nonprofit's 'republish' box carries (on the publisher's domain)."""
    if not any(s == "box" and "republished" in t for s, t in c.credits):
        return None
    domain = next(a for a in c.accept if "." in a and " " not in a)
    return f"https://{domain}/?republication-pixel=true&post={number(c)}&ga4=G-{sha(domain) % 10**8:08d}"


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    title, _ = FLAT[c.story]
    paras = story_paras(c)
    url = url_of(c, title)
    assert url not in used, url
    used.add(url)
    iso, shown, clock = when(c)
    slots: dict[str, list[str]] = {}
    for slot, text in [*c.credits, *c.own]:
        slots.setdefault(slot, []).append(text)
    page = Page(
        fam=c.fam,
        lang=c.locale,
        site=c.site,
        host=c.host,
        name=c.name,
        url=url,
        title=title,
        deck=sentences(FLAT[c.story][1][0])[0],
        iso=iso,
        date=shown,
        time=clock,
        author=c.author,
        paras=[para_html(c, t, i == 0) for i, t in enumerate(paras)],
        slots=slots,
        caption=c.caption,
        image=f"{c.fam}-{sha(c.site) % 10**6:06d}.jpg",
        related=related_of(c),
        partners=partners_of(c),
        section=section_of(c),
        group=group_of(c),
        contrib=c.contrib,
        chrome_note=c.chrome_note,
        pixel=pixel_of(c),
    )
    html = RENDER[c.fam](page)
    first = f"{c.dateline} {sentences(FLAT[c.story][1][0])[0]}" if c.dateline else sentences(paras[0])[0]
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
    extra = [c.caption, c.contrib, *(t for _, t in c.credits), *(t for _, t in c.own)]
    return len(" ".join([*story_paras(c), *[x for x in extra if x]]).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    lines = [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption]
    lines += [c.chrome_note for c in CASES if c.chrome_note]
    assert_new_prose({**FLAT, "_lines": ("", lines)}, old)
    earlier_text = "\n".join(visible_text(r["html"]) for r in old)
    # credit, own and contribution lines are conventions ("— With files from The Canadian Press"): printed, not refused
    reused = sorted({t for c in CASES for _, t in [*c.credits, *c.own, ("", c.contrib or "")] if t and t in earlier_text})
    print(f"  credit wordings also on earlier pages ({len(reused)}): {reused}")
    kinds = table_kinds()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
    assert len({c.site for c in CASES}) == n, "one page a site"
    assert len({c.name for c in CASES}) == n, "one page a title"
    for r, c in zip(rows, CASES, strict=True):
        text = visible_text(r["html"])
        assert COUNTRY_OF_STORY[c.story.split("_")[0]] == c.country, f"{r['id']}: story from another country"
        assert bool(r["credit_lines"]) == (r["category"] in CREDITED), r["id"]
        assert bool(c.own) == (r["category"] == "own_page"), r["id"]
        assert (r["expected_publisher"] is None) == (r["category"] in NULL), r["id"]
        assert r["expected_publisher"] is None or r["expected_publisher"] in r["accept"], r["id"]
        assert bool(c.mention or c.contrib) == (r["category"] == "negative_mention"), r["id"]
        assert not (c.mention and c.contrib), r["id"]
        assert bool(c.caption) == (r["category"] == "negative_caption"), r["id"]
        assert c.host == r["url"].split("/")[2], r["id"]
        assert c.chrome_note is None or r["category"] in ("out_of_table", "no_credit", "in_table"), r["id"]
        if r["category"] in CREDITED:
            assert normalize(c.name) not in {normalize(a) for a in c.accept}, f"{r['id']}: credits itself"
        for line in r["credit_lines"]:
            assert text.count(line) == 1, f"{r['id']}: credit line not once on the page: {line}"
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r["id"]
        for _, own in c.own:
            assert text.count(own) == 1, f"{r['id']}: own credit not once on the page: {own}"
            assert own not in prose and all(own.lower() not in k.lower() for k in r["must_keep"]), r["id"]
            assert c.name in own or c.site in own, f"{r['id']}: own line does not name the site"
        for extra in (c.caption, c.contrib, c.chrome_note):
            if extra:
                assert text.count(extra) == 1 and extra not in " ".join(r["must_keep"]), r["id"]
                assert extra not in prose, r["id"]
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
        if pixel_of(c):
            assert "republication-tracker-tool-source" in r["html"], r["id"]
        m = re.search(r'<html lang="([^"]+)"( dir="rtl")?>', r["html"][:200])
        assert m and m.group(1) == c.locale and m.group(1).split("-")[0] == r["language"] == "en", r["id"]
        assert not m.group(2), f"{r['id']}: no right-to-left page in this set"
        assert r["html"].count("<html") == 1 and r["html"].rstrip().endswith("</html>"), r["id"]
        assert "None" not in text and "{" not in text, f"{r['id']}: template residue"
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert cats["out_of_table"] > max(cats["in_table"], cats["wire"]), cats
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    assert 90 <= n <= 125, n
    countries = Counter(c.country for c in CASES)
    assert set(countries) == {"US", "GB", "IE", "CA", "AU", "NZ"} and min(countries.values()) >= 5, countries
    assert countries["US"] <= 0.5 * n, countries
    sizes = [story_bytes(c) for c in CASES]
    assert TEXT_BYTES[0] <= min(sizes) and max(sizes) <= TEXT_BYTES[1], (min(sizes), max(sizes))
    fams = Counter(c.fam for c in CASES)
    assert set(fams) == set(RENDER) and min(fams.values()) >= 5, fams
    halves = Counter(r["half"] for r in rows)
    assert 0.42 * n <= halves["tune"] <= 0.58 * n, halves
    for key, of in (("country", lambda c: c.country), ("template", lambda c: c.fam), ("category", lambda c: c.category)):
        split = {v: {half_of(c.site) for c in CASES if of(c) == v} for v in {of(c) for c in CASES}}
        assert all(len(v) == 2 for v in split.values()), (key, split)
    chains = Counter(c.group for c in CASES if c.group)
    assert set(chains) == set(GROUPS), chains
    print(f"  story text: median {sorted(sizes)[n // 2]} B, min {min(sizes)}, max {max(sizes)}")
    print(f"  templates: {dict(sorted(fams.items()))}")
    print(f"  countries: {dict(sorted(countries.items()))}")
    print(f"  templates by half: { {k: dict(Counter(half_of(c.site) for c in CASES if c.fam == k)) for k in sorted(fams)} }")
    print(f"  countries by half: { {k: dict(Counter(half_of(c.site) for c in CASES if c.country == k)) for k in sorted(countries)} }")
    print(f"  chains: {dict(sorted(chains.items()))}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES51, render, check)


if __name__ == "__main__":
    main()
