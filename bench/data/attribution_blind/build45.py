# ruff: noqa: E501, RUF001  (one path or condition a line; UI strings in many scripts)
"""Generate cases_2027-01-16.jsonl, the forty-fifth blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build45.py
Stdlib only; deterministic (no clock, no randomness); self-checking. Pages come from this set's own
templates (`chrome45.py`), data from `cases45.py`, prose from `stories45.py`.
"""

from __future__ import annotations

import hashlib
import re
import statistics
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CATEGORIES, half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import check as check3  # noqa: E402
from build3 import normalize  # noqa: E402
from cases45 import CASES, Case  # noqa: E402
from chrome45 import RENDER, RTL, Page, render_page  # noqa: E402
from open_web import TABLES, assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories45 import STORIES45  # noqa: E402

OUT = HERE / "cases_2027-01-16.jsonl"
PREFIX = "b45"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 16)),
    "cases_2027-01-17.jsonl",  # the forty-sixth set, written in parallel: added at merge
)
#: public suffixes of more than one label that this set's sites use (and their neighbours)
SUFFIXES = {
    "co.zm", "org.zm", "ac.zm", "com.gh", "org.gh", "edu.gh", "ac.mw", "org.mw", "co.mw", "ac.ug", "co.ug", "or.ug",
    "or.ke", "co.ke", "ac.ke", "go.ke", "co.tz", "or.tz", "ac.tz", "go.tz", "com.et", "org.et", "edu.et", "gov.et",
    "com.ng", "org.ng", "edu.ng", "gov.ng", "co.il", "org.il", "ac.il", "gov.il", "com.bd", "org.bd", "ac.bd", "gov.bd",
    "com.np", "org.np", "edu.np", "gov.np", "ac.in", "co.in", "org.in", "ac.ir", "co.ir", "org.ir", "co.uk", "org.uk",
    "ac.uk", "com.af", "org.af", "gov.af", "com.jo", "org.jo", "com.iq", "org.iq", "co.mz", "org.mz", "com.lk", "org.lk",
    "co.ci", "or.ci", "com.au", "co.za", "org.za",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES45.values() for k, v in d.items()}
LANGS = 13
#: sentence ends: Latin, Devanagari/Bengali danda, Urdu full stop, Ethiopic full stop, Arabic question mark
SENTENCE = re.compile("(?<=[.!?\u0964\u06d4\u1362\u061f])\\s+(?=\\S)")

DATES = {
    "en": "27 April 2027",
    "sw": "27 Aprili 2027",
    "am": "ሚያዝያ 19 ቀን 2019 ዓ.ም",
    "ha": "27 ga Afrilu, 2027",
    "fr": "27 avril 2027",
    "ar": "27 نيسان 2027",
    "he": "27.04.2027",
    "fa": "۷ اردیبهشت ۱۴۰۶",
    "ckb": "٢٧ی نیسانی ٢٠٢٧",
    "ps": "۱۴۰۶ کال د غویي ۷مه",
    "bn": "২৭ এপ্রিল ২০২৭",
    "ne": "वैशाख १४, २०८४",
    "ta": "ஏப்ரல் 27, 2027",
}
#: Afghan sites print the Solar Hijri date with the Afghan month names
AFGHAN_DATE = "۷ ثور ۱۴۰۶"
TZ = {"en": "+03:00", "sw": "+03:00", "am": "+03:00", "ha": "+01:00", "fr": "+02:00", "ar": "+03:00", "he": "+03:00",
      "fa": "+03:30", "ckb": "+03:00", "ps": "+04:30", "bn": "+06:00", "ne": "+05:45", "ta": "+05:30"}
EN_TZ = {"en_ndola": "+02:00", "en_kumasi": "+00:00", "en_zomba": "+02:00", "en_papers": "+02:00", "en_barishal": "+06:00",
         "en_nampula": "+02:00"}
