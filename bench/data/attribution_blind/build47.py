# ruff: noqa: E501  (one path or condition a line)
"""Generate cases_2027-01-18.jsonl, the forty-seventh blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build47.py
Stdlib only; deterministic (no clock, no randomness: variation comes from sha1 of the site);
self-checking. Pages come from this set's own templates (`chrome47.py`), data from `cases47.py`,
prose from `stories47.py`.
"""

from __future__ import annotations

import hashlib
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CATEGORIES, half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import SENTENCE, normalize  # noqa: E402
from build3 import check as check3  # noqa: E402
from cases47 import CASES, MASTHEAD, RAILS, Case  # noqa: E402
from chrome47 import RENDER, Page  # noqa: E402
from open_web import RTL, TABLES, assert_new_domains, assert_new_prose, earlier_pages  # noqa: E402
from stories47 import STORIES47  # noqa: E402

OUT = HERE / "cases_2027-01-18.jsonl"
PREFIX = "b47"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 18)),
    "cases_2027-01-19.jsonl",  # the forty-eighth set, written in parallel: added at merge
)
SUFFIXES = {
    "co.nz", "org.nz", "ac.nz", "com.au", "net.au", "org.au", "co.uk", "org.uk", "ac.uk", "co.ke", "co.ug", "co.tz",
    "com.br", "org.br", "gov.br", "com.ar", "com.mx", "gob.mx", "com.co", "gov.co", "com.pe", "gob.pe", "com.ec",
    "com.uy", "com.py", "com.bo", "com.ve", "com.do", "com.gt", "com.sv", "com.pa", "co.cr", "com.cu", "com.bz",
    "co.za", "org.za", "com.ng", "com.gh", "co.zw", "com.np", "com.pk", "com.bd", "co.in", "org.in", "com.lk",
    "com.ph", "gov.ph", "com.mm", "com.kh", "co.th", "or.th", "com.vn", "com.sg", "com.my", "com.hk", "com.tw",
    "co.jp", "or.jp", "ne.jp", "co.kr", "or.kr", "com.tr", "com.eg", "com.sa", "co.il", "org.il", "com.lb", "com.jo",
    "info.tn", "com.so", "com.et", "gov.et", "co.rs", "org.rs", "in.rs", "com.hr", "com.gr", "com.cy", "com.mt",
    "com.mk", "co.me", "com.ba", "com.ua", "in.ua", "if.ua", "com.pl", "co.hu", "com.ro", "com.na", "co.tt",
    "com.jm", "pe.ca", "qc.ca", "on.ca", "bc.ca", "ab.ca", "co.id", "or.id", "web.id", "net.vn", "edu.vn",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES47.values() for k, v in d.items()}
LANGS = 13
TEXT_BYTES = (1000, 2300)

#: Wednesday 10 March 2027 as each language (and English-speaking region) writes it.
DATE = {
    "us": "March 10, 2027", "gb": "10 March 2027", "de": "10. März 2027", "fr": "10 mars 2027", "it": "10 marzo 2027",
    "pl": "10 marca 2027", "cs": "10. března 2027", "ro": "10 martie 2027", "hu": "2027. március 10.", "tr": "10 Mart 2027",
    "ja": "2027年3月10日", "ko": "2027.03.10", "id": "10 Maret 2027", "vi": "10/03/2027",
}
#: UTC offsets on 10 March 2027 (before the US, EU and NZ/AU clock changes of that spring).
EN_ZONE = {
    "en_bend": ("-08:00", "us"), "en_ithaca": ("-05:00", "us"), "en_kingston": ("-05:00", "us"), "en_dunedin": ("+13:00", "gb"),
    "en_kalgoorlie": ("+08:00", "gb"), "en_burlington": ("-05:00", "us"), "en_keene": ("-05:00", "us"), "en_marquette": ("-05:00", "us"),
    "en_cheyenne": ("-07:00", "us"), "en_stirling": ("+00:00", "gb"), "en_wagga": ("+11:00", "gb"), "en_hilo": ("-10:00", "us"),
    "en_moncton": ("-04:00", "us"), "en_tralee": ("+00:00", "gb"), "en_aberystwyth": ("+00:00", "gb"), "en_lismore": ("+11:00", "gb"),
    "en_nanaimo": ("-08:00", "us"), "en_xl_dalat": ("+07:00", "gb"), "en_xl_pohang": ("+09:00", "gb"), "en_xl_malang": ("+07:00", "gb"),
    "en_xl_pecs": ("+01:00", "gb"),
}
LANG_ZONE = {"de": "+01:00", "fr": "+01:00", "it": "+01:00", "pl": "+01:00", "cs": "+01:00", "hu": "+01:00", "ro": "+02:00",
             "tr": "+03:00", "ja": "+09:00", "ko": "+09:00", "id": "+07:00", "vi": "+07:00"}
