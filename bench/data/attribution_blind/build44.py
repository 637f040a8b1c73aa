# ruff: noqa: E501, RUF001  (one path or condition a line; letters of the slugs the sites write)
"""Generate cases_2027-01-15.jsonl, the forty-fourth blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build44.py
Stdlib only; deterministic (no clock, no randomness); self-checking. Pages come from this set's own
templates (`chrome44.py`), data from `cases44.py`, prose from `stories44.py`.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CATEGORIES, half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import check as check3  # noqa: E402
from build3 import normalize  # noqa: E402
from cases44 import CASES, Case  # noqa: E402
from chrome44 import RENDER, SLUGS, UI, VARIANTS, Page  # noqa: E402
from open_web import (  # noqa: E402
    TABLES,
    assert_new_domains,
    assert_new_prose,
    earlier_pages,
    registrable,
    table_names,
)
from stories44 import OTHER_HEADLINES, STORIES44  # noqa: E402

OUT = HERE / "cases_2027-01-15.jsonl"
PREFIX = "b44"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 14)),
    "cases_2027-01-14.jsonl",  # the forty-third set, written in parallel: added at merge
)
SUFFIXES = {
    "com.ua",
    "org.ua",
    "in.ua",
    "com.br",
    "org.br",
    "com.bo",
    "com.mx",
    "org.mx",
    "com.ar",
    "co.uk",
    "com.au",
    "com.kz",
    "com.ge",
    "org.ge",
    "co.za",
    "com.pl",
    "net.pl",
    "co.il",
    "com.tr",
    "com.vn",
    "com.pk",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES44.values() for k, v in d.items()}
LANGS = 13
#: the visible slots each family prints (credits and own lines); "box" own lines only on headless pages
SLOTS = {
    **{
        fam: {"top", "end", "mid", "tag", "signoff", "byline", "box"}
        for fam in ("next", "nuxt", "fusion", "headless", "static", "amp")
    },
    "print": {"top", "end", "mid", "tag", "signoff", "footer"},
    "lite": {"top", "end", "mid", "tag", "signoff"},
    "live": {"header", "end"},
    "story": {"slide"},
}
MARKUP_KINDS = {"canonical", "syndication", "blob", "distributor"}
#: the day's date as each language's sites print it (Wednesday 3 March 2027)
DATES = {
    "en": "March 3, 2027",
    "pl": "3 marca 2027",
    "cs": "3. března 2027",
    "ro": "3 martie 2027",
    "hu": "2027. március 3.",
    "uk": "3 березня 2027",
    "ka": "3 მარტი, 2027",
    "hy": "3 մարտի, 2027",
    "az": "3 mart 2027",
    "kk": "3 наурыз 2027",
    "uz": "3-mart, 2027",
    "es": "3 de marzo de 2027",
    "pt": "3 de março de 2027",
}
#: the UTC offset of the story's place on that day
TZ = {
    "en_kamianets": "+02:00",
    "en_zugdidi": "+04:00",
    "en_vanadzor": "+04:00",
    "en_sheki": "+04:00",
    "en_shymkent": "+05:00",
    "en_nukus": "+05:00",
    "en_naryn": "+06:00",
    "en_cahul": "+02:00",
    "en_cochabamba": "-04:00",
    "en_manaus": "-04:00",
    "pl_zamosc": "+01:00",
    "pl_suwalki": "+01:00",
    "cs_jihlava": "+01:00",
    "cs_trebic": "+01:00",
    "ro_suceava": "+02:00",
    "ro_tulcea": "+02:00",
    "hu_nyiregyhaza": "+01:00",
    "hu_eger": "+01:00",
    "uk_chernihiv": "+02:00",
    "uk_rivne": "+02:00",
    "ka_kutaisi": "+04:00",
    "ka_ozurgeti": "+04:00",
    "hy_gyumri": "+04:00",
    "hy_ijevan": "+04:00",
    "az_lankaran": "+04:00",
    "az_quba": "+04:00",
    "kk_semey": "+05:00",
    "kk_kostanay": "+05:00",
    "uz_namangan": "+05:00",
    "uz_termiz": "+05:00",
    "es_xalapa": "-06:00",
    "es_temuco": "-03:00",
    "es_tarija": "-04:00",
    "pt_cuiaba": "-04:00",
    "pt_ilheus": "-03:00",
}
#: bylines of the pages that credit no one else (credited and own pages carry the desk's name)
AUTHORS = {
    "en_kamianets": "Olena Marchuk",
    "en_zugdidi": "Nino Japaridze",
    "en_vanadzor": "Anahit Grigoryan",
    "en_sheki": "Leyla Aliyeva",
    "en_shymkent": "Aizhan Sarsenova",
    "en_nukus": "Bakhodir Karimov",
    "en_naryn": "Aibek Osmonov",
    "en_cahul": "Ion Rusu",
    "en_cochabamba": "Carla Villarroel",
    "en_manaus": "Thiago Moura",
    "pl": "Katarzyna Lis",
    "cs": "Jana Horáková",
    "ro": "Andreea Munteanu",
    "hu": "Tóth Eszter",
    "uk": "Марія Литвин",
    "ka": "ნინო ხარაძე",
    "hy": "Անի Մարտիրոսյան",
    "az": "Aygün Məmmədova",
    "kk": "Әйгерім Нұрланқызы",
    "uz": "Malika Tursunova",
    "es": "Lucía Paredes",
    "pt": "Juliana Prado",
}
#: fixed trailers the agencies print under every republished story (earlier sets carry them too)
STANDARD = {
    "Copyright (c) 2027. RFE/RL, Inc. Republished with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.",
    "© EFE 2027. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A.",
}
SENT = re.compile("(?<=[.!?\u0589])\\s+(?=\\S)")


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENT.split(text.strip()) if s]


def host_of(c: Case) -> str:
    return c.host or f"www.{c.site}"


def variant_of(c: Case) -> str:
    if c.variant:
        assert c.variant in VARIANTS[c.fam], (c.site, c.variant)
        return c.variant
    return VARIANTS[c.fam][sha(c.site) % 2] if c.fam in VARIANTS else ""


#: letters NFKD does not fold to ASCII, as the sites' slug plugins write them
FOLD = str.maketrans(
    {"ə": "e", "Ə": "E", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "‘": "", "’": "", "ʻ": ""}
)


def slug_of(c: Case) -> str:
    title, _ = FLAT[c.story]
    return slugify(title.translate(FOLD)) or c.story.split("_", 1)[1] + "-" + {
        "uk": "novyny",
        "ka": "siakhleebi",
        "hy": "lurer",
        "kk": "zhanalyqtar",
    }.get(c.lang, "news")


def urls_of(c: Case) -> tuple[str, str]:
    """The page's own address and the article address it names as canonical."""
    host = host_of(c)
    www = f"www.{c.site}"
    sec = SLUGS[c.lang][0]
    art_id = sha(c.site + c.story) % 900000 + 100000
    slug = slug_of(c)
    article = f"https://{www}/{sec}/{slug}-{art_id}"
    url = {
        "next": article,
        "nuxt": f"https://{host}/{sec}/{art_id}/{slug}",
        "fusion": f"https://{host}/{sec}/2027/03/03/{slug}/",
        "headless": f"https://{host}/2027/03/03/{slug}/",
        "static": f"https://{host}/{SLUGS[c.lang][1]}/{slug}/",
        "amp": f"https://{host}/{sec}/{slug}-{art_id}/amp/",
        "story": f"https://{host}/web-stories/{slug}/",
        "live": f"https://{host}/live/{slug}-{art_id}",
        "print": f"https://{host}/print/{art_id}",
        "lite": f"https://{host}/article/{art_id}",
    }[c.fam]
    own_canonical = url if c.fam not in ("amp", "print", "lite") else article
    return url, own_canonical