#: a few of each language's other headlines, for the related lists (invented, like the stories)
RELATED_EXTRA = {
    "en": ["Ferry operators on Lake Kariba raise fares by a quarter", "Teachers' union calls off strike after pay talks", "New bypass opens to lorries ahead of schedule"],
    "sw": ["Bei ya mahindi yashuka katika soko la Kibaigwa", "Wanafunzi 300 wapata ufadhili wa masomo ya ufundi", "Barabara ya Handeni kukamilika kabla ya Desemba"],
    "am": ["የአዲስ አበባ ቀላል ባቡር አዳዲስ ፉርጎዎችን ተረከበ", "በወላይታ የበቆሎ ምርት ጨመረ", "የመምህራን ሥልጠና በባሕር ዳር ተጀመረ"],
    "ha": ["An fara aikin gyaran titin Sokoto zuwa Gusau", "Manoman shinkafa sun koka da tsadar taki", "Dalibai 500 sun samu tallafin karatu a Katsina"],
    "fr": ["Namur : la navette fluviale reprend du service sur la Meuse", "Korhogo : ouverture d'un nouveau marché de gros", "Wallonie : les bibliothèques allongent leurs horaires"],
    "ar": ["افتتاح مدرسة جديدة في الرصيفة بطاقة 900 طالب", "ارتفاع أسعار الأعلاف في البادية الشمالية", "بدء موسم قطاف اللوز في سهل نينوى"],
    "he": ["נפתח שביל אופניים חדש לאורך נחל באר שבע", "עלייה במספר התיירים במכתש רמון", "בית ספר חדש ייפתח בנוף הגליל בספטמבר"],
    "fa": ["بازگشایی جاده رشت به قزوین پس از ریزش کوه", "افزایش قیمت چای خشک در لاهیجان", "آغاز برداشت توت‌فرنگی در کردستان"],
    "ckb": ["ڕێگای سلێمانی - پێنجوێن نۆژەن دەکرێتەوە", "نرخی گەنم لە بازاڕەکانی هەولێر دابەزی", "قوتابخانەیەکی نوێ لە کەلار دەکرێتەوە"],
    "ps": ["د کونړ په سیند د نوي پل جوړول پیل شول", "په کندهار کې د انارو بیه لوړه شوه", "د ګردېز د ښوونځیو لپاره نوي کتابونه ووېشل شول"],
    "bn": ["পদ্মা সেতু দিয়ে ট্রেনের নতুন সময়সূচি", "বগুড়ায় দইয়ের দাম বাড়ল", "সিলেটে চা-শ্রমিকদের মজুরি নিয়ে বৈঠক"],
    "ne": ["पोखरामा नयाँ बसपार्क सञ्चालनमा", "झापामा धानको बीउ अभाव", "बुटवलमा खानेपानी आयोजनाको काम सुरु"],
    "ta": ["யாழ்ப்பாணம் - கொழும்பு புதிய ரயில் சேவை", "தஞ்சாவூரில் குறுவை நெல் சாகுபடி தொடக்கம்", "வவுனியாவில் புதிய பேருந்து நிலையம் திறப்பு"],
}
TAGS = {
    "en_ndola": ["Ndola", "Solar", "Manufacturing"], "en_kumasi": ["Kumasi", "Markets", "Loans"], "en_zomba": ["Zomba", "Maize", "Research"],
    "en_mbarara": ["Mbarara", "Dairy", "Research"], "en_kakamega": ["Kakamega", "Newborn care"], "en_barishal": ["Barishal", "Cyclones"],
    "en_irbid": ["Irbid", "Refugees", "Housing"], "en_lodwar": ["Turkana", "Drought"], "en_nampula": ["Nampula", "Cholera"],
    "en_garissa": ["Garissa", "Education", "Girls"], "en_insight": ["Media analysis", "Drought"], "en_papers": ["Press review"],
    "en_clips": ["Coverage report"], "en_digest": ["Media digest"],
    "sw_tanga": ["Tanga", "Bandari"], "sw_morogoro": ["Morogoro", "Kilimo"], "sw_magazeti": ["Magazeti"],
    "am_dessie": ["ደሴ", "ጤና"], "am_jimma": ["ጅማ", "ቡና"], "ha_maradi": ["Maradi", "Kasuwa"], "ha_gusau": ["Gusau", "Lafiya"],
    "ha_jaridu": ["Jaridu"], "fr_namur": ["Namur", "Apiculture"], "fr_bouake": ["Bouaké", "Anacarde"], "fr_revue": ["Revue de presse"],
    "ar_zarqa": ["الزرقاء", "المياه"], "ar_mosul": ["الموصل", "إعادة الإعمار"], "ar_suhuf": ["جولة الصحف"],
    "he_arad": ["ערד", "מים"], "he_karmiel": ["כרמיאל", "בריאות"], "he_tikshoret": ["סקירת תקשורת"],
    "fa_rasht": ["رشت", "برنج"], "fa_herat": ["هرات", "زعفران"], "fa_matbuat": ["مطبوعات"],
    "ckb_ranya": ["ڕانیە", "دوکان"], "ckb_halabja": ["هەڵەبجە", "هەنار"], "ckb_rojname": ["ڕۆژنامەکان"],
    "ps_jalalabad": ["ننګرهار", "سوداګري"], "ps_khost": ["خوست", "روغتیا"], "ps_warzpane": ["ورځپاڼې"],
    "bn_kushtia": ["কুষ্টিয়া", "নদীভাঙন"], "bn_rangpur": ["রংপুর", "আলু"], "bn_potrika": ["পত্রিকা"],
    "ne_ilam": ["इलाम", "चिया"], "ne_dhangadhi": ["धनगढी", "स्वास्थ्य"], "ta_batticaloa": ["மட்டக்களப்பு", "மீன்பிடி"],
    "ta_tirunelveli": ["திருநெல்வேலி", "விவசாயம்"], "ta_thoguppu": ["ஊடகத் தொகுப்பு"],
}
#: stories that are not news reports (a coverage report, an analysis): kept out of the related lists
NOT_NEWS = {"en_clips", "en_insight"}
DESK = {"en": "Newsroom", "sw": "Mwandishi wetu", "am": "ሪፖርተር", "ha": "Wakilinmu", "fr": "La rédaction", "ar": "المحرر",
        "he": "מערכת האתר", "fa": "گروه خبر", "ckb": "بەشی هەواڵ", "ps": "د خبرونو څانګه", "bn": "ডেস্ক রিপোর্ট", "ne": "संवाददाता",
        "ta": "செய்திப் பிரிவு"}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def host_of(c: Case) -> str:
    return c.host or f"www.{c.site}"


