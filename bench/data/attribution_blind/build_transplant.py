# ruff: noqa: E501
"""Build the transplant set (`transplants_2027-01-02.jsonl`): real pages from the shared
extraction corpora (`../shared/data/extraction`, never copied here) with credit lines and
look-alikes inserted where real sites print them. The file stores recipes (page + edits), not
pages; `bench/attribution_cases.py` rebuilds each page by applying the edits.

Run from the repo root: ``python3 bench/data/attribution_blind/build_transplant.py`` (stdlib plus
lxml; deterministic; self-checking). The shared data is found at ``AGGREGATOR_SHARED_DATA`` or
``../shared/data``.
"""

from __future__ import annotations

import gzip
import hashlib
import html as htmlmod
import json
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from transplant_wordings import BY_LANGUAGE, Recipe, figure  # noqa: E402

REPO = HERE.parent.parent.parent
OUT = HERE / "transplants_2027-01-02.jsonl"
PREFIX = "t1-"
SHARED = Path(os.environ.get("AGGREGATOR_SHARED_DATA", REPO.parent / "shared" / "data"))
CORPORA = ("aeb", "fundus", "trafilatura-eval")
SPLITS = REPO / "bench" / "data" / "splits.json"
LABELS = sorted((REPO / "bench" / "data").glob("attribution_real_labels*.json"))
TABLES = tuple(
    REPO / "aggregator" / "data" / n
    for n in ("publishers.toml", "publisher_scripts.toml", "news_agencies.toml")
)
#: How many pages of each language the set takes at most (the corpora's mix: mostly English,
#: a large German share from trafilatura-eval, a few pages in each other language).
QUOTA = {"en": 85, "de": 56}
OTHER_QUOTA = 6
#: The longest anchor a recipe may store (anchors are the only page text the file holds).
MAX_ANCHOR = 200
SUFFIXES = {"co.uk", "org.uk", "ac.uk", "com.au", "com.br", "co.kr", "co.jp", "ne.jp", "or.jp",
            "co.nz", "co.za", "com.mx", "com.ar", "co.in", "com.pl", "com.tr", "gv.at", "or.at",
            "co.at", "com.es"}

#: Signs that a page's own article already credits someone (such pages are skipped).
CREDIT_SIGNS = re.compile(
    r"\((?:AP|Reuters|AFP|dpa|PTI|IANS|ANI|EFE|ANSA|PAP|MTI|APA|KNA|epd|sda|SDA|AAP|CP|UPI|"
    r"Xinhua|TASS|Lusa|Kyodo|共同|연합뉴스|ots)\)"
    r"|Associated Press|Reuters|Agence France|\bAFP\b|\bdpa\b|\bPTI\b|\bIANS\b|\bEFE\b"
    r"|originally (?:published|appeared)|first (?:appeared|published)|republish"
    r"|contributed to this report|with inputs from|courtesy"
    r"|\b(?:Quelle|Source|Fonte|Fuente|Źródło|Forrás|Lähde|Источник)\s?:|출처|연합뉴스|共同通信"
    r"|Mit Material von|Material von|Agenturen|Nachrichtenagentur|news agency|wire service"
    r"|Copyright|©|\(c\) 20",
    re.IGNORECASE,
)
#: Last paragraphs that are page furniture rather than article text (trafilatura-eval pages,
#: whose ground truth gives snippets, not the article's end).
FURNITURE = re.compile(
    r"©|copyright|alle rechte|newsletter|kommentar|comment|teilen|share|tweet|follow us"
    r"|folgen sie|lesen sie|read more|mehr zum thema|\bfoto\b|\bbild:|\bphoto\b|\bimage\b"
    r"|subscribe|abonn|cookie|werbung|anzeige|\btags?:|schlagw|rechte vorbehalten|all rights"
    r"|@|http",
    re.IGNORECASE,
)
#: What ends an article body for sure (a list or a table may stand inside one).
END_BREAK = re.compile(r"<(?:section|aside|form|footer|nav|header|h1|article)\b", re.IGNORECASE)
#: A disclosure line opening a sponsored post (nothing is put above it).
DISCLOSURE = re.compile(r"compensated|sponsored|affiliate|#ad\b|werbung|anzeige", re.IGNORECASE)
#: Containers whose opening and closing tags tell whether two paragraphs share a body.
CONTAINER = re.compile(r"<(/?)(?:div|section|article|main|figure|blockquote)\b", re.IGNORECASE)


