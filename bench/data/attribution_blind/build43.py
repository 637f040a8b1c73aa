# ruff: noqa: E501, RUF001  (one path or condition a line; the Turkish dotless i in the slug fold)
"""Generate cases_2027-01-14.jsonl, the forty-third blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build43.py
Stdlib only; deterministic (no clock, no randomness); self-checking. Pages come from this set's own
templates (`chrome43.py`), data from `cases43.py`, prose from `stories43.py`.
"""

from __future__ import annotations

import hashlib
import statistics
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
from cases43 import CASES, Case  # noqa: E402
from chrome43 import LANGS, RENDER, RTL, Page  # noqa: E402
from open_web import TABLES, assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories43 import HEADLINES, META, SECTION, STORIES43, TAGS  # noqa: E402

OUT = HERE / "cases_2027-01-14.jsonl"
PREFIX = "b43"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 14)),
    "cases_2027-01-15.jsonl",  # the forty-fourth set, written in parallel: added at merge
)
SUFFIXES = {
    "co.nz", "org.nz", "ac.nz", "com.au", "co.uk", "org.uk", "co.ke", "co.ug", "com.br", "org.br", "com.np", "com.pk", "co.za",
    "org.za", "com.ng", "com.bd", "co.in", "org.in", "com.ph", "gov.ph", "com.lk", "gov.lk", "com.mm", "com.kh", "gov.kh", "co.th",
    "or.th", "gov.la", "com.so", "com.et", "gov.et", "co.jp", "or.jp", "ne.jp", "co.kr", "or.kr", "com.cn", "net.cn", "com.tw",
    "org.tw", "com.hk", "com.sg", "com.my", "com.tr", "gov.tr", "com.vn", "gov.vn", "co.id", "or.id", "go.id", "com.sa", "gov.sa",
    "com.eg", "co.il", "com.mx", "com.ar", "com.co", "com.pe", "gob.pe", "info.tn", "co.tt", "com.bo", "com.na", "com.mt", "com.uy",
    "pe.ca", "com.bz", "if.ua", "co.mz", "com.ua", "com.pl", "com.ro", "co.hu", "com.kz", "co.uz",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES43.values() for k, v in d.items()}
STORY_BYTES = (1000, 2300)  # article text a page carries (story, dateline, mention, caption, credit and own lines)

#: 18 February 2027 (a Thursday) as each language's sites print a date and time.
DATE_FORMATS = {
    "en": "February 18, 2027 {h}:{m} {ap}",
    "de": "18.02.2027, {H}:{m} Uhr",
    "fr": "18 février 2027 à {H}h{m}",
    "it": "18 febbraio 2027 ore {H}:{m}",
    "nl": "18 februari 2027, {H}:{m}",
    "ja": "2027年2月18日 {H}:{m}",
    "ko": "2027.02.18 {H}:{m}",
    "zh-Hans": "2027-02-18 {H}:{m}",
    "zh-Hant": "2027/02/18 {H}:{m}",
    "hi": "18 फरवरी 2027, {h}:{m} {ap} IST",
    "tr": "18 Şubat 2027 Perşembe {H}:{m}",
    "vi": "Thứ năm, 18/2/2027, {H}:{m} (GMT+7)",
    "id": "Kamis, 18 Februari 2027 {H}:{m} WIB",
    "ar": "الخميس 18 فبراير 2027 - {H}:{m}",
}
#: each story's place's UTC offset
TZ = {"de": "+01:00", "fr": "+01:00", "it": "+01:00", "nl": "+01:00", "ja": "+09:00", "ko": "+09:00", "zh-Hans": "+08:00", "zh-Hant": "+08:00",
      "hi": "+05:30", "tr": "+03:00", "vi": "+07:00", "id": "+07:00", "ar": "+03:00"}
EN_TZ = {"en_kumamoto": "+09:00", "en_pune": "+05:30", "en_sheffield": "+00:00", "en_boise": "-07:00", "en_surat": "+05:30", "en_durban": "+02:00",
         "en_halifax": "-04:00", "en_stablecoin": "+01:00", "en_tampere": "+02:00", "en_odense": "+01:00", "en_dayton": "-05:00", "en_bristol": "+00:00"}
