# ruff: noqa: E501, RUF001  (one path or condition a line; headlines in Cyrillic and Greek)
"""Generate cases_2027-01-12.jsonl, the forty-first blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build41.py
Stdlib only; deterministic (no clock, no randomness); self-checking. Pages come from this set's own
templates (`chrome41.py`), data from `cases41.py`, prose from `stories41.py`.
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
from cases41 import CASES, Case  # noqa: E402
from chrome41 import RENDER, Page, render_page  # noqa: E402
from open_web import RTL, assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories41 import STORIES41  # noqa: E402

OUT = HERE / "cases_2027-01-12.jsonl"
PREFIX = "b41"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 12)),
    "cases_2027-01-13.jsonl",  # the forty-second set, written in parallel: added at merge
)
SUFFIXES = {
    "co.nz",
    "org.nz",
    "com.au",
    "org.au",
    "co.uk",
    "org.uk",
    "com.br",
    "com.co",
    "com.ua",
    "com.mx",
    "com.ar",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES41.values() for k, v in d.items()}
#: The slots each template places credit lines in (letters pages and book excerpts carry none).
SLOTS = {
    "opinion": {"top", "box", "end"},
    "editorial": {"top", "label", "end"},
    "letters": set(),
    "excerpt": set(),
    "longread": {"top", "side", "end"},
    "medium": {"top", "end"},
    "substack": {"top", "end"},
    "commentary": {"end", "bio", "side"},
    "guest": {"top", "bio", "end"},
}
DATES = {
    "es": "16 de febrero de 2027",
    "de": "16. Februar 2027",
    "fr": "16 février 2027",
    "pt": "16 de fevereiro de 2027",
    "it": "16 febbraio 2027",
    "pl": "16 lutego 2027",
    "nl": "16 februari 2027",
    "uk": "16 лютого 2027",
    "ro": "16 februarie 2027",
    "sv": "16 februari 2027",
    "cs": "16. února 2027",
    "el": "16 Φεβρουαρίου 2027",
}
#: Headlines of other pieces for the "More from Opinion" lists of languages with one story in this set.
MORE = {
    "pl": [
        "Felieton: zima bez śniegu",
        "Czy potrzebujemy nowego stadionu?",
        "Listy: o parkingach na Pogodnie",
    ],
    "uk": [
        "Колонка: тиша після сирени",
        "Чому місту потрібні нові трамваї",
        "Листи: про двори на Замостя",
    ],
    "sv": [
        "Ledare: skolskjutsarna måste fungera",
        "Krönika: när isen lägger sig",
        "Insändare: bygg fler cykelbanor",
    ],
    "cs": [
        "Sloupek: zima bez sněhu",
        "Proč město potřebuje nové tramvaje",
        "Dopisy: o parkování na Borech",
    ],
    "el": [
        "Άποψη: ο χειμώνας χωρίς χιόνι",
        "Γιατί η πόλη χρειάζεται νέα πάρκα",
        "Επιστολές: για τη στάθμευση στο κέντρο",
    ],
}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def host_of(c: Case) -> str:
    if c.host:
        return c.host
    return c.site if c.fam in ("medium", "substack") else f"www.{c.site}"


def date_of(c: Case) -> str:
    if c.lang != "en":
        return DATES[c.lang]
    if c.site.endswith((".com", ".net")) or (
        c.site.endswith(".org") and not c.site.endswith(".org.au")
    ):
        return "Feb. 16, 2027"
    if c.site.endswith(".ca"):
        return "February 16, 2027"
    return "16 February 2027"


def url_of(c: Case, host: str, title: str) -> str:
    slug = slugify(title) or f"{sha(title) % 10**6}"
    num = sha(c.site + title) % 900000 + 100000
    return {
        "opinion": f"https://{host}/opinion/columnists/{slug}/",
        "editorial": f"https://{host}/2027/02/16/{slug}/",
        "letters": f"https://{host}/opinion/letters/{num}/{slug}",
        "excerpt": f"https://{host}/books/excerpt/{slug}",
        "longread": f"https://{host}/features/{slug}",
        "medium": f"https://{host}/{slug}-{hashlib.sha1((c.site + title).encode()).hexdigest()[:12]}",
        "substack": f"https://{host}/p/{slug}",
        "commentary": f"https://{host}/opinion/{num}/{slug}.html",
        "guest": f"https://{host}/opinion/guest/{slug}-{num}",
    }[c.fam]


def paras_of(c: Case) -> list[str]:
    _, story = FLAT[c.story]
    paras = list(story if c.n is None else story[: c.n])
    if c.dateline:
        paras[0] = c.dateline + paras[0]
    return paras


def related_titles(c: Case) -> list[str]:
    """Headlines of the other stories in the page's language, as a 'More from Opinion' list names them."""
    own = [t for k, (t, _) in STORIES41[c.lang].items() if k != c.story]
    return (own + MORE.get(c.lang, []))[:3]


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    title, _ = FLAT[c.story]
    host = host_of(c)
    url = url_of(c, host, title)
    assert url not in used, url
    used.add(url)
    paras = paras_of(c)
    page = Page(
        fam=c.fam,
        lang=c.lang,
        site_name=c.name,
        host=host,
        url=url,
        title=title,
        author=c.author or c.name,
        date_text=date_of(c),
        iso=f"2027-02-16T{6 + sha(c.site) % 10:02d}:{sha(c.site) % 60:02d}:00Z",
        paras=paras,
        credits=list(c.credits),
        mention=c.mention,
        mention_at=c.mention_at,
        caption=c.caption,
        bio=c.bio,
        logo=c.logo,
        related=related_titles(c),
        variant=sha(c.site) % 7,
    )
    html = render_page(page)
    if c.lang in RTL:
        html = html.replace(f'<html lang="{c.lang}">', f'<html lang="{c.lang}" dir="rtl">', 1)
    credited = c.category in CREDITED
    must_keep = [sentences(paras[0])[0], sentences(paras[-1])[-1]]
    if c.mention:
        must_keep.append(c.mention)
    if c.category in CREDITED or c.category == "own_page":
        slots = "+".join(dict.fromkeys(s for s, _ in c.credits))
        placement = f"{c.fam}:{slots}" + ("+dateline" if c.dateline else "")
        if c.category == "own_page":
            placement = f"own:{placement}"
    else:
        placement = {
            "negative_mention": "mention",
            "negative_caption": "caption",
            "no_credit": "none",
        }[c.category]
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": html,
        "expected_publisher": c.expected if credited else None,
        "accept": list(c.accept) if credited else [],
        "credit_lines": [t for _, t in c.credits] if credited else [],
        "must_keep": must_keep,
        "placement": placement,
        "note": c.note,
    }


