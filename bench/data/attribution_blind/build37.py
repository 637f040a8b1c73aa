# ruff: noqa: E501  (one path or condition a line)
"""Generate cases_2027-01-08.jsonl, the thirty-seventh blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build37.py
Stdlib only; deterministic (no clock, no randomness); self-checking. Pages come from this set's own
templates (`chrome37.py`), data from `cases37.py`, prose from `stories37.py`.
"""

from __future__ import annotations

import hashlib
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CATEGORIES, half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import SENTENCE, normalize  # noqa: E402
from build3 import check as check3  # noqa: E402
from cases37 import CASES, Case  # noqa: E402
from chrome37 import Page, render_page  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories37 import DIGESTS, EXTRA, STORIES37  # noqa: E402

OUT = HERE / "cases_2027-01-08.jsonl"
PREFIX = "b37"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    "cases_2027-01-01.jsonl",
    "cases_2027-01-02.jsonl",
    "cases_2027-01-03.jsonl",
    "cases_2027-01-04.jsonl",
    "cases_2027-01-05.jsonl",
    "cases_2027-01-06.jsonl",
    "cases_2027-01-07.jsonl",
    "cases_2027-01-09.jsonl",  # the thirty-eighth set, written in parallel: added at merge
)
SUFFIXES = {
    "co.nz",
    "org.nz",
    "ac.nz",
    "com.au",
    "co.uk",
    "co.ke",
    "co.ug",
    "co.tz",
    "com.br",
    "org.br",
    "com.np",
    "com.pk",
    "co.za",
    "org.za",
    "com.ng",
    "com.bd",
    "com.bo",
    "com.pe",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES37.values() for k, v in d.items()}
TEMPLATES = 10

DATES = {
    "en": "February 12, 2027",
    "es": "12 de febrero de 2027",
    "pt": "12 de fevereiro de 2027",
    "fr": "12 février 2027",
    "ar": "12 فبراير 2027",
    "hi": "12 फ़रवरी 2027",
    "ur": "12 فروری 2027",
    "bn": "১২ ফেব্রুয়ারি ২০২৭",
    "sw": "12 Februari 2027",
    "ta": "12 பிப்ரவரி 2027",
    "mr": "१२ फेब्रुवारी २०२७",
    "ha": "12 ga Fabrairu, 2027",
    "ne": "माघ ३०, २०८३",
}
EN_DATES = {"newsroom": "Thu, Feb 12, 2027", "appview": "Feb 12", "chanmirror": "Feb 12"}
AUTHORS = {
    "en": [
        "Staff Reporter",
        "News Desk",
        "Admin",
        "Editorial Team",
        "Web Desk",
        "Kiri Maxwell",
        "Joel Ambrose",
        "Tui Fenwick",
    ],
    "es": ["Redacción", "Equipo editorial", "Admin", "Mesa web"],
    "pt": ["Redação", "Admin", "Equipe"],
    "fr": ["La rédaction", "Admin", "Rédaction web"],
    "ar": ["التحرير", "فريق الموقع", "المحرر"],
    "hi": ["डेस्क", "संवाददाता", "एडमिन"],
    "ur": ["نیوز ڈیسک", "ویب ڈیسک"],
    "bn": ["নিজস্ব প্রতিবেদক", "ডেস্ক রিপোর্ট"],
    "sw": ["Mwandishi wetu", "Mhariri"],
    "ta": ["செய்திப் பிரிவு", "நிருபர்"],
    "mr": ["प्रतिनिधी", "वृत्तसेवा"],
    "ha": ["Editan labarai", "Wakilinmu"],
    "ne": ["संवाददाता", "डेस्क"],
}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def host_of(c: Case) -> str:
    return c.host or f"www.{c.site}"