def furniture(text: str) -> bool:
    """A short paragraph of page furniture (a share line, a copyright, a tag list)."""
    return len(text) < 200 and bool(FURNITURE.search(text))
#: Markup that ends a run of article paragraphs (a new section, box, heading, form or list).
GAP_BREAK = re.compile(r"<(?:section|aside|form|h1|ul|ol|table|footer|nav|header|article)\b",
                       re.IGNORECASE)
#: Signs of a credit just around the article (a byline above it, a source line below it).
AROUND_SIGNS = re.compile(
    r"\((?:AP|Reuters|AFP|dpa|PTI|IANS|ANI|EFE|ANSA|PAP|MTI|APA|KNA|epd|sda|AAP|CP|UPI)\)"
    r"|Associated Press|Reuters|Agence France|\bAFP\b|\bdpa\b|\bPTI\b|\bIANS\b|\bEFE\b"
    r"|originally (?:published|appeared)|first (?:appeared|published)|republish|syndicat"
    r"|\b(?:Quelle|Source|Fonte|Fuente|Źródło|Forrás|Lähde|Источник)\b|^\s*\[[A-Z][\w .]+\]"
    r"|\[[A-Z][\w .]+\]|\bvia\b|Mit Material|Agenturen",
    re.IGNORECASE,
)
#: A dateline opening the article ("Rostow (Russland) - ", "WASHINGTON — ").
DATELINE = re.compile(r"^[^\s,.:;!?]+(?: [^\s,.:;!?]+){0,3}(?:, [^\s,.:;!?]+(?: [^\s,.:;!?]+){0,2})?"
                      r"\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]{1,2}\s"
                      r"|^[A-Z][A-Z .,'-]{2,60}(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]{1,2}\s"
                      r"|^.{0,80}\([A-Z][\w-]{1,15}\)\s*[-\u2013\u2014]{1,2}\s")
SENTENCE = re.compile(r"(?<=[.!?\u3002])\s+(?=\S)|(?<=[\u3002])")
P_BLOCK = re.compile(r"<p\b[^>]*>(.*?)</p\s*>", re.IGNORECASE | re.DOTALL)
HIDDEN = re.compile(r"<(script|style|noscript|template|title)\b.*?</\1\s*>|<!--.*?-->",
                    re.IGNORECASE | re.DOTALL)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def strip_tags(fragment: str) -> str:
    return norm(htmlmod.unescape(re.sub(r"<[^>]+>", "", fragment)))


def registrable(host: str) -> str:
    labels = host.lower().rstrip(".").removeprefix("www.").split(".")
    for n in (2, 1):
        if len(labels) > n and ".".join(labels[-n:]) in SUFFIXES:
            return ".".join(labels[-(n + 1):])
    return ".".join(labels[-2:])


def tnorm(name: str) -> str:
    s = name.casefold().replace("-", " ").strip()
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"\s+", " ", s)


def table() -> tuple[dict[str, str], dict[str, set[str]]]:
    """Every normalized spelling -> canonical name, and canonical name -> its domains."""
    names: dict[str, str] = {}
    domains: dict[str, set[str]] = defaultdict(set)
    for path in TABLES:
        for p in tomllib.loads(path.read_text(encoding="utf-8"))["publisher"]:
            for s in [p["name"], *p.get("aliases", []), *p.get("domains", [])]:
                names.setdefault(tnorm(s), p["name"])
            domains[p["name"]].update(registrable(d) for d in p.get("domains", []))
    return names, domains


