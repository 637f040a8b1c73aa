# ruff: noqa: E501, RUF001, RUF002  (one path or condition a line; dates and labels in Cyrillic)
"""Generate cases_2027-01-10.jsonl, the thirty-ninth blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build39.py
Stdlib only; deterministic (no clock, no randomness); self-checking. Pages come from this set's own
templates (`chrome39.py`), data from `cases39.py`, prose from `stories39.py`.
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
from cases39 import CASES, Case  # noqa: E402
from chrome39 import TEMPLATES, Page, render_page  # noqa: E402
from open_web import assert_new_domains, assert_new_prose, earlier_pages, table_names  # noqa: E402
from stories39 import STORIES39  # noqa: E402

OUT = HERE / "cases_2027-01-10.jsonl"
PREFIX = "b39"
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
    "cases_2027-01-08.jsonl",
    "cases_2027-01-09.jsonl",
    "cases_2027-01-11.jsonl",  # the fortieth set, written in parallel: added at merge
)
SUFFIXES = {
    "co.uk", "org.uk", "ac.uk", "com.br", "org.br", "com.ua", "com.ar", "com.mx", "co.za", "com.au",
    "blogspot.com", "com.pl", "co.nz",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES39.values() for k, v in d.items()}
LANGS = ("en", "es", "pt", "fr", "de", "it", "ru", "pl", "nl", "uk", "ro", "cs", "sv")

#: 14 February 2027 (a Sunday) as each language's pages print it.
DATES = {
    "en": "February 14, 2027",
    "es": "14 de febrero de 2027",
    "pt": "14 de fevereiro de 2027",
    "fr": "14 février 2027",
    "de": "14. Februar 2027",
    "it": "14 febbraio 2027",
    "ru": "14 февраля 2027",
    "pl": "14 lutego 2027",
    "nl": "14 februari 2027",
    "uk": "14 лютого 2027",
    "ro": "14 februarie 2027",
    "cs": "14. února 2027",
    "sv": "14 februari 2027",
}
#: British and American pages print the date their own way.
EN_DATES = {"scores": "14 Feb 2027", "fanzine": "Sunday 14 February 2027", "lifeblog": "February 14, 2027", "regional": "Sun, Feb 14, 2027"}
UK_SITES = (".co.uk", ".scot", ".wales")

AUTHORS = {
    "en": ["Rhys Tallack", "Morven Caird", "Dana Whitlock", "Priscilla Obuya", "Callum Strachan", "Jodie Penrose", "Marcus Lyle", "Hannah Voss", "Owain Griffiths", "Tess Amberley", "Leon Fairweather", "Shauna McGlinchey"],
    "es": ["Lucía Fernández Arias", "Marcos Cienfuegos", "Inés Valdés", "Tomás Riquelme", "Carla Bustamante"],
    "pt": ["Juliana Ramos", "Felipe Andrade", "Mariana Correia", "Caio Nunes"],
    "fr": ["Camille Bertrand", "Hugo Lefèvre", "Manon Girard", "Julien Perrin"],
    "de": ["Lena Hartmann", "Jonas Krüger", "Miriam Seidel", "Tobias Wendt"],
    "it": ["Chiara Bertolini", "Davide Ferrari", "Sara Montanari"],
    "ru": ["Ильдар Сафин", "Мария Орлова", "Андрей Белов"],
    "pl": ["Katarzyna Nowak", "Piotr Zieliński", "Agnieszka Wrona"],
    "nl": ["Bram de Wit", "Lotte Janssen", "Femke Bakker"],
    "uk": ["Олена Коваль", "Тарас Мельник"],
    "ro": ["Ioana Popescu", "Mihai Rusu"],
    "cs": ["Tereza Nováková", "Jakub Dvořák"],
    "sv": ["Elin Lindqvist", "Oskar Berg"],
}
SECTIONS = {
    "en_swansea": "Women's Football", "en_kilmarnock": "Transfers", "en_nashville": "Music", "en_truro": "Food & Drink",
    "en_knoxville": "Health News", "en_tucson": "Astronomy & Space", "en_saskatoon": "Biology", "en_dundee": "News",
    "es_gijon": "Atletismo", "es_valparaiso": "Ciencia", "pt_floripa": "Surfe", "pt_recife": "Saúde", "fr_annecy": "Cinéma",
    "de_jena": "Wissenschaft", "de_rostock": "Volleyball", "it_parma": "Cibo e territorio", "ru_kazan": "Волейбол",
    "pl_szczyrk": "Skoki narciarskie", "nl_eindhoven": "Games", "uk_zhytomyr": "Здоров'я", "ro_iasi": "Sănătate",
    "cs_ostrava": "Novinky", "sv_kiruna": "Vetenskap",
}
TAGS = {
    "en_swansea": ["Adran South", "Swansea Harbour", "Women's football"], "en_kilmarnock": ["Kilmarnock Athletic", "Transfers", "Scottish football"],
    "en_nashville": ["Della Marchbanks", "Country music", "Interviews"], "en_truro": ["Truro", "Food halls", "Days out"],
    "en_knoxville": ["Dental health", "Rural health", "Tennessee"], "en_tucson": ["Asteroids", "Citizen science", "Occultations"],
    "en_saskatoon": ["Lentils", "Drought", "Synchrotron"], "en_dundee": ["Indie games", "Delays", "Tidewrack Games"],
    "es_gijon": ["Media maratón", "Gijón", "Running"], "es_valparaiso": ["Microplásticos", "Valparaíso", "Océanos"],
    "pt_floripa": ["Surfe", "Joaquina", "Circuito brasileiro"], "pt_recife": ["Dengue", "Vacinação", "Recife"],
    "fr_annecy": ["Animation", "Annecy", "Cinéma"], "de_jena": ["Optik", "Medizintechnik", "Jena"], "de_rostock": ["DVV-Pokal", "SV Warnow", "Rostock"],
    "it_parma": ["Parma", "Mercati", "Prodotti tipici"], "ru_kazan": ["Волжанка", "Кубок", "Казань"], "pl_szczyrk": ["Skalite", "Szczyrk", "Puchar Kontynentalny"],
    "nl_eindhoven": ["Toegankelijkheid", "Eyetracking", "Eindhoven"], "uk_zhytomyr": ["Реабілітація", "Житомир", "Діти"], "ro_iasi": ["Chirurgie", "Iași", "Aplicații medicale"],
    "cs_ostrava": ["Poslední směna", "Ostrava", "Odklad"], "sv_kiruna": ["Norrsken", "Kiruna", "Ballonger"],
}
#: Headlines of other stories a page lists in its related block (languages with one story here).
RELATED = {
    "es": ["El puerto deportivo amplía sus amarres para la temporada de verano", "Los clubes de remo preparan la regata de traineras de mayo", "Abre el plazo para las escuelas deportivas municipales"],
    "pt": ["Feira de artesanato volta ao centro no fim de semana", "Escolas municipais recebem novos laboratórios de ciências", "Ciclovia da avenida beira-mar ganha novo trecho"],
    "fr": ["Le marché de la vieille ville change d'horaires au printemps", "Un nouveau refuge ouvre au-dessus du col", "Les navettes lacustres reprennent en avril"],
    "de": ["Stadtbibliothek verlängert ihre Öffnungszeiten", "Neue Radwege entlang des Flusses geplant", "Sternwarte lädt zur langen Nacht der Wissenschaften"],
    "it": ["Torna la fiera del tartufo nelle valli", "Nuove piste ciclabili lungo il torrente", "Riapre il teatro dopo i lavori al tetto"],
    "ru": ["Хоккейный клуб продлил контракт с вратарём", "В городе откроют новую ледовую арену", "Юные гимнастки привезли медали с турнира"],
    "pl": ["Nowa trasa biegowa na Skrzycznem", "Schronisko na przełęczy po remoncie", "Ferie zimowe: program dla dzieci w gminie"],
    "nl": ["Nieuw festival voor indiegames in de Effenaar", "Chipfabrikant opent onderzoekscentrum", "Studenten bouwen zonnewagen voor race in Australië"],
    "uk": ["У місті відкрили новий центр надання адмінпослуг", "Школярі змагалися на обласній олімпіаді з фізики", "Поліклініка отримала новий апарат УЗД"],
    "ro": ["Spitalul de copii primește un nou aparat RMN", "Campanie de donare de sânge în campusul universitar", "Clinica de cardiologie își extinde programul"],
    "cs": ["Nová čísla o českém herním průmyslu", "Studenti vyvinuli hru o historii Vítkovic", "Festival nezávislých her hledá dobrovolníky"],
    "sv": ["Rymdbasen testar ny raketmotor", "Universitetet söker studenter till sommarkurs i rymdteknik", "Kiruna kyrka öppnar igen efter flytten"],
}

#: Family trimmings by language: taglines, disclaimers, newsletters, menus, citations.
def extras(c: Case, page_url: str, title: str) -> dict[str, str]:
    ex: dict[str, str] = {}
    en = c.lang == "en"
    if c.fam == "lifeblog":
        ex["tagline"] = {"en": "Seasonal cooking, slow travel and good places to eat", "it": "Ricette di casa e storie di territorio"}.get(c.lang, "")
        ex["disclosure"] = {"en": "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.", "it": "Questo articolo può contenere link di affiliazione."}.get(c.lang, "")
        ex["sidebar"] = {"en": "Hi, I'm the cook and walker behind this blog. I write about food markets, bakeries and weekend trips.", "it": "Ciao! Qui racconto le ricette di famiglia e i mercati della mia provincia."}.get(c.lang, "")
        ex["authorbox"] = {"en": f"{c.name} is written from a kitchen table in the far south-west. Recipes are tested at least twice.", "it": f"{c.name}: ricette provate in casa, almeno due volte."}.get(c.lang, "")
    if c.fam == "health":
        ex["review"] = {"en": "Medically reviewed by Dr. Lorraine Haskett, DDS", "pt": "Revisado por Dra. Helena Tavares, médica infectologista", "es": "Revisado por el Dr. Andrés Saavedra, médico salubrista", "uk": "Перевірено лікарем-педіатром Іриною Савчук", "ro": "Verificat medical de dr. Elena Marinescu"}.get(c.lang, "")
        ex["disclaimer"] = {"en": "This content is for informational purposes only and is not a substitute for professional medical advice, diagnosis or treatment.", "pt": "Este conteúdo é informativo e não substitui a consulta com um profissional de saúde.", "es": "Este contenido es informativo y no reemplaza la consulta médica.", "uk": "Матеріал має інформаційний характер і не замінює консультації лікаря.", "ro": "Acest conținut are scop informativ și nu înlocuiește consultul medical."}.get(c.lang, "")
    if c.fam == "sciwire" and en:
        ex["citation"] = f"Citation: {title} (2027, February 14) retrieved 14 February 2027 from {page_url} This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without written permission. The content is provided for information purposes only."
        ex["explore"] = "Explore further"
        ex["feedback"] = "Feedback to editors"
    if c.fam == "sciwire" and c.story == "en_saskatoon":
        ex["moreinfo"] = {
            "fieldandlabnews.com": "More information: Halima Okonkwo-Reyes et al, Root mucilage sheaths sustain soil contact in drought-tolerant lentil, Plant, Cell & Environment (2027). DOI: 10.1111/pce.70214",
            "cropsciencetoday.net": "More information: Halima Okonkwo-Reyes et al, Lentil root sheaths hold water at the soil contact in drought, Nature Plants (2027). DOI: 10.1038/s41477-027-01912-4. Journal information: Nature Plants",
        }.get(c.site, "")
    if c.fam == "magazine":
        ex["nav"] = {"en": "Culture|Food|Travel|Style|Homes|Subscribe", "fr": "Cinéma|Séries|Animation|Festivals|Abonnement", "de": "Medizin|Technik|Forschung|Karriere|Abo", "it": "Ricette|Territorio|Vini|Viaggi|Abbonati"}.get(c.lang, c.story)
        ex["paywall"] = {"en": "You have 2 free articles left this month.", "fr": "Il vous reste 2 articles gratuits ce mois-ci.", "de": "Sie haben noch 2 kostenlose Artikel in diesem Monat.", "it": "Ti restano 2 articoli gratuiti questo mese."}.get(c.lang, "")
        ex["footer"] = {"en": "Reproduction of material from any pages without written permission is strictly prohibited.", "fr": "Toute reproduction interdite sans autorisation écrite.", "de": "Alle Rechte vorbehalten.", "it": "Tutti i diritti riservati."}.get(c.lang, "")
    if c.fam == "portal":
        ex.setdefault("menu", {"es": "Portada|Local|Deportes|Ciencia|Salud|Cultura|Opinión", "pt": "Últimas|Cidade|Esportes|Saúde|Cultura|Opinião", "fr": "Actualités|Culture|Sports|Montagne|Loisirs", "de": "Nachrichten|Region|Sport|Wissen|Kultur", "it": "Cronaca|Sport|Cultura|Economia|Food", "ru": "Новости|Спорт|Общество|Культура", "pl": "Wiadomości|Sport|Region|Kultura", "nl": "Nieuws|Regio|Sport|Tech|Cultuur", "uk": "Новини|Суспільство|Здоров'я|Спорт", "ro": "Actualitate|Sănătate|Sport|Cultură", "sv": "Nyheter|Sport|Kultur|Vetenskap"}[c.lang])
        ex["weather"] = {"es": "12 °C", "pt": "29 °C", "fr": "3 °C", "de": "4 °C", "it": "7 °C", "ru": "−9 °C", "pl": "−4 °C", "nl": "6 °C", "uk": "−2 °C", "ro": "1 °C", "sv": "−17 °C"}[c.lang]
        ex["footer"] = {"es": "Todos los derechos reservados", "pt": "Todos os direitos reservados", "fr": "Tous droits réservés", "de": "Alle Rechte vorbehalten", "it": "Tutti i diritti riservati", "ru": "Все права защищены", "pl": "Wszelkie prawa zastrzeżone", "nl": "Alle rechten voorbehouden", "uk": "Усі права захищені", "ro": "Toate drepturile rezervate", "sv": "Med ensamrätt"}[c.lang]
    if c.fam == "regional" and en:
        ex["nlhook"] = "Get the day's top stories sent straight to your inbox"
        us = c.site.endswith(".com")
        ex["footer"] = f"© 2027 {c.name}. " + ("All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy." if us else "Registered in England and Wales. We subscribe to the Editors' Code of Practice.")
    if c.fam == "gamedesk":
        ex["footer"] = {"en": "All trademarks are property of their respective owners.", "nl": "Alle merken zijn eigendom van hun respectieve eigenaren.", "cs": "Všechny ochranné známky patří jejich vlastníkům."}[c.lang]
    if c.fam == "fanzine":
        ex["tagline"] = {"en_swansea": "Following the Harbour women home and away since 2019", "en_kilmarnock": "Unofficial. Unbiased (mostly). Athletic since birth."}[c.story]
        ex["comments"] = {  # type: ignore[assignment]
            "en_swansea": [("Gwen from Sketty", "19:02", "Best day of my life watching football. What a header!"), ("harbourdad", "20:41", "Get that stand open for April, council!")],
            "en_kilmarnock": [("KA_since88", "18:55", "Gutted but good luck to the boy."), ("Onthank Jim", "19:30", "350k plus add-ons is decent for us. Spend it on the floodlights.")],
        }[c.story]
    if c.fam == "celeb":
        ex["insta"] = "@dellamarchbanks" if c.story == "en_nashville" else "@cerfvolantanimation"
    return ex


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def host_of(c: Case) -> str:
    return c.host or f"www.{c.site}"


def url_of(c: Case, host: str, title: str) -> str:
    slug = slugify(title) or f"{sha(title) % 10**6}"
    num = sha(c.site + title) % 900000 + 100000
    return {
        "scores": f"https://{host}/{slugify(SECTIONS[c.story]) or 'news'}/{slug}-{num}",
        "celeb": f"https://{host}/celebrity/{slug}/",
        "lifeblog": f"https://{host}/{slug}/",
        "health": f"https://{host}/news/{slug}-{num}.html",
        "sciwire": f"https://{host}/news/2027-02-{slug[:60].rstrip('-')}.html",
        "gamedesk": f"https://{host}/news/{slug}",
        "magazine": f"https://{host}/story/{slug}",
        "portal": f"https://{host}/{num}/{slug}.html",
        "regional": f"https://{host}/news/local/{slug}-{num}",
        "fanzine": f"https://{host}/2027/02/{slug[:40].rstrip('-')}.html",
    }[c.fam]


def story_of(c: Case) -> tuple[str, list[str], list[str]]:
    """Headline, the page's paragraphs (dateline and mention in place) and the story paragraphs used."""
    title, story = FLAT[c.story]
    paras = list(story if c.n is None else story[: c.n])
    used = list(paras)
    if c.dateline:
        paras[0] = f"{c.dateline} {paras[0]}"
    if c.mention:
        paras.insert(min(3, len(paras) - 1), c.mention)
    return title, paras, used