XLATE_LANG = {"Vietnamese": "vi", "Korean": "ko", "Indonesian": "id", "Hungarian": "hu"}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def when(c: Case) -> tuple[str, str, str]:
    """(ISO time with offset, visible date, local clock) of the page."""
    if c.lang == "en":
        offset, style = EN_ZONE[c.story]
    else:
        offset, style = LANG_ZONE[c.lang], c.lang
    n = sha(c.site)
    hour, minute = 6 + n % 13, (n >> 8) % 60
    return f"2027-03-10T{hour:02d}:{minute:02d}:00{offset}", DATE[style], f"{hour:02d}:{minute:02d}"


def story_paras(c: Case) -> list[str]:
    """The story's paragraphs with the dateline opening the first and the mention as the third."""
    paras = list(FLAT[c.story][1])
    if c.dateline:
        paras[0] = c.dateline + paras[0]
    if c.mention:
        paras.insert(2, c.mention)
    return paras


def url_of(c: Case, title: str) -> str:
    n = sha(c.site + c.story)
    slug = slugify(title) or str(n % 899_999 + 100_000)
    host = c.site
    if c.fam in ("substack", "hive"):
        return f"https://{host}/p/{slug}"
    if c.fam == "ghost":
        return f"https://{host}/{slug}/"
    if c.fam == "bdown":
        return f"https://{host}/archive/{slug}/"
    if c.fam == "mchimp":
        return f"https://{host}/?u={n % 16**25:025x}&id={(n >> 100) % 16**10:010x}"
    if c.fam == "linked":
        return f"https://{host}/pulse/{slug}-{slugify(c.author + ' profile')[:-8] or 'author'}-{(n % 36**5):05d}"
    if c.fam == "medium":
        return f"https://{host}/{slug}-{n % 16**12:012x}"
    if c.fam == "portal":
        return {
            "msn": f"https://{host}/news/{slug}/ar-AA1{n % 36**5:x}",
            "yahoo": f"https://{host}/{slug}-{n % 10**9:09d}.html",
            "yjp": f"https://{host}/articles/{n % 16**40:040x}",
            "naver": f"https://{host}/article/{n % 900 + 100:03d}/{n % 10**10:010d}",
            "baomoi": f"https://{host}/{slug}/c/{n % 10**8:08d}.epi",
        }.get(c.variant, f"https://{host}/{slug}-{n % 10**6:06d}")
    if c.fam == "newsapp":
        return {
            "smart": f"https://{host}/article/{n % 10**12:012d}",
            "flip": f"https://{host}/@{slugify(c.author + ' curator')[:-8] or 'editor'}/{slug}-{n % 16**8:08x}",
        }.get(c.variant, f"https://{host}/story/{n % 16**16:016x}")
    if c.fam == "readlater":
        return {
            "saved": f"https://{host}/read/{n % 10**10:010d}",
            "shared": f"https://{host}/share/{n % 16**13:013x}",
            "reader": f"https://{host}/saved/2027-03-10-{slug}.html",
            "print": f"https://{host}/news/articlePrint.html?idxno={n % 10**6:06d}",
        }.get(c.variant, f"https://{host}/{slug}")
    src = XLATE_LANG[c.variant]
    return f"https://{host}/{slug}/?_x_tr_sl={src}&_x_tr_tl=en&_x_tr_hl=en&_x_tr_pto=wapp"


def slots_of(c: Case) -> dict[str, list[str]]:
    slots: dict[str, list[str]] = {}
    for slot, text in [*c.credits, *c.own]:
        slots.setdefault(slot, []).append(text)
    return slots