NO_WWW = {"crypto", "letter"}
#: letters NFKD does not fold to ASCII, as Turkish and Vietnamese sites' slug functions map them
SLUG_FOLD = str.maketrans({"ı": "i", "İ": "I", "đ": "d", "Đ": "D"})
#: local hours a story's pages are published in, where the story says when (default 8-19)
HOURS = {"en_boise": (14, 18), "en_kumamoto": (16, 20), "en_sheffield": (8, 11), "zh_changzhou": (19, 23), "ko_gumi": (16, 20), "tw_tainan": (14, 19),
         "id_morowali": (16, 21), "vi_cantho": (9, 12), "fr_grenoble": (11, 13), "de_heilbronn": (10, 18), "ja_suwa": (15, 20)}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def host_of(c: Case) -> str:
    return c.host or (c.site if c.fam in NO_WWW else f"www.{c.site}")


def url_of(c: Case, host: str, title: str) -> str:
    num = sha(c.site + title) % 900000 + 100000
    slug = slugify(title.translate(SLUG_FOLD)) or str(num)
    sym = str(META.get(c.story, {}).get("symbol") or num).lower()
    return {
        "quote": f"https://{host}/news/{slug}-{num}",
        "feed": f"https://{host}/news/2027/02/18/{slug}",
        "pfblog": f"https://{host}/{slug}/",
        "crypto": f"https://{host}/news/{slug}",
        "gadget": f"https://{host}/2027/02/18/{slug}/",
        "earnings": f"https://{host}/earnings/{sym}/{slug}",
        "portal": f"https://{host}/economy/{slug}-{num}.html",
        "kabu": f"https://{host}/news/detail/{num}",
        "letter": f"https://{host}/{slug}/",
        "chart": f"https://{host}/charts/2027-02-18/{slug}",
    }[c.fam]


def related_titles(c: Case) -> list[str]:
    """Headlines of the other reports in the page's language, as a related list names them."""
    others = [t for k, (t, _) in STORIES43[c.lang].items() if k != c.story] + HEADLINES[c.lang]
    start = sha(c.site) % len(others)
    return (others[start:] + others[:start])[:4]


def body_of(c: Case) -> list[str]:
    """The paragraphs the page carries: the story (or its first `n` paragraphs), the dateline
    opening the first, the mention sentence as a paragraph of its own after the second."""
    _, story = FLAT[c.story]
    paras = list(story if c.n is None else story[: c.n])
    paras[0] = c.dateline + paras[0]
    if c.mention:
        paras.insert(min(2, len(paras)), c.mention)
    return paras


def slots_of(c: Case) -> dict[str, list[str]]:
    """Credit, own and other lines by slot; an extra line's ``slot@k`` puts it at index ``k``."""
    slots: dict[str, list[str]] = {}
    for slot, text in (*c.credits, *c.own):
        slots.setdefault(slot, []).append(text)
    for slot, text in c.extra:
        name, _, at = slot.partition("@")
        lines = slots.setdefault(name, [])
        lines.insert(int(at) if at else len(lines), text)
    return slots


def date_of(c: Case) -> tuple[str, str]:
    """The page's local time: the case's own, or one within the story's hours (results after
    the close, a morning session's prices in the morning)."""
    s = sha(c.site + "time")
    low, high = HOURS.get(c.story, (8, 19))
    hour, minute = low + s % (high - low), (s >> 8) % 60
    if c.time:
        hour, minute = (int(x) for x in c.time.split(":"))
    tz = EN_TZ[c.story] if c.lang == "en" else TZ[c.lang]
    iso = f"2027-02-18T{hour:02d}:{minute:02d}:00{tz}"
    h12 = hour % 12 or 12
    text = DATE_FORMATS[c.lang].format(H=f"{hour:02d}", h=h12, m=f"{minute:02d}", ap="AM" if hour < 12 else "PM")
    return iso, text


def markup_of(c: Case) -> dict[str, str]:
    return dict(c.markup)


