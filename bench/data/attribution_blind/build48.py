# ruff: noqa: E501, RUF001  (one path or condition a line; scripts other than Latin)
"""Generate cases_2027-01-19.jsonl, the forty-eighth blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build48.py
Stdlib only; deterministic (no clock, no randomness: variation comes from sha1 of the site);
self-checking. Pages come from this set's own templates (`chrome48.py`), data from `cases48.py`,
prose from `stories48.py`.
"""

from __future__ import annotations

import datetime
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
from cases48 import ARCHIVE_MORE, AUTHORS, BIOS, CASES, GB_BY, MORE_HEADLINES, OLD, PARTNERS, Case  # noqa: E402
from chrome48 import RENDER, UI, Page  # noqa: E402
from open_web import TABLES, assert_new_domains, assert_new_prose, earlier_pages  # noqa: E402
from stories48 import STORIES48  # noqa: E402

OUT = HERE / "cases_2027-01-19.jsonl"
PREFIX = "b48"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 18)),
    "cases_2027-01-18.jsonl",  # the forty-seventh set, written in parallel: added at merge
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
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES48.values() for k, v in d.items()}
LANGS = 13
TEXT_BYTES = (1000, 2300)
#: Languages written right to left: their pages carry dir="rtl" on the root element.
RTL = {"ar", "ur", "he"}
#: Families whose story is a list (one item a paragraph).
LISTS = {"briefs", "blotter"}

EN_REGION = {".ca": "en-CA", ".com.au": "en-AU", ".co.nz": "en-NZ", ".co.uk": "en-GB"}
MONTHS = {
    "en": ["January", "February", "March"], "hi": ["जनवरी", "फरवरी", "मार्च"], "ur": ["جنوری", "فروری", "مارچ"],
    "ar": ["يناير", "فبراير", "مارس"], "ru": ["января", "февраля", "марта"], "uk": ["січня", "лютого", "березня"],
    "pt": ["janeiro", "fevereiro", "março"], "ca": ["gener", "febrer", "març"], "he": ["בינואר", "בפברואר", "במרץ"],
}
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def ui_of(c: Case) -> str:
    """The page's <html lang> value and its UI strings' key."""
    if c.ui:
        return c.ui
    if c.lang == "en":
        return next((v for k, v in EN_REGION.items() if c.site.endswith(k)), "en-US")
    return c.lang