def page_of(c: Case) -> Page:
    title, _ = FLAT[c.story]
    paras = story_paras(c)
    iso, date, clock = when(c)
    words = sum(len(p.split()) for p in paras)
    extra = {"story": c.story, "u": f"{sha(c.name) % 16**25:025x}"}
    if c.fam == "ghost" and any(slot == "box" for slot, _ in c.own):
        extra["box"] = "republish"
    if c.fam == "xlate":
        extra["masthead"] = MASTHEAD[c.site]
    rails = RAILS[c.lang]
    start = sha(c.site) % len(rails)
    return Page(
        fam=c.fam, lang=c.lang, variant=c.variant, url=url_of(c, title), site=c.site, name=c.name, title=title,
        dek=sentences(FLAT[c.story][1][0])[0], author=c.author, bio=c.bio, date=date, iso=iso, clock=clock,
        minutes=max(2, words // 200 + 1), paras=paras, caption=c.caption, slots=slots_of(c), source=c.source,
        markup=list(c.markup), rail=[rails[(start + i) % len(rails)] for i in range(3)], seed=sha(c.site), extra=extra,
    )


def placement(c: Case) -> str:
    if c.category in CREDITED:
        where = "+".join(dict.fromkeys(slot for slot, _ in c.credits)) or "markup-" + "+".join(k for k, _ in c.markup)
        return f"{c.fam}:{where}" + ("+dateline" if c.dateline else "")
    if c.category == "own_page":
        return f"{c.fam}:own-" + "+".join(dict.fromkeys(slot for slot, _ in c.own))
    return f"{c.fam}:" + {"negative_mention": "mention", "negative_caption": "caption"}.get(c.category, "none")


DEFAULT_NOTE = {
    "in_table": "Credited to a table outlet in the page's own wording.",
    "out_of_table": "Credited to an outlet outside the table.",
    "wire": "A wire's copy with its dateline, tag or trailer.",
    "negative_mention": "An original that names an outlet only as a source of one fact: no credit.",
    "negative_caption": "Only a photo credit names an outlet: no credit.",
    "own_page": "The site credits itself: no other publisher.",
    "no_credit": "An original naming nobody in its text (the chrome's rails and bios name outlets).",
}


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    page = page_of(c)
    html = RENDER[c.fam](page)
    assert page.url not in used, page.url
    used.add(page.url)
    paras = page.paras
    first = sentences(FLAT[c.story][1][0])[0]
    keep = [c.dateline + first if c.dateline else first]
    if c.mention:
        keep.append(c.mention)
    keep.append(sentences(paras[-1])[-1])
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": page.url,
        "html": html,
        "expected_publisher": c.publisher,
        "accept": list(c.accept),
        "credit_lines": [t for _, t in c.credits],
        "must_keep": keep,
        "mention": c.mention or None,
        "caption": c.caption or None,
        "placement": placement(c),
        "note": c.note or DEFAULT_NOTE[c.category],
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
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    lines = {"_lines": ("", [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption])}
    assert_new_prose({**FLAT, **lines}, old)
    earlier_text = "\n".join(visible_text(r["html"]) for r in old)
    reused = sorted({t for c in CASES for _, t in [*c.credits, *c.own] if t in earlier_text})
    print(f"  credit wordings also on earlier pages ({len(reused)}): {reused}")
    kinds = table_kinds()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
    assert len({c.site for c in CASES}) == n, "one page a site"
    for r, c in zip(rows, CASES, strict=True):
        text = visible_text(r["html"])
        markup_only = r["category"] in CREDITED and not c.credits
        assert bool(r["credit_lines"]) == (r["category"] in CREDITED and not markup_only), r["id"]
        assert bool(c.markup) == markup_only, f"{r['id']}: markup credits only on pages without a visible one"
        for kind, value in c.markup:
            assert value in r["html"], f"{r['id']}: {kind} not in the markup"
            assert value not in text, f"{r['id']}: markup credit {value} is visible"
        assert bool(c.own) == (r["category"] == "own_page"), r["id"]
        assert (r["expected_publisher"] is None) == (r["category"] in NULL), r["id"]
        assert r["expected_publisher"] is None or r["expected_publisher"] in r["accept"], r["id"]
        assert bool(c.mention) == (r["category"] == "negative_mention"), r["id"]
        assert bool(c.caption) == (r["category"] == "negative_caption"), r["id"]
        assert c.host == r["url"].split("/")[2], r["id"]
        for line in r["credit_lines"]:
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            assert text.count(line) >= 1, f"{r['id']}: credit line not on the page: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r["id"]
        for _, own in c.own:
            assert own in text, f"{r['id']}: own credit not on the page: {own}"
            assert own not in prose and all(own.lower() not in k.lower() for k in r["must_keep"]), r["id"]
        if c.caption:
            assert c.caption in text and c.caption not in " ".join(r["must_keep"]), r["id"]
        if c.mention:
            assert c.mention in r["must_keep"], r["id"]
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
        assert f'<html lang="{r["language"]}">' in r["html"], r["id"]
        assert r["language"] not in RTL and 'dir="rtl"' not in r["html"], r["id"]
        assert r["html"].count("<html") == 1 and r["html"].rstrip().endswith("</html>"), r["id"]
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert cats["out_of_table"] > max(cats["in_table"], cats["wire"]), cats
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    assert 110 <= n <= 130, n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert len(langs) == LANGS and min(langs.values()) >= 5, langs
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
    print(f"  languages by half: { {k: dict(Counter(r['half'] for r in rows if r['language'] == k)) for k in sorted(langs)} }")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES47, render, check)


if __name__ == "__main__":
    main()