def body_of(c: Case) -> list[str]:
    """The paragraphs the page carries: the story, with the mention (when it is not the story's own
    prose) as a paragraph of its own before the third paragraph, and the dateline opening the text."""
    _, story = FLAT[c.story]
    paras = list(story)
    prose = "\n".join(paras)
    extra = [m for m in c.mention if m not in prose]
    if extra:
        text_idx = [i for i, t in enumerate(paras) if not t.startswith("§")]
        paras.insert(text_idx[2], " ".join(extra))
    if c.dateline:
        first = next(i for i, t in enumerate(paras) if not t.startswith("§"))
        paras[first] = f"{c.dateline} {paras[first]}"
    return paras


def url_of(c: Case, host: str, title: str, num: int) -> str:
    slug = slugify(title) or f"{c.story.split('_', 1)[1]}-{num % 90000 + 10000}"
    kind = c.kind
    return {
        "newsroom": f"https://{host}/newsroom/{'press-releases' if kind == 'release' else 'in-the-news'}/{slug}/",
        "campus": f"https://{host}/news/{'stories' if kind == 'news' else 'in-the-media'}/{slug}",
        "clinic": f"https://{host}/news/{slug}",
        "clipview": {"clip": f"https://{host}/app/clips/{num % 9000000 + 1000000}", "report": f"https://{host}/app/reports/{num % 90000 + 10000}"}.get(kind, f"https://{host}/insights/{slug}/"),
        "revue": f"https://{host}/2027/04/27/{slug}/",
        "relief": f"https://{host}/{'report' if kind == 'report' else 'analysis'}/{re.sub(r'[^a-z0-9]+', '-', c.extra_dict().get('country', '').split('|')[0].lower()).strip('-') or 'world'}/{slug}",
        "diaspora": f"https://{host}/{slug}/",
        "embassy": f"https://{host}/{'press' if kind == 'release' else 'news-from-home'}/{num % 900 + 100}-{slug}",
        "ngo": f"https://{host}/{'in-the-media' if kind == 'media' else 'stories'}/{slug}/",
        "digest": f"https://{host}/archive/2027-04-27-{slug}",
    }[c.fam]