def visible_text(page: str) -> str:
    """The page's visible text: script/style/noscript/template/title and comments dropped."""
    doc = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", page))
    for bad in doc.xpath("//script|//style|//noscript|//template|//title"):
        bad.drop_tree()
    return norm(doc.text_content())


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text) if s.strip()]


def load_page(corpus: str, page_id: str) -> str | None:
    raw = (SHARED / "extraction" / corpus / "html" / f"{page_id}.html.gz").read_bytes()
    try:
        return gzip.decompress(raw).decode("utf-8")
    except UnicodeDecodeError:
        return None


def hidden_spans(page: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in HIDDEN.finditer(page)]


def blocks(page: str) -> list[dict[str, Any]]:
    """Every <p> of the raw page outside scripts and comments, with its offsets and text."""
    spans = hidden_spans(page)
    out = []
    for m in P_BLOCK.finditer(page):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if re.search(r"<p\b", m.group(1), re.IGNORECASE):  # an unclosed <p> swallowed another
            continue
        out.append({"start": m.start(), "inner": m.start(1), "inner_end": m.end(1),
                    "end": m.end(), "open": page[m.start():m.start(1)],
                    "text": strip_tags(m.group(1))})
    return out


def language(text: str) -> str:
    if len(re.findall(r"[\uac00-\ud7a3]", text)) > 20:
        return "ko"
    if len(re.findall(r"[\u3040-\u30ff]", text)) > 10:
        return "ja"
    if len(re.findall(r"[\u0400-\u04ff]", text)) > 40:
        return "ru"
    words = Counter(re.findall(r"\w+", text.lower()))
    stop = {
        "en": "the and of to in is that for with was on", "de": "der die und das ist nicht mit den von zu ein eine auf",
        "es": "el la de que y en los las por una con para", "fr": "le la les de des et est une dans pour que qui",
        "pt": "de que não uma para com os as do da em é", "it": "il di che è la per una non sono con gli della",
        "pl": "i w na nie się z jest do że to", "fi": "ja on ei että se oli mutta", "hu": "a az és hogy nem egy is",
    }
    scores = {lang: sum(words[w] for w in ws.split()) for lang, ws in stop.items()}
    return max(scores, key=lambda lang: scores[lang])