def jsonld_of(c: Case, url: str, title: str, desc: str, iso: str, host: str, image: str) -> list[dict[str, Any]]:
    mk = markup_of(c)
    author: dict[str, Any] = {"@type": "Person", "name": c.author} if c.author else {"@type": "Organization", "name": c.name}
    publisher: dict[str, Any] = {"@type": "Organization", "name": c.name, "url": f"https://{host}/", "logo": {"@type": "ImageObject", "url": f"https://{host}/static/logo-600x60.png"}}
    entity = url
    if "og_site_name" in mk:
        publisher = {"@type": "Organization", "name": mk["og_site_name"], "url": mk["publisher_url"]}
        author = {"@type": "Organization", "name": mk["og_site_name"]}
        entity = mk["source_url"]
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if c.fam not in ("letter", "pfblog") else "BlogPosting",
        "headline": title,
        "description": desc,
        "datePublished": iso,
        "dateModified": iso,
        "inLanguage": c.lang,
        "mainEntityOfPage": {"@type": "WebPage", "@id": entity},
        "image": [image],
        "author": author,
        "publisher": publisher,
        "articleSection": SECTION[c.story],
        "keywords": ", ".join(TAGS[c.story]),
    }
    blocks: list[dict[str, Any]] = [article]
    if c.fam in ("quote", "portal", "earnings", "kabu"):
        blocks.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": c.name, "item": f"https://{host}/"},
            {"@type": "ListItem", "position": 2, "name": SECTION[c.story], "item": url.rsplit("/", 1)[0] + "/"},
        ]})
    return blocks


def placement_of(c: Case) -> str:
    if c.category in CREDITED:
        where = "+".join(dict.fromkeys(s for s, _ in c.credits)) or "markup"
        return f"{c.fam}:{where}" + ("+dateline" if c.dateline else "")
    kind = {"negative_mention": "mention", "negative_caption": "caption", "own_page": "own", "no_credit": "none"}[c.category]
    return f"{c.fam}:{kind}"


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    title, story = FLAT[c.story]
    host = host_of(c)
    url = url_of(c, host, title)
    assert url not in used, url
    used.add(url)
    iso, text_date = date_of(c)
    desc = sentences(story[0])[0]
    image = f"https://{host}/images/2027/02/{sha(url) % 900000 + 100000}.jpg"
    paras = body_of(c)
    mk = markup_of(c)
    related = [(t, url_of(c, host, t)) for t in related_titles(c)]
    figure: dict[str, Any] | None
    src = f"https://{host}/images/2027/02/{sha(url + 'img') % 900000 + 100000}"
    if c.caption and c.cap_kind == "chart":
        figure = {"kind": "chart", "caption": c.caption}
    elif c.caption:
        figure = {"kind": "photo", "src": src, "alt": title, "caption": c.caption}
    elif c.fam in ("kabu", "chart"):
        figure = None
    else:
        figure = {"kind": "photo", "src": src, "alt": title, "caption": None}
    meta_extra: list[tuple[str, str, str]] = []
    if c.fam in ("pfblog", "gadget", "letter") and c.author:
        meta_extra.append(("name", "author", c.author))
    page = Page(
        lang=c.lang,
        site=c.site,
        site_name=c.name,
        host=host,
        url=url,
        canonical=mk.get("canonical", url),
        title=title,
        description=desc,
        section=SECTION[c.story],
        author=c.author,
        date_iso=iso,
        date_text=text_date,
        paras=paras,
        slots=slots_of(c),
        figure=figure,
        related=related,
        tags=TAGS[c.story],
        jsonld=jsonld_of(c, url, title, desc, iso, host, image),
        meta_extra=meta_extra,
        og_site_name=mk.get("og_site_name"),
        quote=META.get(c.story),
        elsewhere=list(c.elsewhere),
        author_bio=c.bio or None,
        read_minutes=max(2, len(" ".join(paras).encode("utf-8")) // 900),
        seed=sha(url),
    )
    html = RENDER[c.fam](page)
    keep = [sentences(paras[0])[0], sentences(paras[-1])[-1]]
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
        "accept": list(c.accept),
        "credit_lines": [t for _, t in c.credits],
        "must_keep": list(dict.fromkeys(keep)),
        "placement": placement_of(c),
        "note": c.note,
    }


