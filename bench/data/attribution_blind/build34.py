"""Generate cases_2027-01-05.jsonl, the thirty-fourth blind attribution set: institutions and
public broadcasters that publish or republish news (templates new, in `chrome34.py`).

Run from the repository root:  python3 bench/data/attribution_blind/build34.py
Stdlib only; deterministic (no clock, no randomness: variation comes from sha1 of ids); checks
itself before writing (see `check34`).
"""

from __future__ import annotations

import hashlib
import re
import statistics
import sys
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CAT_SHORT, half_of, slugify, visible_text, write_set  # noqa: E402
from build3 import check as check3  # noqa: E402
from build3 import normalize  # noqa: E402
from cases34 import CASES34, SITES34, Case34  # noqa: E402
from chrome34 import TEMPLATES, render_page  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories34 import ALT_HEADS, STORIES34  # noqa: E402

OUT = HERE / "cases_2027-01-05.jsonl"
PREFIX = "b34"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    "cases_2026-12-07.jsonl",
    "cases_2026-12-08.jsonl",
    "cases_2026-12-09.jsonl",
    "cases_2026-12-10.jsonl",
    "cases_2026-12-11.jsonl",
    "cases_2026-12-12.jsonl",
    "cases_2026-12-13.jsonl",
    "cases_2026-12-14.jsonl",
    "cases_2026-12-15.jsonl",
    "cases_2026-12-16.jsonl",
    "cases_2026-12-17.jsonl",
    "cases_2026-12-18.jsonl",
    "cases_2026-12-19.jsonl",
    "cases_2026-12-20.jsonl",
    "cases_2026-12-21.jsonl",
    "cases_2026-12-22.jsonl",
    "cases_2026-12-23.jsonl",
    "cases_2026-12-24.jsonl",
    "cases_2026-12-25.jsonl",
    "cases_2026-12-26.jsonl",
    "cases_2026-12-27.jsonl",
    "cases_2026-12-28.jsonl",
    "cases_2026-12-29.jsonl",
    "cases_2026-12-30.jsonl",
    "cases_2026-12-31.jsonl",
    "cases_2027-01-01.jsonl",
    "cases_2027-01-02.jsonl",
    "cases_2027-01-03.jsonl",
    "cases_2027-01-04.jsonl",  # the thirty-third set, written in parallel: added at merge
)
#: Public suffixes of more than one label that this set's and the earlier sets' hosts use.
_SUFFIX_TEXT = """
    co.uk org.uk gov.uk ac.uk me.uk ltd.uk plc.uk gov.im org.im co.im ac.im com.cy org.cy
    gov.cy ac.cy org.ls co.ls gov.ls ac.ls co.rw org.rw gov.rw ac.rw gov.mn edu.mn org.mn
    gov.kz edu.kz org.kz com.kz gov.cn edu.cn org.cn com.cn or.jp ac.jp lg.jp co.jp ne.jp go.jp
    go.kr or.kr co.kr ac.kr re.kr com.pl org.pl gov.pl edu.pl gov.et edu.et org.et com.et
    com.ru org.ru gov.ru co.hu org.hu gov.ro org.ro com.ro gouv.fr asso.fr co.za org.za gov.za
    co.nz org.nz govt.nz com.au org.au gov.au net.au edu.au co.in gov.in org.in nic.in com.pk
    gov.pk org.pk com.bd gov.bd com.np org.np gov.np com.ng gov.ng org.ng co.ke or.ke go.ke
    co.tz go.tz or.tz co.ug go.ug or.ug co.zw org.zw co.zm org.zm com.gh gov.gh org.gh com.br
    gov.br org.br com.ar gob.ar org.ar com.mx gob.mx org.mx com.co gov.co org.co com.pe gob.pe
    com.ve com.ec gob.ec com.bo com.uy com.py com.do com.gt com.sv com.hn com.ni com.pa co.cr
    com.cu co.tt com.jm com.bz com.hk com.sg com.my com.ph com.vn co.th or.th go.th co.id or.id
    go.id com.tw org.tw gov.tw com.tr gov.tr org.tr com.eg gov.eg com.sa gov.sa com.lb com.jo
    com.kw com.qa com.om com.bh co.ae gov.ae co.il org.il gov.il com.ua gov.ua org.ua in.ua
    if.ua com.mt gov.mt com.na co.mz info.tn pe.ca qc.ca on.ca bc.ca ab.ca com.af gov.af com.lk
    gov.lk edu.lk com.mm com.kh com.la com.bn com.fj com.pg com.sb com.ws com.to co.ck com.ge
    com.am com.az co.uz com.kg com.tj com.tm com.by com.md co.rs org.rs com.mk com.al co.me
    com.ba com.hr com.gr gov.gr com.es gob.es org.es com.pt gov.pt co.at or.at gv.at ac.at
    co.ee com.lv com.lt co.no com.de com.fr co.it gov.it
    """