def related_of(c: Case) -> list[tuple[str, str]]:
    host = host_of(c)
    titles = [t for k, (t, _) in STORIES44[c.lang].items() if k != c.story] + OTHER_HEADLINES[
        c.lang
    ]
    start = sha(c.site) % len(titles)
    picked = (titles[start:] + titles[:start])[:3]
    news = SLUGS[c.lang][1]
    return [
        (t, f"https://{host}/{news}/{slugify(t.translate(FOLD)) or format(sha(t) % 10**6, 'd')}")
        for t in picked
    ]


def source_name(c: Case) -> str | None:
    m = dict(c.markup)
    if "blob" in m:
        return m["blob"]
    if "distributor" in m:
        return m["distributor"]
    if "canonical" in m:
        return c.expected
    if c.category == "own_page":
        return c.name
    return None


def page_of(c: Case) -> Page:
    title, paras = FLAT[c.story]
    url, own_canonical = urls_of(c)
    markup = dict(c.markup)
    minute = sha(c.site + "time") % (10 * 60) + 7 * 60
    time = f"{minute // 60:02d}:{minute % 60:02d}"
    author = (
        UI[c.lang]["desk"]
        if c.category in (*CREDITED, "own_page")
        else AUTHORS.get(c.story, AUTHORS.get(c.lang, ""))
    )
    return Page(
        lang=c.lang,
        site=c.site,
        host=host_of(c),
        name=c.name,
        url=url,
        canonical=markup.get("canonical", own_canonical),
        title=title,
        lead=sentences(paras[0])[0],
        iso=f"2027-03-03T{time}:00{TZ[c.story]}",
        date=DATES[c.lang],
        time=time,
        author=author,
        section=UI[c.lang]["region"],
        section_slug=SLUGS[c.lang][0],
        paras=list(paras),
        dateline=c.dateline,
        mention=c.mention,
        mention_tag=c.mention_tag,
        caption=c.caption,
        credits=list(c.credits),
        own=list(c.own),
        markup=markup,
        extras=dict(c.extras),
        related=related_of(c),
        most_read=[
            (t, f"https://{host_of(c)}/{SLUGS[c.lang][1]}/{sha(t) % 10**6}")
            for t in OTHER_HEADLINES[c.lang][:3]
        ],
        variant=variant_of(c),
        source_name=source_name(c),
    )