def when(c: Case) -> tuple[str, str, str]:
    """(ISO time with offset, visible date, visible time of day) on 17 March 2027."""
    n = sha(c.site)
    hour, minute = 5 + n % 13, (n // 13) % 60
    iso = f"2027-03-17T{hour:02d}:{minute:02d}:00{c.tz}"
    if c.lang == "en":
        shown = f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    else:
        shown = f"{hour:02d}:{minute:02d}"
    return iso, UI[ui_of(c)]["date"], shown


def old_date(c: Case) -> tuple[str, str, str]:
    """(ISO date, visible date, years ago) of an old story, in the page's language."""
    iso, years = OLD[c.story]
    y, m, d = (int(x) for x in iso.split("-"))
    lang = c.lang
    if lang == "en":
        shown = f"{EN_WEEKDAYS[datetime.date(y, m, d).weekday()]}, {MONTHS['en'][m - 1]} {d}, {y}"
    elif lang == "zh":
        shown = f"{y}年{m}月{d}日"
    elif lang in ("ru", "uk"):
        shown = f"{d} {MONTHS[lang][m - 1]} {y} {'года' if lang == 'ru' else 'року'}"
    elif lang in ("pt", "ca"):
        shown = f"{d} de {MONTHS[lang][m - 1]} de {y}"
    else:
        shown = f"{d} {MONTHS[lang][m - 1]} {y}"
    return iso, shown, str(years)


def author_of(c: Case) -> str:
    if c.byline:
        return "" if c.byline == "-" else c.byline
    if c.fam in ("obit", "briefs", "notices", "archive") or c.story.startswith("en_corr_keene"):
        return ""
    names = AUTHORS[c.lang]
    return names[sha(c.site) % len(names)]


def url_of(c: Case, title: str) -> str:
    slug = slugify(title) or str(sha(c.site) % 900000 + 100000)
    n = sha(c.site + "#") % 90000 + 10000
    pg = c.extra.get("page", "1")
    paths = {
        "replica": f"/edition/2027-03-17/page/{pg}/article/{n}",
        "eptext": f"/{slugify(c.extra.get('edition', '')) or 'city'}/2027-03-17/{pg}/{n}",
        "archive": f"/archive/{OLD.get(c.story, ('1977',))[0].replace('-', '/')}/{slug}-{n}/",
        "yearsago": f"/news/looking-back/{slug}-2027-03-17/",
        "corrx": f"/corrections/2027/03/17/{slug}/",
        "briefs": f"/news/local/{slug}-{n}/",
        "obit": f"/obituaries/{slug}-{n}",
        "blotter": f"/news/public-safety/{slug}-{n}/",
        "notices": f"/community/notices/{slug}/",
        "explainer": f"/explained/{slug}/",
    }
    return f"https://{c.host}{paths[c.fam]}"


def mention_at(c: Case, paras: list[str]) -> int:
    return int(c.extra.get("mention_at", min(2, len(paras))))


def story_paras(c: Case) -> list[str]:
    """The text of the page, as plain paragraphs: the story with its dateline and mention."""
    paras = list(FLAT[c.story][1])
    if c.dateline:
        paras[0] = f"{c.dateline} {paras[0]}"
    if c.mention:
        paras.insert(mention_at(c, paras), c.mention)
    return paras


LABEL = re.compile(r"^([^:：—]{2,28})(: |：)")
QUESTION = re.compile(r"^(.{6,140}?[?？؟])\s?")
DATELINE_ITEM = re.compile(r"^([A-Z][A-Z .]{2,30}|[^\s—]{2,30}(?: [^\s—]{2,20}){0,3}) — ")


def para_html(c: Case, text: str, first: bool, index: int) -> str:
    """One paragraph's HTML: dateline set apart, list labels and questions in bold (the visible
    text stays the plain paragraph)."""
    if first and c.dateline:
        return f'<span class="dateline">{escape(c.dateline)}</span> {escape(text[len(c.dateline) + 1:])}'
    if text == c.mention:
        return escape(text)
    if c.fam == "explainer":
        m = QUESTION.match(text)
        if m:
            sep = text[len(m.group(1)) : m.end()]
            return f'<span id="q{index}"></span><strong>{escape(m.group(1))}</strong>{sep}{escape(text[m.end():])}'
    if c.fam == "notices":
        m = LABEL.match(text)
        if m:
            return f"<strong>{escape(m.group(1))}{escape(m.group(2).strip())}</strong> {escape(text[m.end():])}"
    if c.fam == "briefs":
        if text.startswith("【") and "】" in text:
            head, rest = text.split("】", 1)
            return f"<strong>{escape(head)}】</strong>{escape(rest)}"
        m = DATELINE_ITEM.match(text)
        if m:
            return f"<strong>{escape(m.group(1))}</strong> — {escape(text[m.end():])}"
    return escape(text)


def questions(c: Case) -> str:
    out = []
    for p in FLAT[c.story][1]:
        m = QUESTION.match(p)
        if m:
            out.append(m.group(1))
    return "|".join(out)


def placement(c: Case) -> str:
    if c.category in CREDITED:
        if not c.credits:
            return f"{c.fam}:markup-canonical"
        slots = "+".join(dict.fromkeys(s for s, _ in c.credits))
        return f"{c.fam}:{slots}" + ("+dateline" if c.dateline else "")
    if c.own:
        return f"{c.fam}:own-" + "+".join(dict.fromkeys(s for s, _ in c.own))
    return f"{c.fam}:" + {"negative_mention": "mention", "negative_caption": "caption"}.get(c.category, "none")


#: English stories by the locale of the sites that carry them (related lists stay in the region).
EN_STORY_REGION = {
    "en_moosejaw": "en-CA", "en_ontario_briefs": "en-CA", "en_notice_timmins": "en-CA",
    "en_kalgoorlie": "en-AU", "en_obit_dubbo": "en-AU",
    "en_obit_oamaru": "en-NZ", "en_explain_tide": "en-NZ",
    "en_kendal1967": "en-GB", "en_notice_kendal": "en-GB",
}


def region_of(lang: str, story: str) -> str:
    if lang == "en":
        return EN_STORY_REGION.get(story, "en-US")
    if lang == "zh":
        return "zh-TW" if story.startswith("zh_chiayi") else "zh-CN"
    return lang


def related_of(c: Case) -> list[tuple[str, str]]:
    """Four related headlines: archive pages list other items of the same old day; the rest list
    the region's other stories, then the region's other headlines (chrome only)."""
    if c.fam == "archive":
        titles = list(ARCHIVE_MORE[c.lang])
    else:
        region = region_of(c.lang, c.story)
        titles = [t for k, (t, _) in STORIES48[c.lang].items() if k != c.story and region_of(c.lang, k) == region and k not in OLD]
        titles += MORE_HEADLINES.get(ui_of(c), [])
    start = sha(c.site) % len(titles)
    picked = (titles[start:] + titles[:start])[:4]
    return [(t, f"https://{c.host}/news/{slugify(t) or sha(t) % 900000 + 100000}/") for t in picked]


def partners_of(c: Case) -> tuple[str, list[tuple[str, str]]]:
    pool = PARTNERS[ui_of(c)]
    start = sha(c.site + "p") % len(pool)
    return UI[ui_of(c)]["partners"], (pool[start:] + pool[:start])[:3]


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
    markup = dict(c.markup)
    extra = dict(c.extra)
    if c.story in OLD:
        o_iso, o_shown, years = old_date(c)
        extra.update(old_iso=o_iso, old_display=o_shown, years=years, old_page=str(1 + sha(c.site) % 12))
    if c.fam == "corrx":
        extra["corr"] = "column" if c.story.endswith("_corr_keene") else ("notice" if c.story.startswith("en_corr") else "corrected")
    if c.fam == "obit":
        extra.update(gb_by=GB_BY[c.lang], person=title)
    if c.fam == "explainer":
        extra["questions"] = questions(c)
    author = author_of(c)
    bio = BIOS[ui_of(c)].format(a=author) if author and c.fam in ("replica", "explainer", "yearsago") and not c.byline else ""
    lang_attr = ui_of(c)
    page = Page(
        fam=c.fam,
        lang=lang_attr,
        code=c.lang,
        rtl=c.lang in RTL,
        site=c.site,
        host=c.host,
        name=c.name,
        url=url,
        canonical=markup.get("canonical", url),
        title=title,
        deck=sentences(FLAT[c.story][1][0])[0],
        iso=iso,
        date=shown,
        time=clock,
        author=author,
        bio=bio,
        paras=[para_html(c, t, i == 0, i) for i, t in enumerate(paras)],
        slots=slots,
        caption=c.caption,
        image=f"{c.fam}-{sha(c.site) % 10**6:06d}.jpg",
        ui=UI[lang_attr],
        related=related_of(c),
        partners=partners_of(c),
        extra=extra,
        source_org=markup.get("sourceOrganization", ""),
        based_on=markup.get("canonical", ""),
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
    extra = [c.caption, *(t for _, t in c.credits), *(t for _, t in c.own)]
    return len(" ".join([*story_paras(c), *[x for x in extra if x]]).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    notes = [ui["corr_note"] for ui in UI.values() if "corr_note" in ui]
    lines = {"_lines": ("", [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption] + notes)}
    assert_new_prose({**FLAT, **lines}, old)
    earlier_text = "\n".join(visible_text(r["html"]) for r in old)
    reused = sorted({t for c in CASES for _, t in [*c.credits, *c.own] if t in earlier_text})
    print(f"  credit wordings also on earlier pages ({len(reused)}): {reused}")
    kinds = table_kinds()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
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
            assert text.count(line) == 1, f"{r['id']}: credit line not once on the page: {line}"
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r["id"]
        for _, own in c.own:
            assert text.count(own) == 1, f"{r['id']}: own credit not once on the page: {own}"
            assert own not in prose and all(own.lower() not in k.lower() for k in r["must_keep"]), r["id"]
        if c.caption:
            assert c.caption in text and c.caption not in " ".join(r["must_keep"]), r["id"]
        if c.mention:
            assert c.mention in r["must_keep"] and c.mention not in prose, r["id"]
        if c.dateline:
            assert c.dateline.strip() in text and r["must_keep"][0].startswith(c.dateline), r["id"]
        for keep in r["must_keep"]:
            assert text.count(keep) >= 1, r["id"]
        assert when(c)[1] in text, f"{r['id']}: page not dated"
        if c.story in OLD:
            assert old_date(c)[1] in text, f"{r['id']}: old story without its date"
        if r["category"] in ("in_table", "wire"):
            found = kinds.get(normalize(r["expected_publisher"]), set())
            want = "wire" if r["category"] == "wire" else "outlet"
            assert want in found, f"{r['id']}: {r['expected_publisher']} is not a table {want} ({found})"
        if r["category"] == "out_of_table":
            inside = [s for s in r["accept"] if normalize(s) in kinds]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        m = re.search(r'<html lang="([^"]+)"( dir="rtl")?>', r["html"][:200])
        assert m and m.group(1).split("-")[0] == r["language"], r["id"]
        assert bool(m.group(2)) == (r["language"] in RTL), f"{r['id']}: right-to-left marking"
        assert r["html"].count("<html") == 1 and r["html"].rstrip().endswith("</html>"), r["id"]
        assert "None" not in text and "{" not in text, f"{r['id']}: template residue"
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
    assert {r["html"][:200].split('lang="')[1][:5] for r in rows if r["language"] == "zh"} == {"zh-CN", "zh-TW"}, "Chinese in both scripts"
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
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES48, render, check)


if __name__ == "__main__":
    main()
