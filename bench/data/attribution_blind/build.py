"""Generate cases.jsonl of the blind attribution set from the hand-written cases.

Run from the repository root:  python3 bench/data/attribution_blind/build.py
Stdlib only; output is deterministic (no clock, no randomness: variation comes from sha1 of ids).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases_src import CASES, SITES  # noqa: E402
from chrome import UI, Page, human_date, render_page  # noqa: E402
from model import Case, Part  # noqa: E402
from stories_en import STORIES_EN  # noqa: E402
from stories_intl import (  # noqa: E402
    STORIES_AR,
    STORIES_DE,
    STORIES_ES,
    STORIES_FR,
    STORIES_HI,
    STORIES_PT,
    STORIES_UR,
)

BY_LANG: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": STORIES_EN,
    "fr": STORIES_FR,
    "es": STORIES_ES,
    "de": STORIES_DE,
    "ar": STORIES_AR,
    "ur": STORIES_UR,
    "hi": STORIES_HI,
    "pt": STORIES_PT,
}
STORIES: dict[str, tuple[str, list[str]]] = {k: v for d in BY_LANG.values() for k, v in d.items()}
CATEGORIES = (
    "in_table",
    "out_of_table",
    "wire",
    "negative_mention",
    "negative_caption",
    "own_page",
    "no_credit",
)
CAT_SHORT = {
    "in_table": "in",
    "out_of_table": "out",
    "wire": "wire",
    "negative_mention": "mention",
    "negative_caption": "caption",
    "own_page": "own",
    "no_credit": "plain",
}
# sentence ends: Latin punctuation, Devanagari danda, Urdu full stop
SENTENCE_END = re.compile("(?<=[.!?\u0964\u06d4])\\s+(?=\\S)")
MIN_WORDS = 40
NULL_CATEGORIES = ("negative_mention", "negative_caption", "own_page", "no_credit")


def h(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def half_of(site: str) -> str:
    """Split by site: last hex digit of sha1(site) even -> tune, odd -> check."""
    last = hashlib.sha1(site.encode("utf-8")).hexdigest()[-1]
    return "tune" if int(last, 16) % 2 == 0 else "check"


def host_of(site: str) -> str:
    s = SITES[site]
    if s.host:
        return s.host
    if site.endswith(".blogspot.com") or s.chrome == "bare":
        return site
    return f"www.{site}"


def slugify(title: str) -> str:
    """Latin-script slug of a headline; "" for Arabic, Urdu and Hindi headlines."""
    folded = title.replace("ß", "ss")
    ascii_title = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug if len(slug) >= 12 else ""


def page_url(c: Case, host: str, chrome: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    """A URL in the site software's usual shape; numeric ids where the headline has no slug."""
    if c.url:
        return c.url
    y, m, d = ymd
    slug = slugify(title)
    num = 10_000 + n % 89_999
    if chrome == "wordpress":
        return f"https://{host}/{y}/{m:02d}/{d:02d}/{slug}/" if slug else f"https://{host}/?p={num}"
    if chrome == "blogger":
        name = slug[:48].rsplit("-", 1)[0] if slug else f"blog-post_{d:02d}"
        return f"https://{host}/{y}/{m:02d}/{name}.html"
    if chrome == "bare":
        return f"https://{host}/news/{slug or num}.html"
    section = "news" if n % 2 else "latest"
    return f"https://{host}/{section}/{slug}-{num}" if slug else f"https://{host}/{section}/{num}"


def story_href(host: str, key: str) -> str:
    return f"https://{host}/{slugify(STORIES[key][0]) or h(key) % 89_999 + 10_000}"


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text.strip()) if s]


def paragraph_html(text: str, chrome: str, variant: int) -> str:
    body = escape(text, quote=False)
    if chrome == "blogger" and variant % 2:
        return f'<div style="text-align: justify;">{body}</div>\n<div><br /></div>'
    return f"<p>{body}</p>"


def build_body(c: Case, paras: list[str], chrome: str, variant: int) -> str:
    heads = [p.html for p in c.parts if p.where == "head"]
    tails = [p.html for p in c.parts if p.where in ("tail", "widget")]
    figures = [p.html for p in c.parts if p.where == "figure"]
    blocks = list(heads)
    for i, text in enumerate(paras):
        blocks.append(paragraph_html(text, chrome, variant))
        if i == 0:
            blocks.extend(figures)
    blocks.extend(tails)
    return "\n".join(blocks)