def must_keep_of(c: Case) -> list[str]:
    _, paras = FLAT[c.story]
    keep = [c.dateline + sentences(paras[0])[0], sentences(paras[-1])[-1]]
    if c.mention:
        keep.append(c.mention)
    return keep


def credit_lines_of(c: Case) -> list[str]:
    out: list[str] = []
    for _, line in c.credits:
        if line not in out:
            out.append(line)
    return out


def placement_of(c: Case) -> str:
    slots = [s for s, _ in c.credits] + [k for k, _ in c.markup]
    if c.dateline and c.category in CREDITED:
        slots.append("dateline")
    if c.category == "own_page":
        slots = [f"own-{s}" for s, _ in c.own] + (["dateline"] if c.dateline else [])
    elif c.category == "negative_mention":
        slots = ["mention"] + (["tag"] if c.mention_tag else [])
    elif c.category == "negative_caption":
        slots = ["caption"]
    elif c.category == "no_credit":
        slots = ["none"] + [k for k, _ in c.extras]
    return f"{c.fam}:{'+'.join(dict.fromkeys(slots))}"


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    page = page_of(c)
    html = RENDER[c.fam](page)
    assert page.url not in used, page.url
    used.add(page.url)
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": page.url,
        "html": html,
        "expected_publisher": c.expected,
        "accept": list(c.accept),
        "credit_lines": credit_lines_of(c),
        "must_keep": must_keep_of(c),
        "placement": placement_of(c),
        "note": c.note,
    }


def table_kinds() -> dict[str, str]:
    """Every spelling in the three table files, normalized, with its entry's kind."""
    kinds: dict[str, str] = {}
    for table in TABLES:
        for p in tomllib.loads(table.read_text(encoding="utf-8"))["publisher"]:
            for s in [p["name"], *p.get("aliases", []), *p.get("domains", [])]:
                kinds.setdefault(normalize(s), p.get("kind", ""))
    return kinds


def story_bytes(c: Case) -> int:
    """The article text a page carries: the story, its dateline, mention, caption, credit and own lines."""
    _, paras = FLAT[c.story]
    extra = [
        c.dateline,
        c.mention,
        c.mention_tag,
        c.caption,
        *(t for _, t in c.credits),
        *(t for _, t in c.own),
        dict(c.extras).get("agencies", ""),
    ]
    return len(" ".join([*paras, *[x for x in extra if x]]).encode("utf-8"))


def check_blobs(rid: str, html: str, fam: str) -> None:
    """The hydration blobs and JSON-LD parse as the front ends' own scripts would read them."""
    blobs = re.findall(
        r'<script[^>]*type="application/(?:ld\+)?json"[^>]*>(.*?)</script>', html, re.S
    )
    fusion = re.search(r"Fusion\.globalContent=(.*?);Fusion\.globalContentConfig", html, re.S)
    blobs += [fusion.group(1)] if fusion else []
    for chunk in re.findall(r"self\.__next_f\.push\(\[1,(.*?)\]\)</script>", html, re.S):
        line = json.loads(chunk)
        if line.startswith("3:"):
            blobs.append(line[2:])
    assert bool(blobs) == (fam not in ("print", "lite")), rid
    for blob in blobs:
        json.loads(blob)


