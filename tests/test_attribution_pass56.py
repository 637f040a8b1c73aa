"""Pass 56 (issue 14): a name in Georgian script after a credit's label (Unicode files
Georgian's letters as lower case, but Georgian capitalises nothing), and the source labels of
thirty-one more languages in the phrasebook; a label that is a common word elsewhere
("Sous:", "Çeşme:") needs a name reading as an outlet's."""

# ruff: noqa: RUF001  (letters of other scripts are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

URL = "https://valley-courier.example/2027/03/landslide.html"
STORY = (
    "A landslide closed the mountain road above the village on Tuesday night after two days "
    "of heavy rain, and crews expect to clear it by the end of the week.\n"
    "Residents said the slope had been moving for years and asked for a retaining wall."
)


def credited(line: str) -> str | None:
    return attribute(f"{STORY}\n{line}", url=URL)[1].original_publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Source: ბათუმელები", "ბათუმელები"),
        ("წყარო: ბათუმელები ონლაინ", "ბათუმელები ონლაინ"),
        ("წყარო: ბათუმელები, 10 მარტი 2027", "ბათუმელები"),
        ("سەرچاوە: هاوڵاتی", "هاوڵاتی"),
        ("Çavkanî: Rûdaw", "Rûdaw"),
        ("Foinse: Tuairisc.ie", "Tuairisc.ie"),
        ("Umthombo: Isolezwe", "Isolezwe"),
        ("Loharano: Midi Madagasikara", "Midi Madagasikara"),
        ("Inkomoko: Igihe", "Igihe"),
        ("Madda: Addis Standard", "Addis Standard"),
        ("Манбаъ: Азия-Плюс", "Азия-Плюс"),
        ("Quell: Tageblatt", "Tageblatt"),
        ("Fonto: Libera Folio", "Libera Folio"),
        ("Sous: Radio Télé Métropole", "Radio Télé Métropole"),
    ],
)
def test_a_label_of_another_language_credits_the_name_after_it(line: str, publisher: str) -> None:
    assert credited(line) == publisher


@pytest.mark.parametrize(
    "line",
    [
        "Sous: la table de la cuisine",  # French "under"
        "Çeşme: Ahmet Yılmaz",  # a Turkish town, then a person
    ],
)
def test_a_label_that_is_a_common_word_elsewhere_needs_an_outlets_name(line: str) -> None:
    assert credited(line) is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "This report was produced by KHMA News 9 in Houma and shared with our partners.",
            "KHMA News 9",
        ),
        ("This story was first published by Action News 5.", "Action News 5"),
        ("Originally published by WTVF NewsChannel 5.", "WTVF NewsChannel 5"),
        ("Originally published by KARE 11.", "KARE 11"),
        ("This story was first reported by WKTX NewsCenter 7.", "WKTX NewsCenter 7"),
        # a year or a day after a name is still no part of it
        ("Originally published by Harbour News 2027.", "Harbour News"),
        ("Originally published by Harbour News 3 March 2027.", "Harbour News"),
    ],
)
def test_a_newscasts_channel_number_is_part_of_its_name(line: str, publisher: str) -> None:
    assert credited(line) == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Originally reported by our sister station KBMZ in Bismarck.", "KBMZ"),
        (
            "This story was first reported by our news partner, The Harbour Courier.",
            "The Harbour Courier",
        ),
        ("This log is shared by our news partner, the East Texas Lantern.", "East Texas Lantern"),
        ("These notices were first published in the Harbour Courier.", "Harbour Courier"),
        ("This obituary was originally published in The Harbour Courier.", "The Harbour Courier"),
        (
            "This editorial was produced by The Harbour Courier and is republished here.",
            "The Harbour Courier",
        ),
    ],
)
def test_a_credit_sentence_about_any_kind_of_piece(line: str, publisher: str) -> None:
    assert credited(line) == publisher


