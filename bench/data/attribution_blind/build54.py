# ruff: noqa: E501  (one path or condition a line; Arabic script)
"""Generate cases_2027-01-25.jsonl, the fifty-fourth blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build54.py
Stdlib only; deterministic (no clock, no randomness: variation comes from sha1 of the site);
self-checking. Pages come from this set's own templates (`chrome54.py`), data from `cases54.py`,
prose from `stories54.py`.
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
from cases54 import AUTHORS, CASES, MORE_HEADLINES, UI, Case  # noqa: E402
from chrome54 import RENDER, SLOTS, Page  # noqa: E402
from open_web import TABLES, assert_new_domains, assert_new_prose, earlier_pages  # noqa: E402
from stories54 import STORIES54  # noqa: E402

OUT = HERE / "cases_2027-01-25.jsonl"
PREFIX = "b54"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 19)),
    "cases_2027-01-19.jsonl",  # the forty-eighth set
    "cases_2027-01-20.jsonl",  # the forty-ninth set
    "cases_2027-01-21.jsonl",  # the fiftieth set
    "cases_2027-01-22.jsonl",  # the fifty-first set
    "cases_2027-01-23.jsonl",  # the fifty-second set
    "cases_2027-01-24.jsonl",  # the fifty-third set
)
SUFFIXES = {
    "co.nz",
    "org.nz",
    "ac.nz",
    "com.au",
    "net.au",
    "org.au",
    "co.uk",
    "org.uk",
    "ac.uk",
    "co.ke",
    "co.ug",
    "co.tz",
    "com.br",
    "org.br",
    "gov.br",
    "com.ar",
    "com.mx",
    "gob.mx",
    "com.co",
    "gov.co",
    "com.pe",
    "gob.pe",
    "com.ec",
    "com.uy",
    "com.py",
    "com.bo",
    "com.ve",
    "com.do",
    "com.gt",
    "com.sv",
    "com.pa",
    "co.cr",
    "com.cu",
    "com.bz",
    "co.za",
    "org.za",
    "com.ng",
    "com.gh",
    "co.zw",
    "com.np",
    "com.pk",
    "com.bd",
    "co.in",
    "org.in",
    "com.lk",
    "com.ph",
    "gov.ph",
    "com.mm",
    "com.kh",
    "co.th",
    "or.th",
    "com.vn",
    "com.sg",
    "com.my",
    "com.hk",
    "com.tw",
    "co.jp",
    "or.jp",
    "co.kr",
    "or.kr",
    "com.tr",
    "com.eg",
    "com.sa",
    "co.il",
    "org.il",
    "com.lb",
    "com.jo",
    "info.tn",
    "com.so",
    "com.et",
    "gov.et",
    "co.rs",
    "org.rs",
    "in.rs",
    "com.hr",
    "com.gr",
    "com.cy",
    "com.mt",
    "com.mk",
    "co.me",
    "com.ba",
    "com.ua",
    "in.ua",
    "if.ua",
    "com.pl",
    "co.hu",
    "com.ro",
    "com.na",
    "co.tt",
    "com.jm",
    "pe.ca",
    "qc.ca",
    "on.ca",
    "bc.ca",
    "ab.ca",
    "com.cn",
    "org.cn",
    "net.cn",
    "com.tn",
    "com.qa",
    "co.id",
    "or.id",
    "ac.id",
    "go.id",
    "web.id",
    "ne.jp",
    "ac.jp",
    "go.jp",
    "ne.kr",
    "go.kr",
    "net.vn",
    "org.vn",
    "org.tr",
    "gen.tr",
    "bel.tr",
    "net.pl",
    "org.pl",
    "info.pl",
    "co.at",
    "or.at",
    "org.ua",
    "net.ua",
    "com.ru",
    "co.zm",
    "co.bw",
    "co.mw",
    "co.rw",
    "org.gh",
    "gov.gh",
    "org.ng",
    "gov.ng",
    "com.cm",
    "co.cd",
    "com.sn",
    "co.ci",
    "org.ar",
    "gob.ar",
    "gob.cl",
    "gob.ve",
    "org.uy",
    "gub.uy",
    "org.pe",
    "gov.uk",
    "gov.il",
    "net.il",
    "com.es",
    "org.es",
    "gob.es",
    "com.de",
    "com.fr",
    "com.it",
    "com.ad",
    "nom.ad",
    # added for this set: Francophone Africa, the Maghreb and Haiti
    "gouv.sn",
    "org.sn",
    "gouv.ci",
    "or.ci",
    "com.ml",
    "gouv.ml",
    "gov.bf",
    "gov.cd",
    "gouv.cd",
    "org.ma",
    "co.ma",
    "net.ma",
    "gov.ma",
    "press.ma",
    "com.dz",
    "org.dz",
    "gov.dz",
    "org.tn",
    "gov.tn",
    "com.ht",
    "org.ht",
    "gouv.ht",
    "gov.cm",
    "co.cm",
    "net.cm",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
TEXT_BYTES = (550, 2300)
LANGUAGES = {"fr": (0.60, 0.75), "ar": (0.14, 0.25), "en": (0.08, 0.18)}
DATE = "2027-03-26"  # Friday
CITY = {
    "SN": "Dakar",
    "CI": "Abidjan",
    "ML": "Bamako",
    "BF": "Ouagadougou",
    "CD": "Kinshasa",
    "MA": "Rabat",
    "DZ": "Alger",
    "TN": "Tunis",
    "HT": "Port-au-Prince",
    "CM": "Douala",
    "FR": "Paris",
    "CA": "Montréal",
    "US": "Miami",
    "CH": "Genève",
}
CITY_AR = {"MA": "الرباط", "DZ": "الجزائر", "TN": "تونس"}
TAGLINE = {
    "fr": "L'information au quotidien",
    "ar": "جريدة إلكترونية مستقلة",
    "en": "News from home, every day",
}
SHOW = {"fr": "Le journal de 7 heures", "ar": "نشرة السابعة", "en": "The Morning Bulletin"}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def story(c: Case) -> tuple[str, list[str]]:
    return STORIES54[c.lang][c.story]


def when(c: Case) -> tuple[str, str, str]:
    """(ISO time with offset, visible date, visible time of day) on Friday 26 March 2027."""
    n = sha(c.site)
    hour, minute = 6 + n % 13, (n // 13) % 60
    return (
        f"{DATE}T{hour:02d}:{minute:02d}:00{c.tz}",
        str(UI[c.lang]["date"]),
        f"{hour:02d}:{minute:02d}",
    )


def author_of(c: Case) -> str:
    slots = {s for s, _ in [*c.credits, *c.own]}
    if (
        "byline" in slots
        or c.category == "wire"
        or c.dateline
        or (c.sign and c.sign[0] == "byline")
    ):
        return (
            ""  # agency copy carries no staff byline; a byline credit or house line takes the row
        )
    names = AUTHORS[c.lang]
    return names[sha(c.site) % len(names)]


def number(c: Case) -> int:
    return sha(c.site + "#") % 900000 + 100000


def section_of(c: Case) -> str:
    nav = list(UI[c.lang]["nav"])  # type: ignore[call-overload]
    return c.section or str(nav[sha(c.site + "s") % len(nav)])


def section_slug(c: Case) -> str:
    return (
        slugify(section_of(c) + " rubrique actualite").removesuffix("-rubrique-actualite")
        or f"cat-{sha(c.site) % 90 + 10}"
    )


def url_of(c: Case, title: str) -> str:
    n = number(c)
    slug = slugify(title) or str(n)
    sec = section_slug(c)
    paths = {
        "portal": f"/{sec}/article/{n}-{slug}.html",
        "daily": f"/2027/03/26/{slug}/",
        "arportal": f"/{sec}/{n}.html",
        "radio": f"/actualites/{slug}-{n}",
        "social": f"/2027/03/{slug}.html",
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
        return f'<span class="dateline">{escape(c.dateline)}</span> {escape(text[len(c.dateline) + 1 :])}'
    return escape(text)


def placement(c: Case) -> str:
    if c.category in CREDITED:
        slots = "+".join(dict.fromkeys(s for s, _ in c.credits))
        return f"{c.fam}:{slots}" + ("+dateline" if c.dateline else "")
    if c.own:
        return (
            f"{c.fam}:own-"
            + "+".join(dict.fromkeys(s for s, _ in c.own))
            + ("+dateline" if c.dateline else "")
        )
    return f"{c.fam}:" + {"negative_mention": "mention", "negative_caption": "caption"}.get(
        c.category, "none"
    )


def related_of(c: Case) -> list[tuple[str, str]]:
    titles = [t for k, (t, _) in STORIES54[c.lang].items() if k != c.story]
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
    if c.sign:
        slots.setdefault(c.sign[0], []).append(c.sign[1])
    author = author_of(c)
    city = (CITY_AR if c.lang == "ar" else CITY)[c.locale.split("-")[1]]
    n = sha(c.site + "fm")
    extra = {
        "author_slug": slugify(author + " author").removesuffix("-author")
        or str(sha(author) % 9000 + 1000),
        "section_slug": section_slug(c),
        "city": city,
        "tagline": TAGLINE[c.lang],
        "address": f"{c.name} · {city}",
        "freq": f"{88 + n % 20}.{n % 10} FM",
        "show": SHOW[c.lang],
        **c.extra,
    }
    page = Page(
        fam=c.fam,
        lang=c.locale,
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
        ui=UI[c.lang],
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
    extra = [
        c.caption,
        c.mention,
        c.sign[1] if c.sign else "",
        *(t for _, t in c.credits),
        *(t for _, t in c.own),
    ]
    return len(" ".join([*story_paras(c), *[x for x in extra if x]]).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    stories = {f"{lang}:{k}": v for lang, d in STORIES54.items() for k, v in d.items()}
    check3(rows, stories, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    lines = {
        "_lines": (
            "",
            [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption],
        )
    }
    assert_new_prose({**stories, **lines}, old)
    earlier_text = "\n".join(visible_text(r["html"]) for r in old)
    reused = sorted({t for c in CASES for _, t in [*c.credits, *c.own] if t in earlier_text})
    print(f"  credit wordings also on earlier pages ({len(reused)}): {reused}")
    kinds = table_kinds()
    every_accept = {normalize(a) for c in CASES for a in c.accept}
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
        assert not c.sign or r["category"] == "no_credit", r["id"]
        assert c.host == r["url"].split("/")[2], r["id"]
        assert c.host == c.site or c.host.endswith("." + c.site), r["id"]
        for line in r["credit_lines"]:
            assert text.count(line) == 1, f"{r['id']}: credit line not once on the page: {line}"
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r[
                    "id"
                ]
            assert any(a.casefold() in line.casefold() for a in r["accept"]), (
                f"{r['id']}: credit names no accepted spelling"
            )
        for _, own in c.own:
            assert text.count(own) == 1, f"{r['id']}: own credit not once on the page: {own}"
            assert c.name in own, f"{r['id']}: own line does not name the site"
            assert own not in prose and all(own.lower() not in k.lower() for k in r["must_keep"]), (
                r["id"]
            )
        if c.sign:
            assert text.count(c.sign[1]) == 1 and c.sign[1] not in prose, r["id"]
            words = normalize(c.sign[1])
            assert not any(
                re.search(rf"\b{re.escape(a)}\b", words)
                for a in every_accept | set(kinds)
                if len(a) > 1
            ), f"{r['id']}: sign names an outlet"
        if c.caption:
            assert text.count(c.caption) == 1 and c.caption not in " ".join(r["must_keep"]), r["id"]
            assert c.caption not in prose, r["id"]
        if c.mention:
            assert (
                c.mention in r["must_keep"]
                and c.mention not in prose
                and text.count(c.mention) == 1
            ), r["id"]
        if c.dateline:
            assert c.dateline.strip() in text and r["must_keep"][0].startswith(c.dateline), r["id"]
        for keep in r["must_keep"]:
            assert text.count(keep) >= 1, r["id"]
        assert when(c)[1] in text, f"{r['id']}: page not dated"
        if r["category"] in ("in_table", "wire"):
            found = kinds.get(normalize(r["expected_publisher"]), set())
            want = "wire" if r["category"] == "wire" else "outlet"
            assert want in found, (
                f"{r['id']}: {r['expected_publisher']} is not a table {want} ({found})"
            )
        if r["category"] == "out_of_table":
            inside = [s for s in r["accept"] if normalize(s) in kinds]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        m = re.search(r'<html lang="([^"]+)"( dir="rtl")?>', r["html"][:200])
        assert m and m.group(1) == c.locale and m.group(1).split("-")[0] == r["language"], r["id"]
        assert bool(m.group(2)) == (r["language"] == "ar"), (
            f"{r['id']}: Arabic pages, and only they, are right to left"
        )
        assert r["html"].count("<html") == 1 and r["html"].rstrip().endswith("</html>"), r["id"]
        assert "None" not in text and "{" not in text and "}" not in text, (
            f"{r['id']}: template residue"
        )
        if r["language"] == "ar":
            assert re.search("[\u0600-\u06ff]", r["must_keep"][0]), r["id"]
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.38 * n <= credited <= 0.46 * n, credited
    assert cats["out_of_table"] > max(cats["in_table"], cats["wire"]), cats
    assert 0.10 * n <= cats["own_page"] <= 0.14 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    assert 90 <= n <= 125, n
    langs = Counter(r["language"] for r in rows)
    assert set(langs) == set(LANGUAGES), langs
    for lang, (low, high) in LANGUAGES.items():
        assert low * n <= langs[lang] <= high * n, (lang, langs[lang])
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
    print(
        f"  templates by half: { {k: dict(Counter(half_of(c.site) for c in CASES if c.fam == k)) for k in sorted(fams)} }"
    )
    print(
        f"  languages by half: { {k: dict(Counter(r['half'] for r in rows if r['language'] == k)) for k in sorted(langs)} }"
    )
    print(f"  locales: {dict(sorted(Counter(c.locale for c in CASES).items()))}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES54, render, check)


if __name__ == "__main__":
    main()
