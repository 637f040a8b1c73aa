"""Generate cases_2026-12-09.jsonl, the seventh blind attribution set.

Run from the repository root:  python3 bench/data/attribution_blind/build7.py
Stdlib only; deterministic (variation comes from sha1 of ids). The pages are rendered by the
fifth set's `build5.render` (through the sixth set's `use_sixth_set` wiring), given this set's
sites, stories, authors and templates (BLOX and the Jannah theme added in `chrome7`). It checks
itself with the sixth set's checks (`build6.check`: the fourth set's checks, no site or story of
the five earlier sets, null pages without credit lines, at least 40% null pages) and again with
the sixth set as overlap reference, so no site and no story of any of the six earlier sets.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build5  # noqa: E402
import build6  # noqa: E402
from build import slugify, visible_text, write_set  # noqa: E402
from build3 import first_sentence  # noqa: E402
from cases7 import CASES7, SITES7  # noqa: E402
from chrome7 import render_page7  # noqa: E402
from stories7 import STORIES7  # noqa: E402

OUT = HERE / "cases_2026-12-09.jsonl"
EARLIER = (*build6.EARLIER, build6.OUT.name)  # all six earlier sets
PAGE_URL6 = build6.page_url
STORIES = {k: v for d in STORIES7.values() for k, v in d.items()}
AUTHORS7 = {
    **build6.AUTHORS6,
    "en": [
        "Bernadette Quayle",
        "Oluwaseun Hartigan",
        "Mireille Szabo-Grant",
        "Declan Ferreira-Watts",
    ],
    "de": ["Hannelore Brückmann", "Till Oberender"],
    "fr": ["Solène Vaillancourt", "Maxence Guerrier"],
    "es": ["Araceli Montesinos", "Fermín Zubiri"],
    "it": ["Ludovica Sgarbossa", "Ettore Cavallin"],
    "pt": ["Iracema Toledo", "Rui Fontoura"],
    "ja": ["中村彩花", "吉田拓也"],
    "ko": ["정하은", "최민석"],
    "zh": ["王雅琴", "赵志强"],
    "ar": ["ليلى منصور", "خالد العبيدي"],
    "hi": ["अनुराधा मिश्रा", "विकास तिवारी"],
    "tr": ["Zeynep Aksoy", "Burak Erdem"],
    "id": ["Sri Wahyuni", "Fajar Nugroho"],
    "ru": ["Марина Соколова", "Денис Воронцов"],
}


def page_url(chrome: str, host: str, title: str, ymd: tuple[int, int, int], n: int) -> str:
    y, m, d = ymd
    slug = slugify(title) or f"{n % 899_999 + 100_000}"
    if chrome == "blox":  # BLOX: /news/state/<slug>/article_<uuid>.html
        u = f"{n % 16**32:032x}"
        uuid = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
        return f"https://{host}/news/state/{slug[:60].rstrip('-')}/article_{uuid}.html"
    if chrome == "jannah":  # WordPress with numeric permalinks, as many portals set them
        return f"https://{host}/{y}/{m:02d}/{d:02d}/{slug[:50].rstrip('-')}/"
    return PAGE_URL6(chrome, host, title, ymd, n)


def use_seventh_set() -> None:
    """Point the fifth set's renderer at this set's data and templates (read as globals)."""
    build5.SITES5 = SITES7
    build5.STORIES = STORIES
    build5.AUTHORS5 = AUTHORS7
    build5.render_page5 = render_page7
    build5.page_url = page_url
    build6.STORIES = STORIES  # build6.check reads the stories to compare with earlier sets


def check(rows: list[dict[str, Any]]) -> None:
    build6.check(rows)  # the sixth set's checks, with the five earlier sets as overlap reference
    sixth = [json.loads(line) for line in build6.OUT.read_text(encoding="utf-8").splitlines()]
    reused = sorted({r["site"] for r in rows} & {r["site"] for r in sixth})
    assert not reused, f"sites of the sixth set: {reused}"
    sixth_text = "".join(visible_text(r["html"])[:4000] for r in sixth)
    for _, paras in STORIES.values():
        assert first_sentence(paras[0]) not in sixth_text, paras[0][:40]
    wires = sum(r["category"] == "wire" for r in rows)
    assert wires >= 0.5 * len(rows), f"only {wires} of {len(rows)} pages are wire copy"
    langs = {r["language"] for r in rows} - {"en"}
    assert len(langs) >= 10, sorted(langs)


def main() -> None:
    use_seventh_set()
    write_set(OUT, "b7", CASES7, SITES7, STORIES7, build5.render, check)


if __name__ == "__main__":
    main()