SUFFIXES = set(_SUFFIX_TEXT.split())
DATE = {
    "en": "9 February 2027",
    "de": "09.02.2027",
    "fr": "9 février 2027",
    "it": "9 febbraio 2027",
    "pl": "9 lutego 2027",
    "nl": "9 februari 2027",
    "cs": "9. února 2027",
    "hu": "2027. február 9.",
    "ro": "9 februarie 2027",
    "ru": "9 февраля 2027",
    "ja": "2027年2月9日",
    "zh": "2027-02-09",
    "ko": "2027.02.09",
    "am": "የካቲት 2 ቀን 2019 ዓ.ም",
}
#: Sentence ends: Latin punctuation, the danda, the Urdu full stop, the ideographic full stop and
#: the Ethiopic full stop (Amharic).
SENTENCE = re.compile("(?<=[.!?\u0964\u06d4])\\s+(?=\\S)|(?<=[\u3002\u1362])\\s*")
NO_SPACE = {"ja", "zh"}
ERNE_DEFAULT = 12  # paragraphs of the long Fermanagh story on a page that does not carry it all


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def paragraphs(c: Case34) -> list[str]:
    _, paras = STORIES34[c.lang][c.story]
    n = c.n if c.n is not None else (ERNE_DEFAULT if c.story == "erne" else 0)
    chosen = list(paras) if n == 0 or n >= len(paras) else [*paras[: n - 1], paras[-1]]
    if c.mention:
        i, sentence = c.mention
        i = min(i, len(chosen) - 2)
        joiner = "" if c.lang in NO_SPACE else " "
        chosen[i] = chosen[i] + joiner + sentence
    return chosen


def headline(c: Case34) -> str:
    return STORIES34[c.lang][c.story][0] if c.head == 0 else ALT_HEADS[c.story][c.head - 1]


def page_url(c: Case34, s: dict[str, Any], title: str, k: int) -> str:
    host, tpl, var = s["host"], s["tpl"], s.get("var", "")
    slug = slugify(title) or slugify(STORIES34["en"].get(c.story, ("", []))[0]) or c.story
    nid = 100000 + k % 900000
    if tpl == "govpress":
        return (
            f"https://{host}/news/{slug}"
            if c.lang == "en"
            else f"https://{host}/news/2027-02/09/{nid}.html"
        )
    if tpl == "municipal":
        if var == "civic":
            return f"https://{host}/CivicAlerts.aspx?AID={nid % 5000}"
        if var == "jp":
            return f"https://{host}/soshiki/kouhou/{nid}.html"
        return (
            f"https://{host}/news/{slug}-{nid % 10000}"
            if slugify(title)
            else f"https://{host}/news/{nid}.html"
        )
    if tpl == "uninews":
        return f"https://{host}/news/2027/02/{slug}"
    if tpl == "ngo":
        return f"https://{host}/2027/02/09/{slug}/"
    if tpl == "diocese":
        return f"https://{host}/news/{nid % 9000}-{slug}"
    if tpl == "trade":
        return f"https://{host}/industry-news/{slug}"
    if tpl == "commradio":
        return f"https://{host}/{slug}/"
    if tpl == "localtv":
        return f"https://{host}/video/{nid}-{slug}"
    pattern = {
        "ard": "https://{h}/studiocottbus/panorama/2027/02/{s}.html",
        "f3": "https://{h}/bourgogne-franche-comte/jura/{s}-{n}.html",
        "rcreg": "https://{h}/info/regions/jura/{n}-{s}.html",
        "rai": "https://{h}/tgr/vda/articoli/2027/02/{s}-{x}.html",
        "nhk": "https://{h}/lnews/aomori/{n}.html",
        "bbcreg": "https://{h}/news/{s}-{n}",
        "tvp3": "https://{h}/{n}/{s}",
        "cro": "https://{h}/{s}-{n}",
        "tvr": "https://{h}/{s}_{n}.html",
        "gtrk": "https://{h}/news/{n}/",
        "l1": "https://{h}/nieuws/{n}/{s}",
        "kbs": "https://{h}/news/pc/view/view.do?ncd={n}",
        "cnreg": "https://{h}/news/2027-02/09/c_{n}.htm",
    }[var]
    return pattern.format(h=host, s=slug, n=nid, x=f"{k:x}"[:8])


