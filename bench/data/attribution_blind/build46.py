# ruff: noqa: E501, RUF001  (one path or condition a line; Greek and Cyrillic headlines)
"""Generate cases_2027-01-17.jsonl, the forty-sixth blind attribution set (see its README section).

Run from the repository root:  python3 bench/data/attribution_blind/build46.py
Stdlib only; deterministic (no clock, no randomness: variation comes from sha1 of the site);
self-checking. Pages come from this set's own templates (`chrome46.py`), data from `cases46.py`,
prose from `stories46.py`.
"""

from __future__ import annotations

import hashlib
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
from cases46 import BIOS, CASES, EDITORS, ONAIR, POD_TEAM, REPUBLISH, SISTERS, Case  # noqa: E402
from chrome46 import RENDER, Page  # noqa: E402
from open_web import RTL, TABLES, assert_new_domains, assert_new_prose, earlier_pages  # noqa: E402
from stories46 import STORIES46  # noqa: E402

OUT = HERE / "cases_2027-01-17.jsonl"
PREFIX = "b46"
EARLIER = (
    "cases.jsonl",
    "cases_2026-12-05.jsonl",
    "cases_2026-12-06.jsonl",
    "cases_2026-12-06b.jsonl",
    *(f"cases_2026-12-{d:02d}.jsonl" for d in range(7, 32)),
    *(f"cases_2027-01-{d:02d}.jsonl" for d in range(1, 16)),
    "cases_2027-01-16.jsonl",  # the forty-fifth set, written in parallel: added at merge
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
    "com.jm", "pe.ca", "qc.ca", "on.ca", "bc.ca", "ab.ca",
}
NULL = ("negative_mention", "negative_caption", "own_page", "no_credit")
CREDITED = ("in_table", "out_of_table", "wire")
FLAT = {k: v for d in STORIES46.values() for k, v in d.items()}
LANGS = 13
TEXT_BYTES = (1000, 2300)