def kinds() -> dict[str, str]:
    """Each spelling in the three table files -> its outlet's kind ("wire" or "outlet")."""
    found: dict[str, str] = {}
    for table in TABLES:
        for p in tomllib.loads(table.read_text(encoding="utf-8"))["publisher"]:
            for s in [p["name"], *p.get("aliases", []), *p.get("domains", [])]:
                found.setdefault(normalize(s), p.get("kind", "wire" if "news_agencies" in table.name else "outlet"))
    return found


def story_bytes(c: Case) -> int:
    extra = [c.caption, *(t for _, t in c.credits), *(t for _, t in c.own)]
    return len(" ".join([*body_of(c), *[x for x in extra if x]]).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    lines = [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption]
    extra = {"_lines": ("", lines), "_headlines": ("", [t for ts in HEADLINES.values() for t in ts])}
    assert_new_prose({**FLAT, **extra}, old)
    names = table_names()
    kind = kinds()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
    for r, c in zip(rows, CASES, strict=True):
        html = r["html"]
        text = visible_text(html)
        markup_only = c.category in CREDITED and not c.credits
        assert bool(r["credit_lines"]) == (r["category"] in CREDITED and not markup_only), r["id"]
        assert bool(c.markup) == markup_only, f"{r['id']}: markup credits only on credited pages without a visible credit"
        assert bool(c.own) == (r["category"] == "own_page"), r["id"]
        assert (r["expected_publisher"] is None) == (r["category"] in NULL), r["id"]
        assert r["expected_publisher"] is None or r["expected_publisher"] in r["accept"], r["id"]
        assert bool(c.mention) == (r["category"] == "negative_mention"), r["id"]
        assert bool(c.caption) == (r["category"] == "negative_caption"), r["id"]
        assert not c.elsewhere or r["category"] == "negative_mention", r["id"]
        assert not c.bio or r["category"] == "negative_mention", r["id"]
        for line in r["credit_lines"]:
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r["id"]
        for _, own in (*c.own, *c.extra):
            assert own in text, f"{r['id']}: own or extra line not on the page: {own}"
            for keep in r["must_keep"]:
                assert own.lower() not in keep.lower(), r["id"]
        if c.caption:
            assert c.caption in text, r["id"]
        if c.dateline:
            assert c.dateline.strip() in text, r["id"]
            assert r["must_keep"][0].startswith(c.dateline.strip()), r["id"]
        for key, value in c.markup:
            if key == "canonical":
                assert f'<link rel="canonical" href="{value}">' in html, r["id"]
            if key == "og_site_name":
                assert f'<meta property="og:site_name" content="{value}">' in html and f'"name": "{value}"' in html, r["id"]
            assert value not in text, f"{r['id']}: a markup-only credit shows on the page"
        if markup_only:
            assert not any(a in text for a in r["accept"]), f"{r['id']}: the markup-only outlet is named on the page"
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, f"{r['id']}: {r['expected_publisher']}"
            want = "wire" if r["category"] == "wire" else "outlet"
            assert kind[normalize(r["expected_publisher"])] == want, f"{r['id']}: {r['expected_publisher']} is not a table {want}"
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        rtl = ' dir="rtl"' if r["language"] in RTL else ""
        assert f'<html lang="{r["language"]}"{rtl}' in html, r["id"]
        assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>"), r["id"]
        assert STORY_BYTES[0] <= story_bytes(c) <= STORY_BYTES[1], f"{r['id']}: {story_bytes(c)} bytes of article text"
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert cats["out_of_table"] > max(cats["in_table"], cats["wire"]), cats
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    assert 110 <= n <= 130, n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert set(langs) == set(LANGS), langs
    sizes = [story_bytes(c) for c in CASES]
    fams = Counter(c.fam for c in CASES)
    assert set(fams) == set(RENDER), fams
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    lang_halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    assert all(len(v) == 2 for v in lang_halves.values()), lang_halves
    print(f"  story text: median {statistics.median(sizes):.0f} B, min {min(sizes)}, max {max(sizes)}")
    print(f"  templates: {dict(sorted(fams.items()))}")
    print(f"  markup-only credits: {sum(1 for c in CASES if c.markup)}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES43, render, check)


if __name__ == "__main__":
    main()