def check(rows: list[dict[str, Any]]) -> None:
    check3(
        rows, FLAT, EARLIER
    )  # visible text, halves by site, table answers, no earlier site or first sentence
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    lines = (
        [c.mention for c in CASES]
        + [c.caption for c in CASES]
        + [t for c in CASES for k, t in c.extras if k != "partners"]
    )
    lines += [h for hs in OTHER_HEADLINES.values() for h in hs] + [t for t, _ in FLAT.values()]
    assert_new_prose({**FLAT, "_lines": ("", [x for x in lines if x])}, old)
    # credit and own lines, whole: new wordings, but for the agencies' fixed trailers and bare "label: name" lines
    old_text = "\n".join(visible_text(r["html"]) for r in old)
    bare = re.compile(r"^[^\s:]+: \S+( \S+)?$")
    reused = [
        t
        for c in CASES
        for _, t in (*c.credits, *c.own)
        if t in old_text and t not in STANDARD and not bare.match(t)
    ]
    assert not reused, reused
    names = table_names()
    kinds = table_kinds()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
    assert len({c.site for c in CASES}) == n, "one page a site"
    for r, c in zip(rows, CASES, strict=True):
        html = r["html"]
        text = visible_text(html)
        rid = r["id"]
        cat = r["category"]
        markup_only = cat in CREDITED and not c.credits
        # category and fields agree
        assert (r["expected_publisher"] is None) == (cat in NULL), rid
        assert bool(r["credit_lines"]) == (cat in CREDITED and not markup_only), rid
        assert bool(c.own) == (cat == "own_page"), rid
        assert bool(c.mention) == (cat == "negative_mention"), rid
        assert bool(c.caption) == (cat == "negative_caption"), rid
        assert not c.mention_tag or c.fam == "live", rid
        assert not c.markup or cat in CREDITED, rid
        assert {k for k, _ in c.markup} <= MARKUP_KINDS, rid
        assert {s for s, _ in (*c.credits, *c.own)} <= SLOTS[c.fam], (rid, c.fam)
        assert all(s != "box" or c.fam == "headless" for s, _ in c.own), rid
        assert not c.dateline or cat in ("wire", "out_of_table", "own_page"), rid
        # markup-only credits: in the markup, not in the visible text
        if markup_only:
            kinds_here = {k for k, _ in c.markup}
            assert kinds_here & {"canonical", "syndication", "distributor"}, rid
            for kind, value in c.markup:
                assert value in html, (rid, kind)
                assert value not in text, (rid, kind)
            canon = dict(c.markup).get("canonical")
            if canon:
                assert f'rel="canonical" href="{canon}"' in html, rid
                assert registrable(urlsplit(canon).hostname or "", SUFFIXES) != registrable(
                    c.site, SUFFIXES
                ), rid
        # credit lines: on the page once each, not in the prose, not inside another or a kept sentence
        for line in r["credit_lines"]:
            assert text.count(line) == 1, (rid, line, text.count(line))
            assert line not in prose, f"{rid}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, rid
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), rid
            for x in (c.dateline, c.caption, c.mention):
                assert not x or line.lower() not in x.lower(), rid
        for keep in r["must_keep"]:
            assert keep in text, (rid, keep)
        for _, own in c.own:
            assert own in text, f"{rid}: own line not on the page: {own}"
            assert own not in prose, rid
        for x in (
            c.caption,
            c.dateline.strip(),
            c.mention_tag,
            dict(c.extras).get("bio", ""),
            dict(c.extras).get("agencies", ""),
        ):
            assert not x or x in text, (rid, x)
        # answers
        if cat in ("in_table", "wire"):
            want = "wire" if cat == "wire" else "outlet"
            assert kinds.get(normalize(r["expected_publisher"])) == want, (
                f"{rid}: {r['expected_publisher']} is not a table {want}"
            )
        if cat == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{rid}: {inside} are in the table files"
        assert re.match(rf'<!doctype html><html[^>]* lang="{r["language"]}"[ >]', html, re.I), rid
        check_blobs(rid, html, c.fam)
        assert 'dir="rtl"' not in html[:300], rid
    # the mix
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert cats["out_of_table"] > max(cats["in_table"], cats["wire"]), cats
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    assert set(CATEGORIES) == set(cats), cats
    assert 110 <= n <= 130, n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert len(langs) == LANGS, langs
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    lang_halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    assert all(len(v) == 2 for v in lang_halves.values()), lang_halves
    sizes = [story_bytes(c) for c in CASES]
    assert all(1000 <= s <= 2300 for s in sizes), [
        (c.site, s) for c, s in zip(CASES, sizes, strict=True) if not 1000 <= s <= 2300
    ]
    fams = Counter(c.fam for c in CASES)
    assert set(fams) == set(RENDER) and min(fams.values()) >= 8, fams
    variants = Counter((c.fam, variant_of(c)) for c in CASES if c.fam in VARIANTS)
    assert all(variants[(f, v)] >= 2 for f, vs in VARIANTS.items() for v in vs), variants
    markup_pages = sum(1 for c in CASES if c.category in CREDITED and not c.credits)
    print(
        f"  story text: median {statistics.median(sizes):.0f} B, min {min(sizes)}, max {max(sizes)}"
    )
    print(f"  templates: {dict(sorted(fams.items()))}")
    print(f"  variants: {dict(sorted(variants.items()))}")
    print(
        f"  credited in markup only: {markup_pages}; credited in both text and markup: {sum(1 for c in CASES if c.credits and c.markup)}"
    )


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES44, render, check)


if __name__ == "__main__":
    main()