def url_of(c: Case, host: str, title: str, n: int) -> str:
    slug = slugify(title) or f"{c.story.replace('_', '-')}-{n % 100000}"
    return {
        "feedpost": f"https://{host}/2027/02/12/{slug}/",
        "autoblog": f"https://{host}/{slug}/",
        "scraper": f"https://{host}/news/{n % 900000 + 100000}-{slug}.html",
        "airewrite": f"https://{host}/summaries/{slug}",
        "translate": f"https://{host}/{c.lang}/{slug}",
        "ccrepub": f"https://{host}/2027/02/12/{slug}/",
        "appview": f"https://{host}/article/{n % 10**12:012x}?lang={c.lang}",
        "chanmirror": f"https://{host}/s/{slugify(c.channel + ' channel mirror') or 'channel'}/{n % 4000 + 1000}",
        "digest": f"https://{host}/briefings/2027-02-12-{slug}",
        "newsroom": f"https://{host}/news/local/{slug}-{n % 90000 + 10000}",
    }[c.fam]


#: headlines for the related lists of languages with one story (headlines only, no prose)
HEADLINES = {
    "hi": [
        "बूंदी में तारागढ़ किले की सड़क का काम शुरू",
        "कोटा-बूंदी मार्ग पर नया पुल अगले महीने खुलेगा",
        "जैतसागर झील में नौकायन फिर शुरू",
    ],
    "ur": [
        "گوادر بندرگاہ پر ماہی گیروں کی جیٹی کی مرمت مکمل",
        "پسنی میں نئی سڑک کا افتتاح",
        "جیونی کے اسکولوں میں سولر پینل نصب",
    ],
    "bn": [
        "রাঙ্গামাটিতে ঝুলন্ত সেতুতে পর্যটক বেড়েছে",
        "বরকলে নতুন স্বাস্থ্যকেন্দ্র চালু",
        "কাপ্তাইয়ে বন বিভাগের চারা বিতরণ",
    ],
    "sw": [
        "Soko jipya la samaki Kibirizi lafunguliwa",
        "Barabara ya Kigoma hadi Kasulu yakamilika",
        "Ujiji yaadhimisha siku ya utalii",
    ],
    "ta": [
        "உதகையில் மலர் கண்காட்சி ஏற்பாடுகள் தொடக்கம்",
        "குன்னூர் சாலையில் மண் சரிவு சீரமைப்பு",
        "கோத்தகிரியில் புதிய பேருந்து நிலையம்",
    ],
    "mr": [
        "रत्नागिरी बंदरात मासेमारी नौकांची नोंदणी सुरू",
        "गणपतीपुळे किनाऱ्यावर जीवरक्षक तैनात",
        "चिपळूण-कराड रस्त्याचे काम वेगात",
    ],
    "ha": [
        "An bude sabuwar kasuwar hatsi a Goronyo",
        "Gwamnatin Sokoto ta raba takin zamani",
        "Manoman Wamakko sun fara girbin alkama",
    ],
    "ne": [
        "जनकपुरमा जानकी मन्दिर परिसरको सडक कालोपत्रे",
        "धनुषामा सिँचाइ नहर मर्मत सुरु",
        "जनकपुर रेल सेवाको समय तालिका परिवर्तन",
    ],
}