@pytest.mark.parametrize(
    "line",
    [
        # news another outlet broke, said of the news, not of this copy
        "The story was first reported by The Harbour Courier.",
        "The deal was first reported by Bloomberg.",
    ],
)
def test_who_broke_the_news_is_no_credit(line: str) -> None:
    assert credited(line) is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "This report was translated from the Cochabamba daily Opinión and is republished "
            "with permission.",
            "Opinión",
        ),
        ("This article was translated from the Swiss weekly Die Weltwoche.", "Die Weltwoche"),
        ("This story first appeared in the Kenyan daily Harbour Standard.", "Harbour Standard"),
        ("This story first appeared in the business daily Harbour Ledger.", "Harbour Ledger"),
    ],
)
def test_a_place_or_field_before_the_kind_of_paper_is_no_part_of_its_name(
    line: str, publisher: str
) -> None:
    assert credited(line) == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Editorialul a apărut inițial în cotidianul Tribuna din Sibiu.", "Tribuna"),
        ("Articolul a apărut inițial pe Digi24.ro.", "Digi24.ro"),
        (
            "Material preluat, cu acordul redacției, de la Europa Liberă România.",
            "Europa Liberă România",
        ),
        (
            "Aquests avisos es van publicar originalment al setmanari El Pou de la Gallina.",
            "El Pou de la Gallina",
        ),
        ("Стаття вперше опублікована на сайті LB.ua.", "LB.ua"),
    ],
)
def test_first_appeared_sentences_of_more_languages(line: str, publisher: str) -> None:
    assert credited(line) == publisher


def test_a_mention_of_the_local_press_credits_no_one() -> None:
    assert credited("Informația a apărut inițial în presa locală.") is None


@pytest.mark.parametrize(
    ("tag", "wire"),
    [
        ("(പിടിഐ)", "Press Trust of India"),  # Malayalam
        ("(பிடிஐ)", "Press Trust of India"),  # Tamil
        ("(పీటీఐ)", "Press Trust of India"),  # Telugu
        ("(ஐஏஎன்எஸ்)", "IANS"),  # Tamil
        ("(ಎಎನ್ಐ)", "ANI"),  # Kannada
        # the world wires as the same press (and Thai, Persian) writes them
        ("(রয়টার্স)", "Reuters"),  # Bengali
        ("(ராய்ட்டர்ஸ்)", "Reuters"),  # Tamil
        ("(เอเอฟพี)", "AFP"),  # Thai
        ("منبع: رویترز", "Reuters"),  # Persian
    ],
)
def test_wires_tags_in_the_scripts_of_the_press_that_carries_them(tag: str, wire: str) -> None:
    assert credited(tag) == wire


def _on_an_app(line: str, publisher: str, side: tuple[str, ...] = ()) -> str | None:
    page = attribute(
        f"{STORY}\n{line}" if line else STORY,
        url="https://brightnews.example/story/8812",
        meta={"og:site_name": "BrightNews"},
        jsonld=(
            {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": publisher}},
        ),
        site_name="BrightNews",
        side_lines=side,
    )
    return page[1].original_publisher


def test_an_apps_page_names_the_provider_in_its_json_ld_and_the_credit_line_counts() -> None:
    assert _on_an_app("Sumber: Radar Bogor", "Radar Bogor") == "Radar Bogor"


@pytest.mark.parametrize(
    ("line", "publisher", "side"),
    [
        ("Sumber: BrightNews Local", "BrightNews Local", ()),  # the app's own desk
        ("", "Harbour Media Group", ("© 2027 Harbour Media Group. All rights reserved.",)),
    ],
)
def test_the_apps_own_desk_and_its_owners_notice_credit_no_one(
    line: str, publisher: str, side: tuple[str, ...]
) -> None:
    assert _on_an_app(line, publisher, side) is None


def test_the_json_ld_publishers_other_fields_name_the_owner_not_a_source() -> None:
    page = attribute(
        STORY,
        url="https://wpqi8.example/2027/03/story.html",
        meta={"og:site_name": "WPQI 8 News"},
        jsonld=(
            {
                "@type": "NewsArticle",
                "publisher": {"@type": "Organization", "name": "Lakeland Media Group"},
                "copyrightHolder": {"@type": "Organization", "name": "Lakeland Media Group"},
            },
        ),
        site_name="WPQI 8 News",
    )
    assert page[1].original_publisher is None


@pytest.mark.parametrize(
    ("row", "leaves"),
    [
        ("The Guardian · Global development · 27 April 2027", True),
        ("The Guardian | World", True),
        # a sentence between the separators is the story's, not a section's name
        ("The Guardian · Police said three people died · 27 April", False),
    ],
)
def test_a_digest_row_restating_the_publisher_leaves_the_text(row: str, leaves: bool) -> None:
    text, attribution = attribute(
        f"{row}\n{STORY}\nThis article was originally published by The Guardian.", url=URL
    )
    assert attribution.original_publisher == "The Guardian"
    assert (row not in text) is leaves