def related(c: Case, host: str) -> list[tuple[str, str]]:
    news = {k: t for k, (t, ps) in STORIES45[c.lang].items() if k not in NOT_NEWS and not any(x.startswith("§") for x in ps)}
    titles = [t for k, t in news.items() if k != c.story] + RELATED_EXTRA[c.lang]
    start = sha(c.site + c.story) % len(titles)
    picked = (titles[start:] + titles[:start])[:4]
    return [(t, f"https://{host}/{slugify(t) or sha(t) % 900000 + 100000}") for t in picked]


def date_of(c: Case) -> str:
    if c.lang == "fa" and c.story == "fa_herat":
        return AFGHAN_DATE
    return DATES[c.lang]


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    host = host_of(c)
    story_title, story = FLAT[c.story]
    title = c.title or story_title
    num = sha(case_id) % 90000 + 10000
    url = url_of(c, host, title, sha(case_id))
    assert url not in used, url
    used.add(url)
    paras = body_of(c)
    text = [t for t in paras if not t.startswith("§")]
    hh, mm = 6 + sha(c.site) % 12, sha(case_id) % 60
    tz = EN_TZ.get(c.story, TZ[c.lang]) if c.lang == "en" else TZ[c.lang]
    slots: dict[str, list[str]] = {}
    for slot, line in (*c.credits, *c.own):
        slots.setdefault(slot, []).append(line)
    extra = c.extra_dict()
    extra["story"] = c.story
    markup = dict(c.markup)
    page = Page(
        fam=c.fam, kind=c.kind, lang=c.lang, site_name=c.name, host=host, url=url, title=title,
        desc=sentences(next(t for t in story if not t.startswith("§")))[0],
        iso=f"2027-04-27T{hh:02d}:{mm:02d}:00{tz}", date_text=date_of(c), time_text=f"{hh:02d}:{mm:02d}",
        author=c.author or (DESK[c.lang] if c.fam in ("diaspora", "revue", "embassy") and "byline" not in slots else ""),
        paras=paras, slots=slots, caption=c.caption, markup=markup, extra=extra,
        related=related(c, host), tags=TAGS.get(c.story, []), num=num, image=f"https://{host}/media/2027/04/{num}.jpg",
        canonical=markup.get("canonical", ""),
    )
    html = render_page(page)
    first = sentences(text[0][len(c.dateline) + 1:] if c.dateline else text[0])[0]
    keep = [f"{c.dateline} {first}" if c.dateline else first, sentences(text[-1])[-1], *c.mention]
    slot_names = [s for s, _ in c.credits]
    if c.category in CREDITED:
        parts = [*dict.fromkeys(slot_names)] + (["dateline"] if c.dateline else []) + (["markup"] if c.markup else [])
        placement = f"{c.fam}:{'+'.join(parts)}"
    else:
        word = {"negative_mention": "mention", "negative_caption": "caption", "no_credit": "none"}.get(c.category)
        placement = f"{c.fam}:{word}" if word else f"{c.fam}:own-{'+'.join(dict.fromkeys(s for s, _ in c.own))}"
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
        "must_keep": keep,
        "placement": placement,
        "note": c.note,
    }


def story_bytes(c: Case) -> int:
    extra = [c.caption, *(t for _, t in c.credits), *(t for _, t in c.own)]
    return len(" ".join([*(t for t in body_of(c) if not t.startswith("§")), *[x for x in extra if x]]).encode("utf-8"))