def article(corpus: str, truth: dict[str, Any], page: str) -> dict[str, Any] | None:
    """The article's paragraphs on the raw page (first, a middle one, last) and the sentences
    that must stay, or None when the page's article is not in plain <p> paragraphs."""
    bl = [b for b in blocks(page) if len(b["text"]) >= 25]
    if corpus in ("aeb", "fundus"):
        body = truth.get("articleBody") or ""
        paras = [norm(p) for p in re.split(r"\n\s*\n", body) if norm(p)]
        if len(paras) < 3:
            return None
        full = norm(body)
        arts = [b for b in bl if b["text"] in full]
        if len(arts) < 3:
            return None
        first, last = arts[0], arts[-1]
        # the first and last <p> of the article: at its start and end, or within the first and
        # last 15% of the ground truth when a lead or a closing line is not a <p> of its own
        lead = first["text"].startswith(paras[0][:40])
        if not lead and full.find(first["text"]) > 0.15 * len(full):
            return None
        end = full.rfind(last["text"]) + len(last["text"])
        if not last["text"].endswith(paras[-1][-40:]) and end < 0.85 * len(full):
            return None
        text = full
        end_sure = True
        keep_first = sentences(first["text"])[0]
        keep_last = sentences(last["text"])[-1]
    else:
        snippets = [norm(s) for s in truth.get("with", [])]
        without = [norm(s) for s in truth.get("without", [])]
        seeds = [i for i, b in enumerate(bl) if any(s and s in b["text"] for s in snippets)]
        if len(seeds) < 2:
            return None
        # the run of adjacent paragraphs around the snippets: extended from the first and the
        # last snippet's paragraph while only inline markup separates two paragraphs
        def adjacent(a: dict[str, Any], b: dict[str, Any]) -> bool:
            """Two paragraphs of one article body: little text between them (a subheading, a
            caption), no box, form or navigation, and no leaving of the body's container."""
            gap = HIDDEN.sub("", page[a["end"]:b["start"]])
            if len(gap) > 20000 or len(strip_tags(gap)) >= 400 or GAP_BREAK.search(gap):
                return False
            depth = lowest = 0
            for m in CONTAINER.finditer(gap):
                depth += -1 if m.group(1) else 1
                lowest = min(lowest, depth)
            return lowest >= -1 and -1 <= depth <= 1

        def stop(b: dict[str, Any]) -> bool:
            return furniture(b["text"]) or any(w and w in b["text"] for w in without)

        lo, hi = seeds[0], seeds[-1]
        if any(not adjacent(bl[i], bl[i + 1]) for i in range(lo, hi)):
            return None
        while lo > 0 and adjacent(bl[lo - 1], bl[lo]) and not stop(bl[lo - 1]):
            lo -= 1
        while hi + 1 < len(bl) and adjacent(bl[hi], bl[hi + 1]) and not stop(bl[hi + 1]):
            hi += 1
        # the end is sure when the next long paragraph stands in another part of the page
        # (past a box, form or navigation, or out of the body's container): otherwise nothing
        # is put after the run's last paragraph
        end_sure = True
        following = [b for b in bl[hi + 1:] if len(b["text"]) >= 60]
        if following and not any(w and w in following[0]["text"] for w in without):
            gap = HIDDEN.sub("", page[bl[hi]["end"]:following[0]["start"]])
            depth = lowest = 0
            for m in CONTAINER.finditer(gap):
                depth += -1 if m.group(1) else 1
                lowest = min(lowest, depth)
            end_sure = bool(END_BREAK.search(gap)) or lowest <= -2 or len(gap) > 20000
        arts = [b for b in bl[lo:hi + 1] if not any(w and w in b["text"] for w in without)]
        while arts and furniture(arts[-1]["text"]):
            arts.pop()
        if len(arts) < 4 or furniture(arts[0]["text"]):
            return None
        first, last = arts[0], arts[-1]
        text = " ".join(b["text"] for b in arts)
        # the run's first <p> opens the article when the headline (<h1>) stands just above it,
        # with at most a byline or a date between; otherwise nothing is put above it
        h1 = page.rfind("</h1", 0, first["start"])
        between = strip_tags(HIDDEN.sub("", page[h1:first["start"]])) if h1 >= 0 else ""
        lead = h1 >= 0 and len(between) <= 200 and not any(
            h1 < b["start"] < first["start"] for b in bl
        )
        keep_first = sentences(first["text"])[0]
        keep_last = sentences(last["text"])[-1]
    if len(keep_first) < 20 or len(keep_last) < 20:
        return None
    middle = arts[len(arts) // 2]
    if middle is first or middle is last:
        return None
    if DISCLOSURE.search(first["text"]):
        lead = False  # a sponsor's disclosure opens the page, not the story
    return {"first": first, "middle": middle, "last": last, "text": text, "lead": lead,
            "end_sure": end_sure,
            "keep": [keep_first, keep_last], "n": len(arts)}


def anchor_for(page: str, pos: int) -> tuple[str, str]:
    """The shortest unique substring ending at ``pos`` (insert after) or starting at it
    (insert before): the recipe stores as little of the page as it can."""
    for n in range(8, 4000):
        after = page[max(0, pos - n):pos]
        if len(after) == n and page.count(after) == 1:
            return after, "after"
        before = page[pos:pos + n]
        if len(before) == n and page.count(before) == 1:
            return before, "before"
    raise ValueError(f"no unique anchor at {pos}")


def apply_edits(page: str, edits: list[dict[str, str]]) -> str:
    """As `bench/attribution_cases.py` applies them: in order, each anchor found exactly once."""
    for e in edits:
        count = page.count(e["anchor"])
        assert count == 1, f"anchor found {count} times: {e['anchor'][:60]!r}"
        i = page.index(e["anchor"])
        at = i + len(e["anchor"]) if e["where"] == "after" else i
        page = page[:at] + e["html"] + page[at:]
    return page


def inserts(recipe: Recipe, art: dict[str, Any], host: str, key: str) -> list[tuple[int, str]]:
    """(position in the original page, markup) for each part of the recipe."""
    first, middle, last = art["first"], art["middle"], art["last"]
    opening = re.sub(r"\s(?:id|data-[\w-]+)=(\"[^\"]*\"|'[^']*'|\S+)", "", last["open"])
    img = f"https://{host}/media/{hashlib.sha1(key.encode()).hexdigest()[:12]}.jpg"
    out: list[tuple[int, str]] = []
    if "dateline" in recipe:
        out.append((first["inner"], htmlmod.escape(recipe["dateline"], quote=False)))
    if "head" in recipe:
        out.append((first["start"], recipe["head"]))
    if "byline" in recipe:
        out.append((first["start"], recipe["byline"]))
    if "figure" in recipe:
        caption = recipe["figure"].removeprefix("{fig}").removesuffix("{/fig}")
        out.append((first["end"], figure(caption).replace("{img}", img)))
    if "body" in recipe:
        out.append((middle["end"], recipe["body"].replace("{p}", opening)))
    if "append" in recipe:
        out.append((last["inner_end"], " " + recipe["append"]))
    if "tail" in recipe:
        out.append((last["end"], recipe["tail"].replace("{p}", opening)))
    return out


def build_edits(page: str, parts: list[tuple[int, str]]) -> list[dict[str, str]]:
    """Edits applied from the end of the page backwards, so no insertion moves a later one's
    position; each anchor is computed on the page as the earlier edits left it."""
    edits = []
    current = page
    for pos, markup in sorted(parts, key=lambda x: -x[0]):
        anchor, where = anchor_for(current, pos)
        edits.append({"anchor": anchor, "where": where, "html": markup})
        current = current[:pos] + markup + current[pos:]
    return edits


def half_key(key: str) -> int:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16)


