"""Pass 64 (issue 14): a source box first in the sidebar after the story ("<aside><h4>Skąd ten
tekst</h4><div>Źródło: nowiny24.pl</div></aside>") is read beside the text; a headed box of
more lines, of a line without a label, or of links is a rail of other things and is not."""

from __future__ import annotations

import pytest

from aggregator.extract.extractor import extract
from aggregator.processing import process_page

URL = "https://www.bieszczady-lokalne.example/region/kolejka-2027"
PARAGRAPHS = (
    "Bieszczadzka kolejka leśna wznowi kursy w maju po remoncie torowiska, które zniszczyły "
    "zimowe roztopy i osuwiska w okolicach Cisnej.",
    "Fundacja, która prowadzi kolejkę, otrzymała wsparcie z budżetu województwa, ale część "
    "kosztów musi pokryć sama, dlatego bilety podrożeją średnio o kilka złotych.",
    "Przewoźnik przypomina, że w weekendy warto kupować bilety z wyprzedzeniem, a przy stacjach "
    "w Majdanie i w Przysłupiu są parkingi dla samochodów.",
)


def page(box: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">
<title>Kolejka wznowi kursy w maju</title></head><body>
<header><a href="/">Bieszczady Lokalne</a></header>
<div class="layout"><article class="story"><h1>Kolejka wznowi kursy w maju</h1>
<div class="story__body">{body}</div></article>
<div class="sidebar">{box}<div class="sidebar__list"><h3>Czytaj także</h3><ul>
<li><a href="/region/a">Nowe parkingi w Ustrzykach</a></li></ul></div></div></div>
<footer><p>© Bieszczady Lokalne 2027</p></footer></body></html>"""


SOURCE_BOX = '<aside class="factbox"><h4>Skąd ten tekst</h4><div>Źródło: nowiny24.pl</div></aside>'


def test_a_source_box_first_in_the_sidebar_credits_its_source() -> None:
    extracted = extract(page(SOURCE_BOX), URL)
    assert "Źródło: nowiny24.pl" in extracted.side_lines
    article = process_page(page(SOURCE_BOX), URL)
    assert article.attribution is not None
    assert article.attribution.original_publisher == "nowiny24.pl"


@pytest.mark.parametrize(
    "box",
    [
        # headed over several lines: a box of other things
        "<aside><h4>Polecamy</h4><p>Źródło: nowiny24.pl</p><p>Rowerem przez Bieszczady</p>"
        "<p>Nowy szlak w Wetlinie</p></aside>",
        # headed over one line without a label: the site's "as seen in" box
        "<aside><h4>Piszą o nas</h4><p>Nowiny24 · Rzeczpospolita · Radio Rzeszów</p></aside>",
        # links to other stories
        '<aside><p>Źródło: nowiny24.pl</p><a href="/a">Jeden</a> <a href="/b">Dwa</a> '
        '<a href="/c">Trzy</a></aside>',
    ],
)
def test_a_rail_first_in_the_sidebar_is_not_read(box: str) -> None:
    extracted = extract(page(box), URL)
    assert not any("nowiny24" in line.casefold() for line in extracted.side_lines)
    article = process_page(page(box), URL)
    assert article.attribution is not None
    assert article.attribution.original_publisher is None
