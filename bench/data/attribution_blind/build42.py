# ruff: noqa: E501  (one path or condition a line)
"""Generate cases_2027-01-13.jsonl, the forty-second blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build42.py
Stdlib only; deterministic (no clock, no randomness); self-checking. Pages come from this set's own
templates (`chrome42.py`), data from `cases42.py`, prose from `stories42.py`.
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
from cases42 import CASES, Case  # noqa: E402
from chrome42 import RENDER, Page, render_page  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories42 import STORIES42  # noqa: E402

OUT = HERE / "cases_2027-01-13.jsonl"
PREFIX = "b42"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 12)),
    "cases_2027-01-12.jsonl",  # the forty-first set, written in parallel: added at merge
)
SUFFIXES = {
    "co.nz", "org.nz", "ac.nz", "com.au", "co.uk", "co.ke", "co.ug", "com.br", "org.br", "com.np",
    "com.pk", "co.za", "org.za", "com.ng", "com.bd", "co.in", "org.in", "com.ph", "gov.ph", "com.lk",
    "gov.lk", "com.mm", "com.kh", "gov.kh", "co.th", "or.th", "gov.la", "com.so", "com.et", "gov.et",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES42.values() for k, v in d.items()}
LANGS = 13

DATES = {
    "en": "February 17, 2027",
    "mr": "१७ फेब्रुवारी २०२७",
    "te": "17 ఫిబ్రవరి 2027",
    "ml": "17 ഫെബ്രുവരി 2027",
    "gu": "17 ફેબ્રુઆરી, 2027",
    "si": "2027 පෙබරවාරි 17",
    "my": "၂၀၂၇ ဖေဖော်ဝါရီ ၁၇",
    "km": "ថ្ងៃពុធ ទី១៧ ខែកុម្ភៈ ឆ្នាំ២០២៧",
    "th": "17 ก.พ. 2570",
    "tl": "Pebrero 17, 2027",
    "yo": "Ọjọ́rú, 17 Oṣù Èrèlé, 2027",
    "so": "17 Febraayo 2027",
    "zu": "17 Februwari 2027",
}
EN_DATES = {
    "apphub": "17 Feb 2027, 08:42 AM",
    "shorts": "17 Feb 2027",
    "edition": "Feb 17, 2027, 10:15 IST",
    "lanka": "February 17, 2027 09:40 am",
}
#: the page's UTC offset, by the place's country
TZ = {"en": "+05:30", "mr": "+05:30", "te": "+05:30", "ml": "+05:30", "gu": "+05:30", "si": "+05:30", "my": "+06:30",
      "km": "+07:00", "th": "+07:00", "tl": "+08:00", "yo": "+01:00", "so": "+03:00", "zu": "+02:00"}
EN_TZ = {"en_badulla": "+05:30", "en_mawlamyine": "+06:30", "en_kampot": "+07:00", "en_tacloban": "+08:00", "en_akure": "+01:00",
         "en_kokstad": "+02:00", "en_hawassa": "+03:00", "en_berbera": "+03:00"}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def host_of(c: Case) -> str:
    return c.host or f"www.{c.site}"


def url_of(c: Case, host: str, title: str) -> str:
    num = sha(c.site + title) % 900000 + 100000
    slug = slugify(title) or f"{c.story.split('_', 1)[1]}-{num}"
    section = slugify(c.story.split("_", 1)[1] + " district news") or "news"
    return {
        "apphub": f"https://{host}/news/india/{c.lang}/{slug}-newsid-n{num}",
        "shorts": f"https://{host}/s/{num}",
        "vernac": f"https://{host}/{section}/{slug}-a{num}/",
        "epaper": f"https://{host}/epaper/edition/{section}/2027-02-17/page-4/clip-{num}",
        "fwd": f"https://{host}/2027/02/{slug}.html",
        "lanka": f"https://{host}/news/{num}/{slug}",
        "mekong": f"https://{host}/news/local/{num}",
        "pinoy": f"https://{host}/2027/02/17/{slug}/",
        "afri": f"https://{host}/{section}/{slug}",
        "edition": f"https://{host}/{section}/2027/02/17/{slug}.html",
    }[c.fam]


def related_titles(c: Case) -> list[str]:
    """Headlines of the other stories in the page's language, as a 'Related' list names them."""
    others = [t for k, (t, _) in STORIES42[c.lang].items() if k != c.story]
    start = sha(c.site) % len(others)
    return (others[start:] + others[:start])[:3]