def related_titles(c: Case) -> list[str]:
    pool = sorted(
        STORIES37[c.lang][k][0]
        for k in STORIES37[c.lang]
        if k != c.story and not k.startswith("dg_")
    )
    pool += [t for t, _ in EXTRA.get(f"dg_{c.lang}", [])] + HEADLINES.get(c.lang, [])
    start = sha(c.site) % len(pool)
    return [pool[(start + i) % len(pool)] for i in range(min(3, len(pool)))]


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    title, story = FLAT[c.story]
    paras = list(story if c.n is None else story[: c.n])
    if c.dateline:
        paras[0] = f"{c.dateline} {paras[0]}"
    if c.mention:
        paras.insert(min(3, len(paras) - 1), c.mention)
    seed = sha(case_id + c.site)
    host = host_of(c)
    url = url_of(c, host, title, seed)
    assert url not in used, url
    used.add(url)
    rel = [
        (t, f"https://{host}/{slugify(t) or 'story-' + str(sha(t) % 99999)}/")
        for t in related_titles(c)
    ]
    date = EN_DATES.get(c.fam, DATES["en"]) if c.lang == "en" else DATES[c.lang]
    authors = AUTHORS[c.lang]
    page = Page(
        fam=c.fam,
        lang=c.lang,
        seed=seed,
        site_name=c.name,
        host=host,
        url=url,
        title=title,
        date=date,
        time=f"{6 + seed % 12:02d}:{seed % 60:02d}",
        author=c.author or authors[seed % len(authors)],
        paras=paras,
        lines=list(c.lines),
        caption=c.caption,
        caption_kind=c.caption_kind,
        related=rel,
        items=DIGESTS.get(c.story, []),
        own_republish=c.own_republish,
        pixel=c.pixel,
        original_lang=c.original_lang,
        channel=c.channel,
        app=c.app,
    )
    html = render_page(page)
    credited = c.category in CREDITED
    keep = [sentences(paras[0])[0], sentences(paras[-1])[-1]]
    if c.mention:
        keep.append(c.mention)
    keep = list(dict.fromkeys(keep))
    if credited:
        slots = "+".join(dict.fromkeys(ln.slot for ln in c.lines))
        placement = f"{c.fam}:{slots}" + ("+dateline" if c.dateline else "")
    else:
        kind = {
            "negative_mention": "mention",
            "negative_caption": "caption",
            "own_page": "own",
            "no_credit": "none",
        }[c.category]
        placement = f"{c.fam}:{kind}"
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": html,
        "expected_publisher": c.pub if credited else None,
        "accept": list(c.accept) if credited else [],
        "credit_lines": [ln.text for ln in c.lines] if credited else [],
        "must_keep": keep,
        "placement": placement,
        "note": c.note,
    }


def three_tables() -> set[str]:
    return table_names()


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    extra = {
        "_lines": (
            "",
            [c.mention for c in CASES if c.mention]
            + [c.caption for c in CASES if c.caption]
            + [t for v in EXTRA.values() for _, t in v],
        )
    }
    assert_new_prose({**FLAT, **extra}, old)
    names = three_tables()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
    for r, c in zip(rows, CASES, strict=True):
        text = visible_text(r["html"])
        assert bool(r["credit_lines"]) == (r["category"] in CREDITED), r["id"]
        assert (r["category"] in CREDITED or r["category"] == "own_page") == bool(c.lines), (
            f"{r['id']}: lines only on credited and own pages"
        )
        for line in r["credit_lines"]:
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r[
                    "id"
                ]
        for ln in c.lines:
            assert ln.text in text, f"{r['id']}: line not shown: {ln.text}"
        if c.dateline:
            assert c.dateline.strip() in text, r["id"]
            assert r["must_keep"][0].startswith(c.dateline), r["id"]
        if c.caption:
            assert c.caption in text, r["id"]
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, (
                f"{r['id']}: {r['expected_publisher']}"
            )
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        if c.lang in ("ar", "ur"):
            assert f'<html lang="{c.lang}" dir="rtl">' in r["html"], r["id"]
        if c.story.startswith("dg_") and len(DIGESTS[c.story]) > 1:
            assert r["category"] == "negative_mention", (
                f"{r['id']}: a roundup of several outlets is null"
            )
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert len(langs) == 13, langs
    sizes = []
    for c in CASES:
        _, story = FLAT[c.story]
        paras = story if c.n is None else story[: c.n]
        extra_text = [c.dateline, c.mention, *[ln.text for ln in c.lines]]
        sizes.append(len(" ".join([*paras, *[x for x in extra_text if x]]).encode("utf-8")))
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sum(s > 8000 for s in sizes) >= 3 and min(sizes) < 1500, (
        sorted(sizes)[:3],
        sorted(sizes)[-3:],
    )
    fams = Counter(c.fam for c in CASES)
    assert len(fams) == TEMPLATES, fams
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    lang_halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    one_half = sorted(k for k, v in lang_halves.items() if len(v) < 2)
    assert not one_half, one_half
    print(
        f"  story text: median {med:.0f} B, min {min(sizes)}, max {max(sizes)}, over 8 KB: {sum(s > 8000 for s in sizes)}, under 1.5 KB: {sum(s < 1500 for s in sizes)}"
    )
    print(f"  templates: {dict(sorted(fams.items()))}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES37, render, check)


if __name__ == "__main__":
    main()
