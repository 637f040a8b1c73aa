"""Generate cases_2026-12-06.jsonl, the third blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build3.py
Stdlib only; deterministic (variation comes from sha1 of ids); checks itself before writing:
every credit line and must_keep sentence is in the page's visible text, halves split by site,
no site or story of the earlier sets, table outlets in the table and others outside it,
at least 30% null pages.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CAT_SHORT, CATEGORIES, NULL_CATEGORIES, h, half_of, slugify, visible_text  # noqa: E402
from cases3 import CASES3, SITES3  # noqa: E402
from chrome3 import Page3, render_page3  # noqa: E402
from stories3 import STORIES3  # noqa: E402

OUT = HERE / "cases_2026-12-06.jsonl"
TABLE = HERE.parents[2] / "aggregator" / "data" / "publishers.toml"
EARLIER = ("cases.jsonl", "cases_2026-12-05.jsonl")
STORIES = {k: v for d in STORIES3.values() for k, v in d.items()}
TEXT_BYTES = (1000, 3500)  # article text (paragraphs and in-body credits), UTF-8 bytes
SENTENCE = re.compile("(?<=[.!?\u0964\u06d4])\\s+(?=\\S)|(?<=\u3002)")


def first_sentence(text: str) -> str:
    return next(s for s in SENTENCE.split(text.strip()) if s)


def last_sentence(text: str) -> str:
    return [s for s in SENTENCE.split(text.strip()) if s][-1]


def normalize(name: str) -> str:
    s = name.casefold().replace("-", " ").strip()
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"\s+", " ", s)


def table_names() -> set[str]:
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    names: set[str] = set()
    for p in data["publisher"]:
        names.add(normalize(p["name"]))
        names.update(normalize(a) for a in p.get("aliases", []))
        names.update(normalize(d) for d in p.get("domains", []))
    return names


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    y, m, d = ymd
    slug = slugify(title) or f"{n % 899_999 + 100_000}"
    return {
        "wp": f"https://{host}/{y}/{m:02d}/{d:02d}/{slug}/",
        "drupal": f"https://{host}/news/{slug}",
        "arc": f"https://{host}/world/{y}/{m:02d}/{d:02d}/{slug}/",
        "brightspot": f"https://{host}/article/{slug}-{n % 16**8:08x}",
        "chorus": f"https://{host}/{n % 90_000 + 10_000}/{slug}",
        "amp": f"https://{host}/amp/{slug}.html",
        "joomla": f"https://{host}/index.php/actualites/{n % 9_000 + 1_000}-{slug}",
        "bitrix": f"https://{host}/news/{n % 90_000 + 10_000}/",
        "jpnews": f"https://{host}/articles/ASR{n % 10**8:08d}.html",
        "koportal": f"https://{host}/news/articleView.html?idxno={n % 900_000 + 100_000}",
    }[chrome]


def amp_twin(url: str, site: str) -> str:
    """The non-AMP page an AMP page names as canonical, on the same site."""
    path = url.split("/", 3)[3].removeprefix("amp/")
    return f"https://www.{site}/{path}"


def render(c: Any, case_id: str, used: set[str]) -> dict[str, Any]:
    site = SITES3[c.site]
    title, story = STORIES[c.story]
    paras = list(story)
    keep = [first_sentence(paras[0]), last_sentence(paras[-1]), *c.keep]
    for sentence in c.keep:  # mention sentences join the third paragraph
        if not any(sentence in p for p in paras):
            paras[2] = f"{paras[2]} {sentence}"
    for p in c.parts:
        if p.where == "dateline":
            paras[0] = f"{p.text} {paras[0]}"
    blocks: list[str] = [p.html for p in c.parts if p.where == "head"]
    for i, text in enumerate(paras):
        blocks.append(f"<p>{escape(text, quote=False)}</p>")
        if i == 0:
            blocks.extend(p.html for p in c.parts if p.where == "figure")
        if i == 1:  # the middle of the story: embeds, pull quotes, mid-text credits
            blocks.extend(p.html for p in c.parts if p.where == "mid")
    blocks.extend(p.html for p in c.parts if p.where == "tail")
    body_text = [*paras, *(p.text for p in c.parts if p.where in ("head", "mid", "tail"))]
    size = len("\n".join(body_text).encode("utf-8"))
    assert TEXT_BYTES[0] <= size <= TEXT_BYTES[1], f"{case_id}: {size} bytes of article text"
    hv = h(case_id)
    ymd = (2026, 3, 1 + (hv >> 8) % 28)
    url = page_url(site.chrome, site.host, title, ymd, hv)
    k = 1
    while url in used:
        k += 1
        url = (
            re.sub(r"(/?)$", f"-{k}\\1", url, count=1)
            if not url.endswith(".html")
            else url.replace(".html", f"-{k}.html")
        )
    used.add(url)
    bylines = [p for p in c.parts if p.where == "byline"]
    page = Page3(
        lang=c.lang,
        site_name=site.name,
        host=site.host,
        url=url,
        title=title,
        description=first_sentence(story[0]),
        body="\n".join(blocks),
        author=site.name
        if c.category == "own_page"
        else AUTHORS[c.lang][hv % len(AUTHORS[c.lang])],
        byline_html=bylines[0].html if bylines else "",
        head_html="".join(p.html for p in c.parts if p.where == "meta"),
        after_html="".join(p.html for p in c.parts if p.where == "after"),
        iso_date=f"{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}",
        variant=hv % 5,
        own=c.category == "own_page",
        ld=c.ld,
        canonical=amp_twin(url, c.site) if site.chrome == "amp" else "",
    )
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": render_page3(site.chrome, page),
        "expected_publisher": c.expected,
        "accept": list(c.accept),
        "credit_lines": [p.text for p in c.parts if p.credit and p.text],
        "must_keep": keep,
        "placement": c.placement,
        "note": c.note,
    }


AUTHORS = {
    "en": [
        "Maren Castell",
        "Idris Okonkwo-Lee",
        "Priya Raghunathan",
        "Tobias Wren",
        "Leona Vasquez",
    ],
    "fr": ["Solène Marchetti", "Yannick Bertaud"],
    "es": ["Inés Carvajal", "Gonzalo Ferrer"],
    "de": ["Katrin Albers", "Florian Weidner"],
    "pt": ["Beatriz Farias", "Tiago Carvalho"],
    "it": ["Giulia Ferraris", "Paolo Santangelo"],
    "ar": ["ليلى منصور", "كريم الشامي"],
    "ur": ["فرحان قریشی", "سدرہ نعیم"],
    "hi": ["विवेक त्रिपाठी", "नेहा सिंह"],
    "id": ["Siti Rahmawati", "Bayu Pratama"],
    "tr": ["Zeynep Arslan", "Emre Çelik"],
    "ru": ["Ольга Смирнова", "Дмитрий Орлов"],
    "ja": ["佐藤美咲", "田中健一"],
    "ko": ["김민지 기자", "박준호 기자"],
    "sw": ["Neema Mushi", "Baraka Otieno"],
}


def check(
    rows: list[dict[str, Any]],
    stories: dict[str, Any] = STORIES,
    earlier: tuple[str, ...] = EARLIER,
) -> None:
    assert max(Counter(r["id"] for r in rows).values()) == 1
    assert max(Counter(r["url"] for r in rows).values()) == 1
    names = table_names()
    halves: dict[str, set[str]] = {}
    for r in rows:
        halves.setdefault(r["site"], set()).add(r["half"])
        assert r["category"] in CATEGORIES, r["id"]
        html = r["html"]
        text = visible_text(html)
        for s in [*r["credit_lines"], *r["must_keep"]]:
            assert s in text, f"{r['id']}: not in page text: {s!r}"
        for s in r["must_keep"]:
            for line in r["credit_lines"]:
                assert line not in s, f"{r['id']}: must_keep {s!r} contains credit line {line!r}"
        expected = r["expected_publisher"]
        if expected is None:
            assert r["accept"] == [] and r["credit_lines"] == [], r["id"]
            assert r["category"] in NULL_CATEGORIES, r["id"]
        else:
            assert r["category"] not in NULL_CATEGORIES, r["id"]
            assert expected in r["accept"], r["id"]
            if r["category"] == "in_table":
                assert normalize(expected) in names, f"{r['id']}: {expected} is not in the table"
            if r["category"] == "out_of_table":
                inside = [a for a in r["accept"] if normalize(a) in names]
                assert not inside, f"{r['id']}: {inside} are in the table"
    mixed = [s for s, hs in halves.items() if len(hs) > 1]
    assert not mixed, f"sites in both halves: {mixed}"
    assert_new(rows, stories, earlier)
    nulls = sum(r["expected_publisher"] is None for r in rows)
    assert nulls >= 0.3 * len(rows), f"only {nulls} of {len(rows)} pages are null"


def assert_new(
    rows: list[dict[str, Any]], stories: dict[str, Any], earlier: tuple[str, ...]
) -> None:
    """No site of ``rows`` and no first sentence of ``stories`` is in the ``earlier`` sets."""
    earlier_sites: set[str] = set()
    earlier_text = ""
    for name in earlier:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            earlier_sites.add(record["site"])
            earlier_text += visible_text(record["html"])[:4000]
    reused = sorted({r["site"] for r in rows} & earlier_sites)
    assert not reused, f"sites of an earlier set: {reused}"
    for _, paras in stories.values():
        assert first_sentence(paras[0]) not in earlier_text, paras[0][:40]


def main() -> None:
    counters: Counter[tuple[str, str]] = Counter()
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for c in CASES3:
        assert c.site in SITES3, c.site
        assert c.story in STORIES3[c.lang], f"{c.story} is not a {c.lang} story"
        counters[(c.category, c.lang)] += 1
        case_id = f"b3-{CAT_SHORT[c.category]}-{c.lang}-{counters[(c.category, c.lang)]:03d}"
        rows.append(render(c, case_id, used))
    check(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == rows
    print(f"wrote {len(rows)} cases to {OUT.name}")
    for field in ("category", "language", "half"):
        print(f"  {field}: {dict(sorted(Counter(str(r[field]) for r in rows).items()))}")
    sites = {str(r["site"]): str(r["half"]) for r in rows}
    print(f"  sites per half: {dict(Counter(sites.values()))}")
    print(f"  null pages: {sum(r['expected_publisher'] is None for r in rows)}")


if __name__ == "__main__":
    main()
