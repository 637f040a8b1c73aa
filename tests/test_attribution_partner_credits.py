"""Pass 66 (issue 14, the forty-ninth blind set's tune half): a partner's credit where a
station's or a portal's page puts it, each beside a look-alike that keeps the old answer.

- a credit paragraph closing the text in a "credit" class ("<p class=item__credit>") is the
  story's, not a picture's: it stays out of the captions, so that it can credit;
- an agency tag closing a credit line of the phrasebook's ("Habari hii imetolewa na Sauti ya
  Amerika (VOA).", Swahili's "this news was provided by") takes the whole line out of the text;
- a sentence saying where the piece first ran, in a partner box beside the text ("Esta nota fue
  publicada originalmente por BBC News Mundo."), credits as it would at the text's edge.
"""

from __future__ import annotations

import lxml.html
import pytest

from aggregator.attribution.attribute import attribute
from aggregator.extract.captions import caption_lines

SW_STORY = (
    "Serikali imetangaza kuanza kwa ujenzi wa bomba la maji kutoka bwawa la Farkwa.\n"
    "Mradi unatarajiwa kukamilika mwaka 2029."
)
ES_STORY = (
    "Un grupo de productores de Oaxaca creó un fondo común para replantar agave silvestre.\n"
    "Los viveros ya tienen unas 40.000 plantas que se sembrarán a partir de junio."
)
URL = "https://kanda-fm.example.co.tz/habari/farkwa"


def _captions(body: str) -> tuple[str, ...]:
    return caption_lines(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))


def test_a_credit_paragraph_closing_the_text_is_no_caption() -> None:
    body = (
        "<div class='item__text'><p>Serikali imetangaza ujenzi wa bomba.</p>"
        "<p class='item__credit'>Habari hii imetolewa na Redio Pwani.</p></div>"
    )
    assert _captions(body) == ()


@pytest.mark.parametrize(
    "body",
    [
        # a picture's credit by its image, in its figure, or named a photo's by its class
        "<p><img src='a.jpg'></p><p class='credit'>Picha: Redio Pwani</p>",
        "<figure><img src='a.jpg'><p class='credit'>Picha: Redio Pwani</p></figure>",
        "<p>Serikali imetangaza ujenzi.</p><p class='photo-credit'>Picha: Redio Pwani</p>",
    ],
)
def test_a_pictures_credit_is_still_a_caption(body: str) -> None:
    assert _captions(body) == ("Picha: Redio Pwani",)


def test_a_tag_closing_a_phrasebook_credit_takes_the_whole_line() -> None:
    line = "Habari hii imetolewa na Sauti ya Amerika (VOA)."
    text, found = attribute(f"{SW_STORY}\n{line}", url=URL)
    assert found.original_publisher == "Voice of America"
    assert found.credit_lines == (line,)
    assert "Sauti ya Amerika" not in text
    assert text.endswith("mwaka 2029.")


def test_a_tag_closing_a_sentence_of_the_story_still_leaves_only_itself() -> None:
    text, found = attribute(f"{SW_STORY}\nMradi utakamilika mwaka 2029 (VOA).", url=URL)
    assert found.original_publisher == "Voice of America"
    assert text.endswith("Mradi utakamilika mwaka 2029")


def test_a_partners_first_published_sentence_beside_the_text_credits() -> None:
    side = (
        "Contenido aliado",
        "Esta nota fue publicada originalmente por BBC News Mundo.",
        "Por Martín Ferreyra jueves, 18 de marzo de 2027 12:20",
    )
    _, found = attribute(ES_STORY, url="https://portal.example.com.mx/n/1", side_lines=side)
    assert found.original_publisher == "BBC"


def test_beside_the_text_only_a_whole_sentence_is_read_so() -> None:
    # no closing stop: a line the rail's teasers may hold too; the other readers decide it
    side = ("Te puede interesar", "Esta nota fue publicada originalmente por Diario del Valle")
    _, found = attribute(ES_STORY, url="https://portal.example.com.mx/n/2", side_lines=side)
    assert found.original_publisher is None