def table_kinds() -> dict[str, set[str]]:
    """Every spelling in the three table files, normalized, with the kinds it names."""
    kinds: dict[str, set[str]] = {}
    for table in TABLES:
        for p in tomllib.loads(table.read_text(encoding="utf-8"))["publisher"]:
            for s in [p["name"], *p.get("aliases", []), *p.get("domains", [])]:
                kinds.setdefault(normalize(s), set()).add(p.get("kind", "outlet"))
    return kinds


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    lines_ = [m for c in CASES for m in c.mention] + [c.caption for c in CASES if c.caption]
    assert_new_prose({**FLAT, "_lines": ("", lines_)}, old)
    names = table_names()
    kinds = table_kinds()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
    for r, c in zip(rows, CASES, strict=True):
        text = visible_text(r["html"])
        folded = text.casefold()
        markup_only = r["category"] in CREDITED and not c.credits
        assert bool(r["credit_lines"]) == (r["category"] in CREDITED and not markup_only), r["id"]
        if markup_only:
            assert c.markup, f"{r['id']}: a credited page with neither a visible credit nor markup"
            shown = [s for s in c.accept if s.casefold() in folded]
            assert not shown, f"{r['id']}: a markup-only credit names the outlet on the page: {shown}"
            assert any(v in r["html"] for _, v in c.markup), r["id"]
        assert bool(c.own) == (r["category"] == "own_page"), r["id"]
        assert (r["expected_publisher"] is None) == (r["category"] in NULL), r["id"]
        assert r["expected_publisher"] is None or r["expected_publisher"] in r["accept"], r["id"]
        assert bool(c.mention) == (r["category"] == "negative_mention"), r["id"]
        assert bool(c.caption) == (r["category"] == "negative_caption"), r["id"]
        for line in r["credit_lines"]:
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            assert text.count(line) == 1, f"{r['id']}: credit line not exactly once on the page: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r["id"]
        for keep in r["must_keep"]:
            assert keep in text, f"{r['id']}: must_keep not on the page: {keep}"
        for _, own in c.own:
            assert own in text, f"{r['id']}: own credit not on the page: {own}"
            assert c.name in own or c.name.split(",")[0] in own or any(w in own for w in c.name.split() if len(w) > 5), f"{r['id']}: own credit does not name the site: {own}"
        if c.caption:
            assert c.caption in text, r["id"]
        if c.dateline:
            assert c.dateline.strip() in text, r["id"]
        if r["category"] in ("in_table", "wire"):
            found = kinds.get(normalize(r["expected_publisher"]), set())
            want = "wire" if r["category"] == "wire" else "outlet"
            assert want in found, f"{r['id']}: {r['expected_publisher']} is not a table {want} ({found})"
        if r["category"] == "out_of_table":
            inside = [s for s in r["accept"] if normalize(s) in names]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        rtl = ' dir="rtl"' if r["language"] in RTL else ""
        assert f'<html lang="{r["language"]}"{rtl}' in r["html"][:400], r["id"]
        size = story_bytes(c)
        assert 1000 <= size <= 2300, f"{r['id']}: article text of {size} bytes"
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert cats["out_of_table"] > max(cats["in_table"], cats["wire"]), cats
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    assert 110 <= n <= 130, n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert len(langs) == LANGS, langs
    fams = Counter(c.fam for c in CASES)
    assert set(fams) == set(RENDER), fams
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    lang_halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    assert all(len(v) == 2 for v in lang_halves.values()), lang_halves
    sizes = [story_bytes(c) for c in CASES]
    print(f"  article text: median {statistics.median(sizes):.0f} B, min {min(sizes)}, max {max(sizes)}")
    print(f"  templates: {dict(sorted(fams.items()))}")
    print(f"  placements: {dict(sorted(Counter(r['placement'] for r in rows if r['category'] in CREDITED).items()))}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES45, render, check)


if __name__ == "__main__":
    main()