#: Headlines a page's related lists carry besides the language's other stories (chrome only).
MORE_HEADLINES = {
    "en": ["County fair board picks new dates for summer show", "High school robotics team heads to state finals", "Library extends Sunday hours through spring",
           "City council delays vote on downtown parking rates", "Animal shelter waives adoption fees this weekend", "Road crews begin pothole patrol as temperatures climb",
           "Hospital foundation raises record sum at spring gala", "Police remind drivers of school zone speed limits", "Farmers market moves indoors for the season",
           "Volunteers needed for river cleanup day"],
    "es": ["Abren inscripciones para clases gratuitas de inglés", "Feria de salud ofrecerá vacunas sin costo el sábado", "Escuelas anuncian horario de verano",
           "Consulado móvil atenderá a la comunidad este fin de semana", "Aumentan los precios de la gasolina en la región", "Biblioteca ofrece talleres para niños"],
    "pt": ["Prefeitura abre inscrições para cursos gratuitos", "Feira do livro começa na próxima semana", "Campanha de vacinação é prorrogada",
           "Obras interditam trecho da avenida central", "Hospital regional amplia atendimento noturno", "Escolas recebem novos ônibus"],
    "nl": ["Nieuwe fietsbrug over de Maas gaat in mei open", "Carnavalsvereniging kiest nieuwe prins", "Bibliotheek verhuist naar oude school",
           "Gemeente zoekt vrijwilligers voor opschoondag", "Zwembad gaat weer open na renovatie", "Nieuwe huisartsenpost in het centrum"],
    "sv": ["Ny förskola öppnar i höst", "Skoterleden förlängs till fjällen", "Bibliotekets öppettider utökas",
           "Kommunen söker fler feriearbetare", "Simhallen stänger för renovering", "Ny busslinje till sjukhuset"],
    "nb": ["Ny gang- og sykkelvei åpner i mai", "Skolekorpset fyller 100 år", "Kommunen vil bygge ny svømmehall",
           "Biblioteket får lengre åpningstider", "Ny bussrute til sykehuset", "Idrettslaget søker frivillige"],
    "da": ["Ny cykelsti langs fjorden åbner til sommer", "Byens bibliotek får længere åbningstider", "Lokalt håndboldhold rykker op",
           "Kommunen søger frivillige til affaldsindsamling", "Svømmehallen lukker for renovering", "Ny buslinje til sygehuset"],
    "fi": ["Uusi päiväkoti avataan syksyllä", "Kirjaston aukioloajat pitenevät", "Hiihtoladut suljetaan viikonloppuna",
           "Uimahalli suljetaan remontin ajaksi", "Kaupunki etsii kesätyöntekijöitä", "Uusi pyörätie valmistuu kesällä"],
    "el": ["Ξεκινούν οι εγγραφές στους παιδικούς σταθμούς", "Νέα γραμμή λεωφορείου προς το νοσοκομείο", "Αθλητικό κέντρο ανοίγει ξανά τον Απρίλιο",
           "Εθελοντές καθαρίζουν την παραλία την Κυριακή", "Κλειστός για έργα ο κεντρικός δρόμος", "Νέο κέντρο υγείας στην πόλη"],
    "sr-Cyrl": ["Почиње упис у вртиће", "Нова пешачка стаза поред реке", "Градска библиотека продужава радно време",
                "Радови на главној улици до краја месеца", "Акција добровољног давања крви у суботу", "Отворен нови дом здравља"],
    "sr-Latn": ["Počinje upis u vrtiće", "Nova biciklistička staza oko jezera", "Gradska biblioteka produžava radno vreme",
                "Radovi na glavnoj ulici do kraja meseca", "Akcija dobrovoljnog davanja krvi u subotu", "Otvoren novi dom zdravlja"],
    "hr": ["Počinje upis u vrtiće", "Nova biciklistička staza uz rijeku", "Gradska knjižnica produljuje radno vrijeme",
           "Radovi na glavnoj ulici do kraja mjeseca", "Akcija dobrovoljnog darivanja krvi u subotu", "Otvoren novi dom zdravlja"],
    "bg": ["Започва приемът в детските градини", "Нова велоалея край реката", "Библиотеката удължава работното си време",
           "Ремонт на главната улица до края на месеца", "Кръводарителска акция в събота", "Открива се нов медицински център"],
    "sl": ["Začenja se vpis v vrtce", "Nova kolesarska pot ob reki", "Knjižnica podaljšuje delovni čas",
           "Dela na glavni cesti do konca meseca", "Krvodajalska akcija v soboto", "Odprli so nov zdravstveni dom"],
}

US_TZ = {"E": ("-05:00", "EST"), "C": ("-06:00", "CST"), "M": ("-07:00", "MST"), "P": ("-08:00", "PST"), "G": ("+00:00", "GMT")}
#: time zone of each English story's region, and of the sites that carry stories from elsewhere
EN_ZONE = {"en_yakima": "P", "en_bismarck": "C", "en_paducah": "C", "en_dothan": "C", "en_houma": "C", "en_medford": "P",
           "en_presqueisle": "E", "en_terrehaute": "E", "en_siouxcity": "C", "en_rapidcity": "M", "en_lethbridge": "M", "en_letterkenny": "G"}
LANG_TZ = {"nl": "+01:00", "sv": "+01:00", "nb": "+01:00", "da": "+01:00", "sr": "+01:00", "hr": "+01:00", "sl": "+01:00",
           "fi": "+02:00", "el": "+02:00", "bg": "+02:00", "pt": "-03:00"}
SITE_TZ = {"noticias33phx.com": "-07:00", "canal17tucson.com": "-07:00", "kslvcanal35.com": "-07:00", "canal25yuma.com": "-07:00",
           "noticiasdeldesierto.tv": "-08:00", "ondasdelcaribe.com.co": "-05:00", "radiotallanpiura.com.pe": "-05:00",
           "cadenamagdalena.com": "-05:00", "continentaldelsur.com": "-05:00", "radiohuancabamba.pe": "-05:00"}