def first_keep(para: str) -> str:
    """The first sentence of the text, or the first sentences up to 40 characters when a dateline
    ends in a full stop ("КАЗАНЬ, 14 февраля. /ТАСС/.")."""
    ss = sentences(para)
    out = ss[0]
    i = 1
    while len(out) < 40 and i < len(ss):
        out = f"{out} {ss[i]}"
        i += 1
    return out


def related_titles(c: Case) -> list[str]:
    own = [t for k, (t, _) in STORIES39[c.lang].items() if k != c.story]
    return (own + RELATED.get(c.lang, []))[:3]


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    host = host_of(c)
    title, paras, _ = story_of(c)
    url = url_of(c, host, title)
    assert url not in used, url
    used.add(url)
    authors = AUTHORS[c.lang]
    author = c.author or authors[sha(c.site) % len(authors)]
    date = DATES[c.lang]
    if c.lang == "en" and c.fam in EN_DATES and (c.site.endswith(UK_SITES) or c.fam in ("scores", "fanzine")):
        date = EN_DATES[c.fam]
    t = sha(c.site + "t")
    time = f"{7 + t % 13:02d}:{t // 13 % 60:02d}"
    page = Page(
        fam=c.fam, lang=c.lang, name=c.name, host=host, url=url, title=title, section=SECTIONS[c.story],
        date=date, time=time, author=author, paras=paras, slot=c.slot, lines=c.lines, link=c.link,
        logo=c.logo, caption=c.caption, related=related_titles(c), tags=TAGS[c.story],
        extra={**extras(c, url, title), **c.extra},
    )
    html = render_page(page)
    keep = [first_keep(paras[0]), sentences(paras[-1])[-1]]
    if c.mention:
        keep.append(c.mention)
    credited = c.category in CREDITED
    placement = f"{c.fam}:{c.slot}" + ("+dateline" if c.dateline else "") if credited else f"{c.fam}:" + {"negative_mention": "mention", "negative_caption": "caption", "own_page": f"own:{c.slot}", "no_credit": "none"}[c.category]
    return {
        "id": case_id,
        "half": half_of(c.site),
        "category": c.category,
        "language": c.lang,
        "site": c.site,
        "url": url,
        "html": html,
        "expected_publisher": c.publisher if credited else None,
        "accept": list(c.accept) if credited else [],
        "credit_lines": list(c.lines) if credited else [],
        "must_keep": keep,
        "placement": placement,
        "note": c.note,
    }