def body_of(c: Case) -> list[str]:
    """The paragraphs the page carries: the story (or its first `n` paragraphs), with the mention
    sentence as a paragraph of its own after the second."""
    _, story = FLAT[c.story]
    paras = list(story if c.n is None else story[: c.n])
    if c.mention:
        paras.insert(min(2, len(paras)), c.mention)
    return paras


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    title, _ = FLAT[c.story]
    host = host_of(c)
    url = url_of(c, host, title)
    assert url not in used, url
    used.add(url)
    paras = body_of(c)
    tz = EN_TZ.get(c.story, "+05:30") if c.lang == "en" else TZ[c.lang]
    minute = sha(c.site) % 50 + 5
    hour = sha(c.site + "h") % 10 + 7
    iso = f"2027-02-17T{hour:02d}:{minute:02d}:00{tz}"
    date = EN_DATES.get(c.fam, DATES["en"]) if c.lang == "en" else DATES[c.lang]
    page = Page(
        fam=c.fam, lang=c.lang, site_name=c.name, host=host, url=url, title=title, date=date, iso=iso,
        section=slugify(c.story.split("_", 1)[1] + " district news") or "news", byline=c.byline, paras=paras,
        dateline=c.dateline, credits=[*c.credits, *c.own], caption=c.caption, caption_at=0,
        related=related_titles(c), place=c.place, variant=sha(c.site) % 3,
    )
    html = render_page(page)
    first = sentences(paras[0])[0]
    keep = [f"{c.dateline} {first}" if c.dateline else first]
    last = sentences(paras[-1])[-1]
    if last not in keep and not (c.mention and last in c.mention):
        keep.append(last)
    if c.mention:
        keep.append(c.mention)
    if c.category in CREDITED:
        placement = f"{c.fam}:" + "+".join(slot for slot, _ in c.credits) + ("+dateline" if c.dateline else "")
    else:
        placement = {"negative_mention": "mention", "negative_caption": "caption", "own_page": "own", "no_credit": "none"}[c.category]
    note = c.note or {
        "in_table": "A table outlet credited as the site prints it.",
        "out_of_table": "An outlet outside the table credited as the site prints it.",
        "wire": "A wire's copy on another site.",
        "own_page": "The site's own story with its own credit.",
        "negative_mention": "The site's own story; another outlet is only mentioned.",
        "negative_caption": "The site's own story; an outlet is named only in a photo caption.",
        "no_credit": "The site's own story, crediting nobody.",
    }[c.category]
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
        "note": note,
    }


def three_tables() -> set[str]:
    return table_names()


def story_bytes(c: Case) -> int:
    extra = [c.dateline, c.caption, *(t for _, t in c.credits), *(t for _, t in c.own)]
    return len(" ".join([*body_of(c), *[x for x in extra if x]]).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    extra = {"_lines": ("", [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption])}
    assert_new_prose({**FLAT, **extra}, old)
    names = three_tables()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
    for r, c in zip(rows, CASES, strict=True):
        text = visible_text(r["html"])
        assert bool(r["credit_lines"]) == (r["category"] in CREDITED), r["id"]
        assert bool(c.own) == (r["category"] == "own_page"), r["id"]
        assert (r["expected_publisher"] is None) == (r["category"] in NULL), r["id"]
        assert r["expected_publisher"] is None or r["expected_publisher"] in r["accept"], r["id"]
        assert bool(c.mention) == (r["category"] == "negative_mention"), r["id"]
        assert bool(c.caption) == (r["category"] == "negative_caption"), r["id"]
        for line in r["credit_lines"]:
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r["id"]
        for _, own in c.own:
            assert own in text, f"{r['id']}: own credit not on the page: {own}"
        if c.caption:
            assert c.caption in text, r["id"]
        if c.dateline:
            assert c.dateline.strip() in text, r["id"]
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, f"{r['id']}: {r['expected_publisher']}"
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        assert f'<html lang="{r["language"]}">' in r["html"], r["id"]
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    assert 110 <= n <= 130, n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert len(langs) == LANGS, langs
    sizes = [story_bytes(c) for c in CASES]
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sum(s > 8000 for s in sizes) >= 3 and sum(s < 1500 for s in sizes) >= 3, (sorted(sizes)[:3], sorted(sizes)[-3:])
    fams = Counter(c.fam for c in CASES)
    assert set(fams) == set(RENDER), fams
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    lang_halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    assert all(len(v) == 2 for v in lang_halves.values()), lang_halves
    print(f"  story text: median {med:.0f} B, min {min(sizes)}, max {max(sizes)}, over 8 KB: {sum(s > 8000 for s in sizes)}, under 1.5 KB: {sum(s < 1500 for s in sizes)}")
    print(f"  templates: {dict(sorted(fams.items()))}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES42, render, check)


if __name__ == "__main__":
    main()