class _Text(HTMLParser):
    """Visible text of a page (script/style/title dropped), for self-checks only."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "title") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def visible_text(page: str) -> str:
    p = _Text()
    p.feed(page)
    return re.sub(r"\s+", " ", "".join(p.out))


def render(c: Case, case_id: str, used_urls: set[str]) -> dict[str, Any]:
    site = SITES[c.site]
    chrome = site.chrome
    host = host_of(c.site)
    title, story_paras = STORIES[c.story]
    paras = list(story_paras)
    for pos, text in c.insert:
        paras.insert(pos, text)
    for i, text in enumerate(paras):
        words = len(text.split())
        assert words >= MIN_WORDS, f"{case_id}: paragraph {i} has {words} words"
    assert 3 <= len(paras) <= 8, f"{case_id}: {len(paras)} paragraphs"

    keep = [sentences(paras[0])[0], sentences(paras[-1])[-1], *c.keep]
    parts: dict[str, list[Part]] = {}
    for p in c.parts:
        parts.setdefault(p.where, []).append(p)
    for p in parts.get("dateline", []):
        paras[0] = f"{p.text} {paras[0]}"
    for p in parts.get("inline", []):
        paras[-1] = f"{paras[-1]} {p.text}"

    hv = h(case_id)
    variant = hv % 7
    month, day = 1 + hv % 5, 1 + (hv >> 8) % 28
    ymd = (2026, month, day)
    url = page_url(c, host, chrome, title, ymd, hv)
    k = 1
    while url in used_urls:  # same story twice on one site: the software de-duplicates the slug
        k += 1
        stem, ext = (url[:-5], ".html") if url.endswith(".html") else (url.rstrip("/"), "/")
        url = f"{stem}_{k}{ext}" if ext == ".html" else f"{stem}-{k}{ext}"
    used_urls.add(url)
    ui_author = {"wordpress": "wp_author", "blogger": "blog_author"}.get(chrome, "author")

    bylines = parts.get("byline", [])
    own = c.category == "own_page"
    author = bylines[0].text if bylines else (site.name if own else UI[c.lang][ui_author])
    others = [k for k in BY_LANG[c.lang] if k != c.story]
    siblings = sorted(others, key=lambda k: h(k + case_id))[:4]
    related = [(STORIES[k][0], story_href(host, k)) for k in siblings]
    page = Page(
        lang=c.lang,
        site_name=site.name,
        host=host,
        url=url,
        title=title,
        description=sentences(story_paras[0])[0],
        body=build_body(c, paras, chrome, variant),
        author=author,
        iso_date=f"{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}",
        date_text=human_date(c.lang, *ymd),
        time_text=f"{7 + variant}:{(hv >> 4) % 60:02d}",
        related=related,
        canonical=hv % 3 != 0,
        variant=variant,
    )
    html = render_page(chrome, page, own)
    credit_lines = [p.text for p in c.parts if p.credit]
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
        "credit_lines": credit_lines,
        "must_keep": keep,
        "placement": c.placement,
        "note": c.note,
    }


def check(rows: list[dict[str, Any]]) -> None:
    ids = Counter(r["id"] for r in rows)
    dup = [i for i, k in ids.items() if k > 1]
    assert not dup, f"duplicate ids: {dup}"
    halves: dict[str, set[str]] = {}
    for r in rows:
        halves.setdefault(str(r["site"]), set()).add(r["half"])
        assert r["category"] in CATEGORIES, r["id"]
        html = str(r["html"])
        text = visible_text(html)
        raw = unescape(html)
        for s in [*r["credit_lines"], *r["must_keep"]]:
            assert s in text, f"{r['id']}: not in page text: {s!r}"
            assert s in raw or "<a " in html, f"{r['id']}: not in html: {s!r}"
        for s in r["must_keep"]:
            for cl in r["credit_lines"]:
                assert cl not in s, f"{r['id']}: must_keep {s!r} contains credit line {cl!r}"
        if r["expected_publisher"] is None:
            assert r["accept"] == [], r["id"]
            assert r["category"] in NULL_CATEGORIES, r["id"]
        else:
            assert r["expected_publisher"] in r["accept"], r["id"]
    mixed = [s for s, hs in halves.items() if len(hs) > 1]
    assert not mixed, f"sites in both halves: {mixed}"


def main() -> None:
    counters: Counter[tuple[str, str]] = Counter()
    rows = []
    used_urls: set[str] = set()
    for c in CASES:
        assert c.site in SITES, c.site
        assert c.story in BY_LANG[c.lang], f"{c.story} is not a {c.lang} story"
        key = (c.category, c.lang)
        counters[key] += 1
        case_id = f"{CAT_SHORT[c.category]}-{c.lang}-{counters[key]:03d}"
        rows.append(render(c, case_id, used_urls))
    check(rows)
    urls = Counter(str(r["url"]) for r in rows)
    assert max(urls.values()) == 1, [u for u, k in urls.items() if k > 1]
    out = HERE / "cases.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    by_half = Counter(str(r["half"]) for r in rows)
    sites = {str(r["site"]): str(r["half"]) for r in rows}
    shown = out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out
    print(f"wrote {len(rows)} cases to {shown}")
    print(f"cases per half: {dict(by_half)}; sites per half: {dict(Counter(sites.values()))}")


def write_set(
    out: Path,
    prefix: str,
    cases: Sequence[Any],
    sites: Mapping[str, Any],
    stories: Mapping[str, Mapping[str, Any]],
    render: Callable[[Any, str, set[str]], dict[str, Any]],
    check: Callable[[list[dict[str, Any]]], None],
) -> None:
    """Render ``cases`` (ids ``<prefix>-<category>-<lang>-NNN``), check the rows, write them to
    ``out`` as JSON lines, read them back, and print the counts a set's README section gives."""
    counters: Counter[tuple[str, str]] = Counter()
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for c in cases:
        assert c.site in sites, c.site
        assert c.story in stories[c.lang], f"{c.story} is not a {c.lang} story"
        counters[(c.category, c.lang)] += 1
        case_id = f"{prefix}-{CAT_SHORT[c.category]}-{c.lang}-{counters[(c.category, c.lang)]:03d}"
        rows.append(render(c, case_id, used))
    check(rows)
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert back == rows
    print(f"wrote {len(rows)} cases to {out.name}")
    for field in ("category", "language", "half"):
        print(f"  {field}: {dict(sorted(Counter(str(r[field]) for r in rows).items()))}")
    cat_half = Counter((str(r["category"]), str(r["half"])) for r in rows)
    for cat in CATEGORIES:
        tune, check_ = cat_half[(cat, "tune")], cat_half[(cat, "check")]
        print(f"  | {cat} | {tune + check_} | {tune} | {check_} |")
    sites_half = {str(r["site"]): str(r["half"]) for r in rows}
    print(f"  sites per half: {dict(Counter(sites_half.values()))}")
    print(f"  null pages: {sum(r['expected_publisher'] is None for r in rows)}")


if __name__ == "__main__":
    main()