def three_tables() -> set[str]:
    return table_names()


def story_bytes(c: Case) -> int:
    _, _, used = story_of(c)
    extra_text = [c.dateline, c.mention, *c.lines]
    return len(" ".join([*used, *[x for x in extra_text if x]]).encode("utf-8"))


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
        assert r["category"] not in CREDITED or c.slot, r["id"]
        assert (r["category"] == "own_page") <= bool(c.lines), f"{r['id']}: an own page carries its own credit"
        assert r["category"] not in ("negative_mention", "negative_caption", "no_credit") or not c.lines, r["id"]
        assert (r["category"] == "negative_mention") == bool(c.mention), r["id"]
        assert (r["category"] == "negative_caption") == bool(c.caption), r["id"]
        for line in c.lines:
            assert line in text, f"{r['id']}: not on the page: {line}"
        for line in r["credit_lines"]:
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r["id"]
        if c.dateline:
            assert c.dateline.strip() in text, r["id"]
            assert r["must_keep"][0].startswith(c.dateline), r["id"]
        if c.caption:
            assert c.caption in text, r["id"]
        if r["category"] in ("in_table", "wire"):
            assert normalize(r["expected_publisher"]) in names, f"{r['id']}: {r['expected_publisher']}"
        if r["category"] == "out_of_table":
            inside = [a for a in r["accept"] if normalize(a) in names]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        if r["language"] in ("ar", "ur", "fa", "he"):
            assert 'dir="rtl"' in r["html"], r["id"]
    cats = Counter(r["category"] for r in rows)
    credited = sum(cats[k] for k in CREDITED)
    assert 0.36 * n <= credited <= 0.46 * n, credited
    assert 0.08 * n <= cats["own_page"] <= 0.13 * n, cats["own_page"]
    assert sum(cats[k] for k in NULL) - cats["own_page"] >= 0.40 * n
    assert 110 <= n <= 130, n
    langs = Counter(r["language"] for r in rows)
    assert 0.40 * n <= langs["en"] <= 0.48 * n, langs["en"]
    assert set(langs) == set(LANGS), langs
    sizes = [story_bytes(c) for c in CASES]
    med = statistics.median(sizes)
    assert 2500 <= med <= 3600, med
    assert sum(s > 8000 for s in sizes) >= 3 and sum(s < 1500 for s in sizes) >= 2, (sorted(sizes)[:3], sorted(sizes)[-3:])
    fams = Counter(c.fam for c in CASES)
    assert set(fams) == set(TEMPLATES), fams
    slots = Counter(c.slot for c in CASES if c.category in CREDITED)
    assert {"top", "byline", "end", "box", "related", "footer"} <= set(slots), slots
    halves = Counter(r["half"] for r in rows)
    assert 0.35 * n <= halves["tune"] <= 0.65 * n, halves
    lang_halves = {lang: {r["half"] for r in rows if r["language"] == lang} for lang in langs}
    one_half = sorted(k for k, v in lang_halves.items() if len(v) < 2)
    assert not one_half, f"languages in one half only: {one_half}"
    print(f"  story text: median {med:.0f} B, min {min(sizes)}, max {max(sizes)}, over 8 KB: {sum(s > 8000 for s in sizes)}, under 1.5 KB: {sum(s < 1500 for s in sizes)}")
    print(f"  templates: {dict(sorted(fams.items()))}")
    print(f"  credit slots: {dict(sorted(slots.items()))}")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES39, render, check)


if __name__ == "__main__":
    main()