def story_bytes(c: Case) -> int:
    extra = [c.mention, c.caption, *(t for _, t in c.credits)]
    return len(" ".join([*paras_of(c), *[x for x in extra if x]]).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    extra = {
        "_lines": (
            "",
            [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption],
        )
    }
    assert_new_prose({**FLAT, **extra}, old)
    names = table_names()
    prose = "\n".join(p for _, ps in FLAT.values() for p in ps)
    n = len(rows)
    assert all(r["id"].startswith(f"{PREFIX}-") for r in rows)
    assert len({c.site for c in CASES}) == n, "one page a site"
    for r, c in zip(rows, CASES, strict=True):
        text = visible_text(r["html"])
        assert bool(r["credit_lines"]) == (r["category"] in CREDITED), r["id"]
        assert all(s in SLOTS[c.fam] for s, _ in c.credits), f"{r['id']}: slot not in {c.fam}"
        assert bool(c.credits) == (c.category in (*CREDITED, "own_page")), r["id"]
        assert bool(c.mention) == (c.category == "negative_mention"), r["id"]
        assert bool(c.caption) == (c.category == "negative_caption"), r["id"]
        assert (c.fam == "excerpt") <= (c.category == "negative_mention"), r["id"]
        for _, line in c.credits:
            assert line in text, f"{r['id']}: credit or own line not on the page: {line}"
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
        if c.caption:
            assert c.caption in text, r["id"]
        for line in r["credit_lines"]:
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r[
                    "id"
                ]
        if c.dateline:
            assert c.dateline.strip() in text, r["id"]
            assert text.index(c.dateline.strip()) < text.index(r["must_keep"][1]), r["id"]
            assert all(c.dateline.strip() not in line for line in r["credit_lines"]), r["id"]
            assert c.category == "wire", r["id"]
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, (
                f"{r['id']}: {r['expected_publisher']}"
            )
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        assert ('dir="rtl"' in r["html"]) == (c.lang in RTL), r["id"]
        assert date_of(c) in text, r["id"]
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 110 <= n <= 130, n
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert len(langs) in (13, 14), langs
    sizes = [story_bytes(c) for c in CASES]
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sum(s > 8000 for s in sizes) >= 3 and sum(s < 1500 for s in sizes) >= 2, (
        sorted(sizes)[:3],
        sorted(sizes)[-3:],
    )
    fams = Counter(c.fam for c in CASES)
    assert set(fams) == set(RENDER), fams
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    lang_halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    assert all(len(v) == 2 for v in lang_halves.values()), lang_halves
    print(
        f"  story text: median {med:.0f} B, min {min(sizes)}, max {max(sizes)}, over 8 KB: {sum(s > 8000 for s in sizes)}, under 1.5 KB: {sum(s < 1500 for s in sizes)}"
    )
    print(f"  templates: {dict(sorted(fams.items()))}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES41, render, check)


if __name__ == "__main__":
    main()