#: the place a story happens, as a reporter's sign-off names it
PLACE = {"en_yakima": "Yakima", "en_bismarck": "Bismarck", "en_paducah": "Paducah", "en_dothan": "Dothan", "en_houma": "Houma", "en_medford": "Medford",
         "en_presqueisle": "Presque Isle", "en_terrehaute": "Terre Haute", "en_siouxcity": "Sioux City", "en_rapidcity": "Rapid City",
         "en_lethbridge": "Lethbridge", "en_letterkenny": "Letterkenny", "el_larisa": "τη Λάρισα", "el_kalamata": "την Καλαμάτα", "sr_kragujevac": "Крагујевца"}
MONTH = {
    "en": "March", "es": "marzo", "pt": "março", "nl": "maart", "sv": "mars", "nb": "mars", "da": "marts", "fi": "maaliskuuta",
    "el": "Μαρτίου", "sr-Cyrl": "марта", "sr-Latn": "marta", "hr": "ožujka", "bg": "март", "sl": "marca",
}


def sha(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def ui_of(c: Case) -> str:
    return c.ui or c.lang


def zone(c: Case) -> tuple[str, str]:
    if c.lang == "en":
        return US_TZ[EN_ZONE[c.story]]
    return SITE_TZ.get(c.site) or LANG_TZ[c.lang], ""


def when(c: Case) -> tuple[str, str, str]:
    """ISO timestamp, date and time as the page prints them."""
    seed = sha(c.site)
    hour, minute = 6 + seed % 13, seed % 60
    offset, abbr = zone(c)
    iso = f"2027-03-09T{hour:02d}:{minute:02d}:00{offset}"
    ui = ui_of(c)
    if c.lang == "en":
        h12 = hour - 12 if hour > 12 else hour
        return iso, "March 9, 2027", f"{h12}:{minute:02d} {'PM' if hour >= 12 else 'AM'} {abbr}"
    if c.fam == "hispano":
        h12 = hour - 12 if hour > 12 else hour
        return iso, "9 de marzo de 2027", f"{h12}:{minute:02d} {'p. m.' if hour >= 12 else 'a. m.'}"
    if ui in ("es",):
        return iso, "9 de marzo de 2027", f"{hour:02d}:{minute:02d}"
    if ui == "pt":
        return iso, "09/03/2027", f"{hour:02d}h{minute:02d}"
    if ui in ("nb",):
        return iso, "09.03.2027", f"{hour:02d}.{minute:02d}"
    if ui == "fi":
        return iso, "9.3.2027", f"{hour:02d}.{minute:02d}"
    if ui in ("sv", "nl", "el", "bg"):
        sep = "." if ui == "sv" else ":"
        return iso, f"9 {MONTH[ui]} 2027", f"{hour:02d}{sep}{minute:02d}"
    if ui in ("da",):
        return iso, "9. marts 2027", f"{hour:02d}.{minute:02d}"
    # sr, hr, sl: "9. marta 2027."
    return iso, f"9. {MONTH[ui]} 2027" + ("" if ui == "sl" else "."), f"{hour:02d}:{minute:02d}"


def place(c: Case) -> str:
    return c.story.split("_", 1)[1]


def url_of(c: Case, title: str) -> str:
    host = c.host
    num = sha(c.site + title) % 900000 + 100000
    slug = slugify(title) or f"{place(c)}-{num}"
    if c.fam == "affil":
        return f"https://{host}/2027/03/09/{slug}/"
    if c.fam == "grpfeed":
        return f"https://{host}/news/nation-world/{slug}"
    if c.fam == "vidx":
        return f"https://{host}/video/{slug}/{num}/"
    if c.fam == "wxtr":
        section = {"en": "weather/blog", "nl": "weer-en-verkeer", "fi": "kelit-ja-liikenne"}[c.lang]
        if c.story in ("en_houma",):
            section = "traffic"
        return f"https://{host}/{section}/{slug}/"
    if c.fam == "radio":
        return f"https://{host}/2027/03/09/{slug}/"
    if c.fam == "pod":
        show = slugify(c.show + " podcast episodes") or "podcast"
        return f"https://{host}/podcasts/{show}/{episode(c)}-{slug}/"
    if c.fam == "hispano":
        return f"https://{host}/noticias/local/{slug}/{num}/"
    if c.fam == "latradio":
        return f"https://{host}/{slugify(c.city + ' noticias locales') or 'regiones'}/{slug}-noticia-{num}"
    if c.fam == "regio":
        section = {"nl": "nieuws", "sv": "nyheter", "da": "nyheder", "fi": "uutiset"}[c.lang]
        return f"https://{host}/{section}/{num}/{slug}"
    if c.fam == "nordic":
        section = {"sv": "nyheter", "nb": "nyheter", "da": "nyheder", "fi": "uutiset"}[c.lang]
        return f"https://{host}/{section}/{slug}/{num}"
    section = {"sr": "vesti", "hr": "vijesti", "bg": "novini", "sl": "novice", "el": "eidiseis"}[c.lang]
    return f"https://{host}/{section}/{num}/{slug}"


def episode(c: Case) -> int:
    return 100 + sha(c.site) % 200


def related_of(c: Case) -> list[tuple[str, str]]:
    """Four headlines for the page's related lists (local news of the site, invented; chrome only)."""
    pool = MORE_HEADLINES[ui_of(c)]
    start = sha(c.site) % len(pool)
    out = []
    for t in (pool[start:] + pool[:start])[:4]:
        num = sha(c.site + t) % 900000 + 100000
        slug = slugify(t) or f"{num}"
        out.append((t, f"https://{c.host}/news/{slug}-{num}/"))
    return out


def body_paras(c: Case) -> list[str]:
    """The page's paragraphs (plain text): the story, the mention as a paragraph after the second,
    the dateline opening the first, a sign-off closing the last."""
    _, story = FLAT[c.story]
    paras = list(story)
    if c.mention:
        paras.insert(2, c.mention)
    if c.dateline:
        paras[0] = c.dateline + paras[0]
    for slot, text in c.credits:
        if slot == "signoff":
            paras[-1] = f"{paras[-1]} {text}"
    return paras


def description(c: Case) -> str:
    first = sentences(FLAT[c.story][1][0])[0]
    if len(first) <= 120:
        return first
    cut = first[:117].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "\u2026"


def placement(c: Case) -> str:
    if c.category in CREDITED:
        slots = sorted({s for s, _ in c.credits}) or [f"markup-{k}" for k, _ in c.markup[:1]]
        return f"{c.fam}:" + "+".join(slots) + ("+dateline" if c.dateline else "")
    if c.category == "own_page":
        return f"{c.fam}:own-" + "+".join(sorted({s for s, _ in c.own}))
    return f"{c.fam}:" + {"negative_mention": "mention", "negative_caption": "caption", "no_credit": "none"}[c.category]


def render(c: Case, case_id: str, used: set[str]) -> dict[str, Any]:
    title, story = FLAT[c.story]
    url = url_of(c, title)
    assert url not in used, url
    used.add(url)
    seed = sha(c.site)
    iso, date, time = when(c)
    slots: dict[str, list[str]] = {}
    for slot, text in [*c.credits, *c.own]:
        if slot != "signoff":
            slots.setdefault(slot, []).append(escape(text))
    markup = dict(c.markup)
    ui = ui_of(c)
    extra = {
        "bio": BIOS.get(c.site, ""),
        "sisters": SISTERS.get(c.site, ""),
        "onair": ONAIR.get(c.site, ""),
        "producer": POD_TEAM.get(c.site, ("", ""))[0],
        "music": POD_TEAM.get(c.site, ("", ""))[1],
        "editor": EDITORS.get(c.site, ""),
        "first": escape(sentences(story[0])[0]),
        "topic": {"en": "Local News", "sv": "Lokala nyheter", "el": "Οικονομία", "sr": "Društvo" if ui == "sr-Latn" else "Друштво", "hr": "Društvo", "bg": "Общество", "sl": "Promet"}.get(c.lang, ""),
        "republish": "1" if c.site in REPUBLISH else "",
        "region": c.city.split(", ")[-1] if ", " in c.city else "Regional",
        "place": PLACE.get(c.story, c.city),
        "footage": "1" if c.caption.startswith("Additional footage") else "",
    }
    slug = slugify(title) or place(c)
    page = Page(
        fam=c.fam,
        lang=c.lang,
        ui=ui,
        site=c.site,
        host=c.host,
        url=url,
        brand=c.brand,
        short=c.short or c.brand,
        city=c.city,
        group=c.group,
        network=c.network,
        title=title,
        description=description(c),
        byline=c.byline,
        iso=iso,
        date=date,
        time=time,
        paras=[escape(x) for x in body_paras(c)],
        slots=slots,
        caption=escape(c.caption),
        canonical=markup.get("canonical", url),
        source_org=markup.get("sourceorg", ""),
        related=related_of(c),
        seed=seed,
        show=c.show,
        image=f"https://{c.host}/media/2027/03/{slug[:48]}-{seed % 10**6}.jpg",
        extra=extra,
    )
    html = RENDER[c.fam](page)
    first = (c.dateline + sentences(story[0])[0]) if c.dateline else sentences(story[0])[0]
    keep = [first]
    if c.mention:
        keep.append(c.mention)
    last = sentences(story[-1])[-1]
    if last != first:
        keep.append(last)
    credit_lines = [t for _, t in c.credits]
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
    extra = [c.dateline, c.caption, *(t for _, t in c.credits), *(t for _, t in c.own)]
    return len(" ".join([*body_paras(c), *[x for x in extra if x]]).encode("utf-8"))


def check(rows: list[dict[str, Any]]) -> None:
    check3(rows, FLAT, EARLIER)
    old = earlier_pages(EARLIER)
    assert_new_domains(rows, old, SUFFIXES)
    lines = {"_lines": ("", [c.mention for c in CASES if c.mention] + [c.caption for c in CASES if c.caption])}
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
            assert line not in prose, f"{r['id']}: credit line in story prose: {line}"
            for other in r["credit_lines"]:
                assert other == line or other not in line, r["id"]
            for keep in r["must_keep"]:
                assert line.lower() not in keep.lower() and keep.lower() not in line.lower(), r["id"]
        for _, own in c.own:
            assert own in text, f"{r['id']}: own credit not on the page: {own}"
            assert own not in prose and all(own.lower() not in k.lower() for k in r["must_keep"]), r["id"]
        if c.caption:
            assert c.caption in text and c.caption not in " ".join(r["must_keep"]), r["id"]
        if c.mention:
            assert c.mention in r["must_keep"], r["id"]
        if c.dateline:
            assert c.dateline.strip() in text and r["must_keep"][0].startswith(c.dateline), r["id"]
        for keep in r["must_keep"]:
            assert text.count(keep) >= 1, r["id"]
        assert when(c)[1] in text, f"{r['id']}: page not dated"
        if r["category"] in ("in_table", "wire"):
            found = kinds.get(normalize(r["expected_publisher"]), set())
            want = "wire" if r["category"] == "wire" else "outlet"
            assert want in found, f"{r['id']}: {r['expected_publisher']} is not a table {want} ({found})"
        if r["category"] == "out_of_table":
            inside = [s for s in r["accept"] if normalize(s) in kinds]
            assert not inside, f"{r['id']}: {inside} are in the table files"
        assert f'<html lang="{r["language"]}">' in r["html"], r["id"]
        assert r["language"] not in RTL and 'dir="rtl"' not in r["html"], r["id"]
        assert r["html"].count("<html") == 1 and r["html"].rstrip().endswith("</html>"), r["id"]
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
    print(f"  languages by half: { {k: dict(Counter(r['half'] for r in rows if r['language'] == k)) for k in sorted(langs)} }")
    assert set(CATEGORIES) == set(cats), cats


def main() -> None:
    write_set(OUT, PREFIX, CASES, {c.site: c for c in CASES}, STORIES46, render, check)


if __name__ == "__main__":
    main()