def candidates() -> list[dict[str, Any]]:
    splits = json.loads(SPLITS.read_text(encoding="utf-8"))
    credited_keys: set[str] = set()
    labelled: dict[str, dict[str, Any]] = {}
    for path in LABELS:
        data = json.loads(path.read_text(encoding="utf-8"))
        for key, rec in data.items():
            labelled[key] = rec
            if rec.get("expected_publisher"):
                credited_keys.add(key)
    found = []
    for corpus in CORPORA:
        truths = json.loads((SHARED / "extraction" / corpus / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id in sorted(truths):
            key = f"{corpus}/{page_id}"
            if key in credited_keys:
                continue
            truth = truths[page_id]
            page = load_page(corpus, page_id)
            if page is None:
                continue
            url = truth.get("url") or ""
            if not url.startswith("http"):
                continue
            host = (urlsplit(url).hostname or "").lower()
            art = article(corpus, truth, page)
            if art is None:
                continue
            seen = visible_text(page)
            if not all(norm(k) in seen for k in art["keep"]):
                continue  # the ground truth's sentence is not the page's visible text
            if CREDIT_SIGNS.search(art["text"]) or DATELINE.match(art["first"]["text"]):
                continue  # the article credits someone, or opens with a (probably wire) dateline
            clean = HIDDEN.sub(" ", page[max(0, art["first"]["start"] - 3000):art["last"]["end"] + 3000])
            i = clean.find(page[art["first"]["start"]:art["first"]["end"]])
            j = clean.find(page[art["last"]["start"]:art["last"]["end"]])
            above = strip_tags(clean[:i])[-400:] if i >= 0 else ""
            below = strip_tags(clean[j:])[len(art["last"]["text"]):][:400] if j >= 0 else ""
            if AROUND_SIGNS.search(above) or AROUND_SIGNS.search(below):
                continue  # a byline or source line of another outlet just around the article
            found.append({"key": key, "corpus": corpus, "id": page_id, "url": url, "host": host,
                          "site": registrable(host), "half": splits[key], "page": page,
                          "art": art, "lang": language(art["text"]),
                          "label": labelled.get(key)})
    return found


def choose(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One page per site (the first by key), then each language's quota, alternating halves."""
    by_site: dict[str, dict[str, Any]] = {}
    for c in sorted(found, key=lambda c: c["key"]):
        by_site.setdefault(c["site"], c)
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in by_site.values():
        if c["lang"] in BY_LANGUAGE:
            by_lang[c["lang"]].append(c)
    chosen = []
    for lang in sorted(by_lang):
        quota = QUOTA.get(lang, OTHER_QUOTA)
        halves = {h: sorted((c for c in by_lang[lang] if c["half"] == h), key=lambda c: half_key(c["key"]))
                  for h in ("check", "tune")}
        order = []
        for i in range(max(len(v) for v in halves.values())):
            for h in ("check", "tune"):
                if i < len(halves[h]):
                    order.append(halves[h][i])
        chosen.extend(order[:quota])
    return chosen


def interleaved(chosen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each language's pages, check and tune in turn, so that its recipes fall on both halves."""
    out = []
    for lang in sorted({c["lang"] for c in chosen}):
        halves = [sorted((c for c in chosen if c["lang"] == lang and c["half"] == h),
                         key=lambda c: half_key(c["key"])) for h in ("check", "tune")]
        for i in range(max(len(h) for h in halves)):
            out.extend(h[i] for h in halves if i < len(h))
    return out


def main() -> None:
    if not (SHARED / "extraction").is_dir():
        sys.exit(f"shared data not found at {SHARED} (set AGGREGATOR_SHARED_DATA)")
    names, domains = table()
    chosen = choose(candidates())
    all_domains = set().union(*domains.values())
    rows = []
    counters: dict[str, int] = defaultdict(int)
    pending: dict[str, list[Recipe]] = defaultdict(list)
    for c in interleaved(chosen):
        recipes = BY_LANGUAGE[c["lang"]]
        # the next recipe of the language that fits the page (one that did not fit waits for
        # the next page)
        queue = pending[c["lang"]]
        later: list[Recipe] = []
        for _ in range(len(recipes) + len(queue)):
            if queue:
                recipe = queue.pop(0)
            else:
                recipe = recipes[counters[c["lang"]] % len(recipes)]
                counters[c["lang"]] += 1
            own = recipe["publisher"] and c["site"] in domains.get(names.get(tnorm(recipe["publisher"]), ""), set())
            # a dateline, head note or byline only where the first <p> opens the article; on a
            # site of a table outlet only wire copy
            above = any(k in recipe for k in ("dateline", "head", "byline"))
            below = any(k in recipe for k in ("append", "tail"))
            outlet_site = c["site"] in all_domains and recipe["cat"] in ("in_table", "out_of_table")
            fits = (c["art"]["lead"] or not above) and (c["art"]["end_sure"] or not below)
            if not own and not outlet_site and fits:
                break
            later.append(recipe)
        else:
            raise AssertionError(f"no recipe for {c['key']}")
        queue.extend(later)
        art = c["art"]
        parts = inserts(recipe, art, c["host"], c["key"])
        edits = build_edits(c["page"], parts)
        if max(len(e["anchor"]) for e in edits) > MAX_ANCHOR:
            continue  # a page that repeats its paragraphs: no short anchor
        built = apply_edits(c["page"], edits)
        keep = list(art["keep"])
        if "dateline" in recipe:
            whole = art["first"]["text"]
            if len(whole) <= 600 and whole not in keep:
                keep.append(whole)
        keep += recipe["mention"]
        n = len(rows) + 1
        rows.append({
            "id": f"{PREFIX}{n:03d}",
            "half": c["half"],
            "category": recipe["cat"],
            "language": c["lang"],
            "site": c["site"],
            "url": c["url"],
            "page": c["key"],
            "edits": edits,
            "expected_publisher": recipe["publisher"],
            "accept": list(recipe["accept"]),
            "credit_lines": list(recipe["credit"]),
            "must_keep": keep,
            "placement": recipe["placement"],
            "note": note(recipe, c),
            "_built": built,
            "_orig": c["page"],
        })
    check(rows, names)
    with OUT.open("w", encoding="utf-8") as out:
        for r in rows:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


def note(recipe: Recipe, c: dict[str, Any]) -> str:
    base = f"real page ({c['key'].split('/')[0]}), credits invented; "
    where = {
        "end_paragraph": "credit line inserted as the article's last paragraph",
        "end_appended": "credit appended to the article's last paragraph",
        "end_trailer": "wire trailer inserted after the article's last paragraph",
        "dateline": "wire dateline inserted at the start of the first paragraph (kept; no credit line)",
        "dateline+end": "wire dateline at the start, reporting/desk line after the last paragraph",
        "dateline+trailer": "wire dateline at the start, wire trailer after the last paragraph",
        "head": "credit inserted above the first paragraph",
        "byline": "byline naming the original inserted above the first paragraph",
        "source_box": "source box inserted after the article",
        "body_mention": "a sentence mentioning an outlet inserted mid-article; the article credits no one",
        "caption": "a photo credit in a figure caption inserted after the first paragraph",
        "chart": "a chart source in a figure caption inserted after the first paragraph",
        "related_box": "a related-links box of another outlet inserted after the article",
    }[recipe["placement"]]
    return base + where


def check(rows: list[dict[str, Any]], names: dict[str, str]) -> None:
    nulls = sum(1 for r in rows if r["expected_publisher"] is None)
    assert nulls >= 0.3 * len(rows), f"only {nulls} null pages of {len(rows)}"
    assert len({r["site"] for r in rows}) == len(rows), "one page per site"
    assert len({r["page"] for r in rows}) == len(rows)
    splits = json.loads(SPLITS.read_text(encoding="utf-8"))
    for r in rows:
        rid = r["id"]
        assert r["half"] == splits[r["page"]], rid
        assert apply_edits(r["_orig"], r["edits"]) == r["_built"], rid
        seen = visible_text(r["_built"])
        before = visible_text(r["_orig"])
        for line in r["credit_lines"]:
            assert seen.count(norm(line)) == 1, f"{rid}: credit line {line!r} not once in the page"
            assert norm(line) not in before, f"{rid}: credit line {line!r} was already on the page"
        for s in r["must_keep"]:
            assert norm(s) in seen, f"{rid}: must_keep {s[:60]!r} not in the page"
        for line in r["credit_lines"]:
            for s in r["must_keep"]:
                assert norm(line) not in norm(s) and norm(s) not in norm(line), rid
        cat = r["category"]
        if cat == "in_table" or cat == "wire":
            assert names.get(tnorm(r["expected_publisher"])) == r["expected_publisher"], rid
            assert all(names.get(tnorm(a)) for a in r["accept"]) or cat == "wire", rid
        if cat == "out_of_table":
            inside = [a for a in r["accept"] if tnorm(a) in names]
            assert not inside, f"{rid}: {inside} is in the table"
        if r["expected_publisher"] is None:
            assert not r["credit_lines"] and not r["accept"], rid
        else:
            assert r["expected_publisher"] in r["accept"], rid
        for e in r["edits"]:
            assert len(e["anchor"]) <= MAX_ANCHOR, f"{rid}: anchor of {len(e['anchor'])} characters"


def report(rows: list[dict[str, Any]]) -> None:
    cats = Counter((r["category"], r["half"]) for r in rows)
    print(f"{len(rows)} pages -> {OUT.name}")
    for cat in sorted({r['category'] for r in rows}):
        print(f"  {cat:18} tune {cats[(cat, 'tune')]:3}  check {cats[(cat, 'check')]:3}")
    print("  halves", dict(Counter(r["half"] for r in rows)))
    print("  languages", dict(Counter(r["language"] for r in rows).most_common()))
    print("  corpora", dict(Counter(r["page"].split("/")[0] for r in rows)))
    print("  placements", dict(Counter(r["placement"] for r in rows).most_common()))
    print("  null", sum(1 for r in rows if r["expected_publisher"] is None))


if __name__ == "__main__":
    main()