def render(c: Case34, case_id: str, used: set[str]) -> dict[str, Any]:
    s = SITES34[c.site]
    k = sha(case_id)
    title = headline(c)
    url = page_url(c, s, title, k)
    assert url not in used, url
    used.add(url)
    paras = paragraphs(c)
    slots = [*c.credits, *c.furniture]
    tail = [t for slot, t in slots if slot == "tail"]
    pg: dict[str, Any] = dict(
        site=s,
        lang=c.lang,
        n=k % 97,
        title=title,
        url=url,
        site_name=s["name"],
        date=DATE[c.lang],
        iso=f"2027-02-09T{7 + k % 11:02d}:{k % 60:02d}:00+00:00",
        paras=paras,
        credits=[(slot, t) for slot, t in slots if slot != "tail"],
        tail=tail[0] if tail else "",
        caption=c.caption,
        img=f"https://{s['host']}/media/2027/02/{k % 10**8:08d}.jpg",
        dateline_html=escape(c.dateline, quote=False),
        orig_url=f"https://{s['host']}/out/{k % 10**6}",
    )
    if k % 3 == 0 and s["tpl"] == "pubreg":
        pg["date_updated"] = DATE[c.lang]
    html = render_page(pg)
    credit_lines = [t for _, t in c.credits]
    keep = [sentences(paras[0])[0], sentences(paras[-1])[-1]]
    if c.mention:
        keep.append(c.mention[1])
    keep = list(dict.fromkeys(keep))
    slot_names = (
        "+".join(dict.fromkeys(slot for slot, _ in c.credits))
        or {
            "negative_mention": "mention",
            "negative_caption": "caption",
            "own_page": "own",
            "no_credit": "none",
        }[c.category]
    )
    if c.dateline:
        slot_names += "+dateline"
    expected = c.expected
    accept = list(dict.fromkeys([expected, *c.accept])) if expected else []
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": html,
        "expected_publisher": expected,
        "accept": accept,
        "credit_lines": credit_lines,
        "must_keep": keep,
        "placement": f"{s['tpl']}:{slot_names}",
        "note": c.note,
    }


def article_bytes(c: Case34) -> int:
    return len(" ".join([*paragraphs(c), *(t for _, t in c.credits), c.dateline]).encode("utf-8"))


def check34(rows: list[dict[str, Any]]) -> None:
    flat = {k: v for d in STORIES34.values() for k, v in d.items()}
    check3(rows, flat, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    extra = {
        f"x{i}": ("", [c.mention[1] if c.mention else "", c.caption]) for i, c in enumerate(CASES34)
    }
    assert_new_prose({**flat, **extra}, old)
    names = table_names()
    prose = " ".join(" ".join(p) for _, p in flat.values())
    n = len(rows)
    for r, c in zip(rows, CASES34, strict=True):
        assert r["id"].startswith(f"{PREFIX}-{CAT_SHORT[r['category']]}-"), r["id"]
        credited = r["expected_publisher"] is not None
        assert bool(r["credit_lines"]) == credited, (
            f"{r['id']}: credit lines on exactly the credited pages"
        )
        text = visible_text(r["html"])
        for line in r["credit_lines"]:
            assert text.count(line) >= 1 and line not in prose, (r["id"], line)
            for other in r["credit_lines"]:
                assert other == line or other not in line, (r["id"], line, other)
            for s in r["must_keep"]:
                assert line.casefold() not in s.casefold(), (r["id"], line, s)
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, r["id"]
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, (r["id"], inside)
        if c.dateline:
            assert c.dateline.strip() in text and r["must_keep"][0] in text, r["id"]
    cats = Counter(r["category"] for r in rows)
    credited = cats["in_table"] + cats["out_of_table"] + cats["wire"]
    assert 0.36 * n <= credited <= 0.46 * n, cats
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats
    assert n - credited - cats["own_page"] >= 0.40 * n, cats
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs
    assert len(langs) == 14, langs
    for lang in langs:
        assert {r["half"] for r in rows if r["language"] == lang} == {"tune", "check"}, (
            f"{lang} in one half only"
        )
    en_stories = Counter(c.story for c in CASES34 if c.lang == "en")
    assert len(en_stories) == 7 and min(en_stories.values()) >= 8, en_stories
    sizes = [article_bytes(c) for c in CASES34]
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sum(x > 8000 for x in sizes) >= 3 and min(sizes) < 1500, (max(sizes), min(sizes))
    tpls = Counter(SITES34[c.site]["tpl"] for c in CASES34)
    assert set(tpls) == set(TEMPLATES), tpls
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    for r in rows:
        if r["language"] == "am":
            assert 'lang="am"' in r["html"]
    print(
        f"  article text: median {med:.0f} B, min {min(sizes)} B, max {max(sizes)} B, "
        f"over 8 KB: {sum(x > 8000 for x in sizes)}"
    )
    print(f"  templates: {dict(sorted(tpls.items()))}")
    print(
        f"  credited {credited} ({credited / n:.0%}), own {cats['own_page']}, "
        f"other null {n - credited - cats['own_page']}"
    )


def main() -> None:
    stories = {lang: d for lang, d in STORIES34.items()}
    write_set(OUT, PREFIX, CASES34, SITES34, stories, render, check34)


if __name__ == "__main__":
    main()
